"""Where connections are kept: secrets in the OS keychain, the rest in a file.

- ``keychain``: ``Keychain``, the OS keychain through keyring, every call on a
  worker thread with a timeout, long values split for Windows, insecure
  backends refused (``backends`` says which are which; ``worker`` is the
  thread).
- ``settings``: ``SettingsFile``, the public part of the connections in
  ``connections.json``, written atomically under a cross-process lock.
- ``store``: ``ConnectionStore``, which puts the two together so that a
  connection is saved whole or not at all.
"""

from jira_wizard.storage.backends import BackendInfo
from jira_wizard.storage.keychain import SERVICE, Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore, secret_key

__all__ = [
    "SERVICE",
    "BackendInfo",
    "ConnectionStore",
    "Keychain",
    "SettingsFile",
    "secret_key",
]
