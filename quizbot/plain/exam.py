"""``quizbot exam --plain``: the mock test in line mode, over the exam API. It takes the bank,
the data dir, streams and a clock, so tests drive it in-process.

The plain mock reads one answer per line: a letter ``a``–``d`` (``b``, ``(b)``, ``B``),
optionally followed by a confidence mark — ``sure`` (or ``!``), ``50:50`` (or ``50``, ``~``)
or ``guess`` (or ``?``): ``b sure``, ``c ?``. An empty line leaves the question blank;
``/submit`` submits early; the end of the input submits. A line that is none of these is
refused and read again (so is one that is not UTF-8 text). When the time is up, the next
line is not taken and the test is submitted. The output ends with the analysis and then
exactly one line ``score: S of M (correct C, wrong W, unattempted U)``, S and M with two decimals.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from quizbot.bank import Bank
from quizbot.exam.analysis import ExamResult, render_analysis, render_answers
from quizbot.exam.items import LETTERS, render_item
from quizbot.exam.session import ExamSession, clock_text
from quizbot.exam.start import ExamOptions, check_writable, new_session
from quizbot.exam.storage import hand_in, render_history
from quizbot.plain import tolerant, write
from quizbot.plain.typeahead import set_aside_note, typed_ahead
from quizbot.study.store import Store
from quizbot.tutor.unreadable import readable, undecodable
from quizbot.visible import visible
from quizbot.words import plural

HELP = (
    "Answer each question with a letter a–d, optionally followed by how sure you are: "
    "sure (!), 50:50 (~) or guess (?), e.g. 'b sure' or 'c ?'. An empty line leaves the "
    "question blank. End a line with * (or 'mark') to mark the question for review: "
    "marked questions come back once the paper is through ('*' alone: blank and marked). "
    "/submit hands in the paper early."
)

_MARK = re.compile(r"(?:^|\s+)(?:\*|mark)$", re.IGNORECASE)


def split_mark(line: str) -> tuple[str, bool]:
    """``"b sure *"`` → ``("b sure", True)``: the answer, and whether it is marked."""
    text = line.strip()
    found = _MARK.search(text)
    return (text[: found.start()].strip(), True) if found else (text, False)


_ANSWER = re.compile(r"\(?([a-d])\)?[.)]?(?:\s+(.*))?", re.IGNORECASE)
_CONFIDENCE = {
    "sure": "sure",
    "s": "sure",
    "!": "sure",
    "50:50": "50:50",
    "50": "50:50",
    "5050": "50:50",
    "50-50": "50:50",
    "fifty": "50:50",
    "~": "50:50",
    "guess": "guess",
    "g": "guess",
    "?": "guess",
}


def parse_answer(line: str) -> tuple[int | None, str | None]:
    """``"b sure"`` → (1, "sure"); ``""`` → (None, None). Raises ``ValueError`` otherwise."""
    text = line.strip()
    if not text:
        return None, None
    match = _ANSWER.fullmatch(text)
    if match is None:
        raise ValueError(
            "answer with a letter a–d (optionally 'sure', '50:50' or 'guess'), "
            "or an empty line to leave it blank"
        )
    confidence = None
    if match.group(2):
        confidence = _CONFIDENCE.get(match.group(2).strip().lower())
        if confidence is None:
            raise ValueError(
                f"{match.group(2).strip()!r} is not a confidence mark: use sure, "
                "50:50 or guess (or !, ~, ?)"
            )
    return LETTERS.index(match.group(1).lower()), confidence


def _say(out: TextIO, text: str) -> None:
    write(out, visible(text))


def _ask(
    session: ExamSession,
    index: int,
    inp: TextIO,
    out: TextIO,
    clock: Callable[[], datetime],
    keep: bool = False,
) -> bool:
    """Show item ``index`` and read its answer (``keep``: an empty line keeps the answer
    given before). False when the paper is over: handed in, out of input or out of time."""
    if index != session.current:
        session.go(index, clock())
    if session.finished:
        return False
    total, state = len(session.items), session.state
    head = (
        f"[{index + 1}/{total} · {clock_text(session.remaining(clock()))} left · "
        f"{session.item.topic}]"
    )
    if keep:
        yours = f"({LETTERS[state.choice]})" if state.choice is not None else "blank"
        head += f" marked; your answer: {yours} (an empty line keeps it)"
    _say(out, f"\n{head}\n{render_item(session.item, index + 1)}")
    note = set_aside_note(typed_ahead(inp), "question")
    if note:  # "b" typed twice at a terminal would mark the next item, unseen
        _say(out, note)
    while True:
        line = inp.readline()
        if session.tick(clock()):
            return False
        if not line or line.strip() == "/submit":
            return False
        if undecodable(line):
            _say(
                out,
                f"(could not read “{readable(line.strip())}”: it is not UTF-8 text; type it again)",
            )
            continue
        text, marked = split_mark(line)
        try:
            choice, confidence = parse_answer(text)
        except ValueError as error:
            _say(out, f"({error})")
            continue
        if choice is not None:
            session.choose(choice, clock(), confidence)
        if marked != session.state.marked and (marked or choice is not None or not keep):
            session.toggle_mark(clock())  # a new answer without * settles a marked question
        return True


def _run(
    session: ExamSession, inp: TextIO, out: TextIO, clock: Callable[[], datetime]
) -> ExamResult:
    for index in range(len(session.items)):
        if not _ask(session, index, inp, out, clock):
            return session.submit(clock())
    marked = session.marked()
    if marked and not session.finished:
        _say(
            out,
            f"\nReview: {plural(len(marked), 'marked question')} "
            f"({', '.join(f'Q{i + 1}' for i in marked)}).",
        )
        for index in marked:
            if not _ask(session, index, inp, out, clock, keep=True):
                break
    return session.submit(clock())


def run_exam_plain(
    bank: Bank,
    data_dir: Path | None,
    inp: TextIO,
    out: TextIO,
    options: ExamOptions,
    clock: Callable[[], datetime],
    err: TextIO | None = None,
) -> int:
    """A mock test over stdin/stdout, stored in ``data_dir`` (``None``: not stored); exit
    status 0, or 1 when the result could not be stored (it is printed in full all the same).

    Everything that could stop the result from being kept is checked before the first item
    is shown: the options (``ValueError``: an unknown topic, a seed out of range), the bank
    (:class:`~quizbot.exam.session.ExamError`: nothing to build a paper from) and the
    progress database (:class:`~quizbot.study.store.StoreError`: it cannot be opened or
    written), which stays open until the result is stored."""
    err = sys.stderr if err is None else err
    inp = tolerant(inp)
    session = new_session(bank, options, clock())
    store = None if data_dir is None else open_for_results(data_dir, session.started)
    try:
        return _sit(session, store, inp, out, options, clock, err)
    finally:
        if store is not None:
            store.close()


def open_for_results(data_dir: Path, now: datetime) -> Store:
    """The progress database, opened and proved writable before a paper starts."""
    store = Store.open(data_dir, now, recover=True)
    try:
        check_writable(store)
    except BaseException:
        store.close()
        raise
    return store


def _sit(
    session: ExamSession,
    store: Store | None,
    inp: TextIO,
    out: TextIO,
    options: ExamOptions,
    clock: Callable[[], datetime],
    err: TextIO,
) -> int:
    n = len(session.items)
    short = f" (only {plural(n, 'usable question')})" if n < options.count else ""
    _say(
        out,
        f"Mock test: {plural(n, 'question')}{short} · {session.scheme.name} marking: "
        f"{session.scheme.describe()} · time {clock_text(session.deadline - session.started)}"
        f"\n{HELP}",
    )
    result = _run(session, inp, out, clock)
    if result.timed_out:
        _say(out, "Time is up: the paper was handed in.")
    lines = ["", *render_answers(result), "", *render_analysis(result)]
    failed = None
    if store is not None:
        handed = hand_in(store, result)
        if handed.saved is None:
            failed = handed.error
        else:
            lines += ["", *render_history(handed.past, last=5)]
            lines += handed.saved.note()
    _say(out, "\n".join([*lines, result.score_line()]))
    if failed is None:
        return 0
    print(
        f"quizbot: the result could not be saved: {failed}. It is printed above in full; "
        "keep a copy, as it is not in your history",
        file=err,
    )
    return 1
