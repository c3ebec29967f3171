"""The sandbox's start page: what to type in the wizard, and the failure switches.

It is how a newcomer learns the demo site URLs, email, tokens and app
credentials, and how a trainer turns failures on and off with one click.
"""

from __future__ import annotations

import json
from html import escape

from jira_wizard.sandbox.data import DEMO, SITES, SiteSpec
from jira_wizard.sandbox.pages import copyable, layout
from jira_wizard.sandbox.state import SandboxState

#: The start page's buttons: (switch, label, what happens while it is on).
TOGGLES: tuple[tuple[str, str, str], ...] = (
    (
        "blocked_app",
        "Blocked app",
        "Every sign-in ends on “an admin blocked this app”.",
    ),
    (
        "unregistered_redirect",
        "Unregistered callback URL",
        "Every sign-in ends on the “redirect_uri is not registered” error page.",
    ),
    ("empty_sites", "No accessible sites", "After sign-in the app is given no site."),
    ("slow", "Slow answers", "Every answer waits 2 seconds."),
)

#: One-shot failures: (action, label, what happens).
ONE_SHOTS: tuple[tuple[str, str, str], ...] = (
    (
        "rate_limit",
        "Rate-limit the next Jira call",
        "The next request to a site, and the next through the gateway, answer 429 "
        "with Retry-After: 5.",
    ),
    (
        "server_error",
        "Fail the next token request",
        "The next /oauth/token answers 500.",
    ),
    ("reset", "Turn every switch off", "Back to a well-behaved Atlassian."),
)


def start_page(state: SandboxState) -> str:
    sections = (
        _intro(),
        _sites(state),
        _api_tokens(),
        _oauth_apps(),
        _switches(state),
        _behind(state),
    )
    return layout("Atlassian sandbox", "".join(sections))


def _intro() -> str:
    return """
<div class="card">
  <h1>Welcome to the Atlassian sandbox</h1>
  <p class="lead">A stand-in for Atlassian and two Jira Cloud sites, running on this
  computer. No Atlassian account is needed and nothing leaves this machine. Use the
  values below in the Jira Connection Wizard; the Copy buttons put them on the
  clipboard.</p>
</div>"""


def _sites(state: SandboxState) -> str:
    rows = "".join(
        _site_row(site, state.site_urls.get(site.name, "")) for site in SITES
    )
    return f"""
<div class="card"><h2>1. Your Jira site</h2>
  <table><tr><th>Site</th><th>Address to type</th><th>What it is for</th></tr>
  {rows}</table>
</div>"""


def _site_row(site: SiteSpec, url: str) -> str:
    cloud_id = ""
    if site.cloud_id:
        cloud_id = f"<br><span class='soft'>cloud id {escape(site.cloud_id)}</span>"
    return (
        f"<tr><th scope='row'>{escape(site.title)}</th>"
        f"<td class='url'>{copyable(url, site.title + ' URL')}</td>"
        f"<td>{escape(site.purpose)}{cloud_id}</td></tr>"
    )


def _api_tokens() -> str:
    return f"""
<div class="card"><h2>2. Connect with an API token</h2>
  <table>
    <tr><th scope="row">Email</th><td>{copyable(DEMO.email, "the email")}</td></tr>
    <tr><th scope="row">API token</th><td>{copyable(DEMO.api_token, "the API token")}
      <br><span class="soft">A classic token, without scopes: works on the site
      itself and through the API gateway.</span></td></tr>
    <tr><th scope="row">API token with scopes</th>
      <td>{copyable(DEMO.scoped_api_token, "the API token with scopes")}
      <br><span class="soft">Works only through the API gateway; the site itself
      answers 401, as Atlassian's does. Scopes: read:jira-user, read:jira-work,
      write:jira-work.</span></td></tr>
  </table>
  <p class="soft">You are signed in as {escape(DEMO.display_name)}. The site has one
  project, <code>{escape(DEMO.project_key)}</code> ({escape(DEMO.project_name)}).</p>
</div>"""


def _oauth_apps() -> str:
    apps = (
        (
            "Organization app",
            DEMO.org_app_name,
            DEMO.org_client_id,
            DEMO.org_client_secret,
        ),
        ("Own app", DEMO.own_app_name, DEMO.own_client_id, DEMO.own_client_secret),
    )
    rows = "".join(
        f"<tr><th scope='row'>{escape(kind)}<br><span class='soft'>{escape(name)}"
        f"</span></th><td>Client id {copyable(client_id, kind + ' client id')}<br>"
        f"Secret {copyable(secret, kind + ' secret')}<br>"
        f"Callback URL {copyable(DEMO.callback_url, kind + ' callback URL')}</td></tr>"
        for kind, name, client_id, secret in apps
    )
    return f"""
<div class="card"><h2>3. Connect with OAuth 2.0</h2>
  <table>{rows}</table>
  <p class="soft">On the consent page, pick Acme. Pick Beta instead to see what the
  wizard says when access was granted to the wrong site. Each app accepts exactly
  its one callback URL, port and path included.</p>
</div>"""


def _switches(state: SandboxState) -> str:
    faults = state.faults.to_json()
    current = {
        "blocked_app": faults["blocked_app"],
        "unregistered_redirect": faults["unregistered_redirect"],
        "empty_sites": faults["empty_sites"],
        "slow": faults["latency"] > 0 or bool(faults["latency_by_origin"]),
    }
    rows = "".join(
        _toggle_row(state.form_key, name, label, effect, current[name])
        for name, label, effect in TOGGLES
    )
    rows += "".join(
        f"<tr><th scope='row'>{escape(label)}</th><td>{escape(effect)}</td><td></td>"
        f"<td>{_switch_form(state.form_key, action, 'go', 'Go', label)}</td></tr>"
        for action, label, effect in ONE_SHOTS
    )
    pending = len(faults["fail_next"])
    return f"""
<div class="card" id="switches"><h2>4. Failure switches</h2>
  <p class="soft">For training and tests. Failures waiting to happen: {pending}.</p>
  <table><tr><th>Switch</th><th>Effect</th><th>Now</th><th></th></tr>{rows}</table>
</div>"""


def _toggle_row(key: str, name: str, label: str, effect: str, on: bool) -> str:
    now = "<span class='on'>on</span>" if on else "<span class='off'>off</span>"
    value, verb = ("off", "Turn off") if on else ("on", "Turn on")
    form = _switch_form(key, name, value, verb, label)
    return (
        f"<tr><th scope='row'>{escape(label)}</th><td>{escape(effect)}</td>"
        f"<td>{now}</td><td>{form}</td></tr>"
    )


def _switch_form(key: str, name: str, value: str, verb: str, label: str) -> str:
    """A one-button form; its accessible name starts with its visible text."""
    return (
        "<form method='post' action='/_sandbox/switch' style='margin:0'>"
        f"<input type='hidden' name='key' value='{escape(key, quote=True)}'>"
        f"<input type='hidden' name='value' value='{escape(value, quote=True)}'>"
        f"<button type='submit' name='switch' value='{escape(name, quote=True)}' "
        f"class='secondary' aria-label='{escape(f'{verb}: {label}', quote=True)}'>"
        f"{escape(verb)}"
        "</button></form>"
    )


def _behind(state: SandboxState) -> str:
    example = json.dumps(
        {"fail_next": {"status": 429, "origin": "site", "retry_after": 5}}
    )
    env = (
        f"JIRA_WIZARD_AUTH_URL={state.auth_url}\nJIRA_WIZARD_API_URL={state.api_url}\n"
        "JIRA_WIZARD_ALLOW_LOOPBACK_HTTP=1"
    )
    return f"""
<div class="card"><h2>Behind the scenes</h2>
  <table>
    <tr><th scope="row">auth.atlassian.com</th>
      <td><code>{escape(state.auth_url)}</code></td></tr>
    <tr><th scope="row">api.atlassian.com</th>
      <td><code>{escape(state.api_url)}</code></td></tr>
  </table>
  <p>To point the program at this sandbox from another terminal, set:</p>
  <pre><code>{escape(env)}</code></pre>
  <p>Scripts flip switches with JSON, for example:</p>
  <pre><code>curl -X POST -H 'Content-Type: application/json' \\
  -d '{escape(example)}' {escape(state.auth_url)}/_sandbox/faults</code></pre>
  <p class="soft"><code>GET /_sandbox/state</code> shows the switches and counters;
  <code>POST /_sandbox/reset</code> turns everything off.</p>
</div>"""
