"""The classes found on the fourteenth session's fresh notes (holdouts 213–215), each on
made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.labels import is_label
from quizbot.notes.tenses import past_tense
from quizbot.notes.term_labels import clause_head
from quizbot.notes.terms import split_term
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import candidates, shown_texts


def test_a_bare_kind_dated_alone_is_not_asked_its_date() -> None:
    """``2014 – Report (Jan); Budget announcement (Jul)`` (holdout 215 asked "In which year
    was the Report published?": which report?)."""
    assert when_question("Report (Jan)", "year") is None
    assert when_question("Committee", "year") is None


def test_the_event_is_the_name_s_last_noun_not_an_owner_or_a_target() -> None:
    """The head of a name is its last noun: a committee's report was published, not
    appointed; a memorial *to* a commission is no commission (holdout 145 asked "In which
    year was Phule's memorial to Hunter Commission appointed?"); a bare owner after *of*
    (``Resolution of League``) and a war the event came *after* are not the head."""
    assert when_question("Sarkaria Commission report", "year") == (
        "In which year was the Sarkaria Commission report published?"
    )
    assert when_question("Ambedkar's petition to Simon Commission", "year") is None
    assert when_question("Kanpur Resolution of Congress", "year") == (
        "In which year was the Kanpur Resolution of Congress passed?"
    )
    assert when_question("Treaty of Amritsar after the 1st war", "year") == (
        "In which year was the Treaty of Amritsar signed?"
    )
    assert when_question("Mandal Commission report submitted to President", "year") is None
    assert when_question("Prevention of Corruption Act", "year") == (
        "In which year was the Prevention of Corruption Act passed?"
    )


def test_a_head_with_a_participle_and_its_phrase_is_a_clause_not_a_term() -> None:
    """``Revenue fixed in perpetuity: govt gets 10/11 …`` (holdout 215 blanked the head, a
    clause no learner could type, and printed the fact); ``Keyword bank → …`` (holdout 214)
    is the writer's label."""
    ctx = candidates("# N\n\n- x\n")[0]
    for line in (
        "Revenue settled with village bodies: government gets 2/3 of rental value",
        "Rent assessed in cash: ryot pays directly to the state",
    ):
        term = split_term(line)
        assert term is not None and clause_head(term, ctx), line
    assert not clause_head(split_term("Doctrine of Lapse: no adopted heir may inherit"), ctx)
    assert is_label("Keyword bank")


def test_a_blank_doer_of_a_bare_deed_is_not_asked() -> None:
    """``2019 – Aditya Birla Idea PB winds up`` became "In 2019, ___ winded up." (holdout
    215, bad): the past is "wound", and a doer of a deed with no object fits anyone."""
    assert past_tense("winds") == "wound"
    assert question_warnings(_cloze("In 2019, {{Reliance Jio PB}} wound up."))
    assert question_warnings(_cloze("{{Kingfisher Airlines}} collapsed."))
    assert not question_warnings(_cloze("In 1905, {{Curzon}} partitioned Bengal."))


def _cloze(text: str) -> Cloze:
    return Cloze(id="x", topic="", tags=(), text=text)


def test_a_share_whose_rest_is_printed_is_not_asked() -> None:
    """``government gets ___ of rent collected, zamindar keeps 1/11`` keyed 10/11 (holdout
    215, bad: a subtraction); a share with no rest printed stays."""
    assert question_warnings(_cloze("Centre keeps {{3/5}} of the cess, states get 2/5."))
    assert question_warnings(_cloze("Loans: {{60%}} to priority sectors, 40% to others."))
    assert not question_warnings(_cloze("States get {{41%}} of the divisible pool."))


def test_a_rank_from_a_table_cell_is_not_capitalised_mid_sentence() -> None:
    """``| Sundarbans Wetland | West Bengal | Largest site; … |`` asked "Which site is the
    Largest site …?" (holdout 213)."""
    notes = """# Tiger reserves

## Key reserves
| Reserve | State | Note |
|---|---|---|
| Nagarjunsagar-Srisailam | Andhra Pradesh | Largest reserve in India |
| Bor | Maharashtra | Smallest reserve in India |
| Pakke | Arunachal Pradesh | Hornbills; Pakke Paga festival |
| Dampa | Mizoram | Bamboo forests; clouded leopard |
"""
    texts = shown_texts(notes)
    assert any("the largest reserve in India" in t for t in texts), texts
    assert not any("the Largest" in t or "the Smallest" in t for t in texts), texts


def test_deeds_done_to_one_thing_are_not_put_in_order() -> None:
    """``Ch-1 announced``, ``Ch-1 launched``, ``Ch-1 contact lost``: their order follows
    from what happened to one mission, not from knowing a date (holdout 214, bad)."""
    notes = """# Missiles

## Timeline
- 2009 – Nirbhay project announced
- 2012 – Akash missile inducted
- 2014 – Nirbhay project launched
- 2017 – Nirbhay project contact lost
- 2021 – Pralay missile cleared
"""
    assert not any(t.startswith("Arrange") for t in shown_texts(notes))
    other = notes.replace("Nirbhay project launched", "Shaurya missile tested")
    other = other.replace("Nirbhay project contact lost", "Dhanush missile commissioned")
    assert any(t.startswith("Arrange") for t in shown_texts(other))


def test_a_year_among_a_numbered_series_is_not_asked_which_one() -> None:
    """``| Launch date | 22 Oct 2008 | 22 July 2019 | 14 July 2023 |`` under Chandrayaan-1,
    -2, -3: "Which of these has “22 July 2019” …?" is the middle one by order alone
    (holdout 214)."""
    notes = """# Mars and Venus

## Overview table
| Feature | Mangalyaan-1 | Mangalyaan-2 | Mangalyaan-3 |
|---|---|---|---|
| Launch date | **5 Nov 2013** | **12 July 2031** | **9 Sep 2036** |
| Launch vehicle | PSLV-C25 (XL) | GSLV Mk II | LVM3-M9 |
| Outcome | success; contact lost 2022 | orbiter works | **soft landing 3 Aug 2037** |
"""
    texts = shown_texts(notes)
    asked = [t for t in texts if t.startswith("Which of these")]
    assert not any("2031" in t or "2037" in t for t in asked), texts
    assert "On what date was Mangalyaan-1 launched?" in texts, texts  # asked of each instead


def test_a_scheme_or_a_programme_is_launched_and_a_project_named_first_takes_no_article() -> None:
    """``1979 – Pilot Crop Insurance Scheme (area approach …)``: holdout 213's timeline of
    schemes gave no question at all (a scheme was no event the timeline knew)."""
    asked = {
        "Mid-Day Meal Scheme": "the Mid-Day Meal Scheme launched",
        "Integrated Child Development Services programme": (
            "the Integrated Child Development Services programme launched"
        ),
        "Project Snow Leopard": "Project Snow Leopard launched",
        "Mission Poshan": "Mission Poshan launched",
        "Commission on Centre-State Relations": (
            "the Commission on Centre-State Relations appointed"
        ),
    }
    for head, done in asked.items():
        assert when_question(head, "year") == f"In which year was {done}?"
    assert when_question("Production Linked Incentive Scheme ₹1.97 lakh cr", "year") is None


def test_a_bold_name_with_only_a_bracket_after_it_is_asked_its_year() -> None:
    """``1979 – **Pilot Crop Insurance Scheme** (area approach, Prof. V.M. Dandekar)``: a
    bold name with nothing said of it but a bracket has no description to be asked from,
    so its year is asked (holdout 213); a bold name described after a comma is asked its
    year only when nothing else of its line is (seventeenth session: here nothing is)."""
    notes = """# Irrigation

## Timeline
- 1974 – **Command Area Development Programme** (60 major projects)
- 1996 – **Accelerated Irrigation Benefits Programme**, loans to states for big projects
"""
    texts = shown_texts(notes)
    assert any("Command Area Development Programme" in t and "launched" in t for t in texts)
    assert any(t.startswith("In which year was the Accelerated") for t in texts), texts
