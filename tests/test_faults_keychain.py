"""The keychain failing under every use case that writes to it.

The Secret Service is real; a wrapper makes it fail the way keychains do: locked
(the person dismissed the unlock prompt), unavailable (no Secret Service on the
bus), refusing one write (a full or broken collection), or so slow that the
program gives up waiting while the write still lands later. Through the
``Service`` (the API token and OAuth saves, the rotation, and the refresh's
``update_secrets``), a new connection is rolled back completely and an existing
one of the same name is left exactly as it was; a refresh that could not store
its tokens leaves a connection that still works.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from jira_wizard.atlassian.http import RetryPolicy
from jira_wizard.core.backend import SignInRequest
from jira_wizard.core.errors import (
    KeychainError,
    KeychainLocked,
    KeychainTimeout,
    KeychainUnavailable,
)
from jira_wizard.core.models import (
    Account,
    AuthType,
    Connection,
    Secret,
    SiteInfo,
    VerifiedAccess,
)
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import SERVICE, Keychain
from jira_wizard.storage.store import LEFTOVERS_FILE, ConnectionStore
from tests.fixtures.keychain import stored_keys
from tests.fixtures.sandbox import DEFAULT_SCOPES
from tests.test_faults_network import Browser, free_port

T = TypeVar("T")

#: How long the program waits for the keychain here, and how long a slow write
#: really takes (it lands after the program gave up).
TIMEOUT = 0.2
SLOW_WRITE = 0.5


class Trouble(KeyringBackend):
    """The real keychain, until the ``start``-th write; from then on, ``fault``.

    locked, unavailable: that write and every call after it fail;
    refused: that one write fails; slow: that one write lands late.
    """

    def __init__(self, inner: KeyringBackend, fault: str, start: int = 1) -> None:
        super().__init__()
        self.inner, self.fault, self.start = inner, fault, start
        self.writes = 0
        self.broken = False
        self.landed = threading.Event()  # the slow write is in the keychain

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.inner.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        if self.writes == self.start:
            if self.fault == "refused":
                raise keyring.errors.PasswordSetError("the collection refused it")
            if self.fault == "slow":
                time.sleep(SLOW_WRITE)
                self.inner.set_password(service, username, password)
                self.landed.set()
                return
            self.broken = True
        self._check()
        self.inner.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        self.inner.delete_password(service, username)

    def _check(self) -> None:
        if not self.broken:
            return
        if self.fault == "locked":
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        raise keyring.errors.InitError("Failed to connect to the bus")


EXPECTED: dict[str, type[KeychainError]] = {
    "locked": KeychainLocked,
    "unavailable": KeychainUnavailable,
    "refused": KeychainError,
    "slow": KeychainTimeout,
}


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, 60))


async def no_wait(seconds: float) -> None:
    """Retries in these tests never wait."""


@dataclass
class Setting:
    sandbox: Sandbox
    store: ConnectionStore
    backend: KeyringBackend
    request: SignInRequest

    def service(self, store: ConnectionStore | None = None) -> Service:
        return Service(
            self.sandbox.endpoints(),
            store or self.store,
            retry=RetryPolicy(sleep=no_wait),
            sign_in_timeout=30,
        )

    def troubled(self, fault: str, start: int) -> tuple[Service, Trouble]:
        trouble = Trouble(self.backend, fault, start)
        keychain = Keychain(trouble, timeout=TIMEOUT, allow_insecure=True)
        return self.service(ConnectionStore(keychain, self.store.settings)), trouble

    def snapshot(self) -> tuple[bytes, dict[str, str | None]]:
        keys = stored_keys(self.backend)
        values = {key: self.backend.get_password(SERVICE, key) for key in keys}
        return self.store.settings.path.read_bytes(), values

    def settles_to(self, expected: tuple[bytes, dict[str, str | None]]) -> bool:
        """Whether the keychain returns to ``expected`` once late writes land."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if self.snapshot() == expected:
                    return True
            except Exception:  # an entry deleted while it was being listed
                pass
            time.sleep(0.1)
        return False


@pytest.fixture
def setting(
    sandbox: Sandbox, store: ConnectionStore, secret_service_backend: KeyringBackend
) -> Setting:
    client_id, port = f"app-{uuid.uuid4().hex[:8]}", free_port()
    sandbox.register_app(
        client_id, "app-secret-K2w7", f"http://localhost:{port}/callback"
    )
    site = SiteInfo(sandbox.urls.sites["acme"], sandbox.cloud_id("acme"))
    request = SignInRequest(
        AuthType.OAUTH_OWN,
        site,
        DEFAULT_SCOPES,
        port,
        client_id,
        Secret("app-secret-K2w7"),
    )
    return Setting(sandbox, store, secret_service_backend, request)


def verified(sandbox: Sandbox) -> VerifiedAccess:
    site_url = sandbox.urls.sites["acme"]
    return VerifiedAccess(
        SiteInfo(site_url, sandbox.cloud_id("acme")),
        Account(DEMO.account_id, DEMO.display_name, DEMO.email),
        site_url,
        via_gateway=False,
    )


async def save_token(service: Service, sandbox: Sandbox, token: str) -> Connection:
    return await service.save_api_token(
        "work", verified(sandbox), DEMO.email, Secret(token), None, replace=True
    )


async def sign_in(service: Service, setting: Setting) -> Any:
    browser = Browser(setting.sandbox)
    handle = service.start_sign_in(
        setting.request, open_browser=browser, on_progress=lambda _progress: None
    )
    try:
        return await handle.run()
    finally:
        await asyncio.to_thread(browser.join)


async def attempt(
    service: Service, sandbox: Sandbox, use_case: str, token: str, outcome: Any
) -> None:
    """The use case under test, with the new secrets it would save."""
    if use_case == "api token":
        await save_token(service, sandbox, token)
    elif use_case == "oauth":
        await service.save_oauth("work", outcome, replace=True)
    else:
        await service.rotate_api_token("work", Secret(token), None)


# -- saving: all or nothing ----------------------------------------------------------

#: (use case, fault, the write it starts at). An API token save writes one
#: secret; an own app's OAuth save three; a rotation one (after reading the old).
CASES = [
    *(("api token", fault, 1) for fault in EXPECTED),
    *(("oauth", fault, start) for fault in EXPECTED for start in (1, 3)),
    ("oauth", "refused", 2),
    *(("rotate", fault, 1) for fault in EXPECTED),
]


@pytest.mark.parametrize(("use_case", "fault", "start"), CASES)
def test_a_failing_keychain_saves_nothing_and_keeps_the_old_connection(
    setting: Setting, use_case: str, fault: str, start: int
) -> None:
    sandbox = setting.sandbox

    async def scenario() -> None:
        healthy = setting.service()
        old = await save_token(healthy, sandbox, DEMO.api_token)
        new_token = sandbox.issue_api_token(DEMO.email)
        outcome = await sign_in(healthy, setting) if use_case == "oauth" else None
        await healthy.aclose()
        before = setting.snapshot()
        troubled, trouble = setting.troubled(fault, start)

        with pytest.raises(KeychainError) as caught:
            await attempt(troubled, sandbox, use_case, new_token, outcome)
        await troubled.aclose()

        assert type(caught.value) is EXPECTED[fault], repr(caught.value)
        assert caught.value.advice
        assert trouble.writes >= start
        if fault == "slow":
            assert trouble.landed.wait(10)
            assert setting.settles_to(before), "the late write was not cleaned up"
        settings_after, keychain_after = setting.snapshot()
        assert settings_after == before[0]
        assert {k: keychain_after.get(k) for k in before[1]} == before[1]
        leftover = set(keychain_after) - set(before[1])
        if fault in ("locked", "unavailable") and start > 1:
            # The keychain stopped answering half-way through: what it took
            # before cannot be deleted now. It sits under the new version's
            # reference, which no saved connection points to.
            refs = {key.split("/")[0] for key in leftover}
            assert len(refs) == 1
            assert refs.isdisjoint(c.secret_ref for c in setting.store.list())
            # It is noted, and the next save, once the keychain answers
            # again, deletes it.
            noted = setting.store.settings.path.with_name(LEFTOVERS_FILE)
            assert refs.pop() in noted.read_text()
            await save_token(healthy, sandbox, DEMO.api_token)
            assert leftover.isdisjoint(stored_keys(setting.backend))
            assert not noted.exists()
            old = setting.store.get("work")
        else:
            assert leftover == set(), "something of the new version is left"
        assert setting.store.get("work") == old
        connection, header = await healthy.credentials("work")
        assert connection == old
        assert DEMO.api_token not in header.reveal()  # Basic: encoded, as stored
        await healthy.test_connection("work")
        await healthy.aclose()

    run(scenario())


# -- refreshing: the connection keeps working ------------------------------------------


@pytest.mark.parametrize(
    ("fault", "start"),
    [("refused", 1), ("refused", 2), ("locked", 1), ("locked", 2), ("slow", 2)],
)
def test_a_refresh_that_cannot_store_its_tokens_leaves_a_working_connection(
    setting: Setting, fault: str, start: int
) -> None:
    async def scenario() -> None:
        healthy = setting.service()
        saved = await healthy.save_oauth(
            "oauth", await sign_in(healthy, setting), replace=False
        )
        expired = await setting.store.update_secrets(
            saved, {}, access_token_expires_at=saved.created_at
        )
        settings_before = setting.store.settings.path.read_bytes()
        troubled, trouble = setting.troubled(fault, start)

        with pytest.raises(KeychainError) as caught:
            await troubled.credentials("oauth")
        await troubled.aclose()

        assert type(caught.value) is EXPECTED[fault]
        # The settings were not switched to tokens the keychain may not hold.
        assert setting.store.settings.path.read_bytes() == settings_before
        if fault == "slow":  # let the late write land before going on
            assert trouble.landed.wait(10)
        connection, header = await healthy.credentials("oauth")
        assert connection.access_token_expires_at != expired.access_token_expires_at
        assert not setting.sandbox.is_revoked(header.reveal().split()[1])
        await healthy.test_connection("oauth")
        await healthy.aclose()

    run(scenario())


def test_noted_leftovers_are_deleted_later_but_never_a_version_in_use(
    setting: Setting,
) -> None:
    from jira_wizard.core.models import SecretKind
    from jira_wizard.storage.store import secret_key

    async def scenario() -> None:
        service = setting.service()
        saved = await save_token(service, setting.sandbox, DEMO.api_token)
        orphan = uuid.uuid4().hex
        await setting.store.keychain.set(
            secret_key(orphan, SecretKind.ACCESS_TOKEN), Secret("orphaned-token-1")
        )
        noted = setting.store.settings.path.with_name(LEFTOVERS_FILE)
        noted.write_text(
            f'{{"version": 1, "secret_refs": ["{saved.secret_ref}", "{orphan}"]}}'
        )

        await service.rename("work", "still-work")  # no clean-up on a rename
        assert noted.exists()
        other = await service.save_api_token(
            "other", verified(setting.sandbox), DEMO.email, Secret(DEMO.api_token),
            None, replace=False,
        )  # fmt: skip

        keys = stored_keys(setting.backend)
        assert secret_key(orphan, SecretKind.ACCESS_TOKEN) not in keys
        assert secret_key(saved.secret_ref, SecretKind.API_TOKEN) in keys
        assert not noted.exists()
        await service.test_connection("still-work")
        await service.test_connection(other.name)
        await service.aclose()

    run(scenario())
