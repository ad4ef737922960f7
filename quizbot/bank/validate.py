"""Validation: plain YAML data of one file → questions, plus every problem found.

A broken question never stops the others: each problem is recorded with its position and the
question is skipped, while the rest of the file loads. Messages speak to the author: they name
the field, say what was expected, and suggest the closest valid name for a misspelling.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quizbot.bank.ids import derive_id
from quizbot.bank.model import CLOZE_BLANK, QUESTION_TYPES, Problem, Record, record_stem
from quizbot.bank.yamlfile import PathKey, YamlFile

_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
_TYPE_NAMES = ", ".join(QUESTION_TYPES)


class _Invalid(Exception):
    """A field could not be used; its problem is already recorded."""


@dataclass
class _Context:
    file: YamlFile
    stem: str
    problems: list[Problem] = field(default_factory=list)

    def error(self, where: Sequence[PathKey], message: str, *, key: bool = False) -> None:
        self.problems.append(self.file.problem(where, message, key=key))

    def warn(self, where: Sequence[PathKey], message: str, *, key: bool = False) -> None:
        self.problems.append(self.file.problem(where, message, key=key, severity="warning"))


# --- field readers: each returns the converted value or raises _Invalid after recording ---


def _kind(value: Any) -> str:
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


def _text(ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str) -> str:
    if type(value) is str:
        stripped = value.strip()
        if stripped:
            return stripped
        ctx.error(where, f"{name} is empty")
        raise _Invalid
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    ctx.error(where, f"{name} must be text, but it is {_kind(value)}")
    raise _Invalid


def _texts(ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str) -> tuple[str, ...]:
    if type(value) is list:  # the common case, checked without building any message
        stripped = tuple([v.strip() for v in value if type(v) is str])
        if len(stripped) == len(value) and all(stripped):
            return stripped
    else:
        example = "[BrahMos, S-400]" if name in ("options", "answer") else "[a, b]"
        ctx.error(where, f"{name} must be a list like {example}, but it is {_kind(value)}")
        raise _Invalid
    return tuple(
        _text(ctx, (*where, i), item, f"item {i + 1} of {name}") for i, item in enumerate(value)
    )


def _list_items(
    ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[str | tuple[str, ...], ...]:
    """A list's items: each one text, or a list of the item's accepted forms (the first is
    the one shown): ``[[United Kingdom, UK, Britain], France]``."""
    if type(value) is not list:
        ctx.error(
            where,
            f"{name} must be a list like [BrahMos, S-400] or [[United Kingdom, UK], France], "
            f"but it is {_kind(value)}",
        )
        raise _Invalid
    items: list[str | tuple[str, ...]] = []
    for i, item in enumerate(value):
        if type(item) is list:
            if not item:
                ctx.error((*where, i), f"item {i + 1} of {name} is an empty list")
                raise _Invalid
            items.append(_texts(ctx, (*where, i), item, f"item {i + 1} of {name}"))
        else:
            items.append(_text(ctx, (*where, i), item, f"item {i + 1} of {name}"))
    return tuple(items)


def _bool(ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    ctx.error(
        where,
        f"{name} must be true or false, but it is {_kind(value)}"
        + (f" ({value!r})" if isinstance(value, str) else ""),
    )
    raise _Invalid


def _int(ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    ctx.error(where, f"{name} must be a whole number of at least 1, but it is {value!r}")
    raise _Invalid


def _number(ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    ctx.error(where, f"{name} must be a number of at least 0, but it is {value!r}")
    raise _Invalid


def _mapping_fields(
    ctx: _Context,
    where: tuple[PathKey, ...],
    value: Any,
    name: str,
    allowed: Sequence[str],
    required: Sequence[str],
) -> dict[str, Any]:
    if not isinstance(value, dict):
        ctx.error(
            where, f"{name} must be a mapping with {', '.join(allowed)}, but it is {_kind(value)}"
        )
        raise _Invalid
    bad = False
    for key in value:
        if key not in allowed:
            ctx.error(
                (*where, str(key)),
                f"unknown field {key!r} in {name}" + _suggest(str(key), allowed),
                key=True,
            )
            bad = True
    for key in required:
        if key not in value:
            ctx.error(where, f"{name} is missing {key!r}")
            bad = True
    if bad:
        raise _Invalid
    return value


def _source(
    ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[str, str, int]:
    raw = _mapping_fields(ctx, where, value, name, ("file", "heading", "line"), ("file",))
    line = raw.get("line", 0)
    if not isinstance(line, int) or isinstance(line, bool) or line < 0:
        ctx.error((*where, "line"), f"source line must be a line number, but it is {line!r}")
        raise _Invalid
    heading = raw.get("heading", "")
    return (
        _text(ctx, (*where, "file"), raw["file"], "source file"),
        _text(ctx, (*where, "heading"), heading, "source heading") if heading else "",
        line,
    )


def _statements(
    ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[tuple[str, bool, str], ...]:
    if not isinstance(value, list):
        ctx.error(
            where,
            f"statements must be a list of {{text: ..., correct: true/false}}, "
            f"but it is {_kind(value)}",
        )
        raise _Invalid
    result = []
    for i, item in enumerate(value):
        at = (*where, i)
        raw = _mapping_fields(
            ctx, at, item, f"statement {i + 1}", ("text", "correct", "fix"), ("text", "correct")
        )
        fix = raw.get("fix")
        result.append(
            (
                _text(ctx, (*at, "text"), raw["text"], f"statement {i + 1} text"),
                _bool(ctx, (*at, "correct"), raw["correct"], f"statement {i + 1} correct"),
                _text(ctx, (*at, "fix"), fix, f"statement {i + 1} fix") if fix is not None else "",
            )
        )
    return tuple(result)


def _pairs(
    ctx: _Context, where: tuple[PathKey, ...], value: Any, name: str
) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        ctx.error(where, f"pairs must be a list of [left, right] pairs, but it is {_kind(value)}")
        raise _Invalid
    result = []
    for i, item in enumerate(value):
        if not isinstance(item, list) or len(item) != 2:
            ctx.error((*where, i), f"pair {i + 1} must be a list of two items [left, right]")
            raise _Invalid
        left = _text(ctx, (*where, i, 0), item[0], f"left side of pair {i + 1}")
        right = _text(ctx, (*where, i, 1), item[1], f"right side of pair {i + 1}")
        result.append((left, right))
    return tuple(result)


Reader = Callable[[_Context, tuple[PathKey, ...], Any, str], Any]

#: Fields every question may have: name → (reader, required).
COMMON_FIELDS: dict[str, tuple[Reader, bool]] = {
    "id": (_text, False),
    "type": (_text, True),
    "topic": (_text, False),
    "tags": (_texts, False),
    "explanation": (_text, False),
    "source": (_source, False),
    "reject": (_texts, False),
}

#: Fields of each question type: name → (reader, required).
TYPE_FIELDS: dict[str, dict[str, tuple[Reader, bool]]] = {
    "short": {
        "prompt": (_text, True),
        "answer": (_text, True),
        "aliases": (_texts, False),
        "tolerance": (_number, False),
    },
    "list": {
        "prompt": (_text, True),
        "answer": (_list_items, True),
        "min_correct": (_int, False),
    },
    "mcq": {"prompt": (_text, True), "options": (_texts, True), "answer": (_text, True)},
    "multi": {"prompt": (_text, True), "options": (_texts, True), "answer": (_texts, True)},
    "statements": {"prompt": (_text, True), "statements": (_statements, True)},
    "truefalse": {
        "statement": (_text, True),
        "answer": (_bool, True),
        "fix": (_text, False),
        "prompt": (_text, False),
    },
    "cloze": {"text": (_text, True), "prompt": (_text, False)},
    "match": {"prompt": (_text, True), "pairs": (_pairs, True)},
}

#: File-level fields: defaults for the file's questions (topic, tags, source), the questions,
#: ``generated_from`` (the notes a generated file comes from) and ``suppress`` (generated ids
#: an authored file drops).
FILE_FIELDS = ("topic", "tags", "source", "questions", "generated_from", "suppress")
_FILE_ONLY = {"generated_from": _text, "suppress": _texts}


@dataclass(frozen=True)
class FileMeta:
    """File-level settings that are not question defaults."""

    generated_from: str = ""
    suppress: tuple[str, ...] = ()


def _closest(name: str, choices: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(name.lower(), list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def _suggest(name: str, choices: Sequence[str]) -> str:
    close = _closest(name, choices)
    return f" (did you mean {close!r}?)" if close else ""


#: What YAML's merge key means here: yaml_rs reads '<<' as a plain key.
_MERGE_HINT = "merge keys ('<<: *anchor') are not supported in question files; write the fields out"


def _unknown_field_message(name: str, qtype: str) -> str:
    if name == "<<":
        return f"unknown field '<<' for a {qtype} question: {_MERGE_HINT}"
    allowed = [*COMMON_FIELDS, *TYPE_FIELDS[qtype]]
    owners = [t for t, fields in TYPE_FIELDS.items() if name in fields]
    if owners:
        return (
            f"the field {name!r} is not used by {qtype} questions (it belongs to "
            f"{', '.join(owners)})"
        )
    return f"unknown field {name!r} for a {qtype} question" + _suggest(name, allowed)


def _duplicates(items: Sequence[str]) -> list[tuple[int, int]]:
    """(first index, repeated index) of items equal ignoring case and surrounding space."""
    if len({item.casefold() for item in items}) == len(items):
        return []  # the common case: all distinct, decided without building keys
    first: dict[str, int] = {}
    found = []
    for i, item in enumerate(items):
        key = " ".join(item.casefold().split())
        if key in first:
            found.append((first[key], i))
        else:
            first[key] = i
    return found


# --- rules that span fields, one function per type; each returns False to skip the question ---


def _rules_choice(ctx: _Context, where: tuple[PathKey, ...], values: Record) -> bool:
    """mcq and multi: enough distinct options, and every answer among them."""
    errors = len(ctx.problems)
    options: tuple[str, ...] = values["options"]
    multi = values["type"] == "multi"
    if len(options) < 2:
        ctx.error((*where, "options"), "options needs at least two choices")
    for first, again in _duplicates(options):
        ctx.error(
            (*where, "options", again),
            f"duplicate option {options[again]!r} (the same as option {first + 1})",
        )
    answers = values["answer"] if multi else (values["answer"],)
    if multi and not answers:
        ctx.error((*where, "answer"), "answer must name at least one of the options")
    for i, answer in enumerate(answers):
        if answer in options:
            continue
        nearly = [o for o in options if o.casefold() == answer.casefold()]
        if nearly:
            hint = f" (did you mean {nearly[0]!r}? it must match exactly)"
        elif len(answer) == 1 and answer.isalpha() and answer.lower() in "abcdefgh"[: len(options)]:
            hint = " (write the option's text, not its letter)"
        else:
            hint = _suggest(answer, options)
        if multi:
            ctx.error(
                (*where, "answer", i),
                f"answer {answer!r} is not one of the options, so "
                f"answer is not a subset of them{hint}",
            )
        else:
            ctx.error((*where, "answer"), f"the answer is not one of the options{hint}")
    if multi:
        for _, again in _duplicates(answers):
            ctx.error((*where, "answer", again), f"{answers[again]!r} is listed twice in answer")
    return len(ctx.problems) == errors


def _rules_list(ctx: _Context, where: tuple[PathKey, ...], values: Record) -> bool:
    errors = len(ctx.problems)
    written: tuple[str | tuple[str, ...], ...] = values["answer"]
    forms = [(item,) if isinstance(item, str) else item for item in written]
    items = tuple(f[0] for f in forms)
    values["answer"] = items
    if any(len(f) > 1 for f in forms):
        values["item_aliases"] = tuple(f[1:] for f in forms)
    if not items:
        ctx.error((*where, "answer"), "answer must list at least one item")
    every = [(i, form) for i, f in enumerate(forms) for form in f]
    for first, again in _duplicates([form for _, form in every]):
        ctx.error(
            (*where, "answer", every[again][0]),
            f"duplicate item {every[again][1]!r} (the same as item {every[first][0] + 1})",
        )
    need = values.get("min_correct")
    if need is not None and need > len(items):
        ctx.error(
            (*where, "min_correct"),
            f"min_correct is {need} but answer lists only {len(items)} items",
        )
    return len(ctx.problems) == errors


def _rules_statements(ctx: _Context, where: tuple[PathKey, ...], values: Record) -> bool:
    if not values["statements"]:
        ctx.error((*where, "statements"), "statements is empty; give at least one statement")
        return False
    for i, (_, correct, fix) in enumerate(values["statements"]):
        if not correct and not fix:
            ctx.warn(
                (*where, "statements", i),
                f"statement {i + 1} is false but has no 'fix' with the correct version",
            )
    return True


def _rules_truefalse(ctx: _Context, where: tuple[PathKey, ...], values: Record) -> bool:
    if not values["answer"] and "fix" not in values:
        ctx.warn(
            (*where, "answer"), "the statement is false but has no 'fix' with the correct version"
        )
    return True


def _rules_cloze(ctx: _Context, where: tuple[PathKey, ...], values: Record) -> bool:
    text: str = values["text"]
    blanks = CLOZE_BLANK.findall(text)
    outside = CLOZE_BLANK.sub("", text)
    if not blanks:
        ctx.error(
            (*where, "text"),
            "the cloze text has no blank; mark each one as {{answer}} or {{answer|alias}}",
        )
    elif any(not b.strip(" |") for b in blanks):
        ctx.error((*where, "text"), "the cloze text has an empty blank {{}}")
    elif "{{" in outside or "}}" in outside:
        ctx.error((*where, "text"), "the cloze text has an unclosed '{{' or a stray '}}'")
    else:
        return True
    return False


def _rules_match(ctx: _Context, where: tuple[PathKey, ...], values: Record) -> bool:
    errors = len(ctx.problems)
    pairs: tuple[tuple[str, str], ...] = values["pairs"]
    if len(pairs) < 2:
        ctx.error((*where, "pairs"), "pairs needs at least two pairs to match")
    for side, label in ((0, "left"), (1, "right")):
        for first, again in _duplicates([p[side] for p in pairs]):
            ctx.error(
                (*where, "pairs", again, side),
                f"the {label} side {pairs[again][side]!r} appears twice (pairs "
                f"{first + 1} and {again + 1}); each side must be unique",
            )
    return len(ctx.problems) == errors


_TYPE_RULES: dict[str, Callable[[_Context, tuple[PathKey, ...], Record], bool] | None] = {
    "short": None,
    "mcq": _rules_choice,
    "multi": _rules_choice,
    "list": _rules_list,
    "statements": _rules_statements,
    "truefalse": _rules_truefalse,
    "cloze": _rules_cloze,
    "match": _rules_match,
}


#: Every field a question of each type may have: name → (reader, required).
_FIELDS: dict[str, dict[str, tuple[Reader, bool]]] = {
    qtype: {**COMMON_FIELDS, **fields} for qtype, fields in TYPE_FIELDS.items()
}
_READERS: dict[str, dict[str, Reader]] = {
    qtype: {name: spec[0] for name, spec in fields.items() if name != "type"}
    for qtype, fields in _FIELDS.items()
}
_REQUIRED: dict[str, frozenset[str]] = {
    qtype: frozenset(name for name, (_, required) in fields.items() if required)
    for qtype, fields in _FIELDS.items()
}


def _build_record(ctx: _Context, index: int, raw: Any, defaults: dict[str, Any]) -> Record | None:
    """One question's record (see :func:`quizbot.bank.model.question_from_record`)."""
    where: tuple[PathKey, ...] = ("questions", index)
    if type(raw) is not dict:
        ctx.error(
            where,
            f"question {index + 1} must be a mapping (id, type, prompt, ...), "
            f"but it is {_kind(raw)}",
        )
        return None
    qtype_raw = raw.get("type")
    readers = _READERS.get(qtype_raw) if type(qtype_raw) is str else None
    if readers is None:
        if qtype_raw is None:
            ctx.error(
                where,
                f"question {index + 1} is missing the required field 'type' "
                f"(one of: {_TYPE_NAMES})",
            )
        else:
            hint = _suggest(qtype_raw, list(TYPE_FIELDS)) if isinstance(qtype_raw, str) else ""
            ctx.error(
                (*where, "type"),
                f"unknown question type {qtype_raw!r}{hint}; the types are: {_TYPE_NAMES}",
            )
        return None
    qtype = str(qtype_raw)
    ok = True
    record: Record = {"type": qtype, "index": index}
    misspelt: set[str] = set()  # required fields already named in a "did you mean" hint
    for key, value in raw.items():
        reader = readers.get(key)
        if reader is not None:
            try:
                record[key] = reader(ctx, ("questions", index, key), value, key)
            except _Invalid:
                ok = False
        elif key != "type":
            key = str(key)
            ctx.error((*where, key), _unknown_field_message(key, qtype), key=True)
            misspelt.add(_closest(key, list(_FIELDS[qtype])) or "")
            ok = False
    if not _REQUIRED[qtype] <= raw.keys():
        for name in sorted(_REQUIRED[qtype] - raw.keys() - misspelt):
            ctx.error(where, f"{qtype} question {index + 1} is missing the required field {name!r}")
        ok = False
    if "id" in record and not _ID_PATTERN.match(record["id"]):
        ctx.error(
            (*where, "id"),
            f"the id {record['id']!r} may contain only letters, digits and "
            "'.', '_', '-', ':', '/' (no spaces)",
        )
        ok = False
    rules = _TYPE_RULES[qtype]
    if not ok or (rules is not None and not rules(ctx, where, record)):
        return None
    for name, default in defaults.items():
        if name not in record:
            record[name] = default
    return record


def validate_file(file: YamlFile, stem: str) -> tuple[list[Record], list[Problem], FileMeta]:
    """Question records, problems (the parser's first: a YAML error, a refused tag) and file
    settings of one parsed file, problems in file order.

    ``stem`` prefixes derived ids.
    """
    ctx = _Context(file, stem, list(file.problems))
    data = file.data
    if data is None:
        if file.ok:
            ctx.warn((), "the file is empty: it holds no questions")
        return [], ctx.problems, FileMeta()
    if not isinstance(data, dict):
        ctx.error(
            (),
            "a question file must be a mapping with a 'questions' list, e.g.\n"
            "  topic: India–Russia › Energy\n  questions:\n    - {type: short, "
            "prompt: ..., answer: ...}",
        )
        return [], ctx.problems, FileMeta()
    defaults: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in data.items():
        key = str(key)
        if key == "questions":
            continue
        if key not in FILE_FIELDS:
            owner = (
                "a question"
                if key in COMMON_FIELDS or any(key in f for f in TYPE_FIELDS.values())
                else ""
            )
            hint = (
                f" ({key!r} belongs inside a question under 'questions')"
                if owner
                else _suggest(key, FILE_FIELDS)
            )
            ctx.error((key,), f"unknown file-level field {key!r}{hint}", key=True)
            continue
        with contextlib.suppress(_Invalid):
            if key in _FILE_ONLY:
                meta[key] = _FILE_ONLY[key](ctx, (key,), value, key)
            else:
                defaults[key] = COMMON_FIELDS[key][0](ctx, (key,), value, key)
    file_meta = FileMeta(**meta)
    if "questions" not in data:
        if file_meta.suppress:  # a file may exist only to suppress generated questions
            return [], ctx.problems, file_meta
        ctx.error((), "the file has no 'questions' list")
        return [], ctx.problems, file_meta
    raw_questions = data["questions"]
    if raw_questions is None or raw_questions == []:
        if not file_meta.suppress:
            ctx.warn(("questions",), "'questions' is empty: the file holds no questions")
        return [], ctx.problems, file_meta
    if not isinstance(raw_questions, list):
        ctx.error(
            ("questions",),
            f"'questions' must be a list (each item starting with '- '), "
            f"but it is {_kind(raw_questions)}",
        )
        return [], ctx.problems, file_meta
    skipped = file.skipped  # questions dropped for a refused tag, already reported at the tag
    records = [
        r
        for r in (
            _build_record(ctx, index, raw, defaults)
            for index, raw in enumerate(raw_questions)
            if index not in skipped
        )
        if r is not None
    ]
    ctx.problems.sort(key=lambda p: (p.line, p.column))
    _derive_missing_ids(records, stem)
    return records, ctx.problems, file_meta


def _derive_missing_ids(records: list[Record], stem: str) -> None:
    """Give every record without an explicit id a stable derived one, unique in the file."""
    missing = [r for r in records if "id" not in r]
    if not missing:
        return
    taken = {r["id"] for r in records if "id" in r}
    for record in missing:
        base = derive_id(stem, record_stem(record))
        new_id, n = base, 2
        while new_id in taken:
            new_id, n = f"{base}-{n}", n + 1
        taken.add(new_id)
        record["id"] = new_id
        record["derived_id"] = True
