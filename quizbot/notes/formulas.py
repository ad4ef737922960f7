"""The formula builder: a term written as a sum or difference → "Which deficit equals …?".

Economy notes define measures as arithmetic under a lead-in: ``Deficits:`` then ``primary
deficit = fiscal deficit − interest payments``. As a cloze the term is a label of the note and
the gate drops it. This builder asks "Which deficit equals the fiscal deficit minus interest
payments?" when

* the line is a term, ``=`` and a formula of ``−`` and ``+`` (cut before any arrow: what
  follows is a gloss, not the formula);
* the term's last word is its kind and the parent lead-in names that kind (``Deficits:``);
* no word of the term but its kind is in the formula (``revenue deficit = revenue expenditure
  − revenue receipts`` would give itself away).

The gate then judges the question like any other.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import fold
from quizbot.text.stem import stem

_LINE = re.compile(
    r"^(?P<term>[A-Za-z][\w-]*(?:\s[a-z][\w-]*){0,3})\s=\s(?P<formula>[^=→]+?)\s*(?:→.*)?$"
)
_OPERATOR = re.compile(r"\s([−+-])\s")
_SAID = {"−": "minus", "-": "minus", "+": "plus"}
_MAX_FORMULA_WORDS = 14


def formula_question(unit: Unit, ctx: Context) -> Draft | None:
    """A "Which … equals …?" question from a term defined by a formula, or ``None``."""
    found = _LINE.match(unit.text.strip())
    if found is None or unit.parent is None:
        return None
    term, formula = found.group("term"), found.group("formula").strip()
    if not _OPERATOR.search(formula) or len(formula.split()) > _MAX_FORMULA_WORDS:
        return None
    if not re.fullmatch(r"[a-z][\w\s()−+-]*", formula) or formula.count("(") != formula.count(")"):
        return None  # letters, brackets and operators only: no shorthand, no figures
    words = term.split()
    kind = words[-1].lower()
    lead = {stem(w) for w in re.findall(r"[a-z]+", fold(unit.parent.text))}
    if len(words) < 2 or stem(kind) not in lead:
        return None
    said = {stem(w) for w in re.findall(r"[a-z]+", fold(formula))}
    if any(stem(w.lower()) in said for w in words[:-1]):
        return None  # the formula says the term's own word
    spoken = _OPERATOR.sub(lambda m: f" {_SAID[m.group(1)]} ", formula)
    answer = term[:1].upper() + term[1:]
    return Draft(
        Short,
        {
            "prompt": f"Which {kind} equals {spoken}?",
            "answer": answer,
            "aliases": (),
            "explanation": f"From the notes: “{unit.text}”.",
        },
        "formula",
        "formula",
        answer,
        unit.key,
        unit.heading,
        unit.line,
        key_text=answer,
        key_kind="term",
        at_head=True,
    )
