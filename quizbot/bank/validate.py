"""Validation: plain YAML data of one file → questions, plus every problem found.

A broken question never stops the others: each problem is recorded with its position and the
question is skipped, while the rest of the file loads. Messages speak to the author: they name
the field, say what was expected, and suggest the closest valid name for a misspelling.

This module holds the field tables and walks a file; the readers of single fields are in
:mod:`quizbot.bank.field_readers`, the rules across a question's fields in
:mod:`quizbot.bank.type_rules`.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from quizbot.bank.field_readers import (
    MERGE_HINT,
    FieldContext,
    InvalidField,
    Reader,
    closest,
    kind_of,
    read_bool,
    read_int,
    read_list_items,
    read_number,
    read_pairs,
    read_source,
    read_statements,
    read_text,
    read_texts,
    suggest,
)
from quizbot.bank.ids import derive_id
from quizbot.bank.model import QUESTION_TYPES, Problem, Record, record_stem
from quizbot.bank.type_rules import TYPE_RULES
from quizbot.bank.yamlfile import PathKey, YamlFile
from quizbot.bank.yamltags import question_aliases

_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
_ID_CHAR_OUT = re.compile(r"[^A-Za-z0-9._:/-]+")
_TYPE_NAMES = ", ".join(QUESTION_TYPES)


#: Fields every question may have: name → (reader, required).
COMMON_FIELDS: dict[str, tuple[Reader, bool]] = {
    "id": (read_text, False),
    "type": (read_text, True),
    "topic": (read_text, False),
    "tags": (read_texts, False),
    "explanation": (read_text, False),
    "source": (read_source, False),
    "reject": (read_texts, False),
}

#: Fields of each question type: name → (reader, required).
TYPE_FIELDS: dict[str, dict[str, tuple[Reader, bool]]] = {
    "short": {
        "prompt": (read_text, True),
        "answer": (read_text, True),
        "aliases": (read_texts, False),
        "tolerance": (read_number, False),
    },
    "list": {
        "prompt": (read_text, True),
        "answer": (read_list_items, True),
        "min_correct": (read_int, False),
    },
    "mcq": {
        "prompt": (read_text, True),
        "options": (read_texts, True),
        "answer": (read_text, True),
    },
    "multi": {
        "prompt": (read_text, True),
        "options": (read_texts, True),
        "answer": (read_texts, True),
    },
    "statements": {"prompt": (read_text, True), "statements": (read_statements, True)},
    "truefalse": {
        "statement": (read_text, True),
        "answer": (read_bool, True),
        "fix": (read_text, False),
        "prompt": (read_text, False),
    },
    "cloze": {"text": (read_text, True), "prompt": (read_text, False)},
    "match": {"prompt": (read_text, True), "pairs": (read_pairs, True)},
}

#: File-level fields: defaults for the file's questions (topic, tags, source), the questions,
#: ``generated_from`` (the notes a generated file comes from) and ``suppress`` (generated ids
#: an authored file drops).
FILE_FIELDS = ("topic", "tags", "source", "questions", "generated_from", "suppress")
_FILE_ONLY = {"generated_from": read_text, "suppress": read_texts}


@dataclass(frozen=True)
class FileMeta:
    """File-level settings that are not question defaults."""

    generated_from: str = ""
    suppress: tuple[str, ...] = ()


def _unknown_field_message(name: str, qtype: str) -> str:
    if name == "<<":
        return f"unknown field '<<' for a {qtype} question: {MERGE_HINT}"
    allowed = [*COMMON_FIELDS, *TYPE_FIELDS[qtype]]
    owners = [t for t, fields in TYPE_FIELDS.items() if name in fields]
    if owners:
        return (
            f"the field {name!r} is not used by {qtype} questions (it belongs to "
            f"{', '.join(owners)})"
        )
    return f"unknown field {name!r} for a {qtype} question" + suggest(name, allowed)


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


def _build_record(
    ctx: FieldContext, index: int, raw: Any, defaults: dict[str, Any]
) -> Record | None:
    """One question's record (see :func:`quizbot.bank.model.question_from_record`)."""
    where: tuple[PathKey, ...] = ("questions", index)
    if type(raw) is not dict:
        ctx.error(
            where,
            f"question {index + 1} must be a mapping (id, type, prompt, ...), "
            f"but it is {kind_of(raw)}",
        )
        return None
    if "<<" in raw:  # the fields it would merge (the type, often) are not there
        ctx.error((*where, "<<"), f"question {index + 1} uses a merge key: {MERGE_HINT}", key=True)
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
            hint = suggest(qtype_raw, list(TYPE_FIELDS)) if isinstance(qtype_raw, str) else ""
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
            except InvalidField:
                ok = False
        elif key != "type":
            key = str(key)
            ctx.error((*where, key), _unknown_field_message(key, qtype), key=True)
            misspelt.add(closest(key, list(_FIELDS[qtype])) or "")
            ok = False
    if not _REQUIRED[qtype] <= raw.keys():
        for name in sorted(_REQUIRED[qtype] - raw.keys() - misspelt):
            ctx.error(where, f"{qtype} question {index + 1} is missing the required field {name!r}")
        ok = False
    if "id" in record and not _ID_PATTERN.match(record["id"]):
        ctx.error((*where, "id"), _id_message(record["id"]))
        ok = False
    rules = TYPE_RULES[qtype]
    if not ok or (rules is not None and not rules(ctx, where, record)):
        return None
    for name, default in defaults.items():
        if name not in record:
            record[name] = default
    return record


def _id_message(qid: str) -> str:
    """Why an id is refused, naming the first character that is not allowed."""
    allowed = "ids may hold only ASCII letters, digits and '.', '_', '-', ':', '/'"
    at = next((i for i, c in enumerate(qid) if not _ID_PATTERN.match(("a" if i else "") + c)), 0)
    char = qid[at] if qid else ""
    if not qid:
        return f"the id is empty; {allowed}"
    if char.isspace():
        what = "a space" if char == " " else f"a space (U+{ord(char):04X})"
    elif at == 0 and char in "._:/-":
        return f"the id {qid!r} starts with {char!r}; an id starts with a letter or a digit"
    else:
        what = f"{char!r} (U+{ord(char):04X} {unicodedata.name(char, 'unnamed')})"
    hint = ""
    if not qid.isascii():
        accents_off = unicodedata.normalize("NFKD", qid).encode("ascii", "ignore").decode()
        ascii_id = _ID_CHAR_OUT.sub("-", accents_off).strip("-._:/")
        if ascii_id and _ID_PATTERN.match(ascii_id):
            hint = f"; write {ascii_id!r}"
    return (
        f"the id {qid!r} holds {what}: {allowed}, so that an id is the same in every file "
        f"system, URL and export (progress is keyed on it){hint}"
    )


def validate_file(file: YamlFile, stem: str) -> tuple[list[Record], list[Problem], FileMeta]:
    """Question records, problems (the parser's first: a YAML error, a refused tag) and file
    settings of one parsed file, problems in file order.

    ``stem`` prefixes derived ids.
    """
    ctx = FieldContext(file, stem, list(file.problems))
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
        if key == "<<":
            ctx.error((key,), f"the file uses a merge key: {MERGE_HINT}", key=True)
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
                else suggest(key, FILE_FIELDS)
            )
            ctx.error((key,), f"unknown file-level field {key!r}{hint}", key=True)
            continue
        with contextlib.suppress(InvalidField):
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
            f"but it is {kind_of(raw_questions)}",
        )
        return [], ctx.problems, file_meta
    skipped = file.skipped  # questions dropped for a refused tag, already reported at the tag
    aliases = question_aliases(file.text)
    for alias in aliases:
        of = (
            f"question {alias.of_question + 1} (line {alias.anchor_line})"
            if alias.of_question is not None
            else f"the value at line {alias.anchor_line}"
            if alias.anchor_line
            else "another value"
        )
        ctx.problems.append(
            Problem(
                file.path,
                alias.line,
                alias.column,
                f"question {alias.question + 1} is an alias ('*{alias.anchor}') of {of}: a "
                "question may not be an alias of a whole question, as it would share its id; "
                "write the question out with its own id",
            )
        )
    if aliases:
        skipped = skipped | {a.question for a in aliases}
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
