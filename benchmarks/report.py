"""Figures, their goals, and the table they are printed in.

A figure is measured against a baseline taken in the same run wherever one
makes sense, because these machines are shared and noisy: the ratio of two
medians measured side by side holds still where absolute times do not.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

PASS = "PASS"
MISS = "MISS"
INFO = "INFO"
ERROR = "ERROR"


@dataclass(frozen=True)
class Goal:
    """At most ``limit``, of the ratio to the baseline or of the value itself."""

    limit: float
    of_ratio: bool
    #: What to aim for beyond the goal, when there is such a thing.
    aim: float | None = None

    def describe(self, unit: str) -> str:
        if self.of_ratio:
            return f"<= {self.limit:g}x"
        text = f"<= {self.limit:g} {unit}"
        return text + (f" (aim {self.aim:g})" if self.aim is not None else "")


@dataclass
class Figure:
    """One measured value, with its baseline and goal when it has them."""

    measure: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    goal: Goal | None = None
    #: The median of the ratios of samples taken side by side, when there are
    #: pairs: steadier than the ratio of the medians when the load changes.
    paired_ratio: float | None = None
    #: Further values worth a look (a percentile, a sample count).
    detail: str = ""
    #: Why a goal is missed, or how the figure was obtained.
    notes: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.error:
            return ERROR
        if self.goal is None:
            return INFO
        measured = self.ratio if self.goal.of_ratio else self.value
        if measured is None:
            return ERROR
        return PASS if measured <= self.goal.limit else MISS


def failed(measure: str, error: str) -> Figure:
    """A measure that could not be taken, and why."""
    return Figure(measure, math.nan, "", error=error)


# Statistics --------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def paired_ratio(values: Sequence[float], baselines: Sequence[float]) -> float:
    """The median ratio of each value to the baseline taken next to it."""
    return median(v / b for v, b in zip(values, baselines, strict=True))


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: a value that was really observed."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


# The table ---------------------------------------------------------------


def _number(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "-"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f} {unit}".strip()


def rows(figures: Sequence[Figure]) -> list[tuple[str, ...]]:
    table: list[tuple[str, ...]] = [
        ("measure", "figure", "baseline", "ratio", "goal", "result")
    ]
    for figure in figures:
        ratio = figure.ratio
        baseline = _number(figure.baseline, figure.unit)
        if figure.baseline_label and figure.baseline is not None:
            baseline += f" ({figure.baseline_label})"
        table.append(
            (
                figure.measure,
                _number(figure.value, figure.unit)
                + (f" [{figure.detail}]" if figure.detail else ""),
                baseline,
                f"{ratio:.2f}x" if ratio is not None else "-",
                figure.goal.describe(figure.unit) if figure.goal else "-",
                figure.verdict,
            )
        )
    return table


def render(figures: Sequence[Figure]) -> str:
    """The table, then the notes of each figure under it."""
    table = rows(figures)
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for index, row in enumerate(table):
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        lines.append(" | ".join(cells).rstrip())
        if index == 0:
            lines.append("-+-".join("-" * width for width in widths))
    notes = [
        (figure.measure, note)
        for figure in figures
        for note in ([figure.error] if figure.error else []) + figure.notes
    ]
    if notes:
        lines.append("")
        lines += [f"* {measure}: {note}" for measure, note in notes]
    return "\n".join(lines)
