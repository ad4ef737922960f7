"""Which option a response names: by letter or number, by its text, or both.

"c", "(c)", "C.", "c)", "option c", "3" name the third option as shown; "c) Tamil Nadu" and
"option b - INDRA" name it twice, and must agree ("c) Kerala" names none). The text may be
the option's, an accepted form of it (another spelling, a former name, its long form or
initialism), the option with a description beside it ("Beijing, China"), or — since the
options are in front of the learner — a shortened form that only one option fits
("Chennai–Vladivostok corridor", "Russian FM" for "Foreign Minister of Russia").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizbot.bank.model import Question
from quizbot.grading.context import Context, context
from quizbot.grading.details import readings
from quizbot.grading.matcher import RANK, best_match, forms
from quizbot.grading.normalize import Analysis, analyse
from quizbot.grading.verdict import VerdictKind
from quizbot.grading.wording import Word, word_cost
from quizbot.text.names import demonym_of

_LETTERED = re.compile(
    r"^(?:(?:option|opt|choice|answer|ans)\s*[:.]?\s*)?\(?([a-z]|\d{1,2})\s*(?:[).:]|(?=\s*$))"
    r"\s*(?:[-–—:]\s*)?(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CODES = re.compile(
    r"\(?[a-z\d]{1,2}\)?(?:(?:\s*[,;/&]\s*|\s+(?:and|or)\s+|\s+)\(?[a-z\d]{1,2}\)?)+",
    re.IGNORECASE,
)
_WORDED = re.compile(
    r"^(?:option|opt|choice|answer|ans)\s*[:.]?\s*\(?([a-z]|\d{1,2})\)?\s*(?:[-–—:]\s*)?(.*)$",
    re.IGNORECASE | re.DOTALL,
)


def letter(i: int) -> str:
    """The letter of option ``i`` (0 → ``a``)."""
    return "abcdefghijklmnopqrstuvwxyz"[i]


def shown(given: Sequence[str], order: Sequence[str] | None, what: str) -> tuple[str, ...]:
    """``given`` in the order the learner saw them: ``order`` when a front end passes one."""
    if order is None:
        return tuple(given)
    if sorted(order) != sorted(given):
        raise ValueError(f"order must hold each of the question's {what} exactly once")
    return tuple(order)


@dataclass(frozen=True)
class Choice:
    """Which option a response names, and how."""

    #: The option's position; None when the response names none, or several equally well.
    index: int | None
    kind: VerdictKind = "exact"
    #: The options an ambiguous response is equally close to ("Austraia": Austria, Australia).
    tied: tuple[int, ...] = ()


_NO_CHOICE = Choice(None, "wrong")


def _position(token: str, count: int) -> int | None:
    token = token.lower()
    position = int(token) - 1 if token.isdigit() else ord(token) - ord("a")
    return position if 0 <= position < count else None


def choose(response: str, options: Sequence[str], question: Question) -> Choice:
    """Which option a response names: by letter, number or (typo-tolerant) text. A response
    as close to two options as each other ("Austraia" for Austria or Australia) names neither:
    picking one silently would reward a guess."""
    text = response.strip()
    found = _WORDED.match(text) or _LETTERED.match(text)
    if found:
        position = _position(found.group(1), len(options))
        rest = found.group(2).strip()
        if position is not None:
            if not rest:
                return Choice(position)
            named = _by_text(rest, options, question)
            if named.index == position or (named.index is None and position in named.tied):
                return Choice(position, named.kind)
            if named.index is None and not named.tied:
                return _NO_CHOICE if analyse(rest).hedges else Choice(position)
            return _NO_CHOICE  # the letter and the text name different options
    if _CODES.fullmatch(text):
        return _NO_CHOICE  # "b, c": two letters are not one option
    return _by_text(text, options, question)


def _by_text(text: str, options: Sequence[str], question: Question) -> Choice:
    ctx = context(question)
    said = analyse(text)
    found = _ranked(said, options, ctx)
    if found.index is not None or found.tied or said.hedges:
        return found
    for part, _, _ in readings(text):  # "Beijing, China", "2018, during Putin's visit"
        inner = _ranked(analyse(part), options, ctx)
        if inner.index is not None:
            return inner
    return _shortened(said, options, ctx)


def _ranked(said: Analysis, options: Sequence[str], ctx: Context) -> Choice:
    best: tuple[int, int] | None = None  # (rank, distance)
    tied: list[tuple[int, VerdictKind]] = []
    for i, option in enumerate(options):
        match = best_match(said, forms(option), ctx)
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
        return Choice(None, "near-miss", tuple(i for i, _ in tied))
    return Choice(*tied[0])


def covers(said: Analysis, option: Analysis) -> bool:
    """Whether every word and number of ``said`` stands for a different word or number of
    ``option``, in any order: the word itself or a slip of it, its adjective ("Russian" for
    Russia), or an initialism of a run of its words ("FM" for "Foreign Minister")."""
    if said.hedges or not (said.words or said.numbers):
        return False
    values = [n.value for n in option.numbers]
    for number in said.numbers:
        if number.value not in values:
            return False
        values.remove(number.value)
    want = list(zip(option.words, option.raw_words, strict=True))
    used: set[int] = set()
    for word, raw in zip(said.words, said.raw_words, strict=True):
        span = _span(Word(word, raw), want, used)
        if span is None:
            return False
        used.update(span)
    return True


def _span(said: Word, want: list[tuple[str, str]], used: set[int]) -> range | None:
    """The positions in ``want`` (none of them ``used``) that ``said`` stands for, or None."""
    letters = said.raw.casefold()
    for k in range(len(want)):
        if k in used:
            continue
        folded, raw = want[k]
        if word_cost(said, Word(folded, raw)) is not None or demonym_of(said.folded, folded):
            return range(k, k + 1)
        if said.raw.isupper() and len(letters) >= 2:
            run = range(k, k + len(letters))
            if "".join(w[0][:1] for w in want[k : run.stop]) == letters and not used & set(run):
                return run
    return None


def _shortened(said: Analysis, options: Sequence[str], ctx: Context) -> Choice:
    """The one option a shortened text fits, if it says something the others do not."""
    analysed = [analyse(option) for option in options]
    fits = [i for i, option in enumerate(analysed) if covers(said, option)]
    if len(fits) != 1:
        return _NO_CHOICE if not fits else Choice(None, "near-miss", tuple(fits))
    others = {w for i, a in enumerate(analysed) if i != fits[0] for w in a.words}
    distinctive = [w for w in said.words if w not in ctx.all_words and w not in others]
    if not distinctive and not said.numbers:
        return _NO_CHOICE
    return Choice(fits[0], "alias")


def choice_index(response: str, options: Sequence[str], question: Question) -> int | None:
    """The option a response names unambiguously, or None."""
    return choose(response, options, question).index
