"""The classes found on the fourteenth session's second round of fresh notes (holdouts
216–218), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Match
from quizbot.notes.generate import generate_questions
from quizbot.notes.lint import weak_reason
from quizbot.notes.tenses import past_tense
from tests.unit.notes_support import shown_texts


def test_a_change_written_with_an_arrow_keeps_both_ends_in_a_dated_sentence() -> None:
    """``1530 – Capital shifted **Cochin → Goa**`` became the false statement "In 1527,
    Capital shifted Cochin." (holdout 218, bad: its fix taught that the capital moved to
    Cochin). The arrow of a change says "to"."""
    notes = """# Sikh empire

## Timeline
- 1799 – Ranjit Singh takes Lahore from the Bhangi misl
- 1802 – Capital shifted **Gujranwala → Lahore** (after the capture)
- 1809 – Treaty of Amritsar with the Company, Satluj the boundary
- 1839 – Ranjit Singh dies at Lahore
"""
    texts = shown_texts(notes, statements=True)
    assert not any("shifted" in t and "Lahore" not in t for t in texts), texts


def test_a_key_that_opens_a_printed_word_is_given_away() -> None:
    """ "The word ___ occurs about 275 times in the Rigveda while janapada is not used"
    keyed jana (holdout 217, bad)."""
    notes = """# Sangam age

## Polity
Pallava rule was basically **local** – the unit was the **nadu** (district), not the kingdom. The word *nadu* occurs ~**40** times in the grants while *nadumandalam* is not used even once → shows there was no fixed province yet.
"""
    texts = shown_texts(notes)
    assert not any("The word {{nadu}}" in t for t in texts), texts


def test_a_head_glossed_by_the_bold_term_after_it_is_not_asked_as_the_term() -> None:
    """ "The chief = **rajan**, a leader in war …" was asked "Who is described as “rajan,
    …”?" keyed The chief; "War itself = gavishti" keyed War itself (holdout 217, bad)."""
    notes = """# Sangam polity

## Kings
Sangam polity was basically **tribal** – the unit was the **kudi** (clan), not territory. The king = **ko**, a leader in war whose main duty was guarding the clan & its herds, hence called **vendan / kon** (lord of the land). Tribute itself = *irai* (paid in kind).
"""
    texts = shown_texts(notes)
    assert not any("{{The king}}" in t or "{{Tribute itself}}" in t for t in texts), texts
    assert not any(t.startswith("Who is described as") for t in texts), texts


def test_the_language_of_a_printed_name_is_no_blank() -> None:
    """ "Constitution says Council of States; ___ name Rajya Sabha adopted 1954." keyed Hindi
    (holdout 218, bad): the blank only asks which language "Rajya Sabha" is in."""
    cloze = Cloze(id="x", topic="", tags=(), text="{{Sanskrit}} name Lok Sabha adopted 1954.")
    assert weak_reason(cloze) is not None
    kept = Cloze(id="x", topic="", tags=(), text="The Baburnama was written in {{Turkish}}.")
    assert weak_reason(kept) is None


def test_only_after_and_first_to_with_no_object_are_no_ranks() -> None:
    """``| Holkar | – | 1818 | only after Wellesley (Treaty of Mandsaur) |`` asked "Which
    state of 1818 is the only after Wellesley …?", and ``first to accept`` "… is the first
    to accept?" (holdout 216)."""
    notes = """# Doctrine of Lapse

## States annexed
| State | Ruler | Year | Note |
|---|---|---|---|
| Satara | Shahaji | 1848 | **first** to go |
| Jhansi | Gangadhar Rao | 1853 | Rani refused; revolt in 1857 |
| Nagpur | Raghuji III | 1854 | only after his death without a son |
| Sambalpur | Narayan Singh | 1849 | small hill state in Odisha |
"""
    texts = shown_texts(notes)
    assert not any("is the only after" in t or "is the first to go" in t for t in texts), texts


def test_flies_is_flew() -> None:
    """ "In 1984, ___ flied on Soviet Soyuz T-11." (holdout 218)."""
    assert past_tense("flies") == "flew"


def test_a_wider_table_whose_second_column_defines_the_first_is_matched() -> None:
    """``| Term | Meaning | Remember as |`` and ``| Landform | How formed | Eg |`` gave no
    question (holdout 217's permafrost note: one question of three tables)."""
    notes = """# Clemency

## Powers of the President (Art 72)
| Term | Meaning | Example |
|---|---|---|
| Pardon | removes both sentence & conviction | Nanavati (1961) |
| Commutation | a lighter form of punishment substituted | death → life |
| Remission | period of sentence cut, nature unchanged | 2 yrs → 1 yr |
| Respite | lesser sentence for a special fact | pregnancy |
"""
    found = generate_questions(notes, "n/notes.md")
    matches = [q for q in found if isinstance(q, Match)]
    assert matches and ("Pardon", "removes both sentence & conviction") in matches[0].pairs


def test_a_match_of_two_pairs_or_of_chained_definitions_is_not_asked() -> None:
    """A fresh coach judged bad "Match (Transaction type → Meaning)" of two pairs (the
    second is forced) and "Match (Aggregate → Definition)" whose definitions are built from
    the other aggregates (``NM2 | NM1 + short-term deposits``): the chain answers it."""
    two = """# Trade

## Balance of trade
| Kind | Meaning |
|---|---|
| Surplus | exports exceed imports |
| Deficit | imports exceed exports |
"""
    chained = """# Money

## Old measures
| Measure | Definition |
|---|---|
| M1 | currency with public + demand deposits |
| M2 | M1 + post office savings deposits |
| M3 | M1 + time deposits with banks |
| M4 | M3 + all post office deposits |
"""
    for notes in (two, chained):
        found = generate_questions(notes, "n/notes.md")
        assert not any(isinstance(q, Match) for q in found), notes
