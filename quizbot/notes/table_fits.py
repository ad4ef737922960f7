"""Which rows of a table a row's question fits as well: a question that another row answers
too is not asked (:mod:`~quizbot.notes.table_rows`).

A row's question gives some of its cells as clues (:func:`clues`); it fits another row when
that row's cells say nearly the same (``provides ₹3,000 a month from age 60`` of PM-SYM and
APY's ``₹1,000–5,000 a month from age 60``), when they share much of a clue's words (``Public
health & sanitation`` and ``Nutrition & public health``: "Which provision deals with public
health?"), or when the leader it names leads another row too.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context
from quizbot.notes.names import NAME_KIND_WORDS
from quizbot.notes.outline import Table
from quizbot.notes.phrases import content_words, fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_answers import shares_a_word
from quizbot.notes.table_clues import clue
from quizbot.notes.table_headers import header_kind
from quizbot.text.names import names_a_region


def header_noun(header: str) -> str:
    """A header as the noun of a question: ``Protected area``, ``convention``; an acronym
    kept."""
    header = header.replace(" / ", " or ")  # "Dam / project": a dam or project
    header = re.sub(r"\s*\([^()]*\)", "", header).strip()  # "Country (old name)": a country
    if fold(header) in ("falls", "waterfalls"):
        return "waterfall"  # "Which falls in Karnataka is …?" reads as a plural
    first = header.split(" ", 1)[0]
    if header.isupper() or first[1:2].isupper():
        return header  # "GG or Viceroy", never "gG or Viceroy"
    return header[:1].lower() + header[1:]


def clues(
    table: Table, row: tuple[str, ...], col: int, ctx: Context, every: bool = False
) -> dict[int, tuple[str, str]]:
    """Each cell of a row put in words as a clue of the question asking its ``col`` cell, by
    column (a cell that shares a word with the answer gives none, unless ``every``)."""
    answer = row[col]
    what = fold(header_noun(table.header[col] or "item"))
    found: dict[int, tuple[str, str]] = {}
    for i, (h, cell) in enumerate(zip(table.header, row, strict=True)):
        if i == col or not cell or not h:
            continue
        if not every and shares_a_word(cell, answer) and not _only_its_kind(cell, answer):
            if header_kind(h) == "offers":  # "from village Kuchipudi; … **Tarangam** …"
                made = _marked_feature(table, row, cell, answer, ctx)
                if made is not None:
                    found[i] = made
            continue
        if header_kind(h) == "held":
            cell = cell.split("→")[0]  # what the court held; its arrow, what came of it
        if header_kind(h) == "place" and names_a_region(answer):
            continue  # "Which country in Ipiranga …?": a country is in no place of its own
        if (
            header_kind(h) == "links"
            and sum(i < len(r) and fold(r[i]) == fold(cell) for r in table.rows) > 1
        ):
            continue  # "Uttarakhand ↔ Tibet" on two rows: it names neither pass
        if header_kind(h) == "lack" and _said_of_another(table, row, i):
            continue  # "megaloblastic anaemia" of B9 beside B12's "pernicious (megaloblastic)
            # anaemia": it names neither vitamin (holdout 346, bad)
        made = clue(h, write_out(cell, ctx.legend), what)
        if made is None and header_kind(h) == "offers":
            made = _marked_feature(table, row, cell, answer, ctx)
        if made is not None:
            found[i] = made
    return found


def _said_of_another(table: Table, row: tuple[str, ...], col: int) -> bool:
    """Is every word of the cell's first part (before a ``;``) in another row's cell of its
    column too?"""
    said = set(content_words(re.sub(r"\([^()]*\)", "", row[col]).split(";")[0]))
    others = [r[col] for r in table.rows if r != row and col < len(r)]
    return bool(said) and any(said <= set(content_words(re.sub(r"[()]", " ", o))) for o in others)


def _only_its_kind(cell: str, answer: str) -> bool:
    """Is the word a cell shares with the answer only the kind its name ends on (``Wular
    Lake``: "largest freshwater lake in India")? That names no row (holdout 301)."""
    words = answer.split()
    while words and fold(words[-1]) in NAME_KIND_WORDS:
        words.pop()  # the kind its name ends on; "Policy cut" is a cut, its policy no kind
    bare = " ".join(words)
    return bool(bare) and bare != answer and not shares_a_word(cell, bare)


def _marked_feature(
    table: Table, row: tuple[str, ...], cell: str, answer: str, ctx: Context
) -> tuple[str, str] | None:
    """The part of a features cell the writer set in bold, as what the row is known for
    (``… Siddhendra Yogi; **Tarangam** on a brass plate`` → "is known for Tarangam on a
    brass plate"): the feature a coach asks of a dance, a style or a site (holdout 119)."""
    marks = table.marks(table.rows.index(row))
    for part in (p.strip() for p in cell.split(";")):
        words = fold(part).split()
        if len(words) < 2 or not any(m and m in part for m in marks):
            continue
        if shares_a_word(part, answer):
            continue
        if words[0] in _CLAUSE_WORDS or any(w in _CLAUSE_WORDS for w in words[1:]):
            continue  # "recognised 2000", "Persian/Arabic mixed w/ …": a remark, no feature
        if re.search(r"[=+→~\"“”]", part) or words[0] in ("for", "to", "by", "in", "at"):
            continue  # "for Adinath (1st Tirthankara)": dedicated to, built by? (holdout 268)
        return "offers", f"is known for {write_out(part, ctx.legend)}"
    return None


#: Words that make a features cell's part a clause or a remark, not a feature.
_CLAUSE_WORDS = frozenset(
    "is are was were has have had became recognised recognized since from mixed".split()
)


def rows_of(table: Table) -> list[tuple[str, ...]]:
    """The table's rows that have a cell for every column."""
    return [r for r in table.rows if len(r) == len(table.header)]


def shared_leader(table: Table, row: tuple[str, ...], col: int, asked: str) -> bool:
    """Does the leader the question names lead another row too ("Which country was led by
    San Martin?" of Argentina, where Chile's row is "San Martin, O'Higgins")?"""
    for i, header in enumerate(table.header):
        if i == col or i >= len(row) or header_kind(header) != "leader":
            continue
        first = re.split(r",\s+|\s+&\s+|\s+and\s+", row[i])[0].strip()
        if len(first) <= 3 or fold(first) not in fold(asked) or re.search(r"\d", asked):
            continue  # "Which group of 1926 was led by Bhagat Singh?": the year tells
        if any(fold(first) in fold(r[i]) for r in rows_of(table) if r is not row and i < len(r)):
            return True
    return False


def fits_too(
    table: Table, row: tuple[str, ...], col: int, other: str, stem: str, ctx: Context
) -> bool:
    """Does the row keyed ``other`` fit the stem as well: each clue the stem gives is said
    of that row too, in nearly the same words and with its figures inside that row's
    ("provides ₹3,000 a month from age 60" of PM-SYM, and APY's "provides guaranteed
    ₹1,000–5,000 a month from age 60")?"""
    theirs = next((r for r in rows_of(table) if r[col] == other), None)
    if theirs is None:
        return False
    said = content_words(stem)
    given = [
        (i, words)
        for i, (_, words) in clues(table, row, col, ctx).items()
        if len(content_words(words) & said) * 4 >= len(content_words(words)) * 3
    ]  # "is the first nuclear power plant" is given as "is India's first nuclear …"
    their_clues = clues(table, theirs, col, ctx, every=True)
    return bool(given) and all(
        i in their_clues and _alike_clues(words, their_clues[i][1]) for i, words in given
    )


_NAME = re.compile(r"\b[A-Z][\w'’-]+")


def said_of_another(
    table: Table, row: tuple[str, ...], col: int, asked: str, ctx: Context
) -> set[str]:
    """Does another row fit every clue the question gives, most of that row's own clue said in
    this one (``Nutrition & public health`` inside ``Public health & sanitation, hospitals``)?
    Then the question fits that row too ("Which provision deals with public health …?"): the
    keys of those rows."""
    said = content_words(asked)
    mine = clues(table, row, col, ctx)
    given = [i for i, (_, words) in mine.items() if content_words(words) <= said]
    if not given:
        return set()
    theirs = {id(r): clues(table, r, col, ctx, every=True) for r in rows_of(table)}
    # the words a column's clue says of every row ("deals with"): no row is told apart by them
    template = {
        i: frozenset.intersection(*(content_words(c[i][1]) for c in theirs.values() if i in c))
        for i in given
    }

    def alike(i: int, other: tuple[str, ...]) -> bool:
        their = theirs[id(other)]
        if i not in their:
            return False
        ours, its = (content_words(x[i][1]) - template[i] for x in (mine, their))
        common = ours & its
        names = [m for m in _NAME.finditer(other[i]) if m.start() > 0]  # not the cell's opening
        if any(fold(m.group()) not in ours for m in names):
            return False  # "Kalimpong – Lhasa route" beside "Gangtok – Lhasa route": told apart
        return ours == its or (len(common) >= 2 and len(common) * 2 >= len(its))

    return {
        other[col]
        for other in rows_of(table)
        if other is not row and all(alike(i, other) for i in given)
    }


def _alike_clues(mine: str, theirs: str) -> bool:
    """Every word of the one said in the other, which adds few of its own, and each figure of
    the one among the other's figures or inside a range of them."""
    words = {w for w in content_words(mine) if not _FIGURE.search(w)}
    its = {w for w in content_words(theirs) if not _FIGURE.search(w)}
    if not words <= its or len(words) * 4 < len(its) * 3:
        return False
    spans = [(_value(m.group(1)), _value(m.group(2) or m.group(1))) for m in _SPAN.finditer(theirs)]
    return all(
        any(low <= _value(m.group(1)) <= high for low, high in spans) for m in _SPAN.finditer(mine)
    )


def _value(figure: str) -> float:
    return float(figure.replace(",", ""))


_FIGURE = re.compile(r"\d")


#: A figure or a range of figures (``₹1,000–5,000``, ``3,000``).
_SPAN = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s*[–—-]\s*(\d[\d,]*(?:\.\d+)?))?")
