"""The frozen Linux bundle's size, against what PyInstaller collects on its own.

Building both takes about a minute on two cores, more than the rest of the
benchmarks together, so by default the bundles already in ``dist/`` are
measured and their age is said; ``--bundle`` builds them first with
``scripts/build-bundle --naive`` (under the same lock the tests take, so that
two builds never run at once).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import processes
from benchmarks.report import Figure, Goal

GOAL = Goal(120.0, of_ratio=False)
DIST = processes.ROOT / "dist"
BUNDLE = DIST / "jira-wizard"
NAIVE = DIST / "jira-wizard-naive"


def measure(*, build: bool) -> list[Figure]:
    if not sys.platform.startswith("linux"):
        return []
    if build:
        _build()
    if not BUNDLE.is_dir():
        raise RuntimeError(
            "no bundle in dist/: run 'scripts/bench --bundle' or scripts/build-bundle"
        )
    naive = megabytes(NAIVE) if NAIVE.is_dir() else None
    figure = Figure(
        "frozen Linux bundle (dist/jira-wizard)",
        megabytes(BUNDLE),
        "MB",
        baseline=naive,
        baseline_label="naive build",
        goal=GOAL,
    )
    figure.notes.append(_provenance(build))
    if naive is None:
        figure.notes.append("no naive build in dist/ to compare with (--bundle)")
    return [figure]


def megabytes(folder: Path) -> float:
    """The size of a folder's files, links not followed, in MB (10^6 bytes)."""
    total = 0
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total / 1e6


def _build() -> None:
    import filelock

    (processes.ROOT / "build").mkdir(exist_ok=True)
    script = str(processes.ROOT / "scripts" / "build-bundle")
    argv = ["bash", script, "--naive", "--python", processes.PYTHON]
    with filelock.FileLock(str(processes.ROOT / "build" / "bundle.lock"), timeout=900):
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=900, check=False
        )
    if done.returncode != 0:
        raise RuntimeError(f"the build failed: {done.stderr.strip()[-1500:]}")


def _provenance(built: bool) -> str:
    if built:
        return "both built in this run (scripts/build-bundle --naive)"
    minutes = (time.time() - BUNDLE.stat().st_mtime) / 60
    return (
        f"measured the bundle already in dist/, built {minutes:.0f} minutes ago "
        "(not rebuilt: --bundle builds both first, about a minute more)"
    )
