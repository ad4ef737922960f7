"""An answer with more said around it: "Tashkent, Uzbekistan", "S-400, because …",
"Chabahar port (Shahid Beheshti terminal)", "Vladivostok in the Russian Far East".

:func:`readings` splits a response into (the answer part, the rest) the ways a learner adds
to an answer: text in parentheses, a part before or after a comma, semicolon, colon or dash,
and a clause after a linking word ("because", "in", "via" …). The grader grades the answer
part; :func:`is_detail` says whether the rest only describes it. It does not when it is a
hedge: it holds "or" or "maybe", it is only a figure or a date where the answer is one (a
second figure), it is a country or state where the answer is one ("Tamil Nadu, Kerala"), or
it is nothing but a name that is another answer of the question or the bank ("Kazan,
Yekaterinburg"). A place named after the answer ("Tashkent, Uzbekistan") says where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizbot.grading.index import AnswerIndex
from quizbot.grading.normalize import DESCRIPTORS, STOPWORDS, analyse, initialisms
from quizbot.text.names import is_region

_PARENS = re.compile(r"\s*\(([^()]*)\)")
_SPLIT = re.compile(r"\s*[,;:]\s+|\s*[;:]\s*|\s+[-–—]\s+|\s*,\s*(?=\D)")
_LINKED = re.compile(
    r"^(.+?)\s+((?:because|since|as|which|who|where|when|in|at|near|under|during|via|after|"
    r"before|from|on|then|by|with|its|it)\s+.+)$",
    re.IGNORECASE | re.DOTALL,
)
_MODEL = re.compile(r"(?<=[A-Za-z])-?\d+[A-Za-z]*\b")
#: Longest response split into readings (a longer one is graded whole).
MAX_LENGTH = 2000


def readings(response: str) -> list[tuple[str, str, bool]]:
    """(answer part, the rest, whether the rest comes after the answer), likeliest first."""
    text = response.strip()
    if len(text) > MAX_LENGTH:
        return []
    found: list[tuple[str, str, bool]] = []
    inner = _PARENS.findall(text)
    if inner:
        outer = _PARENS.sub(" ", text).strip()
        found.append((outer, "; ".join(inner), True))
        if len(inner) == 1 and outer:  # "Long Form (ABBR)" for ABBR
            found.append((inner[0], outer, False))
    parts = _SPLIT.split(text, maxsplit=1)
    if len(parts) == 2 and all(p.strip() for p in parts):
        found.append((parts[0], parts[1], True))
        found.append((parts[1], parts[0], False))
    model = _MODEL.search(text)
    if model:  # "VVER-1000" for "VVER": a model of it (unless that is another answer)
        found.append((text[: model.start()] + text[model.end() :], model.group(), True))
    linked = _LINKED.match(text)
    if linked:
        found.append((linked.group(1), linked.group(2), True))
    return found


def is_detail(
    detail: str,
    after: bool,
    answer_part: str,
    answer_text: str,
    rivals: Iterable[str],
    index: AnswerIndex | None,
    own: frozenset[str],
) -> bool:
    """Whether ``detail`` only describes the answer part (see the module's rules)."""
    said = analyse(detail)
    answer = analyse(answer_part)
    if said.hedges:
        return False
    content = [w for w in said.words if w not in DESCRIPTORS and w not in STOPWORDS]
    if (answer.numbers or answer.dates) and not content and (said.numbers or said.dates):
        return False  # a second figure or date
    plain_words = [w for w in re.findall(r"[^\W\d_]+", detail) if w.casefold() not in STOPWORDS]
    if any(w[:1].islower() for w in plain_words):
        return True  # words that describe ("a former foreign secretary", "via Bandar Abbas")
    if is_region(detail):  # where it is; not a second state, nor another than the answer's
        named = [p for p in re.split(r"[(),;]", answer_text) if is_region(p.strip())]
        if named:
            return any(analyse(p).compact == said.compact for p in named)
        return after and not is_region(answer_part)
    compact = said.compact
    if not compact or compact in own or compact in initialisms(answer):
        return True  # the answer's own abbreviation: "Eastern Economic Forum (EEF)"
    if any(analyse(r).compact == compact for r in rivals):
        return False
    return index is None or compact not in index.exact
