"""The heritage builder: a site and the year UNESCO inscribed it as a World Heritage Site.

Notes record a site's inscription in a timeline line (``2021 – **Ramappa temple** = UNESCO
WHS (India's 39th)``, ``1987 – Pattadakal group → UNESCO World Heritage Site``) or a line
that names the site first (``**Charaideo Moidams** → UNESCO World Heritage Site (2024)``).
As a cloze the line is shorthand the last gate drops, and the timeline builder finds no
event in it; the year is what an examiner asks:

    "In which year was the Ramappa temple inscribed as a UNESCO World Heritage Site?"
    "In which year were the Charaideo Moidams inscribed as a UNESCO World Heritage Site?"

Only a World Heritage Site is asked (``UNESCO 2012`` after a biosphere reserve is its
biosphere listing, and a bare ``UNESCO`` says neither), of the site the line opens on: a
bracket further on (``… on the Tungabhadra, Karnataka (UNESCO WHS, 1986)``) may follow a
word that is not the site.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft
from quizbot.notes.event_articles import joined_names, without_both
from quizbot.notes.grammar import with_the
from quizbot.notes.phrases import fold
from quizbot.notes.subjects import unit_subject
from quizbot.text.names import is_dictionary_word

_YEAR = r"(?:1[89]|20)\d\d"
_WHS = (
    r"(?:a\s+|an\s+)?(?:UNESCO\s+)?(?:natural\s+|cultural\s+|mixed\s+)?"
    r"(?:World\s+Heritage\s+Site|WHS)"
)
_NAME = r"[A-Z][^;:→=()–—]{1,60}?"
#: ``2021 – Ramappa temple = UNESCO WHS …``
_DATED = re.compile(
    rf"^(?P<year>{_YEAR})\s+[–—-]\s+(?P<name>{_NAME})(?:\s*\([^()]*\))?\s+"
    rf"(?:=|→|inscribed as|declared(?: as)?|became|becomes|made)\s+{_WHS}\b"
)
#: ``Charaideo Moidams → UNESCO World Heritage Site (2024)``
_NAMED = re.compile(
    rf"^(?P<name>{_NAME})(?:\s*\([^()]*\))?\s+(?:=|→)\s+{_WHS}\s*\((?P<year>{_YEAR})\)"
)

#: ``UNESCO World Heritage Site (1983)`` and ``1983 – UNESCO WHS`` under the site's heading,
#: which names the site (holdout 500: the Ajanta caves' year of inscription never asked).
_BARE = re.compile(
    rf"^(?:(?P<dated>{_YEAR})\s+[–—-]\s+)?(?:Became\s+|Declared\s+|Inscribed\s+as\s+)?"
    rf"{_WHS}(?:\s*\((?:in\s+)?(?P<year>{_YEAR})\)|\s+(?:in|since)\s+(?P<since>{_YEAR}))?",
    re.IGNORECASE,
)


def heritage_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which year was the Ramappa temple inscribed as a UNESCO World Heritage Site?",
    or ``None``."""
    text = unit.text
    if "WHS" not in text and "Heritage" not in text:
        return None  # most lines (``generate_1mb_s``)
    found = _DATED.match(text) or _NAMED.match(text)
    if found is None:
        return _of_the_heading(unit, ctx)
    year = found.group("year")
    name = without_both(found.group("name").strip())  # "Kaziranga & Manas both"
    two = joined_names(name)
    if two:  # "In which year were Kaziranga and Manas inscribed …?" (holdout 192)
        first, second = (_named(n) if " " in n else n for n in two)
        asked = f"In which year were {first} and {second}"
    else:
        asked = f"In which year {_was(name)} {_named(name)}"
    return _draft(unit, asked, year)


def _of_the_heading(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which year were the Ajanta Caves inscribed as a UNESCO World Heritage Site?" of
    a line ``UNESCO World Heritage Site (1983)`` under the caves' heading, or ``None``."""
    found = _BARE.match(unit.text)
    year = found and (found.group("dated") or found.group("year") or found.group("since"))
    if found is None or year is None:
        return None
    name = unit_subject(unit, ctx)
    if name is None:
        return None
    return _draft(unit, f"In which year {_was(name)} {_named(name)}", year)


def _draft(unit: Unit, asked: str, year: str) -> Draft:
    asked += " inscribed as a UNESCO World Heritage Site?"
    return make_draft(
        unit,
        Short,
        "heritage",
        f"heritage:{year}",
        year,
        key_kind="year",
        prompt=f"{unit.context}: {asked}",
        answer=year,
    )


def _named(name: str) -> str:
    """``the Ramappa temple``, ``the excavated remains of Nalanda``, ``the Sacred Ensembles
    of the Hoysalas``, ``Dholavira``: a name that ends on a common noun, opens on an
    everyday word or is plural takes ``the``."""
    if name.startswith(("The ", "the ")):
        return "the " + name[4:]  # "The Ahom Moidams of Charaideo" (holdout 579: "the The …")
    words = name.split()
    if (
        len(words) > 1
        and all(w.isalpha() and len(w) > 3 and is_dictionary_word(fold(w)) for w in words[:2])
        and words[1].islower()
    ):
        return "the " + name[:1].lower() + name[1:]  # "Excavated remains of …", not "Rani ki"
    if words[-1].islower() or _was(name) == "were":
        return f"the {name}"  # "Ramappa temple", "Pattadakal group", "Charaideo Moidams"
    return with_the(name)


def _was(name: str) -> str:
    """``were`` for a plural head (``Charaideo Moidams``, ``Sacred Ensembles of the
    Hoysalas``, ``remains of …``), else ``was``."""
    head = name.split(" of ")[0].split()[-1]
    return "were" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "was"
