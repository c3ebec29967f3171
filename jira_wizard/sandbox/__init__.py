"""An Atlassian sandbox on loopback: auth.atlassian.com, api.atlassian.com, Jira sites.

It behaves like the real services (status codes, JSON and error bodies,
rotating refresh tokens, consent page) so that a newcomer can run the wizard
with no Atlassian account, a helpdesk can train on it, and every test runs
against it. ``Sandbox`` runs it inside a process; ``serve`` runs it in the
foreground for ``jira-wizard sandbox``.

    with Sandbox() as sandbox:
        sandbox.urls.sites["acme"], DEMO.email, DEMO.api_token
        sandbox.faults.fail_next(status=429, origin="site", retry_after=2)
"""

from jira_wizard.sandbox.data import DEMO, DemoCredentials
from jira_wizard.sandbox.faults import Faults
from jira_wizard.sandbox.server import Sandbox, SandboxURLs, describe, serve

__all__ = [
    "DEMO",
    "DemoCredentials",
    "Faults",
    "Sandbox",
    "SandboxURLs",
    "describe",
    "serve",
]
