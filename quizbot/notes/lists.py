"""Lists written inline in a sentence: ``namely a, b and c``, ``such as ...``, ``are ...``.

:func:`find_list` finds the list after a trigger word, with its items (cleaned into answers)
and as written, the count its intro announces and whether the list is complete;
:func:`split_items` and :func:`clean_item` do the splitting and cleaning. When the end of the
last item cannot be told, no list is found: better no question than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizbot.notes.phrases import fold, trailing_paren
from quizbot.notes.quantities import NUMBER_WORDS

_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_TRIGGER = re.compile(
    r"\b(?P<trigger>namely|such as|including|include|includes|are)\b:?\s+", re.IGNORECASE
)
_COUNT_IN_INTRO = re.compile(rf"\b(?P<n>{_WORDS}|\d+)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_ETC = re.compile(r",?\s*(?:etc\.?|and so on|and others|and more)\s*$", re.IGNORECASE)
_ETC_WORDS = ("etc", "and so on", "and others", "and more")


def _trailing_etc(text: str) -> re.Match[str] | None:
    """``_TRAILING_ETC.search(text)``, skipping the search when no ending can be there
    (case-folded text holds the words of every case-insensitive match)."""
    folded = text.casefold()
    if not any(word in folded for word in _ETC_WORDS):
        return None
    return _TRAILING_ETC.search(text)


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


_LEADING_JOINER = re.compile(r"^(?:and|or)\s+")
_OPENS_WITH_JOINER = re.compile(r"^(?:and|or)\s")
_LAST_JOINER = re.compile(r"\s+(?:and|or|plus)\s+")
_INNER_JOINER = re.compile(r"\s(?:and|or)\s")


def split_items(text: str) -> list[str] | None:
    """``a, b and c`` / ``a; b; and c`` → items; ``None`` when the split is ambiguous."""
    text = text.strip().rstrip(".")
    if ";" in text:
        parts = [p.strip() for p in text.split(";")]
        parts = [_LEADING_JOINER.sub("", p) for p in parts]
    elif "," in text:
        parts = [p.strip() for p in text.split(",")]
        last = parts[-1]
        if _OPENS_WITH_JOINER.match(last):
            parts[-1] = _LEADING_JOINER.sub("", last)
        else:
            tail = _LAST_JOINER.split(last)
            if len(tail) != 2:
                return None
            parts[-1:] = tail
        if any(_INNER_JOINER.search(p) for p in parts[:-2]):
            return None
    else:
        tail = _LAST_JOINER.split(text)
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
        item = item[: etc.start()]
    item = _ARTICLE.sub("", item)
    paren = trailing_paren(item)
    if paren and paren.start() > 0:
        item = item[: paren.start()]
    return item.strip(" .,;:")


#: Lower-case words that may sit inside a proper name (Bay of Bengal, Rostov-on-Don).
_NAME_JOINERS = frozenset("of de la da del der den van von the upon on al bin el y &".split())
#: Words that start a new clause after a list item (a verb or a relative word), never a
#: part of the item: "Sikkim and Assam are hilly", "rice and wheat which grow ...".
#: Auxiliary verbs: a clause goes on after them.
AUXILIARIES = frozenset(
    "is are was were has have had will would can could may might must shall should do does "
    "did".split()
)
_CLAUSE_WORDS = AUXILIARIES | frozenset(
    "which who whom whose where while whereas because although though".split()
)
_WORD = re.compile(r"\S+")


def _is_name(item: str) -> bool:
    """Does an item start like a proper name (a capital or a digit, after an article)?"""
    first = _ARTICLE.sub("", item.strip())[:1]
    return first.isupper() or first.isdigit()


def _plain_name(item: str) -> bool:
    """A name and nothing else: every word capitalised, a number or a joiner (of, de ...)."""
    words = _ARTICLE.sub("", item.strip()).split()
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words)


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
    if (
        not semicolons
        and len(spans) >= 3
        and all(len(_ARTICLE.sub("", i.strip()).split()) == 1 for i in earlier)
    ):
        return 0
    return None


def find_list(text: str, max_item_words: int = 8) -> ListFound | None:
    """The list after ``namely``, ``such as``, ``include(s)``, ``including`` or ``are``."""
    lowered = text.lower()
    if (
        "namely" not in lowered
        and "such as" not in lowered
        and "includ" not in lowered
        and " are" not in lowered
    ):
        return None
    m = _TRIGGER.search(text)
    if m is None:
        return None
    trigger = m.group("trigger").lower()
    intro = text[: m.start()].rstrip(" ,:")
    body = text[m.end() :]
    aside = trailing_paren(body)
    if aside and aside.start() > 0:
        body = body[: aside.start()]
    body = body.rstrip(" .")
    etc = _trailing_etc(body)
    if etc:
        body = body[: etc.start()]
    if not body or any(ch in body for ch in ".:!?"):
        return None
    written = split_items(body)
    if written is None:
        return None
    cut = _last_item_length(written, semicolons=";" in body)
    if cut is not None:
        if cut <= 0 or not body.endswith(written[-1]):
            return None  # the list's end is unclear: better no question than a wrong one
        body = body[: len(body) - len(written[-1]) + cut].rstrip(" ,")
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
    colon = ":" in text[m.end("trigger") : m.end()]
    # "X are big and old" is not a list; "the four Ys are ...", "Ys are: ..." and "Ys are
    # Sikkim, Uttarakhand and Himachal Pradesh" (every item a name) are complete ones
    named = trigger == "are" and not etc and all(_plain_name(w) for w in written)
    if trigger == "are" and not colon and not named and (count is None or count != len(items)):
        return None
    complete = (
        trigger == "namely"
        or (trigger == "are" and (colon or named) and not etc)
        or (count == len(items) and trigger not in ("such as", "including") and not etc)
    )
    if count is not None and trigger == "namely" and count != len(items):
        return None  # the split disagrees with the count: better no question than a wrong one
    start = m.end()
    return ListFound(
        trigger, intro, tuple(items), tuple(written), count, complete, start, start + len(body)
    )
