"""Notes as searchable passages: each top-level bullet, numbered item, paragraph and table row.

:func:`passages_of` parses one Markdown note (:func:`quizbot.notes.outline.parse_outline`) into
:class:`IndexedPassage` values: the passage shown to the learner, the term a bullet defines, its
search words and heading words, and every line it covers. :func:`markdown_files` finds the notes
under the paths given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizbot.notes.outline import Item, parse_outline
from quizbot.tutor.replies import Passage
from quizbot.tutor.search_words import term_forms, tokens


@dataclass(eq=False)
class IndexedPassage:
    """A searchable passage."""

    passage: Passage
    #: The bold term a bullet defines ("International North–South Transport Corridor (INSTC)"),
    #: or a table row's first cell.
    term: str
    words: Counter[str]
    length: int
    heading_words: Counter[str]
    #: Every line the passage covers (sub-bullets included), for ``source.line`` look-ups.
    lines: frozenset[int] = field(default_factory=frozenset)
    table: bool = False
    #: The term's forms as word sets ("nuclear suppliers group", "nsg"), for the term bonus.
    term_words: tuple[frozenset[str], ...] = ()


def _item_term(item: Item) -> str:
    raw = item.raw.lstrip()
    if raw.startswith(("**", "__")) and item.bold:
        rest = raw[len(item.bold[0]) + 4 :].lstrip()
        if rest.startswith(":") or raw[len(item.bold[0]) + 4 :].startswith(":"):
            return item.bold[0]
        marker = raw.find("**:", 2)
        if marker >= 0:
            return item.bold[0]
    return ""


def _item_text(item: Item) -> str:
    lines = [item.text]
    for child in item.children:
        lines.append(f"  - {child.text}")
        lines.extend(f"    - {grandchild.text}" for grandchild in child.children)
    return "\n".join(lines)


def _item_lines(item: Item) -> set[int]:
    """Every line of an item and of everything under it (a loop: bullets may nest a
    thousand deep)."""
    found: set[int] = set()
    stack = [item]
    while stack:
        current = stack.pop()
        found.add(current.line)
        found.update(line for line, _ in current.more_lines)
        stack.extend(current.children)
    return found


def passages_of(markdown: str, file: str, shown: str = "") -> list[IndexedPassage]:
    """The passages of one note: bullets (with their sub-bullets), numbered items,
    paragraphs and table rows; ``file`` names it in passages, ``shown`` as displayed."""
    outline = parse_outline(markdown)
    units: list[IndexedPassage] = []

    def add(
        text: str,
        headings: tuple[str, ...],
        line: int,
        term: str,
        lines: set[int],
        table: bool = False,
    ) -> None:
        words = Counter(tokens(text))
        heading_words = Counter(tokens(" ".join(headings[1:] or headings)))
        forms = tuple(frozenset(form.split()) for form in sorted(term_forms(term)))
        units.append(
            IndexedPassage(
                Passage(text, headings, file, line, shown=shown),
                term,
                words,
                sum(words.values()),
                heading_words,
                frozenset(lines),
                table,
                forms,
            )
        )

    for item in outline.items:
        if item.kind == "paragraph" and item.children:
            add(item.text, item.headings, item.line, "", {item.line})
            for child in item.children:
                add(
                    _item_text(child),
                    child.headings,
                    child.line,
                    _item_term(child),
                    _item_lines(child),
                )
            continue
        add(_item_text(item), item.headings, item.line, _item_term(item), _item_lines(item))
    for table in outline.tables:
        for cells, line in zip(table.rows, table.row_lines, strict=False):
            filled = [c for c in cells if c]
            if not filled:
                continue
            add(
                " — ".join(filled),
                table.headings,
                line,
                cells[0] if cells else "",
                {line},
                table=True,
            )
    return units


def markdown_files(paths: Iterable[Path | str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.md") if p.is_file()))
        elif path.is_file():
            found.append(path)
    return found
