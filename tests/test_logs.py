"""The log file and its safety net: whatever looks like a secret is masked."""

from __future__ import annotations

import base64
import io
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from jira_wizard.core.redact import redact_proxy_url, redact_text
from jira_wizard.logs import (
    BACKUP_COUNT,
    FILE_ONLY,
    LOG_FILE_NAME,
    MAX_BYTES,
    RotatingFile,
    configure_logging,
    log_file,
    open_log_file,
    recent_problems,
    unconfigure_logging,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

TOKEN = "ATATT3xFfGF0w1vyi5FlsrWwriNztTEGRjYYotyD0ral0kpHNB4rgZtpU8g=84E64E29"
OAUTH = "ATOAb20M0FKF1O9XUGes6pHchP0Nnd8_E2G4HEXB875lEcmOUITCy0lT"
CODE = "c0de-Sp1ce-9f8e7d6c5b4a"
BASIC = base64.b64encode(f"ada@example.com:{TOKEN}".encode()).decode()

REDACTIONS = [
    # (text, what must go, what must stay)
    (f"Authorization: Basic {BASIC}", BASIC, "Authorization: ***"),
    (f"authorization={CODE}", CODE, "authorization="),
    (f"{{'Authorization': 'Bearer {OAUTH}'}}", OAUTH, "'Authorization': '***"),
    (f"sent Bearer {CODE}", CODE, "Bearer ***"),
    (f"header basic {BASIC}", BASIC, "basic ***"),
    (f"GET /callback?code={CODE}&state=s7a7e9x", CODE, "/callback?code=***"),
    (f"GET /callback?state=s7a7e9x&code={CODE}", "s7a7e9x", "state=***&code=***"),
    (f"body grant_type=refresh_token&refresh_token={CODE}", CODE, "grant_type="),
    (f"client_secret={CODE}&client_id=abc", CODE, "client_id=abc"),
    (f"code_verifier={CODE}", CODE, "code_verifier=***"),
    (f"token={CODE}", CODE, "token=***"),
    (f"secret={CODE}", CODE, "secret=***"),
    (f"access_token={CODE}", CODE, "access_token=***"),
    (f'{{"access_token": "{CODE}", "expires_in": 3600}}', CODE, '"expires_in"'),
    (f'{{"refresh_token":"{CODE}"}}', CODE, '"refresh_token":"***"'),
    (f'{{"client_secret": "{CODE}"}}', CODE, '"client_secret": "***"'),
    (f'{{"code": "{CODE}", "state": "xyz"}}', CODE, '"code": "***"'),
    (f"{{'token': '{CODE}'}}", CODE, "'token': '***'"),
    (f"saved {TOKEN} by mistake", TOKEN, "saved *** by mistake"),
    (f"secret is {OAUTH}.", OAUTH, "secret is ***."),
    ("ATCTT3xFfGF0scopedtoken12345", "ATCTT3xFfGF0", "***"),
    (f"via http://ada:{CODE}@proxy:8080", CODE, "http://***@proxy:8080"),
]

UNTOUCHED = [
    "connected to acme.atlassian.net as Ada Lovelace",
    "HTTP 401 from the site (error_code=AUTH)",
    "Basic authentication failed",
    "listening for the callback on 127.0.0.1:8754",
    "the scope read:jira-work was granted",
]


@pytest.mark.parametrize(("text", "gone", "kept"), REDACTIONS)
def test_secrets_are_masked(text: str, gone: str, kept: str) -> None:
    masked = redact_text(text)
    assert gone not in masked
    assert kept in masked


@pytest.mark.parametrize("text", UNTOUCHED)
def test_plain_stories_are_left_alone(text: str) -> None:
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pass@proxy:8080", "http://***@proxy:8080"),
        ("http://user@proxy.corp:3128/", "http://***@proxy.corp:3128/"),
        ("socks5://a%40b:p%3Ass@10.0.0.1:1080", "socks5://***@10.0.0.1:1080"),
        ("user:pass@proxy:8080", "***@proxy:8080"),
        ("http://proxy:8080", "http://proxy:8080"),
        ("", ""),
    ],
)
def test_proxy_addresses_lose_their_credentials(url: str, shown: str) -> None:
    assert redact_proxy_url(url) == shown


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[tuple[Path, io.StringIO]]:
    console = io.StringIO()
    path = configure_logging(0, folder=tmp_path, console=console)
    assert path is not None
    yield path, console
    unconfigure_logging()


def test_the_file_gets_the_story_with_secrets_masked(
    logged: tuple[Path, io.StringIO],
) -> None:
    path, console = logged
    log = logging.getLogger("jira_wizard.test")
    log.info("connected to %s as %s", "acme.atlassian.net", "Ada Lovelace")
    log.info("header %s", f"Basic {BASIC}")
    log.info("callback %s", {"code": CODE, "state": "abc"})
    log.debug("not at INFO: %s", "debug detail")
    try:
        raise ValueError(f"token {TOKEN} refused")
    except ValueError:
        log.exception("failed with %s", f"refresh_token={CODE}")
    text = path.read_text(encoding="utf-8")
    assert "connected to acme.atlassian.net as Ada Lovelace" in text
    assert "ValueError: token *** refused" in text
    assert "debug detail" not in text
    for secret in (BASIC, CODE, TOKEN, TOKEN[:20]):
        assert secret not in text
        assert secret not in console.getvalue()
    assert "connected" not in console.getvalue(), "INFO stays off the terminal"


def test_verbosity_and_file_only_records(tmp_path: Path) -> None:
    console = io.StringIO()
    path = configure_logging(2, folder=tmp_path, console=console)
    assert path is not None
    try:
        log = logging.getLogger("jira_wizard.test")
        log.debug("a debug line")
        log.warning("the reason, for the file", extra=FILE_ONLY)
        assert logging.getLogger("httpx").level == logging.WARNING
        assert logging.getLogger("httpcore").level == logging.WARNING
    finally:
        unconfigure_logging()
    text = path.read_text(encoding="utf-8")
    assert "a debug line" in text
    assert "a debug line" in console.getvalue()
    assert "the reason, for the file" in text
    assert "the reason, for the file" not in console.getvalue()
    assert recent_problems(path=path)[-1].endswith("the reason, for the file")
    assert path.stat().st_mode & 0o077 == 0


def test_configuring_twice_keeps_one_set_of_handlers(tmp_path: Path) -> None:
    before = len(logging.getLogger().handlers)
    try:
        configure_logging(0, folder=tmp_path, console=io.StringIO())
        configure_logging(1, folder=tmp_path, console=io.StringIO())
        assert len(logging.getLogger().handlers) == before + 2
    finally:
        unconfigure_logging()
    assert len(logging.getLogger().handlers) == before


def test_the_log_lives_in_the_platforms_log_folder(isolated_dirs: Path) -> None:
    assert log_file().name == "jira-wizard.log"
    assert log_file().is_relative_to(isolated_dirs)


def test_no_log_file_is_said_once_and_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    try:
        assert configure_logging(0, folder=blocker / "logs") is None
    finally:
        unconfigure_logging()
    assert "no log file" in capsys.readouterr().err


def test_a_windowed_program_without_standard_error_still_logs_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr", None)
    before = len(logging.getLogger().handlers)
    try:
        path = configure_logging(0, folder=tmp_path)
        assert len(logging.getLogger().handlers) == before + 1
        logging.getLogger("jira_wizard.test").warning("still written")
    finally:
        unconfigure_logging()
    assert path is not None
    assert "still written" in path.read_text(encoding="utf-8")


# Rolling over -------------------------------------------------------------------


def rotating(path: Path, writer: str = "one") -> logging.Logger:
    """A logger of its own writing bare messages to a ``RotatingFile`` at ``path``."""
    handler = RotatingFile(path, max_bytes=1000, backup_count=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger(f"jira_wizard.test.rotating.{writer}.{path}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    return log


def close(log: logging.Logger) -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def files_of(path: Path) -> list[str]:
    """The log's files: itself and its backups."""
    names = (p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    return sorted(name for name in names if name != path.name + ".lock")


def test_it_rolls_over_before_the_limit_and_keeps_three_backups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.log"
    log = rotating(path)
    try:
        for number in range(60):  # 6,000 bytes: ten lines of 100 per file
            log.info("line %02d %s", number, "x" * 91)
    finally:
        close(log)
    assert files_of(path) == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    kept = [
        (tmp_path / name).read_text(encoding="utf-8").splitlines()
        for name in ("app.log.3", "app.log.2", "app.log.1", "app.log")
    ]
    assert [len(lines) for lines in kept] == [9, 9, 9, 6]
    numbers = [int(line.split()[1]) for lines in kept for line in lines]
    assert numbers == list(range(27, 60)), "the newest lines, in order, none lost"
    for name in files_of(path):
        assert (tmp_path / name).stat().st_size < 1000


@posix_only
def test_every_file_and_the_folder_are_its_owners_alone(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    (folder / "jira-wizard.log").write_text("from before\n", encoding="utf-8")
    os.chmod(folder / "jira-wizard.log", 0o644)  # as an older version left it
    path = configure_logging(0, folder=folder, console=io.StringIO())
    assert path is not None
    try:
        log = logging.getLogger("jira_wizard.test")
        for _ in range(MAX_BYTES // 1000 + 100):  # past the real limit, once
            log.info("%s", "y" * 1000)
        log.info("after the rollover: %s", f"Authorization: Basic {BASIC}")
    finally:
        unconfigure_logging()
    assert folder.stat().st_mode & 0o777 == 0o700
    names = files_of(path)
    assert names == ["jira-wizard.log", "jira-wizard.log.1"]
    for name in [*names, "jira-wizard.log.lock"]:
        assert (folder / name).stat().st_mode & 0o777 == 0o600, name
    text = path.read_text(encoding="utf-8")
    assert "after the rollover: Authorization: ***" in text, "still masked"
    assert BASIC not in text
    assert BACKUP_COUNT == 3


def test_a_failed_rollover_loses_no_line_and_raises_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "app.log"
    (tmp_path / "app.log.2").write_text("older\n", encoding="utf-8")
    blocker = tmp_path / "app.log.3"
    blocker.mkdir()  # a file cannot replace a folder: every rollover fails
    (blocker / "keep").touch()
    log = rotating(path)
    try:
        for number in range(15):
            log.info("line %02d %s", number, "x" * 91)
        assert path.stat().st_size == 1500, "past the limit, every line kept"
        blocker.joinpath("keep").unlink()
        blocker.rmdir()
        for number in range(15, 20):
            log.info("line %02d %s", number, "x" * 91)
    finally:
        close(log)
    assert "Logging error" not in capsys.readouterr().err
    assert (tmp_path / "app.log.3").read_text(encoding="utf-8") == "older\n"
    assert (tmp_path / "app.log.1").is_file(), "tried again once it had grown"
    lines = [
        *(tmp_path / "app.log.1").read_text(encoding="utf-8").splitlines(),
        *path.read_text(encoding="utf-8").splitlines(),
    ]
    assert [int(line.split()[1]) for line in lines] == list(range(20))


def numbers_in(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line.split()[1] for line in text.splitlines()]


def test_a_rollover_by_another_program_is_followed_not_repeated(
    tmp_path: Path,
) -> None:
    # Two handlers on one path, each with its own file open: two programs.
    path = tmp_path / "app.log"
    first, second = rotating(path, "first"), rotating(path, "second")
    try:
        first.info("line a1 %s", "x" * 92)
        second.info("line b1 %s", "x" * 92)
        for number in range(2, 9):
            first.info("line a%d %s", number, "x" * 92)
        first.info("line a9 %s", "x" * 92)  # would pass 1,000 bytes: rolls over
        second.info("line b2 %s", "x" * 92)  # into the new file, no rollover
    finally:
        close(first)
        close(second)
    assert files_of(path) == ["app.log", "app.log.1"]
    assert numbers_in(path) == ["a9", "b2"]
    assert numbers_in(tmp_path / "app.log.1")[:2] == ["a1", "b1"]


@pytest.mark.skipif(sys.platform == "win32", reason="the test locks with fcntl")
def test_while_another_program_rolls_over_lines_wait_in_the_full_file(
    tmp_path: Path,
) -> None:
    import fcntl

    path = tmp_path / "app.log"
    log = rotating(path)
    with open(tmp_path / "app.log.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another program, rolling over
        try:
            for number in range(12):
                log.info("line %02d %s", number, "x" * 91)
            assert files_of(path) == ["app.log"], "left to the lock's holder"
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    try:
        log.info("line 12 %s", "x" * 91)
    finally:
        close(log)
    assert files_of(path) == ["app.log", "app.log.1"]
    assert numbers_in(path) == ["12"]
    assert len(numbers_in(tmp_path / "app.log.1")) == 12


#: Writes numbered lines to a small rotating log, as one of two programs.
WRITER = textwrap.dedent(
    """
    import logging, os, sys, time
    from pathlib import Path
    from jira_wizard.logs import RotatingFile
    handler = RotatingFile(Path(sys.argv[1]), max_bytes=4000, backup_count=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("writer")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    while not os.path.exists(sys.argv[1] + ".go"):  # both start together
        time.sleep(0.001)
    for number in range(int(sys.argv[3])):
        log.info("%s %05d %s", sys.argv[2], number, "z" * 40)
    """
)


def test_two_programs_share_the_log_and_its_rollover(tmp_path: Path) -> None:
    path = tmp_path / "shared.log"
    count = 2000  # lines of 50 bytes each: some fifty rollovers between them
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    path.with_name("shared.log.go").touch()
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert err == "", "no logging error, no traceback"
    backups = [f"shared.log.{n}" for n in (1, 2, 3)]
    assert files_of(path) == ["shared.log", *backups, "shared.log.go"]
    kept: dict[str, list[int]] = {"a": [], "b": []}
    for name in ("shared.log.3", "shared.log.2", "shared.log.1", "shared.log"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        if name != "shared.log":
            # Full when rolled over: a second rollover on top of the other
            # program's would have left one nearly empty. (A few lines more
            # are fine: the other's, written while this one rolled over.)
            assert 4000 - 2 * 50 <= len(text) <= 6000, name
        for line in text.splitlines():
            writer, number, filler = line.split(" ")
            assert filler == "z" * 40, "lines never mix"
            kept[writer].append(int(number))
    for numbers in kept.values():
        assert numbers == list(range(count - len(numbers), count)), "a clean tail"


def test_importing_the_log_leaves_logging_handlers_out() -> None:
    # logging.handlers brings sockets, pickle and queues: ten milliseconds of
    # every command's start.
    probe = "import sys, jira_wizard.logs; print('logging.handlers' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_a_file_opened_later_gets_what_was_logged_before_it_in_order(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "later"
    assert configure_logging(0, folder=folder, file_later=True) is None
    log = logging.getLogger("jira_wizard.test.later")
    try:
        log.info("first, with Bearer %s", TOKEN)
        log.warning("second, for the file alone", extra=FILE_ONLY)
        log.debug("not at INFO")
        assert not folder.exists(), "nothing is written before the file is opened"
        assert open_log_file() == folder / LOG_FILE_NAME
        log.info("third, once it is open")
        assert open_log_file() is None, "opened once"
        text = (folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    finally:
        unconfigure_logging()
    lines = [line.split(": ", 1)[1] for line in text.splitlines()]
    assert lines[0].startswith("first, with Bearer ")
    assert TOKEN not in text
    assert lines[1:] == ["second, for the file alone", "third, once it is open"]
