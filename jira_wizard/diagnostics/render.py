"""The report as plain text, in sections a helpdesk reads top to bottom."""

from __future__ import annotations

from typing import Any

from jira_wizard.diagnostics.facts import certificate_notes

TITLE = "Jira Connection Wizard diagnostic report"


def render_text(report: dict[str, Any]) -> str:
    lines = [TITLE, f"Made: {report['made_at']}", ""]
    for section in (
        _product,
        _policy,
        _keychain,
        _proxy,
        _certificates,
        _network,
        _connections,
        _error,
        _problems,
    ):
        part = section(report)
        if part:
            lines += [*part, ""]
    lines.append("This report holds no passwords, tokens or secrets.")
    return "\n".join(lines) + "\n"


def _heading(title: str) -> list[str]:
    return [title, "-" * len(title)]


def _pairs(pairs: list[tuple[str, Any]]) -> list[str]:
    width = max(len(label) for label, _ in pairs)
    return [f"  {label + ':':<{width + 1}} {_shown(value)}" for label, value in pairs]


def _shown(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)


def _product(report: dict[str, Any]) -> list[str]:
    product, endpoints = report["product"], report["endpoints"]
    return _heading("Program") + _pairs(
        [
            ("Version", product["version"]),
            ("Python", product["python"]),
            ("Qt", product["qt"] or "(not loaded)"),
            ("PySide6", _pyside6(product)),
            ("Operating system", product["operating_system"]),
            ("Installed bundle", product["frozen"]),
            ("Atlassian sign-in", endpoints["auth_url"]),
            ("Atlassian API", endpoints["api_url"]),
            ("Practice sandbox", endpoints["sandbox"]),
            ("Log file", report.get("log_file")),
        ]
    )


def _pyside6(product: dict[str, Any]) -> str:
    if product["pyside6"]:
        return str(product["pyside6"])
    if product["frozen"]:
        return "(not recorded in this bundle)"
    return "(not installed)"


def _policy(report: dict[str, Any]) -> list[str]:
    policy = report["policy"]
    if policy["file"] is None:
        return [*_heading("Organization policy"), "  No policy file."]
    app = policy["organization_app"]
    return _heading("Organization policy") + _pairs(
        [
            ("File", policy["file"]),
            ("Ways to connect", policy["ways_to_connect"]),
            ("Site", policy["site_url"]),
            ("Site locked", policy["site_locked"]),
            ("Scopes always asked", policy["required_scopes"]),
            ("Scopes offered", policy["offered_scopes"]),
            ("Insecure keychain allowed", policy["insecure_keychain_allowed"]),
            (
                "Organization app",
                f"client id {app['client_id']}, callback port {app['callback_port']}"
                if app
                else None,
            ),
        ]
    )


def _keychain(report: dict[str, Any]) -> list[str]:
    keychain = report["keychain"]
    if keychain["usable"]:
        verdict = "secure, in use" if keychain["secure"] else "NOT secure, allowed"
    else:
        verdict = "cannot be used"
    pairs: list[tuple[str, Any]] = [
        ("Backend", keychain["backend"] or "(none found)"),
        ("State", verdict),
    ]
    if keychain["problem"]:
        pairs.append(("Problem", keychain["problem"]))
    return _heading("Keychain") + _pairs(pairs)


def _proxy(report: dict[str, Any]) -> list[str]:
    proxy = report["proxy"]
    pairs = [(name, value or "(not set)") for name, value in proxy.items()]
    lines = _heading("Proxy") + _pairs(pairs)
    if not any(proxy.values()):
        lines.append("  No proxy is set: every host is reached directly.")
    return lines


def _certificates(report: dict[str, Any]) -> list[str]:
    certificates = report["certificates"]
    lines = [*_heading("Certificates"), f"  Trusted: {certificates['store']}"]
    return lines + [f"  {note}" for note in certificate_notes(certificates)]


def _network(report: dict[str, Any]) -> list[str]:
    checks = report.get("network")
    if checks is None:
        return [*_heading("Network"), "  Not checked (run 'jira-wizard doctor')."]
    lines = _heading("Network")
    for check in checks:
        verdict = "OK" if check["ok"] else "PROBLEM"
        lines.append(f"  {check['role']}: {check['origin']}  [{verdict}]")
        if check["proxy"]:
            lines.append(f"    through the proxy {check['proxy']}")
        for label, key in (("Name lookup", "dns"), ("Connection", "tcp")):
            lines.append(_step(label, check[key]))
        lines.append(_step("TLS", check["tls"]))
        if check["issuer"]:
            lines.append(f"    Certificate issued by: {check['issuer']}")
    return lines


def _step(label: str, step: dict[str, Any] | None) -> str:
    if step is None:
        return f"    {label}: not tried"
    if step["detail"].startswith("skipped"):
        return f"    {label}: {step['detail']}"
    timing = f" ({step['ms']} ms)" if step["ms"] is not None else ""
    state = "ok" if step["ok"] else "FAILED"
    return f"    {label}: {state}, {step['detail']}{timing}"


def _connections(report: dict[str, Any]) -> list[str]:
    connections = report.get("connections")
    if connections is None:
        return []
    lines = _heading("Saved connections")
    if report.get("connections_problem"):
        return [*lines, f"  Could not be read: {report['connections_problem']}"]
    if not connections:
        return [*lines, "  None."]
    for connection in connections:
        lines.append(f"  {connection['name']}")
        lines += [
            "  " + line
            for line in _pairs(
                [
                    ("Way to connect", connection["auth_type"]),
                    ("Site", connection["site_url"]),
                    ("Cloud id", connection["cloud_id"]),
                    ("API base URL", connection["api_base_url"]),
                    ("Account", connection["account"]),
                    ("Scopes", connection["scopes"]),
                    ("Status", connection["status_message"]),
                    ("Deadlines", connection["deadlines"]),
                    ("Last verified", connection["last_verified_at"]),
                    ("Last renewed", connection["last_refreshed_at"]),
                    ("Needs sign-in", connection["needs_sign_in"]),
                    ("Last error", _last_error(connection)),
                ]
            )
        ]
    return lines


def _last_error(connection: dict[str, Any]) -> str | None:
    if not connection["last_error"]:
        return None
    return f"{connection['last_error']} ({connection['last_error_at']})"


def _error(report: dict[str, Any]) -> list[str]:
    error = report.get("error")
    if not error:
        return []
    return _heading("What just went wrong") + _pairs(
        [
            ("Kind", error["kind"]),
            ("Message", error["message"]),
            ("Advice given", error["advice"]),
            ("Help topic", error["help_topic"]),
        ]
    )


def _problems(report: dict[str, Any]) -> list[str]:
    problems = report.get("recent_problems")
    if problems is None:
        return []
    lines = _heading("Recent problems (from the log file)")
    return lines + ([f"  {p}" for p in problems] or ["  None."])
