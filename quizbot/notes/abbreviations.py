"""Finding ``Long Form (ABBR)`` in a text.

An abbreviation in parentheses counts only when the words before it spell it (its letters in
order, each at the start of a word or later inside one), and the long form is taken to cover
exactly the words its initials stand for (:func:`find_abbreviations`). Spans are character
offsets into the text, so a rule can blank exactly what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out

#: The question on what an acronym's letters stand for ("What does OSAT stand for?").
STAND_FOR = re.compile(r"^What does (?P<acronym>\S+) stand for\?$")
_ABBR = re.compile(r"\((?P<abbr>[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*)\)")
#: Small words a long form's initials pass over (``Chief Justice of India``: CJI).
SMALL_WORDS = frozenset("of and the for on in to & at by with de la".split())
_WORD_SPLIT = re.compile(r"[\s\u2013\u2014-]+")


@dataclass(frozen=True)
class Abbreviation:
    """``Long Form (ABBR)`` found in a text."""

    long: str
    abbr: str
    #: Span of the long form, and of the whole ``Long Form (ABBR)``.
    start: int
    end: int


def _initial_match(words: list[str], abbr: str) -> int | None:
    """Index of the word where the long form of ``abbr`` starts in ``words`` (the text before
    the parenthesis), or ``None`` when the words do not spell it.

    The abbreviation's characters are matched in order, the first at the start of a word and
    each other one at the start of a later word or later inside the same word (``IISc``: the
    ``c`` of Science). Among the ways to spell it, the one with the most characters at word
    starts wins, less one for every word passed over that is not a small word (*of*, *and*,
    *the*, ...): so the long form includes every word the initials cover ("Indian Institute of
    Science", not "Institute of Science" spelling the second I inside "Institute"), and never
    runs back over words the abbreviation does not cover. Ties go to the shorter long form,
    which must start with a capital."""
    letters = [ch for ch in abbr.lower() if ch.isalnum()]
    if not letters or not words:
        return None
    lowered = [w.lower() for w in words]
    n, m = len(letters), len(words)
    content = [0 if w in SMALL_WORDS or not any(ch.isalnum() for ch in w) else 1 for w in lowered]
    trailing = [0] * (m + 1)
    for i in range(m - 1, -1, -1):
        trailing[i] = trailing[i + 1] + content[i]
    impossible = -(1 << 20)
    memo: dict[tuple[int, int, int], int] = {}

    def best(a: int, w: int, c: int) -> int:
        """The best score for letters ``a``... when the last one matched ends at character
        ``c`` of word ``w``."""
        if a == n:
            return -trailing[w + 1]
        key = (a, w, c)
        found = memo.get(key)
        if found is not None:
            return found
        ch = letters[a]
        result = impossible
        pos = lowered[w].find(ch, c)
        if pos >= 0:  # the earliest place inside the word leaves the most room
            result = best(a + 1, w, pos + 1)
        passed = 0
        for w2 in range(w + 1, m):
            if lowered[w2][:1] == ch:
                score = best(a + 1, w2, 1)
                if score > impossible:
                    result = max(result, score + 1 - passed)
            passed += content[w2]
        memo[key] = result
        return result

    chosen: int | None = None
    top = impossible
    for k in range(m):
        if lowered[k][:1] != letters[0] or not words[k][:1].isupper():
            continue
        score = best(1, k, 1)
        if score > impossible and score + 1 >= top:
            chosen, top = k, score + 1
    return chosen


#: Characters before ``(ABBR)`` searched for its long form.
_LOOK_BACK = 240


def _spelled_word_by_word(words: list[str], abbr: str) -> bool:
    """Do the last words before the bracket, one per letter, spell ``abbr`` in lower case
    (``whole genome sequencing (WGS)``)? A long form in lower case is taken only so."""
    tail = words[-len(abbr) :]
    return (
        abbr.isalpha()
        and abbr.isupper()
        and len(words) >= len(abbr) >= 2
        and all(w[:1].islower() and len(w) > 2 for w in tail)
        and "".join(w[0] for w in tail) == abbr.lower()
    )


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every ``Long Form (ABBR)`` in ``text`` whose long form spells the abbreviation."""
    found: list[Abbreviation] = []
    if "(" not in text:
        return found
    for m in _ABBR.finditer(text):
        abbr = m.group("abbr")
        if sum(ch.isupper() for ch in abbr) < 2 or len(abbr) > 10:
            continue
        # the long form ends right before the parenthesis: a window is enough (and a line
        # of a thousand abbreviations stays linear)
        window_start = max(0, m.start() - _LOOK_BACK)
        before = text[window_start : m.start()].rstrip()
        head = re.split(r"[:;,.(]\s", before)[-1]
        offset = window_start + len(before) - len(head)
        tokens = [t for t in _WORD_SPLIT.split(head) if t]
        if not tokens:
            continue
        window = tokens[-min(len(tokens), max(len(abbr) + 5, len(abbr) * 2)) :]
        start_word = _initial_match(window, abbr)
        if start_word is None and _spelled_word_by_word(window, abbr):
            start_word = len(window) - len(abbr)  # "whole genome sequencing (WGS)" (742)
        if start_word is None:
            continue
        words = window[start_word:]
        if len(words) < 2 and len(words[0]) <= len(abbr):
            continue
        # the long form as written: find where its first word starts in the head
        first = words[0]
        pos = head.rfind(first, 0, len(head) - sum(len(x) for x in words[1:]))
        if pos < 0:
            continue
        long = head[pos:].strip()
        if fold(long) == fold(abbr):
            continue
        found.append(Abbreviation(long, abbr, offset + pos, m.end()))
    return found


_EQUALS = re.compile(
    r"(?<![\w-])(?P<abbr>[A-Z]{2,10})\b(?:\s*\(\d{4}\))?\s*=\s*[\"“](?P<long>[^\"”]{5,80})[\"”]"
)


def find_spelled_out(text: str) -> list[Abbreviation]:
    """``SAGAR (2015) = "Security And Growth for All in the Region"``: an abbreviation and,
    quoted after ``=``, the words whose initials spell it."""
    found = []
    for m in _EQUALS.finditer(text):
        abbr, long = m.group("abbr"), m.group("long").strip()
        initials = "".join(w[0] for w in re.split(r"[\s\-–]+", long) if w[:1].isupper())
        if initials.lower() != abbr.lower():
            continue
        found.append(Abbreviation(long, abbr, m.start("long"), m.end()))
    return found


#: ``OSAT: Outsourced Semiconductor Assembly and Test → …``: an abbreviation that opens a
#: line, then a colon, ``=`` or a dash, then words (up to an arrow, a bracket or a semicolon).
_LEADING = re.compile(
    r"^\**(?P<abbr>[A-Z][A-Za-z0-9&-]*[A-Z0-9][A-Za-z0-9&]*)\**\s*(?::|=|[–—]|-(?=\s)|\()\s*\**"
    r"(?P<rest>[A-Za-z][^→(;=*]*)"
)
#: Punctuation that ends a long form written after its abbreviation.
_BREAK = frozenset(",;:.)")


def find_leading_long_form(text: str) -> Abbreviation | None:
    """``OSAT: Outsourced Semiconductor Assembly and Test → back-end …``, ``ECLSS:
    Environmental Control & Life Support System → air …``: the abbreviation a line opens on
    and, right after it, the words whose initials (each word's, or each part's of a
    hyphenated word, small words passed over) spell it exactly, ending where the writer's
    next clause begins; ``None`` otherwise."""
    found = _LEADING.match(text)
    if found is None or sum(ch.isupper() for ch in found.group("abbr")) < 2:
        return None
    abbr = found.group("abbr")
    letters = "".join(ch for ch in abbr.lower() if ch.isalnum())
    spelled = ""
    tokens = found.group("rest").split()
    for i, token in enumerate(tokens):
        word = token.strip(",;:.\"'“”")
        if not word or word.lower() in SMALL_WORDS:
            continue
        parts = [p for p in word.split("-") if p]
        whole, each = word[0].lower(), "".join(p[0].lower() for p in parts)
        wanted = letters[len(spelled) :]
        spelled += each if wanted.startswith(each) else whole
        if not letters.startswith(spelled):
            return None
        if spelled == letters:
            ends = i + 1 == len(tokens) or token[-1] in _BREAK or tokens[i + 1] in ("–", "—", "-")
            # "**DDU-GKY** (Deen Dayal … Yojana) → …": the bracket ends it (holdout 769, bad:
            # the key rejected the long form the note gives)
            if not ends or i < 1:
                return None
            long = " ".join(tokens[: i + 1]).rstrip(",;:.)")
            start = found.start("rest")
            return Abbreviation(long, abbr, start, start + len(long))
    return None


#: An abbreviation with a bracket after it, anywhere in a line.
_BRACKETED = re.compile(r"(?<![\w*])\**[A-Z][A-Za-z0-9&-]*[A-Z0-9][A-Za-z0-9&]*\**\s*\(")


def find_bracketed_long_forms(text: str) -> list[Abbreviation]:
    """``→ higher **CUF** (capacity utilisation factor) than onshore``: an abbreviation
    anywhere in a line with its long form in the bracket right after it, spelled as
    :func:`find_leading_long_form` spells one (holdout 778, bad: the key took "CUF" and
    not the long form the note gives)."""
    found: list[Abbreviation] = []
    for m in _BRACKETED.finditer(text):
        one = find_leading_long_form(text[m.start() :])
        if one is not None:
            found.append(
                Abbreviation(one.long, one.abbr, m.start() + one.start, m.start() + one.end)
            )
    return found


#: A long form's last word cut short: "Core Investment Co".
_COMPANY = re.compile(r" Co\.?$")


def written_long_form(long: str) -> str:
    """A long form with the writer's short words written out ("Recombinant DNA Advisory
    Cttee" → "… Committee", "Infrastructure Finance Co" → "… Company")."""
    return _COMPANY.sub(" Company", write_out(long))
