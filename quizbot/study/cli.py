"""Command-line front ends over the study API: ``quizbot stats``, ``quizbot settings`` and
``quizbot chat --plain``.

``quizbot/cli.py`` parses the arguments and calls :func:`run_stats`, :func:`run_settings` and
:func:`run_plain_chat`; they take the bank, the data dir, streams and the time (a clock for
the chat), so tests drive them in-process. Errors go to ``err`` (default: standard error).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from fsrs import Rating

from quizbot.bank import Bank, Match, Mcq, Multi, Question, Statements, TrueFalse
from quizbot.bank import ListQuestion as ListQ
from quizbot.study.queue import resolve_topic
from quizbot.study.scheduling import StudyError, set_exam_date
from quizbot.study.session import Answered, Study
from quizbot.study.settings import NAMES, as_dict
from quizbot.study.stats import compute_stats, forecast, render_stats
from quizbot.study.store import CorruptStore, Store, StoreError, move_aside
from quizbot.study.timing import Calendar

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
            out.write(render_stats(stats, forecast(store, bank, now, rows=rows),
                                   store.settings().exam_date))
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
                exam = None if cleared else _exam_day(value)
                moved = set_exam_date(store, exam, now,
                                      Calendar(None, settings.day_start_hour))
                if exam is not None and moved:
                    print(f"{_plural_reviews(moved)} brought forward to come before the exam",
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


def render_question(question: Question) -> str:
    """A question as plain text (options and statements numbered)."""
    lines = [f"[{question.topic}]" if question.topic else "", question.stem]
    if isinstance(question, Mcq | Multi):
        lines += [f"  ({chr(96 + n)}) {option}" for n, option in enumerate(question.options, 1)]
        if isinstance(question, Multi):
            lines.append("(choose every correct option)")
    elif isinstance(question, Statements):
        lines += [f"  {n}. {s.text}" for n, s in enumerate(question.statements, 1)]
        lines.append("(which are correct?)")
    elif isinstance(question, Match):
        rights = sorted(right for _, right in question.pairs)
        lines += [f"  {n}. {left}" for n, (left, _) in enumerate(question.pairs, 1)]
        lines += [f"  {chr(96 + n)}) {right}" for n, right in enumerate(rights, 1)]
        lines.append("(match each number to a letter)")
    elif isinstance(question, TrueFalse):
        lines.append("(true or false?)")
    elif isinstance(question, ListQ):
        lines.append(f"(name {question.min_correct or len(question.answer)})")
    return "\n".join(line for line in lines if line)


def _when(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "schedule unchanged (cram)"
    gap = due - now
    if gap < timedelta(hours=1):
        return f"again in {max(1, round(gap / timedelta(minutes=1)))} min"
    if gap < timedelta(days=1):
        return f"again in {round(gap / timedelta(hours=1))} h"
    days = round(gap / timedelta(days=1))
    return f"next in {days} day{'' if days == 1 else 's'}"


def _feedback(answered: Answered, now: datetime) -> str:
    verdict = answered.verdict
    if verdict is None:
        head = "skipped"
    else:
        head = f"{'✓' if verdict.correct else '✗'} {verdict.feedback}".rstrip()
    explanation = answered.question.explanation
    if explanation and (verdict is None or not verdict.correct):
        head += f"\n  {explanation}"
    rating = Rating(answered.rating).name.lower()
    tail = f"(rated {rating} · {_when(answered.due, now)}"
    if answered.leech:
        tail += " · suspended as a leech: forgotten too often"
    return f"{head}\n{tail}; /1–/4 to re-rate)"


def run_plain_chat(bank: Bank, data_dir: Path, inp: TextIO, out: TextIO, topic: str | None,
                   clock: Callable[[], datetime], err: TextIO | None = None,
                   cram: bool = False) -> int:
    """A minimal line-mode study loop: ask, read a line, grade, schedule, store; repeat.

    Every answer is committed before the next question is printed. Ends (status 0) when
    nothing is left to ask, at ``/quit`` or at the end of the input.
    """
    err = sys.stderr if err is None else err
    if topic is not None:
        try:
            topic = resolve_topic(bank, topic)
        except ValueError as error:
            print(f"quizbot: {error}", file=err)
            return 2
    store = _open(data_dir, clock(), err)
    if store is None:
        return 1
    try:
        return _chat(Study(store, bank, clock(), topic=topic, cram=cram), inp, out, clock)
    except CorruptStore as error:
        return _damaged(store, error, clock(), err)
    except StoreError as error:
        print(f"quizbot: {error}", file=err)
        return 1
    finally:
        store.close()


def _say(out: TextIO, text: str) -> None:
    print(text, file=out)
    out.flush()


def _chat(study: Study, inp: TextIO, out: TextIO, clock: Callable[[], datetime]) -> int:
    _say(out, HELP)
    shown: Question | None = None
    answers = 0
    while True:
        question = study.next(clock())
        if question is None:
            back = study.comes_back()
            later = "" if back is None else (
                "; questions still in learning come back "
                + _when(back, clock()).removeprefix("again "))
            _say(out, f"\nNothing more to ask now ({answers} answered this session{later}).")
            break
        if question is not shown:
            _say(out, "\n" + render_question(question))
            shown = question
        line = inp.readline()
        if not line:
            break
        text = line.rstrip("\r\n")
        command = text.strip()
        try:
            if command in ("/quit", "/q"):
                break
            if command in ("/help", "/?"):
                _say(out, HELP)
            elif command == "/skip":
                _say(out, _feedback(study.skip(clock()), clock()))
                answers += 1
            elif command == "/undo":
                taken = study.undo()
                answers -= 1
                _say(out, f"Took back your answer to: {taken.stem}")
                shown = None
            elif match := _RERATE.fullmatch(command):
                answered = study.rerate(int(match.group(1)))
                _say(out, f"Re-rated as {answered.rating.name.lower()} · "
                          f"{_when(answered.due, clock())}")
            elif command == "/accept":
                if not study.history or study.history[-1].verdict is None:
                    raise StudyError("there is no answer to accept")
                last = study.history[-1]
                study.teach_alias(last.outcome.review.response, clock())
                answered = study.rerate(Rating.Good)
                _say(out, f"Noted: {last.outcome.review.response!r} is accepted from now on "
                          f"(rated good · {_when(answered.due, clock())})")
            else:
                _say(out, _feedback(study.answer(text, clock()), clock()))
                answers += 1
        except StudyError as error:
            _say(out, f"({error})")
    study.close(clock())
    return 0
