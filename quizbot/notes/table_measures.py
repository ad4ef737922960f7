"""A table of rulers or office-holders and what came in their time, asked by the deed.

History notes tabulate Governors-General, Viceroys and kings with their tenure and their
measures (``| GG / Viceroy | Tenure | Key measures |``, ``| Viceroy | Tenure | Key events /
acts |``, ``| Ruler | Period (CE) | Highlights |``), the writer's bold marking the deed an
examiner asks (the holders nearest in the table the options):

    "Which Governor-General's or Viceroy's tenure saw the Permanent Settlement (1793)?"
    "Which ruler's reign saw the Nalanda mahavihara founded?"

Only a bold deed that opens its item is asked (``**Doctrine of Lapse**``, ``**VPA**
(1878)``, ``**INC founded (1885)** by A.O. Hume``): a bold name inside an item
(``married Licchavi princess **Kumaradevi**``) is another fact. Its bracket is kept when it
is a year, the writer's shorthand (the legend's ``VPA``) is written out, and the other rows'
holders are the options.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_columns import MIN_ROWS, choice_row_draft, row_fact

#: Who the first column holds, and what their time is called.
_HOLDERS = {
    "gg": "tenure",
    "governor-general": "tenure",
    "governor general": "tenure",
    "viceroy": "tenure",
    "gg / viceroy": "tenure",
    "governor-general / viceroy": "tenure",
    "governor": "tenure",
    "ruler": "reign",
    "king": "reign",
    "sultan": "reign",
    "emperor": "reign",
}
_DEEDS = re.compile(r"\b(?:measures?|events?|acts?|highlights|reforms?|achievements?|policies)\b")
_YEAR_BRACKET = re.compile(r"^\((?:c\. )?(?:1[0-9]|20)\d\d\)$|^\(\d{3}\)$")


def measure_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "Which Viceroy's tenure saw the Vernacular Press Act (1878)?" for each bold deed."""
    header = table.header
    first = fold(header[0]).strip(" :")
    if first not in _HOLDERS or len(table.rows) < MIN_ROWS or len(table.bold) != len(table.rows):
        return []
    cols = [i for i, h in enumerate(header) if i and _DEEDS.search(fold(h))]
    if len(cols) != 1:
        return []
    col, time = cols[0], _HOLDERS[first]
    holder = " or ".join(_holder(write_out(h.strip(), ctx.legend)) for h in header[0].split("/"))
    whose = " or ".join(f"{h}'s" for h in holder.split(" or "))
    rows = [(r, b) for r, b in zip(table.rows, table.bold, strict=True) if len(r) == len(header)]
    names = [r[0].strip() for r, _ in rows]
    drafts: list[Draft] = []
    for row, bold in rows:
        name = row[0].strip()
        for item in (i.strip() for i in row[col].split(";")):
            deed = next((b for b in bold if b and item.startswith(b)), None)
            if deed is None or fold(deed) == fold(name):
                continue
            rest = re.split(r"[,;]", item[len(deed) :])[0].strip()  # "by A.O. Hume", "row"
            said = write_out(BRACKET.sub("", deed).strip(), ctx.legend)
            year = next((p for p in re.findall(r"\([^()]*\)", f"{deed} {rest}")), "")
            dated = f" {year}" if _YEAR_BRACKET.match(year) else ""
            tail = "" if rest.startswith("(") or not rest else f" {BRACKET.sub('', rest)}"
            thing = said if fold(said).startswith(("the ", "a ", "an ")) else f"the {said}"
            prompt = f"{context}: Which {whose} {time} saw {thing}{tail}{dated}?"
            if set(fold(holder).split(" or ")) & set(fold(said).split()):
                # "only Viceroy assassinated": "Which Viceroy's tenure saw the only Viceroy …"
                prompt = f"{context}: Who was {thing}{tail}{dated}?"
            lord = (f"Lord {name}",) if time == "tenure" and not name.startswith("Lord") else ()
            drafts.append(_draft(table, row, col, prompt, name, names, heading, deed, lord))
    return drafts


def _holder(word: str) -> str:
    """``Viceroy``, ``Governor-General`` (titles, capitalised); ``ruler``, ``king``."""
    return word.lower() if fold(word) in ("ruler", "king", "sultan", "emperor") else word


def _draft(
    table: Table,
    row: tuple[str, ...],
    col: int,
    prompt: str,
    name: str,
    names: list[str],
    heading: str,
    deed: str,
    aliases: tuple[str, ...],
) -> Draft:
    fact = row_fact(table, row, heading)
    id_key = f"{fact}|deed:{fold(deed)}"
    at = names.index(name)
    # the holders nearest in the table (in time) first: Mountbatten is no trap for 1905
    others = sorted(
        (n for n in dict.fromkeys(names) if n and fold(n) != fold(name)),
        key=lambda n: abs(names.index(n) - at),
    )
    return choice_row_draft(
        table,
        row,
        heading,
        prompt=prompt,
        answer=name,
        others=others,
        aliases=aliases,
        slot=f"deed:{fold(deed)}",
        fact=f"{fact}|deed:{fold(deed)}",
        id_key=id_key,
        key_kind="person",
        odds=("short", "mcq", "mcq"),
        marked=True,
    )
