"""The table identify builder: a row whose other cells describe its first → "which is this?".

A table of three columns whose rows no other builder asks (``| Reef type | Feature |
Example |``, ``| Edict | Content | Note |``, ``| Current | Ocean | Imp. point |``) is asked row by
row the way a table is revised: its first cell the answer, its two other cells the clues —
"Which reef type is this: ring-shaped reef around a lagoon; such as Lakshadweep?", "Which
major current is this: Atlantic; meets Gulf Stream off Newfoundland?". A column of kinds
(short cells two rows share) is said first, and the options are the other rows of the
answer's kinds; with fewer than three of them the row is not asked. A cell that shares a
word with the answer gives it away and is left out, as are an empty, a dash, a long cell,
the writer's bold term, a column of what the row is not, of what its name means or of a sort
each row has alone (``| Species | Category |``), and two columns of people; a table with a
column of articles (``| Power | Article | Remarks |``) is not read out (the article is its
fact, the row's name the writer's label: holdout 307). A row whose clues say too little or
too much (a row dump), whose answer is a year, a number, several names or one of a pair, or
whose first cell another row shares, is not asked; nor is a table of four columns or more (a
row dump), or of people. A column of years (``| GG / Viceroy | Tenure | Key events |``) is
not read out: its rows are told apart by what happened, among the rows nearest in time
(holdout 316). The row builder's natural questions rank first (:mod:`~quizbot.notes.rank`),
so this one asks what they cannot.
"""

from __future__ import annotations

import re
from collections.abc import Set

from quizbot.bank.model import Mcq
from quizbot.notes.case_names import first_party
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import which_is_this
from quizbot.notes.hashing import shuffled
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.table_answers import shared_words, shares_a_word
from quizbot.notes.table_clues import POINTING
from quizbot.notes.table_columns import (
    KEY_WORDS,
    MIN_ROWS,
    charge_columns,
    coded_name,
    is_empty_cell,
    row_explanation,
    row_fact,
)
from quizbot.notes.table_identify_options import (
    NUMBERED_NAME,
    drawn_options,
    named_rows,
    one_bracket_form,
)
from quizbot.notes.table_kinds import (
    a_column_of_people,
    fits_another,
    kind_columns,
    no_clue_column,
    says_where,
    says_whose_side,
)
from quizbot.notes.table_names import modifier_only
from quizbot.notes.table_row_kinds import captioned_kind, row_kind
from quizbot.notes.table_rows import NOT_YET, no_key_column
from quizbot.notes.term_lines import POINTS_ELSEWHERE
from quizbot.text.names import is_everyday_word, names_a_region

#: A provision's note that it was added later: among plain rows, it tells the lettered one.
_INSERTED = re.compile(r"\s*\((?:added|inserted|new)\b[^()]*\)", re.IGNORECASE)
#: Columns of a table read out: its name and two clues.
_COLUMNS = 3
#: A header that is a deed of the row's (``Deals with``, ``Provides for``): its clue asks
#: "Which section deals with …?".
_DOES = re.compile(r"[a-z]+s (?:with|for|to|on|about)")
#: Words the clues must hold at least and at most, and a clue's cell at most.
MIN_CLUE_WORDS = 4
MAX_CLUE_WORDS = 16
MAX_CELL_WORDS = 14
#: A first cell that is a year, a number, an ordinal or a span: a timeline's or a stage's.
_NUMBERED = re.compile(
    r"(?:c\.\s*)?(?:\d+|[IVX]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:st|nd|rd|th)?(?:\s*[–—-]\s*(?:\d+|[IVX]+))?(?:\s*\(.*\))?",
    re.IGNORECASE,
)
#: A cell of years (``1773–85``, ``1951``, ``c. 320 BCE``): a column of them dates the rows.
_YEARS = re.compile(  # "(1469–1539)" in brackets too (holdout 331: "Which guru is this: (1469–…")
    r"\(?(?:c\.\s*)?\d{3,4}(?:\s*[–—-]\s*\d{2,4})?(?:\s*(?:BCE?|CE|AD))?\)?", re.IGNORECASE
)
#: A court's bench and its holding (``13 judges, 7:6 → can amend any part …``).
_BENCH = re.compile(r"^(?P<bench>\d+ judges(?:, \d+\s*:\s*\d+)?)\s*→\s*(?P<held>[^→]+)$")
#: A first header of provisions, whose numbers are names (``| Article | Content |``).
_PROVISION_HEADER = re.compile(r"(art(?:icle)?s?|sections?|sec|schedules?)\b\.?", re.I)
#: An answer in capitals (``SCO``, ``BRICS``): a clue's name opening on its first letter
#: may spell it.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: A header that says what its cell is to the row (``Absorbed by``, ``Flows into``): said
#: with the cell, which alone says nothing ("Shah Jahan (1633)").
_LINKING = re.compile(r"\b(?:by|into|in|at|from|to|with|of|under)$", re.IGNORECASE)
#: A header of people (``Indian leader(s)``, ``British officer(s)``).
_PEOPLE = re.compile(
    r"\b(?:leader|officer|commander|general|suppressor|ruler|king|governor|viceroy|minister)"
    r"s?\b",
    re.IGNORECASE,
)
#: A first cell naming several things (``Jnaneshwar, Namdev, Tukaram``).
_SEVERAL = re.compile(r",|\band\b|&")
#: A header of examples: its cell is said "such as …".
_EXAMPLES = re.compile(r"(?:examples?|e\.?g\.?|eg)\b", re.IGNORECASE)


_COMPASS = re.compile(r"(?:north|south)?-?(?:north|south|east|west)(?:ern)?|central|middle")


def identify_rows(
    table: Table,
    context: str,
    heading: str,
    ctx: Context,
    elsewhere: Set[int] = frozenset(),
) -> list[Draft]:
    """One "which is this?" question per row of a table of three columns, asked of its first
    cell; none of a row on a line in ``elsewhere`` (another builder asks it)."""
    header = table.header
    rows = named_rows([r for r in table.rows if len(r) == len(header)])
    if len(header) != _COLUMNS or len(rows) < MIN_ROWS:
        return []  # four columns and more read out as a row dump (holdouts 304-305: 0 of 12)
    if a_column_of_people(header):
        return []  # a person is a bundle of roles, no row of clues (see a_column_of_people)
    if any(_PROVISION_HEADER.match(h.strip()) for h in header[1:]):
        return []  # "| Power | Article | Remarks |": the article is the fact, the power a label
    provisions = _PROVISION_HEADER.match(header[0].strip())
    if provisions:  # "279A" of an "Article" column is "Article 279A", never a count
        said = provisions.group(1)[:3].lower()
        noun = "Article" if said == "art" else "Section" if said == "sec" else "Schedule"
        keys = [f"{noun} {r[0].strip()}" if r[0][:1].isdigit() else r[0].strip() for r in rows]
    else:
        keys = [coded_name(r[0].strip(), header[0]) for r in rows]
    if not provisions and any(_NUMBERED.fullmatch(k.strip().strip("()")) for k in keys):
        return []  # "| Year | Event |", "| Stage | Reactor |", "(1850)": no name to identify
    if 2 * sum(modifier_only(BRACKET.sub("", k).strip()) for k in keys) >= len(keys):
        return []  # "Which species is this: …?" = "Indian" under Vultures (holdout 414)
    if no_key_column(header[0], keys) or all(_COMPASS.fullmatch(fold(k)) for k in keys):
        return []  # "| Issue | Recommendation |": the notes' own labels, no answer; "Eastern"
        # of Bihar and Odisha is the map's answer (holdout 376, bad)
    # "| Sec | Deals with |" is asked "Which section is this …?", never "Which sec …" (333)
    what = noun.lower() if provisions else row_kind(header[0], heading, ctx)
    if what == "one" and table.caption:  # "Local pre-monsoon storms (all give lightning):"
        what = captioned_kind(table.caption, ctx) or what  # over "| Name |" (holdout 420, weak)
    dated = _dated_columns(rows)
    kinds = [col for col in kind_columns(rows) if col not in dated]  # two cases of one year
    kinds += [c for c, h in enumerate(header) if says_whose_side(h) and c not in kinds]
    charges = charge_columns(header, rows, MIN_CLUE_WORDS)
    named = [_one_name(row, key) for row, key in zip(rows, keys, strict=True)]
    folded = [fold(k) for k in keys]
    drafts = []
    for row, answer, one in zip(rows, keys, named, strict=True):
        ok = one and folded.count(fold(answer)) == 1  # a name two rows share: which is meant?
        ok = ok and not fits_another(row, rows, header)
        index = table.rows.index(row)
        line = table.row_lines[index]
        long_form = ctx.long_forms.get(answer, "")  # "SCO": "2001, Shanghai" gives it away
        marked = table.marks(index)
        asked = (
            _asked(
                header, row, answer, _either(what, answer), kinds, long_form, marked, charges, dated
            )
            if ok and line not in elsewhere
            else None
        )
        if asked is None:
            continue
        fact = row_fact(table, row, heading)
        drawn = drawn_options(rows, keys, named, row, answer, kinds, dated, fact)
        if (
            drawn is None
            and kinds
            and not any(says_where(header[col]) or says_whose_side(header[col]) for col in kinds)
        ):
            # nor a side: a Japanese general among the Allied ones (holdout 512, bad)
            # "| Upanishad | Veda | Remember for |": of the Atharva, two rows are too few
            # options; the Veda left unsaid, every other row is one (holdout 395). Not a
            # place: "reverses with the monsoon" tells the one Indian among Pacific currents
            unsaid = frozenset(kinds) | dated
            asked = _asked(header, row, answer, _either(what, answer), [], long_form, marked,
                           charges, unsaid)  # fmt: skip
            drawn = (
                drawn_options(rows, keys, named, row, answer, [], dated, fact) if asked else None
            )
        if asked is None or not drawn or _clue_of_another(asked, row, rows):
            continue  # typed, a row's cells are a riddle: see DISTRACTORS
        prompt = f"{context}: {asked}"
        options, shown_answer = one_bracket_form(shuffled([answer, *drawn], fact), answer)
        fields: dict[str, object] = {
            "prompt": prompt,
            "options": tuple(options),
            "answer": shown_answer,
        }
        drafts.append(
            Draft(
                Mcq,
                {**fields, "explanation": row_explanation(table, row)},
                "table-identify",
                "identify:0",
                answer,
                fact,
                heading,
                line,
                id_key=f"{fact}|identify",
                key_text=answer,
                key_kind="term",
            )
        )
    return drafts


def _clue_of_another(asked: str, row: tuple[str, ...], rows: list[tuple[str, ...]]) -> bool:
    """Is every clue of the question in another row's cells too? "Which province is this:
    Muslim-majority, less than pop. share?" = Punjab; Bengal's note says the same (holdout
    641, bad: two right options), and a note column is an aside to
    :func:`~quizbot.notes.table_kinds.fits_another`."""
    # "Later restored (by Canning)" of Baghat is Udaipur's "later restored" too (673, bad)
    said = asked.split(": ", 1)[-1].rstrip("?").split("; ")
    clues = [fold(BRACKET.sub("", c)).strip() for c in said if BRACKET.sub("", c).strip()]
    return any(
        other is not row and all(c in fold(" ; ".join(other)) for c in clues) for other in rows
    )


def _either(what: str, answer: str) -> str:
    """Of a header of two kinds, one numbered (``Amendment / case``), the answer's own:
    "Which case is this: …?" of *Kameshwar Singh*, "Which amendment …?" of the *4th
    Amendment*, never "Which amendment or case is this: …?" (holdout 325, weak)."""
    kinds = what.split(" or ")
    numbered = [k for k in kinds if fold(k) in _NUMBERED_KINDS]
    if len(kinds) != 2 or len(numbered) != 1:
        return what
    named = next(k for k in kinds if k not in numbered)
    return numbered[0] if NUMBERED_NAME.match(answer) else named


#: Kinds of thing known by a number (``4th Amendment``, ``Article 21``).
_NUMBERED_KINDS = frozenset(("amendment", "amendments", "article", "schedule", "section"))


def _one_name(row: tuple[str, ...], answer: str) -> bool:
    """Is a row's first cell one name to type or pick: not too long, not several names, not
    one of two (``Brazil / Falkland`` beside ``Warm / Cold``), and there already?"""
    bare = BRACKET.sub("", answer)
    return (
        len((first_party(bare) or bare).split()) <= KEY_WORDS
        and not _SEVERAL.search(bare)
        and not (" / " in bare and any(" / " in cell for cell in row[1:]))
        and not NOT_YET.search(answer)  # "Polavaram (under construction)": no dam yet
    )


def _asked(
    header: tuple[str, ...],
    row: tuple[str, ...],
    answer: str,
    what: str,
    kinds: list[int],
    long_form: str,
    marked: tuple[str, ...] = (),
    charges: frozenset[int] = frozenset(),
    dated: frozenset[int] = frozenset(),
) -> str | None:
    """The question in words: the row's kinds, then its other cells, examples said "such as
    …" — "Which major current is this: Atlantic; meets the Gulf Stream off Newfoundland?" —
    or ``None`` when its cells say too little or too much."""
    # two columns of people (the leaders and the officers who put them down) say nothing
    # without their headers: whose side is whose?
    people = [col for col in range(1, len(header)) if _PEOPLE.search(header[col])]
    # a country's leader names it ("Which actor is this: Nehru; …?" = India, changed47, bad)
    people = people if len(people) > 1 or names_a_region(answer) else []
    sorts: list[str] = []
    said: list[str] = []
    words = 0  # of the cells, not of the words said with them
    label = all(is_everyday_word(fold(w)) for w in BRACKET.sub("", row[0]).split())
    if label and marked and not any(fold(b) in fold(row[0]) for b in marked):
        return None  # "| New Part | **Part IXB** | rules on board … |": the writer's key is
        # in another column, the first a label (holdout 361, bad: "New Part" the key)
    if any(POINTS_ELSEWHERE.match(cell.strip()) for cell in row[1:]):
        return None  # "| Muslim League | also urged surrender | same |": as another row did,
        # which the learner does not see (holdout 671, bad)
    if any(shared_words(cell, answer) >= 2 for cell in row[1:]):
        return None  # "Cattle/horse/slave market" of "horses, slaves, cattle": named by its
        # goods, the row is read out of what is left, "prices fixed" (holdout 360, bad)
    for col in range(1, len(header)):
        # "(added 2015)" tells the one lettered section among plain ones (holdout 391, bad)
        cell = _INSERTED.sub("", row[col]).strip().rstrip(".;")
        if not _usable(cell, answer) or (long_form and shares_a_word(cell, long_form)):
            continue
        if no_clue_column(header[col], col, kinds):
            continue  # "Does NOT lie against" read without its header says the opposite
        if _ACRONYM.fullmatch(answer) and re.search(rf"\b{answer[0]}[a-z]", cell):
            continue  # "SCO": "2001, Shanghai" spells its S
        if any(b in cell for b in marked if b[:1].islower()):
            if col == 1:
                return None  # "| 79 | **safe harbour** for intermediaries | NB |": what the
                # row is, left out, leaves it read out of its side note (holdout 333, bad)
            continue  # "**doldrums**, calm": the writer's key term, to be asked, not shown
        if col in people:
            continue  # "Bahadur Shah II; John Nicholson, Hodson": whose side is whose?
        if col in dated:
            continue  # "Tenure 1943–47" among options of other centuries tells the row by era
        bench = _BENCH.match(cell)
        if bench is not None:  # "13 judges, 7:6 → can amend any part …": the holding first
            cell = f"{bench.group('held')} ({bench.group('bench')})"
        words += len(cell.split()) + (1 if dated and _YEARS.search(cell) else 0)  # a dated deed
        if col in kinds:
            sorts.append(cell)  # as written: "Pacific" and "Cold" alike
        elif _NUMBERED.fullmatch(cell):
            said.append(f"{header[col].strip()} {cell}")  # "Art 352", never a bare "352"
        elif _LINKING.search(header[col].strip()):
            said.append(f"{header[col].strip().lower()} {cell}")  # "absorbed by Shah Jahan"
        elif _EXAMPLES.match(header[col].strip()):
            said.append(f"such as {cell}")
        elif col in charges:
            said.append(f"in charge of {cell}")
            words += MIN_CLUE_WORDS  # the charge alone tells the rows apart
        else:
            said.append(cell)
    if not said or not MIN_CLUE_WORDS <= words <= MAX_CLUE_WORDS:
        return None  # "older practice": too little to tell the rows apart; or a row dump
    deeds = [h.strip().lower() for h in header[1:] if _DOES.fullmatch(h.strip().lower())]
    if not sorts and deeds and said[0].startswith(f"{deeds[0]} "):
        # "| Sec | Deals with | NB |": "Which section deals with cyber terrorism?", not
        # "Which section is this: deals with …; up to life imprisonment?" (holdout 333); a
        # deed of one word keeps the rest after a dash
        short = len(said[0].split()) - len(deeds[0].split()) < 2
        rest = f" — {'; '.join(said[1:])}" if said[1:] and short else ""
        return f"Which {what} {said[0]}{rest}?"
    # the kinds first ("Pacific"), every option of them: no bracket, which would read as a
    # tell between options
    return f"{which_is_this(what)}: {'; '.join(sorts + said)}?"


def _dated_columns(rows: list[tuple[str, ...]]) -> frozenset[int]:
    """The columns of years (``| GG / Viceroy | Tenure | Key events |``, ``| Case | Year |
    Held |``): read out, a row's years tell it among options of other times (holdout 316,
    thirteen weak and one bad of sixteen); left unsaid, with the nearest rows as options."""
    return frozenset(
        col for col in range(1, len(rows[0])) if all(_YEARS.fullmatch(r[col].strip()) for r in rows)
    )


def _usable(cell: str, answer: str) -> bool:
    """Can a cell be read out as a clue: it says something, not too much, and not the
    answer?"""
    cell = cell.strip()
    return (
        not is_empty_cell(cell)
        and len(cell.split()) <= MAX_CELL_WORDS
        and not shares_a_word(cell, answer)
        and not POINTING.search(cell)
        # "66C identity theft" of Section 66: its sub-section names it (holdout 333, bad)
        and not any(re.search(rf"\b{n}[A-Z]\b", cell) for n in re.findall(r"\d+", answer))
    )
