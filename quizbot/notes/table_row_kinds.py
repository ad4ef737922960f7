"""What a table's rows are, in a word the question can ask by: ``Which reef type is this:
…?``, ``Which Mahajanapada is this: …?``, ``Which type of vaccine is this: …?``.

The first header names the kind (``Reef type``, ``Edict``), said in full by the heading when
that ends in it or opens on it (``Boundary`` under "Plate boundaries" is a plate boundary),
or by a short caption over the table; a header that names nothing (``Name``) makes the rows
"one".
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context
from quizbot.notes.grammar import has_verb
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.quantities import NUMBER_WORDS
from quizbot.notes.table_fits import header_noun
from quizbot.notes.table_rows import row_noun
from quizbot.text.fold import fold_spelling
from quizbot.text.names import frequency

#: First headers that name no kind (``Name``): the rows are "one".
_NAMELESS = frozenset("name item thing entity".split())
#: Headers of kinds, named in full by a heading "Types of …".
_KINDS = frozenset("type kind category form class".split())


def _a_name(word: str, ctx: Context) -> bool:
    """Is a header's word a name the notes never write in lower case (``Mahajanapada``, of
    "the 16 Mahajanapadas"), no English word (``Guru``, ``Edict``, ``Programme``) nor one
    they also write small?"""
    folded = fold(word)
    forms = (folded, f"{folded}s")
    return (
        word[:1].isupper()
        and frequency(fold_spelling(folded)) == 0
        and any(f in ctx.proper_words for f in forms)
        and not any(f in ctx.lower_words for f in forms)
    )


def captioned_kind(caption: str, ctx: Context) -> str | None:
    """What the rows are, from a caption of a few words and no verb above the table."""
    said = BRACKET.sub("", caption).strip().rstrip(":").strip()
    if not 1 <= len(said.split()) <= 4 or has_verb(said, loose=False) or not said[:1].isupper():
        return None
    return ctx.lower_name(row_noun(said))


def row_kind(first_header: str, heading: str, ctx: Context) -> str:
    """What a row is: its first header as a noun (``reef type``, ``edict``), named in full by
    the heading when that ends in it (``plate boundary`` of ``Boundary`` under "Plate
    boundaries") or, for a header of kinds, opens on it (``type of vaccine`` of ``Type`` under
    "Types of vaccines"); "one" when the header names nothing (``Name``)."""
    noun = header_noun(first_header)
    if not noun or fold(noun) in _NAMELESS:
        return "one"
    first = first_header.split(" ", 1)[0]
    if _a_name(first, ctx):
        noun = first + noun[len(first) :]  # "Mahajanapada", as the notes write it
    full = ctx.lower_name(row_noun(heading)).split()
    if full and fold(full[0]) == "the":
        full = full[1:]  # "The 16 Mahajanapadas": counted all the same
    if full and fold(full[0]) in ("other", "more", "minor", "some", "few"):
        full = full[1:]  # "Other lakes": "Which other lake is this?" (holdout 449, weak)
    said = fold(" ".join(full))
    if not full or fold(full[0]) in NUMBER_WORDS or full[0].isdigit() or len(full) > 4:
        return noun
    kind = re.match(rf"{re.escape(fold(noun))}s? of (.+)", said)
    if kind and fold(noun) in _KINDS:
        return f"{noun} of {' '.join(full[-len(kind.group(1).split()) :])}"
    longer = len(noun.split()) < len(full) <= 3 and said.endswith(fold(noun))
    return " ".join(full) if longer else noun
