"""The rules for what the author marked or quoted: cards, highlights, quotations, bold.

``Question :: Answer`` cards and ``==highlighted==`` spans are the author's own questions
(the unit yields nothing else); **bold** key terms inside a sentence become clozes. (Quoted
wording is never blanked: the words of a quotation teach nothing.)
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Short
from quizbot.notes.drafts import (
    CARD,
    Draft,
    Unit,
    blank,
    cloze_fill,
    cloze_safe,
    make_draft,
    quoted,
    words_count,
)
from quizbot.notes.name_questions import bold_after_of
from quizbot.notes.names import expansions, find_names, name_kind
from quizbot.notes.phrases import contains_phrase, fold, trailing_paren
from quizbot.notes.quantities import find_quantities


def rule_card(unit: Unit) -> list[Draft]:
    """``Question :: Answer`` (author markup: the unit yields nothing else)."""
    question, _, answer = unit.text.partition(CARD)
    answers = [a.strip() for a in answer.split("|") if a.strip()]
    if not question.strip() or not answers:
        return []
    return [
        make_draft(
            unit,
            Short,
            "card",
            "card",
            answers[0],
            prompt=f"{unit.context}: {question.strip()}",
            answer=answers[0],
            aliases=tuple(answers[1:]),
            explanation=f"From the notes: {quoted(question.strip())} — {answers[0]}.",
        )
    ]


def rule_highlights(unit: Unit) -> list[Draft]:
    """``==highlighted==`` spans become the blanks of one cloze (author markup)."""
    text, pos, parts = unit.text, 0, []
    for span in unit.highlights:
        at = text.find(span, pos)
        if at < 0:
            return []
        parts.append(text[pos:at])
        parts.append(cloze_fill(span))
        pos = at + len(span)
    parts.append(text[pos:])
    if not cloze_safe(unit.text):
        return []
    blanks = "the blank" if len(unit.highlights) == 1 else "the blanks"
    return [
        make_draft(
            unit,
            Cloze,
            "cloze",
            "highlights",
            " ".join(unit.highlights),
            prompt=f"{unit.context}: fill in {blanks}.",
            text="".join(parts),
        )
    ]


#: Words before "of" that make a line's head no name: ``Part of``, ``One of``.
_A_SHARE_OF = re.compile(r"(?:Part|One|Type|Kind|Form|Member|Example)s? of ")


def rule_bold(unit: Unit) -> list[Draft]:
    """A **bold** key term inside a sentence → a cloze."""
    drafts: list[Draft] = []
    if not cloze_safe(unit.text):
        return drafts
    pos = 0
    for span in unit.bold:
        at = unit.text.find(span, pos)
        if at < 0:
            continue
        pos = at + len(span)
        if at == 0 and unit.term is not None:
            continue  # the lead term: the term rule asks for it
        if words_count(span) > 6 or contains_phrase(blank(unit.text, at, pos, " "), span):
            continue
        if find_quantities(span):
            continue  # "net zero by 2070": the figure is the key, and the number rule asks it
        if unit.text[pos : pos + 1].isalnum():
            continue  # the bold term inside a longer word
        for name in find_names(unit.text):
            if (
                name.start <= at
                and at + len(span) <= name.end
                and name.text != span
                and not name.text.endswith(("'s", "’s"))
                and not _A_SHARE_OF.match(name.text)  # "Part of **Tethys Himalaya**" (551)
                and not bold_after_of(unit.text, name, at)
            ):
                # "Raja **Todar Mal**": the whole name is the key
                at, span = name.start, name.text
                pos = at + len(span)
                break
        paren = trailing_paren(span)
        if paren is not None and paren.start() > 0:  # "Indus Waters Treaty (1960)"
            span = span[: paren.start()].rstrip()
            pos = at + len(span)
        drafts.append(
            make_draft(
                unit,
                Cloze,
                "bold",
                f"bold:{fold(span)}",
                span,
                key_kind="term" if name_kind(span) == "name" else name_kind(span),
                prompt=f"{unit.context}: fill in the blank.",
                text=blank(unit.text, at, pos, cloze_fill(span, expansions(span))),
            )
        )
    return drafts
