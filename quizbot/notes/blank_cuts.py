"""Quality-gate rules for a cloze whose blank cuts a thing short or leaves it unsaid (split
from :mod:`~quizbot.notes.ambiguity_shapes`), run by :mod:`~quizbot.notes.ambiguity`:

* :func:`cut_provision` — the clause number after the blank belongs to the provision;
* :func:`cut_name` — the key is the tail of a longer name printed before it, or of a
  hyphenated word (``pre-___``);
* :func:`compared_with_nothing` — a comparative with nothing it is compared with.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, filled_in
from quizbot.notes.ambiguity_shapes import blanks
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import THE_HEADS

#: A provision's number (``Art 163``, ``Section 11``) a clause number may follow.
_PROVISION_KEY = re.compile(r"(?:^|\s)(?:Art|Article|Arts|Sec|Section|Para|Rule)\.?\s*\d+[A-Z]?$")
_CLAUSE_NUMBER = re.compile(r"\s?\((?:\d{1,2}|[a-z])\)")


def cut_provision(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``___ (2) – if any question arises …`` keyed ``Art 163``: the clause number after the
    blank belongs to the provision (Art 163(2)), and the key alone names the whole article
    (holdout 149)."""
    if not isinstance(question, Cloze) or ")" not in question.text:
        return None  # no clause number after any blank (most questions: ``check_50k_s``)
    for _, key, after in blanks(question):
        if _PROVISION_KEY.search(key) and _CLAUSE_NUMBER.match(after):
            return "the blank cuts the clause number off its provision"
    return None


#: A name's capitalised word and its joiner just before a blank (``Independence for ___``).
_NAME_OPENS_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][a-z]+ (?:for|of)\s*$")


def cut_name(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Independence for ___ (1928) …`` keyed ``India League``: a key that ends on a name's
    head (*League*, *Society*, *Party*) after "Word for" or "Word of" is the tail of a longer
    name (the Independence for India League), half of which the question prints (holdout
    327, bad). (``Battle of ___`` keyed *Plassey* asks a place, and stays.)"""
    if not isinstance(question, Cloze):
        return None
    for before, key, _ in blanks(question):
        last = key.split()[-1].lower() if key.split() else ""
        if last in THE_HEADS and _NAME_OPENS_BEFORE.search(before):
            return "the blank cuts a name: its first words are printed before it"
        if re.search(r"[A-Za-z]-$", before):
            # "one of the most important pre-___ associations" (holdout 549, bad)
            return "the blank is part of a hyphenated word: its prefix is printed before it"
        bold = unit.bold if unit is not None else ()
        if any(_cut_from(b, key, before) for b in bold):
            # "Pancheshwar ___ set up in 2014" of **Pancheshwar Development Authority** (558)
            return "the blank cuts a name the writer bolded: its first words are printed"
    return None


def _cut_from(bold: str, key: str, before: str) -> bool:
    """Is ``key`` the tail of the bold name ``bold`` whose capitalised head is printed just
    before the blank (``Pancheshwar`` of **Pancheshwar Development Authority**)?"""
    head = bold[: -len(key)]
    return bold.endswith(f" {key}") and head[:1].isupper() and before.endswith(head)


#: A comparative that ends its clause: bigger than what, the sentence does not say.
_BARE_COMPARATIVE = re.compile(
    r"\b(?:bigger|larger|smaller|greater|wider|narrower|longer|shorter|higher|lower|heavier|"
    r"lighter|faster|slower|deeper|shallower|thicker|thinner)\s*(?:[.;,)]|$)"
)


def compared_with_nothing(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___ shadow zone is much bigger.`` keyed S-wave: bigger than what? The sentence
    compares with the line before, which the question does not show (holdout 328, bad)."""
    if not isinstance(question, Cloze) or " than " in question.text:
        return None
    if _BARE_COMPARATIVE.search(filled_in(question.text)):
        return "the question compares with something it does not name ('bigger' than what?)"
    return None
