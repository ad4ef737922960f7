"""The battle builder: a battle at a line's head, and who beat whom in it after the arrow.

Timelines name a battle and its outcome in shorthand: ``(1760) **Battle of Wandiwash** →
Eyre Coote beats Count de Lally; Bussy taken prisoner``, ``**Battle of Buxar** (1764) –
Munro defeated Mir Qasim, Shuja & Shah Alam II``. The year was asked ("In which year did the
Battle of Wandiwash take place?") and the battle itself, the fact an examiner asks, never
(holdout 320: St. Thome and Wandiwash, key facts, asked only by their years). The outcome
names the battle's two sides, so the battle is asked from them:

    "In which battle (1760) did Eyre Coote defeat Count de Lally?"

The winner must be a name (``small French force under Paradis beats …`` is not asked: a
force, no one to name) and so must the loser; the verb is one of beating (``beats``,
``defeated``, ``routs``); the clause ends at a semicolon, a comma before a new clause, a
bracket or an arrow. The battle's place alone is accepted as well ("Wandiwash"; "Panipat"
for the Third Battle of Panipat only when the question says its year).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question

_NTH = r"(?:First|Second|Third|1st|2nd|3rd)"
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|du|ud|ul|of|the|and|&))*"
_LINE = re.compile(
    rf"^(?:\((?P<year>1[0-9]\d\d)\)\s+)?(?P<battle>(?:{_NTH} )?Battle of {_NAME})"
    r"(?:\s+\((?P<bracket>[^()]*)\))?\s*(?:→|–|—|:)\s*"
    rf"(?P<winner>{_NAME})\s+(?:beats|beat|defeats|defeated|routs|routed|crushes|crushed)\s+"
    rf"(?P<loser>{_NAME})(?=\s+(?:under|at|in|near|led)\b|\s*[;,(→]|\s*$)"
)
_YEAR = re.compile(r"^(?:1[0-9]\d\d)$")


def battle_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which battle (1760) did Eyre Coote defeat Count de Lally?", or ``None``."""
    if "Battle of" not in unit.text:
        return None  # the cheap test first (``generate_1mb_s``)
    found = _LINE.match(unit.text.replace("**", ""))
    if found is None:
        return None
    battle = found.group("battle").strip()
    bracket = (found.group("bracket") or "").strip()
    year = found.group("year") or (bracket if _YEAR.match(bracket) else "")
    when = f" ({year})" if year else ""
    winner, loser = found.group("winner").strip(), found.group("loser").strip()
    if winner in battle or loser in battle:
        return None  # "Battle of Haldighati → Haldighati …": the battle names a side
    if re.fullmatch(r"[A-Z][a-z]+s", loser):
        loser = f"the {loser}"  # "the Marathas"
    place = re.sub(rf"^(?:{_NTH} )?Battle of ", "", battle)
    numbered = place != battle.removeprefix("Battle of ")
    # "Panipat" alone: which of the three battles? The question's year says which
    aliases = [place, f"Battle of {place}"] if numbered and year else [] if numbered else [place]
    return written_question(
        unit,
        "battle",
        f"In which battle{when} did {winner} defeat {loser}?",
        battle,
        key_kind="name",
        aliases=aliases,
        marked=battle in unit.bold,
        at_head=True,
    )
