"""The seat builder (quizbot/notes/seats.py): a body's headquarters or secretariat, written
as a short note in a line or a table cell, is asked outright: "Where is the secretariat of
SAARC?"."""

from __future__ import annotations

from quizbot.notes.seats import find_seat
from tests.unit.notes_support import short_questions


def test_the_seat_of_the_line_s_head_bracket_or_only_bold_name_is_asked() -> None:
    asked = short_questions(
        "# Groupings\n\n## Regional\n\n"
        "- 1985 – SAARC, Dhaka; secretariat Kathmandu; SAFTA signed 2004 (Islamabad summit)\n"
        "- **IPCC** – set up 1988 by WMO + UNEP, HQ Geneva; assesses science\n"
        "- COP16 Cancun (2010) → **Green Climate Fund** (HQ Songdo, S. Korea)\n"
        "- 2019 – India launches **CDRI** at a UN summit, New York; secretariat New Delhi\n"
        "- International Solar Alliance – launched by India & France (2015); HQ Gurugram\n"
    )
    assert asked["Where is the secretariat of SAARC?"].answer == "Kathmandu"
    assert asked["Where is the headquarters of IPCC?"].answer == "Geneva"
    fund = asked["Where is the headquarters of the Green Climate Fund?"]
    assert (fund.answer, fund.aliases) == ("Songdo", ("Songdo, S. Korea",))  # not the country
    assert asked["Where is the secretariat of CDRI?"].answer == "New Delhi"
    isa = asked["Where is the headquarters of the International Solar Alliance?"]
    assert isa.answer == "Gurugram"


def test_a_seat_in_a_sentence_after_arrows_is_the_last_head_s() -> None:
    asked = short_questions(
        "# Trade\n\n## WTO\n\n"
        "GATT (1947) → Uruguay Round (1986–94) → WTO from 1 Jan 1995, HQ Geneva. India was a "
        "founding member of both.\n"
    )
    assert asked["Where is the headquarters of WTO?"].answer == "Geneva"  # no full stop


def test_a_city_after_a_building_is_the_answer_and_both_are_accepted() -> None:
    asked = short_questions(
        "# Groupings\n\n## Commonwealth\n\n"
        "- 1949 – India stays in the **Commonwealth** as a republic; secretariat at "
        "Marlborough House, London\n"
    )
    seat = asked["Where is the secretariat of the Commonwealth?"]
    assert seat.answer == "London"
    assert set(seat.aliases) == {"Marlborough House, London", "Marlborough House"}


def test_a_table_row_s_seat_is_asked_of_the_row_s_name() -> None:
    asked = short_questions(
        "# Groupings\n\n## Table\n\n"
        "| Group | Founded | Notes |\n|---|---|---|\n"
        "| BIMSTEC | 1997, Bangkok Declaration | 7 members; secretariat Dhaka |\n"
        "| IORA | 1997 | Indian Ocean Rim Association; secretariat in Mauritius |\n"
        "| BRICS | 2009 | first summit at Yekaterinburg; expanded in 2024 |\n"
    )
    assert asked["Where is the secretariat of BIMSTEC?"].answer == "Dhaka"
    # The notes give a country: the question asks for one.
    assert asked["In which country is the secretariat of IORA?"].answer == "Mauritius"


def test_notes_that_do_not_say_whose_seat_or_which_place_are_not_asked() -> None:
    asked = short_questions(
        "# UN and others\n\n## Bodies\n\n"
        "- Bretton Woods (1944) → IMF + IBRD; both HQ in Washington DC\n"
        "- Secretariat – headed by the Secretary-General, appointed for 5 yrs\n"
        "- Troika: G20's outgoing, current and incoming presidencies; G20 has no secretariat\n"
        "- India – HQ of many bodies, such as ISA; secretariat of CDRI too\n"
        "- **WADA Code** – adopted at Copenhagen Summit (2003), HQ Montreal\n"
    )
    assert not [p for p in asked if p.startswith("Where is the")]


def test_a_seat_note_opens_a_part_of_the_text() -> None:
    assert find_seat("UNFCCC – adopted 1992, secretariat Bonn") is not None
    assert find_seat("The UN has its headquarters in New York") is None
    assert find_seat("both HQ in Washington DC") is None
    assert find_seat("secretariat – headed by the Secretary-General") is None


def test_a_seat_in_brackets_after_a_meeting_is_the_bodys() -> None:
    """``**International Solar Alliance** launched by India & France at COP21 (HQ Gurugram)``
    once asked "Where is the headquarters of COP21?": a conference has no headquarters
    (holdout review 23)."""
    asked = short_questions(
        "# Climate\n\n## Regime\n\n"
        "- **International Solar Alliance** launched by India & France at COP21 (HQ Gurugram)\n"
    )
    seat = asked["Where is the headquarters of the International Solar Alliance?"]
    assert seat.answer == "Gurugram"
    assert not [p for p in asked if "COP21" in p]


def test_a_building_then_a_city_of_two_words_is_asked_as_the_city() -> None:
    """``HQ Yugantar Ashram, San Francisco.``: the city is the answer a learner gives (the
    building accepted too); "San Francisco" is no remark to cut off (holdout notes 10)."""
    asked = short_questions(
        "# Revolutionaries\n\n## Abroad\n\n"
        "- **Ghadar Party** (1913) – Punjabi immigrants on the US Pacific coast, HQ Yugantar "
        "Ashram, San Francisco.\n"
    )
    seat = asked["Where is the headquarters of the Ghadar Party?"]
    assert seat.answer == "San Francisco"
    assert "Yugantar Ashram" in seat.aliases


def test_a_seat_in_an_indian_city_is_asked_where() -> None:
    """``NIA – …; HQ Delhi.`` once asked "In which country is the headquarters of NIA?" keyed
    Delhi (judged bad in blind review 30): Delhi is a city of India, not a country."""
    asked = short_questions(
        "# Security\n\n## Agencies\n\n- **NIA** – NIA Act 2008, after 26/11; HQ Delhi.\n"
    )
    assert asked["Where is the headquarters of NIA?"].answer == "Delhi"
