"""The callback server with a real browser: headless Chromium comes back to it."""

from __future__ import annotations

import asyncio
import shutil
import tempfile

import pytest

from jira_wizard.atlassian.loopback import CallbackServer
from jira_wizard.core.models import Secret
from tests.conftest import missing_real_part

pytestmark = pytest.mark.real

STATE = Secret("state-for-a-real-browser-0f3a")


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        missing_real_part("Chromium (/usr/bin/chromium)")
    assert path is not None
    return path


async def dump_dom(executable: str, url: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        process = await asyncio.create_subprocess_exec(
            executable,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            url,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        out, _ = await asyncio.wait_for(process.communicate(), 60)
    return out.decode()


def test_chromium_lands_on_the_success_page_and_delivers_the_code() -> None:
    executable = chromium()

    async def scenario() -> None:
        async with CallbackServer(
            "http://localhost:0/callback", STATE, read_timeout=5
        ) as server:
            url = f"http://localhost:{server.port}/callback?code=real-code&state={STATE.reveal()}"
            dom = await dump_dom(executable, url)
            assert "You are signed in" in dom
            assert await server.wait_for_code() == Secret("real-code")
            again = await dump_dom(executable, url)
            assert "already complete" in again

    asyncio.run(scenario())


def test_chromium_sees_the_refusal_of_a_forged_callback() -> None:
    executable = chromium()

    async def scenario() -> None:
        async with CallbackServer("http://127.0.0.1:0/callback", STATE) as server:
            url = f"http://127.0.0.1:{server.port}/callback?code=forged&state=guess"
            dom = await dump_dom(executable, url)
            assert "does not belong to the current sign-in" in dom
            assert "forged" not in dom

    asyncio.run(scenario())
