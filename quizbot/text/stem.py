"""Stemming: the Snowball English (Porter 2) stemmer, after the spelling fold.

"worried" and "worries" → "worri", "programmes" and "programs" → "program", "defence" and
"defense" → "defens". Digits are left alone. The stemmer is the ``snowballstemmer`` package
(the one Sphinx uses), built once and cached per word.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from quizbot.text.fold import fold_spelling

_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lower-case word."""
    if not word or word.isdigit():
        return word
    return str(_STEMMER.stemWord(fold_spelling(word)))
