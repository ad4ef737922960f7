"""The classes found on the fifteenth session's fourth round of fresh notes (holdouts
240–242), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from tests.unit.notes_support import shown_texts


def _cloze(text: str) -> Cloze:
    return Cloze(id="x", topic="", tags=(), text=text)


def test_a_body_and_its_deed_is_no_term() -> None:
    """ "Which term is described as “colour codes green / yellow / orange / red”?" keyed
    "DGRE issues bulletins" (holdout 241, bad)."""
    notes = """# Heat waves

## Forecasting & institutions
- **IMD** (India Meteorological Department, set up **1875** at Calcutta) → HQ moved to **New Delhi**
- IMD issues bulletins – colour codes green / yellow / orange / red
- **NDMA** guidelines: *Heat Wave Action Plans* (**2016**)
"""
    assert not any("IMD issues bulletins" in t for t in shown_texts(notes))


def test_it_after_a_label_line_is_not_the_label() -> None:
    """ "Mouthpiece: *Vivekodayam*. It ran schools …" became "Mouthpiece ran schools …"
    (holdout 242, bad)."""
    notes = """# Social reform in Maharashtra

## Satyashodhak Samaj
The **Satyashodhak Samaj** was set up in **1873** (grew out of Phule's schools). Phule = president; **Narayan Meghaji Lokhande** = a leading member. Mouthpiece: *Deenbandhu*. It ran schools, pushed for temple entry, govt jobs & representation in the Bombay Legislative Council → became the model for non-Brahmin bodies across Maharashtra.
"""
    assert not any(t.startswith("Mouthpiece ran") for t in shown_texts(notes))


def test_a_change_written_with_an_arrow_is_not_cut_at_it() -> None:
    """ "___ loan limit to SHGs raised ₹10 lakh." of "… raised **₹10 lakh → ₹20 lakh**"
    (holdout 240, bad: the limit is now ₹20 lakh)."""
    notes = """# Kisan Credit Card

## Features
- Interest subvention limit for **KCC** loans raised **₹3 lakh → ₹5 lakh** (2025)
"""
    assert not any("raised" in t and "₹5 lakh" not in t for t in shown_texts(notes))


def test_a_count_the_pairs_give_is_not_blanked() -> None:
    """ "The chariot has ___ carved wheels (12 pairs)" keyed 24 (holdout 241, bad)."""
    assert question_warnings(_cloze("The Rath Yatra car has {{16}} wheels (8 pairs)."))
    assert not question_warnings(_cloze("The Rath Yatra car has {{16}} wheels."))
