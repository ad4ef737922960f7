"""The label-line builder (:mod:`quizbot.notes.label_lines`): ``Founder:``, ``HQ →``,
``Capital:`` and ``Chairperson →`` lines asked of the thing their heading names."""

from __future__ import annotations

from tests.unit.notes_support import short_questions, shown_texts

_DYNASTIES = """# Kingdoms of the Deccan

## Kakatiya Dynasty (Warangal)
- Founder: **Beta I**; feudatories of the Chalukyas at first
- Capital → **Orugallu (Warangal)**, Telangana
- Rudrama Devi – one of the few women rulers of the south
"""

_BODY = """# Indian Institute of Soil and Water Conservation (IISWC) – Role & Powers

## Basics
- Technical body under the Agriculture ministry, set up in 1945
- HQ → Kaulagarh Road, Dehradun
- Chairman → **Secretary of Agriculture** (ex officio)
"""


def test_a_founder_and_a_capital_are_asked_of_the_section_s_dynasty() -> None:
    """Holdouts 161 and 166 asked nothing of ``Founder: **Tailapa II**`` under
    ``Chalukyas of Kalyani``: the founder was a cloze with no subject, dropped."""
    asked = short_questions(_DYNASTIES)
    founder = asked["Who founded the Kakatiya Dynasty?"]
    assert founder.answer == "Beta I"
    capital = asked["What was the capital of the Kakatiya Dynasty?"]
    assert (capital.answer, capital.aliases) == ("Orugallu", ("Warangal",))


def test_under_basics_the_title_up_to_its_dash_is_whose_seat_and_chair_it_is() -> None:
    """``HQ → Dholpur House, New Delhi`` under *Basics* of a note titled by its body
    (holdout 141): the title names the body, its aspects after the dash do not. A seat in
    New Delhi is not asked: of a national body, anyone guesses it."""
    asked = short_questions(_BODY)
    seat = asked[
        "Where is the headquarters of the Indian Institute of Soil and Water Conservation?"
    ]
    assert seat.answer == "Dehradun"
    assert "Kaulagarh Road" in seat.aliases
    chair = asked["Who chairs the Indian Institute of Soil and Water Conservation?"]
    assert chair.answer == "Secretary of Agriculture"
    delhi = _BODY.replace("Kaulagarh Road, Dehradun", "Sewa Bhawan, New Delhi")
    assert not any("headquarters" in p for p in short_questions(delhi))


def test_an_acronym_heading_with_its_long_form_names_both() -> None:
    """``NTCA – National Tiger Conservation Authority`` (holdout 197): the long form is
    asked, the acronym beside it; a bracket after an office is not another name of it."""
    notes = """# Tigers

## CZA – Central Zoo Authority
- Statutory body under the WPA
- Chair: **Union Minister of Environment** (MoEFCC); Member Secretary = IG Forests
"""
    chair = short_questions(notes)["Who chairs the Central Zoo Authority (CZA)?"]
    assert (chair.answer, chair.aliases) == ("Union Minister of Environment", ())


def test_a_chair_described_is_not_asked_nor_a_renamed_capital() -> None:
    """``Chairperson → retired SC judge`` describes who may chair (holdout 143), and a
    capital "renamed" has two answers (holdout 173): neither is asked."""
    notes = """# Bodies and islands

## Press Council of India
- Chairperson → retired **SC judge**, nominated by a committee
- Members → 28

## Lakshadweep Islands
- Capital: **Kavaratti** → renamed **Kavarattipuram** (2030)
"""
    texts = shown_texts(notes)
    assert not any("chairs" in t or "capital" in t for t in texts), texts


def test_a_label_lead_in_or_two_joined_things_never_own_the_fact() -> None:
    """``Bodies:`` over ``Secretariat – Beijing`` (holdout 116 asked "Where is the
    secretariat of Bodies?") and a title of two things (``Bhoodan & Gramdan Movements``:
    "Who founded Bhoodan?") name no owner."""
    notes = """# Regional Groupings

## Overview
- Bodies:
  - Secretariat – Kathmandu
  - Council of Ministers – meets yearly
"""
    assert not any("secretariat of" in t for t in shown_texts(notes))
    movements = """# Sarvodaya & Shramdaan Movements

## Basics
- Founder → **Jayaprakash Narayan** (JP), 1954
"""
    assert not any("founded" in t for t in shown_texts(movements))


def test_a_bare_kind_heading_owns_nothing_and_a_remark_is_no_other_name() -> None:
    """``Convention – basics`` over ``Secretariat → Gland, Switzerland (shares HQ w/ IUCN)``
    (holdout 213 asked "Where is the secretariat of the Convention?" and took IUCN for
    another name of Gland)."""
    notes = """# Wetlands

## Treaty – basics
- Secretariat → **Nairobi, Kenya** (shares HQ w/ UNEP)

## Basel Convention
- Secretariat → **Geneva, Switzerland** (shares HQ w/ UNV)
"""
    asked = short_questions(notes)
    assert not any("of the Treaty" in p for p in asked), list(asked)
    seat = asked["Where is the secretariat of the Basel Convention?"]
    assert "UNV" not in seat.aliases


def test_a_dated_label_is_asked_when_the_thing_was_done() -> None:
    """``Launched **28 Aug 2014**`` under a scheme's Basics (holdout 216), ``Set up **1993**
    on recommendation of …`` under a committee's heading, ``Constituted on **31 Jan 1992**``:
    when the section's thing was done, in the form the date is given."""
    notes = """# Stand-Up India Scheme (SUIS) – Features

## Basics
- Launched **5 April 2016** for SC/ST and women entrepreneurs
- Loans of ₹10 lakh to ₹1 crore

## Public Accounts Committees
- Set up **1921** under the GoI Act 1919
- Constituted on **Jan 1950** afresh after the Constitution
"""
    asked = short_questions(notes)
    launched = asked["On what date was the Stand-Up India Scheme launched?"]
    assert launched.answer == "5 April 2016"
    assert asked["In which year were the Public Accounts Committees set up?"].answer == "1921"
    assert "In which month and year were the Public Accounts Committees constituted?" in asked
