"""Where a question comes from in the notes (:meth:`NotesIndex.passages_for`).

Its ``source`` line, when it has one (for a statements question, with the passages of its
statements under the same heading); else the best passage that holds its answer (by weight, at
least half), under its source heading, or under the heading its topic names, or anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from quizbot.bank import TOPIC_SEPARATOR, Question, Statements
from quizbot.tutor.expected import answer_words
from quizbot.tutor.note_passages import IndexedPassage
from quizbot.tutor.replies import Passage
from quizbot.tutor.search_words import tokens


class SearchIndex(Protocol):
    """What finding a question's passages needs of the notes index
    (:class:`~quizbot.tutor.lookup.NotesIndex`)."""

    units: list[IndexedPassage]

    def weight(self, word: str) -> float: ...

    def search(
        self, text: str, *, within: tuple[str, ...] | None = None, limit: int = ...
    ) -> list[tuple[float, IndexedPassage]]: ...


def _in_file(units: list[IndexedPassage], file: str) -> list[IndexedPassage]:
    exact = [u for u in units if u.passage.file == file]
    if exact or not file:
        return exact
    name = Path(file).name
    return [u for u in units if Path(u.passage.file).name == name]


def question_passages(index: SearchIndex, question: Question) -> tuple[Passage, ...]:
    """The note passages a question comes from (empty when none is found)."""
    source = question.source
    pool = _in_file(index.units, source.file) if source is not None and source.file else index.units
    if source is not None and source.line:
        at = [u for u in pool if source.line in u.lines]
        at.sort(key=lambda u: (u.table, u.passage.line))
        if at:
            found = [at[0].passage]
            if isinstance(question, Statements):
                found += _statement_passages(index, question, at[0].passage.headings, found)
            return tuple(found)
    key = answer_words(question)
    # What a passage must hold (by weight, at least half): the answer, the statements
    # together, or one statement of four words or more.
    keys = [key]
    if isinstance(question, Statements):
        keys += [
            text for s in question.statements if len(set(tokens(text := s.fix or s.text))) >= 4
        ]
    wants = [{word: index.weight(word) for word in tokens(text)} for text in keys]
    places: list[tuple[str, ...] | None] = []
    if source is not None and source.heading:
        places.append(_heading_path(source.heading, pool))
    else:  # no source: under the question's topic if it names a heading, else anywhere
        parts = _parts(question.topic or "")
        topic = next(
            (
                path
                for n in range(len(parts))
                if parts[n:]
                if (path := _path_ending(parts[n:], pool)) is not None
            ),
            None,
        )
        places += [topic, None] if topic is not None else [None]
    allowed = {id(u) for u in pool}
    for within in places:
        for _, unit in index.search(f"{key} {question.stem}", within=within, limit=8):
            if id(unit) in allowed and any(_holds(unit, wanted) for wanted in wants):
                return (unit.passage,)
    return ()


def _statement_passages(
    index: SearchIndex, question: Statements, headings: tuple[str, ...], found: list[Passage]
) -> list[Passage]:
    more: list[Passage] = []
    for statement in question.statements:
        text = statement.fix or statement.text
        for _, unit in index.search(text, within=headings, limit=1):
            if unit.passage not in found and unit.passage not in more:
                more.append(unit.passage)
    return more[:3]


def _heading_path(heading: str, pool: list[IndexedPassage]) -> tuple[str, ...] | None:
    return _path_ending(_parts(heading), pool)


def _path_ending(parts: tuple[str, ...], pool: list[IndexedPassage]) -> tuple[str, ...] | None:
    """The heading path (of a unit in ``pool``) that ends with ``parts``."""
    if not parts:
        return None
    for unit in pool:
        path = unit.passage.headings
        for depth in range(len(path), 0, -1):
            if path[:depth][-len(parts) :] == parts:
                return path[:depth]
    return None


def _holds(unit: IndexedPassage, wanted: dict[str, float]) -> bool:
    total = sum(wanted.values())
    return bool(total) and 2 * sum(v for w, v in wanted.items() if w in unit.words) >= total


def _parts(heading: str) -> tuple[str, ...]:
    """``"Areas of cooperation › Energy"`` → its headings."""
    return tuple(p.strip() for p in heading.split(TOPIC_SEPARATOR.strip()) if p.strip())
