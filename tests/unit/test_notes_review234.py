"""The classes found on the fifteenth session's second round of fresh notes (holdouts
234–236), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from tests.unit.notes_support import dated_statement, shown_texts


def test_an_acronym_title_ending_in_s_owns_its_basics() -> None:
    """The CITES note gave no question at all (holdout 235): "CITES" read as the plural of
    "cite", a label, so its *Basics* had no owner; and ``Signed at Washington DC on 3 March
    1973`` asked nothing (a place between the deed and its date)."""
    notes = """# TRIPS & Access to Medicines

## Basics
- **TRIPS** = Agreement on Trade-Related Aspects of Intellectual Property Rights
- Signed at Marrakesh on **15 April 1994**; in force 1 Jan 1995
- Council for TRIPS → **Geneva**
"""
    assert "On what date was TRIPS signed?" in shown_texts(notes)


def test_a_sum_is_no_name_and_a_sibling_acronym_gives_the_key_away() -> None:
    """ "What is the name of Shuja-ud-Daula's war indemnity?" = Rs 50 lakh (holdout 234,
    bad); "___ (2006) – rescue & relief; SDRFs in states" keyed NDRF (holdout 236, bad)."""
    notes = """# Treaty of Seringapatam (1792)

## Terms
- Tipu Sultan
  - half his kingdom ceded; war indemnity **Rs 3 crore**
"""
    assert not any("indemnity" in t for t in shown_texts(notes))
    assert question_warnings(
        Cloze(id="x", topic="", tags=(), text="{{NDMA}} (2005) – plans; SDMAs in states")
    )
    assert not question_warnings(
        Cloze(id="x", topic="", tags=(), text="{{NDMA}} (2005) – chaired by the PM")
    )


def test_a_three_digit_year_dates_a_timeline_line() -> None:
    """ "720 – ___ recognised by Tang court" was shown as the raw line (holdout 236, weak):
    a year before 1000 was never read as a date. An article number is still no date."""

    assert (
        dated_statement("985 – Rajaraja I comes to the throne")
        == "In 985, Rajaraja I came to the throne."
    )
    assert dated_statement("Art 324 – superintendence of elections") is None
    assert dated_statement("Aug 711 – Qasim takes Debal") == "In Aug 711, Qasim took Debal."


def test_a_figure_the_writer_bolded_is_the_blank_of_its_sentence() -> None:
    """ "In 2017, ___ put 104 satellites in orbit in one launch." keyed PSLV-C37 asked the
    rocket though the notes bold **104 satellites** (the corpus key fact); of a sentence's
    blanks a name still goes before a figure nobody bolded."""
    notes = """# Space missions

## Missions timeline
- 2016 – PSLV-C34 put **20 satellites** in orbit in one launch
- 2016 – PSLV-C35 put 8 satellites in two orbits in one launch
"""
    shown = shown_texts(notes)
    assert "In 2016, PSLV-C34 put {{20|twenty}} satellites in orbit in one launch." in shown
    assert not any("{{8" in t for t in shown)
