"""Classes found on the thirtieth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.clause_shapes import called_question
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import asked_by_answer, generated, shown_texts


def test_a_target_year_after_the_arrow_is_no_second_date() -> None:
    """``(2010) JNNSM launched (Jan) → 20 GW … by 2022``: the year after the arrow is the
    event's target, yet the line was read as dated twice and never asked (holdout 332)."""
    notes = (
        "# Space programme\n\n## Timeline\n"
        "- (2014) Mars Orbiter Mission launched → Mars orbit reached, target was 2015\n"
        "- (2023) National Quantum Mission approved → quantum computers by 2031\n"
    )
    asked = asked_by_answer(notes)
    assert asked["2014"].endswith("In which year was the Mars Orbiter Mission launched?")
    assert asked["2023"].endswith("In which year was the National Quantum Mission approved?")


def test_a_second_date_before_the_arrow_still_keeps_the_line_unasked() -> None:
    """Two dates of the event itself: "when?" would have two answers."""
    notes = (
        "# Space programme\n\n## Timeline\n"
        "- (1975) **Aryabhata** launched from Kapustin Yar, 1976 re-entry → first satellite\n"
    )
    assert "1975" not in asked_by_answer(notes)


def test_an_adjective_after_a_present_verb_is_no_deed_done() -> None:
    """ "In which year was the Narasimha Rao government introduces revised bill?" — the
    participle ``revised`` was read as the deed (holdout 312)."""
    assert (
        when_question("Vajpayee government introduces amended bill", "year")
        == "In which year did the Vajpayee government introduce amended bill?"
    )


def test_a_plural_name_of_a_kind_takes_were() -> None:
    """ "In which year was the Grievance Appellate Committees added?" (holdout 333)."""
    assert (
        when_question("State Finance Commissions set up", "year")
        == "In which year were the State Finance Commissions set up?"
    )


def test_a_named_object_of_a_kind_takes_the() -> None:
    """ "did Nehru move Objectives Resolution?" (holdout 326), "did MoES launch Monsoon
    Mission?" (holdout 297)."""
    assert (
        when_question("Gandhi launches Salt Satyagraha", "year")
        == "In which year did Gandhi launch the Salt Satyagraha?"
    )
    assert when_question("Babur defeats Ibrahim Lodi", "year") == (
        "In which year did Babur defeat Ibrahim Lodi?"
    )


def test_a_unit_in_lower_case_opens_a_glossary_line_of_its_own() -> None:
    """``tmcft: thousand million cubic feet`` was joined to the line above it, whose term
    was then asked of both definitions at once (holdout 332, bad)."""
    notes = (
        "# Air quality\n\n## Glossary\n"
        "Smog: smoke and fog mixed, trapping pollutants near the ground\n"
        "ppm: parts per million, a unit of concentration\n"
    )
    shown = " ".join(shown_texts(notes))
    assert "smoke and fog mixed, trapping pollutants near the ground" in shown
    assert "ground ppm" not in shown


def test_a_glossary_label_with_its_colon_heads_the_entries_below_it() -> None:
    """``Glossary:`` on a line of its own was read as the first entry's term, and the
    entries kept the last heading as their topic (holdout 335)."""
    notes = (
        "# Temples\n\n## Patrons\n- Rajaraja I built the Brihadeeswara temple\n\n"
        "Glossary:\n"
        "Gopuram: monumental gateway tower of a south Indian temple enclosure\n"
        "Mandapa: pillared hall in front of a temple's sanctum\n"
    )
    topics = {q.topic for q in generated(notes) if "Gopuram" in str(q) or "Mandapa" in str(q)}
    assert topics == {"Temples › Glossary"}


def test_a_definition_that_is_a_formula_or_a_clause_is_not_asked_what_it_is_called() -> None:
    """ "What is an actual annual output ÷ max possible output … called?" (holdout 332),
    "What is a toxin builds up in one organism … called?" and "What is mass of living
    matter …?" (holdout 334), "What is duty-free pass …?" (holdout 333)."""
    assert called_question("total public debt ÷ gross domestic product of the year") is None
    assert called_question("pollutant moves up the food chain in rising concentration") is None
    assert (
        called_question("amount of water vapour in the air at a given time")
        == "What is the amount of water vapour in the air at a given time called?"
    )
    assert (
        called_question("class of tenants with hereditary rights")
        == "What is a class of tenants with hereditary rights called?"
    )


def test_a_glossary_meaning_is_read_up_to_the_arrow_that_leads_to_its_effect() -> None:
    """``Isotherm: line joining places of equal temperature → Köppen boundaries are
    isotherms``: the arrow kept every entry of a glossary unasked (holdout 335); a chain of
    arrows is a process, asked whole or not at all, and an arrow between two words is one
    relation (``pir → murid``)."""
    notes = (
        "# Soils\n\n## Glossary\n"
        "Leaching: washing out of soluble nutrients by heavy rain → infertile laterite\n"
        "Salinisation: build-up of salts in topsoil → land turns barren\n"
        "Podzolisation: acid humus → iron and aluminium washed down → grey bleached layer\n"
        "Soil profile: vertical section of soil horizons A → B, down to the parent rock\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Leaching"] == "What is washing out of soluble nutrients by heavy rain called?"
    assert asked["Salinisation"] == "What is a build-up of salts in topsoil called?"
    assert "Podzolisation" not in asked and "Soil profile" not in asked
    assert called_question("mystical music to induce ecstasy") == (
        "What is mystical music to induce ecstasy called?"
    )


def test_what_happened_on_a_day_after_the_arrow_is_no_clue_to_the_head() -> None:
    """ "Which mission (1946) is this: CA first meets 9 Dec 1946?" (holdout 334, bad)."""
    notes = "# Elections\n\n## Timeline\n- (1975) Shah Commission → inquiry opens 28 May 1977\n"
    assert not any("inquiry opens" in p for p in asked_by_answer(notes).values())


def test_a_share_said_in_words_beside_its_blank_gives_it_away() -> None:
    """ "By the ___ law, only about a tenth of the energy … is passed on" = 10% (334)."""
    question = Cloze(
        id="t", text="Under the {{50%}} rule, about half the seats go to the majority party."
    )
    assert "said in words" in " ".join(question_warnings(question))
    fair = Cloze(id="t", text="Under the {{50%}} rule, seats go to the majority party.")
    assert not any("said in words" in w for w in question_warnings(fair))


def test_a_word_made_from_the_answer_gives_it_away() -> None:
    """ "The whole sequence is a(n) ___ and each stage in it a seral stage" = sere (334)."""
    notes = (
        "# Rocks\n\n## Weathering\n"
        "- Bare rock is colonised by lichens and mosses first, and the whole series of "
        "communities up to the forest is a **sere**, each step of it a seral community.\n"
    )
    assert not any(isinstance(q, Cloze) and "{{sere}}" in q.text for q in generated(notes))


def test_a_verb_that_takes_no_object_is_never_made_passive() -> None:
    """ "In 1968, the First Lokpal Bill was lapsed with dissolution of 4th Lok Sabha"."""
    notes = (
        "# Parliament\n\n## Timeline\n"
        "- (1991) Land Acquisition Bill → lapsed with dissolution of the 9th Lok Sabha\n"
    )
    shown = " ".join(shown_texts(notes))
    assert "was lapsed" not in shown


def test_two_names_joined_by_a_plus_are_asked_in_words() -> None:
    """``(2015) **ISA** launched … by India + France`` was left unasked for its shorthand
    "+" (holdout 332); a numbered COP stays an unexplained acronym (COP21 says 2015: a
    fresh coach, bad)."""
    notes = (
        "# Climate\n\n## Timeline\n"
        "- (2019) **CDRI** launched at New York by India + Australia; LiFE announced\n"
        "- (2021) **IRIS** launched at COP26 Glasgow by India + Australia; LiFE announced\n"
    )
    asked = asked_by_answer(notes)
    assert asked["2019"] == "In which year was CDRI launched at New York by India and Australia?"
    assert "2021" not in asked


def test_a_units_short_form_is_not_asked_from_its_own_words() -> None:
    """ "Which term is described as “thousand million cubic feet”?" = tmcft (a fresh
    coach, bad: the answer is the long form's initials)."""
    notes = (
        "# Water\n\n## Glossary\n"
        "Aquifer: underground layer of rock that holds water\n"
        "bcm: billion cubic metres (storage unit)\n"
    )
    assert "bcm" not in asked_by_answer(notes)


def test_a_bodys_deed_after_its_arrow_is_no_advice() -> None:
    """ "Which commission (1882) recommended a reviews progress since Wood's Despatch?"
    (holdout 337, bad)."""
    notes = (
        "# Planning\n\n## Timeline\n"
        "- (1964) Mahalanobis Committee → studies income distribution since the First Plan\n"
    )
    assert not any("recommended a studies" in p for p in asked_by_answer(notes).values())


def test_how_a_thing_is_made_after_its_long_form_is_no_meaning() -> None:
    """ "Which term is described as “notified under the Environment (Protection) Act,
    1986”?" of ESA (holdout 337, bad)."""
    notes = (
        "# Environment\n\n## Glossary\n"
        "- ESZ: Eco-Sensitive Zone, notified under the Environment (Protection) Act, 1986\n"
        "- Shola: stunted evergreen forest of the upper Nilgiris\n"
    )
    assert not any("notified under" in p for p in asked_by_answer(notes).values())


def test_a_shorthand_for_one_word_is_not_asked_what_it_stands_for() -> None:
    """ "What does BR stand for?" = Biligirirangan (holdout 337, bad)."""
    notes = (
        "# Ghats\n\n## Eastern Ghats: details\n"
        "- Nallamala (NM) hills (Andhra) → a link b/w Krishna & Pennar basins\n"
    )
    assert "Nallamala" not in asked_by_answer(notes)


def test_accords_is_a_noun_not_a_verb() -> None:
    """ "In 1954, Geneva accorded on Indo-China." (holdout 336, bad)."""
    notes = "# Treaties\n\n## Timeline\n- (1993) Oslo accords on Palestine → mutual recognition\n"
    shown = " ".join(shown_texts(notes))
    assert "accorded" not in shown
