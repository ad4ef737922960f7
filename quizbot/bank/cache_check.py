"""Checking data read back from the bank cache against the model, field by field, so that
a damaged or forged cache never reaches a question: anything that is not exactly what quizbot
writes raises :class:`CacheDamaged` (and the cache, or the entry, is rebuilt from the file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from quizbot.bank.model import QUESTION_TYPES, Problem, Record

_SEVERITIES = ("error", "warning", "note")


class CacheDamaged(ValueError):
    """Cached data that does not have the shape quizbot writes (corrupt or forged)."""


def is_str(v: Any) -> bool:
    return type(v) is str


def text(v: Any) -> str:
    if type(v) is not str:
        raise CacheDamaged("expected text")
    return v


def strs(v: Any) -> tuple[str, ...]:
    if type(v) is not list or not all(type(s) is str for s in v):
        raise CacheDamaged("expected a list of text")
    return tuple(v)


def _tuples(v: Any, size: int | None) -> tuple[tuple[str, ...], ...]:
    if type(v) is not list:
        raise CacheDamaged("expected a list")
    out = tuple(strs(item) for item in v)
    if size is not None and any(len(item) != size for item in out):
        raise CacheDamaged("expected pairs")
    return out


def _statements(v: Any) -> tuple[tuple[str, bool, str], ...]:
    if type(v) is not list:
        raise CacheDamaged("expected statements")
    out = []
    for item in v:
        if type(item) is not list or len(item) != 3:
            raise CacheDamaged("expected a statement")
        text, correct, fix = item
        if type(text) is not str or type(correct) is not bool or type(fix) is not str:
            raise CacheDamaged("expected a statement")
        out.append((text, correct, fix))
    return tuple(out)


def _source(v: Any) -> tuple[str, str, int] | None:
    if v is None:
        return None
    if type(v) is not list or len(v) != 3:
        raise CacheDamaged("expected a source")
    file, heading, line = v
    if type(file) is not str or type(heading) is not str or type(line) is not int:
        raise CacheDamaged("expected a source")
    return (file, heading, line)


def _scalar(*kinds: type) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if type(v) not in kinds:
            raise CacheDamaged(f"expected {' or '.join(k.__name__ for k in kinds)}")
        return v

    return check


def _optional_number(v: Any) -> float | None:
    if v is None or type(v) is float:
        return v
    raise CacheDamaged("expected a number")


#: How a record field is read back, by the field's annotation in the model.
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "str": _scalar(str),
    "bool": _scalar(bool),
    "int | None": _scalar(int, type(None)),
    "float | None": _optional_number,
    "tuple[str, ...]": strs,
    "tuple[tuple[str, ...], ...]": lambda v: _tuples(v, None),
    "tuple[tuple[str, str], ...]": lambda v: _tuples(v, 2),
    "tuple[Statement, ...]": _statements,
    "Source | None": _source,
}
_RECORD_FIELDS: dict[str, dict[str, Callable[[Any], Any]]] = {
    qtype: {
        "index": _scalar(int),
        **{f.name: _CONVERT[str(f.type)] for f in fields(cls) if f.name != "origin"},
    }
    for qtype, cls in QUESTION_TYPES.items()
}


def record(raw: Any, qid: str) -> Record:
    if type(raw) is not dict:
        raise CacheDamaged("expected a record")
    spec = _RECORD_FIELDS.get(raw.get("type"))  # type: ignore[arg-type]
    if spec is None or raw.get("id") != qid or "index" not in raw:
        raise CacheDamaged("expected a record")
    record: Record = {"type": raw["type"]}
    for key, value in raw.items():
        if key != "type":
            convert = spec.get(key)
            if convert is None:
                raise CacheDamaged(f"unexpected field {key!r}")
            record[key] = convert(value)
    return record


def problems(v: Any) -> tuple[Problem, ...]:
    if type(v) is not list:
        raise CacheDamaged("expected problems")
    out = []
    for item in v:
        if type(item) is not list or len(item) != 5:
            raise CacheDamaged("expected a problem")
        path, line, column, message, severity = item
        if not (
            is_str(path)
            and type(line) is int
            and type(column) is int
            and is_str(message)
            and severity in _SEVERITIES
        ):
            raise CacheDamaged("expected a problem")
        out.append(Problem(path, line, column, message, severity))
    return tuple(out)


def indices(strings: tuple[str, ...]) -> list[int]:
    table: dict[str, int] = {}
    return [table.setdefault(s, len(table)) for s in strings]


def unpacked(v: Any, count: int) -> tuple[str, ...]:
    if type(v) is not list or len(v) != 2:
        raise CacheDamaged("expected a table")
    table, indices = strs(v[0]), v[1]
    if type(indices) is not list or len(indices) != count:
        raise CacheDamaged("expected indices")
    try:
        return tuple(map(table.__getitem__, indices))
    except (IndexError, TypeError) as error:
        raise CacheDamaged("expected indices") from error
