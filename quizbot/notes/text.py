"""Text helpers for the generator: terms, abbreviations, lists, quantities and matching.

Everything here works on one item's plain text and knows nothing of questions. Spans are
(start, end) character offsets into that text, so a rule can blank exactly what it found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal

QuantityKind = Literal["money", "percent", "year", "count", "ordinal"]

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items()}

#: Lead-ins whose bullets (and sub-bullets) record disagreement or doubt: never quizzed.
DOUBT_MARKERS = ("sources differ", "disputed", "unclear", "unconfirmed", "uncertain")

_TERM_MAX_WORDS = 8
_TERM = re.compile(r"^(?P<term>[^:]{1,90}?):\s+(?P<rest>\S.*)$")
_ABBR = re.compile(r"\((?P<abbr>[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*)\)")
_SMALL_WORDS = frozenset("of and the for on in to & at by with de la".split())
_WORD_SPLIT = re.compile(r"[\s\u2013\u2014-]+")

_MONEY = (r"(?:US|A|C|Rs\.?\s?|INR\s?)?[$£€₹¥]\s?\d[\d,]*(?:\.\d+)?"
          r"(?:\s?(?:bn|billion|million|trillion|crore|lakh|mn|tn)\b)?")
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)"
_ORDINAL = r"\d+(?:st|nd|rd|th)\b"
_YEAR = r"(?:1[5-9]|20)\d\d(?![–—-]\d)"
_COUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?(?:billion|million|lakh|crore)\b)?"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGIT_QUANTITY = re.compile(
    rf"(?<![\w$£€₹¥.+/–—-])(?:(?P<money>{_MONEY})|(?P<percent>{_PERCENT})|(?P<ordinal>{_ORDINAL})"
    rf"|(?P<year>{_YEAR})(?![\w%+])|(?P<count>{_COUNT})(?![\w%+.,–—-]\w*))", re.IGNORECASE)
_WORD_QUANTITY = re.compile(rf"(?<![\w$£€₹¥.+/–—-])\b(?P<word>{_WORDS})\b(?=[\s-][a-z])",
                            re.IGNORECASE)
_DIGIT_OR_CURRENCY = re.compile(r"[\d$£€₹¥]")
#: The number words, most common first (any of them in a text's lower case hints at a count).
_WORD_HINTS = tuple(sorted(NUMBER_WORDS, key=len))
#: A quantity holds a digit or currency sign at most this far from its start (``INR ₹5``).
_MAX_LEAD = 4
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_NOT_UNITS = frozenset("of or and to".split())

_QUOTE = re.compile(r"[\"“]([^\"”“]{2,80})[\"”]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "U.S.",
                  "U.K.", "approx.", "No.", "cf.")

_TRIGGER = re.compile(r"\b(?P<trigger>namely|such as|including|include|includes|are)\b:?\s+",
                      re.IGNORECASE)
_COUNT_IN_INTRO = re.compile(rf"\b(?P<n>{_WORDS}|\d+)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")


def _trailing_paren(text: str) -> re.Match[str] | None:
    """``_TRAILING_PAREN.search(text)``, searched only when the text ends with ``)``."""
    if not text.rstrip().endswith(")"):
        return None
    return _TRAILING_PAREN.search(text)
_TRAILING_ETC = re.compile(r",?\s*(?:etc\.?|and so on|and others|and more)\s*$", re.IGNORECASE)
_ETC_WORDS = ("etc", "and so on", "and others", "and more")


def _trailing_etc(text: str) -> re.Match[str] | None:
    """``_TRAILING_ETC.search(text)``, skipping the search when no ending can be there
    (case-folded text holds the words of every case-insensitive match)."""
    folded = text.casefold()
    if not any(word in folded for word in _ETC_WORDS):
        return None
    return _TRAILING_ETC.search(text)


#: Punctuation folded to ASCII first (most non-ASCII text in notes is dashes and quotes).
_PUNCTUATION = (("–", "-"), ("—", "-"), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'),
                ("›", ">"), ("…", "..."), ("\u00a0", " "))
#: Combining marks, removed after NFKD decomposition (that strips accents).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Text compared loosely: accents and case removed, dashes and spaces unified."""
    if not text.isascii():
        for char, ascii_char in _PUNCTUATION:
            if char in text:
                text = text.replace(char, ascii_char)
        if not text.isascii():
            text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return " ".join(text.lower().split())


_FOLD_WORDS = re.compile(r"[a-z0-9$£€₹%]+(?:[.,'][a-z0-9]+)*")


@lru_cache(maxsize=1 << 16)
def fold_words(text: str) -> tuple[str, ...]:
    """Loosely compared words of ``text`` (``S-400`` → ``s``, ``400``)."""
    return tuple(_FOLD_WORDS.findall(fold(text)))


def contains_phrase(haystack: str, needle: str) -> bool:
    """True when ``needle``'s words appear, in order and adjacent, among ``haystack``'s words."""
    want = fold_words(needle)
    if not want:
        return False
    have = fold_words(haystack)
    first = want[0]
    if first not in have:
        return False
    k = len(want)
    if k == 1:
        return True
    return any(have[i:i + k] == want for i, word in enumerate(have) if word == first)


@dataclass(frozen=True)
class Term:
    """A ``Term: definition`` item split in two."""

    term: str
    definition: str
    #: The term without a trailing parenthetical: ``Modi (2021)`` → ``Modi``.
    base: str
    #: The parenthetical's text, if any (an abbreviation, a year, a qualifier).
    qualifier: str


def split_term(text: str) -> Term | None:
    """``Term: definition`` → its parts; ``None`` for items that are not definitions."""
    if ": " not in text or " :: " in text:
        return None
    m = _TERM.match(text)
    if m is None:
        return None
    term, rest = m.group("term").strip(), m.group("rest").strip()
    if (not term or len(term.split()) > _TERM_MAX_WORDS or term.count("(") != term.count(")")
            or not rest or term[-1] in ".;,"):
        return None
    base, qualifier = term, ""
    paren = _trailing_paren(term)
    if paren and paren.start() > 0:
        base = term[:paren.start()].strip()
        qualifier = paren.group(0).strip()[1:-1].strip()
    return Term(term, rest, base, qualifier)


_SEE = re.compile(r"^(?:[^:]{1,60}:\s*)?(?:see|see also|cf\.?)\s", re.IGNORECASE)


def is_doubtful(text: str) -> bool:
    """Items that record a disagreement between sources, or only point elsewhere in the notes
    ("Trade: see Connectivity"), are never quizzed."""
    lead = fold(text[:40])
    return lead.startswith(DOUBT_MARKERS) or bool(_SEE.match(text))


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
    content = [0 if w in _SMALL_WORDS or not any(ch.isalnum() for ch in w) else 1
               for w in lowered]
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


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every ``Long Form (ABBR)`` in ``text`` whose long form spells the abbreviation."""
    found: list[Abbreviation] = []
    if "(" not in text:
        return found
    for m in _ABBR.finditer(text):
        abbr = m.group("abbr")
        if sum(ch.isupper() for ch in abbr) < 2 or len(abbr) > 10:
            continue
        before = text[:m.start()].rstrip()
        head = re.split(r"[:;,.(]\s", before)[-1]
        offset = len(before) - len(head)
        tokens = [t for t in _WORD_SPLIT.split(head) if t]
        if not tokens:
            continue
        window = tokens[-min(len(tokens), max(len(abbr) + 5, len(abbr) * 2)):]
        start_word = _initial_match(window, abbr)
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


@dataclass(frozen=True)
class Quantity:
    """A number in a text: money, a percentage, a year, a count or an ordinal."""

    kind: QuantityKind
    text: str
    start: int
    end: int
    value: Decimal
    #: Spelled as a word (``four``) rather than in digits.
    spelled: bool = False


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _value(text: str) -> Decimal:
    m = _DIGITS.search(text)
    if m is None:
        return Decimal(0)
    try:
        return Decimal(m.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return Decimal(0)


def _parenthesised(text: str) -> list[tuple[int, int]]:
    spans = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


@lru_cache(maxsize=1 << 14)
def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers worth asking about, outside parentheses (asides are not facts to drill)."""
    return tuple(_find_quantities(text))


def _find_quantities(text: str) -> list[Quantity]:
    lowered = text.lower()
    hinted = any(word in lowered for word in _WORD_HINTS)
    words = list(_WORD_QUANTITY.finditer(text)) if hinted else []
    first = _DIGIT_OR_CURRENCY.search(text)
    # every quantity holds a digit or currency sign near its start: search from the first
    # (the look-behind still sees the text before)
    digits = _DIGIT_QUANTITY.finditer(text, max(0, first.start() - _MAX_LEAD)) \
        if first is not None else ()
    if not words and not digits:
        return []
    parens = _parenthesised(text) if "(" in text else []
    found: list[Quantity] = []
    for m in digits:
        start, end = m.span()
        if parens and any(a <= start < b for a, b in parens):
            continue
        kind: QuantityKind
        if m.group("money"):
            kind = "money"
            if text[max(0, start - 1):start] in ("(", "£"):
                continue
        elif m.group("percent"):
            kind = "percent"
        elif m.group("ordinal"):
            kind = "ordinal"
        elif m.group("year"):
            kind = "year"
        else:
            kind = "count"
            after = lowered[end:end + 12].lstrip(" -")
            word = after.split(" ", 1)[0].strip(".,;:")
            if word in _MONTHS or not word or word in _NOT_UNITS or not (
                    word[:1].isalpha() or word[:1] in "°µ"):
                continue  # a day of a month, a bare number or "2 of 3": not a fact to drill
        written = m.group(0).strip()
        found.append(Quantity(kind, written, start, start + len(written), _value(written)))
    for m in words:
        start, end = m.span()
        if parens and any(a <= start < b for a, b in parens):
            continue
        nxt = lowered[end:end + 12].lstrip(" -").split(" ", 1)[0]
        if (nxt in _NOT_UNITS or text[end:end + 1] == "," or lowered[:start].endswith("the ")
                or nxt.startswith("namely")):
            continue
        word = m.group("word").lower()
        found.append(Quantity("count", m.group(0), start, end, Decimal(NUMBER_WORDS[word]),
                              spelled=True))
    found.sort(key=lambda q: q.start)
    return found


def find_quotes(text: str, max_words: int = 6) -> list[tuple[str, int, int]]:
    """Short quoted phrases (the quote, start, end of its inside)."""
    if '"' not in text and "“" not in text:
        return []
    return [(m.group(1).strip(), m.start(1), m.end(1)) for m in _QUOTE.finditer(text)
            if 1 <= len(m.group(1).split()) <= max_words]


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of a paragraph with their offsets (common abbreviations do not end one)."""
    protected = text
    for abbr in _ABBREVIATIONS:
        if abbr in protected:
            protected = protected.replace(abbr, abbr.replace(".", "\0"))
    result: list[tuple[int, str]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(protected):
        piece = text[pos:m.start()].strip()
        if piece:
            result.append((pos, piece))
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        result.append((pos, tail))
    return result


@dataclass(frozen=True)
class ListFound:
    """A list of items named after a trigger word (namely, such as, include, are)."""

    trigger: str
    intro: str
    items: tuple[str, ...]
    #: The items as written (articles and asides kept), for blanking and swapping.
    written: tuple[str, ...]
    #: The number the intro announces (``three, namely``), if any.
    count: int | None
    complete: bool
    #: Span of the list text (from the first item to the end of the last).
    start: int
    end: int


def split_items(text: str) -> list[str] | None:
    """``a, b and c`` / ``a; b; and c`` → items; ``None`` when the split is ambiguous."""
    text = text.strip().rstrip(".")
    if ";" in text:
        parts = [p.strip() for p in text.split(";")]
        parts = [re.sub(r"^(?:and|or)\s+", "", p) for p in parts]
    elif "," in text:
        parts = [p.strip() for p in text.split(",")]
        last = parts[-1]
        if re.match(r"^(?:and|or)\s", last):
            parts[-1] = re.sub(r"^(?:and|or)\s+", "", last)
        else:
            tail = re.split(r"\s+(?:and|or|plus)\s+", last)
            if len(tail) != 2:
                return None
            parts[-1:] = tail
        if any(re.search(r"\s(?:and|or)\s", p) for p in parts[:-2]):
            return None
    else:
        tail = re.split(r"\s+(?:and|or|plus)\s+", text)
        if len(tail) != 2:
            return None
        parts = tail
    parts = [p.strip() for p in parts]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    return parts


@lru_cache(maxsize=1 << 14)
def clean_item(item: str) -> str:
    """An item as an answer: no leading article, trailing aside or ``etc.``."""
    item = item.strip()
    etc = _trailing_etc(item)
    if etc is not None:
        item = item[:etc.start()]
    item = _ARTICLE.sub("", item)
    paren = _trailing_paren(item)
    if paren and paren.start() > 0:
        item = item[:paren.start()]
    return item.strip(" .,;:")


#: Lower-case words that may sit inside a proper name (Bay of Bengal, Rostov-on-Don).
_NAME_JOINERS = frozenset("of de la da del der den van von the upon on al bin el y &".split())
#: Words that start a new clause after a list item (a verb or a relative word), never a
#: part of the item: "Sikkim and Assam are hilly", "rice and wheat which grow ...".
#: Auxiliary verbs: a clause goes on after them.
AUXILIARIES = frozenset(
    "is are was were has have had will would can could may might must shall should do does "
    "did".split())
_CLAUSE_WORDS = AUXILIARIES | frozenset(
    "which who whom whose where while whereas because although though".split())
_WORD = re.compile(r"\S+")


def _is_name(item: str) -> bool:
    """Does an item start like a proper name (a capital or a digit, after an article)?"""
    first = _ARTICLE.sub("", item.strip())[:1]
    return first.isupper() or first.isdigit()


def _plain_name(item: str) -> bool:
    """A name and nothing else: every word capitalised, a number or a joiner (of, de ...)."""
    words = _ARTICLE.sub("", item.strip()).split()
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in _NAME_JOINERS
               for w in words)


def _last_item_length(items: list[str], semicolons: bool = False) -> int | None:
    """Where the last item of an inline list ends when the sentence goes on after it
    (``Kandla, Paradip and Haldia handle bulk cargo``): its length up to that point, ``0``
    when the end cannot be told, ``None`` when the whole item is the item.

    * Names (``Kandla``, ``Paradip``): the last item stops at its first lower-case word that
      is not a joiner inside a name (``Bay of Bengal``).
    * Other items stop at a clause word (*is*, *are*, *which*, *while* ...).
    * Single-word items followed by a last item of three words or more that shows no clause
      word (``rice, wheat and maize need water``) are ambiguous.
    """
    last = items[-1]
    spans = [(m.start(), m.group(0)) for m in _WORD.finditer(last)]
    earlier = items[:-1]
    if all(_plain_name(i) for i in earlier) and _is_name(last):
        for i, (start, word) in enumerate(spans[1:], 1):
            if not word[:1].isalpha() or word[:1].isupper():
                continue
            following = spans[i + 1][1] if i + 1 < len(spans) else ""
            if word.lower() in _NAME_JOINERS and following[:1].isupper():
                continue
            return start
        return None
    for start, word in spans[1:]:
        if word.lower().strip(",;") in _CLAUSE_WORDS:
            return start
    if (not semicolons and len(spans) >= 3
            and all(len(_ARTICLE.sub("", i.strip()).split()) == 1 for i in earlier)):
        return 0
    return None


def find_list(text: str, max_item_words: int = 8) -> ListFound | None:
    """The list after ``namely``, ``such as``, ``include(s)``, ``including`` or ``are``."""
    lowered = text.lower()
    if ("namely" not in lowered and "such as" not in lowered and "includ" not in lowered
            and " are" not in lowered):
        return None
    m = _TRIGGER.search(text)
    if m is None:
        return None
    trigger = m.group("trigger").lower()
    intro = text[:m.start()].rstrip(" ,:")
    body = text[m.end():]
    aside = _trailing_paren(body)
    if aside and aside.start() > 0:
        body = body[:aside.start()]
    body = body.rstrip(" .")
    etc = _trailing_etc(body)
    if etc:
        body = body[:etc.start()]
    if not body or any(ch in body for ch in ".:!?"):
        return None
    written = split_items(body)
    if written is None:
        return None
    cut = _last_item_length(written, semicolons=";" in body)
    if cut is not None:
        if cut <= 0 or not body.endswith(written[-1]):
            return None  # the list's end is unclear: better no question than a wrong one
        body = body[:len(body) - len(written[-1]) + cut].rstrip(" ,")
        written[-1] = written[-1][:cut].rstrip(" ,")
    items = [clean_item(w) for w in written]
    if any(not i or len(i.split()) > max_item_words for i in items):
        return None
    if len({fold(i) for i in items}) != len(items):
        return None
    count = None
    for c in _COUNT_IN_INTRO.finditer(intro):
        word = c.group("n").lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS[word]
    colon = ":" in text[m.end("trigger"):m.end()]
    # "X are big and old" is not a list; "the four Ys are ...", "Ys are: ..." and "Ys are
    # Sikkim, Uttarakhand and Himachal Pradesh" (every item a name) are complete ones
    named = trigger == "are" and not etc and all(_plain_name(w) for w in written)
    if trigger == "are" and not colon and not named and (count is None or count != len(items)):
        return None
    complete = trigger == "namely" or (trigger == "are" and (colon or named) and not etc) or (
        count == len(items) and trigger not in ("such as", "including") and not etc)
    if count is not None and trigger == "namely" and count != len(items):
        return None  # the split disagrees with the count: better no question than a wrong one
    start = m.end()
    return ListFound(trigger, intro, tuple(items), tuple(written), count, complete, start,
                     start + len(body))
