"""The classes found in the twentieth session, on the corpus's unasked key facts and on
fresh notes (holdouts 288 on), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import cued_by_initials
from tests.unit.notes_support import shown_texts


def test_a_key_spelled_out_only_in_a_later_clause_is_asked_from_its_own_clause() -> None:
    """``**Bt cotton**, approved in 2002, remains …; it carries a gene of … Bacillus
    thuringiensis``: the whole line spells out "Bt", but the clause the learner reads does
    not, so the clause is asked (the corpus's key fact "Bt cotton" was never asked)."""
    notes = """# Agriculture in South Asia

## Bangladesh
- **Bt brinjal**, released in 2014, is now grown by thousands of Bangladeshi farmers; it \
carries a gene of the soil bacterium Bacillus thuringiensis.
"""
    assert shown_texts(notes) == [
        "{{Bt brinjal}}, released in 2014, is now grown by thousands of Bangladeshi farmers."
    ]


def test_a_key_spelled_out_by_the_topic_line_is_given_away() -> None:
    """ "In 1907, Besant became ___." under "The Theosophical Society" with the key "TS
    President", or "ToR of ___ said use 2011 census." under "Finance Commission" with "15th
    FC": the topic line spells the key's letters (holdouts 142, 195)."""
    question = Cloze(
        id="q",
        topic="The Theosophical Society & Annie Besant › Timeline",
        text="In 1907, Besant became {{TS President}}.",
    )
    assert cued_by_initials(question, None, None, None) == (  # type: ignore[arg-type]
        "the key's 'TS' is spelled out in the topic line"
    )
    plain = Cloze(id="q", topic="Annie Besant › Timeline", text=question.text)
    assert cued_by_initials(plain, None, None, None) is None  # type: ignore[arg-type]
