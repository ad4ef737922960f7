"""A line's head asked by the other name the line gives it (``___ – Chemayungdung glacier …;
called Tsangpo in Tibet`` → "Which river is called Tsangpo in Tibet?"), the kind named by
the line's own term or its section's heading (split from
:mod:`~quizbot.notes.line_questions`)."""

from __future__ import annotations

import re

#: A clause that gives a thing's other name: ``called Tsangpo in Tibet``, ``known as …``.
_CALLED = re.compile(
    r"^(?:also )?(?:called|known as) (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
    r"(?P<where> in [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?$"
)
#: Plural nouns of a section's heading that say what each top-level line names (``Himalayan
#: rivers``): a line with no parent of its own under them is one of them.
_TOPIC_KINDS = frozenset(
    "rivers passes lakes dams ports forts temples glaciers islands plateaus deserts".split()
)


def topic_kind(topic: str) -> str:
    """The kind a section's heading names (``… › Himalayan rivers`` → river), or ``""``."""
    words = topic.rsplit("›", 1)[-1].split()
    last = words[-1].lower() if words else ""
    if last not in _TOPIC_KINDS:
        return ""
    return last[:-2] if last.endswith("sses") or last.endswith("ches") else last[:-1]


def other_name_question(rest: str, kind: str) -> str | None:
    """ "Which river is called Tsangpo in Tibet?" from a clause of the line giving the
    thing's other name; ``None`` without a kind to name."""
    if not kind:
        return None
    for clause in re.split(r";\s|\s(?:→|->)\s", rest):
        found = _CALLED.match(clause.strip().rstrip(".,"))
        if found is not None:
            return f"Which {kind} is called {found.group('name')}{found.group('where') or ''}?"
    return None
