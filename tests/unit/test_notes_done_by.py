"""The done-by builder (quizbot/notes/done_by.py): ``Name – drafted by the X Committee`` is
asked "By which committee was Name drafted?", a person's deed "Who chaired …?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_the_agent_is_asked_by_the_kind_its_name_carries() -> None:
    asked = short_questions(
        "# Sport\n\n## Governance\n\n"
        "- **Sports Code 2011** – drafted by the **Mukul Mudgal Committee**, revised 2017\n"
        "- Khelo India Act (2018) – covers schools; based on the Lodha Committee\n"
    )
    drafted = asked["By which committee was Sports Code 2011 drafted?"]
    assert drafted.answer == "Mukul Mudgal Committee"
    assert "Mudgal" in drafted.aliases  # the chair's name alone names the committee
    based = asked["On which committee's recommendations was the Khelo India Act (2018) based?"]
    assert based.answer == "Lodha Committee"


def test_a_person_is_asked_who_and_a_clause_after_a_second_arrow_is_notshort_questions() -> None:
    asked = short_questions(
        "# Sport\n\n## Bodies\n\n"
        "- 3rd SAI Review (2009) – chaired by Abhinav Bindra; 12 reports\n"
        "- Asian Games Federation → Asian Games (1951) → founded by Guru Dutt Sondhi\n"
        "- Pro Kabaddi – struck down in Mashal Sports (2014)\n"
    )
    assert asked["Who chaired the 3rd SAI Review (2009)?"].answer == "Abhinav Bindra"
    assert not any(q.answer in ("Guru Dutt Sondhi", "Mashal Sports") for q in asked.values())


def test_a_summit_is_asked_when_the_line_s_head_is_the_section_s_subject() -> None:
    # The heading names the code, so the line's head is not blanked: the summit is asked.
    asked = short_questions(
        "# Anti-doping – WADA Code\n\n"
        "**WADA Code** – adopted at Copenhagen Summit (2003), in force 2004, HQ Montreal\n"
    )
    assert asked["At which summit was WADA Code adopted in 2003?"].answer == "Copenhagen Summit"


def test_no_agent_for_a_year_at_the_head_or_a_clause_after_a_comma() -> None:
    asked = short_questions(
        "# Sport\n\n## Meetings\n\n"
        "- 1001 – Council 1 met at Delhi, chaired by Ravi Kumar\n"
        "- Games Council – met at Delhi, chaired by Ravi Kumar\n"
    )
    assert not any(q.answer == "Ravi Kumar" for q in asked.values())


def test_an_office_chairs_in_the_present() -> None:
    """``SDMA – chaired by Chief Minister``: whoever is Chief Minister chairs it, so "Who
    chairs SDMA?", not "Who chaired …?" (holdout notes 17)."""
    asked = short_questions(
        "# Disaster management\n\n## Institutional framework\n\n"
        "- **Disaster Management Act, 2005** – triggered by the 2004 tsunami\n"
        "  - **NDMA** – chaired by **Prime Minister**; lays down policies\n"
        "  - **SDMA** – chaired by **Chief Minister**\n"
    )
    assert asked["Who chairs SDMA?"].answer == "Chief Minister"
    assert asked["Who chairs NDMA?"].answer == "Prime Minister"


def test_a_common_noun_at_the_head_names_no_subject() -> None:
    """``Oath administered by the CJI.`` gave "Who administered Oath?": whose oath, the line
    does not say (judged bad in blind review 25)."""
    asked = short_questions("# Polity\n\n## President\n\n- Oath administered by the CJI.\n")
    assert not [p for p in asked if p.startswith("Who administered")]
