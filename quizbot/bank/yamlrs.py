"""The one door to ``yaml_rs``: text in, plain data or a typed :class:`YamlError` out.

Nothing else in quizbot imports ``yaml_rs``. Its errors arrive as English messages; this
module alone reads them (:func:`read_error`), so the rest of the bank speaks in named fields.

Why a keeper thread (started lazily, by the first parse off the main thread, never at import):
``yaml_rs`` links its own allocator (mimalloc), which binds its process-wide state to the
thread that loads the extension. If that thread later exits (a Textual worker, a pool thread),
the next threads to call ``yaml_rs`` crash inside the allocator: a segfault in
``yaml_rs.loads`` when the app loads the bank from short-lived worker threads, which
``tests/unit/test_bank_load.py::test_load_bank_is_safe_from_short_lived_threads`` reproduces.
The main thread outlives everything, so a first parse there imports ``yaml_rs`` directly; a
first parse on any other thread hands the import to a daemon thread that then parks forever.
"""

from __future__ import annotations

import enum
import functools
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

#: Alias expansion budget: generous for real files, tiny next to an alias bomb.
MAX_REPLAYED_EVENTS = 100_000
MAX_EXPANSIONS_PER_ANCHOR = 1_000
MAX_REPLAY_DEPTH = 32

#: Name of the thread that imports yaml_rs when the first parse is off the main thread.
KEEPER_THREAD_NAME = "quizbot-yaml_rs-keeper"


class YamlErrorKind(enum.Enum):
    """What a ``yaml_rs`` error is about, as far as its message tells (first match wins)."""

    #: A tag yaml_rs will not read: ``Invalid tag: '!!python/object'`` (no position).
    INVALID_TAG = "invalid tag"
    #: ``duplicate mapping key: 'a'`` (no position).
    DUPLICATE_KEY = "duplicate key"
    #: ``alias expansion limit exceeded for anchor 1: ...`` (no position).
    ALIAS_LIMIT = "alias limit"
    #: ``recursion limit exceeded`` (nesting too deep).
    RECURSION_LIMIT = "recursion limit"
    #: ``mapping values are not allowed in this context``: an unquoted ': ' in a value.
    MAPPING_VALUE = "mapping value"
    #: ``... quoted scalar``: usually a quote left unclosed.
    QUOTED_SCALAR = "quoted scalar"
    #: ``did not find expected ...`` or ``... indentation ...``.
    INDENTATION = "indentation"
    #: Any other message.
    OTHER = "other"


@dataclass(frozen=True)
class YamlError:
    """Why and where ``yaml_rs`` refused a text."""

    #: yaml_rs's reason: the last line of its message, without the source excerpt.
    message: str
    #: 1-based line and column yaml_rs gave; None when the message has no position.
    line: int | None
    column: int | None
    kind: YamlErrorKind
    #: The tag quoted in the message (``'!!int'`` in "Invalid value 'x' for '!!int' tag").
    tag: str | None = None
    #: The message speaks of a tab ("found a tab", "tabs disallowed ...").
    mentions_tab: bool = False


class YamlRefused(Exception):
    """``yaml_rs`` refused the text; :attr:`error` says why and where."""

    def __init__(self, error: YamlError) -> None:
        super().__init__(error.message)
        self.error = error


_POSITION = re.compile(r"\bat line (\d+), column (\d+)")
_INVALID_TAG = re.compile(r"\bInvalid tag: '", re.IGNORECASE)
_QUOTED_TAG = re.compile(r"'(![^'\s]*)'")


def read_error(message: str) -> YamlError:
    """Read one ``yaml_rs.YAMLDecodeError`` message (yaml_rs 0.1) into a :class:`YamlError`.

    The messages it reads, all English and matched case-insensitively where noted:

    * ``YAML parse error at line L, column C``, then an excerpt of the author's text, then on
      the last line the reason: gives ``line``, ``column`` and ``message``, and only the
      reason is read further (the excerpt is the author's words, not yaml_rs's);
    * ``Invalid tag: '!!timestamp'`` (case-insensitive; no position);
    * ``Invalid value 'x' for '!!int' tag``: only the quoted tag is read (``tag``);
    * ``duplicate mapping key: 'a'``;
    * ``alias expansion limit exceeded ...`` (any message with "alias" and "limit");
    * ``recursion limit exceeded``;
    * reasons naming "tab" (``found a tab``, ``tabs disallowed within this context``),
      "mapping values are not allowed", "quoted scalar", "did not find expected" or
      "indentation".

    The kind is the first of :class:`YamlErrorKind`'s members that the message fits.
    """
    stripped = message.strip()
    reason = stripped.splitlines()[-1].strip() if stripped else "invalid YAML"
    position = _POSITION.search(stripped.split("\n", 1)[0])
    line, column = (int(position.group(1)), int(position.group(2))) if position else (None, None)
    # A positioned message quotes the author's line; only its last line is yaml_rs speaking.
    said = reason if position else stripped
    quoted = _QUOTED_TAG.search(said)
    lowered = said.lower()
    if _INVALID_TAG.search(said):
        kind = YamlErrorKind.INVALID_TAG
    elif "duplicate mapping key" in lowered:
        kind = YamlErrorKind.DUPLICATE_KEY
    elif "alias" in lowered and "limit" in lowered:
        kind = YamlErrorKind.ALIAS_LIMIT
    elif "recursion limit" in lowered:
        kind = YamlErrorKind.RECURSION_LIMIT
    elif "mapping values are not allowed" in lowered:
        kind = YamlErrorKind.MAPPING_VALUE
    elif "quoted scalar" in lowered:
        kind = YamlErrorKind.QUOTED_SCALAR
    elif "did not find expected" in lowered or "indentation" in lowered:
        kind = YamlErrorKind.INDENTATION
    else:
        kind = YamlErrorKind.OTHER
    return YamlError(
        reason,
        line,
        column,
        kind,
        quoted.group(1) if quoted else None,
        mentions_tab="tab" in lowered,
    )


class _Bound(NamedTuple):
    """yaml_rs, once imported: its loader with quizbot's options, and its error type."""

    loads: Callable[[str], Any]
    decode_error: type[Exception]


_bound: _Bound | None = None
_binding = threading.Lock()


def _bind() -> _Bound:
    """Import yaml_rs (on a lasting thread) and bind its loader; done once per process."""
    global _bound
    with _binding:
        if _bound is None:
            if threading.current_thread() is not threading.main_thread():
                _import_on_keeper_thread()
            import yaml_rs

            limits = yaml_rs.AliasLimits(
                max_total_replayed_events=MAX_REPLAYED_EVENTS,
                max_alias_expansions_per_anchor=MAX_EXPANSIONS_PER_ANCHOR,
                max_replay_stack_depth=MAX_REPLAY_DEPTH,
            )
            _bound = _Bound(
                functools.partial(yaml_rs.loads, parse_datetime=False, alias_limits=limits),
                yaml_rs.YAMLDecodeError,
            )
        return _bound


def _import_on_keeper_thread() -> None:
    """Import yaml_rs on a daemon thread that then parks forever (unless already imported)."""
    if "yaml_rs" in sys.modules:
        return
    imported = threading.Event()
    failure: list[BaseException] = []

    def keep() -> None:
        try:
            import yaml_rs  # noqa: F401 - loading the extension on this thread is the point
        except BaseException as error:  # noqa: BLE001 - re-raised by the importing thread
            failure.append(error)
            imported.set()
            return
        imported.set()
        threading.Event().wait()  # park: this thread must outlive every use of yaml_rs

    threading.Thread(target=keep, name=KEEPER_THREAD_NAME, daemon=True).start()
    imported.wait()
    if failure:
        raise failure[0]


def loads(text: str) -> Any:
    """Plain data of one YAML text; raises :class:`YamlRefused` with a :class:`YamlError`.

    Dates stay strings, duplicate keys and explicit tags outside yaml_rs's schema are refused,
    and alias expansion is bounded (see ``MAX_*`` above).
    """
    bound = _bound or _bind()
    try:
        return bound.loads(text)
    except bound.decode_error as exc:
        raise YamlRefused(read_error(str(exc))) from exc
