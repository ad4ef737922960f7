"""Gate rule: a "What does X stand for?" whose X is the writer's own shorthand, not the
abbreviation of a name (split from :mod:`~quizbot.notes.gate`): a long form in lower case
(``govt``: government) or one the notes' legend defines, or two letters that stand for
many names (``AI``, ``IB``). Also the acronyms every reader
knows (:data:`WELL_KNOWN`), which a timeline's question may print unexplained."""

from __future__ import annotations

from quizbot.bank.model import Question, Short
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import fold

#: Acronyms every reader knows, which a question may print unexplained.
WELL_KNOWN = frozenset(
    "UN US USA UK EU UNSC UNGA UNESCO UNEP UNDP UNICEF WHO NATO WTO IMF IAEA OPEC ASEAN SAARC "
    "BRICS G20 ISRO NASA ISS RBI GDP WW1 WW2 WWII BJP INC".split()
)


def writers_shorthand(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if draft.rule != "abbreviation" or not isinstance(question, Short):
        return None
    abbr = draft.label
    long = question.answer
    words = [w for w in long.split() if w.lower() not in ("of", "and", "the", "for", "&", "in")]
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return f"{abbr!r} is the writer's shorthand, not an abbreviation of a name"
    if fold(abbr) in ctx.legend:
        return f"{abbr!r} is the writer's shorthand (the notes' legend defines it)"
    if len([c for c in abbr if c.isalpha()]) <= 2:
        # "What does AI stand for?" = Artificial Insemination, "IB" = International Border
        # (holdout 501, bad): two letters stand for many names, the everyday one rejected
        return f"{abbr!r} has two letters: it stands for many names, not one"
    return None
