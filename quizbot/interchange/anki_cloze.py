"""Anki's cloze markup, read: ``{{c1::answer::hint}}``, nested or not, as a tree.

The markers are found in the field's HTML and replaced by private-use characters (never in
a deck's text, and kept as they are when the HTML around them is reduced to text); the text
is then parsed into a tree of plain text and clozes, and rendered as one quizbot cloze per
cloze number: that number's clozes become ``{{blanks}}`` (a hint after the blank in
brackets), the others are shown filled in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizbot.interchange.ankihtml import one_line

_CLOZE_OPEN = re.compile(r"\{\{c(\d+)::")
#: The markers: a cloze's start (before its number), the end of the number, its hint, its end.
_OPEN, _NUMBER_END, _HINT, _CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"

ClozeNode = tuple[int, list["Node"], list["Node"]]  # number, answer, hint
Node = str | ClozeNode


def mark_clozes(field: str) -> str:
    """``{{c1::a::h}}`` → markers around the number, the hint and the end (nesting kept)."""
    out: list[str] = []
    open_hint: list[bool] = []  # per open cloze: has its hint started?
    at = 0
    while at < len(field):
        opened = _CLOZE_OPEN.match(field, at)
        if opened:
            out.append(f"{_OPEN}{opened.group(1)}{_NUMBER_END}")
            open_hint.append(False)
            at = opened.end()
        elif open_hint and field.startswith("::", at) and not open_hint[-1]:
            out.append(_HINT)
            open_hint[-1] = True
            at += 2
        elif open_hint and field.startswith("}}", at):
            out.append(_CLOSE)
            open_hint.pop()
            at += 2
        else:
            out.append(field[at])
            at += 1
    return "".join(out) + _CLOSE * len(open_hint)


def parse_marked(text: str) -> list[Node]:
    """Text with the markers of :func:`mark_clozes` as a tree of text and clozes."""
    root: list[Node] = []
    stack: list[tuple[int, list[Node], list[Node], list[Node]]] = []  # number, ans, hint, cur
    current = root
    at = 0
    while at < len(text):
        char = text[at]
        if char == _OPEN:
            end = text.find(_NUMBER_END, at)
            answer: list[Node] = []
            stack.append((int(text[at + 1 : end]), answer, [], current))
            current, at = answer, end + 1
            continue
        if char == _HINT and stack:
            current = stack[-1][2]
        elif char == _CLOSE and stack:
            number, answer, hint, parent = stack.pop()
            parent.append((number, answer, hint))
            current = parent
        elif current and isinstance(current[-1], str):
            current[-1] += char
        else:
            current.append(char)
        at += 1
    return root


def numbers(nodes: Sequence[Node]) -> Iterable[int]:
    """The cloze numbers in the tree (nested ones too)."""
    for node in nodes:
        if isinstance(node, tuple):
            yield node[0]
            yield from numbers(node[1])


def _revealed(nodes: Sequence[Node]) -> str:
    return "".join(n if isinstance(n, str) else _revealed(n[1]) for n in nodes)


def render_cloze(nodes: Sequence[Node], number: int) -> str:
    """quizbot cloze text asking cloze ``number``; ``{{`` and ``}}`` elsewhere are split so
    they cannot be read as blanks."""
    parts = []
    for node in nodes:
        if isinstance(node, str):
            parts.append(node.replace("{{", "{ {").replace("}}", "} }"))
        elif node[0] == number:
            answer = one_line(_revealed(node[1])).replace("{{", "{ {").replace("}}", "} }")
            hint = one_line(_revealed(node[2])).strip()
            parts.append("{{" + answer.strip() + "}}" + (f" ({hint})" if hint else ""))
        else:
            parts.append(render_cloze(node[1], number))
    return "".join(parts)
