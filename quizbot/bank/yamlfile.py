"""Reading one YAML question file safely: size, encoding, syntax, tags, and positions.

Two parsers, each for what it is best at:

* ``yaml_rs`` (Rust) turns the text into plain Python data. It is about five times faster than
  PyYAML's ``CSafeLoader`` on a large bank, refuses duplicate keys, limits alias expansion
  ("billion laughs") and nesting depth, and never constructs objects from tags.
* PyYAML's ``CSafeLoader`` composes a node graph with a mark (line, column) for every key and
  value. It runs only when needed: to place a problem at its line and column, and (its event
  parser, which resolves no implicit tags) to find the tags an author wrote, such as
  ``!!python/object``, with their position. It only ever sees text that ``yaml_rs`` has
  accepted, or accepts once refused tags are blanked out, so it never meets unbounded nesting
  (which its recursive composer, and libyaml's quadratic simple-key bookkeeping, cannot take).
"""

from __future__ import annotations

import bisect
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from quizbot.bank.model import Problem
from quizbot.textfile import NotUtf8, decode_utf8, line_column


def _import_on_a_lasting_thread(name: str) -> None:
    """Import extension ``name`` on a thread that never exits (unless already imported).

    yaml_rs links its own allocator (mimalloc), which binds its process-wide state to the
    thread that loads the extension. If that thread later exits (a Textual worker, a pool
    thread), the next threads to call yaml_rs crash inside the allocator (a segfault in
    ``yaml_rs.loads``). The main thread outlives everything; any other thread hands the
    import to a parked daemon thread, so ``load_bank`` is safe from any thread.
    """
    if name in sys.modules or threading.current_thread() is threading.main_thread():
        return
    imported = threading.Event()
    failure: list[BaseException] = []

    def keep() -> None:
        try:
            __import__(name)
        except BaseException as error:  # noqa: BLE001 - re-raised by the importing thread
            failure.append(error)
            imported.set()
            return
        imported.set()
        threading.Event().wait()  # park: this thread must outlive every use of yaml_rs

    threading.Thread(target=keep, name=f"quizbot-{name}-keeper", daemon=True).start()
    imported.wait()
    if failure:
        raise failure[0]


_import_on_a_lasting_thread("yaml_rs")
import yaml_rs  # noqa: E402 - after the import above, this only binds the loaded module

#: Files larger than this are refused before parsing.
MAX_FILE_BYTES = 5 * 1024 * 1024

#: Alias expansion budget: generous for real files, tiny next to an alias bomb.
_ALIAS_LIMITS = yaml_rs.AliasLimits(
    max_total_replayed_events=100_000,
    max_alias_expansions_per_anchor=1_000,
    max_replay_stack_depth=32,
)

#: Tags a question file may use explicitly (the YAML core schema).
_SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)

#: Characters PyYAML's reader refuses; replaced by spaces (same offsets) before composing.
_NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def _printable(text: str) -> str:
    """``text`` with characters PyYAML refuses blanked out, keeping every offset."""
    return re.sub(_NON_PRINTABLE, " ", text)  # compiled (slowly) only when first needed
_SYNTAX_POSITION = re.compile(r"at line (\d+), column (\d+)")
#: yaml_rs refuses some tags outright ("Invalid tag: '!!timestamp'"), without a position.
_INVALID_TAG = re.compile(r"\bInvalid tag: '", re.IGNORECASE)
#: A '!' that can start a tag: at the start, or after a space, a flow indicator or ':'.
_TAG_START = re.compile(r"(?<![^\s\[{,:])!")
#: A tag named in a yaml_rs message ("Invalid value 'x' for '!!int' tag").
_QUOTED_TAG = re.compile(r"'(![^'\s]*)'")
#: Distinct tag names blanked, one yaml_rs pass each, before a file is refused whole.
_MAX_TAG_NAMES = 16
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

    def problem(self, where: Sequence[PathKey], message: str, *, key: bool = False,
                severity: str = "error") -> Problem:
        """A problem placed at the value (or, with ``key``, the key) found at ``where``."""
        line, column = self.position(where, key=key)
        return Problem(self.path, line, column, message, severity)  # type: ignore[arg-type]

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
            elif (isinstance(node, yaml.SequenceNode) and isinstance(step, int)
                  and 0 <= step < len(node.value)):
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
                printable = _printable(self.text)
                self._root = yaml.compose(printable, Loader=yaml.CSafeLoader)
            except yaml.YAMLError:
                self._root = None
        return self._root


def read_yaml_file(path: Path, display: str | None = None) -> YamlFile:
    """Read and parse ``path``; every failure becomes a :class:`Problem`, never an exception."""
    name = display or str(path)
    result = YamlFile(name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            result.problems.append(Problem(
                name, 1, 1, f"the file is {size / 1024 / 1024:.1f} MB; question files are limited "
                f"to {MAX_FILE_BYTES // 1024 // 1024} MB (split it into several files)"))
            return result
        raw = path.read_bytes()
    except OSError as exc:
        result.problems.append(Problem(name, 0, 0, f"cannot read the file: {exc.strerror or exc}"))
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
    try:
        data = _loads(text)
        unreadable: yaml_rs.YAMLDecodeError | None = None
    except yaml_rs.YAMLDecodeError as exc:
        if not _INVALID_TAG.search(str(exc)):
            result.problems.append(_syntax_problem(result, str(exc)))
            return result
        # yaml_rs stops at a tag it will not read, before it has checked nesting and aliases;
        # PyYAML may look at the text only once yaml_rs reads it with such tags blanked out.
        error = _readable_without_named_tags(text, exc)
        if error is not None:
            result.problems.append(_syntax_problem(result, str(exc)))
            if error is not exc:
                result.problems.append(_syntax_problem(result, str(error)))
            return result
        data, unreadable = None, exc
    # Only tags the author wrote matter (found by PyYAML's parser, which resolves none);
    # '!' must start a token to be a tag, so "yyyy-mm-dd!" needs no look.
    refused = _refused(text) if unreadable or ("!" in text and _TAG_START.search(text)) else []
    if refused:
        questions = {r.question for r in refused}
        whole_file = None in questions
        for found in refused:
            lost = ("the file was not loaded" if whole_file or found.question is None
                    else f"question {found.question + 1} was skipped")
            result.problems.append(Problem(result.path, found.line, found.column,
                                           f"{found.message} ({lost})"))
        if whole_file:
            return result
        if unreadable:
            try:
                data = _loads(_without_tags(text, refused))
            except yaml_rs.YAMLDecodeError as exc:
                result.problems.append(_syntax_problem(result, str(exc)))
                return result
        result.skipped = frozenset(q for q in questions if q is not None)
    elif unreadable:
        result.problems.append(_syntax_problem(result, str(unreadable)))
        return result
    if isinstance(data, list) and _DOC_MARKER.search(text) and _document_count(result) > 1:
        result.problems.append(result.problem(
            (), "the file holds several YAML documents ('---'); put one mapping with "
            "'questions' in each file"))
        return result
    result.data = data
    return result


def _loads(text: str) -> Any:
    return yaml_rs.loads(text, parse_datetime=False, alias_limits=_ALIAS_LIMITS)


@dataclass(frozen=True)
class _Refused:
    """An explicit tag outside the core schema (or an alias to a value holding one)."""

    line: int
    column: int
    message: str
    #: Index under ``questions`` of the question holding it; None outside every question.
    question: int | None
    #: Offsets of the tag's characters in the text (None for an alias).
    span: tuple[int, int] | None = None


def _refused(text: str) -> list[_Refused]:
    """Explicit tags outside the core schema, and aliases to values that hold one.

    PyYAML's event parser reports exactly the tags written in the text: implicit resolution
    (``2021-12-06`` as a timestamp, ``<<`` as a merge key) never happens at this level. It
    only ever sees text that yaml_rs accepted, or refused for a tag alone.
    """
    import yaml

    printable = _printable(text)
    found: list[tuple[Any, int | None]] = []  # (event, index of its question)
    #: Open collections: [is a mapping, current key or index, expecting a key, anchor].
    frames: list[list[Any]] = []
    tainted: set[str] = set()  # anchors of values that hold a refused tag
    taint_depth = -1  # len(frames) where a refused collection opened; -1: none open
    documents = 0
    try:
        for event in yaml.parse(printable, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                frames.pop()
                if len(frames) == taint_depth:
                    taint_depth = -1
                _advance(frames, None)
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            root = frames[0] if frames else None
            question = (frames[1][1] if root is not None and len(frames) > 1 and root[0]
                        and not root[2] and root[1] == "questions" and not frames[1][0] else None)
            if isinstance(event, yaml.AliasEvent):
                bad = event.anchor in tainted
            else:
                bad = event.tag is not None and event.tag != "!" and event.tag not in _SAFE_TAGS
            if bad:
                found.append((event, question))
                tainted.update(f[3] for f in frames if f[3])
                if event.anchor is not None:
                    tainted.add(event.anchor)
                if isinstance(event, yaml.CollectionStartEvent) and taint_depth < 0:
                    taint_depth = len(frames)
            elif taint_depth >= 0 and event.anchor is not None:
                tainted.add(event.anchor)
            if isinstance(event, yaml.CollectionStartEvent):
                mapping = isinstance(event, yaml.MappingStartEvent)
                frames.append([mapping, None if mapping else 0, mapping, event.anchor])
            else:
                _advance(frames, event.value if isinstance(event, yaml.ScalarEvent) else None)
    except yaml.YAMLError:
        return []
    if not found:
        return []
    tags = sorted((t.start_mark.index, t.end_mark.index, t.start_mark.line, t.start_mark.column)
                  for t in yaml.scan(printable, Loader=yaml.CSafeLoader)
                  if isinstance(t, yaml.TagToken))
    refused = []
    for event, question in found:
        if documents > 1:
            question = None
        if isinstance(event, yaml.AliasEvent):
            refused.append(_Refused(
                event.start_mark.line + 1, event.start_mark.column + 1,
                f"the alias '*{event.anchor}' stands for a value with a tag that is not allowed",
                question))
            continue
        at = bisect.bisect_left(tags, (event.start_mark.index,))
        start, end, line, column = tags[at]  # a node's tag comes with its properties, first
        refused.append(_Refused(line + 1, column + 1, _tag_message(text[start:end]), question,
                                (start, end)))
    return refused


def _tag_message(tag: str) -> str:
    return (f"the tag {tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed: question "
            "files hold plain text, numbers, lists and mappings")


def _advance(frames: list[list[Any]], key: str | None) -> None:
    """Step the innermost open collection past the node that just ended."""
    if not frames:
        return
    top = frames[-1]
    if not top[0]:
        top[1] += 1
    elif top[2]:
        top[1], top[2] = key, False
    else:
        top[2] = True


def _written_tags(text: str, tag: str) -> Iterator[re.Match[str]]:
    """Where ``tag`` is written as a tag: at a token start, ending where a token ends."""
    return re.finditer(r"(?<![^\s\[{,:])" + re.escape(tag) + r"(?![^\s,\]}])", text)


def _readable_without_named_tags(text: str,
                                 error: yaml_rs.YAMLDecodeError) -> yaml_rs.YAMLDecodeError | None:
    """None if yaml_rs reads ``text`` once every tag it names as invalid is blanked out.

    Otherwise the error that stops it: the first one if a named tag cannot be found, or the
    first error that is not about a tag (a tab, an alias bomb, deep nesting...).
    """
    for _ in range(_MAX_TAG_NAMES):
        named = _QUOTED_TAG.search(str(error))
        if not _INVALID_TAG.search(str(error)) or named is None:
            return error
        spans = [m.span() for m in _written_tags(text, named.group(1))]
        if not spans:
            return error
        text = _blank(text, spans)
        try:
            _loads(text)
        except yaml_rs.YAMLDecodeError as exc:
            error = exc
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


def _without_tags(text: str, refused: list[_Refused]) -> str:
    """``text`` with each refused tag replaced by the non-specific tag ``!``."""
    return _blank(text, (r.span for r in refused if r.span is not None))


def _document_count(result: YamlFile) -> int:
    import yaml

    try:
        return sum(1 for _ in yaml.compose_all(_printable(result.text),
                                               Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return 1


def _syntax_problem(result: YamlFile, message: str) -> Problem:
    """Turn a yaml_rs error into ``path:line:column: message`` with a hint for the author."""
    reason = message.strip().splitlines()[-1].strip() if message.strip() else "invalid YAML"
    found = _SYNTAX_POSITION.search(message)
    line, column = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
    tag = _QUOTED_TAG.search(message) if not found else None
    if tag is not None:  # yaml_rs names the tag it refused, but not where it is
        written = next(_written_tags(result.text, tag.group(1)), None)
        if written is not None:
            line, column = line_column(result.text, written.start())
    lowered = message.lower()
    if tag is not None and _INVALID_TAG.search(message):
        return Problem(result.path, line, column, _tag_message(tag.group(1))
                       + " (the file was not loaded)")
    if "duplicate mapping key" in lowered:
        return _duplicate_key_problem(result, reason)
    if "alias" in lowered and "limit" in lowered:
        anchor = re.search(r"&\w", result.text)
        line, column = line_column(result.text, anchor.start() if anchor else 0)
        return Problem(result.path, line, column,
                       "refused: aliases expand to too much data (an alias bomb?); question "
                       "files need few or no anchors and aliases")
    if "recursion limit" in lowered:
        return Problem(result.path, line, column,
                       "refused: the data is nested too deeply; question files need only a few "
                       "levels (file → questions → question → field)")
    tab = _tab_position(result.text, line, column, mentions_tab="tab" in lowered)
    if tab is not None:
        return Problem(result.path, *tab, "YAML syntax error: found a tab character; YAML "
                       "indents with spaces, never tabs (replace the tab with spaces)")
    hint = ""
    if "mapping values are not allowed" in lowered:
        hint = " (a value that contains ': ' must be quoted)"
    elif "quoted scalar" in lowered:
        hint = " (is a quote left unclosed above this line?)"
    elif "did not find expected" in lowered or "indentation" in lowered:
        hint = " (check the indentation of this line and the one above)"
    return Problem(result.path, line, column, f"YAML syntax error: {reason}{hint}")


def _tab_position(text: str, line: int, column: int, *,
                  mentions_tab: bool) -> tuple[int, int] | None:
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
                        return Problem(result.path, k.start_mark.line + 1, k.start_mark.column + 1,
                                       f"the key {k.value!r} appears twice in one mapping (first "
                                       f"at line {first.line + 1}); keep one")
                    seen[k.value] = k
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return Problem(result.path, 1, 1, f"YAML error: {reason}")
