"""The bank as an Anki package (``.apkg``), made with genanki.

Four note types, each named ``quizbot …`` so they never clash with the learner's own:

* **type-in** (short questions): the question, and Anki's type-in box checked against the
  answer; the back adds the other accepted answers, the explanation and the source.
* **basic** (list questions): the question; the back lists the items.
* **cloze** (cloze questions): Anki's Cloze kind, ``{{c1::…}}`` per blank, so each blank is a
  card of its own; the back adds the other accepted answers of each blank.
* **choice** (mcq, multi, statements, true/false, match): the prompt with its options on the
  front; the answer, the explanation and the source on the back.

Decks follow the topic tree (``India–Russia › Defence`` → ``India–Russia::Defence``), tags
the question's tags. A note's GUID derives from the question id, so importing a later export
into Anki updates the learner's notes (and keeps their reviews) instead of adding copies.
Author text is escaped (:func:`~quizbot.interchange.ankihtml.to_html`) so it shows as written.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import tempfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import assert_never

import genanki

from quizbot.atomic import replacing
from quizbot.bank import (
    TOPIC_SEPARATOR,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
)
from quizbot.bank.model import CLOZE_BLANK
from quizbot.exam.sources import source_of
from quizbot.grading import match_columns
from quizbot.grading.choices import letter
from quizbot.interchange.ankihtml import cloze_answer_html, to_html

#: The deck for questions without a topic (and the parent of every deck with ``parent``).
DEFAULT_DECK = "quizbot"

_CSS = """\
.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left;
        color: #1d1d1f; background-color: #fff; line-height: 1.4; max-width: 40em; margin: auto; }
.nightMode.card, .night_mode .card { color: #eee; background-color: #222; }
.options { margin-top: .6em; }
.options div { margin: .2em 0 .2em 1em; }
.heading { margin-top: .6em; font-weight: bold; }
.answer { font-weight: bold; }
.accepted, .explanation { margin-top: .6em; }
.source { margin-top: .8em; font-size: 14px; color: #777; }
.cloze { font-weight: bold; color: #0a58ca; }
.nightMode .cloze { color: #8ab4f8; }
"""

_BACK_EXTRAS = (
    "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}"
    "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
)
_ACCEPTED = (
    "{{#Also accepted}}<div class=accepted>Also accepted: {{Also accepted}}</div>{{/Also accepted}}"
)


def stable_id(name: str) -> int:
    """An id for a deck or note type named ``name``, the same on every export (in the range
    genanki recommends, 2^30 to 2^31)."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return (1 << 30) + int.from_bytes(digest, "big") % (1 << 30)


def _fields(*names: str) -> list[dict[str, str]]:
    return [{"name": name} for name in names]


def _note_type(
    key: str, fields: tuple[str, ...], card: str, front: str, back: str, *, cloze: bool = False
) -> genanki.Model:
    """One of quizbot's note types: its id is derived from ``key`` (stable across releases,
    so a later export updates the notes Anki already has), one card template, one style."""
    return genanki.Model(
        stable_id(f"quizbot note type: {key} v1"),
        f"quizbot {key}",
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
        fields=_fields(*fields),
        templates=[{"name": card, "qfmt": front, "afmt": back}],
        css=_CSS,
    )


_ANSWER_BELOW = "{{FrontSide}}\n\n<hr id=answer>\n\n<div class=answer>{{Answer}}</div>"

TYPE_IN = _note_type(
    "type-in",
    ("Question", "Answer", "Also accepted", "Explanation", "Source"),
    "Type the answer",
    "{{Question}}\n\n{{type:Answer}}",
    "{{Question}}\n\n<hr id=answer>\n\n{{type:Answer}}" + _ACCEPTED + _BACK_EXTRAS,
)
BASIC = _note_type(
    "basic",
    ("Question", "Answer", "Explanation", "Source"),
    "Recall",
    "{{Question}}",
    _ANSWER_BELOW + _BACK_EXTRAS,
)
CLOZE = _note_type(
    "cloze",
    ("Text", "Also accepted", "Explanation", "Source"),
    "Cloze",
    "{{cloze:Text}}",
    "{{cloze:Text}}\n\n<hr id=answer>\n\n" + _ACCEPTED + _BACK_EXTRAS,
    cloze=True,
)
CHOICE = _note_type(
    "choice",
    ("Question", "Options", "Answer", "Explanation", "Source"),
    "Choose",
    "{{Question}}{{#Options}}<div class=options>{{Options}}</div>{{/Options}}",
    _ANSWER_BELOW + _BACK_EXTRAS,
)

#: Every note type, by the name used in summaries.
NOTE_TYPES = {"type-in": TYPE_IN, "basic": BASIC, "cloze": CLOZE, "choice": CHOICE}


@dataclass(frozen=True)
class Exported:
    """What an export wrote: notes and cards per note type, and the decks."""

    notes: dict[str, int] = field(default_factory=dict)
    cards: dict[str, int] = field(default_factory=dict)
    decks: tuple[str, ...] = ()

    @property
    def note_count(self) -> int:
        return sum(self.notes.values())

    @property
    def card_count(self) -> int:
        return sum(self.cards.values())


def guid_of(question_id: str) -> str:
    """The Anki GUID of the note for ``question_id`` (the same on every export)."""
    return str(genanki.guid_for("quizbot", question_id))


def deck_name(topic: str, parent: str | None = None) -> str:
    """``India–Russia › Defence`` → ``India–Russia::Defence`` (under ``parent`` when given;
    no topic: the parent, or :data:`DEFAULT_DECK`). A ``::`` inside a level, which Anki
    would read as another level, becomes ``:``."""
    levels = [level.strip().replace("::", ":") for level in topic.split(TOPIC_SEPARATOR)]
    levels = [level for level in levels if level]
    if parent:
        levels.insert(0, parent)
    return "::".join(levels) or DEFAULT_DECK


def _tags(question: Question) -> list[str]:
    return list(dict.fromkeys("_".join(tag.split()) for tag in question.tags if tag.strip()))


def _lines(*lines: str) -> str:
    return "<br>".join(to_html(line) for line in lines if line)


def _options(items: Sequence[tuple[str, str]]) -> str:
    return "".join(f"<div>{to_html(mark)} {to_html(text)}</div>" for mark, text in items)


def _statements_answer(question: Statements) -> str:
    right = [n for n, s in enumerate(question.statements, 1) if s.correct]
    if not right:
        summary = "None of them"
    elif len(right) == len(question.statements) > 1:
        summary = "All of them" if len(right) > 2 else "Both"
    elif len(right) == 1:
        summary = f"{right[0]} only"
    else:
        summary = ", ".join(map(str, right[:-1])) + f" and {right[-1]}"
    details = [
        f"{n}. {'Correct' if s.correct else 'Incorrect'}" + (f": {s.fix}" if s.fix else "")
        for n, s in enumerate(question.statements, 1)
    ]
    return _lines(summary) + "<div class=options>" + _lines(*details) + "</div>"


def note_fields(question: Question, source: str) -> tuple[str, list[str]]:
    """The note type (a key of :data:`NOTE_TYPES`) and the fields of ``question``'s note."""
    explanation, where = to_html(question.explanation), to_html(source)
    match question:
        case Short():
            accepted = to_html(", ".join(question.aliases))
            return "type-in", [
                to_html(question.prompt),
                to_html(question.answer),
                accepted,
                explanation,
                where,
            ]
        case ListQuestion():
            items = "".join(f"<li>{to_html(item)}</li>" for item in question.answer)
            wanted = question.min_correct
            front = question.prompt
            if wanted and wanted < len(question.answer):
                front += f"\n(any {wanted})"
            return "basic", [to_html(front), f"<ul>{items}</ul>", explanation, where]
        case Cloze():
            return "cloze", [*_cloze_fields(question), explanation, where]
        case Mcq():
            options = [(f"({letter(n)})", o) for n, o in enumerate(question.options)]
            answer = f"({letter(question.options.index(question.answer))}) {question.answer}"
            return "choice", [
                to_html(question.prompt),
                _options(options),
                to_html(answer),
                explanation,
                where,
            ]
        case Multi():
            options = [(f"({letter(n)})", o) for n, o in enumerate(question.options)]
            answer = ", ".join(
                f"({letter(question.options.index(a))}) {a}" for a in question.correct_options
            )
            return "choice", [
                _lines(question.prompt, "(Choose every correct option.)"),
                _options(options),
                to_html(answer),
                explanation,
                where,
            ]
        case Statements():
            numbered = [(f"{n}.", s.text) for n, s in enumerate(question.statements, 1)]
            asks = "Which of the statements given above is/are correct?"
            return "choice", [
                to_html(question.prompt),
                _options(numbered) + f"<div class=heading>{to_html(asks)}</div>",
                _statements_answer(question),
                explanation,
                where,
            ]
        case TrueFalse():
            verdict = "True" if question.answer else "False"
            answer = _lines(verdict + (f": {question.fix}" if question.fix else ""))
            return "choice", [
                _lines(question.prompt or "True or false?", question.statement),
                "",
                answer,
                explanation,
                where,
            ]
        case Match():
            lefts, rights = match_columns(question)
            columns = (
                "<div class=heading>List I</div>"
                + _options([(f"{n}.", left) for n, left in enumerate(lefts, 1)])
                + "<div class=heading>List II</div>"
                + _options([(f"{letter(n)})", right) for n, right in enumerate(rights)])
            )
            codes = ", ".join(
                f"{n}-{letter(rights.index(right))}"
                for n, (_, right) in enumerate(question.pairs, 1)
            )
            pairs = [f"{left}: {right}" for left, right in question.pairs]
            return "choice", [
                to_html(question.prompt),
                columns,
                _lines(codes) + "<div class=options>" + _lines(*pairs) + "</div>",
                explanation,
                where,
            ]
        case _:
            assert_never(question)


def _cloze_fields(question: Cloze) -> list[str]:
    """The cloze text with ``{{cN::answer}}`` per blank, and the other accepted answers."""
    parts: list[str] = []
    accepted: list[tuple[str, str]] = []
    last = 0
    for n, found in enumerate(CLOZE_BLANK.finditer(question.text), 1):
        parts.append(to_html(question.text[last : found.start()]))
        answers = [a.strip() for a in found.group(1).split("|") if a.strip()]
        parts.append(f"{{{{c{n}::{cloze_answer_html(answers[0])}}}}}")
        if len(answers) > 1:
            accepted.append((answers[0], ", ".join(answers[1:])))
        last = found.end()
    parts.append(to_html(question.text[last:]))
    if len(question.blanks) == 1:
        also = "".join(others for _, others in accepted)
    else:
        also = "; ".join(f"{others} (for {first})" for first, others in accepted)
    return ["".join(parts), to_html(also)]


def build_decks(
    questions: Sequence[Question], root: Path | None = None, parent: str | None = None
) -> tuple[list[genanki.Deck], Exported]:
    """The genanki decks holding a note for each question, and what they hold. ``root`` is
    the bank's folder (sources are shown from it down); ``parent`` a deck to put them all
    under. Parent decks of the topic tree are included even when they hold no note."""
    decks: dict[str, genanki.Deck] = {}
    notes: Counter[str] = Counter()
    cards: Counter[str] = Counter()

    def deck(name: str) -> genanki.Deck:
        if name not in decks:
            levels = name.split("::")
            for depth in range(1, len(levels)):
                deck("::".join(levels[:depth]))
            decks[name] = genanki.Deck(stable_id(f"quizbot deck: {name}"), name)
        return decks[name]

    for position, question in enumerate(questions):
        kind, values = note_fields(question, source_of(question, root, portable=True))
        note = genanki.Note(
            model=NOTE_TYPES[kind],
            fields=values,
            tags=_tags(question),
            guid=guid_of(question.id),
            due=position,
        )
        deck(deck_name(question.topic, parent)).add_note(note)
        notes[kind] += 1
        cards[kind] += len(note.cards)
    summary = Exported(dict(notes), dict(cards), tuple(sorted(decks)))
    return list(decks.values()), summary


def export_anki(
    questions: Sequence[Question],
    out: Path,
    now: datetime,
    *,
    root: Path | None = None,
    parent: str | None = None,
) -> Exported:
    """Write ``questions`` to the Anki package ``out`` (atomically), stamped ``now``."""
    decks, summary = build_decks(questions, root, parent)
    with replacing(out) as tmp:
        _write_package(decks, tmp, now.timestamp())
    return summary


def _write_package(decks: list[genanki.Deck], path: Path, timestamp: float) -> None:
    """What ``genanki.Package.write_to_file`` does, but with its collection in a temporary
    directory that is removed afterwards (genanki leaves its temporary file behind)."""
    with tempfile.TemporaryDirectory(prefix="quizbot-apkg-") as tmp:
        collection = Path(tmp) / "collection.anki2"
        db = sqlite3.connect(collection)
        try:
            ids = itertools.count(int(timestamp * 1000))
            genanki.Package(decks).write_to_db(db.cursor(), timestamp, ids)
            db.commit()
        finally:
            db.close()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            package.write(collection, "collection.anki2")
            package.writestr("media", json.dumps({}))
