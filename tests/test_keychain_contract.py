"""One contract every keychain set-up keeps: the real Secret Service and the
in-memory fake, each whole and with values split into small parts."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from keyring.backend import KeyringBackend

from jira_wizard.core.models import Secret
from jira_wizard.storage.keychain import Keychain
from tests.fakes import MemoryBackend
from tests.fixtures.keychain import stored_keys

SMALL_PARTS = 64
T = TypeVar("T")


@dataclass
class Setup:
    keychain: Keychain
    backend: KeyringBackend
    in_parts: bool

    def entries(self) -> set[str]:
        return stored_keys(self.backend)


@pytest.fixture(
    params=["secret-service", "secret-service-in-parts", "memory", "memory-in-parts"]
)
def setup(request: pytest.FixtureRequest) -> Setup:
    backend: KeyringBackend
    if request.param.startswith("secret-service"):
        backend = request.getfixturevalue("secret_service_backend")
    else:
        backend = MemoryBackend()
    in_parts = request.param.endswith("in-parts")
    keychain = Keychain(
        backend,
        max_entry_size=SMALL_PARTS if in_parts else None,
        allow_insecure=isinstance(backend, MemoryBackend),
    )
    return Setup(keychain, backend, in_parts)


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


VALUES = {
    "one character": "x",
    "short": "short-token",
    "longer than a part": "ATATT3xFfGF0" + "a" * 200,
    "exactly three parts": "b" * (SMALL_PARTS * 3),
    "not ascii": "üñíçødé ✓ 秘密 " * 8,
    "looks like a marker": "jira-wizard:chunked:abc:2",
}


class TestKeychainContract:
    @pytest.mark.parametrize("value", VALUES.values(), ids=VALUES.keys())
    def test_a_value_comes_back_as_it_went_in(self, setup: Setup, value: str) -> None:
        run(setup.keychain.set("ref/api_token", Secret(value)))

        assert run(setup.keychain.get("ref/api_token")) == Secret(value)

    def test_a_missing_entry_reads_as_none(self, setup: Setup) -> None:
        assert run(setup.keychain.get("nothing-here/api_token")) is None

    def test_deleting_a_missing_entry_is_fine(self, setup: Setup) -> None:
        run(setup.keychain.delete("nothing-here/api_token"))

        assert run(setup.keychain.get("nothing-here/api_token")) is None

    @pytest.mark.parametrize(
        ("first", "second"),
        [("a" * 200, "short"), ("short", "a" * 200), ("a" * 200, "c" * 100)],
        ids=["shrink", "grow", "fewer parts"],
    )
    def test_replacing_a_value_leaves_only_the_new_one(
        self, setup: Setup, first: str, second: str
    ) -> None:
        before = setup.entries()
        run(setup.keychain.set("ref/access_token", Secret(first)))
        run(setup.keychain.set("ref/access_token", Secret(second)))

        assert run(setup.keychain.get("ref/access_token")) == Secret(second)
        fresh = setup.entries() - before
        split = setup.in_parts and len(second) > SMALL_PARTS
        parts = math.ceil(len(second) / SMALL_PARTS) if split else 0
        assert "ref/access_token" in fresh
        assert len(fresh) == 1 + parts

    def test_deleting_removes_the_entry_and_all_its_parts(self, setup: Setup) -> None:
        before = setup.entries()
        run(setup.keychain.set("ref/refresh_token", Secret("r" * 200)))
        run(setup.keychain.delete("ref/refresh_token"))

        assert run(setup.keychain.get("ref/refresh_token")) is None
        assert setup.entries() == before

    def test_entries_are_separate(self, setup: Setup) -> None:
        run(setup.keychain.set("one/api_token", Secret("first" * 10)))
        run(setup.keychain.set("two/api_token", Secret("second" * 10)))
        run(setup.keychain.delete("one/api_token"))

        assert run(setup.keychain.get("two/api_token")) == Secret("second" * 10)

    def test_the_synchronous_twins_see_the_same_entries(self, setup: Setup) -> None:
        setup.keychain.set_sync("ref/client_secret", Secret("s" * 70))
        assert run(setup.keychain.get("ref/client_secret")) == Secret("s" * 70)

        setup.keychain.delete_sync("ref/client_secret")
        assert setup.keychain.get_sync("ref/client_secret") is None
