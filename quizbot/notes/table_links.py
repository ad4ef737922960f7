"""Two table rows asked for the cell an examiner asks: a dam's river, an exercise's partner.

Geography notes tabulate rivers with their dams (``| River | Rises at | Imp. dams / projects
| … |``) and defence notes exercises with their partners (``| Exercise | Partner | Service
|``). The row builder asks a row by its first cell from the others' clues, which these
columns do not give; the facts a coach picks are the other way round:

    "On which river is the Hirakud dam?"                        (Mahanadi)
    "On which river are the Jog Falls?"                          (Sharavati)
    "With which country does India hold the Yudh Abhyas exercise?"   (USA)
    "With which country's help was the Bhilai steel plant built?"  (USSR)
    "Covishield is an example of which vaccine platform?"       (Viral vector)

A dam is the row's bold dam (the writer's mark), else its only one; a dam whose name
holds the river's (``Mahi Bajaj Sagar``) is not asked. A partner cell of several countries
(``USA, Japan, Australia (Quad)``) is not one answer, and a row that names several exercises
(``Garuda / Varuna / Shakti``) is not one exercise. The other rows' rivers or partners are
the options.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import singular
from quizbot.notes.hashing import shuffled
from quizbot.notes.names import expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import MIN_ROWS, choice_row_draft, row_fact

_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
_DAM_HEADER = re.compile(r"\b(?:dams?|projects?|reservoirs?)\b", re.IGNORECASE)
_PARTNER_HEADERS = frozenset(("partner", "partners", "with", "partner country", "country"))
#: A steel plant's column of who helped build it (``built w/`` USSR).
_HELPER_HEADERS = frozenset(
    ("built w/", "built with", "collaboration", "collaborator", "foreign help", "help from")
)
#: A helper that is a country: one to three capitalised words (not ``private, Tata``).
_COUNTRY_CELL = re.compile(r"^(?:[A-Z][A-Za-z]*|USSR|UK|USA)(?: [A-Z][a-z]+){0,2}$")
_NAMED_DAM = re.compile(r"\b(?:Dam|Project|Barrage|Anicut)$")
_SEVERAL = re.compile(r"[,/&;]|\band\b")


def _header(table: Table, test: object) -> int | None:
    found = [
        i for i, h in enumerate(table.header) if i and callable(test) and test(fold(h).strip(" :"))
    ]
    return found[0] if len(found) == 1 else None


def link_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """A dam's river or an exercise's partner for each row, or none."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    first = fold(table.header[0]).strip(" :")
    if first in ("river", "rivers"):
        col = _header(table, lambda h: bool(_DAM_HEADER.search(h)))
        return [] if col is None else _dams(table, col, context, heading)
    if first in ("falls", "waterfall", "waterfalls"):
        col = _header(table, lambda h: h in ("river", "on river"))
        return [] if col is None else _falls(table, col, context, heading)
    if first in ("plant", "plants", "steel plant", "steel plants") and "steel" in fold(
        f"{heading} {first}"
    ):
        col = _header(table, lambda h: h in _HELPER_HEADERS)
        return [] if col is None else _helpers(table, col, context, heading)
    if first in ("type", "types", "kind", "kinds", "category", "class"):
        col = _header(table, lambda h: h in ("example", "examples", "e.g.", "eg"))
        return [] if col is None else _examples(table, col, context, heading)
    if first in ("exercise", "exercises"):
        col = _header(table, lambda h: h in _PARTNER_HEADERS)
        return [] if col is None else _partners(table, col, context, heading)
    return []


def _dam(cell: str) -> tuple[str, str] | None:
    """The row's dam (its bold one, else its only one) and its bracket, or ``None``."""
    parts = [p.strip() for p in re.split(r",\s*(?![^()]*\))", cell) if p.strip()]
    bold = [p for p in parts if p.startswith("**")]
    chosen = bold[0] if bold else parts[0] if len(parts) == 1 else None
    if chosen is None:
        return None
    chosen = chosen.replace("**", "").strip()
    found = _BRACKET.search(chosen)
    name = chosen[: found.start()].strip() if found else chosen
    return name, found.group(1) if found else ""


def _dams(table: Table, col: int, context: str, heading: str) -> list[Draft]:
    rows = [r for r in table.rows if len(r) == len(table.header)]
    rivers = [r[0].strip() for r in rows]
    drafts = []
    for row, river in zip(rows, rivers, strict=True):
        dam = _dam(row[col])
        if dam is None or not river or _SEVERAL.search(river):
            continue
        name, where = dam
        if any(w[:1].islower() and w not in ("of", "the", "and") for w in name.split()):
            continue  # "flows mostly in AP": a fact of a "Key dams / facts" column, no dam
        if set(fold(river).split()) & set(fold(name).split()):
            continue  # "Mahi Bajaj Sagar": the dam names its river
        kind = "" if _NAMED_DAM.search(name) else " dam"
        place = f" ({where})" if where else ""
        prompt = f"{context}: On which river is the {name}{kind}{place}?"
        drafts.append(_draft(table, row, col, prompt, river, rivers, heading, "place"))
    return drafts


def _falls(table: Table, col: int, context: str, heading: str) -> list[Draft]:
    """ "On which river is the Jog waterfall?": a river has several falls (the Kaveri has
    Shivanasamudra and Hogenakkal), a waterfall one river."""
    rows = [r for r in table.rows if len(r) == len(table.header)]
    rivers = [_BRACKET.sub("", r[col]).strip() for r in rows]
    drafts = []
    for row, river in zip(rows, rivers, strict=True):
        name = _BRACKET.sub("", row[0].split("–")[0]).strip()
        if not river or _SEVERAL.search(river) or not name or _SEVERAL.search(name):
            continue
        if not river[:1].isupper():
            continue  # "local stream" of Nohkalikai: no river's name (holdout 343, bad)
        kind = "" if re.search(r"\b(?:Falls?|Waterfall)$", name) else " Falls"
        prompt = f"{context}: On which river are the {name}{kind}?"
        drafts.append(_draft(table, row, col, prompt, river, rivers, heading, "place"))
    return drafts


def _helpers(table: Table, col: int, context: str, heading: str) -> list[Draft]:
    """ "With which country's help was the Bhilai steel plant built?"."""
    rows = [r for r in table.rows if len(r) == len(table.header)]
    helpers = [r[col].strip() for r in rows]
    drafts = []
    for row, helper in zip(rows, helpers, strict=True):
        name = _BRACKET.sub("", row[0]).strip()
        if not _COUNTRY_CELL.match(helper) or not name or _SEVERAL.search(name):
            continue
        countries = [h for h in helpers if _COUNTRY_CELL.match(h)]
        prompt = f"{context}: With which country's help was the {name} steel plant built?"
        drafts.append(_draft(table, row, col, prompt, helper, countries, heading, "place"))
    return drafts


def _examples(table: Table, col: int, context: str, heading: str) -> list[Draft]:
    """ "Covishield is an example of which vaccine platform?": a row's first example asked
    for its type, the heading's noun naming the kind (``Vaccine platforms``)."""
    noun = fold(re.split(r"\s*[(–—:]", heading.split(" › ")[-1])[0]).strip()
    if not noun or len(noun.split()) > 3 or not noun.endswith("s"):
        return []
    sorts = re.fullmatch(r"(?:types|kinds|forms|classes) of ([a-z]+s)", noun)
    of = singular(sorts.group(1)) if sorts else ""  # "Types of vaccines": a type of vaccine
    noun = f"type of {of}" if of else singular(noun)
    rows = [r for r in table.rows if len(r) == len(table.header)]
    kinds = [r[0].strip() for r in rows]
    drafts = []
    for row, kind in zip(rows, kinds, strict=True):
        cell = re.split(r"\s[–—]\s", re.sub(r"\s*\([^()]*\)", "", row[col]))[0]
        # an acronym may spell its type (IPV: inactivated polio vaccine): the first named one
        names = [
            e.strip()
            for e in re.split(r"[,;]", cell)
            if e.strip() and not e.strip().isupper() and not re.search(r"\s(?:&|and)\s", e)
        ]  # "Pfizer & Moderna": two makers, no one example
        example = names[0] if names else ""
        if not example or not example[:1].isupper() or len(example.split()) > 3:
            continue
        if "/" in kind or {singular(w) for w in fold(kind).split()} & _title_words(table):
            # "Vaishnava / Shaiva": two kinds; "Fire theyyams", "Daily theyyam" of deities:
            # sorts of the note's own subject, no kind of deity (holdout 527, three bad)
            continue
        prompt = f"{context}: {example} is an example of which {noun}?"
        # typed: the kinds are written too unlike one another to be options ("mRNA", "Live
        # attenuated")
        accepted = (f"{kind} {of or noun.split()[0]}",) if len(noun.split()) > 1 else ()
        drafts.append(_draft(table, row, col, prompt, kind, [], heading, "term", accepted))
    return drafts


def _title_words(table: Table) -> set[str]:
    """The words of the note's title (its first heading), folded, each also singular."""
    title = fold(table.headings[0]) if table.headings else ""
    words = set(re.findall(r"[a-z]{4,}", title))
    return words | {singular(w) for w in words}


def _partners(table: Table, col: int, context: str, heading: str) -> list[Draft]:
    rows = [r for r in table.rows if len(r) == len(table.header)]
    partners = [_BRACKET.sub("", r[col]).strip() for r in rows]
    drafts = []
    for row, partner in zip(rows, partners, strict=True):
        name = _BRACKET.sub("", row[0]).strip()
        if not partner or _SEVERAL.search(partner) or not name or _SEVERAL.search(name):
            continue
        if fold(partner)[:3] in fold(name):
            continue  # "AUSINDEX": the exercise's name spells its partner
        prompt = f"{context}: With which country does India hold the {name} exercise?"
        drafts.append(_draft(table, row, col, prompt, partner, partners, heading, "place"))
    return drafts


def _draft(
    table: Table,
    row: tuple[str, ...],
    col: int,
    prompt: str,
    answer: str,
    column: list[str],
    heading: str,
    kind: str,
    accepted: tuple[str, ...] = (),
) -> Draft:
    fact = row_fact(table, row, heading)
    id_key = f"{fact}|link:{col}"
    others = [c for c in dict.fromkeys(column) if c and fold(c) != fold(answer)]
    others = [c for c in others if not _SEVERAL.search(c)]
    return choice_row_draft(
        table,
        row,
        heading,
        prompt=prompt,
        answer=answer,
        others=shuffled(others, id_key, "d"),
        aliases=(*expansions(answer), *accepted),
        slot=f"link:{col}",
        fact=fact,
        id_key=id_key,
        key_kind=kind,
    )
