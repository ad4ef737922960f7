"""The classes found on the eighteenth session's rounds of fresh notes (holdouts 270 on),
each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Match, Mcq
from quizbot.notes import generate as pipeline
from quizbot.notes import generate_questions
from quizbot.notes.grammar import with_the
from quizbot.notes.label_lines import labelled_fact
from quizbot.notes.labels import is_label
from quizbot.notes.table_clues import clue
from quizbot.notes.term_labels import plain_label
from tests.unit.notes_support import short_questions, shown_texts


def test_a_participle_line_is_asked_before_its_arrow() -> None:
    """``Term BRIC coined by **Jim O'Neill** (Goldman Sachs, 2001) → paper on …`` (holdout
    270's key fact, never asked): the arrow's tail is another note; the agent's bracket says
    who he was, then the year, which dates the question."""
    notes = """# Economic Thought

## Words that stuck
- Term Third World coined by **Alfred Sauvy** (French demographer, 1952) → three estates
"""
    asked = short_questions(notes)["Who coined the term Third World in 1952?"]
    assert asked.answer == "Alfred Sauvy"


def test_a_decade_in_the_agent_s_bracket_dates_the_question() -> None:
    """``Southern Oscillation found by **Sir Gilbert Walker** (DG of IMD, 1920s)``."""
    notes = """# Ocean Currents

## Discoveries
- El Nino Current described by Camilo Carrillo (Peruvian geographer, 1890s)
"""
    asked = short_questions(notes)
    assert asked["Who described the El Nino Current in the 1890s?"].answer == "Camilo Carrillo"


def test_a_participle_clause_cut_from_a_line_needs_a_full_name() -> None:
    """``Chairman appointed by Speaker; convention since 1967 …`` and ``PGF balanced by
    Coriolis → geostrophic wind``: cut at the semicolon or the arrow, a one-word agent is an
    office or a force, and "Who appointed Chairman?" asks nothing (changed-56)."""
    notes = """# State Legislatures

## Committees
- Chairman appointed by Governor; convention since 1970 → from the ruling party
- Winds deflected by Coriolis → trade winds blow from the north-east
"""
    prompts = set(short_questions(notes))
    assert not any(p.startswith("Who appointed") or p.startswith("Who deflected") for p in prompts)


def test_the_writer_s_summary_of_a_reason_is_no_term() -> None:
    """``China's rise → need for balance`` under ``Why India looked East`` and ``Regional
    skew → southern states get bulk of agri credit`` under ``Issues / way fwd`` (holdouts
    271 and 272, bad): the head is the writer's summary, no term to name."""
    notes = """# Urban Transport in India

## Issues / way fwd (for mains)
- Fare burden → poor commuters priced out of new metro lines, esp. in smaller cities
- Ridership shortfall → Hyderabad & Mumbai lines carry half the projected numbers

## Why cities chose metros
- Context:
  - road congestion → buses stuck in traffic for hours
  - **2005 JNNURM** → central funds, reforms tied
  - China's metros → need to catch up
"""
    assert not any(t.startswith("{{") and "}} –" in t for t in shown_texts(notes))


def test_a_purpose_or_a_list_of_bodies_is_a_label() -> None:
    """``Purpose → mobilise money …`` and ``Bodies: Governing Council … & Standing
    Committee …`` (holdout 270, bad: "Which term is described as …?" keyed "Bodies")."""
    assert is_label("Purpose") and is_label("Mandate")
    notes = """# World Trade Organization

## Structure
- Bodies: Ministerial Conference (every 2 yrs) & General Council (Geneva)
"""
    job = pipeline._prepare(notes, "notes/wto.md")
    (unit,) = [u for u in job.units if u.term is not None and u.term.base == "Bodies"]
    assert unit.term is not None and plain_label(unit.term, unit, job.ctx)


def test_a_penalty_alone_describes_no_offence() -> None:
    """``Hit-and-run (Sec 106(2)) → up to 10 yrs → truckers' strike …`` (holdout 272, bad):
    "_____ – up to 10 years" asks which offence from its penalty alone."""
    notes = """# Motor Vehicles (Amendment) Act, 2019

## New penalties
- Community service → first-time juvenile offenders, minor traffic offences etc.
- Mob-lynching → up to 10 yrs → protests
"""
    assert not any(t.endswith("}} – up to 10 years") for t in shown_texts(notes))


def test_a_common_noun_over_sub_bullets_is_no_owner_of_a_role() -> None:
    """``Provisions:`` over ``repatriate **POWs**; keep meeting …`` (holdout 270, bad):
    "What is the name of Provisions' repatriate?"."""
    notes = """# Simla Agreement, 1972

## Simla Agreement
- Provisions:
  - both to withdraw forces to the **international border**
  - repatriate **POWs**; keep meeting at highest level
"""
    assert not any("Provisions'" in p for p in short_questions(notes))


def test_a_timeline_event_with_no_subject_is_not_ordered() -> None:
    """``12 Dec 2023 – withdrawn & reintroduced w/ changes``, ``1 July 2024 – in force across
    India`` (holdout 272, bad): in a chronology "in force across India" names no event, and
    must come last anyway."""
    notes = """# Consumer Protection Act, 2019

## Timeline
- 1986 – first Consumer Protection Act → three-tier fora
- 1991 – **Consumer Welfare Fund** set up under Central Excise Act
- 2002 – Amendment to the 1986 Act (Rules 2004)
- 2011 – **Dhingra Committee** on consumer justice
- 2015 – Bill introduced in LS (Ram Vilas Paswan) → sent to Standing Cttee
- 2018 – withdrawn & reintroduced w/ changes
- 2019 – passed by LS & RS; **9 Aug 2019** – Presidential assent
- 2020 – in force across India (20 July)
"""
    questions = generate_questions(notes, "notes/consumer.md")
    orders = [q for q in questions if isinstance(q, Mcq) and "chronological" in q.prompt]
    assert all("in force" not in q.prompt and "withdrawn" not in q.prompt for q in orders)


def test_causes_and_effects_in_a_table_are_not_matched() -> None:
    """``| Mahalwari problem | Result |`` over phrases (holdout 271, bad): a cause may lead to
    several of the effects; there are no terms to match."""
    notes = """# Green Revolution

| Problem | Result |
|---|---|
| heavy use of fertiliser | soil health declines |
| free power for pumps | groundwater falls fast |
| wheat and rice favoured | pulses and millets neglected |
"""
    questions = generate_questions(notes, "notes/green.md")
    assert not any(isinstance(q, Match) for q in questions)


def test_a_first_office_holder_is_asked_of_the_section_s_thing() -> None:
    """``| 1st President | **K.V. Kamath** (India), 2015–20 |`` in the NDB's table (holdout
    270's key fact, never asked): the label is an office and its first holder; his country in
    the bracket is no other name of his."""
    notes = """# Asian Development Bank

## Asian Development Bank
| Feature | Detail | Remember |
|---|---|---|
| HQ | **Manila**, Philippines | regional offices elsewhere |
| 1st President | **Takeshi Watanabe** (Japan), 1966–72 | presidents so far all Japanese |
"""
    first = short_questions(notes)["Who was the first President of the Asian Development Bank?"]
    assert first.answer == "Takeshi Watanabe" and "Japan" not in first.aliases


def test_a_capital_or_an_outlay_is_asked_as_the_thing_s_sum() -> None:
    """``| Initial authorised capital | **$100 bn** |`` (holdout 270's key fact, never asked);
    an outlay made of two sums is not one answer."""
    notes = """# Asian Infrastructure Investment Bank

## Asian Infrastructure Investment Bank
| Feature | Detail | Remember |
|---|---|---|
| HQ | **Beijing**, China | only HQ |
| Initial authorised capital | **$100 bn** | China the largest share |

## PM-KUSUM – basics
- Outlay → **₹34,422 crore** (central) + state share = ~**₹1.4 lakh crore**
"""
    asked = short_questions(notes)
    capital = asked[
        "What was the initial authorised capital of the Asian Infrastructure Investment Bank?"
    ]
    assert capital.answer == "$100 bn"
    assert not any("outlay" in p for p in asked)


def test_a_dated_line_s_irregular_participle_gets_its_auxiliary() -> None:
    """``20 Jan 1922 – **Variyankunnath Kunjahammed Haji** shot at Malappuram`` (holdout
    271's key fact, never asked): "shot", "sent", "sworn" … are bare participles as much as
    "founded", and the line reads as a sentence with its "was"."""
    notes = """# Revolutionaries

## Timeline
- 1931 – **Chandra Shekhar Azad** shot at Alfred Park, Allahabad
- 1908 – Khudiram Bose sent to the gallows at **Muzaffarpur**
"""
    texts = shown_texts(notes)
    assert "In 1931, {{Chandra Shekhar Azad}} was shot at Alfred Park, Allahabad." in texts


def test_a_heading_of_a_thing_s_basics_names_the_thing() -> None:
    """``## ASEAN basics`` over ``Secretariat → **Jakarta**`` (holdout 271's key fact, never
    asked): "basics" after a name, with no dash, is the writer's label as much as "ASEAN –
    basics"."""
    notes = """# India and the Indian Ocean

## IORA basics
- Founded **7 March 1997** — Mauritius
- Secretariat → **Ebene**, Mauritius; Charter signed 1997
"""
    asked = short_questions(notes)
    assert asked["Where is the secretariat of IORA?"].answer == "Ebene"


def test_a_dated_body_with_its_head_in_a_bracket_asks_who_headed_it() -> None:
    """``1951–54 – All India Rural Credit Survey Committee (**A.D. Gorwala**) → …`` (holdout
    272's key fact, never asked); a bracket of initials is a person, ``(PAC)`` is not."""
    notes = """# Panchayati Raj

## Timeline
- 1957 – Balwantrai Mehta Committee → three-tier structure
- 1977–78 – Committee on Panchayati Raj Institutions (**Ashok Mehta**) → two-tier
- 1985 – GVK Rao Committee (**G.V.K. Rao**) → block level
- 1986 – Committee on Revitalisation of PRIs (L.M. Singhvi) → constitutional status
"""
    asked = short_questions(notes)
    singhvi = asked["Who headed the Committee on Revitalisation of PRIs (1986)?"]
    assert singhvi.answer == "L.M. Singhvi"
    assert not any("GVK Rao" in p for p in asked)


def test_a_timeline_line_dated_by_a_decade_is_put_in_a_sentence() -> None:
    """``1920s – **Sir Gilbert Walker** describes the Southern Oscillation`` (holdout 270's key
    fact, never asked): a decade dates a line as a year does, "In the 1920s, …"; a true/false
    with the decade changed is not made."""
    notes = """# Atmospheric Circulation

## Who found what
- 1940s – **Carl-Gustaf Rossby** describes the long waves of the westerlies
- 1735 – George Hadley explains the trade winds
- 1999 – N.H. Saji identifies the Indian Ocean Dipole
"""
    texts = shown_texts(notes, statements=True)
    assert "In the 1940s, {{Carl-Gustaf Rossby}} described the long waves of the westerlies." in (
        texts
    )
    assert not any(t.startswith("In the 19") and "{{" not in t for t in texts)


def test_a_discovery_date_under_its_heading_asks_when() -> None:
    """``Identified **1999** by **N.H. Saji** & **Toshio Yamagata**`` under ``## Indian Ocean
    Dipole (IOD)`` (holdout 270's key fact, never asked): identified, discovered, excavated
    … are deeds with a date, as launched and founded are."""
    notes = """# Ocean Science

## Madden–Julian Oscillation (MJO)
- Discovered **1971** by Roland Madden & Paul Julian (NCAR)
- Eastward-moving pulse of clouds and rain, every 30–60 days
"""
    asked = short_questions(notes)
    assert asked["In which year was the Madden–Julian Oscillation discovered?"].answer == "1971"


def test_a_body_named_with_an_ordinal_word_takes_the() -> None:
    """ "Who chaired First RTC?" (holdout 273): "First", as "1st", makes the name a common
    noun's: "the First RTC"."""
    assert with_the("First RTC") == "the First RTC"
    assert with_the("Second Round Table Conference") == "the Second Round Table Conference"


def test_a_connective_that_opens_a_line_is_no_part_of_a_name() -> None:
    """``Hence India **boycotted the first Belt and Road Forum (May 2017)**`` (holdout 274,
    bad): the cloze was keyed "Hence India"."""
    notes = """# India and the Belt and Road

## India's objections
- Corridor passes through PoK → violates India's **sovereignty**
- Hence India **boycotted the first Belt and Road Forum (May 2017)** & stays out of BRI
"""
    assert not any("{{Hence" in t for t in shown_texts(notes))


def test_a_provision_column_is_the_section_s_thing_s_values() -> None:
    """``| Feature | Provision | Note to self |`` over ``| Notified | **2 January 2018** |``
    (holdout 274, bad): "On what date was Provision notified?"; the rows are the scheme's."""
    notes = """# Gold Monetisation and Sovereign Gold Bonds

## 1. Sovereign Gold Bond Scheme at a glance
| Feature | Provision | Note to self |
|---|---|---|
| Notified | **30 October 2015** | first tranche Nov 2015 |
| Issuer | RBI on behalf of GoI | sold via banks & post offices |
"""
    asked = short_questions(notes)
    assert not any("Provision" in p for p in asked)
    assert asked["On what date was the Sovereign Gold Bond Scheme notified?"].answer == (
        "30 October 2015"
    )


def test_only_a_river_rises_at_its_origin() -> None:
    """``| International Border | Radcliffe Award (1947) |`` under ``| Line | Origin | … |``
    (holdout 275, bad): "Which line rises at Radcliffe Award (1947)?"."""
    assert clue("Origin", "Radcliffe Award (1947)", "line") is None
    assert clue("Origin", "Amarkantak", "river") == ("origin", "rising at Amarkantak")


def test_a_declaration_alone_names_no_event() -> None:
    """``9 Sept 2023 – Declaration adopted; AU admitted`` (holdout 275, bad): "On what date was
    Declaration adopted?" asks of no one declaration."""
    notes = """# BRICS Summits

## Timeline
- 2009 – 1st summit, Yekaterinburg
- 23 Aug 2023 – Johannesburg summit opens
- 24 Aug 2023 – Declaration adopted; six countries invited
"""
    assert not any("Declaration" in p for p in short_questions(notes))


def test_a_line_that_opens_on_made_or_declared_has_no_subject() -> None:
    """``Made **permanent member** at Delhi summit on India's proposal`` (holdout 275, bad):
    "Made ___ at … summit" — made what, of whom? A thing "made of" a material is another
    matter."""
    notes = """# Indian Rivers

## Gangetic dolphin
- Found in the Ganga–Brahmaputra system, nearly blind
- Made **national aquatic animal** at a 2009 meeting on the PM's advice
"""
    assert not any(t.startswith("Made") for t in shown_texts(notes, statements=True))


def test_a_meeting_s_snapshot_asks_its_venue_and_its_president() -> None:
    """``## Snapshot`` over ``| Venue | **Expo City, Dubai** (UAE) |`` and ``| President |
    **Sultan Al Jaber** |`` (holdout 275's key facts, never asked): "Snapshot" is the
    writer's label for the title's thing; a meeting was held somewhere and had a president,
    a body has one now."""
    notes = """# COP26 (2021) & the Glasgow Climate Pact

## Snapshot
| Item | Detail | Note to self |
| --- | --- | --- |
| Venue | **SEC Centre, Glasgow** (UK) | postponed a year by Covid |
| President | **Alok Sharma** | UK minister |

## World Bank
- President → **Ajay Banga** (since 2023)
"""
    asked = short_questions(notes)
    # the title names Glasgow, which the venue's key accepts (holdout 697: "Dubai" was
    # rejected for "Expo City, Dubai"): the venue is given away, so it is not asked here
    assert "Where was COP26 held?" not in asked
    assert asked["Who was the President of COP26?"].answer == "Alok Sharma"
    assert asked["Who is the President of the World Bank?"].answer == "Ajay Banga"
    venue = short_questions(notes.replace("the Glasgow Climate Pact", "its Pact"))[
        "Where was COP26 held?"
    ]
    assert venue.answer == "SEC Centre, Glasgow" and "UK" not in venue.aliases
    assert "Glasgow" in venue.aliases


def test_a_dated_meeting_and_its_city_asks_where_it_was_held() -> None:
    """``2019 – 1st Foreign Ministers' meeting, **New York** (Sept)`` and ``2022 – COP27,
    **Sharm el-Sheikh** (Egypt) → …`` (holdouts 273 and 275's key facts, never asked); a
    deed done at a meeting, a bare "7th summit" or a month after the comma is not asked.
    (Where a line's year is asked instead, "Where was … held in 1955?" would print its key.)"""
    notes = """# Non-Aligned Movement

## Timeline
- 1961 – **1st NAM Summit, Belgrade** (Sept) → 25 member states
- 1983 – 7th summit, New Delhi → Indira Gandhi chair
- 1944 – Bretton Woods Conference, July; 44 nations
- 2021 – Green grids idea at COP26, Glasgow (Nov)
"""
    asked = short_questions(notes)
    assert asked["Where was the 1st NAM Summit held in 1961?"].answer == "Belgrade"
    assert not [p for p in asked if p.startswith("Where was") and ("7th" in p or "idea" in p)]
    assert not any(q.answer == "July" for q in asked.values())


def test_a_subject_s_number_is_its_head_word_s_before_on_or_for() -> None:
    """ "In which year were the Committee on Public Undertakings created?": the head of
    ``Committee on Public Undertakings`` is "Committee", as that of ``Chalukyas of Kalyani``
    is "Chalukyas"; the three places that read a subject's head now share one reading."""
    made = labelled_fact("Created 1964", lambda: "Committee on Public Undertakings")
    assert made is not None
    assert made[0] == "In which year was the Committee on Public Undertakings created?"


def test_a_label_written_in_lower_case_is_read_as_one() -> None:
    """``- signed **29 April 1954** → "Agreement on Trade & Intercourse …"`` under ``##
    Panchsheel`` (holdout 128) asked nothing: the label patterns ignore case, but the quick
    test before them let only a few lower-case first letters through."""
    notes = """# India and China

## Panchsheel
- signed **29 April 1954** → agreement on trade with the Tibet region
- five principles of peaceful coexistence
"""
    asked = short_questions(notes)
    assert asked["On what date was Panchsheel signed?"].answer == "29 April 1954"
