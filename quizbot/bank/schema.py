"""The JSON Schema for question files, generated from the validator's own field tables.

The shipped file ``question-file.schema.json`` is this function's output (a test keeps them
equal), so editors (VS Code, Neovim via yaml-language-server) check exactly what
``quizbot check`` checks, short of the cross-field rules (answer among options, ...).
"""

from __future__ import annotations

import json
from typing import Any

from quizbot.bank.field_readers import (
    read_bool,
    read_int,
    read_list_items,
    read_number,
    read_pairs,
    read_source,
    read_statements,
    read_text,
    read_texts,
)
from quizbot.bank.validate import COMMON_FIELDS, TYPE_FIELDS

_TEXT: dict[str, Any] = {"type": ["string", "number"], "minLength": 1}
_DESCRIPTIONS = {
    "id": "Unique across the bank; progress is keyed on it. Letters, digits, . _ - : /",
    "type": "The question type.",
    "topic": "Topic path, levels separated by ' › ' (e.g. India–Russia › Energy).",
    "tags": "Free-form tags (e.g. gs2, ir).",
    "explanation": "Shown after the answer: teach the fact and its context.",
    "source": "Where the question comes from in the notes.",
    "reject": "Plausible wrong answers the grader must never accept.",
    "prompt": "The question as asked.",
    "answer": "The correct answer.",
    "aliases": "Other accepted forms of the answer.",
    "tolerance": "Absolute tolerance for a numeric answer.",
    "min_correct": 'How many items are enough for full credit ("name any two").',
    "options": "The choices, each distinct.",
    "statements": "Numbered statements, each true or false.",
    "statement": "The statement to judge true or false.",
    "fix": "The corrected statement, when it is false.",
    "text": "Cloze text; blanks are {{answer}} or {{answer|alias}}.",
    "pairs": "[left, right] pairs to match; each side unique.",
}


def _field_schema(name: str, reader: object, qtype: str) -> dict[str, Any]:
    schema: dict[str, Any]
    if reader is read_text:
        schema = dict(_TEXT)
        if name == "text" and qtype == "cloze":
            schema["pattern"] = r"\{\{.*?\}\}"
    elif reader is read_texts:
        schema = {"type": "array", "items": _TEXT}
        if name in ("options", "answer"):
            schema.update(minItems=1 if name == "answer" else 2, uniqueItems=True)
    elif reader is read_list_items:
        schema = {
            "type": "array",
            "minItems": 1,
            "items": {
                "anyOf": [_TEXT, {"type": "array", "items": _TEXT, "minItems": 1}],
            },
        }
    elif reader is read_bool:
        schema = {"type": "boolean"}
    elif reader is read_int:
        schema = {"type": "integer", "minimum": 1}
    elif reader is read_number:
        schema = {"type": "number", "minimum": 0}
    elif reader is read_source:
        schema = {"$ref": "#/definitions/source"}
    elif reader is read_statements:
        schema = {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/statement"}}
    elif reader is read_pairs:
        schema = {
            "type": "array",
            "minItems": 2,
            "items": {"type": "array", "items": _TEXT, "minItems": 2, "maxItems": 2},
        }
    else:  # pragma: no cover - a new reader must be described here
        raise TypeError(f"no schema for field {name!r}")
    if name == "id":
        schema = {"type": ["string", "integer"], "pattern": r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"}
    if name in _DESCRIPTIONS:
        schema["description"] = _DESCRIPTIONS[name]
    if reader is read_list_items:
        schema["description"] = (
            "The items, in any order when answered. An item with other accepted forms is a "
            "list, the form shown first: [[United Kingdom, UK, Britain], France]."
        )
    return schema


def build_schema() -> dict[str, Any]:
    """The schema as a JSON-compatible dict (draft-07, which every editor plugin reads)."""
    definitions: dict[str, Any] = {
        "source": {
            "type": "object",
            "additionalProperties": False,
            "required": ["file"],
            "properties": {
                "file": _TEXT,
                "heading": {"type": "string"},
                "line": {"type": "integer", "minimum": 0},
            },
        },
        "statement": {
            "type": "object",
            "additionalProperties": False,
            "required": ["text", "correct"],
            "properties": {
                "text": _TEXT,
                "correct": {"type": "boolean"},
                "fix": dict(_TEXT, description=_DESCRIPTIONS["fix"]),
            },
        },
    }
    branches = []
    for qtype, fields in TYPE_FIELDS.items():
        every = {**COMMON_FIELDS, **fields}
        properties = {
            name: _field_schema(name, reader, qtype) for name, (reader, _) in every.items()
        }
        properties["type"] = {"const": qtype, "description": _DESCRIPTIONS["type"]}
        definitions[qtype] = {
            "type": "object",
            "additionalProperties": False,
            "properties": properties,
            "required": [name for name, (_, required) in every.items() if required],
        }
        branches.append(
            {
                "if": {"properties": {"type": {"const": qtype}}, "required": ["type"]},
                "then": {"$ref": f"#/definitions/{qtype}"},
            }
        )
    definitions["question"] = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(TYPE_FIELDS), "description": _DESCRIPTIONS["type"]}},
        "allOf": branches,
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://quizbot.invalid/question-file.schema.json",
        "title": "quizbot question file",
        "description": "A YAML file of exam questions for quizbot. See README, 'Writing "
        "questions'.",
        "type": "object",
        "additionalProperties": False,
        "anyOf": [{"required": ["questions"]}, {"required": ["suppress"]}],
        "properties": {
            "topic": _field_schema("topic", read_text, ""),
            "tags": _field_schema("tags", read_texts, ""),
            "source": {"$ref": "#/definitions/source"},
            "questions": {"type": ["array", "null"], "items": {"$ref": "#/definitions/question"}},
            "generated_from": dict(
                _TEXT,
                description="The notes this file was generated from (set by quizbot generate).",
            ),
            "suppress": {
                "type": "array",
                "items": _TEXT,
                "description": "Generated question ids to leave out of the bank.",
            },
        },
        "definitions": definitions,
    }


def schema_json() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_json(), end="")
