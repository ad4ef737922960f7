"""Word forms the builders share when they put a note's name into a sentence of their own.

A builder that asks "Who chaired the 2nd ARC?" or "Where is the secretariat of the
International Solar Alliance?" must say "the" before a name whose last word is a common
noun (*act*, *committee*, *alliance* …) and not before a bare name or an acronym (*NEP 2020*,
*SAARC*). One table of those nouns serves every builder, so a name reads the same in every
question.
"""

from __future__ import annotations

import re

#: Common nouns at a name's end that take "the" in a sentence (``the PESA Act``, ``the Green
#: Climate Fund``).
THE_HEADS = frozenset(
    """act treaty pact agreement committee commission temple mosque fort minar canal dam
    policy movement mission society stupa pillar inscription edict council university
    college library palace tomb mahal gate bridge railway line report declaration alliance
    fund organisation organization bank union forum association coalition programme
    convention protocol panel agency authority institute corridor commonwealth
    resolution plan offer award samaj sabha sangh sangha league ashram uprising revolt
    rebellion hul ulgulan mutiny insurrection agitation satyagraha movt struggle
    revolution""".split()
)
_ORDINAL_HEAD = re.compile(r"\d+(?:st|nd|rd|th)\b")
_BRACKET_AT_END = re.compile(r"\s*\([^()]*\)$")


def with_the(name: str) -> str:
    """``name`` as a sentence names it: ``the PESA Act (1996)``, ``the 2nd ARC``, ``the
    Commonwealth``, but ``NEP 2020`` and ``SAARC``; a leading ``The`` is lowered."""
    name = name.strip()
    if name.startswith("The "):
        return "the " + name[4:]
    words = _BRACKET_AT_END.sub("", name).split()
    if not words:
        return name
    if words[-1].lower() in THE_HEADS or _ORDINAL_HEAD.match(name):
        return f"the {name}"
    return name
