"""The identify builder: a name whose sub-bullets describe it → "who or what is this?".

``Alauddin Khalji (1296–1316)`` over "market reforms …", "dagh & chehra …", "built Alai
Darwaza …" is asked the other way: the sub-bullets are the clues, the name the answer — the
"identify the ruler" question examiners like. Only a name dated by a span of years (a ruler,
a leader) is asked so: a neighbour identified from its treaties is given away by its clues.
Sub-bullets that name the answer are left out of the clues; three clues are needed.

The parent may say more after its years: a label of the deeds below (``**Muhammad bin
Tughlaq** (1325–51), experiments:``) or a verdict after ``=`` (``**Iltutmish** (1211–36) =
real consolidator``), left out of the question. A ruler written on one line, the deeds after a
colon and parted by semicolons (``**Balban** (1266–87): sijda & paibos at court; broke the
Forty; set up Diwan-i-Arz; …``), is asked the same way.

Each part of a deed between semicolons is a clue of its own:
- up to its arrow, if three words or more come before it (``tax hike in Doab during famine
  → revolt``), but not when the arrow leads to a name (``shifted capital Delhi →
  Daulatabad`` is from one place to another: the whole part, shorthand, is left out);
- not after a part that points back at the ruler (``Ibn Battuta came to his court; wrote the
  Rihla``: the Rihla is Ibn Battuta's);
- not in the notes' shorthand (``sultan = Zil-i-Ilahi``), nor with a word that begins with a
  word of the name (``towns Firozabad, Hisar`` gives Firoz Shah away).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft, quoted
from quizbot.notes.fragments import SPACED_DASH, shorthand_mark
from quizbot.notes.gate_teaches import LABELS
from quizbot.notes.names import expansions, find_names
from quizbot.notes.phrases import content_words, fold

_NOT_NAMES = frozenset("terms later earlier notes key facts imp. imp".split())
#: Clues needed, and shown at most.
MIN_CLUES = 3
MAX_CLUES = 4
_YEARS = re.compile(r"\s*\((?:c\.\s*)?\d{3,4}\s*[–—-]\s*\d{2,4}(?:\s*B?CE)?\)\s*$")
#: What a ruler's line says after its years: a label of the deeds below (``, experiments``)
#: or a verdict (``= real consolidator``).
_AFTER_YEARS = re.compile(r"(\))\s*(?:,\s*[a-z][a-z ]{0,30}|=\s*[^=→;:()]{1,40})$")
#: A ruler's deeds on one line: ``**Balban** (1266–87): sijda & paibos …; broke the Forty``.
_ONE_LINE = re.compile(r"^(?P<head>[^:;]+\))\s*:\s*(?P<deeds>[^:]+)$")
#: A pronoun for the ruler, in a part whose subject is another person.
_POINTS_BACK = re.compile(r"\b(?:his|her|him)\b", re.IGNORECASE)
#: Words a deed cut at its arrow keeps at least to be a clue.
_CUT_WORDS = 3
#: Letters a word of the name has at least to give it away as the start of a clue's word.
_NAME_STEM = 4


def named_subject(unit: Unit) -> str | None:
    """The name a parent bullet is, once its years and colon are taken off, if it is no
    more than a name."""
    text = _YEARS.sub("", _head(unit.text))
    names = find_names(text)
    if len(names) != 1 or names[0].text != text or len(text.split()) > 5:
        return None
    if fold(text) in LABELS or fold(text) in _NOT_NAMES:
        return None
    return text


def _head(text: str) -> str:
    """The parent's name and years, without its colon and what it says after its years."""
    return _AFTER_YEARS.sub(r"\1", text.rstrip(":").strip())


def _gives_away(clue: str, name: str) -> bool:
    """Whether a clue names the answer, or a word of it begins with a word of the name."""
    mine = content_words(name)
    if content_words(clue) & mine:
        return True
    stems = [w for w in mine if len(w) >= _NAME_STEM]
    return any(w.startswith(stem) for w in content_words(clue) for stem in stems)


def _deeds(unit: Unit) -> tuple[str, list[str]] | None:
    """The head and the deeds of a ruler: the sub-bullets, or the parts after its colon."""
    if unit.children:
        head, deeds = unit.text, [c.text for c in unit.children]
    elif (found := _ONE_LINE.match(unit.text)) is not None:
        head, deeds = found["head"], [found["deeds"]]
    else:
        return None
    return head, [_before_arrow(part) for deed in deeds for part in _own_parts(deed)]


def _own_parts(deed: str) -> list[str]:
    """The deed's parts between semicolons, up to one that points back at the ruler: after
    ``Ibn Battuta came to his court``, ``wrote the Rihla`` is Ibn Battuta's deed."""
    parts: list[str] = []
    for part in deed.split(";"):
        parts.append(part.strip())
        if _POINTS_BACK.search(part):
            break
    return parts


def _before_arrow(part: str) -> str:
    """A deed up to its first arrow, when that says enough alone and the arrow leads to
    what came of it (``token currency of copper/brass (1329–30) → mass forgery``); else the
    whole part (``shifted capital Delhi → Daulatabad`` is one deed, left out as shorthand)."""
    before, arrow, after = part.partition("→")
    if not arrow or len(before.split()) < _CUT_WORDS or after.strip()[:1].isupper():
        return part  # "shifted capital Delhi → Daulatabad": from one place to another
    return before.strip()


def rule_identify(unit: Unit, ctx: Context) -> list[Draft]:
    """A name over three or more describing sub-bullets → which one is it?"""
    found = _deeds(unit)
    if found is None or len(found[1]) < MIN_CLUES:
        return []
    head, deeds = found
    name = named_subject(dataclasses.replace(unit, text=head))
    if name is None or not _YEARS.search(_head(head)):
        # only a ruler or a leader, dated by a span of years: a neighbour identified from its
        # treaties ("Pakistan:" over Ayub Khan, Bhutto and Lahore) is given away by its clues
        return []
    clues = [
        c
        for c in deeds
        if not _gives_away(c, name)
        and len(c.split()) >= 2
        and shorthand_mark(c) is None
        and SPACED_DASH.search(c) is None
    ][:MAX_CLUES]
    if len(clues) < MIN_CLUES:
        return []
    kind = "person"
    what = "Who"
    shown = "; ".join(quoted(c) for c in clues)
    return [
        make_draft(
            unit,
            Short,
            "identify",
            "identify",
            name,
            key_kind=kind if kind != "name" else "term",
            prompt=f"{unit.context}: {what} is described here? {shown}",
            answer=name,
            aliases=tuple(expansions(name)),
            explanation=f"From the notes: {quoted(unit.text)}"
            + (
                ", and under it: " + "; ".join(quoted(c.text) for c in unit.children)
                if unit.children
                else ""
            )
            + ".",
        )
    ]
