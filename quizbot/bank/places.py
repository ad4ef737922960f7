"""Where each question's id is written in its file, read from the text alone.

``quizbot check`` names hundreds of questions in its warnings; placing each by composing the
file with PyYAML again costs about a second for 150 files. The text alone tells where an
``id: value`` is written, in one pass; only an id written more than once, or a derived id
(which is written nowhere), needs the parser. The places are worked out once per file and
kept in the bank cache beside the file's records.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

#: ``id: value`` as a key of a block or flow mapping (the value plain or quoted, one token),
#: found from its literal start (fast); the character before (start of line, a space, ``{``
#: or ``,``) is checked apart.
_ID_AT = re.compile(r"""id:[ \t]+(["']?)([^\s"',{}#]+)\1(?=[ \t]*(?:[,}#]|$))""", re.M)


@functools.lru_cache(maxsize=64)
def ids_in_text(text: str) -> dict[str, tuple[int, int] | None]:
    """Every ``id: value`` of a file's text by value, placed by line and column (``None`` for
    a value written more than once: the parser must decide), in one pass over the text."""
    found: dict[str, tuple[int, int] | None] = {}
    line, scanned = 1, 0
    count, rfind = text.count, text.rfind
    for match in _ID_AT.finditer(text):
        at = match.start()
        if at and text[at - 1] not in "{," and not text[at - 1].isspace():
            continue  # part of a longer key ("xid:")
        start = match.start(1)
        line += count("\n", scanned, start)
        scanned = start
        value = match.group(2)
        found[value] = None if value in found else (line, start - rfind("\n", 0, start))
    return found


def id_places(text: str, ids: Sequence[str], derived: Sequence[int]) -> tuple[int, ...]:
    """Line and column of each id in turn, flattened (``0, 0`` where the text cannot tell: a
    derived id, or one written more than once)."""
    found = ids_in_text(text)
    skip = set(derived)
    places: list[int] = []
    for pos, question_id in enumerate(ids):
        at = None if pos in skip else found.get(question_id)
        places.extend(at or (0, 0))
    return tuple(places)
