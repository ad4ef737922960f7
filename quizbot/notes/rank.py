"""Ranking: the best questions of each fact, at most :data:`CAP_PER_FACT` of them.

A fact (a bullet, a sentence, a table row) may hold several answer slots, and the builders
may offer several formats for each. What a coach would keep is the question on the fact's
most exam-worthy slot, in its best format, and at most one more on a slot of another kind
(the date of an event and the person behind it are two facts; the bold span and the number
inside it are one). :func:`rank` orders the candidates of one fact by :data:`PRIORITY` of
their rule and :data:`KIND_WEIGHT` of their key, and keeps the first of each key and of each
kind, up to the cap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from quizbot.notes.drafts import Draft
from quizbot.notes.phrases import fold

#: Questions asked of one fact at most.
CAP_PER_FACT = 2

#: Lower first: the author's own questions, then a term named from its definition, a table
#: row, a list, the date of an event, a key term, a name, a figure, an expansion.
PRIORITY = {
    "card": 0,
    "cloze": 0,
    "term": 1,
    "row": 1,
    "list": 2,
    "timeline": 2,
    "definition": 3,
    "bold": 3,
    "name": 4,
    "abbreviation": 4,
    "number": 5,
    "table": 1,
}
#: Among keys of one rule: who, where and what is asked before how much.
KIND_WEIGHT = {
    "person": 0,
    "agreement": 0,
    "organisation": 0,
    "event": 0,
    "place": 1,
    "term": 1,
    "name": 2,
    "date": 2,
    "year": 2,
    "money": 3,
    "percent": 3,
    "count": 4,
    "ordinal": 4,
}
#: Kinds that are one family: a fact's year and its date are one slot, and so are its
#: figures; names and terms are told apart by their keys.
_FAMILY = {
    "date": "time",
    "year": "time",
    "money": "figure",
    "percent": "figure",
    "count": "figure",
    "ordinal": "ordinal",
}

T = TypeVar("T")


def score(draft: Draft) -> tuple[int, int, int]:
    """Lower is better: the rule's priority, the key's kind, then document order."""
    priority = PRIORITY.get(draft.rule, 6)
    if draft.rule == "name" and draft.key_kind == "person":
        priority = PRIORITY["bold"]  # who did it weighs like the writer's own key term
    return (priority, KIND_WEIGHT.get(draft.key_kind, 3), draft.order)


def rank(candidates: Sequence[tuple[Draft, T]], cap: int = CAP_PER_FACT) -> list[tuple[Draft, T]]:
    """The best ``cap`` candidates of one fact, each on its own key and kind of key."""
    kept: list[tuple[Draft, T]] = []
    keys: set[str] = set()
    families: set[str] = set()
    for draft, item in sorted(candidates, key=lambda c: score(c[0])):
        key = fold(draft.key_text)
        family = _FAMILY.get(draft.key_kind, f"key:{key}")
        if key in keys or any(key and (key in k or k in key) for k in keys if k):
            continue
        if family in families:
            continue
        kept.append((draft, item))
        keys.add(key)
        families.add(family)
        if len(kept) == cap:
            break
    return kept


def by_fact(drafts: Iterable[tuple[Draft, T]]) -> dict[str, list[tuple[Draft, T]]]:
    """Candidates grouped by their fact (the unit, or a notes-wide key)."""
    groups: dict[str, list[tuple[Draft, T]]] = {}
    for draft, item in drafts:
        groups.setdefault(draft.unit_key or draft.id_key, []).append((draft, item))
    return groups
