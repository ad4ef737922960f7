"""The classes found on the nineteenth session's rounds of fresh notes (holdouts 279 on)
and on its look back at the classes left alone, each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq
from quizbot.notes import generate_questions
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import short_questions, shown_texts


def test_a_committee_s_year_is_the_year_it_is_associated_with() -> None:
    """``2003 – **Malimath Committee** on reforms of criminal justice system``: the year a
    timeline gives a committee is as often its report's as its appointment's (Malimath was
    appointed in 2000), so "In which year was … appointed?" was wrong (holdouts 235, 241,
    272); a commission is still asked when it was appointed."""
    notes = """# Centre–State Relations

## Timeline
- 1983 – Sarkaria Commission
- 1988 – Venkatachaliah Committee on tax devolution
- 2018 – Committee for Reforms in Police Training → chair **R.K. Raghavan**
"""
    asked = short_questions(notes)
    assert "In which year was the Sarkaria Commission appointed?" in asked
    committee = asked[
        "With which year is the Venkatachaliah Committee on tax devolution associated?"
    ]
    assert committee.answer == "1988"
    assert not any("Committee" in p and "appointed" in p for p in asked)
    # "Committee for Reforms" names nothing: the name runs on (changed-58, bad)
    assert not any(p.endswith("Committee for Reforms associated?") for p in shown_texts(notes))


def test_a_summit_called_off_is_not_asked_when_it_was_held() -> None:
    """``2016 – 19th summit (Islamabad) called off after **Uri attack**`` was asked "In
    which year was the 19th summit (Islamabad) called off held?" (holdout 279, bad)."""
    notes = """# Commonwealth

## Timeline
- 2018 – CHOGM held in London
- 2022 – 26th summit (Kigali) called off after the floods
"""
    assert not any("called off held" in p for p in shown_texts(notes))


def test_a_thing_that_returns_is_not_asked_when() -> None:
    """``2023 – El Niño returns → monsoon 94% of LPA``: it returns every few years, so
    neither "In which year did El Niño return?" nor "In 2018, El Niño returned." (false?)
    has one answer (holdout 279, bad)."""
    notes = """# Locusts

## Timeline
- 1926 – Desert locust plague begins in Rajasthan
- 1993 – Locust swarms return → crops lost in Barmer
"""
    shown = shown_texts(notes, statements=True)
    assert not any("return" in s for s in shown)


def test_a_lasting_event_s_year_has_no_option_next_to_it() -> None:
    """``1877 – Great Famine``: the famine ran 1876–78, so 1878 was no wrong option
    (holdout 279, bad). An event that lasts takes no year within two of its own."""
    lines = "\n".join(f"- {1800 + 7 * i} – Famine of {name}" for i, name in enumerate(_PLACES))
    notes = f"# Famines in British India\n\n## Timeline\n{lines}\n"
    asked = [q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Mcq)]
    years = [q for q in asked if q.prompt.startswith("In which year")]
    assert years
    for q in years:
        near = {str(int(q.answer) + d) for d in (-2, -1, 1, 2)}
        assert not near & set(q.options), q


_PLACES = ("Bundelkhand", "Orissa", "Rajputana", "Madras", "Deccan", "Bihar", "Bengal", "Agra")


def test_a_plural_of_people_is_no_present_verb() -> None:
    """``1983 – Foreign ministers at New Delhi`` was put "In 1981, Foreign ministered at New
    Delhi." (holdout 279, bad)."""
    notes = """# ASEAN

## Timeline
- 1967 – Bangkok Declaration signed by five states
- 1976 – Foreign ministers at Bali → Treaty of Amity
"""
    assert not any("ministered" in s for s in shown_texts(notes, statements=True))


def test_the_house_that_passes_every_act_is_not_asked() -> None:
    """``1999 – GI Act passed by Parliament``: "Who passed the GI Act in 1999?" asks
    nothing (holdout 280, bad)."""
    notes = """# Wildlife law

## Timeline
- 1972 – Wildlife Protection Act passed by Parliament
- 1999 – GI Act passed by Parliament
"""
    assert not any(p.startswith("Who passed") for p in short_questions(notes))


def test_one_of_two_paired_communities_and_a_quoted_word_are_not_blanked() -> None:
    """``Gandhi saw Khilafat as a chance to unite Hindus & Muslims "as would not arise in a
    hundred years"``: "unite ___ & Muslims" gives itself away (holdout 280, bad), and a blank
    inside the quotation asks its wording."""
    notes = """# Lucknow Pact

## Background
Tilak saw the pact as a chance to unite Hindus & Muslims "as would not arise in fifty years".
"""
    keys = {
        k
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Cloze)
        for b in q.blanks
        for k in b
    }
    assert not keys & {"Hindus", "fifty", "50"}


def test_a_graded_cell_or_a_place_s_row_of_a_comparison_is_not_asked() -> None:
    """``| Trade winds | strong easterlies | weaken | stronger |`` (La Niña's are strong too)
    and ``| Australia, Indonesia | normal | drought, bushfires | floods |`` ("as its
    Australia, Indonesia") (holdout 279, bad and weak); a cell said in relation to another
    (``tilts more`` beside ``deep W, shallow E``) is neither asked nor asked beside
    (changed-58, bad)."""
    notes = """# Ocean states

## Compared
| Feature | Neutral | Warm phase | Cold phase | Mixed phase |
|---|---|---|---|---|
| Westerly jet | strong core | weak core | stronger | split core |
| Chile, Argentina | normal | heavy snow | dry winters | mild winters |
| Sea ice | average cover | thin first-year ice | thick multi-year ice | broken pack ice |
| Jet stream | straight path | buckles | buckles more | wavy path |
| Snow line | 4,000 m | 4,300 m | lower | 4,100 m |
"""
    asked = [q.prompt for q in generate_questions(notes, "n/notes.md") if isinstance(q, Mcq)]
    assert any("sea ice" in p for p in asked)
    assert not any("strong core" in p or "Chile" in p for p in asked)
    assert not any("straight path" in p or "buckles" in p or "lower" in p for p in asked)


def test_a_leader_the_row_sets_apart_from_the_movement_is_not_asked() -> None:
    """``| Andhra (Gudem hills) | **Alluri Sitarama Raju** | guerrilla, not non-violent |``
    under the Non-Cooperation Movement: he led the Rampa revolt, not the movement in Andhra
    (holdout 280, bad)."""
    notes = """# Civil Disobedience Movement (1930–34)

## Regional spread
| Region | Leader | Note |
|---|---|---|
| Peshawar | **Khan Abdul Ghaffar Khan** | Khudai Khidmatgars |
| Malabar | **K. Kelappan** | salt march to Payyanur |
| Manipur | **Rani Gaidinliu** | armed Naga revolt, not non-violent |
"""
    asked = short_questions(notes)
    assert "Who led the Civil Disobedience Movement in Peshawar?" in asked
    assert not any("Manipur" in p for p in asked)


def test_the_writer_s_syllabus_line_is_not_asked() -> None:
    """``> GS-III (economy, IT) + GS-II (govt policies). Link w/ G20 2023, e-comm regulation,
    privacy debate.``: "Link with G20 ___, …" asks the writer's note to self (holdout 281)."""
    notes = """# Account Aggregators

> GS-III (banking) + GS-II (data governance). Link w/ DEPA 2020, consent layer, privacy debate.

## Basics
- Licensed by the **RBI** as NBFC-AAs since 2016
"""
    assert not any("DEPA" in s or "GS-" in s for s in shown_texts(notes))


def test_a_committee_s_year_has_no_option_within_three_years() -> None:
    """ "With which year is the Subhash Chandra Garg committee associated?" offered 2017, the
    year it was appointed (its report, 2019, was the key): a committee's years run from
    one to the other, so no wrong option lies within three years of its own."""
    lines = "\n".join(f"- {1950 + 9 * i} – {name} Committee" for i, name in enumerate(_CHAIRS))
    notes = f"# Administrative reform\n\n## Timeline\n{lines}\n"
    found = generate_questions(notes, "n/notes.md")
    asked = [q for q in found if isinstance(q, Mcq) and q.prompt.startswith("With which year")]
    assert asked
    for q in asked:
        near = {str(int(q.answer) + d) for d in range(-3, 4) if d}
        assert not near & set(q.options), q


_CHAIRS = ("Gorwala", "Appleby", "Santhanam", "Morarji Desai", "Sarkaria", "Hota", "Moily")


def test_a_proposed_by_label_asks_who_proposed_the_thing() -> None:
    """``| Proposed by | **Xi Jinping** (Oct 2013, Indonesia visit) |`` in a table of the
    AIIB's basics (holdout 281's key fact, never asked)."""
    notes = """# New Development Bank (NDB)

## Basics at a glance
| Item | Detail | Remember |
|---|---|---|
| Proposed by | **Manmohan Singh** (BRICS summit, 2012) | first mooted at New Delhi |
| HQ | **Shanghai**, China | regional centre in Johannesburg |
"""
    asked = short_questions(notes)
    assert asked["Who proposed the New Development Bank?"].answer == "Manmohan Singh"


def test_a_country_takes_its_article_and_a_bare_kind_is_not_asked_when() -> None:
    """``2015 – UK joins (Mar)`` was asked "In which year did UK join?" and ``2016 – Bank
    opens (Jan)`` "In which year did Bank open?" (holdout 281, weak): which bank?"""
    assert when_question("UAE joins", "year") == "In which year did the UAE join?"
    assert when_question("Bank opens (July), Shanghai", "year") is None
    assert when_question("Board meets at Manila", "year") is None


def test_a_subject_named_only_before_and_a_line_opening_on_struck_are_not_asked() -> None:
    """``The protocol itself had been launched on International Snow Leopard Day 2019, …``
    (which protocol?) and ``Struck down Sec 8(4) RP Act`` (who did?) (holdout 283, bad)."""
    notes = """# Tiger census

## How many in India?
The fifth cycle of the All India Tiger Estimation counted 3,682 tigers. The method itself had been revised in 2006, when camera traps were brought in across 20 states.

## Navtej Johar v UoI (2018)
- Struck down part of Sec 377 IPC
"""
    shown = shown_texts(notes, statements=True)
    assert not any("method itself" in s or s.startswith("Struck") for s in shown)


def test_a_date_that_names_its_day_does_not_ask_the_day() -> None:
    """``2020 – Project Dolphin announced by PM in **Independence Day** speech (15 Aug)``:
    "(15 Aug)" gives away the blank (holdout 282, bad)."""
    notes = """# Clean Air

## Timeline
- 2019 – National Clean Air Programme launched (10 Jan)
- 2021 – Green Mission announced by PM in **Republic Day** address (26 Jan)
"""
    keys = {
        k
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Cloze)
        for b in q.blanks
        for k in b
    }
    assert "Republic Day" not in keys


def test_a_leader_or_area_column_is_not_read_as_leaders() -> None:
    """``| Revolt | Year(s) | Leader / area | Remark |`` gave "Which revolt of 1830 was led by
    Upper Assam?" (holdout 284, bad): a cell of that column may be a place."""
    notes = """# Tribal revolts

## Compared
| Revolt | Year | Leader / area | Remark |
|---|---|---|---|
| Kol uprising | 1831 | Buddhu Bhagat | against land transfer |
| Ho revolt | 1820 | Singhbhum | against the Raja of Porahat |
| Bhil revolt | 1818 | Khandesh | against Company rule |
"""
    assert not any("led by" in p for p in shown_texts(notes))


def test_a_scholar_is_not_asked_where_he_is_located() -> None:
    """``| Scholar | Place | Main work (year) |`` gave "Where is Aryabhata located?"
    (holdout 285, weak): a person is from a place, never "located" there."""
    notes = """# Medieval scholars

## Compared
| Scholar | Place | Known for |
|---|---|---|
| Bhaskara II | Bijjada Bida | Lilavati, calculus ideas |
| Madhava | Sangamagrama | infinite series for pi |
| Nilakantha | Trikkandiyur | Tantrasangraha |
"""
    assert not any("located" in p for p in shown_texts(notes))


def test_his_after_a_thing_that_is_his_is_not_the_thing_s() -> None:
    """``Khandakhadyaka (665 CE) is his practical astronomy handbook. His work was
    translated into Arabic …`` was put "Khandakhadyaka's work was translated into ___"
    (holdout 285, bad: a book has no work; "his" is Brahmagupta's)."""
    notes = """# Ancient medicine

## Charaka
Charaka was the court physician of Kanishka. Charaka Samhita (c. 100 CE) is his great compendium of medicine. His work was translated into Persian under the Abbasids and reached Europe through Latin.
"""
    assert not any("Samhita's" in s for s in shown_texts(notes, statements=True))
