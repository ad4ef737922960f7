"""What kind of thing each answer is, so distractors and swaps stay like for like.

Kinds come from the notes themselves, never from a built-in vocabulary:

* a table column is a kind, named by its header (``Corridor``, ``Person``);
* the items of one list are of one kind, and lists sharing an item merge (``US, India, Japan``
  and ``China, India, Turkey`` make one kind of country);
* numbers are of a format: money in the same currency and scale, percentages, years, counts.

The index also remembers every quantity phrase and every statement in the notes, so that a
false variant is never something the notes say elsewhere.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from quizbot.notes.lists import clean_item
from quizbot.notes.phrases import fold
from quizbot.notes.quantities import Quantity

#: Cells of at most this many words make a column of names (a kind) beyond the first.
_SHORT_NAME_WORDS = 3


@dataclass
class _Cluster:
    members: list[str] = field(default_factory=list)  # display forms, first seen first
    keys: set[str] = field(default_factory=set)
    name: str = ""


def _plain_number(value: Decimal) -> str:
    """``15``, ``15.0`` and ``1.5E+1`` all as ``15``."""
    return format(value.normalize(), "f")


def quantity_format(q: Quantity) -> tuple[str, str, str]:
    """(kind, prefix, unit) of a quantity: ``$7.5 billion`` → (money, $, billion)."""
    text = q.text
    if q.kind == "money":
        digits = next((i for i, ch in enumerate(text) if ch.isdigit()), len(text))
        prefix = text[:digits].strip()
        tail = text[digits:].lstrip("0123456789.,").strip().lower()
        return ("money", prefix, tail)
    if q.kind == "percent":
        return ("percent", "", "%" if "%" in text else "percent")
    if q.kind == "count" and not q.spelled:
        tail = text.lstrip("0123456789.,").strip().lower()
        return ("count", "", tail)
    return (q.kind, "", "word" if q.spelled else "")


class Kinds:
    """Clusters of same-kind answers, and the quantities of the notes by format."""

    def __init__(self) -> None:
        self._clusters: list[_Cluster] = []
        self._of: dict[str, int] = {}  # folded member → cluster index
        #: The right-hand cell of each two-column table row, by folded left cell.
        self.described: dict[str, tuple[int, str]] = {}
        #: Named kinds of table first columns (``Person``, ``Corridor``): name, members and
        #: the heading path of the table.
        self._named: list[tuple[str, list[str], tuple[str, ...]]] = []
        #: Folded first-column cell → (named kind, the rest of its row, folded).
        self._named_of: dict[str, tuple[int, str]] = {}
        self._table_rights: dict[int, list[str]] = {}
        self._table_headings: dict[int, tuple[str, ...]] = {}
        self._tables = 0
        self._quantities: dict[tuple[str, str, str], dict[Decimal, str]] = {}
        self._sorted: dict[tuple[str, str, str], list[Decimal]] = {}
        #: Folded quantity phrases ("62%", "$15 billion", "four indians") in the notes.
        self.phrases: set[str] = set()
        #: Folded text of every statement in the notes (items, sentences, table rows).
        self.statements: set[str] = set()
        #: Folded definition of each term, by folded term.
        self.definitions: dict[str, set[str]] = {}

    # --- building ---

    def _union(self, a: int, b: int) -> int:
        if a == b:
            return a
        keep, drop = (a, b) if a < b else (b, a)
        source = self._clusters[drop]
        target = self._clusters[keep]
        for member in source.members:
            key = fold(member)
            if key not in target.keys:
                target.keys.add(key)
                target.members.append(member)
            self._of[key] = keep
        target.name = target.name or source.name
        source.members, source.keys = [], set()
        return keep

    def add_group(self, members: Iterable[str], name: str = "") -> None:
        """Members of one kind (a list's items or a table column)."""
        cleaned = [m for m in (clean_item(x) for x in members) if m]
        if len(cleaned) < 2:
            return
        index = len(self._clusters)
        self._clusters.append(_Cluster(name=name))
        for member in cleaned:
            key = fold(member)
            known = self._of.get(key)
            if known is not None:
                index = self._union(known, index)
            else:
                cluster = self._clusters[index]
                cluster.members.append(member)
                cluster.keys.add(key)
                self._of[key] = index

    def add_table(
        self, header: tuple[str, ...], rows: list[tuple[str, ...]], headings: tuple[str, ...] = ()
    ) -> None:
        """A table's first column is a named kind (its header), and so is any other column of
        short names (``Type``: Shield volcano, Stratovolcano); a two-column table also
        describes each of its rows."""
        table = self._tables
        self._tables += 1
        for col, name in enumerate(header):
            cells = [r[col] for r in rows if col < len(r) and r[col]]
            distinct = list(dict.fromkeys(clean_item(c) for c in cells))
            if (
                len(distinct) < 2
                or all(any(ch.isdigit() for ch in c) for c in cells)
                or (col > 0 and any(len(c.split()) > _SHORT_NAME_WORDS for c in distinct))
            ):
                continue
            kind = len(self._named)
            self._named.append((name, distinct, headings))
            for row in rows:
                if col < len(row) and row[col]:
                    rest = " ".join(c for i, c in enumerate(row) if i != col)
                    self._named_of.setdefault(fold(clean_item(row[col])), (kind, fold(rest)))
        if len(header) == 2:
            rights = [r[1] for r in rows if len(r) == 2]
            self._table_rights[table] = rights
            self._table_headings[table] = headings
            for row in rows:
                if len(row) == 2 and row[0] and row[1]:
                    self.described.setdefault(fold(clean_item(row[0])), (table, row[1]))

    def add_quantity(self, q: Quantity, after: str) -> None:
        """A quantity of the notes (``after`` is the text following it, for its unit word)."""
        fmt = quantity_format(q)
        self._quantities.setdefault(fmt, {}).setdefault(q.value, q.text)
        self.phrases.add(fold(q.text))
        unit = after.strip(" -").split(" ", 1)[0] if after else ""
        self.phrases.add(f"{_plain_number(q.value)}|{fold(unit)}")

    def add_statement(self, text: str) -> None:
        self.statements.add(fold(text))

    def add_definition(self, term: str, definition: str) -> None:
        self.definitions.setdefault(fold(term), set()).add(fold(definition))

    # --- asking ---

    def named_kind(self, member: str) -> tuple[str, list[str], str, tuple[str, ...]] | None:
        """(kind name, other members, folded rest of the row, the table's heading path) for
        a table's first-column cell."""
        found = self._named_of.get(fold(clean_item(member)))
        if found is None:
            return None
        kind, rest = found
        name, members, headings = self._named[kind]
        key = fold(clean_item(member))
        return name, [m for m in members if fold(m) != key], rest, headings

    def cluster(self, member: str) -> int | None:
        return self._of.get(fold(clean_item(member)))

    def sample_same_kind(self, member: str, count: int, start: int) -> list[str]:
        """Up to ``count`` other members of ``member``'s kind, read from position ``start``
        (wrapping): cheap on large kinds, stable for a given ``start``."""
        index = self.cluster(member)
        if index is None:
            return []
        members = self._clusters[index].members
        key = fold(clean_item(member))
        n = len(members)
        picked: list[str] = []
        for i in range(min(n, count + 1)):
            candidate = members[(start + i) % n]
            if fold(candidate) != key:
                picked.append(candidate)
        return picked[:count]

    def descriptions(self, left: str) -> tuple[str, list[str], tuple[str, ...]] | None:
        """(this row's right cell, the other rows' right cells, the table's heading path) of
        a two-column table row."""
        found = self.described.get(fold(clean_item(left)))
        if found is None:
            return None
        table, right = found
        others = [r for r in self._table_rights[table] if fold(r) != fold(right)]
        return right, list(dict.fromkeys(others)), self._table_headings[table]

    def quantities_near(self, q: Quantity, each_side: int = 6) -> list[str]:
        """Quantities of the notes in ``q``'s format closest in value to it (up to
        ``each_side`` below and above), other than ``q``'s value: plausible distractors."""
        fmt = quantity_format(q)
        same = self._quantities.get(fmt)
        if not same:
            return []
        values = self._sorted.get(fmt)
        if values is None or len(values) != len(same):
            values = self._sorted[fmt] = sorted(same)
        at = bisect.bisect_left(values, q.value)
        near = values[max(0, at - each_side) : at + each_side + 1]
        return [same[v] for v in near if v != q.value]

    def says_quantity(self, text: str, value: Decimal, unit: str) -> bool:
        """True when the notes state this quantity (or this number of this unit) anywhere."""
        return fold(text) in self.phrases or f"{_plain_number(value)}|{fold(unit)}" in self.phrases

    def known_about(self, term: str) -> str:
        """Everything the notes say a term is (its definitions and its table row), folded."""
        key = fold(clean_item(term))
        parts = sorted(self.definitions.get(key, ()))
        named = self._named_of.get(key)
        if named is not None:
            parts.append(named[1])
        return " ".join(parts)

    def defined_as(self, term: str, definition: str) -> bool:
        return fold(definition) in self.definitions.get(fold(term), set())
