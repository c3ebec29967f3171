"""Which keyring backends keep secrets securely, and their errors in our words.

Secure: the system keychains keyring ships backends for (Secret Service and
libsecret on Linux, KWallet, macOS Keychain, Windows Credential Manager).
Not secure: ``keyring.backends.fail`` (no keychain found; every call fails),
``keyring.backends.null`` (stores nothing), every backend of ``keyrings.alt``
(plain-text or weakly encrypted files), and any backend this module does not
know: a secret is never handed to a store nobody vouched for. A chain of
backends is as secure as the best one it holds.

keyring itself is imported on first use (by ``Keychain``, on its worker
thread): with its backends it costs about as much as opening the wizard's
window, which needs none of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

# Imported as a module: this one has a translate() of its own (for exceptions).
from jira_wizard.core import i18n
from jira_wizard.core.errors import (
    KeychainError,
    KeychainLocked,
    KeychainUnavailable,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

_SECURE_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.kwallet",
)
# Reasons stay in English (the diagnostic report quotes them) and are
# translated where a person is told.
_NO_STORE_MODULES = {
    "keyring.backends.fail": i18n.noop("Errors", "no system keychain was found"),
    "keyring.backends.null": i18n.noop("Errors", "it stores nothing"),
}


@dataclass(frozen=True)
class BackendInfo:
    """Which keyring backend keeps the secrets, and whether it is secure.

    ``name`` is the backend's full class name, such as
    ``keyring.backends.SecretService.Keyring``; ``reason`` says why an
    insecure one is not secure.
    """

    name: str
    secure: bool
    reason: str | None = None


def system_keyring() -> KeyringBackend:
    """keyring's choice for this machine (honours its own configuration)."""
    import keyring

    try:
        backend: KeyringBackend = keyring.get_keyring()
    except Exception as exc:
        raise KeychainUnavailable(
            i18n.translate("Errors", "No keychain could be found.")
        ) from exc
    return backend


def effective_backend(backend: KeyringBackend) -> KeyringBackend:
    """For a chain of backends, the first secure one in it.

    keyring's chainer writes to the first backend that accepts the value,
    which may be a plain-text store ranked above the real keychain; writing to
    the secure one directly means a secret never falls through to such a store.
    """
    if not _is_chain(backend):
        return backend
    for held in _chained(backend):
        if _assess(held)[0]:
            return held
    return backend


def describe(backend: KeyringBackend) -> BackendInfo:
    secure, reason = _assess(backend)
    return BackendInfo(backend_name(backend), secure, reason)


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def stores_nothing(backend: KeyringBackend) -> bool:
    """True for backends that cannot keep anything, insecurely or not."""
    if _is_chain(backend):
        return all(stores_nothing(held) for held in _chained(backend))
    return any(in_module(backend, module) for module in _NO_STORE_MODULES)


def in_module(backend: KeyringBackend, module: str) -> bool:
    name = type(backend).__module__
    return name == module or name.startswith(module + ".")


def _is_chain(backend: KeyringBackend) -> bool:
    from keyring.backends.chainer import ChainerBackend

    return isinstance(backend, ChainerBackend)


def _chained(backend: KeyringBackend) -> list[KeyringBackend]:
    return list(getattr(backend, "backends", []))


def _assess(backend: KeyringBackend) -> tuple[bool, str | None]:
    if _is_chain(backend):
        if not _chained(backend):
            return False, i18n.noop("Errors", "no system keychain was found")
        return False, i18n.noop("Errors", "none of the keychains it chains is secure")
    for module, reason in _NO_STORE_MODULES.items():
        if in_module(backend, module):
            return False, reason
    if in_module(backend, "keyrings.alt"):
        return False, i18n.noop(
            "Errors", "it keeps secrets in a plain or weakly protected file"
        )
    if any(in_module(backend, module) for module in _SECURE_MODULES):
        return True, None
    return False, i18n.noop("Errors", "it is not known to keep secrets securely")


# Errors -----------------------------------------------------------------------


def _secretstorage_errors(*names: str) -> tuple[type[Exception], ...]:
    """Exceptions of the Secret Service library, where it is installed (Linux)."""
    try:
        from secretstorage import exceptions
    except ImportError:  # pragma: no cover - other platforms
        return ()
    return tuple(getattr(exceptions, name) for name in names)


@functools.cache
def _locked_errors() -> tuple[type[Exception], ...]:
    import keyring.errors

    return (
        keyring.errors.KeyringLocked,
        *_secretstorage_errors("LockedException", "PromptDismissedException"),
    )


@functools.cache
def _unavailable_errors() -> tuple[type[Exception], ...]:
    import keyring.errors

    return (
        keyring.errors.NoKeyringError,
        keyring.errors.InitError,
        *_secretstorage_errors("SecretServiceNotAvailableException"),
    )


def translate(exc: Exception) -> KeychainError:
    """The product's error for a backend's exception.

    Only the exception's type is named: a backend's own message is not ours to
    vouch for, and the original stays chained for the diagnostic trace.
    """
    kind = type(exc).__name__
    if isinstance(exc, _locked_errors()):
        locked = i18n.translate("Errors", "The keychain is locked ({kind}).")
        return KeychainLocked(locked.format(kind=kind))
    if isinstance(exc, _unavailable_errors()):
        closed = i18n.translate("Errors", "The keychain could not be opened ({kind}).")
        return KeychainUnavailable(closed.format(kind=kind))
    return KeychainError(
        i18n.translate("Errors", "The keychain refused the request ({kind}).").format(
            kind=kind
        ),
        i18n.translate(
            "Errors",
            "Try again. If it keeps failing, check that your system keychain "
            "works, for example by opening its own settings or app.",
        ),
    )
