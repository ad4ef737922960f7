"""Text helpers of the generator: abbreviations and inline lists, on many sentences."""

from __future__ import annotations

import pytest

from quizbot.notes.abbreviations import find_abbreviations
from quizbot.notes.lists import find_list

EXPANSIONS = {
    "The Indian Institute of Science (IISc) is in Bengaluru.": (
        "IISc",
        "Indian Institute of Science",
    ),
    "He studied at the Indian Institute of Technology Bombay (IITB)": (
        "IITB",
        "Indian Institute of Technology Bombay",
    ),
    "India's Ministry of External Affairs (MEA)": ("MEA", "Ministry of External Affairs"),
    "the Defence Research and Development Organisation (DRDO)": (
        "DRDO",
        "Defence Research and Development Organisation",
    ),
    "Reciprocal Exchange of Logistics Agreement (RELOS)": (
        "RELOS",
        "Reciprocal Exchange of Logistics Agreement",
    ),
    "with the Eurasian Economic Union (EAEU)": ("EAEU", "Eurasian Economic Union"),
    "the UN Security Council (UNSC)": ("UNSC", "UN Security Council"),
    "Countering America's Adversaries Through Sanctions Act (CAATSA)": (
        "CAATSA",
        "Countering America's Adversaries Through Sanctions Act",
    ),
    "Ministry of Defence (MoD)": ("MoD", "Ministry of Defence"),
    "Research & Development (R&D)": ("R&D", "Research & Development"),
    "Narendra Modi at the National Defence Academy (NDA)": ("NDA", "National Defence Academy"),
    "All India Institute of Medical Sciences (AIIMS) in Delhi": (
        "AIIMS",
        "All India Institute of Medical Sciences",
    ),
}


@pytest.mark.parametrize("text", EXPANSIONS)
def test_the_long_form_covers_every_word_its_initials_stand_for(text: str) -> None:
    (found,) = find_abbreviations(text)
    assert (found.abbr, found.long) == EXPANSIONS[text]
    assert text[found.start : found.end] == f"{found.long} ({found.abbr})"


LISTS = {
    # names: the last stops at its first lower-case word that is not inside a name
    "Major ports such as Kandla, Paradip and Haldia handle bulk cargo.": (
        "Kandla",
        "Paradip",
        "Haldia",
    ),
    "India buys arms from countries such as the US, France and Israel each year": (
        "US",
        "France",
        "Israel",
    ),
    "Rivers such as the Ganga, Yamuna and Godavari flow into the Bay of Bengal": (
        "Ganga",
        "Yamuna",
        "Godavari",
    ),
    "Ports such as Kandla and the Port of Spain": ("Kandla", "Port of Spain"),
    "UN agencies include UNICEF, UNESCO and the WFP": ("UNICEF", "UNESCO", "WFP"),
    # other items: the last stops at a clause word
    "Metals such as iron, copper and zinc are mined in Rajasthan": ("iron", "copper", "zinc"),
    "Crops such as rice, wheat and finger millet": ("rice", "wheat", "finger millet"),
    "Its parts include the cortex, the medulla and the renal pelvis which drains urine": (
        "cortex",
        "medulla",
        "renal pelvis",
    ),
    "Three pillars, namely defence cooperation; energy; and science and technology": (
        "defence cooperation",
        "energy",
        "science and technology",
    ),
    # an end that cannot be told: no list
    "Crops such as rice, wheat and maize need water": None,
}


@pytest.mark.parametrize("text", LISTS)
def test_the_last_item_of_an_inline_list_stops_where_the_sentence_goes_on(text: str) -> None:
    found = find_list(text)
    assert (found.items if found else None) == LISTS[text]
    if found is not None:
        assert text[found.start : found.end].endswith(found.written[-1])


ARE_LISTS = {
    "The Himalayan states are Sikkim, Uttarakhand and Himachal Pradesh.": (
        ("Sikkim", "Uttarakhand", "Himachal Pradesh"),
        True,
    ),
    "Its neighbours are Nepal and Bhutan": (("Nepal", "Bhutan"), True),
    "The members are Brazil, the Republic of Korea and South Africa": (
        ("Brazil", "Republic of Korea", "South Africa"),
        True,
    ),
    "The planets are: Mercury, Venus and Mars": (("Mercury", "Venus", "Mars"), True),
    "The hill towns are small and crowded": None,
    "Its main crops are rice, maize and cardamom": None,
    "The largest buyers are India, China etc.": None,
}


@pytest.mark.parametrize("text", ARE_LISTS)
def test_are_makes_a_complete_list_of_names(text: str) -> None:
    found = find_list(text)
    assert ((found.items, found.complete) if found else None) == ARE_LISTS[text]
