"""Command-line front ends over the study API: ``quizbot stats`` and ``quizbot settings``.

``quizbot/cli.py`` parses the arguments and calls :func:`run_stats` and :func:`run_settings`;
they take the bank, the data dir, streams and the time, so tests drive them in-process.
Errors go to ``err`` (default: standard error). The line-mode chat (``quizbot chat
--plain``) is :func:`quizbot.tutor.plain.run_plain`.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from quizbot.bank import Bank
from quizbot.study.scheduling import set_exam_date
from quizbot.study.settings import NAMES, as_dict
from quizbot.study.stats import compute_stats, forecast, render_stats
from quizbot.study.store import CorruptStore, Store, StoreError, move_aside
from quizbot.study.timing import Calendar
from quizbot.visible import visible
from quizbot.words import plural

HELP = ("Type your answer and press Enter. Commands: /skip (counts as forgotten), /undo (take "
        "back the last answer), /1 /2 /3 /4 (re-rate the last answer: again, hard, good, easy), "
        "/accept (your last answer was right: remember it as an alias), /quit.")
_RERATE = re.compile(r"/([1-4])")


def _open(data_dir: Path, now: datetime, err: TextIO) -> Store | None:
    try:
        store = Store.open(data_dir, now, recover=True)
    except StoreError as error:
        print(f"quizbot: {error}", file=err)
        return None
    if store.recovered_from is not None:
        print(f"quizbot: warning: the progress database {store.path} could not be read; it "
              f"was kept as {store.recovered_from} and a fresh one was started", file=err)
    return store


def _damaged(store: Store, error: CorruptStore, now: datetime, err: TextIO) -> int:
    store.close()
    try:
        kept = f"it was kept as {move_aside(store.path, now)}"
    except OSError as problem:
        kept = f"moving it aside failed ({problem.strerror}); move it yourself"
    print(f"quizbot: {error}\nquizbot: {kept}; a fresh one starts next time", file=err)
    return 1


def run_stats(bank: Bank, data_dir: Path, now: datetime, as_json: bool, out: TextIO,
              err: TextIO | None = None) -> int:
    """Print the stats (text, or JSON with ``as_json``); exit status."""
    err = sys.stderr if err is None else err
    store = _open(data_dir, now, err)
    if store is None:
        return 1
    try:
        rows = store.card_tuples()
        stats = compute_stats(store, bank, now, rows=rows)
        if as_json:
            print(json.dumps(stats, ensure_ascii=False, indent=2), file=out)
        else:
            out.write(visible(render_stats(stats, forecast(store, bank, now, rows=rows),
                                           store.settings().exam_date)))
    except CorruptStore as error:
        return _damaged(store, error, now, err)
    except StoreError as error:
        print(f"quizbot: {error}", file=err)
        return 1
    store.close()
    return 0


def run_settings(data_dir: Path, now: datetime, name: str | None, value: str | None,
                 out: TextIO, err: TextIO | None = None) -> int:
    """List the settings, show one (``name``), or change one (``name`` and ``value``).

    ``none`` (or an empty value) clears the exam date. Setting an exam date brings forward
    the reviews due on or after it (see :func:`set_exam_date`).
    """
    err = sys.stderr if err is None else err
    if name is not None and name not in NAMES:
        print(f"quizbot: unknown setting {name!r} (the settings are {', '.join(NAMES)})",
              file=err)
        return 2
    store = _open(data_dir, now, err)
    if store is None:
        return 1
    try:
        if value is not None and name is not None:
            cleared = value.strip().lower() in ("", "none", "off", "clear")
            if name == "exam_date":
                settings = store.settings()
                calendar = Calendar(None, settings.day_start_hour)
                exam = None if cleared else _exam_day(value)
                if exam is not None and exam < calendar.day(now):
                    raise ValueError(f"the exam date {exam} has passed; give a date from today "
                                     "on, or none to clear it")
                moved = set_exam_date(store, exam, now, calendar)
                if exam is not None and moved:
                    print(f"{plural(moved, 'review')} brought forward to come before the exam",
                          file=out)
            elif cleared:
                raise ValueError(f"{name} cannot be cleared; give a value")
            else:
                store.set_setting(name, value)
        values = as_dict(store.settings())
        for key in NAMES if name is None else (name,):
            shown = "none" if values[key] is None else values[key]
            print(f"{key} = {shown}", file=out)
    except ValueError as error:
        print(f"quizbot: {error}", file=err)
        return 2
    except CorruptStore as error:
        return _damaged(store, error, now, err)
    except StoreError as error:
        print(f"quizbot: {error}", file=err)
        return 1
    finally:
        store.close()
    return 0


def _exam_day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"exam_date must be a date like 2027-05-24, not {value!r}") from None


def _plural_reviews(n: int) -> str:
    return f"{n} review{'' if n == 1 else 's'}"
