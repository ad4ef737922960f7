"""The near-miss index: every answer in the bank, for "that is a different answer".

Built once per bank. Each answer-like string (answers, aliases, list items, options, cloze
blanks, match sides, reject lists) is reduced to its compact form ("S-300" → "s300"). Lookups
are an exact dict hit; at distance 1 (most typos), every string one edit away from the
response (deletions, transpositions, substitutions and insertions over the index's alphabet)
is looked up exactly, which finds every such answer (short of a non-ASCII letter, which
normalisation has already folded away) at no memory cost; at distance 2 or 3,
strings of a similar length with the same first character are compared (a typo that also
changes the first letter can slip past at those distances).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from quizbot.bank.model import Cloze, ListQuestion, Match, Mcq, Multi, Question, Short
from quizbot.grading.text import analyse


def answer_texts(question: Question) -> list[str]:
    """Every answer-like string a question holds (correct or not), for the index."""
    texts: list[str] = list(question.reject)
    if isinstance(question, Short):
        texts += [question.answer, *question.aliases]
    elif isinstance(question, ListQuestion):
        texts += question.answer
    elif isinstance(question, Mcq | Multi):
        texts += question.options
    elif isinstance(question, Cloze):
        texts += [a for blank in question.blanks for a in blank]
    elif isinstance(question, Match):
        texts += [side for pair in question.pairs for side in pair]
    return texts


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789."


class AnswerIndex:
    """Compact forms of every answer in a bank, looked up exactly or by edit distance."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.exact: dict[str, str] = {}
        self._buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
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

    def __len__(self) -> int:
        return len(self.exact)

    def nearest(self, compact: str, max_distance: int,
                exclude: frozenset[str] = frozenset()) -> tuple[str, int] | None:
        """The closest other answer (display text, distance) within ``max_distance``."""
        if not compact:
            return None
        hit = self.exact.get(compact)
        if hit is not None and compact not in exclude:
            return hit, 0
        if max_distance <= 0:
            return None
        one_away = sorted((self._one_edit(compact) & self.exact.keys()) - exclude)
        if one_away:
            return self.exact[one_away[0]], 1
        if max_distance == 1:
            return None
        candidates: list[str] = []
        for length in range(len(compact) - max_distance, len(compact) + max_distance + 1):
            candidates.extend(self._buckets.get((compact[0], length), ()))
        best: tuple[str, int] | None = None
        for found, distance, _ in process.extract(
                compact, candidates, scorer=OSA.distance, score_cutoff=max_distance, limit=4):
            if found not in exclude and (best is None or distance < best[1]):
                best = (self.exact[found], int(distance))
        return best

    def _one_edit(self, word: str) -> set[str]:
        """Every string one OSA edit from ``word``: deletions, transpositions, and
        substitutions and insertions of letters (of digits too, where the word has any)."""
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        alphabet = _LETTERS + (_DIGITS if any(c.isdigit() for c in word) else "")
        variants = {a + b[1:] for a, b in splits if b}
        variants.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
        variants.update(a + c + b[1:] for a, b in splits if b for c in alphabet)
        variants.update(a + c + b for a, b in splits for c in alphabet)
        variants.discard(word)
        return variants
