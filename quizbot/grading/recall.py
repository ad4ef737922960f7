"""Graders for the question types answered from memory: short, list and cloze.

Each answer slot (the short answer, every list item, every cloze blank) is graded by
:func:`quizbot.grading.slots.grade_one`; lists and cloze earn partial credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizbot.bank.model import Cloze, ListQuestion, Question, Short
from quizbot.grading.context import context
from quizbot.grading.index import AnswerIndex
from quizbot.grading.matcher import best_match, forms
from quizbot.grading.normalize import analyse
from quizbot.grading.slots import (
    AND_SPLIT,
    COMMA,
    STRONG_SPLIT,
    One,
    as_verdict,
    grade_one,
    split_parts,
)
from quizbot.grading.verdict import Verdict, VerdictKind
from quizbot.words import plural

_CLOZE_SPLIT = re.compile(rf"\s*(?:{COMMA}|[;\n|])\s*")
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}[.)]\s+")
#: Longest unseparated part split at spaces into items or blanks.
_MAX_SEGMENT_WORDS = 40
#: A taught alias of one item or blank: "the item's answer" TAB "the learner's form".
TAUGHT_SEPARATOR = "\t"


def taught_for(taught: Sequence[str], answer: str) -> list[str]:
    """The learner's taught forms of one list item or cloze blank (see :func:`teachable`)."""
    prefix = answer + TAUGHT_SEPARATOR
    return [t[len(prefix) :] for t in taught if t.startswith(prefix)]


def grade_short(
    q: Short, response: str, index: AnswerIndex | None, aliases: Sequence[str]
) -> Verdict:
    return as_verdict(
        grade_one(response, q.answer, [*q.aliases, *aliases], q, index, tolerance=q.tolerance)
    )


def _items(
    q: Question,
    said: list[str],
    expected: Sequence[str],
    aliases: Sequence[Sequence[str]],
    index: AnswerIndex | None,
) -> tuple[list[str], list[str], list[str]]:
    """(expected items matched, items missed, response items not in the answer)."""
    left = list(range(len(expected)))
    matched: list[int] = []
    extras: list[str] = []
    for part in said:
        for i in left:
            rivals = [x for j, x in enumerate(expected) if j != i]
            if grade_one(part, expected[i], aliases[i], q, index, rivals).accepted:
                matched.append(i)
                left.remove(i)
                break
        else:
            if not any(grade_one(part, expected[i], aliases[i], q, None).accepted for i in matched):
                extras.append(part)
    return [expected[i] for i in matched], [expected[i] for i in left], extras


def _part_limit(items: int) -> int:
    """How many parts of a response to a question of ``items`` items are graded."""
    return 3 * items + 10


def _some(texts: Sequence[str], shown: int = 5) -> str:
    """The first few texts, and how many more."""
    head = ", ".join(t if len(t) <= 80 else t[:77] + "…" for t in texts[:shown])
    return head + (f" and {len(texts) - shown} more" if len(texts) > shown else "")


def _numbered(response: str) -> str:
    """Item numbers as separators: "1) RIC 2) SCO" and "1. India" lines → new lines."""
    return _NUMBERED.sub("\n", response)


def _segment(part: str, matches: Callable[[str], bool]) -> list[str] | None:
    """``part`` split at spaces into items, longest items first ("china france united
    kingdom" → china, france, united kingdom), when every piece is an item."""
    words = part.split()
    if len(words) < 2 or len(words) > _MAX_SEGMENT_WORDS:
        return None
    pieces: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 6), i, -1):
            piece = " ".join(words[i:j])
            if piece.casefold() not in ("and", "&") and matches(piece):
                pieces.append(piece)
                i = j
                break
        else:
            if words[i].casefold() in ("and", "&"):
                i += 1
                continue
            return None
    return pieces if len(pieces) > 1 else None


def _protect(response: str, items: Sequence[str]) -> tuple[str, dict[str, str]]:
    """Hide expected items that contain separators ("marketing, selling and export") behind
    placeholders, so that typing such an item verbatim keeps it whole."""
    kept: dict[str, str] = {}
    for i, item in enumerate(items):
        if STRONG_SPLIT.search(item) or AND_SPLIT.search(item):
            found = re.search(re.escape(item), response, re.IGNORECASE)
            if found:
                token = f"\x00{i}\x00"
                kept[token] = found.group(0)
                response = response[: found.start()] + token + response[found.end() :]
    return response, kept


def grade_list(
    q: ListQuestion, response: str, index: AnswerIndex | None, taught: Sequence[str] = ()
) -> Verdict:
    matched, missed, extras = list_items(q, response, index, taught)
    need = q.min_correct or len(q.answer)
    hits = min(len(matched), need)
    score = max(0.0, (hits - 0.5 * len(extras)) / need)
    parts = [f"{hits} of {need}"]
    if missed and len(matched) < need:
        parts.append(f"missing: {', '.join(missed)}")
    if extras:
        parts.append(f"not in the answer: {_some(extras)}")
    said = "; ".join(parts) + "."
    if len(matched) >= need and not extras:
        return Verdict(True, 1.0, "exact", f"Correct: {', '.join(q.answer)}.")
    feedback = f"{said} The answer: {', '.join(q.answer)}."
    return Verdict(False, score, "partial" if score > 0 else "wrong", feedback, said)


def list_items(
    q: ListQuestion,
    response: str,
    index: AnswerIndex | None = None,
    taught: Sequence[str] = (),
) -> tuple[list[str], list[str], list[str]]:
    """(items named, items missed, parts of the response that are no item)."""
    aliases = [
        (*(q.item_aliases[i] if i < len(q.item_aliases) else ()), *taught_for(taught, item))
        for i, item in enumerate(q.answer)
    ]
    ctx = context(q)

    def is_item(text: str) -> bool:
        said = analyse(text)
        return any(
            best_match(said, forms(item, aliases[i]), ctx) for i, item in enumerate(q.answer)
        )

    hidden, kept = _protect(_numbered(response), q.answer)
    # Past a few more parts than items the answer cannot be right, nor earn credit: the rest
    # are counted as extras, not graded (a pasted page is graded in linear time).
    limit = _part_limit(len(q.answer))
    pieces_seen = STRONG_SPLIT.split(hidden.strip(), maxsplit=limit)
    rest = (
        [p for p in STRONG_SPLIT.split(pieces_seen.pop()) if p] if len(pieces_seen) > limit else []
    )
    hidden = ", ".join(pieces_seen)
    said = [
        kept.get(part, part)
        for part in split_parts(hidden, lambda part: is_item(kept.get(part, part)))
    ]
    matched, missed, extras = _items(q, said[:limit], q.answer, aliases, index)
    if missed and any(" " in e.strip() for e in extras):  # "china france russia uk usa"
        split = [piece for part in said for piece in (_segment(part, is_item) or [part])]
        if len(split) > len(said):
            said = split
            matched, missed, extras = _items(q, said[:limit], q.answer, aliases, index)
    extras += said[limit:] + rest
    return matched, missed, extras


def grade_cloze(
    q: Cloze, response: str, index: AnswerIndex | None, taught: Sequence[str]
) -> Verdict:
    """Blanks in order, separated by commas, semicolons or new lines, or by spaces or "and"
    when only one reading gives every blank its answer. An extra answer is a hedge."""
    blanks = q.blanks

    def one(i: int, text: str) -> One:
        blank = blanks[i]
        extra = [*taught_for(taught, blank[0])]
        if len(blanks) == 1:
            extra += [t for t in taught if TAUGHT_SEPARATOR not in t]
        return grade_one(text, blank[0], [*blank[1:], *extra], q, index, blank=i)

    if len(blanks) == 1:
        results = [one(0, response)]
        extras = 0
    else:
        parts = [p for p in _CLOZE_SPLIT.split(response.strip()) if p]
        results = [one(i, parts[i] if i < len(parts) else "") for i in range(len(blanks))]
        extras = max(0, len(parts) - len(blanks))
        if len(parts) != len(blanks):  # the same count: commas already cut it
            spans = _cloze_spans(response, len(blanks), lambda i, text: one(i, text).accepted)
            if spans is not None:
                results, extras = [one(i, text) for i, text in enumerate(spans)], 0
    right = sum(r.accepted for r in results)
    expected = "; ".join(b[0] for b in blanks)
    if right == len(blanks) and not extras:
        kind: VerdictKind = "typo" if any(r.kind == "typo" for r in results) else "exact"
        typos = " ".join(r.feedback for r in results if r.kind == "typo")
        noted = " ".join(r.note for r in results if r.kind == "typo")
        return Verdict(
            True, 1.0, kind, f"Correct: {expected}." + (f" {typos}" if typos else ""), noted
        )
    if len(blanks) == 1:
        return as_verdict(results[0])
    score = max(0.0, (right - 0.5 * extras) / len(blanks))
    more = f"; {extras} answer{'s' if extras > 1 else ''} more than the blanks" if extras else ""
    return Verdict(
        False,
        score,
        "partial" if score > 0 else "wrong",
        f"{right} of {plural(len(blanks), 'blank')}{more}; the answers: {expected}.",
        f"{right} of {plural(len(blanks), 'blank')}{more}.",
    )


_SPAN_SEPARATORS = frozenset({",", ";", "and", "&", "|"})
#: Longest run of words one blank may take.
_MAX_SPAN = 8


def _cloze_spans(
    response: str, count: int, accepts: Callable[[int, str], bool]
) -> list[str] | None:
    """The only way to cut ``response`` into ``count`` answers in order, each accepted for
    its blank, cutting at spaces, "and", commas and semicolons (a comma or semicolon is
    never inside one answer); None when there is none, or more than one."""
    tokens = re.findall(r"[,;|]|[^\s,;|]+", response)
    if len(tokens) > _MAX_SEGMENT_WORDS:
        return None
    found: list[list[str]] = []
    cache: dict[tuple[int, int], bool] = {}

    def ok(i: int, start: int, end: int) -> bool:
        key = (i, start * 1000 + end)
        if key not in cache:
            cache[key] = accepts(i, " ".join(tokens[start:end]))
        return cache[key]

    def walk(i: int, start: int, taken: list[str]) -> None:
        while start < len(tokens) and tokens[start].casefold() in _SPAN_SEPARATORS:
            start += 1
        if i == count:
            if start == len(tokens):
                found.append(list(taken))
            return
        for end in range(start + 1, min(len(tokens), start + _MAX_SPAN) + 1):
            if tokens[end - 1] in (",", ";", "|") or any(
                t in (",", ";", "|") for t in tokens[start:end]
            ):
                break
            if tokens[end - 1].casefold() in ("and", "&"):
                continue
            if len(found) < 3 and ok(i, start, end):
                walk(i + 1, end, [*taken, " ".join(tokens[start:end])])

    walk(0, 0, [])
    # Readings that differ only in where a function word goes ("iran and | the caspian",
    # "iran and the | caspian") are one reading.
    unique = {tuple(analyse(text).compact for text in f) for f in found}
    if len(unique) > 1:
        # "Guru Nanak and Guru Angad": the "and" is where the learner cut, not a part of
        # "Guru Nanak and Guru" (a title is let off beside a name)
        found = [f for f in found if not any(_INNER_AND.search(text) for text in f)]
        unique = {tuple(analyse(text).compact for text in f) for f in found}
    return list(found[0]) if len(unique) == 1 else None


_INNER_AND = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
