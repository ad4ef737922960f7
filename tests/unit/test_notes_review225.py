"""The classes found on the fourteenth session's last round of fresh notes (holdouts
225–227), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import shown_texts


def _cloze(text: str) -> Cloze:
    return Cloze(id="x", topic="", tags=(), text=text)


def test_a_person_with_a_particle_in_his_name_takes_no_article() -> None:
    """ "In which year did the Robert de Nobili reach Madurai?" (holdout 226)."""
    assert when_question("Francisco de Almeida reaches Cochin", "year") == (
        "In which year did Francisco de Almeida reach Cochin?"
    )
    assert when_question("Treaty of Salbai signed", "year") == (
        "In which year was the Treaty of Salbai signed?"
    )


def test_a_short_sentence_that_adds_to_the_one_before_is_not_asked() -> None:
    """ "___ pushed a reform bill in Parliament too." (holdout 225, bad: besides whom?); a
    sentence that says enough of its own keeps its "too"."""
    assert question_warnings(_cloze("{{John Bright}} raised the Indian question too."))
    long = (
        "Chandragupta ceded no land, got {{500}} horses in return, and there was a"
        " marriage alliance too."
    )
    assert not question_warnings(_cloze(long))


def test_an_ordinal_row_name_owns_no_seat() -> None:
    """``| Second | Kapatapuram | … |`` under ``| Sangam | Seat | … |`` asked "Where is the
    headquarters of Second?" (holdout 229, bad twice)."""
    notes = """# Buddhist councils

## Basics (quick recap)
| Council | Seat | Presided by / known for | Outcome |
|---|---|---|---|
| First | Rajagriha (Sattapanni cave) | **Mahakassapa** | Sutta & Vinaya compiled |
| Second | Vaishali | Sabakami a member | first split **only** |
| Third | Pataliputra | **Moggaliputta Tissa** | Abhidhamma added |
"""
    assert not any("headquarters" in t for t in shown_texts(notes))
