"""Starting measured processes: wall time, peak memory, and what they import."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass(frozen=True)
class Finished:
    """A process that ran to its end."""

    code: int
    out: str
    err: str
    #: From just before the launch to the end of ``wait4``.
    seconds: float
    #: Peak resident memory (``ru_maxrss``), in KiB.
    peak_rss_kb: int
    #: Processor time of the process itself (user and system): unlike the
    #: wall time, barely changed by other work on a busy machine.
    cpu_seconds: float


def run(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    stdin: str = "",
    timeout: float = 60.0,
) -> Finished:
    """Run ``argv`` to its end; its own wall time and peak memory.

    ``wait4`` gives the resource use of exactly this child, which
    ``RUSAGE_CHILDREN`` (a maximum over every child so far) would not. The
    output goes to temporary files, so that a chatty child never blocks on a
    full pipe while nobody reads it.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=err,
            env=dict(env) if env is not None else None,
            cwd=ROOT,
        )
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(stdin.encode())
        process.stdin.close()
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Finished(
            process.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            seconds,
            usage.ru_maxrss,
            usage.ru_utime + usage.ru_stime,
        )


#: Byte-code of every measured process, kept out of the source tree.
PYCACHE = ROOT / "build" / "bench-pycache"


def environment(**extra: str) -> dict[str, str]:
    """This process's environment with the repository importable and ``extra``.

    Byte-code is cached, as it is for an installed program (pip and the
    bundle compile it ahead), even where ``PYTHONDONTWRITEBYTECODE`` is set:
    otherwise every start would compile the program's own modules anew and
    the measure would be of the compiler. The cache lives under ``build/``.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [env.get("PYTHONPATH", "")])]
    )
    env.update(extra)
    return env


# What a process imports ---------------------------------------------------

#: Groups for the import-time breakdown, by the first part of a module's name.
GROUPS: dict[str, tuple[str, ...]] = {
    "PySide6/shiboken": ("PySide6", "shiboken6", "shibokensupport"),
    "qasync": ("qasync",),
    "httpx/httpcore/h11/anyio": (
        "httpx",
        "httpcore",
        "h11",
        "anyio",
        "sniffio",
        "idna",
        "certifi",
        "truststore",
    ),
    "keyring/secretstorage": (
        "keyring",
        "secretstorage",
        "jeepney",
        "cryptography",
        "jaraco",
        "importlib_metadata",
        "more_itertools",
        "zipp",
    ),
    "filelock/platformdirs": ("filelock", "platformdirs"),
    "jira_wizard.ui": ("jira_wizard.ui",),
    "jira_wizard (not ui)": ("jira_wizard",),
}


def import_breakdown(stderr: str) -> dict[str, float]:
    """Milliseconds of ``-X importtime`` self time per group (and "other")."""
    totals: dict[str, float] = defaultdict(float)
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line.split("|")
        self_us, name = int(parts[0].split(":")[1]), parts[2].strip()
        totals[_group(name)] += self_us / 1000
    return dict(totals)


def _group(module: str) -> str:
    for group, prefixes in GROUPS.items():
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return group
    return "other"


def describe_breakdown(totals: Mapping[str, float], *, top: int = 6) -> str:
    biggest = sorted(totals.items(), key=lambda item: -item[1])[:top]
    return ", ".join(f"{name} {ms:.0f} ms" for name, ms in biggest)
