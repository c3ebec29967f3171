"""HTML pages of the auth origin: the consent page and Atlassian-style error pages.

Every value that reaches a page goes through ``html.escape``. Form controls
carry visible labels (and buttons their text) so that screen readers, and
tests that click by role and label, find them by name.
"""

from __future__ import annotations

from html import escape

from jira_wizard.sandbox.data import DEMO, SiteSpec, scope_description

_STYLE = """
:root { color-scheme: light; --blue: #0c66e4; --ink: #172b4d; --soft: #626f86; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: #f7f8f9; }
header { background: var(--blue); color: #fff; padding: 14px 28px; }
header b { font-size: 17px; letter-spacing: .2px; }
header span { opacity: .85; margin-left: 10px; font-size: 13px; }
main { max-width: 860px; margin: 28px auto; padding: 0 20px; }
.card { background: #fff; border-radius: 8px; padding: 24px 28px; margin-bottom: 20px;
  box-shadow: 0 1px 2px rgba(9,30,66,.25); }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 0 0 10px; }
p.lead, .soft { color: var(--soft); }
ul.scopes { padding-left: 0; list-style: none; }
ul.scopes li { padding: 8px 0; border-bottom: 1px solid #dcdfe4; }
code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, monospace;
  background: #f1f2f4; padding: 2px 5px; border-radius: 4px; word-break: break-all; }
fieldset { border: 1px solid #dcdfe4; border-radius: 6px; padding: 10px 16px; }
legend { font-weight: 600; padding: 0 6px; }
label.site { display: block; padding: 6px 0; cursor: pointer; }
.buttons { display: flex; gap: 12px; justify-content: flex-end; margin-top: 20px; }
button { font: inherit; border-radius: 4px; padding: 7px 16px; cursor: pointer;
  border: 1px solid transparent; white-space: nowrap; }
td.url code { word-break: normal; white-space: nowrap; }
pre { white-space: pre-wrap; }
button.primary { background: var(--blue); color: #fff; }
button.secondary { background: #f1f2f4; color: var(--ink); border-color: #dcdfe4; }
button.copy { padding: 1px 8px; font-size: 12px; margin-left: 6px; }
button:focus-visible, input:focus-visible { outline: 2px solid #388bff;
  outline-offset: 2px; }
.error { border-left: 4px solid #c9372c; }
.note { border-left: 4px solid #8270db; background: #f8f7ff; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px;
  border-bottom: 1px solid #dcdfe4; }
th { font-size: 13px; color: var(--soft); font-weight: 600; }
.on { color: #c9372c; font-weight: 600; } .off { color: #216e4e; }
"""

_COPY_SCRIPT = """
document.querySelectorAll("button.copy").forEach(function (button) {
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(button.dataset.copy).then(function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    });
  });
});
"""


def layout(title: str, body: str, *, subtitle: str = "sandbox on this computer") -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><b>Atlassian</b><span>{escape(subtitle)}</span></header>"
        f"<main>{body}</main><script>{_COPY_SCRIPT}</script></body></html>"
    )


def copyable(value: str, what: str) -> str:
    """A value in code type with a button that copies it."""
    return (
        f"<code>{escape(value)}</code><button type='button' class='copy secondary' "
        f"data-copy='{escape(value, quote=True)}' aria-label='Copy {escape(what)}'>"
        "Copy</button>"
    )


def consent_page(
    app_name: str,
    scopes: tuple[str, ...],
    sites: list[tuple[SiteSpec, str]],
    consent_id: str,
) -> str:
    """Atlassian's consent screen: who asks, for what, on which site."""
    scope_items = "".join(
        f"<li><code>{escape(scope)}</code><br>{escape(scope_description(scope))}</li>"
        for scope in scopes
    )
    body = f"""
<div class="card">
  <h1>{escape(app_name)} is requesting access to your Atlassian account</h1>
  <p class="lead">Signed in as {escape(DEMO.display_name)} ({escape(DEMO.email)})</p>
  <form method="post" action="/authorize/consent">
    <input type="hidden" name="consent_id" value="{escape(consent_id, quote=True)}">
    <fieldset>
      <legend>Use app on</legend>
      {_site_choices(sites)}
    </fieldset>
    <h2 style="margin-top:20px">This app wants to</h2>
    <ul class="scopes" aria-label="Permissions the app asks for">{scope_items}</ul>
    <p class="soft">Allowing this lets the app act on your behalf within these
      permissions. You can revoke access at any time from your account's
      connected apps.</p>
    <div class="buttons">
      <button type="submit" name="decision" value="deny" class="secondary">Deny</button>
      <button type="submit" name="decision" value="allow" class="primary">Allow</button>
    </div>
  </form>
</div>"""
    return layout(f"Authorize {app_name}", body)


def _site_choices(sites: list[tuple[SiteSpec, str]]) -> str:
    choices = []
    for index, (site, url) in enumerate(sites):
        checked = " checked" if index == 0 else ""
        choices.append(
            f"<label class='site'><input type='radio' name='site' "
            f"value='{escape(site.cloud_id or '', quote=True)}'{checked}> "
            f"{escape(site.title)} <span class='soft'>({escape(url)})</span></label>"
        )
    return "\n      ".join(choices)


def error_page(
    status_title: str, error: str, description: str, *, note: str | None = None
) -> str:
    """An Atlassian-style error page: the browser stays here, nothing redirects.

    ``note`` is the sandbox's own explanation for learners, set apart from
    what the real Atlassian page would say.
    """
    note_card = ""
    if note:
        note_card = (
            f"<div class='card note'><h2>Sandbox note</h2><p>{escape(note)}</p></div>"
        )
    body = f"""
<div class="card error" role="alert">
  <h1>{escape(status_title)}</h1>
  <p>Error: <code>{escape(error)}</code></p>
  <p>{escape(description)}</p>
  <p class="soft">Close this page and return to the app you came from.</p>
</div>{note_card}"""
    return layout(status_title, body)
