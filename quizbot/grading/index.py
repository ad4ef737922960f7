"""The near-miss index: every answer in the bank, for "that is a different answer".

Built once per bank. Each answer-like string (answers, aliases, list items, options, cloze
blanks, match sides, reject lists) is reduced to its compact form ("S-300" → "s300").

Lookups are an exact dict hit, or the closest compact form within a small edit distance. At
distance 1 (most typos) the search is exact and cheap: one edit cannot disturb both the first
k and the last k characters of a string of length 2k+1 or more, so every answer one edit
away shares the response's k-prefix or k-suffix and has a length within one of it. Answers
are filed under (length, prefix) and (length, suffix) for k = 1, 2, 3, and only those few
candidates are compared. At distance 2 or 3, answers of a similar length with the same
first character are compared (a typo that also changes the first letter can slip past).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import assert_never

from rapidfuzz import process
from rapidfuzz.distance import OSA

from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
)
from quizbot.grading.normalize import analyse


def answer_texts(question: Question) -> list[str]:
    """Every answer-like string a question holds (correct or not), for the index."""
    texts: list[str] = list(question.reject)
    match question:
        case Short():
            texts += [question.answer, *question.aliases]
        case ListQuestion():
            texts += question.answer
            texts += [alias for aliases in question.item_aliases for alias in aliases]
        case Mcq() | Multi():
            texts += question.options
        case Cloze():
            texts += [a for blank in question.blanks for a in blank]
        case Match():
            texts += [side for pair in question.pairs for side in pair]
        case Statements() | TrueFalse():
            pass  # judgements, not answers
        case _:
            assert_never(question)
    return texts


def _digits(compact: str) -> str:
    """The numbers of a compact form: a rival must carry the same ones (numbers are exact)."""
    return "".join(c for c in compact if c.isdigit() or c == ".")


class AnswerIndex:
    """Compact forms of every answer in a bank, looked up exactly or by edit distance."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.exact: dict[str, str] = {}
        self._buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        #: (length, first or last k characters, 0 for a prefix or 1 for a suffix) → answers.
        self._ends: dict[tuple[int, str, int], list[str]] = defaultdict(list)
        for text in texts:
            self.add(text)

    @classmethod
    def build(cls, questions: Iterable[Question]) -> AnswerIndex:
        index = cls()
        texts = dict.fromkeys(t for q in questions for t in answer_texts(q))  # dedupe, in order
        for text in texts:
            index.add(text)
        return index

    def add(self, text: str) -> None:
        compact = analyse.__wrapped__(text).compact  # uncached: a bank has many answers
        if not compact or compact in self.exact:
            return
        self.exact[compact] = text
        self._buckets[compact[0], len(compact)].append(compact)
        length = len(compact)
        for k in (1, 2, 3):
            if length >= k:
                self._ends[length, compact[:k], 0].append(compact)
                self._ends[length, compact[-k:], 1].append(compact)

    def __len__(self) -> int:
        return len(self.exact)

    def nearest(
        self, compact: str, max_distance: int, exclude: frozenset[str] = frozenset()
    ) -> tuple[str, int] | None:
        """The closest other answer (display text, distance) within ``max_distance``."""
        if not compact:
            return None
        hit = self.exact.get(compact)
        if hit is not None and compact not in exclude:
            return hit, 0
        if max_distance <= 0:
            return None
        digits = _digits(compact)
        one_away = sorted(
            found
            for found, _, _ in process.extract(
                compact,
                self._one_edit_candidates(compact),
                scorer=OSA.distance,
                score_cutoff=1,
                limit=None,
            )
            if found not in exclude and found != compact and _digits(found) == digits
        )
        if one_away:
            return self.exact[one_away[0]], 1
        if max_distance == 1:
            return None
        candidates: list[str] = []
        for length in range(len(compact) - max_distance, len(compact) + max_distance + 1):
            candidates.extend(self._buckets.get((compact[0], length), ()))
        best: tuple[str, int] | None = None
        for found, distance, _ in process.extract(
            compact, candidates, scorer=OSA.distance, score_cutoff=max_distance, limit=8
        ):
            if (
                found not in exclude
                and _digits(found) == digits
                and (best is None or distance < best[1])
            ):
                best = (self.exact[found], int(distance))
        return best

    def _one_edit_candidates(self, word: str) -> list[str]:
        """Answers that could be one edit from ``word`` (a superset; compare to be sure)."""
        length = len(word)
        found: set[str] = set()
        k = 3 if length >= 7 else 2 if length >= 5 else 1 if length >= 3 else 0
        for size in (length - 1, length, length + 1):
            if k:
                found.update(self._ends.get((size, word[:k], 0), ()))
                found.update(self._ends.get((size, word[-k:], 1), ()))
            else:  # one or two characters: every answer of that length is a candidate
                for char in {*word, *"abcdefghijklmnopqrstuvwxyz0123456789"}:
                    found.update(self._buckets.get((char, size), ()))
        return list(found)
