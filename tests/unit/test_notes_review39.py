"""Classes of blind review 39 (ocean currents and straits, paintings, music and dance, space
missions), each test naming the rule that now holds."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq
from quizbot.notes import generate_questions
from tests.unit.notes_support import short_questions


def test_superlatives_a_first_success_is_an_occasion() -> None:
    asked = short_questions(
        "# S&T – Indian space\n\n## Launch vehicles\n\n"
        "- **PSLV** → first success 1994; 4 stages, solid & liquid alternating\n"
    )
    assert not [p for p in asked if "success" in p]


def test_giveaway_a_coined_name_that_opens_on_a_word_of_the_question() -> None:
    found = generate_questions(
        "# S&T\n\n## Satellites\n\n| Satellite | Year | Purpose |\n|---|---|---|\n"
        "| EDUSAT | 2004 | distance education |\n| SARAL | 2013 | ocean altimetry with France |\n"
        "| RISAT | 2009 | radar imaging in all weather |\n"
        "| Cartosat | 2005 | high-resolution maps |\n",
        "n/notes.md",
    )
    assert not [q for q in found if isinstance(q, Mcq) and q.answer == "EDUSAT"]


def test_table_clues_a_participle_and_its_agent_and_the_earliest_as_a_subject() -> None:
    found = generate_questions(
        "# Art\n\n## Classical dance\n\n| Dance | State | Notes |\n|---|---|---|\n"
        "| Bharatanatyam | Tamil Nadu | revived by **Rukmini Devi Arundale**, who founded "
        "Kalakshetra (1936) |\n"
        "| Kathakali | Kerala | dance-drama, green-faced heroes |\n"
        "| Odissi | Odisha | tribhanga posture |\n\n"
        "## Miniature painting\n\n"
        "The earliest are of the **Pala** school (8th–12th c.), on palm-leaf manuscripts.\n",
        "n/notes.md",
    )
    prompts = [str(getattr(q, "prompt", "")) for q in found]
    assert not [p for p in prompts if "Which dance revived" in p]
    assert not [q for q in found if isinstance(q, Cloze) and "The earliest are" in q.text]
