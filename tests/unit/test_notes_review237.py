"""The classes found on the fifteenth session's third round of fresh notes (holdouts
237–239), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from tests.unit.notes_support import shown_texts


def _cloze(text: str) -> Cloze:
    return Cloze(id="x", topic="", tags=(), text=text)


def test_a_value_the_line_says_was_changed_is_not_blanked() -> None:
    """ "Min Net Owned Fund (NOF) was ___" keyed ₹25 lakh of "… was ₹25 lakh → raised to ₹2
    crore" (holdout 238, bad: today's figure is as right)."""
    notes = """# Payments banks

## Basics
Payments banks take deposits but cannot lend. The deposit cap per customer was **₹1 lakh** → raised to ₹2 lakh in 2021. They must keep 75% of deposits in government securities.
"""
    assert not any("{{₹1 lakh" in t or "{{1 lakh" in t for t in shown_texts(notes))


def test_it_after_a_session_named_by_its_place_is_not_the_place() -> None:
    """ "The Lahore session of the INC … . It is the bridge …" became "The Lahore is the
    bridge …" (holdout 239, weak)."""
    notes = """# Congress sessions

## Haripura
The Haripura session of the INC (Feb 1938) elected **Subhas Chandra Bose** president. It set up the **National Planning Committee** under Nehru.
"""
    assert not any(t.startswith("The Haripura set") for t in shown_texts(notes))


def test_a_heading_s_purpose_is_no_part_of_what_its_rows_are() -> None:
    """ "Where was the Congress sessions to compare of 1920 held …?" (holdout 239, weak)."""
    notes = """# Early Congress

## INC sessions to remember
| Year | Place | President |
|---|---|---|
| 1885 | Bombay | W.C. Bonnerjee |
| 1886 | Calcutta | Dadabhai Naoroji |
| 1887 | Madras | Badruddin Tyabji |
| 1888 | Allahabad | George Yule |
"""
    shown = shown_texts(notes)
    assert any(t.startswith("Where was the INC session of 1887 held") for t in shown)
    assert not any("to remember of" in t for t in shown)


def test_a_body_chaired_by_an_office_in_short_asks_no_person() -> None:
    """ "Who chaired the National Steering Committee for ICM (NSCICM)?" keyed "Secy" of
    "chaired by Secy, Power" (holdout 237, bad: an office, cut short)."""
    notes = """# Green credits

## Governance
- **Green Credit Programme Committee (GCPC)** → chaired by Addl Secy, MoEFCC
- **Technical Committee (TC)** headed by Jt Secy, MoEFCC
"""
    assert not any(t.startswith(("Who chaired", "Who headed")) for t in shown_texts(notes))


def test_a_day_s_place_in_the_calendar_is_no_record() -> None:
    """ "Which was the first Saturday of September?" = International Vulture Awareness Day
    (holdout 238, bad: when a day falls is no "first")."""
    notes = """# Days to remember

## Other pts
- **World Migratory Bird Day** → 1st Saturday of May
"""
    assert not any("Saturday" in t and t.startswith("Which") for t in shown_texts(notes))


def test_a_year_that_alone_names_its_thing_is_not_blanked() -> None:
    """ "The ___ order caused protests." keyed 2022 (holdout 239, bad: which order?); "The
    ___ rules made local bodies responsible …" keyed 2016 (holdout 230, weak)."""
    assert question_warnings(_cloze("The {{1956}} Act redrew state borders on language."))
    assert not question_warnings(_cloze("The States Reorganisation Act was passed in {{1956}}."))
