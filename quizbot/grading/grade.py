"""``grade(question, response)`` for every question type.

Single answers (short, each list item, each cloze blank, option text) go through
:mod:`quizbot.grading.matcher`; choices accept letters, numbers or the option text; lists,
multi and match earn partial credit. The near-miss guard runs on anything accepted only as a
typo: if the response is at least as close to another answer (the question's ``reject``
list, its other options or items, or the bank's :class:`AnswerIndex`), it is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

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
from quizbot.grading.index import AnswerIndex
from quizbot.grading.matcher import RANK, best_match, forms, typo_diff
from quizbot.grading.text import analyse
from quizbot.grading.verdict import Verdict, VerdictKind

#: A comma that is not a thousands separator ("$30,000 million", Indian "5,00,000").
_COMMA = r"(?:(?<!\d),|,(?!\d{3}(?!\d)|\d\d(?:,\d\d)*,\d{3}(?!\d)))"
#: Such commas, semicolons, slashes, new lines.
_STRONG_SPLIT = re.compile(rf"\s*(?:{_COMMA}|[;/\n])\s*")
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)
_CLOZE_SPLIT = re.compile(rf"\s*(?:{_COMMA}|[;\n|])\s*")
_CHOICE = re.compile(r"^\(?([a-z]|\d{1,2})[).:]?$", re.IGNORECASE)
_TRUE = frozenset("true t yes y correct right 1".split())
_FALSE = frozenset("false f no n incorrect wrong 0".split())


@dataclass(frozen=True)
class _One:
    """The outcome of grading one answer slot."""

    accepted: bool
    kind: VerdictKind
    feedback: str


def _context(question: Question) -> frozenset[str]:
    return _context_of(question.stem)


@lru_cache(maxsize=32768)
def _context_of(stem: str) -> frozenset[str]:
    """The question's common words, which a learner may echo around an answer ("which
    missile do India and Russia build" → "missile", "build"). Names the question offers
    ("Tamil Nadu or Kerala?") are not among them: echoing both is a hedge."""
    analysis = analyse(stem)
    return frozenset(w for w, raw in zip(analysis.words, analysis.raw_words, strict=True)
                     if raw[:1].islower())


def _grade_one(response: str, answer: str, aliases: Sequence[str], question: Question,
               index: AnswerIndex | None, rivals: Iterable[str] = (),
               tolerance: float | None = None) -> _One:
    """Grade one slot: ``response`` against ``answer`` (+ ``aliases``), guarding near misses."""
    said = analyse(response)
    accepted = forms(answer, aliases)
    found = best_match(said, accepted, _context(question), tolerance)
    own = frozenset(f.analysis.compact for f in accepted)
    rival_texts = [*question.reject, *rivals]
    if found is not None and found.magnitude:
        # Right number, wrong size: name it, never accept it ("30" for "$30 billion").
        said_text = response.strip()
        feedback = (f"Missing the magnitude: the answer is {answer}, not {said_text}."
                    if found.magnitude == "missing" else
                    f"Wrong magnitude: the answer is {answer}, not {said_text}.")
        return _One(False, "near-miss", feedback)
    if found is not None and found.kind != "typo":
        note = f" ({found.note})" if found.note else ""
        return _One(True, found.kind, f"Correct: {answer}{note}.")
    # A typo must not be as close to another answer; a wrong response that is (or is one
    # edit from) another answer is named, so the learner sees which fact they reached for.
    other = _closest_rival(said.compact, rival_texts, index, own,
                           found.distance if found is not None else 1)
    if other is not None:
        return _One(False, "near-miss", f"{other} is a different answer; the answer is {answer}.")
    if found is not None:
        diff = typo_diff(response.strip(), found.form.variant or answer)
        return _One(True, "typo", f"Correct, with a typo: {diff} (the answer is {answer}).")
    return _One(False, "wrong", f"The answer is {answer}.")


def _closest_rival(compact: str, rivals: Sequence[str], index: AnswerIndex | None,
                   own: frozenset[str], distance: int) -> str | None:
    """Another answer at least as close to the response as the expected one (or equal)."""
    limit = distance
    best: tuple[str, int] | None = None
    for text in rivals:
        rival = analyse(text).compact
        if rival and rival not in own:
            d = OSA.distance(compact, rival, score_cutoff=limit)
            if d <= limit and (best is None or d < best[1]):
                best = (text, d)
    if index is not None:
        hit = index.nearest(compact, limit, own)
        if hit is not None and (best is None or hit[1] < best[1]):
            best = hit
    return best[0] if best is not None else None


def _verdict(one: _One) -> Verdict:
    return Verdict(one.accepted, 1.0 if one.accepted else 0.0, one.kind, one.feedback)


def _short(q: Short, response: str, index: AnswerIndex | None,
           aliases: Sequence[str]) -> Verdict:
    return _verdict(_grade_one(response, q.answer, [*q.aliases, *aliases], q, index,
                               tolerance=q.tolerance))


@dataclass(frozen=True)
class _Choice:
    """Which option a response names, and how."""

    #: The option's position; None when the response names none, or several equally well.
    index: int | None
    kind: VerdictKind = "exact"
    #: The options an ambiguous response is equally close to ("Austraia": Austria, Australia).
    tied: tuple[int, ...] = ()


_NO_CHOICE = _Choice(None, "wrong")


def _choose(response: str, options: Sequence[str], question: Question) -> _Choice:
    """Which option a response names: by letter, number or (typo-tolerant) text. A response
    as close to two options as each other ("Austraia" for Austria or Australia) names neither:
    picking one silently would reward a guess."""
    text = response.strip()
    found = _CHOICE.match(text)
    if found:
        token = found.group(1).lower()
        position = int(token) - 1 if token.isdigit() else ord(token) - ord("a")
        if 0 <= position < len(options):
            return _Choice(position)
    said = analyse(text)
    context = _context(question)
    best: tuple[int, int] | None = None  # (rank, distance)
    tied: list[tuple[int, VerdictKind]] = []
    for i, option in enumerate(options):
        match = best_match(said, forms(option), context)
        if match is None or match.magnitude == "different":
            continue
        # The options show their magnitudes: "7.5" picks "$7.5 billion", after any better match.
        key = (RANK[match.kind] + (3 if match.magnitude else 0), match.distance)
        if best is None or key < best:
            best, tied = key, [(i, "alias" if match.magnitude else match.kind)]
        elif key == best:
            tied.append((i, "alias" if match.magnitude else match.kind))
    if not tied:
        return _NO_CHOICE
    if len(tied) > 1:
        return _Choice(None, "near-miss", tuple(i for i, _ in tied))
    return _Choice(*tied[0])


def _choice_index(response: str, options: Sequence[str], question: Question) -> int | None:
    """The option a response names unambiguously, or None."""
    return _choose(response, options, question).index


def _letter(i: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[i]


def _mcq(q: Mcq, response: str) -> Verdict:
    choice = _choose(response, q.options, q)
    chosen = choice.index
    right = q.options.index(q.answer)
    expected = f"({_letter(right)}) {q.answer}"
    if chosen == right:
        if choice.kind == "typo":
            return Verdict(True, 1.0, "typo", f"Correct, with a typo: "
                           f"{typo_diff(response.strip(), q.answer)} (the answer is {expected}).")
        return Verdict(True, 1.0, choice.kind, f"Correct: {expected}.")
    if choice.tied:
        could = " or ".join(f"({_letter(i)}) {q.options[i]}" for i in choice.tied)
        kind: VerdictKind = "near-miss" if right in choice.tied else "wrong"
        return Verdict(False, 0.0, kind, f"{response.strip()} could be {could}; the answer is "
                       f"{expected}.")
    if chosen is None:
        return Verdict(False, 0.0, "wrong", f"That is not one of the options; the answer is "
                       f"{expected}.")
    return Verdict(False, 0.0, "wrong", f"({_letter(chosen)}) {q.options[chosen]} is not it; "
                   f"the answer is {expected}.")


def _parts(response: str, whole: Callable[[str], bool]) -> list[str]:
    """Split on commas, semicolons, slashes and new lines; then split a part on "and" only
    if it is not an item as a whole ("Oil and gas" stays one item)."""
    parts: list[str] = []
    for part in _STRONG_SPLIT.split(response.strip()):
        if not part:
            continue
        pieces = [p for p in _AND_SPLIT.split(part) if p]
        parts.extend(pieces if len(pieces) > 1 and not whole(part) else [part])
    return parts


def _split_choices(response: str, count: int) -> list[str]:
    text = response.strip()
    if re.fullmatch(r"(?:\(?[a-z0-9]{1,2}[).]?(?:\s+|$))+", text + " ", re.IGNORECASE):
        return text.split()  # "a c", "1 3"
    if re.fullmatch(r"[a-z]{2,}", text, re.IGNORECASE) and len(text) <= count and all(
            ord(c) - ord("a") < count for c in text.lower()) and len(set(text.lower())) == len(
            text):
        return list(text)  # "ac" → a, c
    return []


def _multi(q: Multi, response: str) -> Verdict:
    right = {q.options.index(a) for a in q.answer}
    chosen: set[int] = set()
    unknown = []
    typos = False
    parts = _split_choices(response, len(q.options)) or _parts(
        response, lambda part: _choice_index(part, q.options, q) is not None)
    for part in parts:
        choice = _choose(part, q.options, q)
        if choice.index is None:
            unknown.append(part)
        else:
            chosen.add(choice.index)
            typos = typos or choice.kind == "typo"
    hits, misses = len(chosen & right), len(chosen - right) + len(unknown)
    score = max(0.0, (hits - misses) / len(right))
    expected = ", ".join(f"({_letter(i)}) {q.options[i]}" for i in sorted(right))
    if chosen == right and not unknown:
        return Verdict(True, 1.0, "typo" if typos else "exact", f"Correct: {expected}.")
    kind: VerdictKind = "partial" if score > 0 else "wrong"
    return Verdict(False, score, kind, f"{hits} of {len(right)} right"
                   + (f", {misses} wrong" if misses else "") + f"; the answer is {expected}.")


def _truefalse(q: TrueFalse, response: str) -> Verdict:
    said = response.strip().lower().rstrip(".!")
    value = True if said in _TRUE else False if said in _FALSE else None
    if value is None and len(said) >= 4:  # "ture", "fasle"
        value = (True if OSA.distance(said, "true") <= 1 else
                 False if OSA.distance(said, "false") <= 1 else None)
    truth = "true" if q.answer else "false"
    fix = f" {q.fix}" if q.fix and not q.answer else ""
    if value is None:
        return Verdict(False, 0.0, "wrong", f"Answer true or false: it is {truth}.{fix}")
    if value == q.answer:
        return Verdict(True, 1.0, "exact", f"Correct: {truth}.{fix}")
    return Verdict(False, 0.0, "wrong", f"It is {truth}.{fix}")


_ALL = frozenset({"all", "every"})
_NONE = frozenset({"none", "neither", "nothing"})


def _statement_numbers(response: str, count: int) -> set[int] | None:
    said = response.lower()
    tokens = re.findall(r"\d+|[a-z]+", said)
    numbers = {int(t) for t in tokens if t.isdigit()}
    if any(t in _NONE for t in tokens):  # "none", "neither 1 nor 2"
        return set()
    if any(t in _ALL for t in tokens) or ("both" in tokens and count == 2 and not numbers):
        return set(range(1, count + 1))
    if (len(numbers) == 1 and max(numbers) > count
            and re.fullmatch(r"[1-9]+", said.strip()) and len(said.strip()) <= count):
        return {int(c) for c in said.strip()}  # "13" for statements 1 and 3
    if not numbers or any(n < 1 or n > count for n in numbers):
        return None
    return numbers


def _statements(q: Statements, response: str) -> Verdict:
    right = {i + 1 for i, s in enumerate(q.statements) if s.correct}
    named = _statement_numbers(response, len(q.statements))
    expected = ", ".join(str(i) for i in sorted(right)) or "none"
    fixes = " ".join(f"{i + 1}: {s.fix}" for i, s in enumerate(q.statements)
                     if not s.correct and s.fix)
    tail = f" Corrections — {fixes}" if fixes else ""
    if named is None:
        return Verdict(False, 0.0, "wrong", f"Name the correct statements by number; the "
                       f"correct ones are: {expected}.{tail}")
    judged = sum((i in named) == (i in right) for i in range(1, len(q.statements) + 1))
    score = judged / len(q.statements)
    if named == right:
        return Verdict(True, 1.0, "exact", f"Correct: {expected}.{tail}")
    return Verdict(False, score, "partial" if judged else "wrong",
                   f"The correct statements are: {expected}.{tail}")


def _items(q: Question, said: list[str], expected: Sequence[str], index: AnswerIndex | None
           ) -> tuple[list[str], list[str], list[str]]:
    """(expected items matched, items missed, response items not in the answer)."""
    left = list(expected)
    matched, extras = [], []
    for part in said:
        for item in left:
            rivals = [x for x in expected if x != item]
            if _grade_one(part, item, (), q, index, rivals).accepted:
                matched.append(item)
                left.remove(item)
                break
        else:
            if not any(analyse(part).compact == analyse(m).compact for m in matched):
                extras.append(part)
    return matched, left, extras


def _protect(response: str, items: Sequence[str]) -> tuple[str, dict[str, str]]:
    """Hide expected items that contain separators ("marketing, selling and export") behind
    placeholders, so that typing such an item verbatim keeps it whole."""
    kept: dict[str, str] = {}
    for i, item in enumerate(items):
        if _STRONG_SPLIT.search(item) or _AND_SPLIT.search(item):
            found = re.search(re.escape(item), response, re.IGNORECASE)
            if found:
                token = f"\x00{i}\x00"
                kept[token] = found.group(0)
                response = response[:found.start()] + token + response[found.end():]
    return response, kept


def _list(q: ListQuestion, response: str, index: AnswerIndex | None) -> Verdict:
    hidden, kept = _protect(response, q.answer)
    said = [kept.get(part, part) for part in _parts(hidden, lambda part: any(
        best_match(analyse(kept.get(part, part)), forms(item), _context(q))
        for item in q.answer))]
    matched, missed, extras = _items(q, said, q.answer, index)
    need = q.min_correct or len(q.answer)
    hits = min(len(matched), need)
    score = max(0.0, (hits - 0.5 * len(extras)) / need)
    parts = [f"{hits} of {need}"]
    if missed and len(matched) < need:
        parts.append(f"missing: {', '.join(missed)}")
    if extras:
        parts.append(f"not in the answer: {', '.join(extras)}")
    feedback = "; ".join(parts) + f". The answer: {', '.join(q.answer)}."
    if len(matched) >= need and not extras:
        return Verdict(True, 1.0, "exact", f"Correct: {', '.join(q.answer)}.")
    return Verdict(False, score, "partial" if score > 0 else "wrong", feedback)


def _cloze(q: Cloze, response: str, index: AnswerIndex | None,
           aliases: Sequence[str]) -> Verdict:
    blanks = q.blanks
    parts = [response] if len(blanks) == 1 else _CLOZE_SPLIT.split(response.strip())
    results = [_grade_one(parts[i] if i < len(parts) else "", blank[0],
                          [*blank[1:], *(aliases if len(blanks) == 1 else ())], q, index)
               for i, blank in enumerate(blanks)]
    right = sum(r.accepted for r in results)
    expected = "; ".join(b[0] for b in blanks)
    if right == len(blanks):
        kind: VerdictKind = "typo" if any(r.kind == "typo" for r in results) else "exact"
        typos = " ".join(r.feedback for r in results if r.kind == "typo")
        return Verdict(True, 1.0, kind, f"Correct: {expected}." + (f" {typos}" if typos else ""))
    if len(blanks) == 1:
        return _verdict(results[0])
    return Verdict(False, right / len(blanks), "partial" if right else "wrong",
                   f"{right} of {len(blanks)} blanks; the answers: {expected}.")


def match_columns(q: Match) -> tuple[list[str], list[str]]:
    """The left items as numbered (given order) and the right items as lettered (sorted)."""
    lefts = [left for left, _ in q.pairs]
    rights = sorted((right for _, right in q.pairs), key=lambda r: analyse(r).compact)
    return lefts, rights


_PAIR_CODES = re.compile(r"(\d+)\s*[-–:=)>.]*\s*([a-z])\b", re.IGNORECASE)


def _match(q: Match, response: str, index: AnswerIndex | None) -> Verdict:
    lefts, rights = match_columns(q)
    truth = {i: rights.index(right) for i, (_, right) in enumerate(q.pairs)}
    text = response.strip()
    chosen: dict[int, int] = {}
    codes = _PAIR_CODES.findall(text)
    letters = re.fullmatch(r"(?:[a-z][\s,]*)+", text, re.IGNORECASE)
    if codes:
        for number, letter in codes:
            chosen[int(number) - 1] = ord(letter.lower()) - ord("a")
    elif letters and len(re.findall(r"[a-z]", text, re.IGNORECASE)) == len(lefts):
        for i, letter in enumerate(re.findall(r"[a-z]", text, re.IGNORECASE)):
            chosen[i] = ord(letter.lower()) - ord("a")
    else:
        for part in re.split(r"\s*[;\n]\s*|\s*,\s*(?=[^,]*[:=])", text):
            if not re.search(r"[:=]|->|→", part):
                continue
            left_text, right_text = re.split(r"\s*(?::|=|->|→)\s*", part, maxsplit=1)
            li = _choice_index(left_text, lefts, q)
            ri = _choice_index(right_text, rights, q)
            if li is not None and ri is not None:
                chosen[li] = ri
    right = sum(chosen.get(i) == r for i, r in truth.items())
    expected = "; ".join(f"{i + 1}-{_letter(truth[i])} ({left}: {q.pairs[i][1]})"
                         for i, left in enumerate(lefts))
    if right == len(lefts):
        return Verdict(True, 1.0, "exact", f"Correct: {expected}.")
    return Verdict(False, right / len(lefts), "partial" if right else "wrong",
                   f"{right} of {len(lefts)} pairs; the answer: {expected}.")


def grade(question: Question, response: str, *, index: AnswerIndex | None = None,
          aliases: Sequence[str] = ()) -> Verdict:
    """Judge ``response`` to ``question``.

    ``index`` (an :class:`AnswerIndex` of the bank) lets the near-miss guard see every other
    answer; ``aliases`` are answers the learner taught quizbot for this question.
    """
    if not response or not response.strip():
        return Verdict(False, 0.0, "empty", f"No answer given; {_expected(question)}")
    if isinstance(question, Short):
        return _short(question, response, index, aliases)
    if isinstance(question, Mcq):
        return _mcq(question, response)
    if isinstance(question, Multi):
        return _multi(question, response)
    if isinstance(question, TrueFalse):
        return _truefalse(question, response)
    if isinstance(question, Statements):
        return _statements(question, response)
    if isinstance(question, ListQuestion):
        return _list(question, response, index)
    if isinstance(question, Cloze):
        return _cloze(question, response, index, aliases)
    if isinstance(question, Match):
        return _match(question, response, index)
    raise TypeError(f"cannot grade a {type(question).__name__}")


def _expected(question: Question) -> str:
    """The expected answer, as a sentence tail."""
    if isinstance(question, Short):
        return f"the answer is {question.answer}."
    if isinstance(question, Mcq):
        letter = _letter(question.options.index(question.answer))
        return f"the answer is ({letter}) {question.answer}."
    if isinstance(question, Multi | ListQuestion):
        return f"the answer is {', '.join(question.answer)}."
    if isinstance(question, TrueFalse):
        return f"it is {'true' if question.answer else 'false'}."
    if isinstance(question, Statements):
        right = [str(i + 1) for i, s in enumerate(question.statements) if s.correct]
        return f"the correct statements are: {', '.join(right) or 'none'}."
    if isinstance(question, Cloze):
        return f"the answers: {'; '.join(b[0] for b in question.blanks)}."
    if isinstance(question, Match):
        return "the pairs: " + "; ".join(f"{a}: {b}" for a, b in question.pairs) + "."
    return ""  # pragma: no cover
