"""Explicit tags in a question file: which are refused, where they are, which question holds them.

PyYAML's event parser reports exactly the tags written in the text: implicit resolution
(``2021-12-06`` as a timestamp, ``<<`` as a merge key) never happens at that level. It only
ever sees text that yaml_rs accepted, or refused for a tag alone, so it never meets unbounded
nesting (which its recursive composer, and libyaml's quadratic simple-key bookkeeping, cannot
take).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from quizbot.bank.yamlrs import YamlError, YamlErrorKind, YamlRefused, loads

if TYPE_CHECKING:
    import yaml

#: Tags a question file may use explicitly (the YAML core schema).
_SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)

#: Characters PyYAML's reader refuses; replaced by spaces (same offsets) before composing.
_NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"

#: Distinct tag names blanked, one yaml_rs pass each, before a file is refused whole.
_MAX_TAG_NAMES = 16


def printable(text: str) -> str:
    """``text`` with characters PyYAML refuses blanked out, keeping every offset."""
    return re.sub(_NON_PRINTABLE, " ", text)  # compiled (slowly) only when first needed


@dataclass(frozen=True)
class RefusedTag:
    """An explicit tag outside the core schema (or an alias to a value holding one)."""

    line: int
    column: int
    message: str
    #: Index under ``questions`` of the question holding it; None outside every question.
    question: int | None
    #: Offsets of the tag's characters in the text (None for an alias).
    span: tuple[int, int] | None = None


@dataclass
class _Open:
    """A collection the event parser is inside, and where in it the parser stands."""

    mapping: bool
    #: The collection's anchor, if it has one.
    anchor: str | None
    #: Mapping: the next node is a key (else the value of ``key``).
    at_key: bool
    #: Mapping: the key whose value comes (or came) last; None for a key that is no string.
    key: str | None = None
    #: Sequence: index of the item that comes next.
    index: int = 0

    def step(self, scalar: str | None) -> None:
        """Step past the node that just ended (``scalar``: its value, if a scalar)."""
        if not self.mapping:
            self.index += 1
        elif self.at_key:
            self.key, self.at_key = scalar, False
        else:
            self.at_key = True


def _question_index(inside: list[_Open]) -> int | None:
    """Index of the question the parser is in (an item of the root's ``questions`` list)."""
    if len(inside) < 2:
        return None
    root, questions = inside[0], inside[1]
    if root.mapping and not root.at_key and root.key == "questions" and not questions.mapping:
        return questions.index
    return None


class _Found(NamedTuple):
    """A node with a refused tag, or an alias to one, as the event parser met it."""

    #: Offset, 0-based line and column where the node starts.
    offset: int
    line: int
    column: int
    #: The anchor an alias node names; None for a tagged node.
    alias: str | None
    question: int | None

    @classmethod
    def of(cls, event: yaml.NodeEvent, alias: str | None, question: int | None) -> _Found:
        mark = event.start_mark
        assert mark is not None  # the C parser marks every event
        return cls(mark.index, mark.line, mark.column, alias, question)


class _TagToken(NamedTuple):
    """A tag as PyYAML's scanner found it: offsets and 0-based position of its first char."""

    start: int
    end: int
    line: int
    column: int

    @classmethod
    def of(cls, token: yaml.TagToken) -> _TagToken:
        start, end = token.start_mark, token.end_mark
        assert start is not None and end is not None  # the C scanner marks every token
        return cls(start.index, end.index, start.line, start.column)


def find_refused_tags(text: str) -> list[RefusedTag]:
    """Explicit tags outside the core schema, and aliases to values that hold one."""
    import yaml

    text_for_pyyaml = printable(text)
    found: list[_Found] = []
    inside: list[_Open] = []
    tainted: set[str] = set()  # anchors of values that hold a refused tag
    taint_depth = -1  # len(inside) where a refused collection opened; -1: none open
    documents = 0
    try:
        for event in yaml.parse(text_for_pyyaml, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                inside.pop()
                if len(inside) == taint_depth:
                    taint_depth = -1
                if inside:
                    inside[-1].step(None)
                continue
            if not isinstance(
                event, yaml.AliasEvent | yaml.ScalarEvent | yaml.CollectionStartEvent
            ):
                continue
            if isinstance(event, yaml.AliasEvent):
                alias, bad = event.anchor, event.anchor in tainted
            else:
                alias = None
                bad = event.tag is not None and event.tag != "!" and event.tag not in _SAFE_TAGS
            if bad:
                found.append(_Found.of(event, alias, _question_index(inside)))
                tainted.update(o.anchor for o in inside if o.anchor)
                if event.anchor is not None:
                    tainted.add(event.anchor)
                if isinstance(event, yaml.CollectionStartEvent) and taint_depth < 0:
                    taint_depth = len(inside)
            elif taint_depth >= 0 and event.anchor is not None:
                tainted.add(event.anchor)
            if isinstance(event, yaml.CollectionStartEvent):
                mapping = isinstance(event, yaml.MappingStartEvent)
                inside.append(_Open(mapping, event.anchor, at_key=mapping))
            elif inside:
                inside[-1].step(event.value if isinstance(event, yaml.ScalarEvent) else None)
    except yaml.YAMLError:
        return []
    if not found:
        return []
    tags = sorted(
        _TagToken.of(t)
        for t in yaml.scan(text_for_pyyaml, Loader=yaml.CSafeLoader)
        if isinstance(t, yaml.TagToken)
    )
    refused = []
    for node in found:
        question = None if documents > 1 else node.question
        if node.alias is not None:
            refused.append(
                RefusedTag(
                    node.line + 1,
                    node.column + 1,
                    f"the alias '*{node.alias}' stands for a value with a tag that is not allowed",
                    question,
                )
            )
            continue
        # A node's tag comes with its properties, so it is the first tag at or after the node.
        tag = tags[bisect.bisect_left(tags, (node.offset,))]
        refused.append(
            RefusedTag(
                tag.line + 1,
                tag.column + 1,
                tag_message(text[tag.start : tag.end]),
                question,
                (tag.start, tag.end),
            )
        )
    return refused


@dataclass(frozen=True)
class QuestionAlias:
    """A question written as an alias of another value (``- *q1``): where, and of what."""

    #: Index under ``questions`` of the alias, and its 1-based line and column.
    question: int
    line: int
    column: int
    anchor: str
    #: The index of the question the anchor marks (None: the anchor marks something else),
    #: and the line where the anchor is written (0: not found).
    of_question: int | None
    anchor_line: int


#: An alias that may stand for a whole item of a list: ``- *name`` or ``[*name`` / ``, *name``.
_ITEM_ALIAS = re.compile(r"(?m)(?:^[ \t]*-|[\[,])[ \t]*\*")


def _may_alias_an_item(text: str) -> bool:
    """Whether an alias may start a list item (the pattern searched only where a ``*`` is:
    scanning a whole 75 kB file with it costs 1 ms)."""
    at = text.find("*")
    while at != -1:
        line_start = text.rfind("\n", 0, at) + 1
        if _ITEM_ALIAS.search(text, line_start, at + 1):
            return True
        at = text.find("*", at + 1)
    return False


def question_aliases(text: str) -> list[QuestionAlias]:
    """Questions written as an alias of another (``- *q1``): the parser gives them the same
    data, id included, as the question they stand for. Looked for only when the text holds
    an alias that begins a list item."""
    if not _may_alias_an_item(text):
        return []
    import yaml

    inside: list[_Open] = []
    anchors: dict[str, tuple[int | None, int]] = {}
    found: list[QuestionAlias] = []
    try:
        for event in yaml.parse(printable(text), Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.CollectionEndEvent):
                inside.pop()
                if inside:
                    inside[-1].step(None)
                continue
            if not isinstance(
                event, yaml.AliasEvent | yaml.ScalarEvent | yaml.CollectionStartEvent
            ):
                continue
            mark = event.start_mark
            assert mark is not None  # the C parser marks every event
            question = _question_index(inside) if len(inside) == 2 else None
            if isinstance(event, yaml.AliasEvent):
                if question is not None:
                    anchor = event.anchor or ""
                    of, line = anchors.get(anchor, (None, 0))
                    found.append(
                        QuestionAlias(question, mark.line + 1, mark.column + 1, anchor, of, line)
                    )
            elif event.anchor is not None:
                anchors[event.anchor] = (question, mark.line + 1)
            if isinstance(event, yaml.CollectionStartEvent):
                mapping = isinstance(event, yaml.MappingStartEvent)
                inside.append(_Open(mapping, event.anchor, at_key=mapping))
            elif inside:
                inside[-1].step(event.value if isinstance(event, yaml.ScalarEvent) else None)
    except yaml.YAMLError:
        return []
    return found


def tag_message(tag: str) -> str:
    """Why ``tag`` is refused, for the author."""
    return (
        f"the tag {tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed: question "
        "files hold plain text, numbers, lists and mappings"
    )


def written_tags(text: str, tag: str) -> Iterator[re.Match[str]]:
    """Where ``tag`` is written as a tag: at a token start, ending where a token ends."""
    return re.finditer(r"(?<![^\s\[{,:])" + re.escape(tag) + r"(?![^\s,\]}])", text)


def readable_without_named_tags(text: str, error: YamlError) -> YamlError | None:
    """None if yaml_rs reads ``text`` once every tag it names as invalid is blanked out.

    Otherwise the error that stops it: the first one if a named tag cannot be found, or the
    first error that is not about a tag (a tab, an alias bomb, deep nesting...).
    """
    for _ in range(_MAX_TAG_NAMES):
        if error.kind is not YamlErrorKind.INVALID_TAG or error.tag is None:
            return error
        spans = [m.span() for m in written_tags(text, error.tag)]
        if not spans:
            return error
        text = _blank(text, spans)
        try:
            loads(text)
        except YamlRefused as refused:
            error = refused.error
            continue
        return None
    return error


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span replaced by the non-specific tag ``!`` (offsets kept)."""
    parts, done = [], 0
    for start, end in sorted(spans):
        parts.append(text[done:start])
        parts.append("!" + " " * (end - start - 1))
        done = end
    parts.append(text[done:])
    return "".join(parts)


def without_tags(text: str, refused: list[RefusedTag]) -> str:
    """``text`` with each refused tag replaced by the non-specific tag ``!``."""
    return _blank(text, (r.span for r in refused if r.span is not None))
