"""PKCE (RFC 7636) with the S256 method."""

from __future__ import annotations

import re

import pytest

from jira_wizard.core.models import Secret
from jira_wizard.core.pkce import code_challenge, make_code_verifier


def test_rfc_7636_appendix_b_vector() -> None:
    verifier = Secret("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")

    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifiers_are_long_unreserved_and_fresh() -> None:
    verifiers = [make_code_verifier() for _ in range(50)]

    for verifier in verifiers:
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", verifier.reveal())
        assert len(code_challenge(verifier)) == 43
    assert len({v.reveal() for v in verifiers}) == 50


def test_verifier_never_shows_itself() -> None:
    verifier = make_code_verifier()

    assert verifier.reveal() not in f"{verifier} {verifier!r}"


@pytest.mark.parametrize("value", ["short", "x" * 129, "a" * 42 + " ", "é" * 50])
def test_invalid_verifiers_are_refused_without_echoing_them(value: str) -> None:
    with pytest.raises(ValueError, match="43 to 128") as caught:
        code_challenge(Secret(value))
    assert value not in str(caught.value)
