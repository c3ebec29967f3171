"""What the keychain wrapper adds to keyring: timeouts, errors in the product's
words, values split into parts, and refusing keychains that are not secure."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from jira_wizard.core.errors import (
    KeychainError,
    KeychainLocked,
    KeychainTimeout,
    KeychainUnavailable,
)
from jira_wizard.core.models import Secret
from jira_wizard.storage.keychain import CHUNK_MARKER, SERVICE, Keychain
from tests.fakes import (
    FakeChainer,
    FaultyBackend,
    MemoryBackend,
    PlainTextLookalike,
    WindowsLookalike,
)

T = TypeVar("T")
VALUE = "tok-3f9a-very-secret-value"


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


@pytest.fixture
def memory() -> MemoryBackend:
    return MemoryBackend()


@pytest.fixture
def slow(memory: MemoryBackend) -> Iterator[FaultyBackend]:
    backend = FaultyBackend(memory, slow=True)
    yield backend
    backend.release()  # lets the stuck worker thread finish


# Values split into parts ------------------------------------------------------


def test_a_long_value_is_kept_in_parts_under_a_marker(memory: MemoryBackend) -> None:
    keychain = Keychain(memory, max_entry_size=10, allow_insecure=True)

    run(keychain.set("ref/api_token", Secret("0123456789" * 2 + "xy")))

    main = memory.entries[(SERVICE, "ref/api_token")]
    assert main.startswith(CHUNK_MARKER)
    assert main.endswith(":3")
    parts = sorted(k for k in memory.keys(SERVICE) if k != "ref/api_token")
    assert len(parts) == 3
    assert all(k.startswith("ref/api_token#") for k in parts)
    assert all(len(memory.entries[(SERVICE, k)]) <= 10 for k in parts)


def test_shrinking_a_split_value_removes_the_stale_parts(memory: MemoryBackend) -> None:
    keychain = Keychain(memory, max_entry_size=10, allow_insecure=True)
    run(keychain.set("ref/access_token", Secret("a" * 95)))

    run(keychain.set("ref/access_token", Secret("b" * 5)))

    assert memory.keys(SERVICE) == {"ref/access_token"}
    assert run(keychain.get("ref/access_token")) == Secret("b" * 5)


def test_a_failed_write_of_a_part_keeps_the_old_value_whole(
    memory: MemoryBackend,
) -> None:
    Keychain(memory, max_entry_size=10, allow_insecure=True).set_sync(
        "ref/access_token", Secret("old" * 10)
    )
    faulty = FaultyBackend(memory, fail_write=2)
    keychain = Keychain(faulty, max_entry_size=10, allow_insecure=True)

    with pytest.raises(KeychainError):
        run(keychain.set("ref/access_token", Secret("new" * 10)))

    assert keychain.get_sync("ref/access_token") == Secret("old" * 10)
    assert len(memory.keys(SERVICE)) == 1 + 3  # the old parts, nothing else


def test_a_missing_part_is_reported_not_returned_short(memory: MemoryBackend) -> None:
    keychain = Keychain(memory, max_entry_size=10, allow_insecure=True)
    run(keychain.set("ref/api_token", Secret("z" * 30)))
    a_part = next(k for k in memory.keys(SERVICE) if "#" in k)
    del memory.entries[(SERVICE, a_part)]

    with pytest.raises(KeychainError, match="incomplete"):
        run(keychain.get("ref/api_token"))


def test_windows_credential_manager_splits_by_default() -> None:
    backend = WindowsLookalike()
    keychain = Keychain(backend)

    run(keychain.set("ref/refresh_token", Secret("r" * 3000)))

    assert len(backend.keys(SERVICE)) == 1 + 3  # 1,200 characters a part
    assert run(keychain.get("ref/refresh_token")) == Secret("r" * 3000)


def test_elsewhere_a_value_stays_whole_by_default(memory: MemoryBackend) -> None:
    Keychain(memory, allow_insecure=True).set_sync("ref/api_token", Secret("t" * 9000))

    assert memory.keys(SERVICE) == {"ref/api_token"}


# Timeouts and a call that finishes late ------------------------------------------


def test_a_keychain_that_does_not_answer_times_out(slow: FaultyBackend) -> None:
    keychain = Keychain(slow, timeout=0.2, allow_insecure=True)

    with pytest.raises(KeychainTimeout):
        run(keychain.set("ref/api_token", Secret(VALUE)))


def test_the_synchronous_twin_times_out_too(slow: FaultyBackend) -> None:
    keychain = Keychain(slow, timeout=0.2, allow_insecure=True)

    with pytest.raises(KeychainTimeout):
        keychain.get_sync("ref/api_token")


def test_a_delete_asked_for_after_a_timed_out_write_removes_it(
    slow: FaultyBackend, memory: MemoryBackend
) -> None:
    keychain = Keychain(slow, timeout=0.2, allow_insecure=True)
    with pytest.raises(KeychainTimeout):
        run(keychain.set("ref/api_token", Secret(VALUE)))
    with pytest.raises(KeychainTimeout):
        run(keychain.delete("ref/api_token"))  # queued behind the write

    slow.release()

    assert keychain.get_sync("ref/api_token") is None
    writes = [call for call in slow.calls if call[0] in ("set", "delete")]
    assert writes == [("set", "ref/api_token"), ("delete", "ref/api_token")]
    assert memory.keys(SERVICE) == set()


# Errors in the product's words ----------------------------------------------------


def test_a_locked_keychain_says_so() -> None:
    keychain = Keychain(
        FaultyBackend(MemoryBackend(), locked=True), allow_insecure=True
    )

    with pytest.raises(KeychainLocked) as caught:
        run(keychain.get("ref/api_token"))
    assert "Unlock" in caught.value.advice


def test_a_refused_write_is_a_keychain_error_without_the_value(
    debug_logging: pytest.LogCaptureFixture,
) -> None:
    backend = FaultyBackend(MemoryBackend(), fail_write=1)
    keychain = Keychain(backend, allow_insecure=True)

    with pytest.raises(KeychainError) as caught:
        run(keychain.set("ref/api_token", Secret(VALUE)))

    assert type(caught.value) is KeychainError
    assert "PasswordSetError" in str(caught.value)
    assert VALUE not in str(caught.value)
    assert caught.value.__cause__ is not None
    assert VALUE not in debug_logging.text


def test_no_keyring_at_all_is_unavailable() -> None:
    keychain = Keychain(fail.Keyring(), allow_insecure=True)

    with pytest.raises(KeychainUnavailable):
        run(keychain.get("ref/api_token"))


# Secure and insecure keychains -------------------------------------------------------

INSECURE: dict[str, KeyringBackend] = {
    "fail": fail.Keyring(),
    "null": null.Keyring(),
    "keyrings.alt plain text": PlainTextLookalike(),
    "unknown backend": MemoryBackend(),
    "empty chain": FakeChainer([]),
    "chain of insecure ones": FakeChainer([PlainTextLookalike(), null.Keyring()]),
}


@pytest.mark.parametrize("backend", INSECURE.values(), ids=INSECURE.keys())
def test_an_insecure_keychain_is_refused(backend: KeyringBackend) -> None:
    keychain = Keychain(backend)

    info = keychain.backend_info()
    assert not info.secure
    assert info.reason
    with pytest.raises(KeychainUnavailable) as caught:
        keychain.ensure_usable()
    assert "GNOME Keyring" in str(caught.value)  # says how to get a real one
    with pytest.raises(KeychainUnavailable):
        keychain.set_sync("ref/api_token", Secret(VALUE))


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=str)
def test_a_keychain_that_stores_nothing_is_refused_even_when_allowed(
    backend: KeyringBackend,
) -> None:
    with pytest.raises(KeychainUnavailable):
        Keychain(backend, allow_insecure=True).ensure_usable()


def test_an_allowed_insecure_keychain_is_used_and_the_log_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    backend = PlainTextLookalike()
    keychain = Keychain(backend, allow_insecure=True)

    with caplog.at_level(logging.WARNING):
        keychain.set_sync("ref/api_token", Secret(VALUE))

    assert backend.keys(SERVICE) == {"ref/api_token"}
    assert "not secure" in caplog.text
    assert VALUE not in caplog.text


def test_a_chain_writes_to_its_secure_keychain_only() -> None:
    plain, secure = PlainTextLookalike(), WindowsLookalike()
    keychain = Keychain(FakeChainer([plain, secure]))

    keychain.set_sync("ref/api_token", Secret(VALUE))

    assert keychain.backend_info().secure
    assert keychain.backend_info().name.endswith("WindowsLookalike")
    assert plain.keys(SERVICE) == set()
    assert secure.keys(SERVICE) == {"ref/api_token"}


def test_the_secret_service_is_secure(secret_service_backend: KeyringBackend) -> None:
    info = Keychain(secret_service_backend).backend_info()

    assert info == info.__class__("keyring.backends.SecretService.Keyring", True, None)


def test_the_system_keyring_is_found_on_first_use(
    secret_service_backend: KeyringBackend,
) -> None:
    keychain = Keychain()

    keychain.ensure_usable()
    assert keychain.backend_info().secure
