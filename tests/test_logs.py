"""The log file and its safety net: whatever looks like a secret is masked."""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from jira_wizard.core.redact import redact_proxy_url, redact_text
from jira_wizard.logs import (
    FILE_ONLY,
    configure_logging,
    log_file,
    recent_problems,
    unconfigure_logging,
)

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
