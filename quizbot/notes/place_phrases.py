"""Whether a definition says where a thing is, not what it is (``tidal deltas of the east
coast``, ``the dry north-west``, ``the Nilgiris and the Himalaya``): no term is asked of it.
Split from :mod:`~quizbot.notes.clause_shapes`."""

from __future__ import annotations

import re


def says_where(description: str) -> bool:
    """Does a description say where a thing is, not what it is: its head noun, before any
    preposition, a place's (``tidal deltas of the east coast``, ``the dry north-west``), or
    only names (``the Nilgiris and the Himalaya``)?"""
    core = _PLACE_LINK.split(description, maxsplit=1)[0].split()
    if _ONLY_NAMES.fullmatch(description):
        return True
    return bool(core) and core[-1].lower().rstrip("s") in _WHERE_NOUNS


#: Names joined by "and" or commas (``the Nilgiris and the Himalaya``).
_ONLY_NAMES = re.compile(
    r"(?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:(?:,| and| &) (?:the )?[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*)*)+"
)


_PLACE_LINK = re.compile(
    r"\s(?:down|up|across|along|off|round|through|of|in|on|at|to|near|by|for|with|from)\s"
)
#: Nouns of where a thing is, not what it is: a definition led by one says its place.
_WHERE_NOUNS = frozenset(
    "north south east west north-west north-east south-west south-east coast delta plain "
    "region belt valley basin plateau hill slope shore".split()
)
