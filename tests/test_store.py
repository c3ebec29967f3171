"""Saved connections on the real Secret Service: whole or not at all."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from keyring.backend import KeyringBackend

from jira_wizard.core.errors import (
    ConnectionExists,
    ConnectionNotFound,
    InputError,
    KeychainError,
    KeychainTimeout,
    SettingsError,
)
from jira_wizard.core.models import Account, AuthType, Connection, Secret, SecretKind
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore, secret_key
from tests.fakes import FaultyBackend, MemoryBackend
from tests.fixtures.keychain import stored_keys

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
OWN_APP = (SecretKind.CLIENT_SECRET, SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN)


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def api_token(name: str = "work") -> Connection:
    return Connection(
        name=name,
        auth_type=AuthType.API_TOKEN,
        site_url="https://your-domain.atlassian.net",
        cloud_id="0b5c1d1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e",
        api_base_url="https://your-domain.atlassian.net",
        account=Account("5b10ac8d82e05b22cc7d4ef5", "Ada Lovelace", "ada@example.com"),
        secret_ref="",
        email="ada@example.com",
    )


def own_app(name: str = "work") -> Connection:
    return api_token(name).replace(
        auth_type=AuthType.OAUTH_OWN, email=None, client_id="client-id-1"
    )


def own_app_secrets(tag: str) -> dict[SecretKind, Secret]:
    return {kind: Secret(f"{tag}-{kind.value}") for kind in OWN_APP}


async def read_all(store: ConnectionStore, connection: Connection) -> dict[str, str]:
    kinds = {AuthType.API_TOKEN: (SecretKind.API_TOKEN,)}.get(
        connection.auth_type, OWN_APP
    )
    return {
        kind.value: (await store.secret(connection, kind)).reveal() for kind in kinds
    }


# Saving, reading, listing ---------------------------------------------------------


def test_a_saved_connection_comes_back_with_its_secret(
    store: ConnectionStore,
) -> None:
    saved = run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-1")}))

    assert re.fullmatch(r"[0-9a-f]{32}", saved.secret_ref)
    assert store.get("work") == saved
    assert store.exists("work")
    assert not store.exists("Work")
    assert run(read_all(store, saved)) == {"api_token": "tok-1"}


def test_the_list_is_sorted_by_name(store: ConnectionStore) -> None:
    for name in ("zeta", "Alpha", "beta"):
        run(store.save(api_token(name), {SecretKind.API_TOKEN: Secret("t")}))

    assert [c.name for c in store.list()] == ["Alpha", "beta", "zeta"]


def test_saving_over_a_name_needs_replace(store: ConnectionStore) -> None:
    first = run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-1")}))

    with pytest.raises(ConnectionExists):
        run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-2")}))

    assert store.get("work") == first
    assert run(read_all(store, first)) == {"api_token": "tok-1"}


def test_replacing_switches_to_new_secrets_and_deletes_the_old(
    store: ConnectionStore,
) -> None:
    first = run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-1")}))

    second = run(
        store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-2")}, replace=True)
    )

    assert second.secret_ref != first.secret_ref
    assert store.get("work") == second
    assert run(read_all(store, second)) == {"api_token": "tok-2"}
    old_key = secret_key(first.secret_ref, SecretKind.API_TOKEN)
    assert run(store.keychain.get(old_key)) is None


def test_a_name_differing_only_in_capitals_counts_as_taken(
    store: ConnectionStore,
) -> None:
    first = run(store.save(api_token("work"), {SecretKind.API_TOKEN: Secret("a")}))

    with pytest.raises(ConnectionExists, match="capitals"):
        run(store.save(api_token("Work"), {SecretKind.API_TOKEN: Secret("b")}))
    replaced = run(
        store.save(api_token("Work"), {SecretKind.API_TOKEN: Secret("b")}, replace=True)
    )

    assert [c.name for c in store.list()] == ["Work"]
    assert run(read_all(store, replaced)) == {"api_token": "b"}
    old_key = secret_key(first.secret_ref, SecretKind.API_TOKEN)
    assert run(store.keychain.get(old_key)) is None


@pytest.mark.parametrize(
    "name", ["", " work", "work ", "x" * 65, "tab\there", "new\nline"]
)
def test_a_bad_name_is_refused_before_anything_is_stored(
    store: ConnectionStore, secret_service_backend: KeyringBackend, name: str
) -> None:
    before = stored_keys(secret_service_backend)

    with pytest.raises(InputError):
        run(store.save(api_token(name), {SecretKind.API_TOKEN: Secret("t")}))

    assert stored_keys(secret_service_backend) == before
    assert not store.settings.path.exists()


def test_the_secrets_must_fit_the_auth_type(store: ConnectionStore) -> None:
    with pytest.raises(ValueError, match="refresh_token"):
        run(store.save(own_app(), {SecretKind.CLIENT_SECRET: Secret("s")}))


def test_missing_secrets_say_to_add_the_connection_again(
    store: ConnectionStore, secret_service_backend: KeyringBackend
) -> None:
    saved = run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("t")}))
    run(store.keychain.delete(secret_key(saved.secret_ref, SecretKind.API_TOKEN)))

    with pytest.raises(KeychainError, match="missing") as caught:
        run(store.secret(saved, SecretKind.API_TOKEN))
    assert "add it again" in caught.value.advice


def test_the_synchronous_read_gives_the_same_secret_and_errors(
    store: ConnectionStore,
) -> None:
    saved = run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-1")}))
    assert store.secret_sync(saved, SecretKind.API_TOKEN).reveal() == "tok-1"

    replaced = run(
        store.save(api_token(), {SecretKind.API_TOKEN: Secret("tok-2")}, replace=True)
    )
    with pytest.raises(KeychainError, match="changed by another program"):
        store.secret_sync(saved, SecretKind.API_TOKEN)
    run(store.keychain.delete(secret_key(replaced.secret_ref, SecretKind.API_TOKEN)))
    with pytest.raises(KeychainError, match="missing") as caught:
        store.secret_sync(replaced, SecretKind.API_TOKEN)
    assert "add it again" in caught.value.advice


# A save that fails leaves the saved connection as it was ---------------------------


def test_a_failed_second_write_leaves_nothing_new_and_the_old_intact(
    store: ConnectionStore, secret_service_backend: KeyringBackend
) -> None:
    old = run(store.save(own_app(), own_app_secrets("old")))
    settings_before = store.settings.path.read_bytes()
    keys_before = stored_keys(secret_service_backend)
    faulty = FaultyBackend(secret_service_backend, fail_write=2)
    failing = ConnectionStore(Keychain(faulty, allow_insecure=True), store.settings)

    with pytest.raises(KeychainError):
        run(failing.save(own_app(), own_app_secrets("new"), replace=True))

    assert store.settings.path.read_bytes() == settings_before
    assert stored_keys(secret_service_backend) == keys_before
    assert run(read_all(store, store.get("work"))) == {
        kind.value: f"old-{kind.value}" for kind in OWN_APP
    }
    assert store.get("work") == old


def test_a_failed_commit_deletes_the_new_secrets(
    store: ConnectionStore, secret_service_backend: KeyringBackend
) -> None:
    keys_before = stored_keys(secret_service_backend)
    impatient = ConnectionStore(store.keychain, SettingsFile(lock_timeout=0.1))

    with SettingsFile().locked(), pytest.raises(SettingsError):
        run(impatient.save(own_app(), own_app_secrets("new")))

    assert stored_keys(secret_service_backend) == keys_before
    assert store.list() == []


def test_a_write_that_outlives_its_timeout_is_cleaned_up() -> None:
    memory = MemoryBackend()
    slow = FaultyBackend(memory, slow=True)
    store = ConnectionStore(
        Keychain(slow, timeout=0.2, allow_insecure=True), SettingsFile()
    )
    try:
        with pytest.raises(KeychainTimeout):
            run(store.save(api_token(), {SecretKind.API_TOKEN: Secret("late")}))
    finally:
        slow.release()

    assert store.keychain.get_sync("never-written/api_token") is None  # drains
    assert memory.entries == {}
    assert store.list() == []


# Updating, removing, renaming -------------------------------------------------------


def test_update_secrets_replaces_them_in_place_with_the_public_fields(
    store: ConnectionStore,
) -> None:
    saved = run(store.save(own_app(), own_app_secrets("v1")))
    renewed = {SecretKind.ACCESS_TOKEN: Secret("v2-access_token")}

    updated = run(store.update_secrets(saved, renewed, scopes=("read:jira-work",)))

    assert updated.secret_ref == saved.secret_ref
    assert updated.scopes == ("read:jira-work",)
    assert store.get("work") == updated
    assert run(read_all(store, updated))["access_token"] == "v2-access_token"
    assert run(read_all(store, updated))["refresh_token"] == "v1-refresh_token"


def test_update_secrets_with_an_unknown_field_writes_nothing(
    store: ConnectionStore,
) -> None:
    saved = run(store.save(own_app(), own_app_secrets("v1")))

    with pytest.raises(TypeError):
        run(
            store.update_secrets(
                saved, {SecretKind.ACCESS_TOKEN: Secret("v2")}, colour="red"
            )
        )

    assert run(read_all(store, saved))["access_token"] == "v1-access_token"


def test_update_secrets_of_a_removed_connection_leaves_nothing_behind(
    store: ConnectionStore, secret_service_backend: KeyringBackend
) -> None:
    saved = run(store.save(own_app(), own_app_secrets("v1")))
    run(store.remove("work"))
    keys_before = stored_keys(secret_service_backend)

    with pytest.raises(ConnectionNotFound):
        run(store.update_secrets(saved, {SecretKind.ACCESS_TOKEN: Secret("v2")}))

    assert stored_keys(secret_service_backend) == keys_before


def test_remove_forgets_the_connection_and_deletes_its_secrets(
    store: ConnectionStore, secret_service_backend: KeyringBackend
) -> None:
    keys_before = stored_keys(secret_service_backend)
    run(store.save(own_app(), own_app_secrets("v1")))

    run(store.remove("work"))

    assert store.list() == []
    assert stored_keys(secret_service_backend) == keys_before
    with pytest.raises(ConnectionNotFound):
        run(store.remove("work"))


def test_rename_keeps_the_secrets(store: ConnectionStore) -> None:
    saved = run(store.save(api_token("work"), {SecretKind.API_TOKEN: Secret("t")}))
    run(store.save(api_token("home"), {SecretKind.API_TOKEN: Secret("h")}))

    renamed = run(store.rename("work", "Work"))  # capitals of itself are fine

    assert renamed.secret_ref == saved.secret_ref
    assert [c.name for c in store.list()] == ["home", "Work"]
    assert run(read_all(store, renamed)) == {"api_token": "t"}
    with pytest.raises(ConnectionExists):
        run(store.rename("Work", "HOME"))
    with pytest.raises(ConnectionNotFound):
        run(store.rename("nothing", "else"))
    with pytest.raises(InputError):
        run(store.rename("Work", " padded"))


# No secret in any file ----------------------------------------------------------------


def test_no_file_byte_ever_holds_a_secret(
    store: ConnectionStore, isolated_dirs: Path
) -> None:
    values: list[str] = []

    def secrets(tag: str) -> dict[SecretKind, Secret]:
        made = own_app_secrets(f"SECRET{tag}")
        values.extend(value.reveal() for value in made.values())
        return made

    def assert_no_secret_in_files() -> None:
        for path in isolated_dirs.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                for value in values:
                    assert value.encode() not in content, path

    saved = run(store.save(own_app(), secrets("1")))
    assert_no_secret_in_files()
    saved = run(store.save(own_app(), secrets("2"), replace=True))
    assert_no_secret_in_files()
    renewed = {SecretKind.REFRESH_TOKEN: secrets("3")[SecretKind.REFRESH_TOKEN]}
    saved = run(store.update_secrets(saved, renewed))
    assert_no_secret_in_files()
    run(store.rename("work", "renamed"))
    assert_no_secret_in_files()
    assert store.settings.path.stat().st_size > 0


# A save killed at any moment -------------------------------------------------------

KILL_POINTS = 5

CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    from keyring.backends import SecretService
    from jira_wizard.core.models import Connection, Secret, SecretKind
    from jira_wizard.storage.keychain import Keychain
    from jira_wizard.storage.settings import SettingsFile
    from jira_wizard.storage.store import ConnectionStore

    async def save_forever(connection, tag, kinds):
        store = ConnectionStore(Keychain(SecretService.Keyring()), SettingsFile())
        print("saving", flush=True)
        for round in range(1, 10_000):
            secrets = {kind: Secret(f"{tag}r{round}-{kind.value}") for kind in kinds}
            await store.save(connection, secrets, replace=True)

    connection = Connection.from_json(json.loads(sys.argv[1]))
    kinds = [SecretKind(kind) for kind in sys.argv[3:]]
    asyncio.run(save_forever(connection, sys.argv[2], kinds))
    """
)


def test_a_save_killed_at_any_point_leaves_a_whole_connection(
    store: ConnectionStore,
) -> None:
    run(store.save(own_app(), own_app_secrets("first")))
    version = "first"
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)

    for child_number in range(KILL_POINTS):
        tag = f"child{child_number}"
        with _child_saving(own_app(), tag) as child:
            time.sleep(rng.uniform(0.0, 0.25))
            os.kill(child.pid, signal.SIGKILL)

        json.loads(store.settings.path.read_text("utf-8"))  # still valid JSON
        secrets = run(read_all(store, store.get("work")))
        now = secrets["client_secret"].split("-", 1)[0]
        assert now == version or now.startswith(f"{tag}r"), f"seed {seed}"
        expected = {kind.value: f"{now}-{kind.value}" for kind in OWN_APP}
        assert secrets == expected, f"a mixed connection (seed {seed})"
        version = now


@contextlib.contextmanager
def _child_saving(connection: Connection, tag: str) -> Iterator[subprocess.Popen[str]]:
    """A child process saving ``connection`` over and over, until killed.

    Its secrets are ``<tag>r<round>-<kind>``, so each version is recognisable.
    """
    document = json.dumps(connection.to_json())
    kinds = [kind.value for kind in OWN_APP]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, document, tag, *kinds],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "saving"
        yield child
    finally:
        child.kill()
        child.wait()
