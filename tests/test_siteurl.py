"""The site address rules, case by case, and the properties that hold for any text."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jira_wizard.core.siteurl import (
    SiteCheck,
    SiteStatus,
    check_site_url,
    normalize_site_url,
    site_host,
)

OK, FIXABLE, INVALID, EMPTY = (
    SiteStatus.OK,
    SiteStatus.FIXABLE,
    SiteStatus.INVALID,
    SiteStatus.EMPTY,
)
ACME = "https://acme.atlassian.net"
NOT_ATLASSIAN = "usually end in .atlassian.net"

# (typed, status, site_url, words of the message, words of the warning or None)
CASES = [
    ("", EMPTY, None, "", None),
    ("   \t ", EMPTY, None, "", None),
    (ACME, OK, ACME, "", None),
    (f"  {ACME}\n", OK, ACME, "", None),
    ("acme", OK, ACME, "Means https://acme.atlassian.net", None),
    ("  acme  ", OK, ACME, "Means", None),
    ("Acme", OK, ACME, "Means", None),
    ("acme-corp2", OK, "https://acme-corp2.atlassian.net", "Means", None),
    ("acme.atlassian.net", FIXABLE, ACME, "needs https://", None),
    ("http://acme.atlassian.net", FIXABLE, ACME, "only over https://", None),
    ("http://acme.atlassian.net:80", FIXABLE, ACME, "only over https://", None),
    (f"{ACME}/", FIXABLE, ACME, "should not end with /", None),
    ("acme/", FIXABLE, ACME, "should not end with /", None),
    ("acme.atlassian.net/", FIXABLE, ACME, "needs https://", None),
    (f"{ACME}/jira/software/projects/X/boards/1", FIXABLE, ACME, "Only the site", None),
    (f"{ACME}/browse/ABC-1", FIXABLE, ACME, "not the address of a page", None),
    (f"{ACME}?filter=1", FIXABLE, ACME, "Only the site", None),
    (f"{ACME}#top", FIXABLE, ACME, "Only the site", None),
    (f"{ACME}/secure/Dashboard.jspa", FIXABLE, ACME, "Only the site", None),
    ("HTTPS://ACME.ATLASSIAN.NET", OK, ACME, "", None),
    ("https://Acme.Atlassian.Net", OK, ACME, "", None),
    ("https://acme.atlassian.net.", OK, ACME, "", None),
    (f"{ACME}:443", FIXABLE, ACME, "port number is not needed", None),
    (f"{ACME}:", FIXABLE, ACME, "colon", None),
    (f"{ACME}:8443", INVALID, None, "do not use a port", None),
    (f"{ACME}:80", INVALID, None, "do not use a port", None),
    (f"{ACME}:99999", INVALID, None, "must be a number", None),
    (f"{ACME}:https", INVALID, None, "must be a number", None),
    (
        "https://ada:hunter2pw@acme.atlassian.net",
        FIXABLE,
        ACME,
        "user name or password",
        None,
    ),
    ("https://ada@acme.atlassian.net", FIXABLE, ACME, "user name or password", None),
    ("ada:hunter2pw@acme.atlassian.net", FIXABLE, ACME, "should not be shared", None),
    ("https://acme.jira.com", OK, "https://acme.jira.com", "", None),
    ("acme.jira.com", FIXABLE, "https://acme.jira.com", "needs https://", None),
    ("https://acme.jira.com:8080", INVALID, None, "do not use a port", None),
    ("https://jira.example.com", OK, "https://jira.example.com", "", NOT_ATLASSIAN),
    (
        "jira.example.com",
        FIXABLE,
        "https://jira.example.com",
        "https://",
        NOT_ATLASSIAN,
    ),
    (
        "https://jira.example.com:8443",
        OK,
        "https://jira.example.com:8443",
        "",
        NOT_ATLASSIAN,
    ),
    (
        "https://jira.example.com/jira",
        FIXABLE,
        "https://jira.example.com",
        "Only the site",
        NOT_ATLASSIAN,
    ),
    (
        "http://jira.example.com:8080/secure/Dashboard.jspa",
        FIXABLE,
        "https://jira.example.com:8080",
        "https://",
        NOT_ATLASSIAN,
    ),
    (
        "https://acme.eu.atlassian.net",
        OK,
        "https://acme.eu.atlassian.net",
        "",
        "one name before",
    ),
    ("https://bücher.example", OK, "https://xn--bcher-kva.example", "", NOT_ATLASSIAN),
    ("https://BÜCHER.example", OK, "https://xn--bcher-kva.example", "", NOT_ATLASSIAN),
    (
        "https://bücher.atlassian.net",
        INVALID,
        None,
        "a–z, the digits 0–9 and hyphens",
        None,
    ),
    ("https://bücher。atlassian。net", INVALID, None, "a–z", None),
    ("bücher", INVALID, None, "a–z", None),
    ("42", OK, "https://42.atlassian.net", "Means", None),
    ("https://ac me.atlassian.net", INVALID, None, "spaces", None),
    ("acme .atlassian.net", INVALID, None, "spaces", None),
    ("https://acme_corp.atlassian.net", INVALID, None, "only letters, digits", None),
    ("https://acme!.atlassian.net", INVALID, None, "only letters, digits", None),
    ("https://-acme.atlassian.net", INVALID, None, "hyphen", None),
    ("https://acme-.atlassian.net", INVALID, None, "hyphen", None),
    (f"https://{'a' * 64}.atlassian.net", INVALID, None, "63 characters", None),
    ("https://acme..atlassian.net", INVALID, None, "empty part", None),
    ("https://.acme.atlassian.net", INVALID, None, "empty part", None),
    ("https://", INVALID, None, "no site name", None),
    ("https:///browse/X-1", INVALID, None, "no site name", None),
    ("atlassian.net", INVALID, None, "Put your site's name in front", None),
    ("https://atlassian.net", INVALID, None, "your-domain.atlassian.net", None),
    ("jira.com", INVALID, None, "your-domain.jira.com", None),
    ("https://start.atlassian.com", INVALID, None, "Atlassian's own", None),
    ("https://id.atlassian.com/login", INVALID, None, "Atlassian's own", None),
    ("ada@acme.com", INVALID, None, "looks like an email address", None),
    ("ada.lovelace@acme.atlassian.net", INVALID, None, "email address", None),
    ("mailto:ada@acme.com", INVALID, None, "email address", None),
    ("ftp://acme.atlassian.net", INVALID, None, "starting with https://", None),
    ("file:///home/ada/jira.html", INVALID, None, "starting with https://", None),
    ("file:/etc/hosts", INVALID, None, "starting with https://", None),
    ("javascript:alert(1)", INVALID, None, "starting with https://", None),
    ("https:/acme.atlassian.net", FIXABLE, ACME, "should start with https://", None),
    ("https:acme.atlassian.net", FIXABLE, ACME, "should start with https://", None),
    ("https//acme.atlassian.net", FIXABLE, ACME, "should start with https://", None),
    ("https://acme", FIXABLE, ACME, "end in .atlassian.net", None),
    ("jira:8080", FIXABLE, "https://jira:8080", "https://", NOT_ATLASSIAN),
    ("https://10.1.2.3", OK, "https://10.1.2.3", "", NOT_ATLASSIAN),
    ("https://10.1.2.300", INVALID, None, "not a valid one", None),
    ("https://[::1", INVALID, None, "IPv6", None),
    ("https://[nonsense]", INVALID, None, "IPv6", None),
    ("https://acme.atlassian.net\\browse", FIXABLE, ACME, "Only the site", None),
]

# Plain http:// to this computer, with and without permission.
LOOPBACK_CASES = [
    # (typed, allow_loopback_http, status, site_url, words of the message)
    ("http://127.0.0.1:8080", False, INVALID, None, "Plain HTTP is not allowed"),
    ("http://localhost:8080", False, INVALID, None, "Plain HTTP is not allowed"),
    ("http://[::1]:8080", False, INVALID, None, "Plain HTTP is not allowed"),
    ("http://127.0.0.1:8080", True, OK, "http://127.0.0.1:8080", ""),
    ("http://127.9.9.9:8080", True, OK, "http://127.9.9.9:8080", ""),
    ("http://LOCALHOST:8080", True, OK, "http://localhost:8080", ""),
    ("http://[::1]:8080", True, OK, "http://[::1]:8080", ""),
    ("http://[0:0:0:0:0:0:0:1]:8080", True, OK, "http://[::1]:8080", ""),
    ("http://127.0.0.1:8080/", True, FIXABLE, "http://127.0.0.1:8080", "end with /"),
    (
        "http://127.0.0.1:8080/rest/api/3/myself",
        True,
        FIXABLE,
        "http://127.0.0.1:8080",
        "Only the site",
    ),
    ("127.0.0.1:8080", True, FIXABLE, "http://127.0.0.1:8080", "http://"),
    ("127.0.0.1:8080", False, FIXABLE, "https://127.0.0.1:8080", "https://"),
    ("http://127.0.0.1", True, INVALID, None, "needs its port"),
    ("http://10.0.0.1:8080", True, FIXABLE, "https://10.0.0.1:8080", "https://"),
    ("http://example.com", True, FIXABLE, "https://example.com", "https://"),
    ("https://127.0.0.1:8443", True, OK, "https://127.0.0.1:8443", ""),
]


@pytest.mark.parametrize(("typed", "status", "site_url", "words", "warning"), CASES)
def test_site_address_case(
    typed: str,
    status: SiteStatus,
    site_url: str | None,
    words: str,
    warning: str | None,
) -> None:
    check = check_site_url(typed)

    assert (check.status, check.site_url) == (status, site_url)
    assert words in check.message
    if warning is None:
        assert check.warning is None
    else:
        assert check.warning is not None
        assert warning in check.warning
    _assert_consistent(check)


@pytest.mark.parametrize(
    ("typed", "allow", "status", "site_url", "words"), LOOPBACK_CASES
)
def test_loopback_http_case(
    typed: str, allow: bool, status: SiteStatus, site_url: str | None, words: str
) -> None:
    check = check_site_url(typed, allow_loopback_http=allow)

    assert (check.status, check.site_url) == (status, site_url)
    assert words in check.message
    _assert_consistent(check)


def test_sandbox_sites_carry_no_warning_but_other_hosts_do() -> None:
    sandbox = check_site_url("http://127.0.0.1:8080", allow_loopback_http=True)
    elsewhere = check_site_url("https://127.0.0.1:8443", allow_loopback_http=True)

    assert sandbox.warning is None
    assert elsewhere.warning is not None


def test_a_fixable_address_offers_its_fix_as_the_button_text() -> None:
    check = check_site_url("acme.atlassian.net/browse/ABC-1")

    assert check.fix_label == "Use https://acme.atlassian.net"


def test_an_ok_address_offers_no_fix() -> None:
    assert check_site_url(ACME).fix_label is None
    assert check_site_url("acme").fix_label is None


def test_a_message_never_repeats_a_password_typed_in_the_address() -> None:
    for typed in (
        "https://ada:Sup3rSecretPw@acme.atlassian.net/browse/X-1",
        "ada:Sup3rSecretPw@acme.atlassian.net",
        "https://ada:Sup3rSecretPw@acme.atlassian.net:8443",
        "https://ada:Sup3rSecretPw@acme_corp.atlassian.net",
        "http://ada:Sup3rSecretPw@127.0.0.1:8080",
    ):
        check = check_site_url(typed)
        assert "Sup3rSecretPw" not in _shown_text(check), typed


@pytest.mark.parametrize(
    ("site_url", "host"),
    [
        (ACME, "acme.atlassian.net"),
        ("https://acme.atlassian.net/", "acme.atlassian.net"),
        ("http://127.0.0.1:8080", "127.0.0.1:8080"),
        ("https://ada:pw@acme.atlassian.net", "acme.atlassian.net"),
        ("https://[::1", "https://[::1"),
        ("acme", "acme"),
    ],
)
def test_site_host_for_display(site_url: str, host: str) -> None:
    assert site_host(site_url) == host


def test_normalize_gives_the_fixed_address_or_the_stripped_text() -> None:
    assert normalize_site_url("  acme.atlassian.net/ ") == ACME
    assert normalize_site_url("acme") == ACME
    assert normalize_site_url(" ada@acme.com ") == "ada@acme.com"
    assert normalize_site_url("http://127.0.0.1:9/x", allow_loopback_http=True) == (
        "http://127.0.0.1:9"
    )


# --- properties over any text -------------------------------------------------

_HOST_CHARS = string.ascii_letters + string.digits + "-._~%!$&'()*+,;=" + "äöüß。"
_PASSWORD_CHARS = string.ascii_letters + string.digits


@st.composite
def url_like(draw: st.DrawFn) -> str:
    """Text shaped like what people paste: scheme, userinfo, host, port, path."""
    scheme = draw(
        st.sampled_from(
            ["", "https://", "http://", "HTTPS://", "https:/", "https//", "ftp://"]
        )
    )
    userinfo = draw(st.sampled_from(["", "ada@", "ada:pw@", "@"]))
    labels = draw(
        st.lists(
            st.one_of(
                st.sampled_from(
                    ["acme", "atlassian", "net", "jira", "com", "127", "0", "1"]
                ),
                st.text(_HOST_CHARS, max_size=8),
            ),
            min_size=1,
            max_size=4,
        )
    )
    port = draw(st.sampled_from(["", ":", ":443", ":80", ":8080", ":0", ":x"]))
    tail = draw(
        st.sampled_from(["", "/", "/browse/ABC-1", "?a=b", "#f", "/x?y#z", "\\"])
    )
    pad = draw(st.sampled_from(["", " ", "\t", "\n "]))
    return f"{pad}{scheme}{userinfo}{'.'.join(labels)}{port}{tail}{pad}"


any_text = st.one_of(st.text(), url_like())


@settings(max_examples=300)
@given(text=any_text, allow=st.booleans())
def test_check_never_raises_and_is_consistent(text: str, allow: bool) -> None:
    check = check_site_url(text, allow_loopback_http=allow)

    _assert_consistent(check)


@settings(max_examples=300)
@given(text=any_text, allow=st.booleans())
def test_normalize_never_raises_and_is_idempotent(text: str, allow: bool) -> None:
    once = normalize_site_url(text, allow_loopback_http=allow)
    twice = normalize_site_url(once, allow_loopback_http=allow)

    assert twice == once


@settings(max_examples=300)
@given(text=any_text, allow=st.booleans())
def test_every_offered_address_is_itself_ok(text: str, allow: bool) -> None:
    check = check_site_url(text, allow_loopback_http=allow)

    if check.site_url is not None:
        again = check_site_url(check.site_url, allow_loopback_http=allow)
        assert again.status is SiteStatus.OK
        assert again.site_url == check.site_url
        assert again.message == ""
    if check.status is SiteStatus.OK:
        assert normalize_site_url(text, allow_loopback_http=allow) == check.site_url


@settings(max_examples=300)
@given(
    typed=url_like(),
    password=st.text(_PASSWORD_CHARS, min_size=8, max_size=24),
    allow=st.booleans(),
)
def test_no_message_contains_the_password_of_an_address(
    typed: str, password: str, allow: bool
) -> None:
    stripped = typed.strip()
    scheme_end = stripped.find("//") + 2 if "//" in stripped else 0
    with_password = f"{stripped[:scheme_end]}someone:{password}@{stripped[scheme_end:]}"
    assume(password.lower() not in stripped.lower())

    check = check_site_url(with_password, allow_loopback_http=allow)

    assert password.lower() not in _shown_text(check).lower()


def _shown_text(check: SiteCheck) -> str:
    return " ".join(
        part or ""
        for part in (check.message, check.fix_label, check.warning, check.site_url)
    )


def _assert_consistent(check: SiteCheck) -> None:
    """The fields agree with the status, whatever the input."""
    if check.status is SiteStatus.EMPTY:
        assert check == SiteCheck(SiteStatus.EMPTY, None, "", None)
    elif check.status is SiteStatus.INVALID:
        assert check.site_url is None
        assert check.fix_label is None
        assert check.message
    elif check.status is SiteStatus.FIXABLE:
        assert check.site_url is not None
        assert check.fix_label == f"Use {check.site_url}"
        assert check.message
    else:
        assert check.site_url is not None
        assert check.fix_label is None
