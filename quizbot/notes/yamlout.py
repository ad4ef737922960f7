"""Generated questions written as a YAML question file, byte for byte the same every time.

The writer is hand-rolled rather than ``yaml.dump`` for two reasons: the output must be
stable across library versions (``--check`` compares bytes), and it must read like an authored
file (block style, plain scalars where safe, one field per line in the order authors use).
Anything that a YAML 1.1 or 1.2 reader could take for something other than a string (numbers,
``yes``/``no``, dates, ``key: value`` lookalikes, leading indicators) is double-quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any, assert_never

from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
)

#: The editor modeline, followed by the schema's path relative to the file.
MODELINE = "# yaml-language-server: $schema="

_PLAIN_START = re.compile(r"^[^\W_]|^[$£€₹“‘(]")
_RESERVED = re.compile(
    r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|null|Null|NULL|~|=|<<)$"
)
_NUMBERISH = re.compile(
    r"^[-+]?(?:\.?[0-9][0-9_,]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF|nan|NaN|NAN)"
    r"|0[xob][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$"
)
_DATEISH = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
_FLOW_UNSAFE = frozenset(",[]{}")


#: Characters that stop a string from being a plain scalar, wherever they are (all of them
#: are non-printable, so a printable string is searched for none).
_UNSAFE_CHARS = re.compile(
    "[\n\t\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)


def _unsafe(text: str) -> bool:
    """Does anything in (non-empty) ``text`` stop it from being a plain scalar: ``": "``,
    ``" #"``, a final colon, space at either end, or a control character?"""
    return (
        ": " in text
        or " #" in text
        or text[-1] == ":"
        or text[0].isspace()
        or text[-1].isspace()
        or (not text.isprintable() and _UNSAFE_CHARS.search(text) is not None)
    )


def _is_plain(text: str, flow: bool) -> bool:
    """Does ``text`` read back as the same string when written plain?"""
    if not text or not _PLAIN_START.match(text) or _unsafe(text):
        return False
    if flow and not _FLOW_UNSAFE.isdisjoint(text):
        return False
    if len(text) <= 5 and _RESERVED.match(text):
        return False
    if text[0].isdigit():  # a number, a date or a time would not stay a string
        return not _NUMBERISH.match(text) and not _DATEISH.match(text)
    return True


def scalar(text: str, flow: bool = False) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same string, else
    double-quoted (JSON escapes are valid YAML escapes)."""
    if _is_plain(text, flow):
        return text
    quoted = encode_basestring(text)  # what json.dumps(text, ensure_ascii=False) gives
    if not quoted.isprintable() and _UNPRINTABLE.search(quoted):
        quoted = _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)
    return quoted


def _flow_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(scalar(i, flow=True) for i in items) + "]"


def _block_list(lines: list[str], key: str, items: Sequence[str], indent: str) -> None:
    lines.append(f"{indent}{key}:")
    for item in items:
        lines.append(f"{indent}  - {scalar(item)}")


def _question_lines(q: Question, file_topic: str, file_tags: tuple[str, ...]) -> list[str]:
    ind = "    "
    lines = [f"  - id: {scalar(q.id)}", f"{ind}type: {q.type}"]
    if q.topic and q.topic != file_topic:
        lines.append(f"{ind}topic: {scalar(q.topic)}")
    if q.tags and q.tags != file_tags:
        lines.append(f"{ind}tags: {_flow_list(q.tags)}")
    prompt = getattr(q, "prompt", "")
    if prompt:
        lines.append(f"{ind}prompt: {scalar(prompt)}")
    match q:
        case Short():
            lines.append(f"{ind}answer: {scalar(q.answer)}")
            if q.aliases:
                _block_list(lines, "aliases", q.aliases, ind)
            if q.tolerance is not None:
                lines.append(f"{ind}tolerance: {q.tolerance!r}")
        case ListQuestion():
            _block_list(lines, "answer", q.answer, ind)
            if q.min_correct is not None:
                lines.append(f"{ind}min_correct: {q.min_correct}")
        case Mcq():
            _block_list(lines, "options", q.options, ind)
            lines.append(f"{ind}answer: {scalar(q.answer)}")
        case Multi():
            _block_list(lines, "options", q.options, ind)
            _block_list(lines, "answer", q.answer, ind)
        case Statements():
            lines.append(f"{ind}statements:")
            for s in q.statements:
                lines.append(f"{ind}  - text: {scalar(s.text)}")
                lines.append(f"{ind}    correct: {'true' if s.correct else 'false'}")
                if s.fix:
                    lines.append(f"{ind}    fix: {scalar(s.fix)}")
        case TrueFalse():
            lines.append(f"{ind}statement: {scalar(q.statement)}")
            lines.append(f"{ind}answer: {'true' if q.answer else 'false'}")
            if q.fix:
                lines.append(f"{ind}fix: {scalar(q.fix)}")
        case Cloze():
            lines.append(f"{ind}text: {scalar(q.text)}")
        case Match():
            lines.append(f"{ind}pairs:")
            for left, right in q.pairs:
                lines.append(f"{ind}  - {_flow_list((left, right))}")
        case _:
            assert_never(q)
    if q.reject:
        _block_list(lines, "reject", q.reject, ind)
    if q.explanation:
        lines.append(f"{ind}explanation: {scalar(q.explanation)}")
    if q.source is not None:
        src = q.source
        parts = [f"file: {scalar(src.file, flow=True)}"]
        if src.heading:
            parts.append(f"heading: {scalar(src.heading, flow=True)}")
        if src.line:
            parts.append(f"line: {src.line}")
        lines.append(f"{ind}source: {{{', '.join(parts)}}}")
    return lines


def header(notes_path: str) -> str:
    """The first line of every generated file (``--check`` and clean-up recognise it)."""
    return (
        f"# Generated by quizbot generate from {notes_path}; do not edit: edit the notes "
        "or override by id in an authored file."
    )


def render(
    questions: Sequence[Question],
    notes_path: str,
    topic: str = "",
    tags: Sequence[str] = (),
    schema: str | None = None,
) -> str:
    """The YAML file for questions generated from ``notes_path``; ``schema`` is the JSON
    Schema's path relative to the file, for the editor modeline (none without it)."""
    file_tags = tuple(tags)
    lines = [header(notes_path)]
    if schema:
        lines.append(f"{MODELINE}{schema}")
    lines.append(f"generated_from: {scalar(notes_path)}")
    if topic:
        lines.append(f"topic: {scalar(topic)}")
    if file_tags:
        lines.append(f"tags: {_flow_list(file_tags)}")
    if not questions:
        lines.append("questions: []")
        return "\n".join(lines) + "\n"
    lines.append("questions:")
    for question in questions:
        lines.extend(_question_lines(question, topic, file_tags))
    return "\n".join(lines) + "\n"


def without_modeline(text: str) -> str:
    """A generated file's text without its modeline (which depends on where the bank and
    quizbot are, not on the notes)."""
    head, sep, rest = text.partition("\n")
    if rest.startswith(MODELINE):
        rest = rest.partition("\n")[2]
    return head + sep + rest


def plain_data(question: Question) -> dict[str, Any]:
    """A question as the YAML data it is written as (for tests: rendering round-trips)."""
    data: dict[str, Any] = {"id": question.id, "type": question.type}
    for name in (
        "prompt",
        "statement",
        "text",
        "answer",
        "aliases",
        "options",
        "min_correct",
        "fix",
        "pairs",
        "statements",
        "explanation",
    ):
        value = getattr(question, name, None)
        if value in (None, (), ""):
            continue
        if name == "statements":
            value = [
                {"text": s.text, "correct": s.correct, **({"fix": s.fix} if s.fix else {})}
                for s in value
            ]
        elif name == "pairs":
            value = [list(p) for p in value]
        elif isinstance(value, tuple):
            value = list(value)
        data[name] = value
    return data
