"""``Verdict.note``: what the grader noticed, without the verdict or the answer, so a front
end that shows the answer on its own line says it once ("✗ Partly  The answer: X" then
"3 of 4 right.", never "…; the answer is X" again)."""

from __future__ import annotations

import pytest

from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statement,
    Statements,
    TrueFalse,
)
from quizbot.grading import grade

OPTIONS = ("S-400", "THAAD", "Iron Dome", "Patriot")
MCQ = Mcq(id="m", prompt="Which system?", options=OPTIONS, answer="S-400")
MULTI = Multi(id="u", prompt="Which?", options=OPTIONS, answer=("S-400", "THAAD"))
SHORT = Short(id="s", prompt="Which plant?", answer="Kudankulam")
COUNTRY = Short(id="c", prompt="Which country?", answer="Austria", reject=("Australia",))
LIST = ListQuestion(id="l", prompt="Name them.", answer=("BRICS", "SCO", "G20", "RIC"))
CLOZE = Cloze(id="z", text="{{BRICS}} and {{SCO}} are forums.")
TF = TrueFalse(
    id="t", statement="Kudankulam is in Kerala.", answer=False, fix="It is in Tamil Nadu."
)
STATEMENTS = Statements(
    id="st",
    prompt="Consider:",
    statements=(
        Statement("One.", True),
        Statement("Two.", False, "Two is wrong."),
        Statement("Three.", True),
    ),
)
MATCH = Match(id="mt", prompt="Match.", pairs=(("A", "1"), ("B", "2"), ("C", "3")))


@pytest.mark.parametrize(
    ("question", "response", "note"),
    [
        (MCQ, "b", "(b) THAAD is not it."),
        (MCQ, "Pegasus", "That is not one of the options."),
        (MCQ, "a", ""),
        (MULTI, "a, c", "1 of 2 right, 1 wrong."),
        (SHORT, "Kudankulum", "With a typo: Kudankul[u→a]m."),
        (SHORT, "Kudankulam", ""),
        (COUNTRY, "Australia", "Australia is a different answer."),
        (LIST, "BRICS, SCO, G20", "3 of 4; missing: RIC."),
        (CLOZE, "BRICS, G7", "1 of 2 blanks."),
        (TF, "true", "It is in Tamil Nadu."),
        (TF, "false", "It is in Tamil Nadu."),
        (STATEMENTS, "1 and 2", "Corrections — 2: Two is wrong."),
        (MATCH, "1-a, 2-c, 3-b", "1 of 3 pairs."),
        (SHORT, "   ", "No answer given."),
    ],
)
def test_the_note_says_what_was_noticed_and_never_the_answer(
    question: Question, response: str, note: str
) -> None:
    verdict = grade(question, response)
    assert verdict.note == note, verdict
    assert not verdict.note or verdict.note != verdict.feedback  # the whole sentence is longer
