"""``jira-wizard credentials NAME`` against the floor of reading one secret.

The baseline is ``python -c "import keyring; keyring.get_password(...)"`` in
the same environment: what any command that reads a secret from the Secret
Service must pay at the least. The connection is an API token added with the
command line against the embedded sandbox, so that ``credentials`` needs no
network and only the settings file and the keychain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from benchmarks import processes
from benchmarks.report import Figure, Goal, median, paired_ratio
from jira_wizard.sandbox import DEMO, Sandbox

GOAL = Goal(1.3, of_ratio=True)
NAME = "bench-credentials"

#: Runs ``credentials`` in-process and says which heavy packages it loaded
#: (asyncio and logging.handlers too: a bare keychain read loads neither).
_IMPORT_PROBE = """
import contextlib, io, json, sys
from jira_wizard.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["credentials", sys.argv[1]])
heavy = ("PySide6", "httpx", "httpcore", "h11", "truststore", "jira_wizard.sandbox",
         "jira_wizard.signin", "jira_wizard.service", "jira_wizard.api", "asyncio",
         "logging.handlers")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules],
                  "modules": len(sys.modules)}))
"""


def command() -> list[str]:
    """The installed ``jira-wizard`` beside this interpreter, else ``-m``."""
    installed = Path(processes.PYTHON).with_name("jira-wizard")
    if installed.exists() and os.access(installed, os.X_OK):
        return [str(installed)]
    return [processes.PYTHON, "-m", "jira_wizard"]


def measure(samples: int) -> list[Figure]:
    with Sandbox() as sandbox:
        env = processes.environment(**sandbox.endpoints().environment())
        added = processes.run(
            [*command(), "add", "api-token", "--name", NAME, "--replace",
             "--site", sandbox.urls.sites["acme"], "--email", DEMO.email,
             "--token-stdin", "--json"],
            env=env,
            stdin=DEMO.api_token + "\n",
        )  # fmt: skip
        if added.code != 0:
            raise RuntimeError(f"adding the connection failed: {added.err.strip()}")
        key = _keychain_key(json.loads(added.out))
        try:
            return _time_both(env, key, samples)
        finally:
            processes.run([*command(), "remove", NAME], env=env)


def _keychain_key(saved: dict[str, object]) -> str:
    """The keychain entry the connection's token sits in."""
    from jira_wizard.core.models import SecretKind
    from jira_wizard.storage.settings import SettingsFile
    from jira_wizard.storage.store import secret_key

    connection = SettingsFile().load().get(str(saved["name"]))
    if connection is None:
        raise RuntimeError("the connection just added is not in the settings file")
    return secret_key(connection.secret_ref, SecretKind.API_TOKEN)


def _time_both(env: dict[str, str], key: str, samples: int) -> list[Figure]:
    ours = [*command(), "credentials", NAME]
    floor = [
        processes.PYTHON,
        "-c",
        f"import keyring; assert keyring.get_password('jira-wizard', {key!r})",
    ]
    for argv in (ours, floor):  # once each unmeasured: the file cache warms up
        _timed(argv, env)
    runs: dict[str, list[processes.Finished]] = {"ours": [], "floor": []}
    for _ in range(samples):
        runs["floor"].append(_timed(floor, env))
        runs["ours"].append(_timed(ours, env))
    wall = {side: [r.seconds * 1000 for r in done] for side, done in runs.items()}
    cpu = {side: [r.cpu_seconds * 1000 for r in done] for side, done in runs.items()}
    figure = Figure(
        "jira-wizard credentials (valid API token)",
        median(wall["ours"]),
        "ms",
        baseline=median(wall["floor"]),
        baseline_label="bare keyring read",
        goal=GOAL,
        paired_ratio=paired_ratio(wall["ours"], wall["floor"]),
        detail=f"median of {samples}",
    )
    figure.notes.append(_what_it_loads(env))
    processor = Figure(
        "  the same, processor time",
        median(cpu["ours"]),
        "ms",
        baseline=median(cpu["floor"]),
        baseline_label="bare keyring read",
        paired_ratio=paired_ratio(cpu["ours"], cpu["floor"]),
        detail="user+system",
    )
    return [figure, processor]


def _timed(argv: list[str], env: dict[str, str]) -> processes.Finished:
    done = processes.run(argv, env=env)
    if done.code != 0:
        raise RuntimeError(f"{argv[-1]!r} failed: {done.err.strip()[-600:]}")
    return done


def _what_it_loads(env: dict[str, str]) -> str:
    done = processes.run([processes.PYTHON, "-c", _IMPORT_PROBE, NAME], env=env)
    if done.code != 0:
        return f"could not tell what it imports: {done.err.strip()[-300:]}"
    found = json.loads(done.out.strip().splitlines()[-1])
    loaded = ", ".join(found["loaded"]) or "none of them"
    return (
        f"{found['modules']} modules loaded; of Qt, the HTTP stack, the sandbox, "
        f"the sign-in, asyncio and logging.handlers: {loaded}"
    )
