"""The classes found in the twentieth session, on the corpus's unasked key facts and on
fresh notes (holdouts 288 on), each on made-up notes of another subject."""

from __future__ import annotations

import dataclasses

from quizbot.bank.model import Cloze, Match
from quizbot.notes import generate as pipeline
from quizbot.notes import generate_questions
from quizbot.notes.ambiguity import cued_by_initials
from quizbot.notes.ambiguity_keys import key_shapes
from quizbot.notes.glosses import without_gloss
from quizbot.notes.grammar import has_verb
from quizbot.notes.term_labels import plain_label
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import short_questions, shown_texts


def test_a_key_spelled_out_only_in_a_later_clause_is_asked_from_its_own_clause() -> None:
    """``**Bt cotton**, approved in 2002, remains …; it carries a gene of … Bacillus
    thuringiensis``: the whole line spells out "Bt", but the clause the learner reads does
    not, so the clause is asked (the corpus's key fact "Bt cotton" was never asked)."""
    notes = """# Agriculture in South Asia

## Bangladesh
- **Bt brinjal**, released in 2014, is now grown by thousands of Bangladeshi farmers; it \
carries a gene of the soil bacterium Bacillus thuringiensis.
"""
    assert shown_texts(notes) == [
        "{{Bt brinjal}}, released in 2014, is now grown by thousands of Bangladeshi farmers."
    ]


def test_a_key_spelled_out_by_the_topic_line_is_given_away() -> None:
    """ "In 1907, Besant became ___." under "The Theosophical Society" with the key "TS
    President", or "ToR of ___ said use 2011 census." under "Finance Commission" with "15th
    FC": the topic line spells the key's letters (holdouts 142, 195)."""
    question = Cloze(
        id="q",
        topic="The Theosophical Society & Annie Besant › Timeline",
        text="In 1907, Besant became {{TS President}}.",
    )
    assert cued_by_initials(question, None, None, None) == (  # type: ignore[arg-type]
        "the key's 'TS' is spelled out in the topic line"
    )
    plain = Cloze(id="q", topic="Annie Besant › Timeline", text=question.text)
    assert cued_by_initials(plain, None, None, None) is None  # type: ignore[arg-type]


def test_a_gloss_beside_the_blank_is_left_out_rather_than_the_question() -> None:
    """``founded the **Prarthana Samaj** ("prayer society") at Bombay``: the gloss beside the
    blank describes the answer, so the cloze was dropped; without the bracket the sentence
    still asks the fact (a coach kept 34 of 50 such questions of the holdouts)."""
    notes = """# Social Reform in Western India

## Bombay
- In 1867 Atmaram Pandurang founded the **Prarthana Samaj** ("prayer society") at Bombay.
"""
    assert shown_texts(notes) == [
        "In 1867 Atmaram Pandurang founded the {{Prarthana Samaj}} at Bombay."
    ]


def test_a_label_and_its_section_keep_their_bracket() -> None:
    """``**Exemptions (Sec 8)** – sovereignty & security, …``, ``Incentive from MoHUA
    (AMRUT): ₹13 cr …``: without the bracket "___ – sovereignty …" asks the line's label
    (glosses round, G13 and G41, bad); a bracket with a figure is no gloss, and a term and
    its definition lose their bracket as any cloze does."""
    label = Cloze(id="q", text="{{Exceptions}} (Sec 4) – court reports, government notices.")
    everyday = Cloze(id="q", text="{{Incentive}} (AMRUT): ₹13 cr per ₹100 cr raised.")
    term = Cloze(id="q", text="{{Majuli}} (Assam) – the largest river island in India.")
    assert without_gloss(label) is None
    assert without_gloss(everyday) is None
    assert without_gloss(term) == Cloze(
        id="q", text="{{Majuli}} – the largest river island in India."
    )


def test_a_form_without_its_gloss_is_judged_on_its_own_words() -> None:
    """``Corals are **cnidarians** (class Anthozoa).``: without its gloss the sentence
    leaves too little to know what is asked ("Corals are ___.", glosses round, G49, bad),
    which the gate sees only in the form the learner reads."""
    notes = """# Marine Life

## Sponges
Sponges are **poriferans** (phylum Porifera). They filter water through pores.
"""
    assert shown_texts(notes) == []


def test_a_column_headed_by_a_deed_dates_each_row() -> None:
    """``| Carrier | Origin | Commissioned | Status |``: the header says what was done on
    the row's date, as "Year" does not (holdout 290: a table-heavy note on the navy had no
    question on its key facts); two rows of one name are not asked, nor a row of two names,
    and a one-word name takes its structure's noun."""
    notes = """# Waterways and Welfare

## Canals
| Canal | Country | Opened |
|---|---|---|
| Suez | Egypt | 1869 |
| **Kiel Canal** | Germany | 1895 |
| Panama | Panama | 1914 |

## Schemes
| Scheme | Launched | Ministry |
|---|---|---|
| **Digital India** | 1 July 2015 | MeitY |
| Skill India | 15 July 2015 | MSDE |
| Skill India | 2016 | MSDE |
| Ujjwala and Saubhagya | 2016 | MoPNG |
"""
    asked = short_questions(notes)
    assert asked["In which year was the Suez Canal opened?"].answer == "1869"
    assert asked["In which year was the Kiel Canal opened?"].answer == "1895"
    assert asked["On what date was Digital India launched?"].answer == "1 July 2015"
    assert not any("Skill India" in p or "Ujjwala" in p for p in asked)


def test_a_campaign_named_for_the_land_takes_no_article() -> None:
    """ "In which year was the Ayushman Bharat announced?": a name ending on "India" or
    "Bharat" is a campaign's, which takes no article ("the State Bank of India" does)."""
    assert when_question("Swachh Bharat launched", "year") == (
        "In which year was Swachh Bharat launched?"
    )
    assert when_question("Digital India launched", "year") == (
        "In which year was Digital India launched?"
    )
    assert when_question("State Bank of India set up", "year") == (
        "In which year was the State Bank of India set up?"
    )


def test_a_seat_after_the_ministry_a_body_works_under_is_not_the_ministry_s() -> None:
    """``It works under the **Ministry of Defence**, HQ New Delhi``: the seat is the
    sentence's body's, and "Where is the headquarters of the Ministry of Defence?" misread
    the line (holdout 290, bad)."""
    notes = """# Disaster Management

## NDRF
The **NDRF** was raised in 2006. It works under the **Ministry of Home Affairs**, HQ New Delhi.
"""
    assert not any("headquarters of the Ministry" in p for p in short_questions(notes))


def test_a_table_s_leftover_row_and_echoing_pairs_are_not_matched() -> None:
    """``| Others | anti-smuggling, … |`` is the table's leftover, and ``Search & rescue``
    ↔ ``… SAR coordinating authority``, ``Coastal security`` ↔ ``… security in territorial
    waters`` repeat their own words: the match is solved by reading (holdout 290, bad)."""
    echoing = """# Wildlife Bodies

## Roles
| Role | Detail |
|---|---|
| Tiger conservation | NTCA, the statutory tiger body, runs the census |
| Wildlife crime control | WCCB, set up 2007, fights poaching and crime |
| Elephant corridors | Gaj Yatra mapped 101 routes |
| Others | captive breeding, rescue centres |
"""
    assert not any(isinstance(q, Match) for q in generate_questions(echoing, "w.md"))
    plain = echoing.replace("Tiger conservation", "Apex authority").replace(
        "Wildlife crime control", "Enforcement"
    )
    (match,) = [q for q in generate_questions(plain, "w.md") if isinstance(q, Match)]
    assert "Others" not in [left for left, _ in match.pairs]


def test_a_time_heading_a_line_is_no_term() -> None:
    """``Post 26/11 → coastal radar chain, Sagar Prahari Bal, …`` was asked "___ – coastal
    radar chain, …" with the key "Post 26/11" (holdout 290, bad)."""
    notes = """# Security Reforms

## After the war
- Kargil Review Committee (1999) under K. Subrahmanyam
- Post Kargil → coastal radar chain, Sagar Prahari Bal, Sagar Kavach exercises
"""
    assert not any(t.startswith("{{Post Kargil}}") for t in shown_texts(notes))


def test_a_label_over_a_title_and_a_provision_s_deed_are_no_terms() -> None:
    """``Book: **Annihilation of Caste (1936)**.`` was asked "___: Annihilation of Caste
    (1936)." with the key "Book", and ``**Art. 17** abolishes untouchability — his
    lifelong cause written into law`` "___ — his lifelong cause …" with the whole clause as
    its key (holdout 288, both bad)."""
    notes = """# Jyotiba Phule

## Writings
Book: **Gulamgiri (1873)**.

## In the Constituent Assembly
- Key contributions:
  - **Art. 45** mandates schooling — his lifelong cause written into the Constitution
"""
    assert not any(t.startswith("{{") for t in shown_texts(notes))
    job = pipeline._prepare(notes, "notes/phule.md")
    (unit,) = [u for u in job.units if u.term is not None and u.term.base == "Book"]
    assert unit.term is not None and plain_label(unit.term, unit, job.ctx)


def test_a_word_after_a_possessive_is_its_noun_not_a_verb() -> None:
    """ "In 1999, Mandela's call." was a true/false: "call" read as a verb made a sentence of
    a note with none (holdout 288, bad)."""
    assert not has_verb("In 1995, Mandela's call.")
    assert not has_verb("Goa (fishermen’s houses)")
    assert has_verb("NASA's   reached Mars two days earlier")  # the blank stood between
    assert has_verb("In 1930, Gandhi's march reached Dandi.")


def test_a_gloss_the_topic_line_prints_keeps_the_cloze_out() -> None:
    """``The **Mappilas** (Moplahs) were …`` under "Malabar (Moplah) Rebellion": without
    the gloss the topic line still prints the answer's other name (changed-60, bad)."""
    question = Cloze(
        id="q",
        topic="Kuka (Namdhari) Movement › Beginnings",
        text="The {{Kukas}} (Namdharis) were a Sikh reform sect of Punjab.",
    )
    assert without_gloss(question) is None
    elsewhere = dataclasses.replace(question, topic="Sikh Reform Movements › Beginnings")
    assert without_gloss(elsewhere) == dataclasses.replace(
        elsewhere, text="The {{Kukas}} were a Sikh reform sect of Punjab."
    )


def test_a_blank_the_sentence_denies_is_no_one_answer() -> None:
    """ "Annexation was by conquest, not by the ___." keyed "Doctrine of Lapse": what it was
    not could be a subsidiary alliance or a treaty as well (changed-60, bad)."""
    denied = Cloze(id="q", text="Sind was taken by conquest, not through a(n) {{treaty}}.")
    assert key_shapes(denied, None, None, None) is not None  # type: ignore[arg-type]
    plain = Cloze(id="q", text="Sind was taken by {{conquest}}, not through a treaty.")
    assert key_shapes(plain, None, None, None) is None  # type: ignore[arg-type]
