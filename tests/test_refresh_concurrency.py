"""Many programs renewing one OAuth connection at once, and one of them killed.

Atlassian rotates refresh tokens and revokes the whole grant when an old one
is reused after ten minutes; the sandbox enforces the same. Each program here
is ``jira-wizard credentials`` in a process of its own, on the real keychain.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from jira_wizard.core.models import SecretKind, utcnow
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.storage.store import ConnectionStore
from jira_wizard.tokens import PAUSE_BEFORE_STORING_ENV
from tests.fixtures.sandbox import http_client
from tests.test_api import (
    OrgApp,
    assert_no_secret,
    environment,
    org_app,
    run,
    save_oauth,
    stored_tokens,
)

WAITING = "waiting for another program renewing"


class Program:
    """``jira-wizard -vv credentials NAME --json``, its errors read as they come."""

    def __init__(self, env: dict[str, str], name: str = "acme") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jira_wizard", "-vv", "credentials", name, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.err: list[str] = []
        self._lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._lines.put(line)
        self._lines.put(None)

    def wait_for(self, text: str, timeout: float = 30) -> None:
        """Until a line holding ``text`` is written (or the program ends)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(f"ended before {text!r}:\n{''.join(self.err)}")
            self.err.append(line)
            if text in line:
                return
        raise AssertionError(f"no {text!r} in time:\n{''.join(self.err)}")

    def finish(self) -> tuple[int, str, str]:
        assert self.process.stdout is not None
        out = self.process.stdout.read()
        code = self.process.wait(timeout=60)
        while (line := self._lines.get(timeout=10)) is not None:
            self.err.append(line)
        return code, out, "".join(self.err)


@pytest.fixture
def app(sandbox: Sandbox, tmp_path: Path) -> OrgApp:
    return org_app(sandbox, tmp_path)


@pytest.fixture
def programs() -> Iterator[list[Program]]:
    started: list[Program] = []
    yield started
    for program in started:
        if program.process.poll() is None:
            program.process.kill()
            program.process.wait()


def myself_status(sandbox: Sandbox, base_url: str, authorization: str) -> int:
    with http_client() as client:
        answer = client.get(
            f"{base_url}/rest/api/3/myself", headers={"Authorization": authorization}
        )
    assert answer.status_code != 200 or answer.json()["accountId"] == DEMO.account_id
    return answer.status_code


def finished(programs: list[Program]) -> list[dict[str, str]]:
    results = []
    for program in programs:
        code, out, err = program.finish()
        assert code == 0, err
        results.append(json.loads(out))
    return results


def wait_for_refreshes(sandbox: Sandbox, count: int, holder: Program) -> None:
    deadline = time.monotonic() + 30
    while sandbox.refresh_count < count:
        assert holder.process.poll() is None, "the lock holder ended early"
        assert time.monotonic() < deadline, "the lock holder never refreshed"
        time.sleep(0.02)


def test_eight_programs_at_once_share_one_refresh(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    programs: list[Program],
) -> None:
    save_oauth(store, sandbox, app, expired=True)
    env = environment(sandbox, app)

    programs += [Program(env) for _ in range(8)]
    results = finished(programs)

    assert sandbox.refresh_count == 1
    assert len({r["authorization"] for r in results}) == 1
    for result in results:
        assert (
            myself_status(sandbox, result["base_url"], result["authorization"]) == 200
        )
    access = run(store.secret(store.get("acme"), SecretKind.ACCESS_TOKEN))
    assert results[0]["authorization"] == f"Bearer {access.reveal()}"
    texts = ["".join(program.err) for program in programs]
    assert any("DEBUG" in text for text in texts)
    assert_no_secret(texts, stored_tokens(store, "acme"))


def test_a_lock_holder_killed_after_atlassian_answered_loses_nothing(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    programs: list[Program],
) -> None:
    save_oauth(store, sandbox, app, expired=True)
    env = environment(sandbox, app)
    before = stored_tokens(store, "acme")

    # The first program takes the lock, refreshes, and stops right after
    # Atlassian's answer, before storing it: Atlassian has rotated the refresh
    # token, and the only copy of the new one dies with the program.
    holder = Program({**env, PAUSE_BEFORE_STORING_ENV: "60"})
    programs.append(holder)
    wait_for_refreshes(sandbox, 1, holder)
    others = [Program(env) for _ in range(7)]
    programs += others
    for other in others:
        other.wait_for(WAITING)
    holder.process.kill()
    holder.process.wait()

    results = finished(others)

    # One more refresh, with the old refresh token inside Atlassian's reuse
    # interval; the others then use what it stored.
    assert sandbox.refresh_count == 2
    assert len({r["authorization"] for r in results}) == 1
    for result in results:
        assert (
            myself_status(sandbox, result["base_url"], result["authorization"]) == 200
        )
    assert stored_tokens(store, "acme").isdisjoint(before)

    # Eleven minutes on, any old refresh token would now revoke the grant:
    # the stored one must be the newest.
    sandbox.advance(11 * 60)
    current = store.get("acme")
    run(
        store.update_secrets(
            current, {}, access_token_expires_at=utcnow() - timedelta(minutes=1)
        )
    )
    [later] = finished([Program(env)])
    assert sandbox.refresh_count == 3
    assert myself_status(sandbox, later["base_url"], later["authorization"]) == 200
    assert not store.get("acme").needs_sign_in
