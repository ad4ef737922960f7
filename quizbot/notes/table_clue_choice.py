"""Which of a row's clues are said: none a longer clue says again, a "first" only where
it holds, and none pasted as the cell is written (split from
:mod:`~quizbot.notes.table_clues`)."""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context
from quizbot.notes.zones import is_state
from quizbot.text.names import is_dictionary_word

_SURNAME = re.compile(r"[A-Z][a-z]{3,}")


def without_repeats(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The clues less any whose name another, longer clue says again ("presided over by
    M.K. Gandhi" beside "is the only session Gandhi presided over")."""

    def said_again(words: str) -> bool:
        names = [w for w in re.findall(r"[\w'’]+", words)[1:] if _SURNAME.fullmatch(w)]
        return bool(names) and any(
            len(o) > len(words) and re.search(rf"\b{names[-1]}\b", o) for _, o in found
        )

    return [(kind, words) for kind, words in found if not said_again(words)]


def first_in_india(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A bare "first nuclear power plant" holds in India when the row is in an Indian state
    ("is India's first …"); else it is not said (the world's first is another)."""
    if not any("is the first " in w and not _SCOPED.search(w) for _, w in found):
        return found  # "the first Indian woman president": it says where it holds
    if any(kind == "place" and is_state(words.removeprefix("in ")) for kind, words in found):
        return [(k, w.replace("is the first ", "is India's first ")) for k, w in found]
    return [(k, w) for k, w in found if "is the first " not in w or _SCOPED.search(w)]


#: Where a "first" holds, said; or a first at doing something ("the first to cover gig
#: workers"), which a row holds among its own kind.
_SCOPED = re.compile(r"\b(?:India|Indian|Asia|Asian|world|of|in)\b|\bis the first to\b")


def pasted_cell(predicate: str, ctx: Context) -> bool:
    """A cell pasted as written (``Heaped soil with aeration``), an English word's capital
    kept: no predicate of a question."""
    first = predicate.split(" ", 1)[0]
    word = first.lower()
    return (
        first[1:].islower()
        and first[:1].isupper()
        and word not in ctx.proper_words
        and is_dictionary_word(word)
    )
