"""A table with a column of the Constitution's articles: each row asked for its article.

Polity notes tabulate what each article provides for: ``| Type | Article | What it covers |``
under *Jurisdiction of the SC*, ``| Type | Article | Grounds | … |`` of the emergencies,
``| Body | Basis | … |`` with ``Art 338`` among acts. The article is the fact an examiner
asks, so each row whose cell is one article is asked for it:

    "Which article provides for the advisory jurisdiction of the SC?"   (Article 143)
    "Which article of the Constitution deals with President's Rule?"    (Article 356)

The row's first cell names what the article provides for; under a heading ``<Noun> of <body>``
(``Jurisdiction of the SC``) it is a kind of that noun (``the special leave jurisdiction of
the SC``), else it must say so itself in two words or more (``National Emergency``; a bare
``Original`` is not asked). A range or a list of articles (``Art 132–134``) is not a key a
learner can type, and a cell that is an act (``NCW Act, 1990``) is no article: neither is
asked. The key is written ``Article 143``; ``Art 143``, ``Art. 143`` and ``143`` are accepted.
"""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import base_form
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import IRREGULAR_PARTICIPLES, OFFICES, with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_columns import (
    KEY_WORDS,
    MIN_ROWS,
    asked_of_row,
)

_ARTICLE_HEADERS = frozenset(
    ("article", "articles", "art", "art.", "basis", "constitutional basis", "provision")
)
#: One article: ``Art 136``, ``Art. 338A``, ``Article 32``, ``352``.
_ONE_ARTICLE = re.compile(r"^(?:Art(?:icle)?\.?\s*)?(?P<number>\d{1,3}[A-Z]{0,2})$")
#: A heading that names what the rows are kinds of: ``Jurisdiction of the SC``.
_OF_BODY = re.compile(r"^(?P<noun>[A-Z][a-z]+) of (?P<body>(?:the )?[A-Z][\w .'’-]{1,40})$")
#: Nouns a row names one of and the question says as many (``ordinary bills``).
_COUNTED = frozenset("bill motion writ ordinance amendment".split())


def article_column(table: Table) -> int | None:
    """The column whose header says it holds articles, if one of its cells is one."""
    for i, header in enumerate(table.header):
        if i and fold(header).strip(" :").removesuffix("(s)") in _ARTICLE_HEADERS:
            cells = [r[i].strip() for r in table.rows if len(r) > i]
            if any(_ONE_ARTICLE.match(c) for c in cells):
                return i
    return None


#: First words that leave a subject to its table's other cells: "Special procedure" for what?
_VAGUE = frozenset("special certain general miscellaneous some".split())


def _leaves_out_what(cell: str) -> bool:
    """ "SC, HCs, Acts, Bills" (names, not "supplementary, additional, excess grants"),
    "Special procedure", "Commission & Committee": a subject
    that needs its chapter's words (of the language), which the question leaves out
    (holdout 176)."""
    first = cell.split()[0].lower() if cell.split() else ""
    listed = [part.strip() for part in cell.split(",")]
    names = len(listed) > 2 and all(re.fullmatch(r"[A-Z]\w*", part) for part in listed)
    return names or first in _VAGUE or bool(re.fullmatch(r"\w+ (?:&|and) \w+", cell))


def _subject(cell: str, heading: str) -> str | None:
    """What the row's article provides for, as the question says it, or ``None``."""
    of_body = _OF_BODY.match(heading.split(" › ")[-1].strip())
    if of_body is not None:
        kind = cell[:1].lower() + cell[1:] if not cell.isupper() else cell
        return f"the {kind} {of_body.group('noun').lower()} of {with_the(of_body.group('body'))}"
    words = cell.split()
    if len(words) < 2 and not cell.isupper():
        return None  # "Original": of what?
    if _leaves_out_what(cell):
        return None
    if words[-1].lower() in _COUNTED:
        words[-1] += "s"  # "Money Bill" → "Money Bills"
        if words[0][:1].isupper() and words[-1][:1].islower():
            words[0] = words[0].lower()  # "Ordinary bill" → "ordinary bills"
        return " ".join(words)
    return with_the(cell)


#: A heading of an office's powers: ``Key powers``, ``Powers``.
_POWERS = re.compile(r"(?:(?:key|main|major|imp\.?|important)\s+)?powers", re.IGNORECASE)


def _power_of(cell: str, headings: tuple[str, ...]) -> str | None:
    """``Pardon`` of a table under ``President › Key powers``: "the President's pardon
    power" (holdout 307: the powers table asked no article), or ``None``."""
    if len(headings) < 2 or not _POWERS.fullmatch(headings[-1].strip()):
        return None
    office = headings[-2].strip()
    if len(cell.split()) != 1 or not cell.isalpha() or len(office.split()) > 3:
        return None
    return f"the {office}'s {cell.lower()} power"


def article_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """One question per row whose article cell is one article: of the Constitution, or of
    the treaty the headings name (``Paris Agreement – key articles``); none when the notes'
    title names a treaty the table's own headings do not say is the table's."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    document = _document(table.headings)
    if document is None:
        return []
    col = article_column(table)
    if col is None:
        return _articles_first(table, context, heading, ctx, document)
    drafts = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        if len(row) != len(table.header):
            continue
        found = _ONE_ARTICLE.match(row[col].strip())
        name = write_out(re.sub(r"\s*\([^()]*\)\s*$", "", row[0]).strip(), ctx.legend)
        if found is None or not name or len(name.split()) > KEY_WORDS:
            continue
        subject = _subject(name, heading) or _power_of(name, table.headings)
        if subject is None:
            continue
        verb = "provides for" if subject.startswith("the ") and " of " in subject else "deals with"
        prompt = f"{context}: Which article of {document} {verb} {subject}?"
        drafts.append(_article_draft(table, row, line, col, heading, prompt, found["number"]))
    return drafts


#: A treaty's name in a heading (``Kyoto Protocol – details``, ``Paris Agreement``).
_TREATY = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+)+(?:Agreement|Protocol|Convention|Treaty|Accord|Charter)\b"
    r"|\b(?:UNFCCC|UNCLOS|NPT|CTBT|GATT)\b"
)


def _document(headings: tuple[str, ...]) -> str | None:
    """Whose articles a table lists: the treaty its nearest heading names, else the
    Constitution, unless the notes' title names treaties (then which one is unknown: holdout
    205 asked the Kyoto Protocol's articles as the Constitution's)."""
    for heading in reversed(headings[1:]):
        found = _TREATY.search(heading)
        if found is not None:
            return with_the(found.group(0).strip())
    if headings and _TREATY.search(headings[0]):
        return None  # "Climate Regime: UNFCCC → Kyoto Protocol → Paris Agreement": which?
    return "the Constitution"


def _article_draft(
    table: Table, row: tuple[str, ...], line: int, col: int, heading: str, prompt: str, number: str
) -> Draft:
    """The short answer asking a row its article, ``Article 143`` (``Art 143``, ``Art. 143``
    and ``143`` accepted)."""
    return asked_of_row(
        table,
        row,
        heading,
        prompt,
        f"Article {number}",
        aliases=(f"Art {number}", f"Art. {number}", number),
        slot=f"article:{col}",
        key_kind="term",
        line=line,
    )


#: Headers of a column that says what each row's article provides for.
_SAYS_HEADERS = frozenset(
    ("what it says", "provision", "provides for", "deals with", "subject", "what it covers")
)
#: Words of a description that never say whose they are (``duties & powers``).
_WHOSE = frozenset(
    """duties powers functions appointment oath removal salary salaries tenure term service
    conditions composition qualifications resignation vacation suspension extension
    post retirement bar and of the""".split()
)
#: A description that is a clause or a note, not what an article is about.
_NOT_A_SUBJECT = re.compile(r"^(?:not|no|to|can|cannot|may|must|only)\b|[/→=+]", re.IGNORECASE)


#: A modal after the subject: what the article says, a clause.
_MODAL = re.compile(r"^\S+\s.*\b(?:may|can|cannot|must|shall|should|will)\b", re.IGNORECASE)
#: A note of lettered parts.
_LETTERED = re.compile(r":|\([a-d]\)")
#: Words a noun is followed by (``Powers of …``, ``Elections to …``), never a verb's object.
_AFTER_A_NOUN = frozenset("of to for in on and with under between at by from over".split())


def _opens_on_a_verb(words: list[str]) -> bool:
    """``Saves existing laws …``, ``Protects central law …``: a verb and its object, not a
    noun (``Powers of Part B states``, ``Taxes levied by the Union``)."""
    head, after = words[0].lower(), words[1].lower() if len(words) > 1 else ""
    return (
        head.endswith("s")
        and base_form(head) is not None
        and after not in _AFTER_A_NOUN
        and not after.endswith("ed")
        and after not in IRREGULAR_PARTICIPLES  # "Recommendations laid …" (holdout 538, bad)
        and after != "&"
    )


def _articles_first(
    table: Table, context: str, heading: str, ctx: Context, document: str
) -> list[Draft]:
    """``| Article | What it says | Exam hook |`` over ``| Art 90 | vacation, resignation &
    removal of Dy Chairman | … |``: "Which article of the Constitution deals with the vacation,
    resignation and removal of the Deputy Chairman?" (holdout 169's table asked nothing).
    Only a row whose first cell is one article and whose description is a noun phrase (not
    ``not to preside while …``, not ``Dy Chairman/others to act …``) is asked."""
    if fold(table.header[0]).strip(" :") not in _ARTICLE_HEADERS:
        return []
    says = next(
        (i for i, h in enumerate(table.header) if fold(h).strip(" :") in _SAYS_HEADERS), None
    )
    if says is None:
        return []
    drafts = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        found = _ONE_ARTICLE.match(row[0].strip()) if len(row) == len(table.header) else None
        if found is None:
            continue
        said = write_out(row[says].split(";")[0].strip(), ctx.legend).replace(" & ", " and ")
        if len(said.split()) < 2 or _NOT_A_SUBJECT.search(said) or _leaves_out_what(said):
            continue
        if all(w in _WHOSE for w in re.findall(r"[a-z]+", said.lower())):
            continue  # "duties & powers", "appointment, oath, service conditions": whose?
        words = said.split()
        head = words[0]
        if head.lower().endswith(("ed", "en")) and head.lower() not in ("chairmen", "women"):
            continue  # "levied by Centre, kept by states": a participle, not what it is about
        verb = words[1].islower() and words[1].endswith("s") and base_form(words[1]) is not None
        if verb and (fold(head) in OFFICES or fold(head) in ctx.proper_words):
            continue  # "President notifies SC list": a clause, not what it is about
        if _LETTERED.search(said):
            continue  # "State powers: (a) … ; (b) …": a note of parts, no subject
        if _opens_on_a_verb(words):  # "Saves existing laws …": the article's own deed
            clause = said[:1].lower() + said[1:]
            prompt = f"{context}: Which article of {document} {clause}?"
            drafts.append(_article_draft(table, row, line, 0, heading, prompt, found["number"]))
            continue
        if _MODAL.search(said):  # "Parliament may impose restrictions …": what it says
            prompt = f"{context}: Which article of {document} says that {said}?"
            drafts.append(_article_draft(table, row, line, 0, heading, prompt, found["number"]))
            continue
        titled = words[1][:1].isupper()  # "Money Bill", "Annual Financial Statement"
        lowered = head[1:].islower() and fold(head) not in OFFICES and not titled
        subject = said[:1].lower() + said[1:] if lowered else said
        if not subject.startswith("the ") and not re.match(r"[a-z]+(?:ly|ing)\b", subject):
            subject = f"the {subject}"  # not "the voluntarily acquiring …" (holdout 192)
        prompt = f"{context}: Which article of {document} deals with {subject}?"
        drafts.append(_article_draft(table, row, line, 0, heading, prompt, found["number"]))
    return drafts
