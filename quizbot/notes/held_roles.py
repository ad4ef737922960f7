"""A body's line that gives the role the notes' person held in it, not what the body is:
``**National Income Committee (1949)** – chairman; members …`` under Mahalanobis (holdout
765, bad: "Which committee (1949) is a chairman?")."""

from __future__ import annotations

import re

#: Roles a person holds in a body, written after the body's name.
_ROLES_HELD = frozenset("chairman chairperson chair member president head secretary".split())


#: Last words of a body's name (a person's "Ukraine's President" is what he is).
_BODIES = frozenset(
    """committee commission council league board society party congress conference
    association union institute mission assembly panel group forum sabha samaj""".split()
)


def a_role_held(term: str, definition: str) -> bool:
    """Is a body's "definition" the role the notes' person held in it, not what it is?"""
    words = re.split(r"[;,(]", definition)[0].split()
    body = re.sub(r"\s*\([^()]*\)", "", term).split()
    return (
        0 < len(words) <= 2
        and words[-1].lower() in _ROLES_HELD
        and bool(body)
        and body[-1].lower() in _BODIES
    )
