"""A ``CallbackServer`` waiting for one sign-in, on the loop the program uses.

``python -m benchmarks.loopback_child asyncio`` runs it on a plain asyncio
loop, as ``jira-wizard add oauth`` does; ``qasync`` on the Qt event loop, as
the wizard does. It prints ``{"port": ..., "state": ...}`` once listening,
then ``{"code": true}`` when the right callback came, and ends.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sys

from jira_wizard.atlassian.loopback import CallbackServer
from jira_wizard.core.models import Secret


async def serve_once() -> None:
    state = secrets.token_urlsafe(24)
    server = CallbackServer(
        "http://127.0.0.1:0/callback", Secret(state), timeout=120, max_connections=64
    )
    async with server:
        say({"port": server.port, "state": state})
        code = await server.wait_for_code()
    say({"code": bool(code.reveal())})


def say(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> None:
    if sys.argv[1:] == ["asyncio"]:
        asyncio.run(serve_once())
        return
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(serve_once())


if __name__ == "__main__":
    main()
