"""Runs every measure and prints one table: ``python -m benchmarks``.

Each figure is printed with its baseline from the same run, their ratio, and
PASS or MISS against its goal; a missed goal carries a note that says what
stands in the way. The exit status is 0 when every goal is met, 1 when one is
missed or could not be measured.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from benchmarks.report import ERROR, MISS, Figure, failed, render


@dataclass(frozen=True)
class Options:
    samples: int
    bundle: bool


def _startup(options: Options) -> list[Figure]:
    from benchmarks import startup

    return startup.measure(options.samples)


def _heartbeat(options: Options) -> list[Figure]:
    from benchmarks import heartbeat

    return heartbeat.measure()


def _credentials(options: Options) -> list[Figure]:
    from benchmarks import credentials

    return credentials.measure(options.samples + 2)


def _loopback(options: Options) -> list[Figure]:
    from benchmarks import loopback

    return loopback.measure()


def _bundle(options: Options) -> list[Figure]:
    from benchmarks import bundle

    return bundle.measure(build=options.bundle)


MEASURES: dict[str, Callable[[Options], list[Figure]]] = {
    "startup": _startup,
    "heartbeat": _heartbeat,
    "credentials": _credentials,
    "loopback": _loopback,
    "bundle": _bundle,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=(
            "Measure the program against baselines taken in the same run, and "
            "print each figure with its ratio and goal."
        ),
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(MEASURES),
        metavar="MEASURE",
        help=f"run only this measure (repeatable): {', '.join(MEASURES)}",
    )
    parser.add_argument(
        "--samples",
        type=int,
        default=7,
        help=(
            "processes started per side: start-up (default 7) and, two more, "
            "credentials"
        ),
    )
    parser.add_argument(
        "--bundle",
        action="store_true",
        help=(
            "build the bundle and the naive bundle first (scripts/build-bundle "
            "--naive, about a minute more); otherwise the ones in dist/ are measured"
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    options = Options(samples=max(3, args.samples), bundle=args.bundle)
    chosen = args.only or list(MEASURES)
    figures: list[Figure] = []
    started = time.perf_counter()
    for name in chosen:
        print(f"measuring {name}...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        try:
            figures += MEASURES[name](options)
        except Exception as error:
            traceback.print_exc(file=sys.stderr)
            figures.append(failed(name, f"{type(error).__name__}: {error}"))
        took = time.perf_counter() - began
        print(f"  {name} took {took:.1f} s", file=sys.stderr, flush=True)
    print(render(figures))
    print(f"\n{len(figures)} figures in {time.perf_counter() - started:.0f} s.")
    return 1 if any(f.verdict in (MISS, ERROR) for f in figures) else 0
