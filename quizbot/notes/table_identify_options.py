"""The options of a table row read out (split from :mod:`~quizbot.notes.table_identify`):
the rows that may be options (:func:`named_rows`), the other rows drawn as distractors
(:func:`draw_distractors`) and the options shown in one form of their brackets
(:func:`one_bracket_form`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizbot.notes.gate_choices import CLOSING_BRACKET
from quizbot.notes.hashing import shuffled
from quizbot.notes.phrases import BRACKET, contains_phrase, fold
from quizbot.notes.table_clues import POINTING
from quizbot.notes.table_kinds import alike, names_the_answer, same_side

#: Distractors an identify question needs to be asked as a choice: four options, as the
#: rubric asks (a closed set of three, "Which breed is this: milch cattle; …?" among two other
#: breeds, was weak in six of nine holdout questions for its three options). With fewer the
#: row is not asked: typed, "Which body is this: ISC set up (1990)?" is a riddle of pasted
#: cells (blind holdouts 333-379: 7 of 33 good, 3 bad; as a choice, 28 of 75 good).
DISTRACTORS = 3
#: A name that opens on its number (``1st Amendment``, ``42nd Amdt``).
NUMBERED_NAME = re.compile(r"\d+(?:st|nd|rd|th)\b")
_A_BODY = re.compile(r"\b(?:Commission|Committee|Council|Board|Authority|Report)$")
#: Options shown at most (the answer and three other rows).
MAX_OPTIONS = 4
#: A closing bracket of a year or years (``(1969)``, ``(1486–1534)``, ``(c. 1500)``).
_DATED = re.compile(r"\s\((?:c\.\s*)?\d{3,4}(?:\s*[–—-]\s*\d{2,4})?\)\s*$")
#: A range of provisions (``132–134``): among single ones it stands out.
_RANGE = re.compile(r"\d\s*[–—-]\s*\d")


#: Two numbered things in one (``371D/E``, ``Art 14/15``).
_TWO_NUMBERED = re.compile(r"\d[A-Z]?/[A-Z0-9]")


def draw_distractors(
    others: list[str],
    answer: str,
    fact: str,
    keys: Sequence[str] = (),
    nearest: bool = False,
) -> list[str] | None:
    """Up to three of the other rows as options: none inside another or the answer
    ("Revenue deficit" beside "Effective revenue deficit" is a tell, and the gate drops it),
    and a range of provisions only among ranges ("Article 132–134" among single articles).
    Where a nested name had to be left out, three others must be left, or none is asked: of
    four sessions' terms, "Adjournment" among "Prorogation" and "Dissolution" alone lost its
    trap ("Adjournment sine die") and was told by who does it (a fresh coach: bad): ``None``,
    the row is not asked. No other row whose name, its bracket left out, is inside another
    of the table's ``keys`` is an option ("Hastings (Lord Moira)" beside "Warren Hastings");
    ``nearest`` keeps the order of ``others`` (the rows nearest in time first) unshuffled."""
    ranged = _RANGE.search(BRACKET.sub("", answer)) is not None
    kind = _kind_word(answer)
    if kind or any(_kind_word(o) for o in others):  # "Bada Darwaza" among gates only
        others = [o for o in others if _kind_word(o) == kind]
    picked: list[str] = []
    nested = False
    unique = list(dict.fromkeys(others))
    for other in unique if nearest else shuffled(unique, fact, "d"):
        if (_RANGE.search(BRACKET.sub("", other)) is not None) != ranged:
            continue
        if _TWO_NUMBERED.search(other) and not _TWO_NUMBERED.search(answer):
            continue  # "Article 371D/E", two articles among single ones (holdout 347)
        bare = fold(BRACKET.sub("", other))
        if any(k != other and contains_phrase(fold(k), bare) for k in keys):
            continue  # "Hastings (Lord Moira)" shown "Hastings" beside "Warren Hastings"
        if any(
            contains_phrase(fold(a), fold(other)) or contains_phrase(fold(other), fold(a))
            for a in (answer, *picked)
        ):
            nested = True
            continue
        picked.append(other)
        if len(picked) == MAX_OPTIONS - 1:
            break
    if nested and len(picked) < MAX_OPTIONS - 1:
        return None  # "Adjournment" without "Adjournment sine die", its trap, among two others
    return picked


#: Words that end a name by the kind of thing it names: a mosque among gates is told by its
#: name (holdout 508: "Which structure is this: …?" among two gates, a hall and a mosque).
_KIND_WORDS = frozenset(
    """darwaza gate masjid mosque mandal mahal temple fort tomb minar stupa lake dam falls
    pass bridge palace museum garden bagh ghat baoli""".split()
)


def _kind_word(name: str) -> str:
    """The kind word a name ends on (``Bada Darwaza`` → ``darwaza``), or ``""``."""
    words = fold(BRACKET.sub("", name)).split()
    return words[-1] if len(words) > 1 and words[-1] in _KIND_WORDS else ""


def one_bracket_form(options: list[str], answer: str) -> tuple[list[str], str]:
    """The options, and the answer among them, all with their closing bracket or none
    (``Chaitanya (1486–1534)`` among Kabir and Andal would stand out); a bracket of years in
    every option is left out too: "Godavari (1969)" was the one option set up before the
    clue's "award 1980" (holdout 332, bad); and so are the ranks (:func:`without_ranks`)."""
    if all(CLOSING_BRACKET.search(o) for o in options) and not all(
        _DATED.search(o) for o in options
    ):
        return without_ranks(options, answer)
    bare = [CLOSING_BRACKET.sub("", o) for o in options]
    return without_ranks(bare, CLOSING_BRACKET.sub("", answer))


#: A rank or an office before a person's name (``Lt Gen B.M. Kaul``, ``Brig John Dalvi``).
_RANK = re.compile(
    r"^(?:(?:Lt\.?|Maj\.?) Gen\.?|Gen\.?|Brig\.?|(?:Lt\.? )?Col\.?|Capt\.?|Maj\.?|Lt\.?|"
    r"Adm\.?|(?:Air Chief|Air|Field) Marshal|FM|Cdr\.?|Sub\.?|Hav\.?|Naik|Sep\.?)\s+(?=[A-Z])"
)


def without_ranks(options: list[str], answer: str) -> tuple[list[str], str]:
    """The options and the answer without the ranks before their names, when the ranks
    differ: "Which person is this: Army Chief; …?" among one Gen, one Lt Gen, one Brig and a
    civilian gives itself away by the rank (holdout 493, four bad)."""
    ranks = {m.group(0).strip() if (m := _RANK.match(o)) else "" for o in options}
    if len(ranks) < 2:
        return options, answer
    return [_RANK.sub("", o) for o in options], _RANK.sub("", answer)


def drawn_options(
    rows: list[tuple[str, ...]],
    keys: list[str],
    named: list[bool],
    row: tuple[str, ...],
    answer: str,
    kinds: list[int],
    dated: frozenset[int],
    fact: str,
) -> list[str] | None:
    """The wrong options of a row, or ``None`` when too few: rows of the answer's kind in
    every column of kinds (never a Pacific current among the options of "Which major
    current is this: Indian; …?"), the nearest in time first when the years go unsaid."""
    others = [
        k
        for r, k, fine in zip(rows, keys, named, strict=True)
        if fine
        and fold(k) != fold(answer)
        and alike(r, row, kinds)
        and not names_the_answer(r, answer)  # "Doline: sinkhole formed by …" (350)
        and not any(POINTING.search(c) for c in r[1:])  # "same view reaffirmed": of it too
        # "Kameshwar Singh" among the "1st Amendment" rows of "| Amendment / case |": the
        # one case stands out (holdout 325, bad)
        and bool(NUMBERED_NAME.match(k)) == bool(NUMBERED_NAME.match(answer))
        # "Punchhi Commission" among the cases of "| Case / body |" (holdout 356, bad)
        and bool(_A_BODY.search(k)) == bool(_A_BODY.search(answer))
        # "UoI curative petition", "Bhopal CJM court" among "Charan Lal Sahu v UoI" and
        # other cases: the one petition stands out (holdout 462, bad)
        and same_side(k, answer, keys)
    ]
    sphere = _spheres(row)
    if sphere:  # "poet; Duravastha (1922)" among rebel leaders: only one poet (holdout 409)
        others = [
            k for r, k in zip(rows, keys, strict=True) if k in others and _spheres(r) & sphere
        ]
    if dated:  # its years unsaid, the options are the rows nearest in time: no era tells
        when = {k: _first_year(r, dated) for r, k in zip(rows, keys, strict=True)}
        others.sort(key=lambda k: abs(when[k] - when[answer]))
    drawn = draw_distractors(others, answer, fact, keys, nearest=bool(dated))
    return None if drawn is None or len(drawn) < DISTRACTORS else drawn


#: Callings a row's first clue names, when it is short enough to be its calling (a poet, the
#: district Collector, among the leaders of a rebellion): options must share it.
_SPHERE = re.compile(
    r"\b(poet|poetess|writer|novelist|playwright|dramatist|painter|artist|sculptor|musician"
    r"|singer|scientist|collector|magistrate|governor|viceroy|judge|missionary|journalist"
    r"|editor|historian|traveller)s?\b"
)
_CALLING_WORDS = 4


def _spheres(row: tuple[str, ...]) -> frozenset[str]:
    calling = fold(re.split(r"[;,(]", row[1])[0]) if len(row) > 1 else ""
    if len(calling.split()) > _CALLING_WORDS:
        return frozenset()
    return frozenset(m.group(1) for m in _SPHERE.finditer(calling))


def _first_year(row: tuple[str, ...], dated: frozenset[int]) -> int:
    """The first year a row's columns of years say (``1773–85`` → 1773)."""
    return int(re.findall(r"\d{3,4}", row[min(dated)])[0])


def named_rows(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rows without the writer's catch-all (``Region`` under Bangladesh, Nepal and
    Pakistan, ``Others``): no thing to ask or offer (holdout 581, bad: "Which country is
    this: push for SAARC trade?" = Region)."""
    return [r for r in rows if fold(r[0].strip().strip("*")) not in _CATCH_ALL]


#: A first cell that sums up the rest, no row's own name.
_CATCH_ALL = frozenset(
    "region regional others other general overall total all misc miscellaneous various "
    "multilateral common combined rest".split()
)
