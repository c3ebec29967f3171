"""Every failure a person can see links to a help page, in English and German.

Two walks: every kind of ``WizardError`` the package defines, found by
importing every module of it; and the errors the program builds while it
runs (from Atlassian's answers, the site check, the settings file, the
saved connections, the policy file, a preset and the windows' last net),
made for real with the code that makes them.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx
import pytest

import jira_wizard
from jira_wizard.atlassian.http import json_object, make_client, raise_for_status
from jira_wizard.atlassian.site import probe_site
from jira_wizard.core.errors import InputError, RateLimited, WizardError
from jira_wizard.core.help import find_topic
from jira_wizard.core.models import Secret, SecretKind
from jira_wizard.core.policy import load_policy
from jira_wizard.core.preset import parse_preset_file, parse_preset_link
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore
from tests.fakes import MemoryBackend
from tests.test_store import api_token

#: Shown beside the value it is about; a raise whose reader needs a page
#: names one itself (``jira_wizard.core.errors``).
WITHOUT_A_DEFAULT = {InputError}


def import_the_whole_package() -> None:
    for module in pkgutil.walk_packages(jira_wizard.__path__, "jira_wizard."):
        if not module.name.endswith(".__main__"):  # it runs the command line
            importlib.import_module(module.name)


def every_error_kind() -> list[type[WizardError]]:
    import_the_whole_package()
    found: list[type[WizardError]] = []
    waiting = [WizardError]
    while waiting:
        for kind in waiting.pop().__subclasses__():
            if kind.__module__.startswith("jira_wizard.") and kind not in found:
                found.append(kind)
                waiting.append(kind)
    return sorted(found, key=lambda kind: kind.__name__)


def assert_has_its_pages(error: WizardError) -> None:
    topic = error.help_topic
    assert topic, f"{type(error).__name__} ({error.message}) names no help page"
    for language in ("en", "de"):
        page = find_topic(topic, language)
        assert page is not None, f"no page {topic!r}"
        assert page.language == language, f"{topic!r} is not written in {language}"


def test_the_walk_finds_the_kinds_in_every_module() -> None:
    names = {kind.__name__ for kind in every_error_kind()}
    assert {
        "SiteNotFound",
        "RateLimited",
        "ServiceError",
        "UnexpectedResponse",
        "SettingsError",
        "ConnectionExists",
        "ConnectionNotFound",
        "PortInUse",
    } <= names


@pytest.mark.parametrize("kind", every_error_kind(), ids=lambda kind: kind.__name__)
def test_every_kind_of_error_links_to_a_page_in_both_languages(
    kind: type[WizardError],
) -> None:
    if kind in WITHOUT_A_DEFAULT:
        assert kind("A value is wrong.").help_topic is None
        return
    assert_has_its_pages(kind("Something went wrong."))


# Errors made while the program runs ------------------------------------------------


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(coroutine)


def caught(make: Callable[[], object]) -> WizardError:
    with pytest.raises(WizardError) as raised:
        make()
    return raised.value


def answer(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", "https://acme.atlassian.net/rest/api/3/myself")
    return httpx.Response(status, headers=headers, request=request)


@pytest.mark.parametrize("status", [302, 401, 403, 404, 418, 429, 500, 502, 503, 504])
def test_every_answer_atlassian_refuses_with_links_to_a_page(status: int) -> None:
    error = caught(lambda: raise_for_status(answer(status), what="Jira"))
    assert_has_its_pages(error)


def test_a_rate_limit_links_to_the_page_about_waiting() -> None:
    limited = answer(429, {"Retry-After": "7"})
    error = caught(lambda: raise_for_status(limited, what="Jira"))
    assert isinstance(error, RateLimited)
    assert error.advice == "Wait 7 seconds, then try again."
    assert error.help_topic == "atlassian-busy"


def test_an_answer_the_program_cannot_read_links_to_the_report() -> None:
    page = httpx.Response(200, headers={"Content-Type": "text/html"}, text="<html>")
    error = caught(lambda: json_object(page, what="Jira"))
    assert error.help_topic == "diagnostic-report"


@pytest.mark.parametrize("status", [404, 302])
def test_an_address_with_no_jira_cloud_site_links_to_finding_it(status: int) -> None:
    def atlassian(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Location": "https://example.com/"})

    async def probe() -> None:
        async with make_client(transport=httpx.MockTransport(atlassian)) as client:
            await probe_site(client, "https://nobody.atlassian.net")

    error = caught(lambda: run(probe()))
    assert type(error).__name__ == "SiteNotFound"
    assert error.help_topic == "site-not-found"
    assert_has_its_pages(error)


def memory_store(folder: Path) -> ConnectionStore:
    keychain = Keychain(MemoryBackend(), allow_insecure=True)
    return ConnectionStore(keychain, SettingsFile(folder / "connections.json"))


def test_the_saved_connections_errors_link_to_their_page(tmp_path: Path) -> None:
    store = memory_store(tmp_path)
    secrets = {SecretKind.API_TOKEN: Secret("ATATT3xFfGF0" + "x" * 40)}
    run(store.save(api_token("work"), secrets))
    errors = [
        caught(lambda: store.get("holiday")),
        caught(lambda: run(store.save(api_token("Work"), secrets))),
    ]
    (tmp_path / "connections.json").write_text("{not json", encoding="utf-8")
    errors.append(caught(store.list))
    assert [type(e).__name__ for e in errors] == [
        "ConnectionNotFound",
        "ConnectionExists",
        "SettingsError",
    ]
    for error in errors:
        assert error.help_topic == "saved-connections"
        assert_has_its_pages(error)


@pytest.mark.parametrize(
    "text", ["colour = 1\n", "[organization_app\n", "lock_site = true\n"]
)
def test_a_refused_policy_file_links_to_the_policy_page(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    error = caught(lambda: load_policy(path))
    assert error.help_topic == "organization-policy"
    assert_has_its_pages(error)


def test_a_refused_preset_links_to_the_presets_page(tmp_path: Path) -> None:
    path = tmp_path / "preset.toml"
    path.write_text('token = "hunter2hunter2"\n', encoding="utf-8")
    for error in (
        caught(lambda: parse_preset_file(path)),
        caught(lambda: parse_preset_link("jira-wizard://setup?secret=hunter2")),
    ):
        assert error.help_topic == "presets"
        assert_has_its_pages(error)


def test_an_unexpected_error_in_a_window_links_to_the_report() -> None:
    from jira_wizard.ui.tasks import unexpected_error

    error = unexpected_error(KeyError("cloudId"), "testing")
    assert error.message == "Something unexpected went wrong."
    assert error.help_topic == "diagnostic-report"
    assert_has_its_pages(error)
