"""What every subcommand runs with: the paths, the clock, the time zone and the streams.

:func:`quizbot.cli.main.main` builds one :class:`Context` from the global options and hands
it to the subcommand's ``run(args, ctx)``; tests build their own with a fixed clock and
in-memory streams.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from quizbot.bank import Bank


def utc_now() -> datetime:
    """The real time, aware, in UTC: the only clock read outside tests."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Context:
    """The run's environment. ``bank_paths`` are the question files and directories to load;
    ``cache_dir`` is ``None`` when the bank cache is off; ``tz`` is the learner's time zone
    for study days and dates (``None``: the system's)."""

    bank_paths: tuple[str, ...]
    data_dir: Path
    cache_dir: Path | None
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
    clock: Callable[[], datetime] = utc_now
    tz: tzinfo | None = None

    def now(self) -> datetime:
        return self.clock()

    def load(self, targets: Sequence[str] | None = None) -> Bank:
        """The questions of ``targets`` (default: the bank); broken files are reported in
        ``bank.problems`` and never stop the valid ones from loading."""
        from quizbot.bank import load_bank

        return load_bank(list(targets or self.bank_paths), strict=False, cache_dir=self.cache_dir)

    def check_bank_paths(self) -> None:
        """Raise :class:`~quizbot.cli.errors.UsageError` naming a ``--bank`` path that does
        not exist, or a directory that holds no question file."""
        from quizbot.bank.discover import not_a_file
        from quizbot.cli.errors import UsageError

        for given in self.bank_paths:
            path = Path(given)
            why = not_a_file(path)
            if why is not None:
                raise UsageError(f"--bank {given}: {why}")
            if path.is_dir() and not any(
                p.is_file() for pattern in ("*.yaml", "*.yml") for p in path.rglob(pattern)
            ):
                raise UsageError(f"--bank {given}: no question files (*.yaml) in this directory")

    def study_bank(self) -> Bank:
        """The bank to study: its errors go to standard error, the valid questions load.
        Raises :class:`~quizbot.cli.errors.UsageError` for a missing or empty ``--bank``."""
        self.check_bank_paths()
        bank = self.load()
        for problem in bank.errors:
            print(f"quizbot: {problem}", file=self.stderr)
        return bank


def cache_wanted(no_cache: bool) -> bool:
    """Whether to use the bank cache: not with ``--no-cache`` or ``$QUIZBOT_NO_CACHE``."""
    return not (no_cache or os.environ.get("QUIZBOT_NO_CACHE"))
