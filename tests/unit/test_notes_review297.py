"""Fixes from the blind review of holdout notes 297–299 (2026-12-06), each tested on notes of
another subject than the one it was found on."""

from __future__ import annotations

from quizbot.notes import generate_questions
from tests.unit.notes_support import short_questions, shown_texts


def test_a_dashed_writers_aside_leaves_the_topic() -> None:
    """``— rev. notes``, ``– imp.``, ``— most imp.`` are the writer's marks, not a topic."""
    notes = (
        "# Kakatiya dynasty (1163 – 1323) — rev. notes\n\n"
        "## Rudrama Devi – most imp.\n\n"
        "- Marco Polo visited the kingdom at Motupalli and praised the queen's rule.\n"
    )
    topics = {q.topic for q in generate_questions(notes, "n/notes.md")}
    assert topics and all("rev." not in t and "imp." not in t for t in topics)


def test_a_dated_title_names_its_thing_without_the_dates() -> None:
    """``Kakatiya dynasty (1163 – 1323)``: the dash inside the bracket does not cut the name."""
    asked = short_questions(
        "# Kakatiya dynasty (1163 – 1323) — rev. notes\n\n## Basics\n\n"
        "- Greatest ruler → Ganapati Deva\n"
    )
    assert asked["Who was the greatest ruler of the Kakatiya dynasty?"].answer == "Ganapati Deva"


def test_a_rival_polity_is_named_with_its_kind_and_accepted_without_it() -> None:
    asked = short_questions(
        "# Kakatiya dynasty\n\n## Basics\n\n- Rival: Yadava kingdom (Devagiri)\n"
    )
    rival = asked["Who was the chief rival of the Kakatiya dynasty?"]
    assert rival.answer == "Yadava kingdom"
    assert {"Yadava", "Yadava dynasty"} <= set(rival.aliases)


def test_an_everyday_word_over_several_notes_is_a_label_not_a_term() -> None:
    """``Army: cavalry imp.; horses …``, ``Coins: gold varaha, … & fanam``: the blank would be
    the writer's label of an aspect (holdout 298: both bad)."""
    notes = (
        "# Cholas\n\n## Administration\n\n"
        "- Navy: strong; raids on Srivijaya & the Maldives\n"
        "- Trade: pepper, textiles & horses w/ China, Arabia\n"
        "- Ur: village assembly of landholders\n"
    )
    texts = shown_texts(notes)
    assert not any(t.startswith(("{{Navy}}", "{{Trade}}")) for t in texts)


def test_his_in_a_cloze_needs_a_person_named_before_it() -> None:
    notes = (
        "# Marathas\n\n## Battle of Sinhagad (1670)\n\n"
        "Tanaji Jayanti: 4 Feb (his birth anniversary).\n"
    )
    texts = shown_texts(notes)
    assert not any("his birth" in t for t in texts)


def test_a_bold_name_that_carries_its_own_kind_is_not_asked_by_the_heading_s() -> None:
    """``**Strategic Forces Command** (2003) → manages …`` under *Nuclear doctrine*: a command,
    not "Which doctrine of 2003 …?" (holdout 298, bad)."""
    asked = short_questions(
        "# Space\n\n## Space doctrine\n\nDSA structure:\n"
        "- Defence Space Research Organisation → designs weapons\n"
        "- **Defence Space Agency** (2019) → manages & administers the satellites\n"
    )
    assert not any(p.startswith("Which doctrine") for p in asked)


def test_one_word_of_a_joined_name_is_no_blank() -> None:
    notes = (
        "# Health\n\n## Timeline\n\n"
        "- (2017) Infant & Young Child Feeding norms validated; (2018) WHO declares India free of trachoma\n"
    )
    texts = shown_texts(notes)
    assert not any("{{Infant}}" in t for t in texts)


def test_a_generic_section_s_facts_are_its_parent_heading_s() -> None:
    asked = short_questions(
        "# Finance & the Finance Commission\n\n## Finance Commission (Art 280)\n\n"
        "### Composition\n\n- Chair → Prime Minister\n"
    )
    assert "Who chairs the Finance Commission?" in asked


def test_a_table_of_types_asks_which_type_of_the_thing() -> None:
    asked = short_questions(
        "# Vaccines\n\n## Types of vaccines\n\n"
        "| Type | How | Examples |\n|---|---|---|\n"
        "| Inactivated | killed pathogen | Covaxin, rabies |\n"
        "| Toxoid | inactivated toxin | Tetanus toxoid |\n"
        "| Viral vector | virus carries gene | Sputnik V |\n"
        "| Nucleic acid | mRNA/DNA | BioNTech & Moderna; ZyCoV-D |\n"
    )
    vector = asked["Sputnik V is an example of which type of vaccine?"]
    assert "Viral vector vaccine" in vector.aliases
    assert not any("BioNTech" in p for p in asked)


def test_a_title_joined_by_a_plus_and_a_founder_described_after_a_comma() -> None:
    """``# Ahom Kingdom of Assam (1228–1826) + Battle of Saraighat``, ``Founder → **Sukaphaa**,
    Tai prince …``, ``First capital → Charaideo; later …`` (holdout 297: neither asked)."""
    notes = (
        "# Kakatiya Kingdom of Andhra (1163–1323) + Siege of Warangal\n\n"
        "## Basics (quick revise)\n\n"
        "- Founder → **Beta I**, Telugu chief from Anmakonda, served the Chalukyas\n"
        "- First capital → Hanamkonda; later Warangal\n"
    )
    asked = short_questions(notes)
    assert asked["Who founded the Kakatiya Kingdom of Andhra?"].answer == "Beta I"
    assert asked["What was the first capital of the Kakatiya Kingdom of Andhra?"].answer == (
        "Hanamkonda"
    )
    assert all("revise" not in q.topic for q in generate_questions(notes, "n/notes.md"))
