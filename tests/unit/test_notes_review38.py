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


def test_table_attributes_an_ordinal_column_names_the_row_spelled_by_the_caption() -> None:
    """``| FC | Chairman | Imp. |`` under a paragraph on the Finance Commission asked "Who
    chaired first one?" (the remark column taken as the row's name; judged bad)."""
    asked = short_questions(
        "# Polity\n\n## Financial relations\n\n"
        "The **Finance Commission** (Art 280) is set up by the President every 5 yrs.\n\n"
        "| FC | Chairman | Imp. |\n|---|---|---|\n"
        "| 1st (1951) | K.C. Neogy | first one |\n"
        "| 14th | Y.V. Reddy | states' share raised to 42% |\n"
        "| 15th | N.K. Singh | 41% |\n"
    )
    assert asked["Who chaired the 14th Finance Commission?"].answer == "Y.V. Reddy"
    assert not [p for p in asked if "first one" in p or "share" in p]


def test_rules_the_writers_own_question_is_no_fact() -> None:
    from quizbot.bank.model import Cloze
    from quizbot.notes import generate_questions

    found = generate_questions(
        "# Polity\n\n## Legislative relations\n\n"
        "When can Parliament make laws on **State List** subjects?\n\n"
        "Kohlberg's best-known test is the **Heinz** dilemma – should a man steal a drug?\n",
        "n/notes.md",
    )
    texts = [q.text for q in found if isinstance(q, Cloze)]
    assert not [t for t in texts if t.startswith("When can")]


def test_superlatives_its_name_today_is_accepted() -> None:
    asked = short_questions(
        "# Geography of India\n\n## Conservation – timeline\n\n"
        "- 1936 – **Hailey NP** (now Jim Corbett NP, Uttarakhand) → India's first national park\n"
    )
    first = asked["Which was India's first national park?"]
    assert "Jim Corbett NP" in first.aliases


def test_a_revolt_is_asked_with_its_years_and_set_up_is_a_participle() -> None:
    """ "Who led the Rampa revolt?" (1879 or 1922–24?) and "Which committee (1969) is a set up
    by …?" (judged weak in blind review 38)."""
    asked = short_questions(
        "# Modern India\n\n## tribal revolts\n\n| Revolt | Yr | Area | Leader(s) |\n"
        "|---|---|---|---|\n"
        "| Paika | 1817 | Khurda (Odisha) | Bakshi Jagabandhu |\n"
        "| Kol | 1831–32 | Chotanagpur | Buddho Bhagat |\n"
        "| Rampa | 1922–24 | Godavari agency (Andhra) | Alluri Sitarama Raju |\n\n"
        "## Commissions on centre–state relations\n\n"
        "- **Rajamannar Committee (1969)** – set up by Tamil Nadu govt; wanted more autonomy\n"
        "- **Sarkaria Commission (1983–88)** – Justice R.S. Sarkaria; 247 recommendations\n"
    )
    assert asked["Who led the Rampa revolt (1922–24)?"].answer == "Alluri Sitarama Raju"
    assert not [p for p in asked if " is a set up" in p]


def test_fresh_coach_round_five_acronym_in_the_topic_and_typed_kind() -> None:
    """ "Intangible cultural heritage" blanked under the topic "UNESCO ICH" (judged bad by the
    fresh coach of this session's second round); a vaccine platform typed with "vaccine"."""
    from quizbot.bank.model import Cloze
    from quizbot.notes import generate_questions

    found = generate_questions(
        "# Culture: Languages, Festivals, UNESCO ICH\n\n## UNESCO ICH – India\n\n"
        "- **Koodiyattam** (Kerala) – proclaimed 2001\n\n"
        "Glossary\n"
        "Intangible cultural heritage: practices, performing arts, rituals & craft skills\n",
        "n/notes.md",
    )
    assert not [q for q in found if isinstance(q, Cloze) and "{{Intangible" in q.text]
    asked = short_questions(
        "# S&T\n\n### Vaccine platforms\n\n| Type | How it works | Examples |\n|---|---|---|\n"
        "| Inactivated | killed whole pathogen | IPV (Salk), **Covaxin** (Bharat Biotech) |\n"
        "| Viral vector | harmless virus carries the gene | **Covishield** (Serum Institute) |\n"
        "| DNA | plasmid DNA codes for the antigen | **ZyCoV-D** (Zydus) |\n"
    )
    covaxin = asked["Covaxin is an example of which vaccine platform?"]
    assert covaxin.answer == "Inactivated"
    assert "Inactivated vaccine" in covaxin.aliases
