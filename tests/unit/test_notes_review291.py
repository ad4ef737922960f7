"""The classes found in the twenty-first session on fresh notes (holdouts 291 on), each on
made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.clauses import with_its_verb
from quizbot.notes.lint import weak_reason
from tests.unit.notes_support import short_questions, shown_texts


def test_a_plural_subject_with_an_adverb_before_its_participle_takes_were() -> None:
    """``1915 – Irrawaddy dolphins first recorded here`` became "In 1915, ___ dolphined
    first recorded here." (holdout 291, bad): "recorded" before "here" was no participle,
    so "dolphins" was read as a verb and put in the past. The adverb is no part of the
    subject when its number is told."""
    notes = """# Wetlands of Assam

## Deepor Beel
- 1989 – **Hoolock** gibbons first recorded here
"""
    assert shown_texts(notes) == ["In 1989, {{Hoolock}} gibbons were first recorded here."]
    assert with_its_verb("Olive ridleys first recorded in Gahirmatha", last=True) == (
        "Olive ridleys are first recorded in Gahirmatha"
    )


def test_the_first_pm_or_cm_to_do_something_is_asked_with_who() -> None:
    """``2017 – **Narendra Modi** = 1st Indian PM to visit Israel`` was asked "Which was the
    first Indian PM …?" (holdout 292): a prime minister, a chief minister, a king are
    people."""
    notes = """# Indo-Pacific ties

## Visits
- 2014 – **Tony Abbott** = 1st Australian PM to address the Lok Sabha
- 1961 – **Queen Elizabeth II** = 1st British monarch to visit independent India
- 1990 – **Jyoti Basu** = 1st CM to lead a trade delegation to Japan
"""
    prompts = list(short_questions(notes))
    assert "Who was the first Australian PM to address the Lok Sabha?" in prompts
    assert "Who was the first CM to lead a trade delegation to Japan?" in prompts
    assert not any(p.startswith("Which was the first") for p in prompts)


def test_a_term_described_only_as_a_kind_and_what_it_is_not_is_not_asked() -> None:
    """``Nalabana = bird sanctuary, not a national park`` gave "Which term is described as
    “bird sanctuary, not a national park”?" (holdout 291, bad): every bird sanctuary fits."""
    notes = """# Wetlands of Assam

## Prelims traps
- Pobitora = rhino sanctuary, not a national park
- Deepor Beel = the only Ramsar site of Assam, a freshwater lake of the Brahmaputra valley
- Chandubi = lake, not a reservoir
"""
    texts = shown_texts(notes)
    assert not any("not a national park" in t or "not a reservoir" in t for t in texts)
    assert any("Ramsar" in t for t in texts)


def test_a_present_tense_after_a_name_s_kind_is_no_event_to_date() -> None:
    """``1787 – Amindivi group goes to **Tipu Sultan**`` gave "In which year was the
    Amindivi group goes formed?" (holdout 293, bad): "goes" is the line's verb."""
    notes = """# Islands of the west coast

## Timeline
- 1799 – Minicoy group goes to the **Arakkal** house
- 1802 – Laccadive Regulation passed by the Madras government
"""
    texts = shown_texts(notes, statements=True)
    assert not any("group goes" in t and "formed" in t for t in texts)


def test_a_year_between_a_possessive_and_its_noun_is_ambiguous() -> None:
    """ "Modi's ___ trip skipped Ramallah." keyed 2017 (holdout 292, bad): "Israel trip"
    or "first trip" fill it as truly."""
    trip = Cloze(id="q", topic="", text="Nixon's {{1972}} visit opened ties with China.")
    assert question_warnings(trip)
    dated = Cloze(id="q", topic="", text="Nixon visited China in {{1972}}.")
    assert not question_warnings(dated)


def test_an_amendment_act_with_no_number_is_not_dated() -> None:
    """ "In which year was the MMDR Amendment Act passed?" (holdout 292, bad): the act was
    amended in several years; a number says which one ("42nd Amendment Act")."""
    notes = """# Forest law

## Laws
| Measure | Year | Key provisions |
|---|---|---|
| **Forest Conservation Amendment Act** | 2023 (Aug) | deemed forests narrowed; zoos & safaris allowed |
| **Biological Diversity Act** | 2002 | National Biodiversity Authority at Chennai |
"""
    texts = shown_texts(notes, statements=True)
    assert not any("Forest Conservation Amendment Act" in t and "year" in t for t in texts)
    assert any("Biological Diversity Act" in t for t in texts)


def test_what_the_learner_reads_passes_the_lint_quizbot_check_runs() -> None:
    """A timeline line put in a sentence was judged before it was: "In 2004, ___ became
    operational." was generated, and `quizbot check` warned of it (19 generated questions
    over the holdouts drew a warning of the check's own lint)."""
    notes = """# Cyber security

## Timeline
- 2013 – **NCIIPC** becomes operational
- 2014 – **Cyber Swachhta Kendra** launched by MeitY for botnet cleaning
"""
    found = generate_questions(notes, "n/notes.md")
    assert found
    assert [weak_reason(q) for q in found] == [None] * len(found)
    # "In 2013, ___ became operational." (any body of the year): the name is not blanked
    assert not any("{{NCIIPC" in t for t in shown_texts(notes))
