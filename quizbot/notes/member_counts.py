"""The member-count builder: a body's size, written as a sub-bullet, asked "How many members …?".

Notes give the size of a committee, council or bench as the first words of a sub-bullet under
the body's name, and then how the seats are shared: ``Monetary Policy Committee (MPC), set up
2016:`` then ``6 members – 3 from RBI (Governor chairs …) + 3 external members``. A cloze of
that line prints the shares beside the blank (``3 + 3``: the gate drops it), but the count is
a fact of the body the parent names:

    "How many members does the Monetary Policy Committee have?"

The parent must be a name (capitalised words, its short form in brackets and what follows a
comma left out: they are facts of their own); the count is the sub-bullet's first word, a
figure or a number word.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, number_word, written_question
from quizbot.notes.labels import is_label
from quizbot.text.numbers import NUMBER_WORDS

_COUNT = re.compile(
    r"^(?P<n>\d{1,3}|[a-z]+)\s+members\b"
    r"(?!\s+(?:[a-z]+ed|chosen|drawn|from|of|each|in|at|for|per|with|having|who)\b|\s+w/)"
)
#: A line that gives some of the seats: ``1 member → from RBI``, ``5 other members``.
_SHARE = re.compile(r"^(?P<n>\d{1,3}|[a-z]+)\s+(?:other\s+|more\s+)?members?\b")
_BODY = re.compile(
    r"^(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|on))*)"
    r"(?:\s*\([^()]*\))?\s*(?:,[^:]*)?:?$"
)


def _a_share(text: str) -> bool:
    """Does a line open on a count of members (``1 member → from RBI``; not ``external
    members serve 4 yrs``)?"""
    found = _SHARE.match(text)
    return found is not None and (found["n"].isdigit() or found["n"] in NUMBER_WORDS)


def member_count_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "How many members does the Monetary Policy Committee have?" from a sub-bullet ``6
    members – …`` under ``Monetary Policy Committee (MPC), set up 2016:``, or ``None``; never
    from a part of the members (``12 members nominated by the President``, ``2 members from
    each state``, ``3 members w/ knowledge of HR`` after the chair's bullet under
    ``Composition:``), which is no body's size."""
    found = _COUNT.match(unit.text)
    if found is None or unit.parent is None:
        return None
    count = found.group("n")
    value = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    body = _BODY.match(unit.parent.text.replace("**", "").strip())
    if value is None or value < 2 or body is None:
        return None
    name = body.group("name").rstrip()
    if name.split()[-1] in ("of", "for", "and", "on"):
        return None
    others = [c for c in unit.parent.children if c is not unit]
    if unit.parent.children[:1] != [unit] or any(_a_share(c.text) for c in others):
        return None  # "Board (Sec 4):" then "Chairman", "2 members → officers of …", "1
        # member → from RBI": one share of the seats, not the body's size (holdout 371, bad)
    if is_label(name):  # "Features:" over "6 members → …": the body is the section's
        section = _BODY.match(unit.headings[-1].strip()) if unit.headings else None
        if section is None or is_label(section.group("name")):
            return None  # (holdout 136 asked "How many members does the Features have?")
        name = section.group("name").rstrip()
    the = "" if name.lower().startswith("the ") else "the "
    prompt = f"How many members does {the}{name} have?"
    word = number_word(value)
    return written_question(
        unit,
        "members",
        prompt,
        str(value),
        key_kind="count",
        aliases=(word,) if word != str(value) else (),
    )
