"""The ranking: the best candidates of a fact, at most two (three for a long line or a
dated event), one per key and per family of figures."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.drafts import Draft
from quizbot.notes.rank import CAP_PER_FACT, by_fact, rank, score


def draft(rule: str, key: str, kind: str, order: int, text: str = "a short line") -> Draft:
    return Draft(
        Cloze, {}, rule, key, key, "fact", "", 1, order, key_text=key, key_kind=kind, unit_text=text
    )


def test_the_cap_per_fact_and_one_question_per_key() -> None:
    found = [
        draft("name", "Lord Curzon", "person", 0),
        draft("bold", "Partition of Bengal", "event", 1),
        draft("name", "Partition of Bengal", "event", 2),
        draft("number", "1905", "year", 3),
    ]
    kept = [d.key_text for d, _ in rank([(d, None) for d in found])]
    assert len(kept) == CAP_PER_FACT
    assert kept == ["Lord Curzon", "Partition of Bengal"], "who and what before when"


def test_a_dated_event_and_a_long_line_hold_one_more() -> None:
    found = [
        draft("timeline", "13 Apr 1919", "date", 0),
        draft("bold", "Jallianwala Bagh", "term", 1),
        draft("name", "Gen. Dyer", "person", 2),
    ]
    assert len(rank([(d, None) for d in found])) == 3


def test_figures_of_one_family_count_once() -> None:
    found = [
        draft("number", "$7.5 billion", "money", 0),
        draft("number", "62%", "percent", 1),
        draft("number", "2019", "year", 2),
    ]
    kept = [d.key_text for d, _ in rank([(d, None) for d in found])]
    assert kept == ["$7.5 billion", "2019"]


def test_tiers_order_the_fact_s_own_question_first() -> None:
    assert score(draft("row", "Surat", "place", 5)) < score(draft("name", "Surat", "place", 0))
    assert score(draft("number", "104", "count", 5)) < score(draft("name", "PSLV", "name", 0))


def test_candidates_are_grouped_by_their_fact() -> None:
    a, b = draft("name", "X", "name", 0), draft("name", "Y", "name", 1)
    b.unit_key = "other"
    assert sorted(by_fact([(a, 1), (b, 2)])) == ["fact", "other"]
