"""A line of a case's holdings, said as what the case held: under ``### Main holdings`` of
a note on *Indra Sawhney v Union of India (1992)*,

    - **50% ceiling** on reservations → can be crossed only in extraordinary situations

is a note, not a sentence, and its cloze was turned away (holdout 495: none of the case's
core holdings was asked, the facts an examiner asks first). Its head, up to the first arrow
or semicolon, is what the court held:

    "Indra Sawhney v Union of India (1992) held: ___ ceiling on reservations."   (50%)

Only under a section of holdings (``Main holdings``, ``What the court held``, ``Verdict``)
of a note whose title names a case (``X v Y``), and only a head of three to twelve words
with the blank in it and no further shorthand; the blank a figure or a name, never an
everyday word to guess (``27% OBC reservation {{valid}}``) nor the whole head.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import TOPIC_SEPARATOR, Cloze
from quizbot.notes.case_names import VERSUS
from quizbot.notes.phrases import fold

#: A section of what a court held.
_HOLDINGS = re.compile(r"\b(?:holdings?|held|verdict|ruling|judgment|judgement)\b")
#: A case's name in a note's title, up to its year's bracket: ``Indra Sawhney v Union of
#: India (1992)``.
_CASE = re.compile(
    rf"^(?P<case>[A-Z][\w.'’& ]{{1,60}}?{VERSUS.pattern}[A-Z][\w.'’& ]{{1,60}}?)"
    r"\s*(?P<year>\(\d{4}\))?(?=\s*(?:[—–:-]|$))"
)
_HEAD_END = re.compile(r"\s(?:→|->|=>)\s|;\s")
_MIN_WORDS, _MAX_WORDS = 3, 12
#: A head about who decided, not what: the bench, its judges, its split.
_ABOUT_THE_BENCH = re.compile(r"\b(?:bench|judges?|\d+:\d+|opinion|dissent|cji)\b")


def holding_sentence(question: Cloze) -> Cloze | None:
    """The cloze's head said as what its case held, or ``None``."""
    parts = question.topic.split(TOPIC_SEPARATOR)
    if len(parts) < 2 or not _HOLDINGS.search(fold(parts[-1])):
        return None
    case = _CASE.match(parts[0].strip())
    if case is None:
        return None
    head = _HEAD_END.split(question.text, maxsplit=1)[0].strip().rstrip(".,:")
    words = head.split()
    if (
        "{{" not in head
        or "}}" not in head
        or not _MIN_WORDS <= len(words) <= _MAX_WORDS
        or re.search(r"[→=↔:+/]", head.replace("{{", "").replace("}}", ""))
    ):
        return None
    if _ABOUT_THE_BENCH.search(fold(head)):
        return None  # "{{9-judge}} bench decision": who decided, no holding
    blank = re.search(r"\{\{([^}|]*)", head)
    key = blank.group(1) if blank else ""
    named = re.search(r"\d|[A-Z]", key) is not None or len(key.split()) >= 2
    if not named or (head.startswith("{{") and not re.search(r"\d", key)):
        return None  # "27% OBC reservation {{valid}}": a word to guess; the whole head asked
    said = f"{case.group('case')} {case.group('year') or ''}".strip()
    return dataclasses.replace(question, text=f"{said} held: {head}.")
