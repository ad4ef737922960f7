"""The shipped JSON Schema matches the validator and accepts/rejects what it should."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quizbot.bank.schema import schema_json
from quizbot.bank.yamlrs import loads
from quizbot.paths import schema_path
from tests.conftest import BUNDLED_BANK


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_shipped_schema_is_generated_from_the_validator_tables() -> None:
    assert schema_path().read_text(encoding="utf-8") == schema_json(), (
        "regenerate it: python -m quizbot.bank.schema > quizbot/bank/question-file.schema.json"
    )


@pytest.mark.parametrize("path", sorted(BUNDLED_BANK.rglob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_file_is_valid(validator: jsonschema.Draft7Validator, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    head = text.splitlines()[:3]
    assert any(line.startswith("# yaml-language-server: $schema=") for line in head), (
        "modeline for editors"
    )
    errors = [e.message for e in validator.iter_errors(loads(text))]
    assert errors == []


INVALID: dict[str, dict[str, Any]] = {
    "options as text": {
        "questions": [{"type": "mcq", "prompt": "p", "options": "A, B", "answer": "A"}]
    },
    "misspelled field": {"questions": [{"type": "short", "prompt": "p", "anwser": "x"}]},
    "unknown type": {"questions": [{"type": "essay", "prompt": "p"}]},
    "truefalse answer as text": {
        "questions": [{"type": "truefalse", "statement": "s", "answer": "yes"}]
    },
    "cloze without blank": {"questions": [{"type": "cloze", "text": "no blank"}]},
    "no questions": {"topic": "x"},
    "one-sided pair": {
        "questions": [{"type": "match", "prompt": "p", "pairs": [["a"], ["b", "c"]]}]
    },
}


@pytest.mark.parametrize("document", INVALID.values(), ids=INVALID.keys())
def test_schema_rejects_invalid_files(
    validator: jsonschema.Draft7Validator, document: dict[str, Any]
) -> None:
    assert list(validator.iter_errors(document)), "the schema must reject this"
