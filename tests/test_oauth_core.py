"""The authorization URL and reading the callback, without any I/O."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from jira_wizard.core.errors import (
    AccessDenied,
    InputError,
    SignInError,
    StateMismatch,
)
from jira_wizard.core.models import Secret
from jira_wizard.core.oauth import (
    DEFAULT_CALLBACK_PATH,
    DEFAULT_CALLBACK_PORT,
    OAuthApp,
    build_authorization_request,
    callback_url,
    parse_callback,
    validate_port,
)
from jira_wizard.core.pkce import code_challenge

REDIRECT = "http://localhost:8754/callback"
APP = OAuthApp("client-123", Secret("app-secret-value"), REDIRECT)
STATE = Secret("expected-state-0123456789")


def test_default_callback_url() -> None:
    assert DEFAULT_CALLBACK_PORT == 8754
    assert DEFAULT_CALLBACK_PATH == "/callback"
    assert callback_url(DEFAULT_CALLBACK_PORT) == REDIRECT


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((9000, "127.0.0.1"), "http://127.0.0.1:9000/callback"),
        ((9000, "::1"), "http://[::1]:9000/callback"),
        ((9000, "[::1]"), "http://[::1]:9000/callback"),
        ((9000, "localhost", "oauth/done"), "http://localhost:9000/oauth/done"),
    ],
)
def test_callback_url_forms(args: tuple[object, ...], expected: str) -> None:
    assert callback_url(*args) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(8754, 8754), ("8754", 8754), (" 1024 ", 1024), (65535, 65535)],
)
def test_valid_ports(value: object, expected: int) -> None:
    assert validate_port(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("abc", "not a port"),
        ("", "not a port"),
        ("-5", "not a port"),
        ("80.5", "not a port"),
        (True, "not a port"),
        (80, "administrator"),
        (0, "cannot be used"),
        (65536, "cannot be used"),
    ],
)
def test_invalid_ports_say_why(value: object, words: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_port(value)
    assert words in str(caught.value)
    assert "1024" in caught.value.advice


def _params(url: str) -> dict[str, str]:
    parsed = parse_qs(urlsplit(url).query, strict_parsing=True)
    assert all(len(v) == 1 for v in parsed.values())
    return {k: v[0] for k, v in parsed.items()}


def test_authorization_url_carries_every_parameter() -> None:
    request = build_authorization_request(
        "https://auth.example.test/", APP, ["manage:jira-configuration"]
    )
    parts = urlsplit(request.authorization_url)

    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "auth.example.test",
        "/authorize",
    )
    assert "+" not in parts.query  # spaces are %20, as Atlassian shows them
    assert _params(request.authorization_url) == {
        "audience": "api.atlassian.com",
        "client_id": "client-123",
        "scope": "read:jira-user read:jira-work write:jira-work "
        "manage:jira-project manage:jira-configuration offline_access",
        "redirect_uri": REDIRECT,
        "state": request.state.reveal(),
        "response_type": "code",
        "prompt": "consent",
        "code_challenge": code_challenge(request.code_verifier),
        "code_challenge_method": "S256",
    }
    assert request.redirect_uri == REDIRECT
    assert request.scopes[-1] == "offline_access"
    assert "app-secret-value" not in request.authorization_url


def test_every_attempt_gets_a_new_state_and_verifier() -> None:
    first = build_authorization_request("https://auth.example.test", APP, [])
    second = build_authorization_request("https://auth.example.test", APP, [])

    assert first.state != second.state
    assert first.code_verifier != second.code_verifier
    assert len(first.state.reveal()) >= 40


def test_authorization_request_repr_hides_state_and_verifier() -> None:
    request = build_authorization_request("https://auth.example.test", APP, [])
    shown = repr(request) + str(request)

    assert request.state.reveal() not in shown
    assert request.code_verifier.reveal() not in shown


@pytest.mark.parametrize(
    "text",
    [
        f"{REDIRECT}?code=the-code&state={STATE.reveal()}",
        f"  {REDIRECT}?state={STATE.reveal()}&code=the-code \n",
        f"HTTP://LOCALHOST:8754/callback?code=the-code&state={STATE.reveal()}",
        f"/callback?code=the-code&state={STATE.reveal()}",
        f"?code=the-code&state={STATE.reveal()}",
        f"code=the-code&state={STATE.reveal()}",
        f"code=the-code&state={STATE.reveal()}&extra=1",
        f"code=the-code&state={STATE.reveal()}&next=https://elsewhere.test/",
    ],
)
def test_parse_callback_accepts_the_forms_a_person_may_paste(text: str) -> None:
    code = parse_callback(text, expected_state=STATE, redirect_uri=REDIRECT)

    assert code == Secret("the-code")


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("code=c&state=other-state", StateMismatch, "another sign-in"),
        ("code=c", StateMismatch, "no sign-in state"),
        ("code=c&state=", StateMismatch, "another sign-in"),
        (f"state={STATE.reveal()}", SignInError, "no authorization code"),
        (f"state={STATE.reveal()}&code=", SignInError, "no authorization code"),
        (f"code=a&code=b&state={STATE.reveal()}", SignInError, "not a valid"),
        (f"error=access_denied&state={STATE.reveal()}", AccessDenied, "not to allow"),
        ("error=access_denied", AccessDenied, "not to allow"),
        ("error=access_denied&state=other", StateMismatch, "another sign-in"),
        (
            "https://id.atlassian.com/error?error=unauthorized_client"
            "&error_description=redirect_uri%20is%20not%20registered",
            SignInError,
            "unauthorized_client",
        ),
        (f"error=invalid_scope&state={STATE.reveal()}", SignInError, "invalid_scope"),
        ("error=%3Cscript%3E", SignInError, "unknown error"),
        (
            f"https://evil.test/callback?code=c&state={STATE.reveal()}",
            InputError,
            "not the address",
        ),
        (
            f"http://localhost:9999/callback?code=c&state={STATE.reveal()}",
            InputError,
            "not the address",
        ),
        ("   ", InputError, "Paste the address"),
    ],
)
def test_parse_callback_refuses_what_is_not_this_attempts_callback(
    text: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error) as caught:
        parse_callback(text, expected_state=STATE, redirect_uri=REDIRECT)

    message = str(caught.value)
    assert words in message
    assert STATE.reveal() not in message
    assert "redirect_uri%20is" not in message
    assert "is not registered" not in message


def test_unauthorized_client_names_the_callback_url_to_register() -> None:
    with pytest.raises(SignInError) as caught:
        parse_callback(
            "https://id.atlassian.com/error?error=unauthorized_client",
            expected_state=STATE,
            redirect_uri=REDIRECT,
        )
    assert REDIRECT in caught.value.advice
    assert not isinstance(caught.value, AccessDenied)
