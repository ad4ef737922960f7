"""Field readers for question files: each converts one YAML value or records why it cannot.

A reader takes the validation context, the value's position, the value and the field's name; it
returns the converted value, or records an author-facing problem on the context and raises
:class:`InvalidField`. :func:`suggest` offers the closest valid name for a misspelling.
"""

from __future__ import annotations

import difflib
import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quizbot.bank.model import Problem
from quizbot.bank.yamlfile import PathKey, YamlFile


class InvalidField(Exception):
    """A field could not be used; its problem is already recorded."""


@dataclass
class FieldContext:
    """The file being validated, its stem and the problems found so far."""

    file: YamlFile
    stem: str
    problems: list[Problem] = field(default_factory=list)

    def error(self, where: Sequence[PathKey], message: str, *, key: bool = False) -> None:
        self.problems.append(self.file.problem(where, message, key=key))

    def warn(self, where: Sequence[PathKey], message: str, *, key: bool = False) -> None:
        self.problems.append(self.file.problem(where, message, key=key, severity="warning"))


#: A field reader: (context, the value's position, the value, the field's name) → the value.
Reader = Callable[[FieldContext, tuple[PathKey, ...], Any, str], Any]


#: What YAML's merge key means here: yaml_rs reads '<<' as a plain key, and PyYAML would merge.
MERGE_HINT = "merge keys ('<<: *anchor') are not supported in question files; write the fields out"


# --- field readers: each returns the converted value or raises InvalidField after recording ---


def kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "nothing (null)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping (is a value with ': ' unquoted?)"
    return "text"


def read_text(ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str) -> str:
    """Text as the author wrote it. A plain number is kept as written: YAML reads
    ``answer: 0x1F`` as 31 and ``3.10`` as 3.1, but the learner is asked for, and shown,
    ``0x1F`` and ``3.10`` (an id alone keeps YAML's reading, as progress is keyed on it)."""
    if type(value) is str:
        stripped = value.strip()
        if stripped and (stripped.isascii() or not invisible_only(stripped)):
            return stripped
        if stripped:
            ctx.error(where, f"{name} holds only invisible characters ({_names(stripped)})")
        else:
            ctx.error(where, f"{name} is empty")
        raise InvalidField
    if isinstance(value, int | float) and not isinstance(value, bool):
        if name != "id" and (type(value) is float or ctx.file.rewrites_integers):
            written = ctx.file.scalar_source(where)
            if written is not None:
                return written
        return str(value)
    ctx.error(where, f"{name} must be text, but it is {kind_of(value)}")
    raise InvalidField


#: Characters that show nothing alone though they are not whitespace (Hangul fillers, the
#: blank Braille pattern); format and control characters, separators and combining marks
#: are found by their category.
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me"})


def invisible_only(text: str) -> bool:
    """True when ``text`` shows nothing: only zero-width spaces and joiners, soft hyphens,
    byte-order marks, no-break and other spaces, combining marks alone ..."""
    return all(
        c in _BLANK_LOOKING or c.isspace() or unicodedata.category(c) in _INVISIBLE_CATEGORIES
        for c in text
    )


def _names(text: str) -> str:
    """The distinct characters of ``text`` by code point and name: ``U+200B ZERO WIDTH SPACE``."""
    return ", ".join(
        f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in dict.fromkeys(text)
    )


def read_texts(
    ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[str, ...]:
    if type(value) is list:  # the common case, checked without building any message
        stripped = tuple([v.strip() for v in value if type(v) is str])
        if (
            len(stripped) == len(value)
            and all(stripped)
            and (
                "".join(stripped).isascii()
                or all(v.isascii() or not invisible_only(v) for v in stripped)
            )
        ):
            return stripped
    else:
        example = "[BrahMos, S-400]" if name in ("options", "answer") else "[a, b]"
        ctx.error(where, f"{name} must be a list like {example}, but it is {kind_of(value)}")
        raise InvalidField
    return tuple(
        read_text(ctx, (*where, i), item, f"item {i + 1} of {name}") for i, item in enumerate(value)
    )


def read_list_items(
    ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[str | tuple[str, ...], ...]:
    """A list's items: each one text, or a list of the item's accepted forms (the first is
    the one shown): ``[[United Kingdom, UK, Britain], France]``."""
    if type(value) is not list:
        ctx.error(
            where,
            f"{name} must be a list like [BrahMos, S-400] or [[United Kingdom, UK], France], "
            f"but it is {kind_of(value)}",
        )
        raise InvalidField
    items: list[str | tuple[str, ...]] = []
    for i, item in enumerate(value):
        if type(item) is list:
            if not item:
                ctx.error((*where, i), f"item {i + 1} of {name} is an empty list")
                raise InvalidField
            items.append(read_texts(ctx, (*where, i), item, f"item {i + 1} of {name}"))
        else:
            items.append(read_text(ctx, (*where, i), item, f"item {i + 1} of {name}"))
    return tuple(items)


def read_bool(ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    ctx.error(
        where,
        f"{name} must be true or false, but it is {kind_of(value)}"
        + (f" ({value!r})" if isinstance(value, str) else ""),
    )
    raise InvalidField


def read_int(ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    ctx.error(where, f"{name} must be a whole number of at least 1, but it is {value!r}")
    raise InvalidField


def read_number(ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < math.inf:
        return float(value)
    ctx.error(where, f"{name} must be a finite number of at least 0, but it is {value!r}")
    raise InvalidField


def read_mapping(
    ctx: FieldContext,
    where: tuple[PathKey, ...],
    value: Any,
    name: str,
    allowed: Sequence[str],
    required: Sequence[str],
) -> dict[str, Any]:
    if not isinstance(value, dict):
        ctx.error(
            where, f"{name} must be a mapping with {', '.join(allowed)}, but it is {kind_of(value)}"
        )
        raise InvalidField
    bad = False
    for key in value:
        if key == "<<":
            ctx.error((*where, "<<"), f"{name} uses a merge key: {MERGE_HINT}", key=True)
            bad = True
        elif key not in allowed:
            ctx.error(
                (*where, str(key)),
                f"unknown field {key!r} in {name}" + suggest(str(key), allowed),
                key=True,
            )
            bad = True
    for key in required:
        if key not in value:
            ctx.error(where, f"{name} is missing {key!r}")
            bad = True
    if bad:
        raise InvalidField
    return value


def read_source(
    ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[str, str, int]:
    raw = read_mapping(ctx, where, value, name, ("file", "heading", "line"), ("file",))
    line = raw.get("line", 0)
    if not isinstance(line, int) or isinstance(line, bool) or line < 0:
        ctx.error((*where, "line"), f"source line must be a line number, but it is {line!r}")
        raise InvalidField
    heading = raw.get("heading", "")
    return (
        read_text(ctx, (*where, "file"), raw["file"], "source file"),
        read_text(ctx, (*where, "heading"), heading, "source heading") if heading else "",
        line,
    )


def read_statements(
    ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[tuple[str, bool, str], ...]:
    if not isinstance(value, list):
        ctx.error(
            where,
            f"statements must be a list of {{text: ..., correct: true/false}}, "
            f"but it is {kind_of(value)}",
        )
        raise InvalidField
    result = []
    for i, item in enumerate(value):
        at = (*where, i)
        raw = read_mapping(
            ctx, at, item, f"statement {i + 1}", ("text", "correct", "fix"), ("text", "correct")
        )
        fix = raw.get("fix")
        result.append(
            (
                read_text(ctx, (*at, "text"), raw["text"], f"statement {i + 1} text"),
                read_bool(ctx, (*at, "correct"), raw["correct"], f"statement {i + 1} correct"),
                read_text(ctx, (*at, "fix"), fix, f"statement {i + 1} fix")
                if fix is not None
                else "",
            )
        )
    return tuple(result)


def read_pairs(
    ctx: FieldContext, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        ctx.error(where, f"pairs must be a list of [left, right] pairs, but it is {kind_of(value)}")
        raise InvalidField
    result = []
    for i, item in enumerate(value):
        if not isinstance(item, list) or len(item) != 2:
            ctx.error((*where, i), f"pair {i + 1} must be a list of two items [left, right]")
            raise InvalidField
        left = read_text(ctx, (*where, i, 0), item[0], f"left side of pair {i + 1}")
        right = read_text(ctx, (*where, i, 1), item[1], f"right side of pair {i + 1}")
        result.append((left, right))
    return tuple(result)


def closest(name: str, choices: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(name.lower(), list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def suggest(name: str, choices: Sequence[str]) -> str:
    close = closest(name, choices)
    return f" (did you mean {close!r}?)" if close else ""
