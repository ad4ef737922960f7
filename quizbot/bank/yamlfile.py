"""Reading one YAML question file safely: size, encoding, syntax, tags, and positions.

Two parsers, each for what it is best at:

* ``yaml_rs`` (Rust, behind :mod:`quizbot.bank.yamlrs`) turns the text into plain Python data.
  It is about ten times faster than PyYAML's ``CSafeLoader`` on the 50k-question benchmark
  bank, refuses duplicate keys, limits alias expansion ("billion laughs") and nesting depth,
  and never constructs objects from tags.
* PyYAML's ``CSafeLoader`` composes a node graph with a mark (line, column) for every key and
  value. It runs only when needed: to place a problem at its line and column, and (its event
  parser, in :mod:`quizbot.bank.yamltags`) to find the tags an author wrote, such as
  ``!!python/object``, with their position. It only ever sees text that ``yaml_rs`` has
  accepted, or accepts once refused tags are blanked out, so it never meets unbounded nesting
  (which its recursive composer, and libyaml's quadratic simple-key bookkeeping, cannot take).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from quizbot.bank.discover import os_error_words, special_file
from quizbot.bank.model import Problem
from quizbot.bank.numbers import may_rewrite_integers
from quizbot.bank.yamlrs import YamlError, YamlErrorKind, YamlRefused, loads
from quizbot.bank.yamltags import (
    find_refused_tags,
    printable,
    readable_without_named_tags,
    tag_message,
    without_tags,
    written_tags,
)
from quizbot.textfile import NotUtf8, decode_utf8, line_column

#: Files larger than this are refused before parsing.
MAX_FILE_BYTES = 5 * 1024 * 1024

#: A '!' that can start a tag: at the start, or after a space, a flow indicator or ':'.
_TAG_START = re.compile(r"(?<![^\s\[{,:])!")
_DOC_MARKER = re.compile(r"^(---|\.\.\.)(?=\s|$)", re.MULTILINE)

PathKey = str | int


@dataclass
class YamlFile:
    """A question file read from disk: its text, data, and a lazy position finder."""

    path: str
    text: str = ""
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    #: Indices under ``questions`` of questions dropped for a refused tag (already reported).
    skipped: frozenset[int] = frozenset()
    _root: yaml.Node | None = field(default=None, repr=False)
    _composed: bool = field(default=False, repr=False)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def problem(
        self, where: Sequence[PathKey], message: str, *, key: bool = False, severity: str = "error"
    ) -> Problem:
        """A problem placed at the value (or, with ``key``, the key) found at ``where``."""
        line, column = self.position(where, key=key)
        return Problem(self.path, line, column, message, severity)  # type: ignore[arg-type]

    @functools.cached_property
    def rewrites_integers(self) -> bool:
        """Whether the text may hold an integer YAML reads as another number's digits
        (``0x1F``, ``0o17``, ``0b11``, ``010``, ``1_000``, ``+5``, ``-0``); without one, every
        integer reads back as exactly the digits the author wrote."""
        return may_rewrite_integers(self.text)

    def scalar_source(self, where: Sequence[PathKey]) -> str | None:
        """The text the author wrote for the plain scalar at ``where`` (``None`` if there is
        no such scalar): YAML turns ``3.10`` into 3.1, this gives ``3.10``."""
        import yaml

        node = self._node(where)
        if isinstance(node, yaml.ScalarNode) and not node.style and node.value.strip():
            return str(node.value).strip()
        return None

    def _node(self, where: Sequence[PathKey]) -> yaml.Node | None:
        """The node at exactly ``where``, if there is one."""
        import yaml

        node = self._compose()
        for step in where:
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                node = next(
                    (
                        v
                        for k, v in node.value
                        if isinstance(k, yaml.ScalarNode) and k.value == step
                    ),
                    None,
                )
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                node = node.value[step] if 0 <= step < len(node.value) else None
            else:
                return None
        return node

    def position(self, where: Sequence[PathKey], *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the node at ``where`` (the nearest existing ancestor)."""
        import yaml

        node = self._compose()
        if node is None:
            return 1, 1
        mark = node.start_mark
        for step in where:
            found: yaml.Node | None = None
            key_node: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == step:
                        key_node, found = k, v
                        break
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(step, int)
                and 0 <= step < len(node.value)
            ):
                found = node.value[step]
            if found is None:
                break
            node = found
            mark = key_node.start_mark if (key and key_node is not None) else node.start_mark
        return mark.line + 1, mark.column + 1

    def _compose(self) -> yaml.Node | None:
        import yaml

        if not self._composed:
            self._composed = True
            try:
                # yaml_rs accepted this text, so nesting is bounded; a PyYAML quirk must never
                # cost the learner their message, hence the broad fallback to line 1.
                self._root = yaml.compose(printable(self.text), Loader=yaml.CSafeLoader)
            except yaml.YAMLError:
                self._root = None
        return self._root


def read_yaml_file(path: Path, display: str | None = None) -> YamlFile:
    """Read and parse ``path``; every failure becomes a :class:`Problem`, never an exception."""
    name = display or str(path)
    result = YamlFile(name)
    try:
        info = path.stat()
        special = special_file(info.st_mode)
        if special is not None:  # never opened: a FIFO would block, a device never end
            result.problems.append(Problem(name, 0, 0, special))
            return result
        size = info.st_size
        if size > MAX_FILE_BYTES:
            result.problems.append(
                Problem(
                    name,
                    1,
                    1,
                    f"the file is {size / 1024 / 1024:.1f} MB; question files are limited "
                    f"to {MAX_FILE_BYTES // 1024 // 1024} MB (split it into several files)",
                )
            )
            return result
        raw = path.read_bytes()
    except OSError as exc:
        result.problems.append(Problem(name, 0, 0, f"cannot read the file: {os_error_words(exc)}"))
        return result
    try:
        text = decode_utf8(raw)
    except NotUtf8 as exc:
        result.problems.append(Problem(name, exc.line, exc.column, str(exc)))
        return result
    return parse_yaml_text(text, name, result)


def parse_yaml_text(text: str, name: str, result: YamlFile | None = None) -> YamlFile:
    """Parse ``text`` as one YAML document into plain data, collecting problems.

    An explicit tag outside the core schema is refused at its position, and only the question
    holding it is dropped (``skipped``); a refused tag outside every question refuses the file.
    """
    result = result or YamlFile(name)
    result.text = text
    unreadable: YamlError | None = None
    try:
        data = loads(text)
    except YamlRefused as refused:
        if refused.error.kind is not YamlErrorKind.INVALID_TAG:
            result.problems.append(_syntax_problem(result, refused.error))
            return result
        # yaml_rs stops at a tag it will not read, before it has checked nesting and aliases;
        # PyYAML may look at the text only once yaml_rs reads it with such tags blanked out.
        stop = readable_without_named_tags(text, refused.error)
        if stop is not None:
            result.problems.append(_syntax_problem(result, refused.error))
            if stop is not refused.error:
                result.problems.append(_syntax_problem(result, stop))
            return result
        data, unreadable = None, refused.error
    # Only tags the author wrote matter (found by PyYAML's parser, which resolves none);
    # '!' must start a token to be a tag, so "yyyy-mm-dd!" needs no look.
    tagged = unreadable or ("!" in text and _TAG_START.search(text))
    refused_tags = find_refused_tags(text) if tagged else []
    if refused_tags:
        questions = {r.question for r in refused_tags}
        whole_file = None in questions
        for found in refused_tags:
            lost = (
                "the file was not loaded"
                if whole_file or found.question is None
                else f"question {found.question + 1} was skipped"
            )
            result.problems.append(
                Problem(result.path, found.line, found.column, f"{found.message} ({lost})")
            )
        if whole_file:
            return result
        if unreadable:
            try:
                data = loads(without_tags(text, refused_tags))
            except YamlRefused as refused:
                result.problems.append(_syntax_problem(result, refused.error))
                return result
        result.skipped = frozenset(q for q in questions if q is not None)
    elif unreadable:
        result.problems.append(_syntax_problem(result, unreadable))
        return result
    if isinstance(data, list) and _DOC_MARKER.search(text) and _document_count(result) > 1:
        result.problems.append(
            result.problem(
                (),
                "the file holds several YAML documents ('---'); put one mapping with "
                "'questions' in each file",
            )
        )
        return result
    result.data = data
    return result


def _document_count(result: YamlFile) -> int:
    import yaml

    try:
        return sum(1 for _ in yaml.compose_all(printable(result.text), Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return 1


#: What the author may check, by the kind of syntax error yaml_rs reported.
_HINTS = {
    YamlErrorKind.MAPPING_VALUE: " (a value that contains ': ' must be quoted)",
    YamlErrorKind.QUOTED_SCALAR: " (is a quote left unclosed above this line?)",
    YamlErrorKind.INDENTATION: " (check the indentation of this line and the one above)",
}


def _syntax_problem(result: YamlFile, error: YamlError) -> Problem:
    """Turn a yaml_rs error into ``path:line:column: message`` with a hint for the author."""
    line, column = (
        (error.line, error.column)
        if error.line is not None and error.column is not None
        else (1, 1)
    )
    tag = error.tag if error.line is None else None
    if tag is not None:  # yaml_rs names the tag it refused, but not where it is
        written = next(written_tags(result.text, tag), None)
        if written is not None:
            line, column = line_column(result.text, written.start())
        if error.kind is YamlErrorKind.INVALID_TAG:
            return Problem(
                result.path, line, column, tag_message(tag) + " (the file was not loaded)"
            )
    if error.kind is YamlErrorKind.DUPLICATE_KEY:
        return _duplicate_key_problem(result, error.message)
    if error.kind is YamlErrorKind.ALIAS_LIMIT:
        anchor = re.search(r"&\w", result.text)
        line, column = line_column(result.text, anchor.start() if anchor else 0)
        return Problem(
            result.path,
            line,
            column,
            "refused: aliases expand to too much data (an alias bomb?); question "
            "files need few or no anchors and aliases",
        )
    if error.kind is YamlErrorKind.RECURSION_LIMIT:
        return Problem(
            result.path,
            line,
            column,
            "refused: the data is nested too deeply; question files need only a few "
            "levels (file → questions → question → field)",
        )
    tab = _tab_position(result.text, line, column, mentions_tab=error.mentions_tab)
    if tab is not None:
        return Problem(
            result.path,
            *tab,
            "YAML syntax error: found a tab character; YAML "
            "indents with spaces, never tabs (replace the tab with spaces)",
        )
    return Problem(
        result.path, line, column, f"YAML syntax error: {error.message}{_HINTS.get(error.kind, '')}"
    )


def _tab_position(
    text: str, line: int, column: int, *, mentions_tab: bool
) -> tuple[int, int] | None:
    """Line and column (1-based) of the tab behind a syntax error reported at ``line:column``.

    yaml_rs places tab errors loosely: on the character after the tab, or at the start of the
    plain value whose next line is indented with a tab. The culprit is a tab in the reported
    line's indentation, just before the reported column, or (when the message is about a tab)
    the first tab after it that indents a line or follows an indicator.
    """
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    end = text.find("\n", start)
    row = text[start:] if end == -1 else text[start:end]
    indent = len(row) - len(row.lstrip(" \t"))
    at = row.find("\t", 0, indent)
    if at == -1 and 2 <= column <= len(row) + 1 and row[column - 2] == "\t":
        at = column - 2
    if at != -1:
        return line, at + 1
    if not mentions_tab:
        return None
    first = -1
    at = text.find("\t", start + max(column - 2, 0))
    while at != -1:
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip(" ") or text[at - 1] in ":-?,[{":
            first = at
            break
        first = at if first == -1 else first
        at = text.find("\t", at + 1)
    if first == -1:
        return None
    return line_column(text, first)


def _duplicate_key_problem(result: YamlFile, reason: str) -> Problem:
    """Place a duplicate key, which yaml_rs reports without a position."""
    import yaml

    root = result._compose()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, yaml.Node] = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        first = seen[k.value].start_mark
                        return Problem(
                            result.path,
                            k.start_mark.line + 1,
                            k.start_mark.column + 1,
                            f"the key {k.value!r} appears twice in one mapping (first "
                            f"at line {first.line + 1}); keep one",
                        )
                    seen[k.value] = k
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return Problem(result.path, 1, 1, f"YAML error: {reason}")
