"""``quizbot check --write-ids``: pin derived ids into the files, changing nothing else.

The file is edited as text, not re-dumped: for each question without an id, ``id: <id>`` is
inserted just before its first key (``id: x, `` in a flow mapping ``{...}``; a line of its
own, at the key's indentation, in a block mapping). Every other byte stays as the author
wrote it: comments, quoting, key order, long lines, the line endings (CRLF, CR or LF, as the
line where the id goes ends) and a byte-order mark.

The edited text is read back before anything is written: the file is replaced (atomically,
:func:`quizbot.atomic.write_atomic`) only when it holds exactly the questions it held
before, each with its id now pinned. A file that cannot be edited safely (a question shared
through an alias, a position that does not check out) or written (a full disk, a read-only
file) is reported and left exactly as it was.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizbot.atomic import write_atomic
from quizbot.bank.discover import os_error_words
from quizbot.bank.model import Problem, Question

if TYPE_CHECKING:
    import yaml

_BOM = "\ufeff"
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")


@dataclass
class PinnedIds:
    """What :func:`write_ids` did: ids written per file, and files it left alone (why)."""

    written: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class _CannotPin(Exception):
    """This file cannot be edited safely; the message says why."""


@dataclass(frozen=True)
class Pinned:
    """A file's bytes with ids pinned, how many, and the questions left without one
    (line, column, why)."""

    raw: bytes
    count: int
    skipped: tuple[tuple[int, int, str], ...] = ()


def write_ids(questions: Iterable[Question]) -> PinnedIds:
    """Pin the derived id of every question that has one into its file."""
    by_file: dict[str, dict[int, str]] = defaultdict(dict)
    for q in questions:
        if q.derived_id and q.origin is not None:
            by_file[q.origin.path][q.origin.index] = q.id
    result = PinnedIds()
    for path, ids in by_file.items():
        file = Path(path)
        try:
            pinned = pin_ids(file.read_bytes(), ids)
            if pinned.count:
                write_atomic(file, pinned.raw)
        except OSError as error:
            reason = os_error_words(error)
            result.problems.append(
                Problem(path, 0, 0, f"could not write the ids ({reason}); the file is unchanged")
            )
            continue
        except _CannotPin as error:
            result.problems.append(
                Problem(path, 0, 0, f"could not write the ids: {error}; the file is unchanged")
            )
            continue
        result.problems += [Problem(path, *where) for where in pinned.skipped]
        if pinned.count:
            result.written[path] = pinned.count
    return result


def pin_ids(raw: bytes, ids: dict[int, str]) -> Pinned:
    """``raw`` (a question file's bytes) with ``ids`` (by index under ``questions``) pinned
    into the questions that have no ``id`` yet."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _CannotPin("it is no longer UTF-8") from None
    bom = text.startswith(_BOM)
    if bom:
        text = text[1:]
    edits, skipped = _edits(text, ids)
    if not edits:
        return Pinned(raw, 0, skipped)
    pieces, start = [], 0
    for offset, insert, _ in sorted(edits):
        pieces += [text[start:offset], insert]
        start = offset
    edited = "".join([*pieces, text[start:]])
    _check(text, edited, {index: ids[index] for _, _, index in edits})
    return Pinned(((_BOM if bom else "") + edited).encode("utf-8"), len(edits), skipped)


#: Where to insert, what, and the index of the question it pins.
_Edit = tuple[int, str, int]
_Skipped = tuple[tuple[int, int, str], ...]


def _edits(text: str, ids: dict[int, str]) -> tuple[list[_Edit], _Skipped]:
    """(offset, text to insert, index) for every id to pin, and the questions skipped."""
    import yaml

    from quizbot.bank.yamltags import printable

    for loader in (yaml.CSafeLoader, yaml.SafeLoader):  # the C one, checked; else the exact one
        try:
            root = yaml.compose(printable(text), Loader=loader)
        except yaml.YAMLError as error:
            raise _CannotPin(f"the file no longer reads as YAML ({error})") from None
        try:
            return _edits_in(text, root, ids)
        except _Misplaced:
            continue
    raise _CannotPin("the position of a question could not be found")


class _Misplaced(Exception):
    """A mark did not point at the text it should (a parser's column counting)."""


def _edits_in(
    text: str, root: yaml.Node | None, ids: dict[int, str]
) -> tuple[list[_Edit], _Skipped]:
    import yaml

    items = _questions_node(root)
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    shared: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        shared[id(item)].append(index + 1)
    edits: list[_Edit] = []
    skipped: list[tuple[int, int, str]] = []
    reported: set[int] = set()
    for index, new_id in sorted(ids.items()):
        if index >= len(items):
            raise _CannotPin(f"question {index + 1} is not in the file any more")
        node = items[index]
        if not isinstance(node, yaml.MappingNode) or not node.value:
            raise _CannotPin(f"question {index + 1} is not a mapping")
        where = (node.start_mark.line + 1, node.start_mark.column + 1)
        if len(shared[id(node)]) > 1:
            if id(node) in reported:
                continue  # said once for all of them
            reported.add(id(node))
            others = " and ".join(str(n) for n in shared[id(node)])
            skipped.append(
                (
                    *where,
                    f"id not written: questions {others} are one definition shared through an "
                    "alias, so one id would be a duplicate (write each question out)",
                )
            )
            continue
        keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
        if "id" in keys:
            continue
        first = node.value[0][0]
        mark = first.start_mark
        if mark.line >= len(starts):
            raise _Misplaced
        offset = starts[mark.line] + mark.column
        if not _key_at(text, offset, first):
            raise _Misplaced
        scalar = _scalar(new_id)
        if node.flow_style:
            edits.append((offset, f"id: {scalar}, ", index))
        else:
            indent = " " * (offset - starts[mark.line])
            edits.append((offset, f"id: {scalar}{_newline_after(text, offset)}{indent}", index))
    return edits, tuple(skipped)


def _questions_node(root: yaml.Node | None) -> list[yaml.Node]:
    import yaml

    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            questions = isinstance(key, yaml.ScalarNode) and key.value == "questions"
            if questions and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    raise _CannotPin("it has no list of questions")


def _key_at(text: str, offset: int, key: yaml.Node) -> bool:
    """Whether the first key of a question really starts at ``offset``."""
    import yaml

    if not isinstance(key, yaml.ScalarNode) or offset > len(text):
        return False
    if key.style in ("'", '"'):
        return text.startswith(key.style, offset)
    if not key.style:  # plain: None from PyYAML, "" from libyaml
        return text.startswith(str(key.value), offset)
    return False


def _newline_after(text: str, offset: int) -> str:
    """The line break that ends the line holding ``offset`` (else the file's first one)."""
    found = _BREAK.search(text, offset) or _BREAK.search(text)
    return found.group() if found else "\n"


def _scalar(value: str) -> str:
    """``value`` as YAML: plain when it reads back as itself, else double-quoted."""
    import yaml

    if _PLAIN_ID.fullmatch(value):
        try:
            if yaml.safe_load(value) == value:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def _check(before: str, after: str, ids: dict[int, str]) -> None:
    """The edit changed nothing but the ids: the questions read back equal, ids added."""
    from quizbot.bank.yamlrs import YamlRefused, loads

    try:
        old: Any = loads(before)
        new: Any = loads(after)
    except YamlRefused as refused:
        raise _CannotPin(f"the edited file would not read back ({refused.error})") from None
    expected = json.loads(json.dumps(old, default=str))
    for index, new_id in ids.items():
        item = expected["questions"][index]
        if "id" not in item:
            item["id"] = new_id
    if json.loads(json.dumps(new, default=str)) != expected:
        raise _CannotPin("the edited file would not read back as the same questions")
