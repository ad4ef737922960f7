"""Rules that span a question's fields, one function per type (:data:`TYPE_RULES`).

Each rule records its problems on the validation context and returns False when the question
must be skipped: answers among the options, no duplicate options, items or pair sides, cloze
blanks well formed, a warning for a false statement without its fix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizbot.bank.field_readers import FieldContext, suggest
from quizbot.bank.model import CLOZE_BLANK, Record
from quizbot.bank.yamlfile import PathKey
from quizbot.words import plural


def _duplicates(items: Sequence[str]) -> list[tuple[int, int]]:
    """(first index, repeated index) of items equal ignoring case and surrounding space."""
    if len({item.casefold() for item in items}) == len(items):
        return []  # the common case: all distinct, decided without building keys
    first: dict[str, int] = {}
    found = []
    for i, item in enumerate(items):
        key = " ".join(item.casefold().split())
        if key in first:
            found.append((first[key], i))
        else:
            first[key] = i
    return found


def _rules_choice(ctx: FieldContext, where: tuple[PathKey, ...], values: Record) -> bool:
    """mcq and multi: enough distinct options, and every answer among them."""
    errors = len(ctx.problems)
    options: tuple[str, ...] = values["options"]
    multi = values["type"] == "multi"
    if len(options) < 2:
        ctx.error((*where, "options"), "options needs at least two choices")
    for first, again in _duplicates(options):
        ctx.error(
            (*where, "options", again),
            f"duplicate option {options[again]!r} (the same as option {first + 1})",
        )
    answers = values["answer"] if multi else (values["answer"],)
    if multi and not answers:
        ctx.error((*where, "answer"), "answer must name at least one of the options")
    for i, answer in enumerate(answers):
        if answer in options:
            continue
        nearly = [o for o in options if o.casefold() == answer.casefold()]
        if nearly:
            hint = f" (did you mean {nearly[0]!r}? it must match exactly)"
        elif len(answer) == 1 and answer.isalpha() and answer.lower() in "abcdefgh"[: len(options)]:
            hint = " (write the option's text, not its letter)"
        else:
            hint = suggest(answer, options)
        if multi:
            ctx.error(
                (*where, "answer", i),
                f"answer {answer!r} is not one of the options, so "
                f"answer is not a subset of them{hint}",
            )
        else:
            ctx.error((*where, "answer"), f"the answer is not one of the options{hint}")
    if multi:
        for _, again in _duplicates(answers):
            ctx.error((*where, "answer", again), f"{answers[again]!r} is listed twice in answer")
    return len(ctx.problems) == errors


def _rules_list(ctx: FieldContext, where: tuple[PathKey, ...], values: Record) -> bool:
    errors = len(ctx.problems)
    written: tuple[str | tuple[str, ...], ...] = values["answer"]
    forms = [(item,) if isinstance(item, str) else item for item in written]
    items = tuple(f[0] for f in forms)
    values["answer"] = items
    if any(len(f) > 1 for f in forms):
        values["item_aliases"] = tuple(f[1:] for f in forms)
    if not items:
        ctx.error((*where, "answer"), "answer must list at least one item")
    every = [(i, form) for i, f in enumerate(forms) for form in f]
    for first, again in _duplicates([form for _, form in every]):
        ctx.error(
            (*where, "answer", every[again][0]),
            f"duplicate item {every[again][1]!r} (the same as item {every[first][0] + 1})",
        )
    need = values.get("min_correct")
    if need is not None and need > len(items):
        ctx.error(
            (*where, "min_correct"),
            f"min_correct is {need} but answer lists only {plural(len(items), 'item')}",
        )
    return len(ctx.problems) == errors


def _rules_statements(ctx: FieldContext, where: tuple[PathKey, ...], values: Record) -> bool:
    if not values["statements"]:
        ctx.error((*where, "statements"), "statements is empty; give at least one statement")
        return False
    for i, (_, correct, fix) in enumerate(values["statements"]):
        if not correct and not fix:
            ctx.warn(
                (*where, "statements", i),
                f"statement {i + 1} is false but has no 'fix' with the correct version",
            )
    return True


def _rules_truefalse(ctx: FieldContext, where: tuple[PathKey, ...], values: Record) -> bool:
    if not values["answer"] and "fix" not in values:
        ctx.warn(
            (*where, "answer"), "the statement is false but has no 'fix' with the correct version"
        )
    return True


def _rules_cloze(ctx: FieldContext, where: tuple[PathKey, ...], values: Record) -> bool:
    text: str = values["text"]
    blanks = CLOZE_BLANK.findall(text)
    outside = CLOZE_BLANK.sub("", text)
    if not blanks:
        ctx.error(
            (*where, "text"),
            "the cloze text has no blank; mark each one as {{answer}} or {{answer|alias}}",
        )
    elif any(not b.strip(" |") for b in blanks):
        ctx.error((*where, "text"), "the cloze text has an empty blank {{}}")
    elif "{{" in outside or "}}" in outside:
        ctx.error((*where, "text"), "the cloze text has an unclosed '{{' or a stray '}}'")
    else:
        return True
    return False


def _rules_match(ctx: FieldContext, where: tuple[PathKey, ...], values: Record) -> bool:
    errors = len(ctx.problems)
    pairs: tuple[tuple[str, str], ...] = values["pairs"]
    if len(pairs) < 2:
        ctx.error((*where, "pairs"), "pairs needs at least two pairs to match")
    for side, label in ((0, "left"), (1, "right")):
        for first, again in _duplicates([p[side] for p in pairs]):
            ctx.error(
                (*where, "pairs", again, side),
                f"the {label} side {pairs[again][side]!r} appears twice (pairs "
                f"{first + 1} and {again + 1}); each side must be unique",
            )
    return len(ctx.problems) == errors


TYPE_RULES: dict[str, Callable[[FieldContext, tuple[PathKey, ...], Record], bool] | None] = {
    "short": None,
    "mcq": _rules_choice,
    "multi": _rules_choice,
    "list": _rules_list,
    "statements": _rules_statements,
    "truefalse": _rules_truefalse,
    "cloze": _rules_cloze,
    "match": _rules_match,
}
