"""Classes of blind review 36 (Governors-General and the Acts, minerals and industries,
India and the groupings), each test naming the rule that now holds."""

from __future__ import annotations

from quizbot.notes.clause_shapes import called_question
from quizbot.notes.shorthand import write_out
from tests.unit.notes_support import short_questions

_GROUPINGS = (
    "# IR – India and groupings\n\n## At a glance\n\n"
    "| Grouping | Founded | Sectt / HQ | India's role – imp. |\n|---|---|---|---|\n"
    "| SAARC | 1985, Dhaka | Kathmandu | founder; no summit since 2014 |\n"
    "| BIMSTEC | 1997, Bangkok Declaration | Dhaka | founder |\n"
    "| IORA | 1997, Mauritius | Mauritius | founder |\n"
    "| G20 | 1999 | none | member |\n"
)


def test_table_columns_one_figure_like_name_keeps_a_column_of_names() -> None:
    """``G20`` among the groupings made the column "figures" and no row was asked."""
    asked = short_questions(_GROUPINGS)
    assert asked["Where is the secretariat of SAARC?"].answer == "Kathmandu"
    assert asked["Where is the secretariat of BIMSTEC?"].answer == "Dhaka"


def test_table_links_a_steel_plant_is_asked_who_helped_build_it() -> None:
    asked = short_questions(
        "# Geography of India\n\n## steel – imp!!\n\n| plant | state | built w/ | NB |\n"
        "|---|---|---|---|\n"
        "| TISCO, Jamshedpur | Jharkhand | private, Tata (1907) | oldest |\n"
        "| Bhilai | Chh'garh | USSR | 2nd FYP |\n"
        "| Rourkela | Odisha | West Germany | 2nd FYP |\n"
        "| Durgapur | WB | UK | 2nd FYP |\n"
    )
    assert asked["With which country's help was the Rourkela steel plant built?"].answer == (
        "West Germany"
    )
    assert not [p for p in asked if "TISCO" in p and "help" in p]


def test_clause_shapes_a_things_own_name_is_not_what_a_term_means() -> None:
    assert called_question("Doctrine of Lapse") is None
    assert called_question("Doctrine of Lapse; Punjab annexed (1849)") is None


def test_superlatives_a_governor_general_is_a_person() -> None:
    asked = short_questions(
        "# Modern India\n\n## GGs of Bengal\n\n"
        "- **Warren Hastings** (1773–85) – 1st Governor-General of Bengal; impeached in Britain\n"
    )
    assert "Who was the first Governor-General of Bengal?" in asked


def test_shorthand_production_and_members() -> None:
    assert write_out("prodn from 1976; 8 mbrs") == "production from 1976; 8 members"


def test_fragments_an_ordinal_or_an_object_that_points_to_another_sentence() -> None:
    """ "The 19th at Islamabad (2016) was called off …" (the 19th what?), "Wellesley made it a
    system", "Canning gave the doctrine up after ___" lean on a sentence the learner never
    sees (blind review 36)."""
    from quizbot.bank.model import Cloze
    from quizbot.notes import generate_questions

    found = generate_questions(
        "# Modern India\n\n## SAARC and alliances\n\n"
        "- 18th summit Kathmandu (2014) = the last; the 19th at Islamabad (2016) was called off "
        "after India pulled out over the **Uri** attack\n\n"
        "Dupleix (French) had first hired out troops to Indian rulers; **Wellesley** made it a "
        "system. Canning gave the doctrine up after 1857.\n",
        "n/notes.md",
    )
    texts = [q.text for q in found if isinstance(q, Cloze)]
    assert not [t for t in texts if "19th at Islamabad" in t or "made it a" in t]
    assert not [t for t in texts if "gave the doctrine up" in t]
