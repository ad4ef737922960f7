"""A body's line that gives the role the notes' person held in it, not what the body is:
``**National Income Committee (1949)** – chairman; members …`` under Mahalanobis (holdout
765, bad: "Which committee (1949) is a chairman?")."""

from __future__ import annotations

import re

from quizbot.notes.names import name_kind

#: Roles a person holds in a body, written after the body's name.
_ROLES_HELD = frozenset("chairman chairperson chair member president head secretary".split())


def a_role_held(term: str, definition: str) -> bool:
    """Is a body's "definition" the role the notes' person held in it, not what it is (a
    person's "Ukraine's President" is what he is)?"""
    words = re.split(r"[;,(]", definition)[0].split()
    body = re.sub(r"\s*\([^()]*\)", "", term).strip()
    return (
        0 < len(words) <= 2
        and words[-1].lower() in _ROLES_HELD
        and name_kind(body) == "organisation"
    )
