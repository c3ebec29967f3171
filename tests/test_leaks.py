"""No secret anywhere it does not belong, in any form, after every flow.

Every flow runs, successful and failing: API tokens added, tested, used,
rotated and removed; OAuth sign-ins with an own app and with the organization
app, used, renewed and refused; a wrong token, a wrong client secret, Deny, the
wrong site, 429, 500 and a keychain that refuses. In-process every logger is
at DEBUG, httpx's and httpcore's too; the command line runs with ``-vv``.

Then every log record, every output stream (except the standard output of
``credentials``, whose job is to print a secret), every file under the test's
folders, the diagnostic reports, every error's text (and what it was raised
from) and every page the callback server served are searched for every secret
the flows handled, in every form it could take: plain, URL-encoded both ways,
base64 of ``email:token``, and the ``Basic`` and ``Bearer`` header values. The
secrets are taken from the wire itself (a transport that records what the
program sent and received), so nothing the program handled is missed.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Coroutine, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import httpx
import pytest
from keyring.backend import KeyringBackend

from jira_wizard.atlassian.http import RetryPolicy
from jira_wizard.core.backend import SignInRequest
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import AuthType, Secret, SecretKind, SiteInfo, utcnow
from jira_wizard.core.policy import load_policy
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.store import ConnectionStore
from tests.fixtures.sandbox import DEFAULT_SCOPES
from tests.test_faults_keychain import Trouble
from tests.test_faults_network import Browser, free_port

T = TypeVar("T")

EMAIL = DEMO.email
#: Shorter values could match by chance (a port number, a word).
SHORTEST_SECRET = 8


def secret_forms(secret: str, email: str = EMAIL) -> set[str]:
    """Every form in which ``secret`` could give itself away."""
    pair = base64.b64encode(f"{email}:{secret}".encode()).decode()
    return {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        pair,
        f"Basic {pair}",
        f"Bearer {secret}",
        base64.b64encode(secret.encode()).decode(),
    }


def assert_no_secret(texts: Iterable[tuple[str, str]], secrets: Iterable[str]) -> None:
    """No text holds any secret in any of its forms.

    ``texts`` are (where, text) pairs, so that a hit says where it was.
    """
    forms = {
        form
        for secret in secrets
        if len(secret) >= SHORTEST_SECRET
        for form in secret_forms(secret)
    }
    hits = [
        (where, form[:6] + "…")
        for where, text in texts
        for form in forms
        if form in text
    ]
    assert hits == [], f"secrets found: {hits}"


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, 60))


# -- what went over the wire -----------------------------------------------------------


class Recorder(httpx.AsyncBaseTransport):
    """The real transport, keeping every secret that crossed it."""

    def __init__(self) -> None:
        self._real = httpx.AsyncHTTPTransport()
        self.secrets: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        authorization = request.headers.get("Authorization")
        if authorization:
            self.secrets.add(authorization)
            self.secrets.add(authorization.split(" ", 1)[-1])
        self._harvest(await request.aread())
        response = await self._real.handle_async_request(request)
        body = await response.aread()
        self._harvest(body)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            content=body,
            request=request,
        )

    def _harvest(self, body: bytes) -> None:
        try:
            data = json.loads(body)
        except ValueError:
            return
        if isinstance(data, dict):
            for key in (
                "client_secret",
                "code",
                "code_verifier",
                "refresh_token",
                "access_token",
            ):
                if isinstance(data.get(key), str):
                    self.secrets.add(data[key])

    async def aclose(self) -> None:
        await self._real.aclose()


# -- everything the flows left behind --------------------------------------------------


@dataclass
class Evidence:
    """Where secrets must not be, gathered as the flows run."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    secrets: set[str] = field(default_factory=set)
    errors: list[WizardError] = field(default_factory=list)
    flows: int = 0

    def error(self, flow: str, error: WizardError) -> None:
        self.errors.append(error)
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            self.texts.append((f"{flow}: error", f"{current!s} {current!r}"))
            current = current.__cause__ or current.__context__

    def browser(self, flow: str, browser: Browser) -> None:
        for url in browser.urls:
            query = parse_qs(urlsplit(url).query)
            self.secrets.update(query.get("state", []))
        for callback in browser.callbacks:
            query = urlsplit(callback).query
            self.secrets.add(query)  # a callback query string is a secret whole
            fields = parse_qs(query)
            self.secrets.update(fields.get("code", []) + fields.get("state", []))
        self.texts += [(f"{flow}: callback page", page) for page in browser.pages]


@pytest.fixture
def every_logger_at_debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """DEBUG everywhere, httpx and httpcore included, restored afterwards."""
    for name in ["", "httpx", "httpcore", "h11", *logging.root.manager.loggerDict]:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


# -- the flows, in this process ------------------------------------------------------


@dataclass
class Lab:
    sandbox: Sandbox
    store: ConnectionStore
    backend: KeyringBackend
    recorder: Recorder
    evidence: Evidence
    policy_file: Path
    own: SignInRequest

    def service(self, store: ConnectionStore | None = None) -> Service:
        async def no_wait(seconds: float) -> None:
            """Retries here never wait."""

        return Service(
            self.sandbox.endpoints(),
            store or self.store,
            transport=self.recorder,
            policy=load_policy(self.policy_file),
            retry=RetryPolicy(sleep=no_wait),
            sign_in_timeout=30,
        )

    async def flow(self, name: str, work: Coroutine[Any, Any, T]) -> T | None:
        """Run one flow; a WizardError is evidence, anything else a failure."""
        self.evidence.flows += 1
        try:
            return await work
        except WizardError as error:
            self.evidence.error(name, error)
            return None

    async def sign_in(
        self, service: Service, request: SignInRequest, browser: Browser
    ) -> Any:
        handle = service.start_sign_in(
            request, open_browser=browser, on_progress=lambda _progress: None
        )
        try:
            return await handle.run()
        finally:
            await asyncio.to_thread(browser.join)
            self.evidence.browser("sign-in", browser)


def register_app(sandbox: Sandbox, secret: str) -> tuple[str, int]:
    client_id, port = f"app-{uuid.uuid4().hex[:8]}", free_port()
    sandbox.register_app(client_id, secret, f"http://localhost:{port}/callback")
    return client_id, port


@pytest.fixture
def lab(
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    tmp_path_factory: pytest.TempPathFactory,
) -> Lab:
    own_secret = f"own-secret-{uuid.uuid4().hex}"
    client_id, port = register_app(sandbox, own_secret)
    site = SiteInfo(sandbox.urls.sites["acme"], sandbox.cloud_id("acme"))
    own = SignInRequest(
        AuthType.OAUTH_OWN, site, DEFAULT_SCOPES, port, client_id, Secret(own_secret)
    )
    # The organization's policy file holds its app's secret by design (IT
    # installs it); it lives outside the folders searched, like the system's.
    org_secret = f"org-secret-{uuid.uuid4().hex}"
    org_id, org_port = register_app(sandbox, org_secret)
    policy_file = tmp_path_factory.mktemp("system-policy") / "policy.toml"
    policy_file.write_text(
        f'[organization_app]\nclient_id = "{org_id}"\n'
        f'client_secret = "{org_secret}"\ncallback_port = {org_port}\n'
    )
    evidence = Evidence(secrets={own_secret, org_secret, DEMO.api_token})
    return Lab(
        sandbox, store, secret_service_backend, Recorder(), evidence, policy_file, own
    )


async def api_token_flows(lab: Lab, service: Service) -> None:
    sandbox, evidence = lab.sandbox, lab.evidence
    site, legacy = sandbox.urls.sites["acme"], sandbox.urls.sites["legacy"]
    token, fresh = DEMO.api_token, sandbox.issue_api_token(EMAIL)
    wrong = "wrong-" + "x" * 24
    evidence.secrets |= {fresh, wrong}

    def add(name: str, value: str, where: str = site) -> Any:
        return service.add_api_token(name, where, EMAIL, Secret(value), None)

    await lab.flow("add", add("tok", token))
    await lab.flow("test", service.test_connection("tok"))
    creds = await lab.flow("credentials", service.credentials("tok"))
    assert creds is not None
    evidence.secrets.add(creds[1].reveal())
    await lab.flow("rotate wrong", service.rotate_api_token("tok", Secret(wrong), None))
    await lab.flow("rotate", service.rotate_api_token("tok", Secret(fresh), None))
    await lab.flow("wrong token", add("bad", wrong))
    await lab.flow("wrong site", add("srv", token, legacy))
    sandbox.faults.fail_next(429, 5, "acme", "/rest/api/3/myself", retry_after=3)
    await lab.flow("429", add("rl", token))
    sandbox.faults.fail_next(500, 10, "acme", "/rest/api/3/myself")
    await lab.flow("500", add("se", token))
    sandbox.faults.clear_failures()
    refusing = ConnectionStore(
        Keychain(Trouble(lab.backend, "refused"), allow_insecure=True),
        lab.store.settings,
    )
    troubled = lab.service(refusing)
    kc = troubled.add_api_token("kc", site, EMAIL, Secret(token), None)
    await lab.flow("keychain refused", kc)
    await troubled.aclose()


async def expire(store: ConnectionStore, name: str) -> None:
    past = utcnow() - timedelta(minutes=5)
    await store.update_secrets(store.get(name), {}, access_token_expires_at=past)


async def oauth_flows(lab: Lab, service: Service) -> None:
    sandbox, evidence, own = lab.sandbox, lab.evidence, lab.own

    def sign_in(request: SignInRequest, **browsing: str) -> Any:
        return lab.sign_in(service, request, Browser(sandbox, **browsing))

    outcome = await lab.flow("own app", sign_in(own))
    await lab.flow("save own", service.save_oauth("own", outcome, replace=False))
    org = SignInRequest(AuthType.OAUTH_ORG, own.site, DEFAULT_SCOPES)
    outcome = await lab.flow("org app", sign_in(org))
    await lab.flow("save org", service.save_oauth("org", outcome, replace=False))
    for name in ("own", "org"):
        await expire(lab.store, name)
        renewed = await lab.flow("refresh", service.credentials(name))
        assert renewed is not None
        evidence.secrets.add(renewed[1].reveal())
        await lab.flow("test oauth", service.test_connection(name))

    wrong_secret = "wrong-client-secret-Yt5"
    evidence.secrets.add(wrong_secret)
    wrong = SignInRequest(
        AuthType.OAUTH_OWN, own.site, DEFAULT_SCOPES, own.port, own.client_id,
        Secret(wrong_secret),
    )  # fmt: skip
    await lab.flow("wrong secret", sign_in(wrong))
    await lab.flow("deny", sign_in(own, decision="deny"))
    await lab.flow("wrong site", sign_in(own, site="beta"))
    sandbox.faults.fail_next(429, 1, "auth", "/oauth/token", retry_after=5)
    await lab.flow("429 token", sign_in(own))
    sandbox.faults.fail_next(500, 10, "api", "/oauth/token/accessible-resources")
    await lab.flow("500 resources", sign_in(own))
    sandbox.faults.clear_failures()
    # Atlassian refuses the grant: the connection is marked, then fails fast.
    await expire(lab.store, "own")
    sandbox.faults.fail_next(403, 1, "auth", "/oauth/token")
    await lab.flow("refused grant", service.credentials("own"))
    await lab.flow("signed out", service.credentials("own"))


def test_no_secret_leaks_from_any_flow_in_process(
    lab: Lab,
    every_logger_at_debug: pytest.LogCaptureFixture,
    isolated_dirs: Path,
    artifacts: Path,
) -> None:
    evidence = lab.evidence

    async def everything() -> None:
        service = lab.service()
        await api_token_flows(lab, service)
        await oauth_flows(lab, service)
        for connection in lab.store.list():
            for kind in SecretKind:
                try:
                    value = await lab.store.secret(connection, kind)
                except WizardError:
                    continue
                evidence.secrets.add(value.reveal())
            report = service.diagnostic_report(connection)
            evidence.texts.append((f"report {connection.name}", report))
            # The full report too, network checks of the sandbox's hosts
            # included, as "Copy diagnostic report" copies it.
            full = await service.diagnose(connection.name)
            evidence.texts.append((f"full report {connection.name}", full))
        for error in evidence.errors:  # what a person would send the helpdesk
            report = service.diagnostic_report(None, error)
            evidence.texts.append((f"report of {type(error).__name__}", report))
            # The helpdesk reads what went wrong, not only that something did.
            assert error.message in report, f"{type(error).__name__} not named"
            assert type(error).__name__ in report
        full = await service.diagnose(None, evidence.errors[-1])
        evidence.texts.append(("full report of the last failure", full))
        assert evidence.errors[-1].message in full
        for name in await service.connection_names():
            await lab.flow("remove", service.remove(name))
        await service.aclose()
        await lab.recorder.aclose()

    run(everything())

    log = every_logger_at_debug
    assert any(
        r.levelno == logging.DEBUG and r.name.startswith("httpcore")
        for r in log.records
    )
    texts = list(evidence.texts)
    texts += [("log", record.getMessage()) for record in log.records]
    texts.append(("log, formatted", log.text))
    texts += [
        (str(path), path.read_text("utf-8", "replace"))
        for path in isolated_dirs.rglob("*")
        if path.is_file()
    ]
    secrets = evidence.secrets | lab.recorder.secrets
    assert len(secrets) > 20, "the flows handled fewer secrets than they should"
    assert len(evidence.errors) == 13, "not every failing flow failed"
    assert len(evidence.texts) > 20
    assert_no_secret(texts, secrets)
    with (artifacts / "reliability-figures.jsonl").open("a") as figures:
        line = {"test": "leaks in process", "flows": evidence.flows,
                "secrets": len(secrets), "texts": len(texts)}  # fmt: skip
        figures.write(json.dumps(line) + "\n")


@pytest.mark.parametrize("form", sorted(secret_forms("s3cr3t/tok+en=", "a@b.c")))
def test_the_search_finds_a_secret_in_any_of_its_forms(form: str) -> None:
    text = f"INFO something happened: {form} and more"
    with pytest.raises(AssertionError, match="secrets found"):
        assert_no_secret([("a log", text)], ["s3cr3t/tok+en="])
    assert_no_secret([("a log", "nothing here")], ["s3cr3t/tok+en="])


# -- the command line, with -vv ----------------------------------------------------


@dataclass
class Cli:
    env: dict[str, str]
    texts: list[tuple[str, str]] = field(default_factory=list)

    def __call__(
        self, *args: str, stdin: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "jira_wizard", "-vv", *args],
            input=stdin, capture_output=True, text=True, timeout=60, check=False,
            env={**self.env, **(env or {})},
        )  # fmt: skip
        where = " ".join(args[:2])
        self.texts.append((f"{where}: stderr", done.stderr))
        if args[0] != "credentials":  # its output is the secret, on purpose
            self.texts.append((f"{where}: stdout", done.stdout))
        return done

    def sign_in(self, browser: Browser, *args: str, stdin: str = "") -> int:
        """``add oauth --no-browser``: the browser follows the printed link."""
        process = subprocess.Popen(
            [sys.executable, "-m", "jira_wizard", "-vv", "add", "oauth",
             "--no-browser", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=self.env,
        )  # fmt: skip
        assert process.stdin is not None
        assert process.stderr is not None
        process.stdin.write(stdin)
        process.stdin.close()
        err = []
        for line in process.stderr:
            err.append(line)
            if "/authorize?" in line:
                browser(line.strip())
                break
        assert process.stdout is not None
        rest = process.stderr.read()  # until the command has ended
        out = process.stdout.read()
        process.wait(60)
        browser.join()
        stderr = "".join(err) + rest
        # The link is printed on purpose (the person opens it): its state is
        # looked for everywhere else.
        for url in browser.urls:
            stderr = stderr.replace(url, "[the sign-in link]")
        self.texts += [("add oauth: stderr", stderr), ("add oauth: stdout", out)]
        return process.returncode


def test_no_secret_leaks_from_the_command_line(
    lab: Lab, isolated_dirs: Path, artifacts: Path
) -> None:
    sandbox, evidence = lab.sandbox, lab.evidence
    cli = Cli({**os.environ, **sandbox.endpoints().environment()})
    site = sandbox.urls.sites["acme"]
    fresh, wrong = sandbox.issue_api_token(EMAIL), "wrong-token-" + "z" * 20
    evidence.secrets |= {fresh, wrong}

    def add(
        name: str, token: str, *extra: str, env: dict[str, str] | None = None
    ) -> int:
        return cli(
            "add", "api-token", "--name", name, "--site", site, "--email", EMAIL,
            "--token-stdin", *extra, stdin=token + "\n", env=env,
        ).returncode  # fmt: skip

    assert add("tok", DEMO.api_token) == 0
    for args in (["list"], ["list", "--json"], ["test", "tok"], ["doctor", "tok"]):
        assert cli(*args).returncode == 0
    assert cli("credentials", "tok", "--json").returncode == 0
    assert cli("rotate", "tok", "--token-stdin", stdin=wrong + "\n").returncode == 1
    assert cli("rotate", "tok", "--token-stdin", stdin=fresh + "\n").returncode == 0
    assert add("bad", wrong) == 1
    sandbox.faults.fail_next(429, 5, "acme", "/rest/api/3/myself", retry_after=3)
    assert add("rl", DEMO.api_token) == 1
    sandbox.faults.fail_next(500, 10, "acme", "/rest/api/3/myself")
    assert add("se", DEMO.api_token) == 1
    sandbox.faults.clear_failures()
    refused = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert add("kc", DEMO.api_token, env=refused) == 1

    own, browser = lab.own, Browser(sandbox)
    assert own.client_secret is not None
    code = cli.sign_in(
        browser, "--name", "own", "--site", site, "--client-id", own.client_id or "",
        "--client-secret-stdin", "--port", str(own.port),
        stdin=own.client_secret.reveal() + "\n",
    )  # fmt: skip
    assert code == 0
    evidence.browser("cli sign-in", browser)
    org_browser = Browser(sandbox)
    cli.env["JIRA_WIZARD_POLICY"] = str(lab.policy_file)
    assert cli.sign_in(org_browser, "--name", "org", "--site", site) == 0
    evidence.browser("cli org sign-in", org_browser)
    deny = Browser(sandbox, "deny")
    assert cli.sign_in(deny, "--name", "denied", "--site", site) == 1
    evidence.browser("cli deny", deny)

    for name in ("own", "org"):
        for kind in (SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN):
            evidence.secrets.add(
                run(lab.store.secret(lab.store.get(name), kind)).reveal()
            )
        run(expire(lab.store, name))
        renewed = cli("credentials", name, "--json")
        assert renewed.returncode == 0, renewed.stderr
        evidence.secrets.add(json.loads(renewed.stdout)["authorization"])
        for kind in (SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN):
            evidence.secrets.add(
                run(lab.store.secret(lab.store.get(name), kind)).reveal()
            )
        assert cli("test", name).returncode == 0
        assert cli("doctor", name).returncode == 0
    for name in ("tok", "own", "org"):
        assert cli("remove", name).returncode == 0

    assert any("DEBUG" in text for _where, text in cli.texts), "-vv was not on"
    texts = cli.texts + evidence.texts
    texts += [
        (str(path), path.read_text("utf-8", "replace"))
        for path in isolated_dirs.rglob("*")
        if path.is_file()
    ]
    assert_no_secret(texts, evidence.secrets)
    with (artifacts / "reliability-figures.jsonl").open("a") as figures:
        line = {"test": "leaks on the command line", "runs": len(cli.texts),
                "secrets": len(evidence.secrets)}  # fmt: skip
        figures.write(json.dumps(line) + "\n")
