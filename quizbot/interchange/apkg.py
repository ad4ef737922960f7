"""Reading an Anki package (``.apkg``): its notes, their note types, decks and tags.

A package is a zip holding an SQLite collection in one of three forms, newest first:
``collection.anki21b`` (Anki 2.1.50 and later: zstd-compressed, schema 18, note types and
decks in tables of their own, some settings as protobuf), ``collection.anki21`` and
``collection.anki2`` (older: note types and decks as JSON in the ``col`` row). Newer Anki
versions add a stub ``collection.anki2`` beside the real one, so the newest form present wins.

Only what an import needs is read: nothing is written, the scheduling is ignored, and media
files are not unpacked (fields name them; the importer reports each).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: The collection files a package may hold, newest format first.
COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")

#: The largest collection unpacked (a guard against a zip or zstd bomb).
MAX_COLLECTION_BYTES = 4 << 30

_CLOZE_KIND = 1


class PackageError(Exception):
    """The file is not an Anki package quizbot can read (the message says why)."""


@dataclass(frozen=True)
class NoteType:
    """A note type: its fields in order, its card templates (front, back), and whether it
    is of Anki's Cloze kind."""

    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str], ...]
    cloze: bool = False


@dataclass(frozen=True)
class AnkiNote:
    """One note: its GUID, note type, fields (HTML), tags, deck (``A::B``) and the card
    ordinals it has (for a cloze note, the cloze numbers less one)."""

    guid: str
    note_type: NoteType
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    cards: frozenset[int]

    def value(self, index: int) -> str:
        """The field at ``index`` ("" when the note has fewer fields)."""
        return self.fields[index] if index < len(self.fields) else ""


def read_package(path: Path) -> list[AnkiNote]:
    """The notes of the package at ``path``, in the order they were added. Raises
    :class:`PackageError` for a file that is not a readable package, and ``OSError`` when
    it cannot be read at all."""
    with _collection(path) as db:
        try:
            legacy = not _has_table(db, "notetypes")
            types = _legacy_note_types(db) if legacy else _note_types(db)
            decks = _legacy_decks(db) if legacy else _decks(db)
            return list(_notes(db, types, decks))
        except sqlite3.DatabaseError as error:
            raise PackageError(f"{path}: the collection inside is damaged ({error})") from None


@contextmanager
def _collection(path: Path) -> Iterator[sqlite3.Connection]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PackageError(f"{path}: not an Anki package (.apkg): it is not a zip file") from None
    with archive, tempfile.TemporaryDirectory(prefix="quizbot-apkg-") as tmp:
        names = set(archive.namelist())
        member = next((name for name in COLLECTIONS if name in names), None)
        if member is None:
            raise PackageError(f"{path}: not an Anki package (.apkg): it holds no collection")
        if archive.getinfo(member).file_size > MAX_COLLECTION_BYTES:
            raise PackageError(f"{path}: the collection is too large to import")
        target = Path(tmp) / "collection.db"
        with archive.open(member) as packed, open(target, "wb") as out:
            if member.endswith("b"):
                _unzstd(packed, out, path)
            else:
                shutil.copyfileobj(packed, out, 1 << 20)
        db = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        db.create_collation("unicase", _unicase)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            db.close()
            raise PackageError(f"{path}: the collection inside is damaged ({error})") from None
        try:
            yield db
        finally:
            db.close()


def _unzstd(packed: IO[bytes], out: IO[bytes], path: Path) -> None:
    import zstandard

    written = 0
    try:
        with zstandard.ZstdDecompressor().stream_reader(packed) as reader:
            while chunk := reader.read(1 << 20):
                written += len(chunk)
                if written > MAX_COLLECTION_BYTES:
                    raise PackageError(f"{path}: the collection is too large to import")
                out.write(chunk)
    except zstandard.ZstdError as error:
        raise PackageError(f"{path}: the collection inside is damaged ({error})") from None


def _unicase(a: str, b: str) -> int:
    """Anki's case-insensitive collation (needed to read tables indexed with it)."""
    x, y = a.casefold(), b.casefold()
    return (x > y) - (x < y)


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def _legacy_note_types(db: sqlite3.Connection) -> dict[int, NoteType]:
    models: dict[str, Any] = json.loads(db.execute("SELECT models FROM col").fetchone()[0])
    types = {}
    for model in models.values():
        fields = tuple(f["name"] for f in sorted(model["flds"], key=lambda f: f["ord"]))
        templates = tuple(
            (t.get("qfmt", ""), t.get("afmt", ""))
            for t in sorted(model["tmpls"], key=lambda t: t["ord"])
        )
        type_id = int(model["id"])
        types[type_id] = NoteType(
            type_id, model["name"], fields, templates, model.get("type") == _CLOZE_KIND
        )
    return types


def _legacy_decks(db: sqlite3.Connection) -> dict[int, str]:
    decks: dict[str, Any] = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    return {int(deck["id"]): str(deck["name"]) for deck in decks.values()}


def _note_types(db: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[tuple[int, str]]] = {}
    for type_id, ordinal, name in db.execute("SELECT ntid, ord, name FROM fields"):
        fields.setdefault(type_id, []).append((ordinal, name))
    templates: dict[int, list[tuple[int, str, str]]] = {}
    for type_id, ordinal, config in db.execute("SELECT ntid, ord, config FROM templates"):
        values = _protobuf(config)
        front, back = (_text(values.get(n)) for n in (1, 2))
        templates.setdefault(type_id, []).append((ordinal, front, back))
    types = {}
    for type_id, name, config in db.execute("SELECT id, name, config FROM notetypes"):
        kind = _protobuf(config).get(1, 0)
        types[type_id] = NoteType(
            type_id,
            name,
            tuple(n for _, n in sorted(fields.get(type_id, []))),
            tuple((q, a) for _, q, a in sorted(templates.get(type_id, []))),
            kind == _CLOZE_KIND,
        )
    return types


def _decks(db: sqlite3.Connection) -> dict[int, str]:
    # Schema 18 separates a deck's levels with \x1f; everywhere else Anki writes "::".
    return {
        int(i): str(name).replace("\x1f", "::")
        for i, name in db.execute("SELECT id, name FROM decks")
    }


def _notes(
    db: sqlite3.Connection, types: dict[int, NoteType], decks: dict[int, str]
) -> Iterator[AnkiNote]:
    cards: dict[int, list[tuple[int, int]]] = {}
    for note_id, deck_id, ordinal in db.execute(
        "SELECT nid, CASE WHEN odid != 0 THEN odid ELSE did END, ord FROM cards"
    ):
        cards.setdefault(note_id, []).append((ordinal, deck_id))
    for note_id, guid, type_id, tags, fields in db.execute(
        "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"
    ):
        note_type = types.get(type_id)
        if note_type is None:
            note_type = NoteType(type_id, f"unknown note type {type_id}", (), ())
        own = sorted(cards.get(note_id, []))
        deck = decks.get(own[0][1], "") if own else ""
        yield AnkiNote(
            str(guid),
            note_type,
            tuple(str(fields).split("\x1f")),
            tuple(str(tags).split()),
            deck,
            frozenset(ordinal for ordinal, _ in own),
        )


def _text(value: int | bytes | None) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def _protobuf(blob: bytes | None) -> dict[int, int | bytes]:
    """The top-level fields of a protobuf message (the last value of each): varints as
    ints, length-delimited values as bytes; fixed-width values are skipped."""
    values: dict[int, int | bytes] = {}
    data, at = blob or b"", 0

    def varint() -> int:
        nonlocal at
        result = shift = 0
        while True:
            byte = data[at]
            at += 1
            result |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return result
            shift += 7

    try:
        while at < len(data):
            key = varint()
            number, wire = key >> 3, key & 7
            if wire == 0:
                values[number] = varint()
            elif wire == 2:
                size = varint()
                values[number] = data[at : at + size]
                at += size
            elif wire in (1, 5):
                at += 8 if wire == 1 else 4
            else:
                break
    except IndexError:
        pass
    return values
