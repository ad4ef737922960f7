"""Classes of blind review 37 (vaccines and biotech, 18th-century states, money and
inflation), each test naming the rule that now holds."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.quantities import find_quantities
from quizbot.notes.terms import find_term
from tests.unit.notes_support import short_questions


def _clozes(notes: str) -> list[str]:
    return [q.text for q in generate_questions(notes, "n/notes.md") if isinstance(q, Cloze)]


def test_facts_a_second_his_after_a_new_person_is_not_resolved() -> None:
    """ "His Peshwa **Balaji Vishwanath** …. His son Baji Rao I succeeded him" made Baji Rao
    Shahu's son (a wrong fact, judged bad)."""
    texts = _clozes(
        "# 18th c. India\n\n## Marathas\n\n"
        "Shahu (Sambhaji's son) was let go by the Mughals in 1707. His Peshwa **Balaji "
        "Vishwanath** (1713–20) won the right to collect chauth. His son Baji Rao I succeeded "
        "him, and real power shifted from **Satara** to Poona.\n"
    )
    assert not [t for t in texts if "Shahu's son Baji Rao" in t]


def test_quantities_no_number_inside_a_thousands_group() -> None:
    assert not [q.text for q in find_quantities("found only ~20,000–25,000 protein-coding genes")]


def test_terms_a_label_and_its_value_is_no_term() -> None:
    assert find_term("HQ Calcutta → Bombay (1937); nationalised on 1 Jan 1949") is None
    assert find_term("Secretariat – headed by the Secretary-General") is not None


def test_gate_a_blank_that_only_says_whose_army() -> None:
    texts = _clozes(
        "# 18th c. India\n\n## Mysore\n\nHaider Ali rose from the **Wodeyar** army. Rajendra I's "
        "navy raided the **Srivijaya** empire (1025).\n"
    )
    assert not [t for t in texts if "{{Wodeyar" in t]
    assert [t for t in texts if "{{Srivijaya" in t]  # an empire is named by one name


def test_line_questions_the_last_peshwa_is_a_person() -> None:
    asked = short_questions(
        "# 18th c. India\n\n## Peshwas\n\n- **Baji Rao II** – last Peshwa; Treaty of Bassein\n"
    )
    assert asked["Who was the last Peshwa?"].answer == "Baji Rao II"
