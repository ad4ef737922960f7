"""The classes found on the fourteenth session's last round of fresh notes (holdouts
228–230) and fixed in the fifteenth, each on made-up notes of another subject."""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from tests.unit.notes_support import (
    dated_statement,
    false_statement,
    short_questions,
    shown_texts,
)


def _cloze(text: str) -> Cloze:
    return Cloze(id="x", topic="", tags=(), text=text)


def test_a_column_of_the_notes_own_labels_is_never_the_key() -> None:
    """``| Issue | Recommendation |`` asked "Which issue recommended state funding in kind?"
    = "Money power" (holdout 230, bad: "election funding" is as right); a column of names
    under another header is still asked."""
    labels = """# Police reforms

## Padmanabhaiah Committee (2000)
| Area | Recommendation | Status |
|---|---|---|
| Political interference | fixed tenure for the DGP and SPs | partly adopted |
| Recruitment | common entrance test for constables | not adopted |
| Public complaints | district police complaints authority | adopted by Kerala |
| Training | separate training university in each state | not adopted |
"""
    assert not any("Which area" in t for t in shown_texts(labels))
    names = (
        labels.replace("| Area |", "| Committee |")
        .replace("| Political interference |", "| Ribeiro Panel |")
        .replace("| Recruitment |", "| Soli Sorabjee Panel |")
        .replace("| Public complaints |", "| Malimath Panel |")
        .replace("| Training |", "| Vohra Panel |")
    )
    assert any("Which committee" in t for t in shown_texts(names))


def test_a_timeline_line_ending_on_a_plural_noun_is_no_deed() -> None:
    """ "1964 – Guru Gobinda Basu tests" became "In 1961, Guru Gobinda Basu tested." (holdout
    228, bad: the case's tests); "1919 – Montford reforms" and "2018 – Kerala floods" read the
    same way. A verb that can end its clause still does."""

    assert dated_statement("1993 – Bombay blasts") is None
    assert dated_statement("1921 – Moplah outbreaks") is None
    assert dated_statement("1991 – Narasimham Committee reports") == (
        "In 1991, the Narasimham Committee reported."
    )
    assert dated_statement("1707 – Aurangzeb dies") == "In 1707, Aurangzeb died."


def test_a_blank_on_a_phrase_of_the_notes_own_words_is_not_asked() -> None:
    """ "Lightning is the ___ in India" keyed "single biggest killer among natural hazards"
    (holdout 229, bad: "deadliest natural hazard" is as right); a name or a figure of as
    many words is still a blank."""
    phrase = "The dyarchy of 1919 gave {{transferred subjects to ministers}} in provinces."
    assert question_warnings(_cloze(phrase))
    name = "The {{Indian Institute of Tropical Meteorology}} at Pune models the monsoon."
    assert not question_warnings(_cloze(name))
    figure = "The 1876–78 famine killed about {{5.5 million people in south}} India."
    assert not question_warnings(_cloze(figure))


def test_a_body_named_with_who_chaired_it_asks_for_the_chair() -> None:
    """``Based on **Bankruptcy Law Reforms Committee (BLRC)** chaired by **T.K.
    Viswanathan**`` asked nothing (holdout 231); an office in the chair, a generic body and a
    body named after its chair are not asked."""
    notes = """# Banking reforms

## Background
- Report of the **Financial Sector Legislative Reforms Commission (FSLRC)** chaired by
  **B.N. Srikrishna** (2013)
- **Indian Banks' Association** → chaired by CJI
- Expert Committee chaired by **Bimal Jalan** → capital framework
- Nayak Committee headed by P.J. Nayak (2014) → bank boards
"""
    shown = shown_texts(notes)
    assert "Who chaired the Financial Sector Legislative Reforms Commission (FSLRC)?" in shown
    assert not any(t.startswith("Who chaired the Expert") for t in shown)
    assert not any("Nayak Committee?" in t or "Association?" in t for t in shown)


def test_a_dated_line_about_an_ownerless_seat_is_not_a_statement() -> None:
    """ "In Jan 1948, HQ was shifted to Rangoon." (holdout 233, bad: whose HQ?); "Capital
    shifted to Delhi" says no more of whose capital."""

    assert dated_statement("1911 – Capital shifted to Delhi") is None
    assert dated_statement("1905 – Secretariat moved to Simla") is None
    assert dated_statement("1911 – Delhi Durbar held at Coronation Park") == (
        "In 1911, Delhi Durbar was held at Coronation Park."
    )


def test_a_label_over_a_question_is_no_term() -> None:
    """ "___: why did the leaders … go slow after it?" keyed "Core Q" (holdout 233, bad: the
    writer's label over a question, no term and its meaning)."""
    notes = """# Emergency of 1975

## Basics
- Exam Q: why did the 44th Amendment replace internal disturbance with armed rebellion?
- Shah Commission: inquiry into the excesses of the Emergency, set up in 1977
"""
    shown = shown_texts(notes)
    assert not any("{{Exam Q}}" in t for t in shown)
    assert any("excesses of the Emergency" in t for t in shown)


def test_a_count_said_in_words_is_neither_blanked_nor_changed() -> None:
    """ "RBI named ___ large accounts ("dirty dozen")" keyed 12 (holdout 231, bad: the
    nickname says it); changed to 10, the statement refutes itself. A count no word says
    stays a blank."""
    assert question_warnings(_cloze('The {{3}} Lodi sultans ("the trio") ruled till 1526.'))
    assert not question_warnings(_cloze("The Lodis gave {{3}} sultans in 75 years."))
    changed = false_statement(
        "The Troika of 4 ministers met at Kazan.",
        "The Troika of 3 ministers met at Kazan.",
    )
    assert question_warnings(changed)
    assert not question_warnings(dataclasses.replace(changed, statement=changed.fix, answer=True))


def test_a_bold_acronym_is_a_name_and_a_year_in_the_topic_leaves_a_date_to_ask() -> None:
    """``2016 (1 Oct) – **IBBI** set up`` under "… (IBC), 2016" asked nothing (holdout 231):
    its acronym was unexplained and the topic's 2016 was taken for the answer. The writer's
    bold marks a name; a topic's year gives a date's year, not its day."""
    notes = """# Goods and Services Tax (GST), 2017

## Timeline
- 12 Sep 2016 – **GSTN** made a govt company
- 30 Nov 2017 – National Anti-profiteering Authority set up
- 3 Aug 2017 – GSTR filing opened
"""
    shown = shown_texts(notes)
    assert "On what date was GSTN made a government company?" in shown
    assert "On what date was the National Anti-profiteering Authority set up?" in shown
    assert not any("GSTR" in t for t in shown)  # not bold, never spelled out: shorthand


def test_a_case_and_the_law_it_upheld_or_struck_down_asks_for_the_case() -> None:
    """``2019 (Jan) – *Swiss Ribbons v UoI* → IBC upheld by SC`` asked nothing (holdout
    231); the case is asked from its verdict, and is accepted by its first party too. A
    line whose court is the subject, or with no year, is left alone."""
    notes = """# Free speech and the courts

## Landmark cases
- 2015 – Shreya Singhal v UoI → Section 66A struck down
- 1950 – Romesh Thappar v State of Madras → SC upheld press freedom
- Anuradha Bhasin v UoI → internet shutdowns read down
"""
    questions = short_questions(notes)
    asked = questions["In which case (2015) did the Supreme Court strike down Section 66A?"]
    assert asked.answer == "Shreya Singhal v UoI"
    assert {"Shreya Singhal", "Shreya Singhal v Union of India"} <= set(asked.aliases)
    assert not any("Romesh" in q.answer or "Bhasin" in q.answer for q in questions.values())


def test_the_kind_a_title_names_is_the_titled_thing() -> None:
    """ "The mission was approved by the Union Cabinet on …" under "National Green Hydrogen
    Mission (NGHM)" was never asked: "The mission" named nothing (holdout 232). It is the
    note's own mission; a kind the title does not end on still names nothing."""
    notes = """# Jal Jeevan Mission (JJM)

## Basics
The mission was launched in 2019 to give every rural household a **functional tap connection**.
- The mission aims at **55 litres** per person per day
- The scheme pays states a share of **50%** in most cases
"""
    shown = shown_texts(notes)
    assert any(t.startswith("The Jal Jeevan Mission was launched in 2019") for t in shown)
    assert any(t.startswith("The Jal Jeevan Mission aims at") for t in shown)
    assert not any("Jal Jeevan Scheme" in t for t in shown)


def test_a_thing_named_after_someone_unnamed_is_not_asked() -> None:
    """ "Government's ___ named after her" (holdout 232, bad: after whom?)."""
    notes = """# Women in the freedom struggle

## Awards today
- Govt's **Nari Shakti Puraskar** for women's empowerment named after her
- The **Kittur Chennamma Award** is named after the queen of Kittur
"""
    shown = shown_texts(notes)
    assert not any("named after her" in t for t in shown)


def test_a_description_many_places_fit_is_not_asked_as_a_name() -> None:
    """ "What is the home of lion-tailed macaque called?" = Silent Valley (holdout 232, bad:
    other forests are its home too)."""
    notes = """# Protected areas

## Quick notes
- Keibul Lamjao → home of **brow-antlered deer**; declared National Park (1977); the only
  floating park
"""
    assert not any("home of" in t and "called" in t for t in shown_texts(notes))


def test_a_person_whose_surname_the_topic_shows_is_not_asked() -> None:
    """ "Who headed the Sedition Committee (1917)?" = Justice Sidney Rowlatt under the topic
    "… why the Rowlatt Act" (holdout 156, bad): the grader takes the surname alone."""
    notes = """# Rowlatt Act and after

## Background → why the Rowlatt Act
- **Sedition Committee (1917)** headed by Justice **Sidney Rowlatt** → recommended the law

## Hunter Committee
- **Disorders Inquiry Committee (1919)** headed by Lord **William Hunter**
"""
    shown = shown_texts(notes)
    assert not any(t.startswith("Who headed the Sedition Committee") for t in shown)


def test_a_year_that_a_printed_year_and_span_add_up_to_is_not_blanked() -> None:
    """ "(Dec 1928) … an ultimatum of one year: … by 31 Dec ___" keyed 1929 (changed-38
    review, bad: arithmetic, not knowledge)."""
    summed = "The Cripps offer (1942) promised a constituent body within two years, by {{1944}}."
    assert question_warnings(_cloze(summed))
    known = "The Cripps Mission came in {{1942}}, a year of war; the August Offer was of 1940."
    assert not question_warnings(_cloze(known))


def test_a_false_year_before_the_titled_law_is_not_asked() -> None:
    """ "In Jun 2012, RBI named 12 large accounts for IBC." under "Insolvency and
    Bankruptcy Code (IBC), 2016" (changed-38 review, bad: no IBC in 2012)."""
    notes = """# Right to Information (RTI), 2005

## Timeline
- 2006 – CIC rules that RTI applies to file notings
"""
    for statement in shown_texts(notes, statements=True):
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", statement)]
        assert all(y >= 2005 for y in years), statement
