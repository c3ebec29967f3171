"""The widgets' own HTML escaping does what the standard library's does."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from jira_wizard.ui.widgets import escape


@given(st.text())
def test_escape_matches_the_standard_library(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_a_typed_tag_is_shown_not_obeyed() -> None:
    assert escape("<b>\"Ada\" & 'Bo'</b>") == (
        "&lt;b&gt;&quot;Ada&quot; &amp; &#x27;Bo&#x27;&lt;/b&gt;"
    )
