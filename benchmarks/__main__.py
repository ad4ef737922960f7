"""Run the benchmark groups: ``python -m benchmarks [GROUP...]``.

Prints one line per figure, ``name: value``, with the unit in the name (``_s``, ``_ms``,
``_us``, ``_mb``). Group names are the figure prefixes.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

#: Every module of this package with a ``run()`` is a group, named after the module.
GROUPS = sorted(
    m.name
    for m in pkgutil.iter_modules([str(Path(__file__).parent)])
    if m.name not in ("synthetic",) and not m.name.startswith("_")
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "groups",
        nargs="*",
        metavar="GROUP",
        help=f"groups to run (default: all of {', '.join(GROUPS)})",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.groups) - set(GROUPS))
    if unknown:
        parser.error(f"unknown group {', '.join(unknown)}; the groups are {', '.join(GROUPS)}")
    for group in args.groups or GROUPS:
        run: Callable[[], Iterator[tuple[str, float]]] = importlib.import_module(
            f"benchmarks.{group}"
        ).run
        for name, value in run():
            print(f"{name}: {value:.3f}" if value < 100 else f"{name}: {value:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
