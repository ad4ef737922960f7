"""Classes found on the thirty-first session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import ListQuestion, Match, Mcq
from quizbot.notes.table_columns import said_name
from quizbot.notes.timeline_dates import hints_at
from tests.unit.notes_support import asked_by_answer, generated, shown_texts


def test_a_share_of_the_members_under_a_composition_label_is_no_size() -> None:
    """ "How many members does the NHRC have?" of ``3 members w/ knowledge of HR``, the third
    bullet under ``Composition:`` (holdout 339, bad: the commission has more)."""
    notes = (
        "# Regulators\n\n## Competition Commission\n"
        "Composition:\n"
        "- Chairperson → person of ability and integrity\n"
        "- 1 member → former judge of a High Court\n"
        "- 6 members w/ knowledge of economics or law\n"
    )
    assert not any("How many members" in text for text in shown_texts(notes))


def test_the_size_that_opens_a_composition_label_is_still_asked() -> None:
    notes = (
        "# Regulators\n\n## Competition Commission\n"
        "Composition:\n"
        "- 7 members → a chairperson and six others\n"
        "- Chairperson → person of ability and integrity\n"
    )
    assert any(
        "How many members does the Competition Commission have?" in text
        for text in shown_texts(notes)
    )


def test_a_one_word_idea_takes_no_article() -> None:
    """ "Which school is known for the logic and epistemology?" (holdout 339)."""
    notes = (
        "# Greek thought\n\n## Schools\n"
        "| School | Founder | Key idea |\n|---|---|---|\n"
        "| Stoicism | Zeno of Citium | virtue and self-control |\n"
        "| Epicureanism | Epicurus | pleasure as absence of pain |\n"
        "| Cynicism | Antisthenes | the simple life against convention |\n"
        "| Skepticism | Pyrrho | suspension of judgement |\n"
    )
    prompts = [p for p in shown_texts(notes) if "known for" in p]
    assert any(p.endswith("known for virtue and self-control?") for p in prompts), prompts
    assert not any("known for the virtue" in p for p in prompts)


def test_a_date_cell_that_says_in_what_form_is_part_of_the_question() -> None:
    """``| NCSC | … | 2004 (as separate body) |`` asked "In which year was NCSC set up?":
    its commission of 1990 is as right (holdout 339)."""
    notes = (
        "# Regulators\n\n## Bodies compared\n"
        "| Body | Basis | Set up | Reports to |\n|---|---|---|---|\n"
        "| SEBI | SEBI Act 1992 | 1992 (as statutory body) | Parliament |\n"
        "| IRDAI | IRDA Act 1999 | 2000 | Parliament |\n"
        "| PFRDA | PFRDA Act 2013 | 2014 | Parliament |\n"
    )
    asked = asked_by_answer(notes)
    assert asked.get("1992") == "In which year was SEBI set up as a statutory body?", asked


def test_a_heading_that_says_how_a_thing_stands_makes_no_match() -> None:
    """ "Match each item of List I (Livestock sector nows) …" of a country, a state, a
    sector and cooperatives: each pair found by its kind (holdout 338, bad)."""
    notes = (
        "# Fisheries\n\n## Fisheries sector now\n"
        "- India → third largest fish producer, second in aquaculture; exports = shrimp led\n"
        "- Andhra Pradesh = top fish-producing state\n"
        "- Fish census every 5 yrs (first 1948); 10th (2016)\n"
        "- Agriculture = **State subject** (Entry 14, List II); Art 48 → organise farming\n"
        "- Cooperatives → 97th Amendment (2011) added Part IXB; SC (2021) struck down parts\n"
    )
    assert not any(isinstance(q, Match) for q in generated(notes))


def test_the_members_of_a_body_its_heading_names_are_asked_whole() -> None:
    """``Members: Pethick-Lawrence (…), Sir Stafford Cripps (…), A.V. Alexander (…).`` under
    ``## Cabinet Mission (arrived Mar 1946)`` was "Name all three Members." and turned away
    as an open set (holdout 338): a body's members are all of them."""
    notes = (
        "# Centre–State relations\n\n## Sarkaria Commission (1983)\n"
        "Members: R.S. Sarkaria (chair), B. Sivaraman (ex-Cabinet Secy), S.R. Sen (economist).\n"
        "Report submitted in 1988 with 247 recommendations.\n"
    )
    lists = [q for q in generated(notes) if isinstance(q, ListQuestion)]
    assert [q.prompt.rsplit(": ", 1)[-1] for q in lists] == [
        "Name all three members of the Sarkaria Commission."
    ]
    assert lists[0].answer == ("R.S. Sarkaria", "B. Sivaraman", "S.R. Sen")


def test_a_heading_keeps_the_years_that_give_nothing_of_the_key() -> None:
    """``UNCLOS (1982) zones — India ratified (1995)`` was cut to ``UNCLOS zones — India
    ratified`` above "What is the extent of the EEZ?" (= 200 nm), while a sibling kept it
    (holdout 338): the years hint at no count or distance."""
    notes = (
        "# Parliament\n\n## Financial committees (since 1921) — reformed (1993)\n\n"
        "| Committee | Members | Chaired by |\n|---|---|---|\n"
        "| Public Accounts Committee | 22 | opposition member |\n"
        "| Estimates Committee | 30 | ruling party member |\n"
        "| Committee on Public Undertakings | 22 | ruling party member |\n"
    )
    (asked,) = [q for q in generated(notes) if "members does the Public Accounts" in str(q)]
    assert asked.topic == "Parliament › Financial committees (since 1921) — reformed (1993)"


def test_hints_at_reads_years_numbers_and_spans() -> None:
    assert not hints_at("UNCLOS (1982) zones", "200 nm")
    assert hints_at("Swadeshi phase (1905–1911)", "1907")
    assert hints_at("Voting rights (Art 324–329)", "Art 326")
    assert hints_at("Mauryas (322–185 BCE)", "268 BCE")
    assert hints_at("Delhi Sultanate (1206–1526)", "1210")
    assert not hints_at("Governor (Arts 153–162)", "Article 361")


def test_a_comma_inside_an_items_bracket_does_not_split_it() -> None:
    """``R.S. Sarkaria (chair, retd SC judge), B. Sivaraman, S.R. Sen`` is three names, not
    ``R.S. Sarkaria (chair`` and ``retd SC judge)``."""
    notes = (
        "# Centre–State relations\n\n## Punchhi Commission (2007)\n"
        "Members: M.M. Punchhi (chair, retd CJI), Dhirendra Singh, V.K. Duggal.\n"
    )
    (listed,) = [q for q in generated(notes) if isinstance(q, ListQuestion)]
    assert listed.answer == ("M.M. Punchhi", "Dhirendra Singh", "V.K. Duggal")


_REEFS = (
    "# Coral reefs of India\n\n## Major reef areas\n\n"
    "| Reef area | State/UT | Type | Known for |\n|---|---|---|---|\n"
    "| Gulf of Kachchh reefs | Gujarat | fringing | northernmost reefs, hardy corals |\n"
    "| Malvan reefs | Maharashtra | patch | rocky shore corals |\n"
    "| Gulf of Mannar reefs | TN | fringing | 21 islands, dugongs |\n"
    "| Kavaratti reefs | Lakshadweep | atoll | lagoons, sea grass |\n"
    "| Netrani reefs | Karnataka | patch | dive site |\n"
)


def test_a_union_territory_is_asked_among_territories() -> None:
    """A&N among Odisha, Bihar and West Bengal for a marine park: the one territory of the
    options, beside a landlocked state (holdout 340, bad twice)."""
    (asked,) = [q for q in generated(_REEFS) if isinstance(q, Mcq) and q.answer == "Lakshadweep"]
    assert set(asked.options) == {
        "Lakshadweep",
        "Andaman and Nicobar Islands",
        "Puducherry",
        "Dadra and Nagar Haveli and Daman and Diu",
    }


def test_a_name_that_says_its_kind_takes_no_column_noun() -> None:
    """ "the Mahatma Gandhi Marine National Park, Wandoor mpa" (holdout 340): a name whose kind
    comes before its place, or a header that is a short form, adds no noun."""
    assert said_name("Mahatma Gandhi Marine NP, Wandoor", "MPA") == (
        "Mahatma Gandhi Marine NP, Wandoor"
    )
    assert said_name("Kuno", "MPA") == "Kuno"
    assert said_name("Tarapur", "Plant") == "the Tarapur plant"


def test_a_meeting_is_asked_with_its_place() -> None:
    """ "In which month and year was the Khilafat Conference held?" of ``(Nov 1919) Khilafat
    Conference, Delhi``, beside a Karachi Khilafat conference of 1921 (holdout 340, bad)."""
    notes = (
        "# Non-alignment\n\n## Timeline\n"
        "- (Apr 1955) Afro-Asian Conference, Bandung\n"
        "- (Sept 1961) first NAM summit, Belgrade\n"
    )
    assert asked_by_answer(notes)["Apr 1955"] == (
        "In which month and year was the Afro-Asian Conference held at Bandung?"
    )


def test_a_reported_he_and_an_unnamed_target_are_pointers() -> None:
    """ "Tradition says he moved from ___ to Vaishnavism" (holdout 341) and "Government sets
    the target every ___ years" (holdout 340): who, and the target of what?"""
    notes = (
        "# Mauryas\n\n## Chandragupta\n"
        "Chandragupta Maurya founded the empire in 321 BCE with Chanakya's help. "
        "Legend says he became a follower of Jainism under Bhadrabahu.\n\n"
        "## Fifteenth Finance Commission (FC)\n"
        "The FC (5 members) sets the states' share of central taxes: chair N.K. Singh + 4 "
        "members appointed by the President. It was constituted under Art 280 in Nov 2017, "
        "following the Fourteenth FC (2015) on **vertical devolution**. Govt sets the ceiling "
        "every 5 yrs → fiscal deficit 3% of GDP.\n"
    )
    shown = shown_texts(notes)
    assert not any("Legend says he" in text for text in shown), shown
    assert not any("sets the ceiling" in text for text in shown), shown


def test_an_idea_of_one_word_is_clue_enough() -> None:
    """ "Which school is known for chitta-vritti-nirodha?" went with its article ("known for
    the …" had counted five words; holdout 339): a doctrine's name tells the rows apart."""
    notes = (
        "# Greek thought\n\n## Schools at a glance\n"
        "| School | Key idea | Means of knowledge |\n|---|---|---|\n"
        "| Stoicism | apatheia; virtue | 2 |\n"
        "| Epicureanism | ataraxia; pleasure as absence of pain | 1 |\n"
        "| Cynicism | self-sufficiency; life by nature | 1 |\n"
        "| Skepticism | suspension of judgement | 0 |\n"
    )
    assert any(t.endswith("known for apatheia?") for t in shown_texts(notes))


def test_a_record_held_by_a_country_asks_which_country() -> None:
    """ "Which is the 2nd largest fish producer in the world?" did not say it wants a country
    (holdout 338)."""
    notes = (
        "# Fisheries\n\n## Fish production\n"
        "- China = largest fish producer in the world; India second\n"
    )
    assert asked_by_answer(notes)["China"] == (
        "Which country is the largest fish producer in the world?"
    )
