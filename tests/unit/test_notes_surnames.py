"""A person's surname alone is right where the notes call the person by it
(quizbot/notes/surnames.py; sessions 46–47: "Nehru" was marked wrong for "In 1951, ___
started …" keyed Jawaharlal Nehru)."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Question
from quizbot.grading import grade
from quizbot.notes import generate_questions
from quizbot.notes.surnames import with_surnames


def _asking(notes: str, key: str) -> Question:
    (question,) = [
        q
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Cloze) and len(q.blanks) == 1 and q.blanks[0][0] == key
    ]
    return question


_GORKHALAND = (
    "# The Bodoland movement\n"
    "\n"
    "## Timeline\n"
    "- 1987 – **Upendranath Brahma** launched the ABSU agitation for a Bodo state\n"
    "- 1993 – first Bodo Accord signed; Brahma had died in 1990\n"
    "- 2003 – second Bodo Accord → Bodoland Territorial Council\n"
)


def test_a_cloze_on_a_persons_deed_takes_the_surname_the_notes_use() -> None:
    question = _asking(_GORKHALAND, "Upendranath Brahma")
    assert grade(question, "Brahma").correct
    assert grade(question, "upendranath brahma").correct
    assert not grade(question, "Upendranath").correct


def test_a_surname_two_people_share_is_not_taken_alone() -> None:
    notes = _GORKHALAND.replace(
        "- 2003 – second", "- 1994 – Dwarika Brahma signed as ABSU head\n- 2003 – second"
    )
    question = _asking(notes, "Upendranath Brahma")
    assert not grade(question, "Brahma").correct


def test_a_name_after_the_is_no_persons() -> None:
    sect = Cloze(id="t", topic="t", text="Dara was a follower of the {{Qadiri Sufi}} order.")
    notes = "- Dara was a follower of the Qadiri Sufi order.\n- Sufi saints at Lahore\n"
    assert with_surnames([sect], notes) == [sect]


def test_a_place_ending_is_no_surname() -> None:
    plateau = Cloze(id="t", topic="t", text="In 1831, {{Chota Nagpur}} revolted under Kol chiefs.")
    notes = "- In 1831, Chota Nagpur revolted under Kol chiefs.\n- Raja of Nagpur stayed out\n"
    assert with_surnames([plateau], notes) == [plateau]


def test_a_surname_the_notes_also_write_as_a_people_is_not_taken_alone() -> None:
    notes = _GORKHALAND + "- The Brahmas of the plains backed the ABSU\n"
    question = _asking(notes, "Upendranath Brahma")
    assert not grade(question, "Brahma").correct
