"""A name's blank that opens its line when the rest cannot stand alone: ``___ called it the
"Infallibility Decree".``, ``___ came from Kanchi``, ``___ session (1931) passed …``.

The blank is then the subject of the line, and all the learner has to find it by is the
rest. Over the judged questions of blind rounds 600–772, a name cloze whose blank opened
the line was good 4 times in 44 (13 bad). The rest failed in three ways:

- it points at what the learner never sees: ``called it``, ``their bravery``, ``also does
  progress reviews``, ``earlier set up`` (what came before is another line);
- it is a scrap of the writer's shorthand, too short to name one thing: ``came from
  Kanchi``, ``detached Nizam & Marathas``, ``(1799) favoured zamindars, not ryots``
  (a bolded key too: ``___ dissolved, pending cases shifted``, ``___ set up to probe
  excesses``; bolded keys opening a line were good 3 times in 14 with so short a rest,
  22 in 46 with a longer one);
- the blank is no subject at all but a word qualifying the next one (``___ session``,
  ``___ boundary settled …``, ``___ dispute is …``) or the head of a shorthand line
  (``___ (1878–80) – "security" pretext``).

A line that goes on with a verb and says enough is asked: ``___ (1882) was set up to
review implementation of Wood's Despatch``, ``___ has the most Ramsar sites of any
state``; so is a ruler's line of deeds after his reign (``___ (1351–1388) – canals,
Diwan-i-Khairat (charity), brought two Ashokan pillars …``).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import has_verb

#: Words that point at something said before the line.
_POINTING = re.compile(
    r"\b(?:it|its|they|their|them|his|her|herself|himself|this|these|those|also|earlier|too)\b",
    re.IGNORECASE,
)
#: Fewer words than this after the blank name no one thing.
MIN_WORDS = 6
#: A shorthand line of deeds after a reign (``(1351–1388) – canals, …``) names its ruler
#: with at least this many words.
MIN_DEED_WORDS = 10
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\w–-]*")
_DATED_DASH = re.compile(r"\(\s*[^()]*\d[^()]*\)\s*[–—-]\s")


def opening_blank(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """The reason a name's blank opens a line that cannot stand without it, or ``None``."""
    if draft.rule not in ("name", "bold") or not isinstance(question, Cloze):
        return None
    text = question.text.lstrip()
    if not text.startswith("{{") or "}}" not in text:
        return None
    rest = text.split("}}", 1)[1].strip()
    words = _WORD.findall(rest)
    if len(words) < MIN_WORDS:
        return "the rest of the line is too short to name one thing"
    if draft.rule == "bold":
        return None  # what the writer bolded is a key fact: asked unless the rest is a scrap
    pointing = _POINTING.search(rest)
    if pointing is not None:
        return f"the line goes on from what it does not show ({pointing.group(0)!r})"
    after = re.sub(r"^\([^()]*\)\s*", "", rest)  # "(1882) was set up": the verb after it
    first = _WORD.match(after)
    if first is not None and has_verb(first.group(0)):
        return None
    if _DATED_DASH.match(rest) and len(words) >= MIN_DEED_WORDS:
        return None  # "(1351–1388) – canals, Diwan-i-Khairat, brought …": a ruler's deeds
    return "the blank is no subject of the line: it qualifies or heads what follows"
