"""Which cell of a comparison table's row to ask (split from
:mod:`~quizbot.notes.table_compare`): one that says something of its own thing, in at most
ten words with no shorthand, that no other cell of the row says (nor says more of:
``strong easterlies`` beside ``stronger``), a bold one first, picked by the row's key so
that one table's answers are not all its first thing."""

from __future__ import annotations

import re
from itertools import pairwise

from quizbot.notes.hashing import pick
from quizbot.notes.phrases import fold
from quizbot.text.names import is_everyday_word

_MAX_WORDS = 10
#: Cells that say nothing of their own thing.
_EMPTY = frozenset(
    "none nil no yes varies modest same both n/a na - — – not applicable nothing".split()
)
_SHORTHAND = re.compile(r"[→=+&/~<>;]|->|\bvs\b|\bw/")
#: Cells that leave their thing unsaid: whether another cell's value is true of it is unknown.
_UNSAID = frozenset(("", "-", "—", "–", "?", "varies", "various", "n/a", "na", "depends"))
#: Hedges before a cell's value (``usually none``): said of it, the value is still none.
_HEDGE = re.compile(r"^(?:usually|often|mostly|generally|largely|mainly) ")


def _vague(cell: str) -> bool:
    """One everyday word, or two set apart by a comma (``hours``, ``long, local``)."""
    words = [w.strip(",") for w in cell.split()]
    alone = len(words) == 1 or (len(words) == 2 and "," in cell)
    return alone and all(w.isalpha() and is_everyday_word(w) for w in words)


def asked_cell(cells: list[str], key: str, marked: tuple[str, ...] = ()) -> int | None:
    """The row's cell to ask: one the writer bolded (``marked``, the row's bold spans), else
    any, that says something of its own no other cell of the row says, picked by the row's
    key (so that the answers of one table are not all its first thing)."""
    folded = [fold(c.replace("**", "").replace("*", "")) for c in cells]
    if any(f in _UNSAID for f in folded):
        return None  # "dwarapalas" beside Vesara's "—": maybe Vesara's too (holdout 317, bad)

    def fit(i: int) -> bool:
        mine = folded[i]
        if not mine or _HEDGE.sub("", mine) in _EMPTY or len(mine.split()) > _MAX_WORDS:
            return False
        if _SHORTHAND.search(cells[i]) or mine.startswith(("not ", "no ")):
            return False
        if _vague(mine):
            return False  # "Hours", "Long, local": said of no one thing (holdout 130)
        if mine.split()[-1] in ("more", "less") or re.fullmatch(r"[a-z]{3,}er", mine):
            return False  # "tilts more", "stronger": more than what? (changed-58)
        if any(j != i and _graded(mine, o) for j, o in enumerate(folded)):
            return False  # "strong easterlies" beside "stronger": said of both (holdout 279)
        return not any(j != i and (mine in o or o in mine) for j, o in enumerate(folded))

    fitting = [i for i in range(len(cells)) if fit(i)]
    spans = {fold(b) for b in marked}
    bold = [i for i in fitting if folded[i] in spans]
    return pick(bold or fitting, key, "cell") if fitting else None


def _graded(cell: str, other: str) -> bool:
    """Does ``other`` say more of a word of ``cell`` (``stronger`` of ``strong easterlies``,
    ``hotter`` of ``hot``, ``more arid`` of ``arid``), or more of what another does (``tilts
    more`` beside ``deep W, shallow E``, changed-58, bad)? Then the cell is said of it too."""
    words = set(cell.split())
    said = other.split()
    if said[-1:] in (["more"], ["less"]):
        return True
    more = {b for a, b in pairwise(said) if a in ("more", "less")}
    for w in (w for w in said if len(w) > 4 and w.endswith("er")):
        more |= {w[:-2], w[:-1], w[:-3], f"{w[:-3]}y"}  # strong-er, large-r, hot-ter, dri-er
    return bool(words & more)
