"""The bad classes of blind reviews 48–50 (plate tectonics, citizenship and schedules, the
Indo-Pacific; wetlands, insurance and pensions, the Rajputs and Turkish invasions; allied
agriculture, the human body, constitutional development), each on made-up notes of another
subject."""

from __future__ import annotations

from tests.unit.notes_support import shown_texts


def test_a_possessive_is_no_key() -> None:
    """ "___ right to frame their own constitution accepted …" keyed "Indians'"."""
    shown = shown_texts(
        "# History\n\n## Offers\n\n"
        "- **Simla Offer** (1946, Wavell) – parity as the goal; the Provinces' right to opt "
        "out was accepted for the first time.\n"
    )
    assert not any("Provinces'}}" in s for s in shown)


def test_the_label_of_a_numbered_item_is_no_key() -> None:
    """ "… is ___ 23 of the Concurrent List" keyed the word "Entry"."""
    shown = shown_texts(
        "# Polity\n\n## Basis\n\n"
        '"Social welfare" is Entry 20 of the Concurrent List, so both Parliament and the '
        "states can legislate.\n"
    )
    assert not any("{{Entry}}" in s for s in shown)


def test_a_verb_put_on_a_list_needs_the_list_it_was_put_on() -> None:
    """ "___ put on in 1993." under a line about the Montreux Record: put on what?"""
    shown = shown_texts(
        "# Heritage\n\n## Danger list\n\n"
        "**Danger List** → register of heritage sites at risk; kept since 1978\n"
        "- **Manas** put on in 1992 → taken off in **2011** (poaching controlled)\n"
    )
    assert not any(s.startswith("{{Manas}} put on") for s in shown)


def test_a_count_that_a_printed_range_spells_out_is_not_asked() -> None:
    """ "___ zones, II–V": the range counts four."""
    shown = shown_texts(
        "# Geography\n\n## Wind\n\n"
        "- Wind zones (BIS code IS 875, 1987 map): 6 zones, I–VI (old Zone 0 merged into I).\n"
    )
    assert not any("{{6|six}} zones" in s for s in shown)


def test_a_glossary_meaning_is_asked_in_grammar() -> None:
    """ "What is a raising farm productivity … called?", "What is a breathing roots growing
    up out of the mud called?": an activity takes no article, a plural term is asked with
    "are", and a participle after the head noun ends the head."""
    shown = shown_texts(
        "# Linguistics\n\n## Words\n\n- Words change over centuries.\n\n## Glossary\n"
        "- Code-switching: moving between two languages in one conversation\n"
        "- Stilts: tall poles lifting a house above the flood water\n"
        "- Isogloss: line marking the edge of a word's use\n"
    )
    assert "What is moving between two languages in one conversation called?" in shown
    assert "What are tall poles lifting a house above the flood water called?" in shown
    assert "What is a line marking the edge of a word's use called?" in shown


def test_an_office_before_a_name_is_no_part_of_the_key() -> None:
    """ "On 16 Aug 1932 ___ announced the Communal Award" keyed "British PM Ramsay
    MacDonald": the learner who writes the name is right, and the office is a clue."""
    shown = shown_texts(
        "# World history\n\n## Peace\n\n"
        "On 8 Jan 1918 British PM **David Lloyd George** set out war aims to trade unions.\n"
    )
    assert any("British PM {{David Lloyd George}}" in s for s in shown)
    assert not any("{{British PM" in s for s in shown)
