"""Classes found on blind review 38 (soils, forests and wildlife; peasant, tribal and
working-class movements; centre–state relations), each test naming the rule."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_superlatives_a_claim_cut_inside_its_bracket_ends_before_it() -> None:
    asked = short_questions(
        "# Geography of India\n\n## Conservation – timeline\n\n"
        "- 1986 – **Nilgiri** → India's first biosphere reserve (TN, Kerala, Karnataka)\n"
    )
    assert asked["Which was India's first biosphere reserve?"].answer == "Nilgiri"


def test_superlatives_a_clause_under_a_topic_arrow_is_the_topics() -> None:
    """``chess → …; **D. Gukesh** = youngest undisputed world champ (…)`` would ask "Which is
    India's youngest undisputed world champ?": the world's, a person, and chess's."""
    asked = short_questions(
        "# Sport in India\n\n## Firsts\n\n"
        "- chess → V. Anand 1st Indian GM (1988); **D. Gukesh** = youngest undisputed world "
        "champ (Dec 2024, Singapore, at 18)\n"
    )
    assert not [q for q in asked.values() if q.answer == "D. Gukesh"]


def test_recommendations_a_dated_committee_and_its_advice() -> None:
    asked = short_questions(
        "# Polity\n\n## Local government\n\n"
        "- 1957 – **Balwantrai Mehta Committee** → 3-tier PRI (gram panchayat → panchayat "
        "samiti → zila parishad), democratic decentralisation\n"
    )
    assert asked["Which committee (1957) recommended a 3-tier PRI?"].answer == (
        "Balwantrai Mehta Committee"
    )
