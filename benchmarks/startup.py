"""Start-up to the first painted wizard page, and peak memory, against a bare QWizard.

Each sample is a fresh process (``startup_child``) on the offscreen platform,
the wizard's and the bare QWizard's launches taking turns so that a busy
moment of the machine falls on both alike. One more launch of each under
``-X importtime`` says where the difference goes, by package.
"""

from __future__ import annotations

import json
import time

from benchmarks import processes
from benchmarks.report import Figure, Goal, median, paired_ratio
from benchmarks.startup_child import LAUNCHED_ENV

START_GOAL = Goal(1.3, of_ratio=True)
MEMORY_GOAL = Goal(1.3, of_ratio=True)


def launch(window: str, *extra: str) -> tuple[float, int, str, float]:
    """Seconds to the first paint, peak RSS in KiB, stderr, and seconds from
    the paint to the window answering, of one start."""
    argv = [processes.PYTHON, *extra, "-m", "benchmarks.startup_child", window]
    env = processes.environment(QT_QPA_PLATFORM="offscreen")
    env[LAUNCHED_ENV] = repr(time.time())
    done = processes.run(argv, env=env)
    if done.code != 0 or not done.out.strip():
        raise RuntimeError(f"the {window} start failed: {done.err.strip()[-800:]}")
    painted = json.loads(done.out.strip().splitlines()[-1])
    ready = float(painted["ready_seconds"])
    return float(painted["seconds"]), done.peak_rss_kb, done.err, ready


#: Start-up samples taken per side beyond ``samples``: the ratio of two
#: starts of about 150 ms each moves by a tenth with the machine's jitter, and
#: its median needs more pairs than the other measures to hold still.
EXTRA_START_SAMPLES = 4


def measure(samples: int) -> list[Figure]:
    """The wizard and the bare QWizard in turns, ``samples`` plus a few each;
    the floor (for the notes) every other turn."""
    for window in ("bare", "floor", "wizard"):  # warms the file cache
        launch(window)
    rounds = samples + EXTRA_START_SAMPLES
    # Per side: milliseconds and MiB, in turns. The floor's own pairs keep
    # the bare start of the same turn.
    seconds: dict[str, list[float]] = {"bare": [], "wizard": []}
    memory: dict[str, list[float]] = {"bare": [], "wizard": []}
    floor_seconds: dict[str, list[float]] = {"bare": [], "floor": []}
    floor_memory_: dict[str, list[float]] = {"bare": [], "floor": []}
    answering: list[float] = []
    for turn in range(rounds):
        took, peak_kb, _, _ = launch("bare")
        seconds["bare"].append(took * 1000)
        memory["bare"].append(peak_kb / 1024)
        if turn % 2 == 0:
            floor_took, floor_kb, _, _ = launch("floor")
            floor_seconds["bare"].append(took * 1000)
            floor_seconds["floor"].append(floor_took * 1000)
            floor_memory_["bare"].append(peak_kb / 1024)
            floor_memory_["floor"].append(floor_kb / 1024)
        took, peak_kb, _, ready = launch("wizard")
        seconds["wizard"].append(took * 1000)
        memory["wizard"].append(peak_kb / 1024)
        answering.append(ready * 1000)
    start = _figure("start-up to first wizard page painted", "ms", seconds)
    start.goal = START_GOAL
    start.detail = f"median of {rounds}"
    peak = _figure("peak memory with the wizard shown", "MiB", memory)
    peak.goal = MEMORY_GOAL
    peak.detail = "max RSS, 1 s after it first answers"
    floor = _figure("  floor: bare QWizard on qasync", "ms", floor_seconds, "floor")
    floor_memory = _figure("  floor's peak memory", "MiB", floor_memory_, "floor")
    ready = Figure("  first paint to the wizard answering", median(answering), "ms")
    ready.detail = f"max {max(answering):.0f} ms; a key pressed meanwhile waits"
    ready.notes.append(
        "the first page is painted before the backend (service, keychain, "
        "settings) is made and before asyncio and qasync are loaded; this is "
        "how long after the paint the event loop first runs with the backend "
        "in place, when the wizard first handles a key or a click"
    )
    if start.verdict != "PASS" or peak.verdict != "PASS":
        start.notes.append(
            _floor_note(
                {**seconds, "floor": floor_seconds["floor"]},
                {**memory, "floor": floor_memory_["floor"]},
            )
        )
        start.notes.append(where_the_time_goes())
    return [start, floor, ready, peak, floor_memory]


def _figure(
    measure: str,
    unit: str,
    values: dict[str, list[float]],
    window: str = "wizard",
) -> Figure:
    return Figure(
        measure,
        median(values[window]),
        unit,
        baseline=median(values["bare"]),
        baseline_label="bare QWizard",
        paired_ratio=paired_ratio(values[window], values["bare"]),
    )


def _floor_note(seconds: dict[str, list[float]], memory: dict[str, list[float]]) -> str:
    def share(values: dict[str, list[float]]) -> str:
        bare, floor = median(values["bare"]), median(values["floor"])
        ours = median(values["wizard"])
        return f"{floor - bare:.0f} of the {ours - bare:.0f}"

    return (
        f"asyncio, qasync and the Qt namespace's enums (loaded by the wizard "
        f"after its first paint, and counted in its memory) would be "
        f"{share(seconds)} ms and {share(memory)} MiB of the wizard's excess "
        f"over the bare QWizard"
    )


def where_the_time_goes() -> str:
    """The import time by package of one wizard start beside one bare start."""
    _, _, wizard, _ = launch("wizard", "-X", "importtime")
    _, _, bare, _ = launch("bare", "-X", "importtime")
    ours = processes.import_breakdown(wizard)
    theirs = processes.import_breakdown(bare)
    extra = {
        group: ms - theirs.get(group, 0.0)
        for group, ms in ours.items()
        if ms - theirs.get(group, 0.0) >= 1.0
    }
    return (
        "imports before the first paint cost, beyond the bare QWizard's "
        "(-X importtime self time, which inflates it): "
        + processes.describe_breakdown(extra, top=8)
    )
