"""Quality-gate rules for answers the question itself gives away, in ways a reader of the
notes sees at once but a plain "is the answer in the prompt" check does not.

Each rule returns why the question is unfit (``None`` when it is fit), like every rule of
:mod:`~quizbot.notes.gate`, which runs them:

* :func:`given_by_arithmetic` — the figure is a sum (a bench of 13 beside ``held 7:6``), a
  midpoint or one off a figure printed
  beside it (``… members – 3 from RBI + 3 external``; ``band of ±2% (2–6%)``; ``originally …,
  now 6``; ``India … country to dock, after US, Russia, China``);
* :func:`given_by_its_pair` — the blank is one side of a pair whose other side is printed
  (``… & 74th``, ``Chandrayaan-… & 3``, or ``Moderates vs Extremists``, a pair the notes
  write together more than once), or its opposite is (``the ___ … and the eastern``);
* :func:`restated_beside_the_blank` — the answer's acronym in parentheses after the blank
  (``the … (MoEFCC)``), another name of it beside a slash (``…/Mars Orbiter Mission``), or
  the other answer ruled out (``the … system (not peninsular)``);
* :func:`~quizbot.notes.spelled_words.spelled_by_the_words` — the words of the question
  spell the name asked for (``small satellites`` → SSLV), in a module of its own;
* :func:`named_by_a_word` — a word of the question says the number or the body asked for
  (``Panchsheel`` → five, ``Quad`` → four, in the question or its topic line; ``30x30`` →
  30% and 2030, ``Chandrayaan`` → the Moon, ``Mangalyaan`` → Mars);
* :func:`one_option_shares_a_word` — one option alone shares a word with the question, and
  it is the answer (``tiger reserve`` → "… (critical tiger habitat) …").
"""

from __future__ import annotations

import re

from quizbot.bank.model import Mcq, Question, TrueFalse
from quizbot.notes.blanks import blank_sides
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.opposites import OPPOSITES
from quizbot.notes.phrases import content_words, fold, fold_words, standing_alone
from quizbot.notes.spelled_words import asked_text, spelled_by_the_words
from quizbot.text.numbers import CARDINALS, ORDINALS, roman_value
from quizbot.text.stem import stem

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})*|\d+)(?:\.\d+)?(?![\d])")
_FIGURE_KINDS = frozenset(("count", "percent", "ordinal", "money"))


def figure_value(key: str) -> int | None:
    """The whole number a figure key states (``60%`` → 60, ``4th`` → 4), else ``None``."""
    m = re.fullmatch(r"\D{0,3}?(\d{1,6})(?:%|st|nd|rd|th)?", key.strip().replace(",", ""))
    if m:
        return int(m.group(1))
    word = fold(key).strip()
    return CARDINALS.get(word, ORDINALS.get(word))


def _numbers(text: str) -> list[tuple[int, int]]:
    """(position, value) of each whole number in ``text`` (not inside a word or a year)."""
    return [
        (m.start(), int(m.group(1).replace(",", "")))
        for m in _NUMBER.finditer(text)
        if not (len(m.group(1)) == 4 and m.group(1)[:2] in ("19", "20"))
    ]


def given_by_arithmetic(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = blank_sides(question)
    if isinstance(question, TrueFalse) and sides is None:
        # a changed figure the printed ones refute ("30 members: 26 elected, 5 nominated"):
        # the line's own figures give the true one, so the statement refutes itself
        sides = _around(draft.unit_text, draft.key_text)
    if sides is None:
        return None
    bench = re.match(r"(\d{1,2})\b", draft.key_text)  # "13-judge bench … held 7:6"
    for m in re.finditer(r"(?<![\d:])(\d{1,2}):(\d{1,2})(?![\d:])", f"{sides[0]} {sides[1]}"):
        if bench and int(m.group(1)) + int(m.group(2)) == int(bench.group(1)):
            return f"the split {m.group(0)} printed beside the blank adds up to {bench.group(1)}"
    if draft.key_kind not in _FIGURE_KINDS:
        return None
    n = figure_value(draft.key_text)
    if n is None:
        return None
    before, after = sides
    text = f"{before} {after}"
    numbers = _numbers(text)
    for i, (at_a, a) in enumerate(numbers):
        for at_b, b in numbers[i + 1 :]:
            if a + b == n and "+" in text[at_a:at_b] and at_b - at_a < 90:
                return f"{a} + {b} printed beside the blank make the answer {n}"
    whole = re.search(r"\b(\d+)\s+members?\b", before)
    parts = re.findall(r"\b(\d+)\s+(?:elected|nominated|appointed|chosen)\b", f"{before} {after}")
    if whole and any(int(whole.group(1)) - int(part) == n for part in parts):
        # "30 members: 26 elected …, ___ nominated": the whole less the part printed
        return f"the {whole.group(1)} members less the part printed make the answer {n}"
    tally = _tally(before, after, n)
    if tally:
        return tally  # "57 deeps: 32 Pacific, 19 Atlantic, ___ Indian Ocean"
    if re.search(r"\b(?:those|these|the)\s*$", before) and _listed_before(before) == n:
        return f"the {n} printed before the blank are what it counts"  # "… those ___ states"
    if re.search(r"\bof\s+(?:\d+|___)\s+each\b", f"{before}___{after}") and any(
        a == n * b or a * b == n for _, a in numbers for _, b in numbers if b
    ):  # "___ officials in 6 boards of 5 each": 6 × 5; "30 officials in ___ boards of 5": 30 ÷ 5
        return f"the figures beside the blank make the answer {n}"
    if "±" in text:
        for m in re.finditer(r"(\d+)\s*[–—-]\s*(\d+)", text):
            low, high = int(m.group(1)), int(m.group(2))
            if low + high == 2 * n:
                return f"the band {m.group(0)} printed beside the blank is centred on {n}"
            if before.rstrip().endswith("±") and high - low == 2 * n:
                return f"the band {m.group(0)} printed beside the blank is ±{n} wide"
    for m in _RANGE.finditer(text):
        first, last = _range_value(m.group(1)), _range_value(m.group(2))
        if first is not None and last is not None and first < last < 1000 and last - first + 1 == n:
            return f"the range {m.group(0)} printed beside the blank counts {n}"
    before_now = re.search(r"\((\d+)\s+(?:up to|till|until|before|in)\s+(?:19|20)\d\d\)", after)
    if before_now and abs(int(before_now.group(1)) - n) == 1:
        return f"'{before_now.group(0)}' beside the blank makes the answer arithmetic"
    now = re.search(r"\bnow\s+(\d+)\b", after)
    if now and abs(int(now.group(1)) - n) == 1:
        return f"'now {now.group(1)}' beside the blank makes the answer arithmetic"
    listed = re.search(r"\bafter\s+([^.;→()]+)", after)
    if draft.key_kind == "ordinal" and listed:
        items = [i for i in re.split(r",\s*|\s+and\s+|\s*&\s*", listed.group(1)) if i.strip()]
        if len(items) == n - 1:
            return f"'after' {n - 1} named before it makes the answer {draft.key_text}"
    return None


def _around(text: str, figure: str) -> tuple[str, str] | None:
    """The text before and after ``figure`` standing alone in ``text``."""
    at = standing_alone(text, figure, _DIGIT_OR_POINT)
    return (text[:at], text[at + len(figure) :]) if at >= 0 else None


_DIGIT_OR_POINT = frozenset("0123456789.")


def _tally(before: str, after: str, n: int) -> str | None:
    """A total before a colon (or "of which") and its parts after it, the key among them
    (``57 deeps: 32 Pacific, 19 Atlantic, 7 Indian Ocean``): the others give it; the key the
    total, the parts after it sum to it (``___ rivers, of which 41 flow west and 3 east``)."""
    split = _SPLIT.match(after)
    if split is not None:  # "has ___ rivers, of which 41 flow west and 3 flow east": summed
        parts = [v for _, v in _numbers(after[split.end() :].split(".")[0])]
        if len(parts) >= 2 and sum(parts) == n:
            return f"the parts printed after the blank add up to {n}"
    text = f"{before}\x00{after}"
    total = re.search(r"\b(\d+)\s+[^:\x00]{1,40}(?::|,?\s+of\s+(?:which|these|them|whom)\b)", text)
    if total is None:
        return None
    parts = [int(p) for p in re.findall(r"\b(\d+)\b", text[total.end() :].replace("\x00", ""))]
    if "\x00" in text[total.end() :] and len(parts) >= 1 and sum(parts) + n == int(total.group(1)):
        return f"the total {total.group(1)} and the parts printed make the answer {n}"
    return None


#: What follows a total before its parts: ``rivers, of which``, ``states:``.
_SPLIT = re.compile(r"[^,.;:\d]{0,40}(?::|,?\s+of\s+(?:which|these|them|whom)\b)")


def _listed_before(before: str) -> int:
    """How many names the last list before the blank gives (``Assam, Meghalaya, Tripura and
    Mizoram`` → 4), or 0."""
    found = list(
        re.finditer(r"[A-Z][\w'’.-]*(?:,\s+[A-Z][\w'’.-]*)+,?\s+(?:and|&)\s+[A-Z]", before)
    )
    if not found:
        return 0
    head = re.sub(r",?\s+(?:and|&)\s+[A-Z]$", "", found[-1].group(0))
    return len([item for item in head.split(",") if item.strip()]) + 1


def _range_value(end: str) -> int | None:
    return int(end) if end.isdigit() else roman_value(end)


#: A range of numbers or Roman numerals (``II–V``, ``5–11``): it counts its members.
_RANGE = re.compile(r"\b(\d{1,3}|[IVX]{1,5})\s*[–—-]\s*(\d{1,3}|[IVX]{1,5})\b")
_PAIR_AFTER = re.compile(r"^\s*(?:&|\+|and|vs\.?)\s+([\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*)")
_PAIR_BEFORE = re.compile(r"([\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*)\s+(?:&|\+|and|vs\.?)\s*$")


def given_by_its_pair(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = blank_sides(question)
    if sides is None:
        return None
    before, after = sides
    key = draft.key_text
    shown = fold_words(f"{before} {after}")
    for opposite in OPPOSITES.get(fold(key), ()):
        if opposite in shown:
            return f"its opposite {opposite!r} is printed: {key!r} is all that is left"
    found = _PAIR_AFTER.match(after)
    partner = found.group(1) if found else ""
    if not partner and before.rstrip().endswith(("&", "+", "and", "vs", "vs.")):
        found = _PAIR_BEFORE.search(before[-80:])  # the pair ends right before the blank
        partner = found.group(1) if found else ""
    if not partner:
        return None
    numeric = re.fullmatch(r"\d+(?:st|nd|rd|th)?", partner)
    if numeric and (re.search(r"\d(?:st|nd|rd|th)?$", key) or draft.key_kind in _FIGURE_KINDS):
        return f"its neighbour {partner!r} in the pair gives the number away"
    if partner[:1].isupper() and ctx.together(key, partner) >= 2:
        return f"{key!r} and {partner!r} are a pair the notes write together"
    return None


_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Za-z][A-Za-z&]{1,9})\)")


_WORD_BREAK = re.compile(r"[\s-]+")
_SLASH_AFTER = re.compile(r"^\s*/\s*[A-Za-z]{3}")
_SLASH_BEFORE = re.compile(r"[A-Za-z]{3}\s*/\s*$")


def restated_beside_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = blank_sides(question)
    if sides is None:
        return None
    before, after = sides
    paren = _ACRONYM_AFTER.match(after)
    words = [w for w in _WORD_BREAK.split(draft.key_text) if w[:1].isupper()]
    if paren and len(words) >= 2:
        capitals = {c for c in paren.group(1) if c.isupper()}
        if sum(1 for c in capitals) >= 2 and {w[0] for w in words} <= capitals:
            return f"the answer's acronym {paren.group(1)!r} is printed after the blank"
    if _SLASH_AFTER.match(after) or _SLASH_BEFORE.search(before):
        return "another name of the answer is printed beside the slash"
    if _NOT_THE_OTHER.match(after):
        # "part of the ___ system (not peninsular)" (holdout 583, bad): of two, one is out
        return "the bracket after the blank rules out the other answer"
    return None


#: A bracket after the blank that says what the answer is not (``(not peninsular)``).
_NOT_THE_OTHER = re.compile(r"[^.;()]{0,25}\((?:not|NOT)\s[^()]{1,30}\)")


#: Words (or word starts) that say a number: ``Panchsheel`` five, ``Quad`` four.
_NUMBER_STEMS = {
    2: ("duo", "twin", "dvi", "bilateral"),
    3: ("tri", "trio", "trilateral"),
    4: ("quad", "quart", "chatur"),
    5: ("panch", "penta", "quint"),
    6: ("hexa",),
    7: ("sapta", "hepta"),
    8: ("ashta", "octa", "octo"),
    10: ("deca", "dahsala"),
}
#: Names that are their number (``Panchsheel``: five principles; ``Quad``: four).
_NUMBER_NAMES = {
    "panchsheel": 5,
    "panchsheela": 5,
    "panchshil": 5,
    "panchshila": 5,
    "quad": 4,
    "trilateral": 3,
}
#: Bodies a word of the question names: ``Chandrayaan`` (Moon craft), ``lunar``.
_BODY_WORDS = {
    "moon": ("chandra", "lunar"),
    "mars": ("mangal", "martian"),
    "sun": ("solar", "surya", "aditya"),
}


def named_by_a_word(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if (
        draft.key_kind not in _FIGURE_KINDS
        and draft.key_kind != "year"
        and fold(draft.key_text).strip() not in _BODY_WORDS
    ):
        return None  # only a figure, a year or a body can be said by a word
    sides = blank_sides(question)
    visible = " ".join(sides) if sides else asked_text(question)
    words = fold_words(visible)
    key = fold(draft.key_text).strip()
    n = figure_value(draft.key_text)
    if n is not None and draft.key_kind in _FIGURE_KINDS:
        for word in words:
            if any(word.startswith(s) for s in _NUMBER_STEMS.get(n, ())):
                return f"{word!r} says the number {n}"
        # the topic line shows too: "[The Panchsheel Agreement › Timeline] … reaffirms ___
        # principles" (holdout 581, bad); only a name that is its number (not "Panchayati")
        for word in fold_words(question.topic):
            if _NUMBER_NAMES.get(word) == n:
                return f"{word!r} of the topic says the number {n}"
    for m in re.finditer(r"\b(\d{1,3})x(\d{1,3})\b", visible):
        shown = {m.group(1), m.group(2)}
        if (n is not None and str(n) in shown) or (draft.key_kind == "year" and key[-2:] in shown):
            return f"{m.group(0)!r} says the figure"
    for body, hints in _BODY_WORDS.items():
        if key == body and any(w.startswith(h) for w in words for h in hints):
            return f"a word of the question already names the {body.title()}"
    return None


def names_the_number(text: str, value: int) -> bool:
    """Does a word of ``text`` say ``value`` (``Dahsala`` ten, ``30x30`` thirty)?"""
    words = fold_words(text)
    if any(w.startswith(s) for w in words for s in _NUMBER_STEMS.get(value, ())):
        return True
    return any(str(value) in (m.group(1), m.group(2)) for m in _TIMES.finditer(text))


_TIMES = re.compile(r"\b(\d{1,3})x(\d{1,3})\b")


def one_option_shares_a_word(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """One option alone shares a meaningful word with the question, and it is the answer."""
    if not isinstance(question, Mcq):
        return None
    words = {w for w in content_words(asked_text(question)) if not w.isdigit()}
    options = [content_words(o) for o in question.options]
    answer = question.options.index(question.answer)
    for form in (_as_written, stem):  # the word as written ("community"), then its stem
        forms = [{form(w) for w in o} for o in options]
        for word in sorted({form(w) for w in words}):
            holders = [i for i, held in enumerate(forms) if word in held]
            if holders == [answer]:
                return f"only the answer shares the word {word!r} with the question"
    # a coined name that opens on a word of the question (EDUSAT for "distance education")
    kind = _WHICH_KIND.match(question.prompt)
    told = words - (content_words(kind.group(1)) if kind else set())  # not "department" itself
    heads = [fold(o)[:3] for o in question.options]
    spelled = [i for i, h in enumerate(heads) if len(h) == 3 and any(w.startswith(h) for w in told)]
    if spelled == [answer] and question.answer.split()[0].isupper():
        return f"the answer {question.answer!r} opens on a word of the question"
    return None


#: The kind a question asks for ("Which department is …"): no clue to the answer's name.
_WHICH_KIND = re.compile(r"(?i)^(?:.*?: )?which ([\w -]+?) (?:is|was|are|were|does|did)\b")


def _as_written(word: str) -> str:
    return word


RULES = (
    given_by_arithmetic,
    given_by_its_pair,
    restated_beside_the_blank,
    spelled_by_the_words,
    named_by_a_word,
    one_option_shares_a_word,
)
