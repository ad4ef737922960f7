"""The amendment-list builder: a line of a list of amendments, its ordinal, year and what it
did, asked "Which amendment …?".

Polity notes list the amendments to remember under a lead-in, one a line, in shorthand::

    Imp. amendments:
    - 52nd (1985) – anti-defection law, **Tenth Schedule**
    - 61st (1988) – voting age lowered from 21 to 18
    - 42nd (1976) – the "mini-Constitution"

A cloze of such a line keeps its dash (the last gate drops it as shorthand); the line says
exactly what an examiner asks, the amendment:

    "Which amendment (1985) is associated with the anti-defection law, Tenth Schedule?"
    "Which amendment (1988) lowered the voting age from 21 to 18?"
    "Which amendment (1976) is called the “mini-Constitution”?"

The lead-in, the parent line or the heading must say *amendment*; what it did is the line's
first clause (before a semicolon or an arrow): a thing and a participle (put as the verb), a
quoted name (what it is called), or a phrase of at most eight words with no verb.

A table of amendments (``| Amdt | Year | Key change | Exam hook |`` over ``| 61st | (1988) |
Voting age 21 → 18 | … |``) is asked the same of each row (:func:`amendment_rows`): what
the first column after the year says it changed, up to its first comma ("Which amendment
(1988) changed the voting age from 21 to 18?"). Such a table asked nothing before (holdout
328: its must-know amendments were never asked).
"""

from __future__ import annotations

import re

from quizbot.notes.clauses import PROVISION
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import has_verb, singular, with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_columns import cell_draft, year_cell
from quizbot.text.names import is_everyday_word

#: An amendment by its ordinal: ``61st``, ``61st Amdt``.
_ORDINAL = r"(?P<ordinal>\d{1,3}(?:st|nd|rd|th))(?:\s+(?:Amendment|Amdt\.?|CAA))?"
_LINE = re.compile(rf"^{_ORDINAL}\s*\((?P<year>(?:19|20)\d\d)\)\s*[–—-]\s*(?P<did>.+)$")
_ORDINAL_CELL = re.compile(_ORDINAL)
#: A thing and what was done to it: ``voting age lowered from 21 to 18``.
_DONE_TO = re.compile(r"^(?P<thing>[\w\"“][\w\"“”'’ -]*?)\s+(?P<done>[a-z]{3,}ed)\b(?P<rest>.*)$")
_QUOTED = re.compile(r"^(?:the\s+)?[\"“](?P<name>[^\"”]+)[\"”]$")
_MAX_WORDS = 8


def amendment_line_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which amendment (1988) lowered the voting age from 21 to 18?", or ``None``."""
    found = _LINE.match(unit.text.strip())
    if found is None or not _about_amendments(unit):
        return None
    did = re.split(r";\s|\s→\s", found.group("did"))[0].strip().rstrip(".")
    if re.search(r"[=+/&]|\s[–—-]\s", did):
        return None  # shorthand left in what it did
    year = found.group("year")
    prompt = _prompt(did, year)
    if prompt is None:
        return None
    ordinal = found.group("ordinal")
    answer, aliases = _answer(ordinal)
    return written_question(
        unit,
        "amendment-line",
        prompt,
        answer,
        key_kind="ordinal",
        aliases=aliases,
        key=ordinal,
        at_head=True,
    )


def _answer(ordinal: str) -> tuple[str, list[str]]:
    """``61st Amendment``, and the other forms a learner may type."""
    return f"{ordinal} Amendment", [
        ordinal,
        f"{ordinal} Amdt",
        f"{ordinal} Constitutional Amendment",
    ]


def _about_amendments(unit: Unit) -> bool:
    """Does the lead-in, the parent line or the heading say the list is of amendments?"""
    said = " ".join((unit.subject, unit.parent.text if unit.parent else "", *unit.headings[-1:]))
    return re.search(r"\bamendments?\b|\bamdts?\b", fold(said)) is not None


def _prompt(did: str, year: str) -> str | None:
    quoted = _QUOTED.match(did)
    if quoted is not None:  # the "mini-Constitution"
        return f"Which amendment ({year}) is called the “{quoted.group('name')}”?"
    done = _DONE_TO.match(did)
    if done is not None:
        thing = done.group("thing").strip()
        if has_verb(thing, loose=False):
            return None
        rest = done.group("rest").rstrip(" ,")
        # "Parliament's power", "Art 21A": no article
        if done.group("done") == "renamed" and rest.strip()[:1] in '"“':
            rest = f" as{rest}"  # '"Oriya" renamed "Odia"': renamed "Oriya" as "Odia"
        if re.match(r"[\w-]+['’]s\b", thing) or PROVISION.match(thing) or thing[:1] in '"“':
            named = thing
        elif thing[:1].isupper() and thing.split()[-1][:1].isupper():
            named = with_the(thing)  # "Sikkim", but "the Council of Ministers"
        else:
            named = f"the {thing}"
        return f"Which amendment ({year}) {done.group('done')} {named}{rest}?"
    if len(did.split()) > _MAX_WORDS or has_verb(did, loose=False) or not did[:1].isalnum():
        return None
    if re.search(r"\b(?:out|into|from|to|in|on|by|under|over)\b", did):
        return None  # "property out of FRs": a note of a move, no thing to be associated with
    return f"Which amendment ({year}) is associated with the {did}?"


#: First headers of a table of amendments.
_AMENDMENT_HEADERS = frozenset(("amdt", "amdt.", "amendment", "amendments", "caa", "no."))
#: A change between two figures: ``Voting age 21 → 18``.
_FIGURES_CHANGED = re.compile(r"(?P<before>\d+)\s*→\s*(?P<after>\d+)")


def amendment_rows(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "Which amendment (1988) changed the voting age from 21 to 18?" of each row of a table
    of amendments."""
    header = [fold(h).strip(" :") for h in table.header]
    if len(header) < 3 or header[0] not in _AMENDMENT_HEADERS:
        return []
    year_col = next((i for i, h in enumerate(header) if h in ("year", "yr")), None)
    if year_col is None or year_col + 1 >= len(header):
        return []
    drafts = []
    for row in table.rows:
        found = _ORDINAL_CELL.fullmatch(row[0].strip()) if len(row) == len(header) else None
        year = year_cell(table, row) if found else None
        if found is None or year is None:
            continue
        did = _FIGURES_CHANGED.sub(r"changed from \g<before> to \g<after>", row[year_col + 1])
        did = write_out(re.split(r";\s|,\s|\s→\s", did)[0].strip().rstrip("."), ctx.legend)
        if len(did.split()) < 2 or re.search(r"[=+/&]|\s[–—-]\s", did) or PROVISION.match(did):
            continue  # "GST", "Art 21A (6–14 yrs)": a name or a provision, said elsewhere
        words = did.split()
        if is_everyday_word(singular(words[0].lower())) and not words[1][:1].isupper():
            did = did[:1].lower() + did[1:]  # "Privy purses abolished", but "Lok Sabha term"
        prompt = _prompt(did, year)
        if prompt is None:
            continue
        answer, aliases = _answer(found.group("ordinal"))
        drafts.append(
            cell_draft(
                table,
                row,
                year_col + 1,
                heading,
                prompt=f"{context}: {prompt}",
                answer=answer,
                aliases=aliases,
                key_kind="ordinal",
                asked_as="amendment",
            )
        )
    return drafts
