"""Kept only so that modules not yet moved on keep importing from here (``notes/lint.py``).

The text helpers now live in one module per concern: :mod:`~quizbot.notes.phrases` (folding
and comparing text), :mod:`~quizbot.notes.terms`, :mod:`~quizbot.notes.abbreviations`,
:mod:`~quizbot.notes.quantities`, :mod:`~quizbot.notes.lists` and
:mod:`~quizbot.notes.sentences`. Import from those; delete this module once nothing imports it.
"""

from __future__ import annotations

from quizbot.notes.abbreviations import Abbreviation, find_abbreviations
from quizbot.notes.lists import AUXILIARIES, ListFound, clean_item, find_list, split_items
from quizbot.notes.phrases import contains_phrase, fold, fold_words
from quizbot.notes.quantities import (
    NUMBER_WORDS,
    WORD_FOR,
    Quantity,
    QuantityKind,
    find_quantities,
)
from quizbot.notes.sentences import find_quotes, split_sentences
from quizbot.notes.terms import DOUBT_MARKERS, Term, is_doubtful, split_term

__all__ = [
    "AUXILIARIES",
    "DOUBT_MARKERS",
    "NUMBER_WORDS",
    "WORD_FOR",
    "Abbreviation",
    "ListFound",
    "Quantity",
    "QuantityKind",
    "Term",
    "clean_item",
    "contains_phrase",
    "find_abbreviations",
    "find_list",
    "find_quantities",
    "find_quotes",
    "fold",
    "fold_words",
    "is_doubtful",
    "split_items",
    "split_sentences",
    "split_term",
]
