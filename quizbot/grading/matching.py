"""Grading match questions: codes ("1-b, 2-a", "1b 2a", "b a"), or text pairs.

Left items are numbered in pair order; right items are lettered in the order shown (by
default :func:`match_columns`'s, else the ``order`` a front end passes). Text pairs
("Rafale: fighter; Scorpene: submarine", "Indra - Russia, Varuna - France") name either side
by its text, an accepted form of it, or a shortened form only one item fits. An item coded
twice, given two letters ("1-cd", "1-c/d", "2-a or c") or paired twice is a hedge: that item
is wrong. Partial credit: the share of items paired right.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quizbot.bank.model import Match
from quizbot.grading.normalize import analyse
from quizbot.grading.options import choice_index, letter, shown
from quizbot.grading.verdict import Verdict

_CODE = re.compile(
    r"(?:^|(?<=[\s,;]))(\d{1,2})\s*[-–:=)>.]?\s*"
    r"([a-z](?:\s*(?:/|&|\bor\b)\s*[a-z])*|[a-z]{2,4})(?=$|[\s,;.])",
    re.IGNORECASE,
)
#: What may stand between codes.
_BETWEEN_CODES = re.compile(r"[\s,;.]*")
_PAIR_SPLIT = re.compile(r"\s*[;\n]\s*|\s*,\s*(?=[^,]*(?:[:=]|\s[-–—]\s|->|→))")
_SIDES = re.compile(r"\s*(?::|=|->|→|\s[-–—]\s)\s*")


def match_columns(q: Match) -> tuple[list[str], list[str]]:
    """The left items as numbered (given order) and the right items as lettered (sorted)."""
    lefts = [left for left, _ in q.pairs]
    rights = sorted((right for _, right in q.pairs), key=lambda r: analyse(r).compact)
    return lefts, rights


def _codes(text: str) -> dict[int, int | None] | None:
    """Left position → right position from codes; None for a hedged item; None overall when
    the text holds no codes."""
    found = _CODE.findall(text)
    if not found or not _BETWEEN_CODES.fullmatch(_CODE.sub(" ", text)):
        return None
    seen = Counter(int(number) for number, _ in found)
    chosen: dict[int, int | None] = {}
    for number, code in found:
        letters = re.findall(r"[a-z]", code, re.IGNORECASE)
        hedged = len(letters) != 1 or seen[int(number)] > 1
        chosen[int(number) - 1] = None if hedged else ord(letters[0].lower()) - ord("a")
    return chosen


def grade_match(q: Match, response: str, order: Sequence[str] | None = None) -> Verdict:
    lefts, rights = match_columns(q)
    rights = list(shown(rights, order, "right items"))
    truth = {i: rights.index(right) for i, (_, right) in enumerate(q.pairs)}
    text = response.strip()
    chosen: dict[int, int | None] = {}
    codes = _codes(text)
    letters = re.fullmatch(r"(?:[a-z][\s,]*)+", text, re.IGNORECASE)
    if codes is not None:
        chosen = codes
    elif letters and len(re.findall(r"[a-z]", text, re.IGNORECASE)) == len(lefts):
        for i, code in enumerate(re.findall(r"[a-z]", text, re.IGNORECASE)):
            chosen[i] = ord(code.lower()) - ord("a")
    else:
        named: Counter[int] = Counter()
        for part in _PAIR_SPLIT.split(text):
            sides = _SIDES.split(part, maxsplit=1)
            if len(sides) != 2:
                continue
            li = choice_index(sides[0], lefts, q)
            ri = choice_index(sides[1], rights, q)
            if li is not None:
                named[li] += 1
                chosen[li] = ri if named[li] == 1 else None
    right = sum(chosen.get(i) == r for i, r in truth.items())
    expected = "; ".join(
        f"{i + 1}-{letter(truth[i])} ({left}: {q.pairs[i][1]})" for i, left in enumerate(lefts)
    )
    if right == len(lefts):
        return Verdict(True, 1.0, "exact", f"Correct: {expected}.")
    return Verdict(
        False,
        right / len(lefts),
        "partial" if right else "wrong",
        f"{right} of {len(lefts)} pairs; the answer: {expected}.",
        f"{right} of {len(lefts)} pairs.",
    )
