"""``quizbot settings [NAME [VALUE]]``: list, show or change the study settings."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from quizbot.cli.context import Context
from quizbot.cli.errors import UsageError
from quizbot.cli.store import opened
from quizbot.words import plural


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    settings = sub.add_parser(
        "settings",
        parents=[common],
        help="show or change your study settings (exam date, daily new limit...)",
        description="Without arguments, list the settings; with NAME, show one; with NAME "
        "VALUE, change it. `quizbot settings exam_date 2027-05-24` sets an exam date "
        "(`none` clears it).",
    )
    settings.add_argument("name", nargs="?", metavar="NAME")
    settings.add_argument("value", nargs="?", metavar="VALUE")
    return settings


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_settings(ctx.data_dir, ctx.now(), args.name, args.value, ctx.stdout, ctx.stderr)


def run_settings(
    data_dir: Path,
    now: datetime,
    name: str | None,
    value: str | None,
    out: TextIO,
    err: TextIO | None = None,
) -> int:
    """List the settings, show one (``name``), or change one (``name`` and ``value``).

    ``none`` (or an empty value) clears the exam date. Setting an exam date brings forward
    the reviews due on or after it (see :func:`~quizbot.study.scheduling.set_exam_date`).
    Raises :class:`UsageError` (or ``ValueError``) for a name or value that cannot be set.
    """
    from quizbot.study.scheduling import set_exam_date
    from quizbot.study.settings import NAMES, as_dict, exam_day
    from quizbot.study.timing import Calendar

    if name is not None and name not in NAMES:
        raise UsageError(f"unknown setting {name!r} (the settings are {', '.join(NAMES)})")
    with opened(data_dir, now, sys.stderr if err is None else err) as store:
        if value is not None and name is not None:
            if name == "exam_date":
                calendar = Calendar(None, store.settings().day_start_hour)
                exam = exam_day(value, calendar.day(now))
                moved = set_exam_date(store, exam, now, calendar)
                if exam is not None and moved:
                    print(
                        f"{plural(moved, 'review')} brought forward to come before the exam",
                        file=out,
                    )
            elif value.strip().lower() in ("", "none", "off", "clear"):
                raise UsageError(f"{name} cannot be cleared; give a value")
            else:
                store.set_setting(name, value)
        values = as_dict(store.settings())
        for key in NAMES if name is None else (name,):
            shown = "none" if values[key] is None else values[key]
            print(f"{key} = {shown}", file=out)
    return 0
