"""Natural wording of list and description questions: a list is named by the noun that
introduces it, never as a quoted fragment; a description question names what its options
are (the lead-in or the heading), never "Which of these"."""

from __future__ import annotations

import textwrap

import pytest

from quizbot.bank.model import ListQuestion, Mcq, Short
from quizbot.notes import generate_questions
from quizbot.notes.list_questions import name_the_set


def _prompts(notes: str) -> dict[str, object]:
    found = generate_questions(textwrap.dedent(notes), "n.md")
    return {getattr(q, "prompt", ""): q for q in found}


@pytest.mark.usefixtures("builders_only")
def test_a_list_is_named_by_its_intro_noun() -> None:
    prompts = _prompts(
        """\
        # Rivers

        - Indus – rises in Tibet near Lake Mansarovar
          - tributaries: Jhelum, Chenab, Ravi, Beas, Satluj
        - Ganga – Bhagirathi + Alaknanda meet at Devprayag
          - left bank: Ramganga, Gomti, Ghaghara, Gandak, Kosi

        ## Final phase

        - 1946 – Cabinet Mission: Pethick-Lawrence, Stafford Cripps, A.V. Alexander
        """
    )
    assert isinstance(prompts.get("Indus: Name all five tributaries."), ListQuestion)
    assert isinstance(prompts.get("Ganga: Name all five left-bank tributaries."), ListQuestion)
    assert isinstance(
        prompts.get("Name all three members of the Cabinet Mission (1946)."), ListQuestion
    )
    assert not any("“" in p for p in prompts if p.startswith("Name"))


@pytest.mark.usefixtures("builders_only")
def test_a_description_question_names_what_its_options_are() -> None:
    prompts = _prompts(
        """\
        # Geography

        ## Soils

        - Imp. ones:
          - Alluvial – most widespread (~40% of area), northern plains & river valleys
          - Black soil / regur – from Deccan trap (basalt); Maharashtra, Gujarat, MP
          - Red & yellow – iron oxide gives the colour; Tamil Nadu, Odisha
          - Laterite – high temp + heavy rain, leaching; poor in nitrogen
          - Arid – Rajasthan; sandy, saline; kankar lower down
        """
    )
    described = [p for p, q in prompts.items() if "described as" in p]
    assert described and all(p.startswith("Which soil is described as") for p in described)
    assert all(isinstance(prompts[p], Mcq | Short) for p in described)


@pytest.mark.usefixtures("builders_only")
def test_a_plural_acronym_is_asked_in_the_singular() -> None:
    prompts = _prompts(
        "# Polity\n\n## Committees\n\n- Departmentally Related Standing Committees (DRSCs): 24 "
        "of them, set up in 1993\n"
    )
    question = prompts.get("What does DRSC stand for?")
    assert isinstance(question, Short)
    assert question.answer == "Departmentally Related Standing Committee"
    assert "Departmentally Related Standing Committees" in question.aliases


@pytest.mark.usefixtures("builders_only")
def test_a_heading_that_groups_a_topic_names_no_kind_of_its_lists_items() -> None:
    # "Space agencies" groups the topic; ISRO's centres are not space agencies
    prompts = _prompts(
        """\
        # Science and technology

        ## Space agencies

        - ISRO:
          - VSSC – designs launch vehicles at Thiruvananthapuram
          - SDSC – runs the launch pads at Sriharikota
          - URSC – builds satellites at Bengaluru
          - SAC – designs payloads at Ahmedabad
        """
    )
    described = [p for p in prompts if "described as" in p]
    assert described and not any("agency" in p for p in described)
    # one template over the items of one list is asked once, not per item
    assert len(described) == 1


@pytest.mark.usefixtures("builders_only")
def test_a_lead_in_that_counts_its_members_names_their_kind() -> None:
    prompts = _prompts(
        """\
        # Economy

        ## Financial regulators

        - Reserve Bank – 4 departments:
          - DEPR – economic research and the annual report
          - DoS – supervision of commercial banks
          - FED – foreign exchange management
          - DCM – issue of currency notes
        """
    )
    described = [p for p in prompts if "described as" in p]
    assert described and all("Which department is described as" in p for p in described)


@pytest.mark.usefixtures("builders_only")
def test_a_counted_lead_in_is_named_once_with_its_owner() -> None:
    prompts = _prompts(
        """\
        # Polity

        ## Indus Waters Treaty

        - Three eastern rivers:
          - Ravi
          - Beas
          - Satluj

        ## Rivers / dams

        - Three western rivers:
          - Indus
          - Jhelum
          - Chenab
        """
    )
    listed = [p for p, q in prompts.items() if isinstance(q, ListQuestion)]
    assert "Name all three eastern rivers of the Indus Waters Treaty." in listed
    # "Name all three Three western rivers.": of what? a section's label names no owner
    assert not any("western" in p.lower() for p in listed)


def test_a_set_is_named_once_and_its_count_is_its_items() -> None:
    assert name_the_set("Five missiles", 5, "IGMDP") == "Name all five missiles of the IGMDP."
    assert name_the_set("the four states it drains", 4, "Godavari") == (
        "Name all four states it drains."
    )
    assert name_the_set("Five missiles", 4, "IGMDP") is None  # "says five and lists four"
    assert name_the_set("Five missiles", 5, "") is None  # five missiles of what?
    assert name_the_set("first Indian Ramsar sites (1981)", 2) == (
        "Name the first two Indian Ramsar sites (1981)."
    )
    assert name_the_set("tributaries", 5) == "Name all five tributaries."


@pytest.mark.usefixtures("builders_only")
def test_a_lead_in_naming_its_owner_and_count_is_one_list_question() -> None:
    prompts = _prompts(
        """\
        # Polity

        ## Union legislature

        - Parliament – 3 parts:
          - President
          - Lok Sabha
          - Rajya Sabha
        - Finance Commission – four functions:
          - Tax devolution
          - Grants-in-aid
          - Local body funds
        """
    )
    listed = [p for p, q in prompts.items() if isinstance(q, ListQuestion)]
    assert "Name all three parts of the Parliament." in listed
    assert not any("Finance Commission" in p for p in listed)  # four, and three listed
