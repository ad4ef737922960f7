"""A Markdown outline parser for syllabus-style notes.

It reads what notes are made of — headings, nested bullets, numbered lists, two-column (and
wider) tables, paragraphs, **bold** terms — and keeps the 1-based line of everything, so a
question can point back at the bullet it came from. It is not a full CommonMark parser: code
blocks, HTML comments and images are skipped, block quotes read as paragraphs, and inline
markup is reduced to plain text (bold spans and ``==highlights==`` are remembered).

Optional YAML-style front matter (``---`` lines around ``key: value`` pairs) may set the
``topic`` root and ``tags`` of the generated questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from quizbot.notes.front_matter import front_matter
from quizbot.notes.note_breaks import (
    glossary_lines,
    label_closing_glossary,
    label_closing_timeline,
    label_then_entry,
    opens_a_note,
    split_chained_timeline,
    timeline_lines,
)

ItemKind = Literal["bullet", "number", "paragraph"]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)([-*+])\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
#: A line of a fenced block that opens with its date and a dash (``1973 – Kesavananda
#: Bharati → …``): students type timelines in code blocks to keep them aligned.
_FENCED_DATE = re.compile(
    r"^\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)\d\d\s*[–—-]\s+\S"
)
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_HIGHLIGHT = re.compile(r"==(.+?)==")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_CODE = re.compile(r"`([^`]*)`")
_ITALIC = re.compile(
    r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])"
    r"|(?<![\w_])_(?!\s)([^_]+?)(?<!\s)_(?![\w_])"
)


#: A backslash escape (``\$``, ``\*``, ``\_``): the character stands for itself.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: Escaped characters are held in the private-use area while markup is read.
_HELD = 0xE000
_RESTORE = {_HELD + c: chr(c) for c in range(33, 127)}


def protect(raw: str) -> str:
    r"""``raw`` with each backslash escape held as a private-use character, so ``\*`` opens
    no italic and ``\==`` no highlight; :func:`plain_text` gives the characters back."""
    if "\\" not in raw:
        return raw
    return _ESCAPE.sub(lambda m: chr(_HELD + ord(m.group(1))), raw)


def _caption(lines: list[str], header: int, start: int) -> str:
    """The prose line above the table header at index ``header`` (one blank line between
    allowed), as plain text; ``""`` when a heading, a list item, another table or nothing is
    there."""
    above = header - 1
    if above >= start and not lines[above].strip():
        above -= 1
    if above < start:
        return ""
    text = lines[above].strip()
    if not text or text[0] in "#|>" or _BULLET.match(text) or _NUMBERED.match(text):
        return ""
    return plain_text(text)


@lru_cache(maxsize=1 << 16)  # every item's text and bold span of a 1 MB note (about 17,000)
def plain_text(raw: str) -> str:
    r"""Inline Markdown reduced to the text a reader sees (highlight markers removed,
    backslash escapes undone: ``\$5 bn`` → ``$5 bn``)."""
    held = "\\" in raw
    if held:
        raw = protect(raw)
    text = _plain(raw)
    if held or (text and max(text) >= "\ue000"):
        text = text.translate(_RESTORE)
    return text


def _plain(raw: str) -> str:
    if "`" in raw:
        raw = _CODE.sub(r"\1", raw)
    if "](" in raw:
        raw = _LINK.sub(r"\1", raw)
    if "**" in raw or "__" in raw:
        raw = _BOLD.sub(lambda m: m.group(1) or m.group(2), raw)
    if "==" in raw:
        raw = _HIGHLIGHT.sub(r"\1", raw)
    if "*" in raw or "_" in raw:
        raw = _ITALIC.sub(lambda m: m.group(1) or m.group(2), raw)
    return " ".join(raw.split())


@dataclass(eq=False)
class Item:
    """One bullet, numbered item or paragraph of the notes."""

    kind: ItemKind
    #: The inline Markdown as written (continuation lines joined with a space).
    raw: str
    #: 1-based line where the item starts.
    line: int
    #: Heading texts from the top (``# ...``) down to the item's section.
    headings: tuple[str, ...]
    #: Nesting depth among list items (0 for top-level bullets and paragraphs).
    depth: int = 0
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    #: (line, text) of each continuation line joined into ``raw``.
    more_lines: list[tuple[int, str]] = field(default_factory=list)
    #: ``Glossary`` for an item of the note's closing glossary (a ``Glossary`` line after the
    #: last heading): its terms are the note's, not the last section's.
    label: str = ""

    def line_at(self, offset: int) -> int:
        """The line holding character ``offset`` of :attr:`text` (for a paragraph's
        sentences, which may start on a later line than the paragraph)."""
        if not self.more_lines:
            return self.line
        joined = sum(len(t) + 1 for _, t in self.more_lines)
        pieces = [(self.line, self.raw[: len(self.raw) - joined]), *self.more_lines]
        position = 0
        found = self.line
        for line, raw in pieces:
            if position > offset:
                break
            found = line
            position += len(plain_text(raw)) + 1
        return found

    @property
    def text(self) -> str:
        """The item as plain text."""
        return plain_text(self.raw)  # cached by raw text

    @property
    def bold(self) -> list[str]:
        """Bold spans, as plain text, in order."""
        if "**" not in self.raw and "__" not in self.raw:
            return []
        raw = protect(self.raw)
        return [plain_text(m.group(1) or m.group(2)) for m in _BOLD.finditer(raw)]

    @property
    def highlights(self) -> list[str]:
        """``==highlighted==`` spans (author-marked cloze blanks), as plain text."""
        if "==" not in self.raw:
            return []
        return [plain_text(m.group(1)) for m in _HIGHLIGHT.finditer(protect(self.raw))]


@dataclass(eq=False)
class Table:
    """A pipe table: a header row and body rows of cell texts (plain text)."""

    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    #: Line of the header row, and of each body row.
    line: int
    row_lines: list[int]
    headings: tuple[str, ...]
    #: The line of prose right above the table (a blank line between allowed), which may
    #: say what its rows are: ``Highest peak of each continent:``; else ``""``.
    caption: str = ""
    #: The bold spans of each body row, as plain text (the writer's marks inside cells).
    bold: list[tuple[str, ...]] = field(default_factory=list)

    def marks(self, index: int) -> tuple[str, ...]:
        """The bold spans of body row ``index`` (none when the row has none recorded)."""
        return self.bold[index] if index < len(self.bold) else ()


@dataclass(eq=False)
class Outline:
    """A parsed notes file."""

    items: list[Item] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    #: (level, text, line) of every heading, in order.
    headings: list[tuple[int, str, int]] = field(default_factory=list)
    #: Front-matter settings (``topic``, ``tags``), when the file has front matter.
    meta: dict[str, object] = field(default_factory=dict)
    #: (line, column, message) of each front-matter value left out as broken.
    warnings: list[tuple[int, int, str]] = field(default_factory=list)

    def walk(self) -> list[Item]:
        """Every item, parents before their children, in document order."""
        found: list[Item] = []
        stack = list(reversed(self.items))
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(reversed(item.children))
        return found


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [plain_text(c.replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", body)]


def parse_outline(markdown: str) -> Outline:
    """Parse notes into items (nested), tables and headings, keeping line numbers."""
    if "<!--" in markdown:  # keep line numbers: a comment's newlines stay
        markdown = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), markdown)
    lines = markdown.splitlines()
    outline = Outline()
    outline.meta, start, outline.warnings = front_matter(lines)
    path: list[str] = []
    levels: list[int] = []
    headings: tuple[str, ...] = ()
    #: Open list items: (indent, item); a new item nests under the last one less indented.
    stack: list[tuple[int, Item]] = []
    paragraph: Item | None = None  # the paragraph being read
    intro: Item | None = None  # the last paragraph, which a list right after it belongs to
    last: Item | None = None  # the list item a continuation line extends
    blank = False  # the previous line was blank
    in_fence = False
    i = start
    n = len(lines)
    while i < n:
        line = lines[i]
        number = i + 1
        i += 1
        if _FENCE.match(line):
            in_fence = not in_fence
            paragraph = intro = last = None
            stack.clear()
            continue
        if in_fence:
            if _FENCED_DATE.match(line):  # a timeline typed in a code block: one bullet a line
                outline.items.append(Item("bullet", line.strip(), number, headings))
            continue
        stripped = line.strip()
        if not stripped:
            if paragraph is not None:
                intro = paragraph
            paragraph = None
            blank = True
            continue
        was_blank, blank = blank, False
        first = stripped[0]
        if first == "#":
            m = _HEADING.match(stripped)
            if m:
                level = len(m.group(1))
                while levels and levels[-1] >= level:
                    levels.pop()
                    path.pop()
                levels.append(level)
                title = plain_text(m.group(2))
                path.append(title)
                headings = tuple(path)
                outline.headings.append((level, title, number))
                stack.clear()
                paragraph = intro = last = None
                continue
        if first == "|" and i < n and _TABLE_SEP.match(lines[i]) and "-" in lines[i]:
            header = tuple(_cells(stripped))
            rows: list[tuple[str, ...]] = []
            row_lines: list[int] = []
            bold: list[tuple[str, ...]] = []
            i += 1
            while i < n and lines[i].strip().startswith("|"):
                rows.append(tuple(_cells(lines[i])))
                row_lines.append(i + 1)
                bold.append(tuple(plain_text(b or c) for b, c in _BOLD.findall(lines[i])))
                i += 1
            caption = _caption(lines, number - 1, start)
            table = Table(header, rows, number, row_lines, headings, caption, bold)
            outline.tables.append(table)
            stack.clear()
            paragraph = intro = last = None
            continue
        if _RULE.match(line):
            stack.clear()
            paragraph = intro = last = None
            continue
        bullet = _BULLET.match(line) if first in "-*+" else None
        numbered = _NUMBERED.match(line) if first.isdigit() else None
        found = bullet or numbered
        if found:
            indent = len(found.group(1).expandtabs(4))
            if paragraph is not None:
                intro, paragraph = paragraph, None
            kind: ItemKind = "bullet" if bullet else "number"
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if (
                len(stack) == 1
                and stack[0][0] == -1
                and stack[0][1].children
                and stack[0][1].children[0].kind != kind
            ):
                stack.clear()  # a list of another kind ends the list under the intro
            if was_blank and indent == 0 and stack and stack[0][0] == -1:
                # "Causes …:" and its bullets, a blank line, then "- **Hussain Shah** …":
                # the writer's next list, not one more cause (holdout 389, bad)
                stack.clear()
                intro = None
            parent = stack[-1][1] if stack else None
            item = Item(kind, found.group(3).strip(), number, headings, len(stack), parent)
            if parent is not None:
                parent.children.append(item)
            elif intro is not None and intro.raw.rstrip().endswith(":"):
                # "The inner planets are:" followed by a list: the list belongs to it.
                item.parent = intro
                item.depth = 1
                intro.children.append(item)
                stack.append((-1, intro))
            else:
                outline.items.append(item)
            stack.append((indent, item))
            last = item
            intro = None
            continue
        if first == ">":
            stripped = stripped.lstrip("> ").strip()
            if not stripped:
                continue
        indented = line[:1].isspace()
        # "- … advice not binding" then "NCW – NCW Act 1990, …": the next note
        new_note = not indented and opens_a_note(stripped)
        if last is not None and ((not was_blank and not new_note) or (indented and stack)):
            last.raw = f"{last.raw} {stripped}"  # a continuation of the list item
            last.more_lines.append((number, stripped))
            continue
        last = None
        stack.clear()
        if (
            paragraph is not None
            and not glossary_lines(paragraph, stripped)
            and not timeline_lines(paragraph, stripped)
            and not label_then_entry(paragraph, stripped)
        ):
            paragraph.raw = f"{paragraph.raw} {stripped}"
            paragraph.more_lines.append((number, stripped))
            continue
        intro = None
        paragraph = Item("paragraph", stripped, number, headings)
        outline.items.append(paragraph)
    label_closing_glossary(outline)
    label_closing_timeline(outline)
    split_chained_timeline(outline)
    return outline
