"""The settings file: its format, its atomic replacement, its lock."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from jira_wizard.core.errors import SettingsError
from jira_wizard.core.models import Account, AuthType, Connection, Secret
from jira_wizard.storage.settings import SettingsFile


def connection(name: str = "work", **changes: object) -> Connection:
    made = Connection(
        name=name,
        auth_type=AuthType.API_TOKEN,
        site_url="https://your-domain.atlassian.net",
        cloud_id="0b5c1d1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e",
        api_base_url="https://your-domain.atlassian.net",
        account=Account("5b10ac8d82e05b22cc7d4ef5", "Ada Lovelace", "ada@example.com"),
        secret_ref="9c1e" * 8,
        email="ada@example.com",
        created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        token_expires_on=date(2026, 12, 31),
    )
    return made.replace(**changes)


@pytest.fixture
def settings() -> SettingsFile:
    return SettingsFile()


def test_it_lives_in_the_user_config_folder(
    settings: SettingsFile, isolated_dirs: Path
) -> None:
    expected = isolated_dirs / "xdg_config_home" / "jira-wizard" / "connections.json"
    assert settings.path == expected


def test_no_file_means_no_connections(settings: SettingsFile) -> None:
    assert settings.load() == {}


def test_connections_come_back_as_they_were_written(settings: SettingsFile) -> None:
    saved = {"work": connection("work"), "Ünïcode ✓": connection("Ünïcode ✓")}

    settings.write(saved)

    assert settings.load() == saved


def test_the_file_has_the_documented_format_and_is_private(
    settings: SettingsFile,
) -> None:
    settings.write({"b": connection("b"), "a": connection("a")})

    document = json.loads(settings.path.read_text("utf-8"))
    assert document["version"] == 1
    assert [entry["name"] for entry in document["connections"]] == ["a", "b"]
    assert document["connections"][0] == connection("a").to_json()
    assert stat.S_IMODE(settings.path.stat().st_mode) == 0o600


def test_a_secret_is_never_written(settings: SettingsFile) -> None:
    settings.write({"work": connection()})
    before = settings.path.read_bytes()
    leaking = connection(email=Secret("tok-should-never-land"))

    with pytest.raises(TypeError, match="Secret"):
        settings.write({"work": leaking})

    assert settings.path.read_bytes() == before
    assert _leftovers(settings) == []


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(
    settings: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.write({"work": connection()})
    before = settings.path.read_bytes()

    # A full disk cannot be made to order; failing the flush to disk stands in
    # for it, after the new content went into the temporary file.
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SettingsError, match="left as it was"):
        settings.write({"work": connection(), "other": connection("other")})
    monkeypatch.undo()

    assert settings.path.read_bytes() == before
    assert _leftovers(settings) == []


CORRUPT = {
    "not JSON": b'{"version": 1, "connections": [',
    "not UTF-8": b"\xff\xfe\x00",
    "not an object": b"[]",
    "no version": b'{"connections": []}',
    "connections not a list": b'{"version": 1, "connections": {"a": 1}}',
    "an entry missing fields": b'{"version": 1, "connections": [{"name": "a"}]}',
    "an unknown auth type": json.dumps(
        {"version": 1, "connections": [connection().to_json() | {"auth_type": "pw"}]}
    ).encode(),
    "a name twice": json.dumps(
        {"version": 1, "connections": [connection().to_json()] * 2}
    ).encode(),
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_damaged_file_is_named_and_left_as_it_is(
    settings: SettingsFile, content: bytes
) -> None:
    settings.path.parent.mkdir(parents=True)
    settings.path.write_bytes(content)

    with pytest.raises(SettingsError) as caught:
        settings.load()

    assert str(settings.path) in caught.value.message
    assert "left as it is" in caught.value.message
    assert caught.value.advice
    assert settings.path.read_bytes() == content


def test_a_file_from_a_newer_version_asks_for_an_update(
    settings: SettingsFile,
) -> None:
    settings.path.parent.mkdir(parents=True)
    settings.path.write_text('{"version": 2, "connections": []}')

    with pytest.raises(SettingsError, match="newer version"):
        settings.load()


def test_the_lock_is_reentrant_in_one_thread(settings: SettingsFile) -> None:
    with settings.locked(), settings.locked():
        settings.write({"work": connection()})

    assert list(settings.load()) == ["work"]


def test_a_lock_held_by_another_process_times_out(settings: SettingsFile) -> None:
    holder = _hold_lock_in_child(settings)
    try:
        waiting = SettingsFile(lock_timeout=0.2)
        with pytest.raises(SettingsError) as caught, waiting.locked():
            pass
        assert str(settings.lock_path) in caught.value.message
    finally:
        holder.kill()
        holder.wait()

    with SettingsFile(lock_timeout=5).locked():
        pass  # free again once the holder is gone


def _hold_lock_in_child(settings: SettingsFile) -> subprocess.Popen[str]:
    script = textwrap.dedent(
        """
        import sys
        from jira_wizard.storage.settings import SettingsFile
        with SettingsFile().locked():
            print("locked", flush=True)
            sys.stdin.read()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    return child


def _leftovers(settings: SettingsFile) -> list[str]:
    return [p.name for p in settings.path.parent.iterdir() if p.name.endswith(".tmp")]
