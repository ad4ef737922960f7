"""Text helpers of the generator: abbreviations and inline lists, on many sentences."""

from __future__ import annotations

import pytest

from quizbot.notes.text import find_abbreviations

EXPANSIONS = {
    "The Indian Institute of Science (IISc) is in Bengaluru.": ("IISc",
                                                                "Indian Institute of Science"),
    "He studied at the Indian Institute of Technology Bombay (IITB)": (
        "IITB", "Indian Institute of Technology Bombay"),
    "India's Ministry of External Affairs (MEA)": ("MEA", "Ministry of External Affairs"),
    "the Defence Research and Development Organisation (DRDO)": (
        "DRDO", "Defence Research and Development Organisation"),
    "Reciprocal Exchange of Logistics Agreement (RELOS)": (
        "RELOS", "Reciprocal Exchange of Logistics Agreement"),
    "with the Eurasian Economic Union (EAEU)": ("EAEU", "Eurasian Economic Union"),
    "the UN Security Council (UNSC)": ("UNSC", "UN Security Council"),
    "Countering America's Adversaries Through Sanctions Act (CAATSA)": (
        "CAATSA", "Countering America's Adversaries Through Sanctions Act"),
    "Ministry of Defence (MoD)": ("MoD", "Ministry of Defence"),
    "Research & Development (R&D)": ("R&D", "Research & Development"),
    "Narendra Modi at the National Defence Academy (NDA)": ("NDA", "National Defence Academy"),
    "All India Institute of Medical Sciences (AIIMS) in Delhi": (
        "AIIMS", "All India Institute of Medical Sciences"),
}


@pytest.mark.parametrize("text", EXPANSIONS)
def test_the_long_form_covers_every_word_its_initials_stand_for(text: str) -> None:
    (found,) = find_abbreviations(text)
    assert (found.abbr, found.long) == EXPANSIONS[text]
    assert text[found.start:found.end] == f"{found.long} ({found.abbr})"
