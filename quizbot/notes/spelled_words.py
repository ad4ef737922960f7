"""Gate rule: the words of the question spell the name asked for (split from
:mod:`~quizbot.notes.giveaway`, which runs it with its other rules).

:func:`spelled_by_the_words` turns away a question whose words spell the acronym asked for
(``small satellites`` → SSLV, ``pluripotent stem cells`` → iPSCs), a name pieced from the
first letters of its words (``X-ray polarimetry satellite`` → XPoSat, holdout 311), or a
token that opens with the answer's initials (``SLINEX`` → Sri Lanka).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.blanks import blank_sides
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import fold_words


def _letters(acronym: str) -> str:
    """``iPSCs`` → ``ipsc``; ``SSLV`` → ``sslv``: an acronym's letters, a plural ``s`` off."""
    if acronym.endswith("s") and acronym[:-1][-1:].isupper():
        acronym = acronym[:-1]
    return "".join(c for c in acronym if c.isalpha()).lower()


def _is_acronym(key: str) -> bool:
    return (
        " " not in key.strip()
        and sum(1 for c in key if c.isupper()) >= 2
        and sum(1 for c in key if c.islower()) <= 2
        and key.replace("-", "").replace("&", "").isalnum()  # "R&R" (holdout 503)
    )


def spelled_by_the_words(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if draft.rule == "abbreviation":
        return None  # "What does MPC stand for?" prints the acronym by design
    key = draft.key_text.strip()
    sides = blank_sides(question)
    visible = " ".join(sides) if sides else asked_text(question)
    printed = set(fold_words(visible))
    for form in (*_other_forms(question, key), ctx.long_forms.get(key, "")):
        words = [w for w in fold_words(form) if w not in _SMALL_WORDS and len(w) > 2]
        if len(words) >= 2 and set(words) <= printed:  # "{{NFU|No First Use}}: pledge not
            return f"the words of {form!r} are in the question"  # to be first to use …"
    pieces = _PIECES.findall(key) if _PIECED.fullmatch(key) else []
    capitals = sum(1 for w in key.split() if w[:1].isupper())
    if not _is_acronym(key) and not pieces and capitals < 2:
        return None
    if pieces and not _is_acronym(key):
        # "XPoSat" of "X-ray polarimetry satellite" (holdout 311): each piece opens a word
        words = [
            w.replace("-", "")
            for w in re.findall(r"[a-z][a-z-]*", visible.lower())
            if w not in _SMALL_WORDS
        ]
        for at in range(len(words) - len(pieces) + 1):
            if all(w.startswith(p.lower()) for w, p in zip(words[at:], pieces, strict=False)):
                shown = " ".join(words[at : at + len(pieces)])
                return f"the words {shown!r} make up {key!r}"
        return None
    if _is_acronym(key):
        letters = _letters(key)
        # where the spelling may start: the acronym's first letter, or its first capital
        # ("iPSCs": induced Pluripotent Stem Cells)
        starts = {letters[:1], next((c.lower() for c in key if c.isupper()), "")}
        need = max(2, len(letters) // 2)
        for phrase in _PHRASE_BREAK.split(visible):
            words = [w for w in fold_words(phrase) if w not in _SMALL_WORDS]
            initials = "".join(w[0] for w in words)
            for size in range(len(letters), need - 1, -1):
                for at in range(len(initials) - size + 1):
                    run = initials[at : at + size]
                    if (
                        run[0] in starts
                        and run in letters
                        and letters.find(run) in (0, letters.find(run[0]))
                        and not any(w.isdigit() for w in words[at : at + size])
                    ):
                        shown = " ".join(words[at : at + size])
                        return f"the words {shown!r} spell out {key!r}"
    parts = [w for w in key.split() if w[:1].isupper()]
    if len(parts) >= 2 and len(parts) == len(key.split()):
        initials = "".join(w[0] for w in parts)
        for token in re.findall(r"\b[A-Z][A-Za-z]{2,}\b", visible):
            if token.startswith(initials) and token.upper() == token:
                return f"{token!r} opens with the answer's initials {initials!r}"
    return None


def _other_forms(question: Question, key: str) -> list[str]:
    """The other forms a question accepts for ``key``: a blank's, a short answer's aliases."""
    if isinstance(question, Cloze):
        return [f for forms in question.blanks if forms[0] == key for f in forms[1:]]
    return list(getattr(question, "aliases", ()))


_SMALL_WORDS = frozenset("of the and a an in on for to at by from".split())
#: A name made of the first letters of words, each piece capitalised: ``XPoSat``.
_PIECED = re.compile(r"(?:[A-Z][a-z]{0,3}){2,5}")
_PIECES = re.compile(r"[A-Z][a-z]*")
#: What ends a phrase: punctuation, a dash or an arrow between words.
_PHRASE_BREAK = re.compile(r"[,;:()\[\]\"“”/→=+&|]|\s[–—-]\s|\bw/")


def asked_text(question: Question) -> str:
    """What a question other than a cloze shows of its own (the prompt after its context)."""
    prompt = getattr(question, "prompt", "")
    return prompt.split(": ", 1)[1] if ": " in prompt else prompt
