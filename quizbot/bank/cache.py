"""A cache of validated files, so that loading an unchanged bank skips YAML entirely.

Entries are keyed on the file's absolute path, size and modification time (ns). The cache file
carries a magic header, the quizbot and format version, and a CRC-32 of its payload: a cache
that is stale, truncated, corrupt or from another version is ignored (and rewritten), never
trusted. It lives in the user cache dir, which only the user can write.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from quizbot.bank.model import Problem, Record

_MAGIC = b"QZBCACHE"
#: Bump when the model or validation changes what a file produces.
FORMAT = 5


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
    blob: bytes
    #: Positions of the questions whose id was derived (the author gave none).
    derived: tuple[int, ...] = ()
    #: The notes this file was generated from ("" for an authored file).
    generated_from: str = ""
    #: Generated ids this (authored) file drops from the bank.
    suppress: tuple[str, ...] = ()

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
            marshal.dumps(records),
            tuple(i for i, r in enumerate(records) if r.get("derived_id")),
            generated_from,
            suppress,
        )

    def records(self) -> list[Record]:
        return marshal.loads(self.blob) if self.blob else []


def _version_tag() -> str:
    from quizbot import __version__

    return f"{__version__}/{FORMAT}"


class BankCache:
    """Per-bank cache file of :class:`FileResult` by absolute path."""

    def __init__(self, cache_dir: Path, roots: list[Path]) -> None:
        key = hashlib.sha1("\n".join(sorted(str(r) for r in roots)).encode()).hexdigest()[:16]
        self.path = cache_dir / f"bank-{key}.pickle"
        self.entries: dict[str, FileResult] = {}
        self.dirty = False

    def load(self) -> None:
        """Read the cache file; anything wrong with it leaves the cache empty."""
        try:
            blob = self.path.read_bytes()
        except OSError:
            return
        header = len(_MAGIC) + 4
        if len(blob) < header or not blob.startswith(_MAGIC):
            return
        checksum, payload = blob[len(_MAGIC) : header], blob[header:]
        if zlib.crc32(payload).to_bytes(4, "big") != checksum:
            return
        try:
            data = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a corrupt cache is ignored, whatever broke
            return
        if isinstance(data, dict) and data.get("version") == _version_tag():
            entries = data.get("entries")
            if isinstance(entries, dict):
                self.entries = entries

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
        """Write atomically; a failure to write only costs speed next time."""
        if not self.dirty:
            return
        payload = pickle.dumps(
            {"version": _version_tag(), "entries": self.entries}, protocol=pickle.HIGHEST_PROTOCOL
        )
        blob = _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".bank-", suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, self.path)
        except OSError:
            return
        self.dirty = False
