"""A cache of validated files, so that loading an unchanged bank skips YAML entirely.

Entries are keyed on the file's absolute path, size and modification time (ns), and the whole
cache on the quizbot version, :data:`FORMAT` and a fingerprint of quizbot's own code (so an
edited checkout never trusts what older code derived).

The cache holds plain data only, in a format whose loading cannot run code: JSON, read with
``orjson.loads`` (never pickle, never marshal) and checked field by field before use. A
cache that is stale, truncated, corrupt, forged or from another version is ignored and
rebuilt, never trusted and never a crash. The file is ``QZBJSON1``, a CRC-32 of the rest, the
length of an index, the index (JSON: version and one entry per file) and a data section of
per-file JSON blobs (the records, and what a front end derived from them) that are decoded
only when a file's questions are first needed. Its directory is created owner-only (0o700)
and the file is written owner-only (0o600).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

from quizbot.bank.cache_check import (
    CacheDamaged,
    indices,
    is_str,
    problems,
    record,
    strs,
    text,
    unpacked,
)
from quizbot.bank.model import Problem, Record
from quizbot.paths import write_private

_MAGIC = b"QZBJSON1"
_HEAD = struct.Struct(">IQ")  # CRC-32 of everything after it, length of the index
#: Bump when the model or validation changes what a file produces.
FORMAT = 6


def _dumps(value: Any) -> bytes:
    return orjson.dumps(value)


@dataclass(frozen=True)
class FileResult:
    """What one bank file yields: its problems, and its questions as compact records.

    ``ids``, ``types`` and ``topics`` are kept beside the records (same order) so a bank can
    be checked, counted and scheduled without building a single question object.
    """

    display: str
    size: int
    mtime_ns: int
    problems: tuple[Problem, ...]
    ids: tuple[str, ...]
    types: tuple[str, ...]
    topics: tuple[str, ...]
    #: The records as JSON (decoded on first use; b"" for none).
    blob: bytes
    #: Positions of the questions whose id was derived (the author gave none).
    derived: tuple[int, ...] = ()
    #: The notes this file was generated from ("" for an authored file).
    generated_from: str = ""
    #: Generated ids this (authored) file drops from the bank.
    suppress: tuple[str, ...] = ()
    #: JSON of what was worked out about the file after loading it (see :meth:`extras`):
    #: the line and column of each question's id, and a front end's per-file analysis.
    extra_blob: bytes = b""
    #: The tag of the analysis in ``extra_blob`` (readable without decoding it).
    extra_tag: str = ""

    @classmethod
    def build(
        cls,
        display: str,
        size: int,
        mtime_ns: int,
        problems: list[Problem],
        records: list[Record],
        generated_from: str = "",
        suppress: tuple[str, ...] = (),
    ) -> FileResult:
        return cls(
            display,
            size,
            mtime_ns,
            tuple(problems),
            tuple(r["id"] for r in records),
            tuple(r["type"] for r in records),
            tuple(r.get("topic", "") for r in records),
            _dumps(records) if records else b"",
            tuple(i for i, r in enumerate(records) if r.get("derived_id")),
            generated_from,
            suppress,
        )

    def records(self) -> list[Record]:
        """The validated records; :class:`CacheDamaged` if the cached JSON is not sound."""
        if not self.blob:
            return []
        try:
            data = orjson.loads(self.blob)
        except ValueError as error:
            raise CacheDamaged(f"records of {self.display}: {error}") from error
        if type(data) is not list or len(data) != len(self.ids):
            raise CacheDamaged(f"records of {self.display}")
        return [record(raw, qid) for raw, qid in zip(data, self.ids, strict=True)]

    def extras(self) -> Extras | None:
        """What was worked out about the file after loading it, if anything."""
        if not self.extra_blob:
            return None
        try:
            data = orjson.loads(self.extra_blob)
            # array() takes ints only, at C speed: a float or text in a forged file fails
            places = tuple(array("q", data["places"]))
            if len(places) != 2 * len(self.ids) or data["tag"] != self.extra_tag:
                raise CacheDamaged(self.display)
            return Extras(places, self.extra_tag, data["analysis"])
        except (ValueError, KeyError, TypeError, OverflowError) as error:
            raise CacheDamaged(f"extras of {self.display}") from error


@dataclass(frozen=True)
class Extras:
    """Per-file facts worked out after loading: ``places`` holds line, column of each
    question's id in turn (0, 0 where the text alone cannot tell), and ``analysis`` a front
    end's plain-data result for the file, made by code identified by ``tag``."""

    places: tuple[int, ...]
    tag: str
    analysis: Any

    def encode(self) -> bytes:
        return _dumps({"places": self.places, "tag": self.tag, "analysis": self.analysis})

    def attach(self, result: FileResult) -> FileResult:
        """``result`` carrying these extras."""
        return replace(result, extra_blob=self.encode(), extra_tag=self.tag)


def _entry(raw: Any, blob_of: Callable[[Any], bytes]) -> FileResult:
    if type(raw) is not dict:
        raise CacheDamaged("expected an entry")
    try:
        ids = strs(raw["ids"])
        derived = raw["derived"]
        if type(derived) is not list or not all(type(i) is int for i in derived):
            raise CacheDamaged("expected positions")
        display, size, mtime, generated_from = (
            raw["display"],
            raw["size"],
            raw["mtime_ns"],
            raw["generated_from"],
        )
        if not (is_str(display) and type(size) is int and type(mtime) is int):
            raise CacheDamaged("expected a file")
        if not is_str(generated_from):
            raise CacheDamaged("expected a file")
        return FileResult(
            display,
            size,
            mtime,
            problems(raw["problems"]),
            ids,
            unpacked(raw["types"], len(ids)),
            unpacked(raw["topics"], len(ids)),
            blob_of(raw["records"]),
            tuple(derived),
            generated_from,
            strs(raw["suppress"]),
            blob_of(raw["extras"]),
            text(raw["extra_tag"]),
        )
    except KeyError as error:
        raise CacheDamaged(f"missing {error}") from error


_code_fingerprint: str | None = None


def code_fingerprint() -> str:
    """The quizbot version and a digest of its code files' names, sizes and modification
    times: a cache written by other code (another release, an edited checkout) is not used."""
    global _code_fingerprint
    if _code_fingerprint is None:
        from quizbot import __version__

        package = Path(__file__).resolve().parent.parent
        digest = hashlib.sha1(f"{__version__}/{FORMAT}".encode())
        for path in sorted(_code_files(str(package))):
            try:
                stat = os.stat(path)
            except OSError:
                continue
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        _code_fingerprint = f"{__version__}/{FORMAT}/{digest.hexdigest()[:16]}"
    return _code_fingerprint


def _code_files(directory: str) -> Iterator[str]:
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                yield entry.path
            elif (
                entry.is_dir(follow_symlinks=False)
                and entry.name.isidentifier()
                and not entry.name.startswith("_")  # __pycache__, _data (the bundled bank)
            ):
                yield from _code_files(entry.path)


class BankCache:
    """Per-bank cache file of :class:`FileResult` by absolute path."""

    def __init__(self, cache_dir: Path, roots: list[Path]) -> None:
        key = hashlib.sha1("\n".join(sorted(str(r) for r in roots)).encode()).hexdigest()[:16]
        self.path = cache_dir / f"bank-{key}.json"
        self.entries: dict[str, FileResult] = {}
        self.dirty = False

    def load(self) -> None:
        """Read the cache file; anything wrong with it leaves the cache empty."""
        try:
            blob = self.path.read_bytes()
        except OSError:
            return
        start = len(_MAGIC) + _HEAD.size
        if len(blob) < start or not blob.startswith(_MAGIC):
            return
        checksum, index_size = _HEAD.unpack_from(blob, len(_MAGIC))
        if zlib.crc32(memoryview(blob)[len(_MAGIC) + 4 :]) != checksum:
            return
        data_start = start + index_size
        if data_start > len(blob):
            return

        def blob_of(span: Any) -> bytes:
            if span is None:
                return b""
            if (
                type(span) is not list
                or len(span) != 2
                or type(span[0]) is not int
                or type(span[1]) is not int
                or not 0 <= span[0] <= span[0] + span[1] <= len(blob) - data_start
            ):
                raise CacheDamaged("expected a span")
            return blob[data_start + span[0] : data_start + span[0] + span[1]]

        try:
            index = orjson.loads(blob[start:data_start])
            if type(index) is not dict or index.get("version") != code_fingerprint():
                return
            raw_entries = index.get("entries")
            if type(raw_entries) is not dict:
                return
            self.entries = {
                path: _entry(raw, blob_of) for path, raw in raw_entries.items() if is_str(path)
            }
        except (ValueError, RecursionError):  # CacheDamaged is a ValueError
            self.entries = {}

    def get(self, path: str, stat: os.stat_result, display: str) -> FileResult | None:
        entry = self.entries.get(path)
        if (
            entry is not None
            and entry.size == stat.st_size
            and entry.mtime_ns == stat.st_mtime_ns
            and entry.display == display
        ):
            return entry
        return None

    def put(self, path: str, entry: FileResult) -> None:
        self.entries[path] = entry
        self.dirty = True

    def keep_only(self, paths: set[str]) -> None:
        """Forget files that are no longer part of the bank."""
        gone = self.entries.keys() - paths
        for path in gone:
            del self.entries[path]
        self.dirty = self.dirty or bool(gone)

    def save(self) -> None:
        """Write atomically, owner-only; a failure to write only costs speed next time."""
        if not self.dirty:
            return
        chunks: list[bytes] = []
        offset = 0

        def span(data: bytes) -> list[int] | None:
            nonlocal offset
            if not data:
                return None
            chunks.append(data)
            offset += len(data)
            return [offset - len(data), len(data)]

        entries = {
            path: {
                "display": e.display,
                "size": e.size,
                "mtime_ns": e.mtime_ns,
                "problems": [[p.path, p.line, p.column, p.message, p.severity] for p in e.problems],
                "ids": e.ids,
                "types": [list(dict.fromkeys(e.types)), indices(e.types)],
                "topics": [list(dict.fromkeys(e.topics)), indices(e.topics)],
                "derived": e.derived,
                "generated_from": e.generated_from,
                "suppress": e.suppress,
                "records": span(e.blob),
                "extras": span(e.extra_blob),
                "extra_tag": e.extra_tag,
            }
            for path, e in self.entries.items()
        }
        index = _dumps({"version": code_fingerprint(), "entries": entries})
        body = b"".join([index, *chunks])
        checked = struct.pack(">Q", len(index)) + body
        blob = _MAGIC + struct.pack(">I", zlib.crc32(checked)) + checked
        try:
            write_private(self.path, blob)
        except OSError:
            return
        self.dirty = False
        for old in self.path.parent.glob("bank-*.pickle"):  # older quizbots' caches: unread
            with contextlib.suppress(OSError):
                old.unlink()
