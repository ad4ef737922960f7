"""The list rule: a list a unit names → recall it, pick it among outsiders, or name any k.

The list is either inline (``... namely a, b and c``, found by :func:`find_list`) or the
sub-bullets under an intro (:func:`child_list`). A complete list is asked in full (or as a
multi-select among same-kind outsiders), an open one (``such as``, ``include``) as "name
any k".
"""

from __future__ import annotations

import re

from quizbot.bank.model import ListQuestion, Multi
from quizbot.notes.drafts import (
    Context,
    Draft,
    Unit,
    blank,
    is_lead_in,
    make_draft,
    number_word,
    quoted,
    words_count,
)
from quizbot.notes.event_articles import OUTSIDE_COMMA
from quizbot.notes.grammar import VERBS, has_verb, with_the
from quizbot.notes.hashing import pick, shuffled, spread
from quizbot.notes.lists import clean_item, split_items
from quizbot.notes.phrases import BRACKET, contains_phrase, fold, shares_word
from quizbot.notes.pronouns import names_a_thing
from quizbot.notes.quantities import NUMBER_WORDS

#: A complete list of at most this many items may be asked as a multi-select.
_MAX_MULTI = 5


def _name_all(n: int) -> str:
    return "Name both." if n == 2 else f"Name all {number_word(n)}."


def _name_any(k: int) -> str:
    return "Name one." if k == 1 else f"Name any {number_word(k)}."


def rule_list(unit: Unit, ctx: Context) -> list[Draft]:
    """A list after namely / such as / include / are (or a list under an intro ending in a
    colon): recall all of a complete list (or pick them among same-kind options), name any k
    of an open one."""
    found = unit.found_list
    if found is not None:
        items = list(found.items)
        stem = blank(unit.text, found.start, found.end, "…")
        if stem.endswith("…."):
            stem = stem[:-1]  # "are …." when the list ends the sentence
        complete = found.complete
    else:
        listed = child_list(unit)
        if listed is None:
            return []
        items, complete = listed
        intro = unit.text.rstrip()
        stem = f"{intro.rstrip(':').rstrip()}: …" if intro.endswith(":") else f"{intro} …"
    n = len(items)
    if any(contains_phrase(unit.context, i) or contains_phrase(stem, i) for i in items):
        return []
    label = unit.term.base if unit.term else " ".join(stem.split()[:4])

    def typed_list(ask: str, prompt_text: str = "", **fields: object) -> list[Draft]:
        return [
            make_draft(
                unit,
                ListQuestion,
                "list",
                "list",
                label,
                key_text="; ".join(items),
                key_kind="list",
                prompt=f"{unit.context}: {prompt_text or f'{stem} {ask}'}",
                answer=tuple(items),
                **fields,
            )
        ]

    if not complete:
        k = 2 if n >= 3 else 1
        return typed_list(_name_any(k), min_correct=k)
    kinds = ctx.kinds
    outsiders: list[str] = []
    for item in items if n <= _MAX_MULTI else ():
        for other in kinds.sample_same_kind(item, 8, spread(unit.key, item)):
            if (
                all(fold(other) != fold(i) and not shares_word(other, i) for i in items)
                and other not in outsiders
                and not contains_phrase(stem, other)
                and not contains_phrase(unit.context, other)
            ):
                outsiders.append(other)
    choices = ["list"]
    if len(outsiders) >= 2 and n <= 5:
        choices.append("multi")
    if pick(choices, unit.key, "list") == "multi":
        wrong = shuffled(outsiders, unit.key, "w")[: max(2, 6 - n)]
        options = shuffled([*items, *wrong], unit.key, "mo")
        return [
            make_draft(
                unit,
                Multi,
                "list",
                "list",
                label,
                key_text="; ".join(items),
                key_kind="list",
                prompt=f"{unit.context}: {quoted(stem)} Which of the following "
                f"complete it? Choose {'both' if n == 2 else 'all ' + number_word(n)}.",
                options=tuple(options),
                answer=tuple(items),
            )
        ]
    named = _members_of_the_heading(stem, unit) or _plural_intro(stem)
    if named:
        # "tributaries: …" → "Name all five tributaries."; never a quoted fragment
        asked = name_the_set(named, n, _owner(unit, ctx))
        return typed_list("", prompt_text=asked) if asked else []
    return typed_list(_name_all(n))


def _owner(unit: Unit, ctx: Context) -> str:
    """Whose set a lead-in lists, when the prompt does not show it already: the heading,
    when it is a name (``Six principal organs:`` under ``United Nations``); ``""`` when
    the prompt shows the parent's subject (``Indus: Name all five tributaries.``) or the
    heading is a section's label (``DRDO / missiles``)."""
    if unit.subject or not unit.headings:
        return "-"  # shown in the prompt's context
    heading = unit.headings[-1]
    return heading.strip() if names_a_thing(heading, ctx) else ""


def _members_of_the_heading(stem: str, unit: Unit) -> str:
    """``Members: Pethick-Lawrence (…), Sir Stafford Cripps (…), A.V. Alexander (…)`` under
    ``## Cabinet Mission (arrived Mar 1946)``: "members of the Cabinet Mission" (a body's
    membership is a closed set); ``""`` under any other heading."""
    if not _MEMBERS.match(stem) or not unit.headings:
        return ""
    body = _BODY.match(f"{BRACKET.sub('', unit.headings[-1]).strip()}: …")
    return f"members of the {body.group(2)}" if body and not body.group(1) else ""


_MEMBERS = re.compile(r"^(?:Members|Composition): …$")


_ORDINAL_FIRST = frozenset("first last earliest latest oldest newest".split())


def name_the_set(named: str, n: int, owner: str = "-") -> str | None:
    """ "Name all five tributaries." for a list of ``n`` introduced by ``named``: a count the
    lead-in writes is written once (``Five missiles:`` is no "Name all five Five
    missiles."), and must be ``n``; a counted set names its ``owner`` ("… principal organs
    of the United Nations"; ``"-"``: the prompt shows it; ``""``: none to name), or there
    is no question; an ordinal goes before the count ("Name the first two Indian Ramsar
    sites")."""
    words = named.split()
    if words and fold(words[0]) == "the":
        words = words[1:]
    counted = bool(words) and (words[0].isdigit() or fold(words[0]) in NUMBER_WORDS)
    if counted:
        value = int(words[0]) if words[0].isdigit() else NUMBER_WORDS[fold(words[0])]
        if value != n or len(words) < 2:
            return None  # "says five missiles and lists four"
        words = words[1:]
        if "of" in words:
            owner = "-"  # "institutions of the World Bank Group": named already
        if not owner:
            return None  # "Name all five missiles." of what?
        if owner != "-" and not any(w in _PRONOUNS for w in words):
            words += ["of", "the", owner]
    count = number_word(n)
    if words and fold(words[0]) in _ORDINAL_FIRST:
        return f"Name the {words[0]} {count} {' '.join(words[1:])}."
    whole = "both" if n == 2 else f"all {count}"
    return f"Name {whole} {' '.join(words)}."


_PRONOUNS = frozenset(("it", "its", "they", "their", "them"))


_PLURAL_INTRO = re.compile(r"^([A-Za-z][\w'’ -]{2,60}?s(?: \((?:1[5-9]|20)\d\d\))?): …$")


#: An owner and a count of its members: ``World Bank Group – 5 institutions: …``.
_OWNED_COUNT = re.compile(
    r"^([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}) [–—] (\d+|[a-z]+) ([a-z][a-z-]*s): …$"
)
_BANK = re.compile(r"^(left|right)[ -]bank: …$", re.IGNORECASE)
_BODY = re.compile(
    r"^(?:((?:1[5-9]|20)\d\d) [–—-] )?([A-Z][\w'’ -]{2,50}? "
    r"(?:Mission|Commission|Committee|Delegation|Council)): …$"
)


def _plural_intro(stem: str) -> str:
    """What a list is, as "Name all five …" says it: the plural noun it is introduced by
    (``tributaries: …``, ``first Indian Ramsar sites (1981): …``), a river's bank
    (``left bank: …`` → left-bank tributaries), a body's members (``1946 – Cabinet
    Mission: …`` → members of the Cabinet Mission (1946)); ``""`` when the intro is more
    than a noun."""
    bank = _BANK.match(stem)
    if bank:
        return f"{bank.group(1).lower()}-bank tributaries"
    body = _BODY.match(stem)
    if body:
        year = f" ({body.group(1)})" if body.group(1) else ""
        return f"members of the {body.group(2)}{year}"
    owned = _OWNED_COUNT.match(stem)
    if owned and (owned.group(2).isdigit() or owned.group(2) in NUMBER_WORDS):
        # "World Bank Group – 5 institutions: …" → 5 institutions of the World Bank Group
        return f"{owned.group(2)} {owned.group(3)} of the {owned.group(1)}"
    m = _PLURAL_INTRO.match(stem)
    if m is None or len(m.group(1).split()) > 6:
        return ""
    words = fold(m.group(1)).split()
    if any(w in _NOT_NOUN for w in words):
        return ""
    verb = next((i for i, w in enumerate(words) if w in VERBS), None)
    count = next((i for i, w in enumerate(words) if w.isdigit() or w in NUMBER_WORDS), None)
    first = 1 if words[0] == "the" else 0  # "the four southern states it drains"
    if (verb is not None and (count is None or verb < count)) or (count or 0) > first:
        return ""  # "Harsha himself wrote 3 Sanskrit plays": a clause, not a noun (but "the
        # four southern states it drains" is one)
    return m.group(1)


_NOT_NOUN = frozenset("is are was were has have gets get – → = and or".split())


def child_list(unit: Unit) -> tuple[list[str], bool] | None:
    """Items listed under an intro (ending with a colon, or with *are*, *include* ... over
    sub-bullets): their terms or short texts."""
    if len(unit.children) < 2 or not is_lead_in(unit):
        return None
    items = []
    for child in unit.children:
        item = child.term.base if child.term else child.text.rstrip(".")
        if not item or words_count(item) > 6:
            return None
        items.append(clean_item(item))
    if len({fold(i) for i in items}) != len(items) or len(items) > 8:
        return None
    intro = fold(unit.text)
    numbered = unit.children[0].item is not None and unit.children[0].item.kind == "number"
    open_words = ("include", "such as", "e.g", "for example", "examples", "some ")
    if any(w in intro for w in open_words):
        return items, False
    counted = any(
        f" {number_word(len(items))} " in f" {intro} " or f" {len(items)} " in f" {intro} "
        for _ in (0,)
    )
    complete = numbered or counted or intro.endswith(("are:", "namely:", "following:"))
    return (items, True) if complete else None


_PAREN_LIST = re.compile(r"\(([^()]{3,120})\)")


def rule_inline_names(unit: Unit, ctx: Context) -> list[Draft]:
    """A complete list of names written inline without a trigger word: a term defined by
    names only (``first Indian Ramsar sites (1981): Chilika Lake (Odisha) and Keoladeo NP
    (Rajasthan)``), or names in parentheses after what they are (``India gets eastern
    rivers (Ravi, Beas, Satluj)``) → name them all."""
    text = unit.text
    spans: list[tuple[int, int, list[str]]] = []
    term = unit.term
    if term is not None and unit.found_list is None:
        written = split_items(term.definition) or _comma_items(term.definition)
        if written and all(_plain_name(clean_item(w)) for w in written):
            start = len(text) - len(term.definition)
            spans.append((start, len(text), [clean_item(w) for w in written]))
    for m in _PAREN_LIST.finditer(text):
        inside = m.group(1)
        if "," not in inside or m.start() < 8:
            continue
        written = [w.strip() for w in inside.split(",")]
        if len(written) >= 3 and all(_plain_name(w) and 1 <= len(w.split()) <= 3 for w in written):
            spans.append((m.start(), m.end(), written))
    drafts = []
    for start, end, items in spans:
        if len(items) < 2 or len({fold(i) for i in items}) != len(items):
            continue
        stem = blank(text, start, end, "(…)" if text[start] == "(" else "…")
        if any(contains_phrase(stem, i) or contains_phrase(unit.context, i) for i in items):
            continue
        asked = _inline_prompt(stem, len(items), unit)
        if asked is None:
            continue
        drafts.append(
            make_draft(
                unit,
                ListQuestion,
                "list",
                f"names:{start}",
                " ".join(items[:3]),
                key_text="; ".join(items),
                key_kind="list",
                prompt=f"{unit.context}: {asked}",
                answer=tuple(items),
            )
        )
    return drafts


def _inline_prompt(stem: str, n: int, unit: Unit) -> str | None:
    """ "Name all five tributaries." for ``tributaries: …``; the line quoted, with its
    gap, when it is more than a noun."""
    named = _members_of_the_heading(stem, unit) or _plural_intro(stem)
    if named:
        return name_the_set(named, n)  # None: a count the items do not match
    under = _under_its_agreement(stem)
    if under is not None:
        return f"{under}. {_name_all(n)}"
    return f"{quoted(stem)} {_name_all(n)}"


#: An agreement and, after an arrow, a clause of its own that says what it provides, up to
#: the list's gap: ``Indus Waters Treaty (1960), brokered by World Bank → India gets eastern
#: rivers (…), Pak gets western (…)``.
_AGREEMENT_ARROW = re.compile(
    r"(?P<head>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5} "
    r"(?:Treaty|Act|Accord|Agreement|Pact|Convention|Protocol)(?: \((?:1[6-9]|20)\d\d\))?)"
    r"(?:, [a-z][^→;]*)? → (?P<clause>[A-Z][\w'’-]* [a-z]+s [^→;()]+?) \(…\)(?:[,;] .*)?"
)


def _under_its_agreement(stem: str) -> str | None:
    """``Under the Indus Waters Treaty (1960), India gets eastern rivers``: the arrow of
    "agreement → what it provides" said in words (a quoted scrap of the notes names no set
    the learner knows), or ``None``. An aside on the agreement (``brokered by World Bank``)
    and what follows the list are left to their own questions."""
    found = _AGREEMENT_ARROW.fullmatch(stem)
    if found is None or not has_verb(found.group("clause")):
        return None
    return f"Under {with_the(found.group('head'))}, {found.group('clause')}"


def _comma_items(text: str) -> list[str] | None:
    """``Jhelum, Chenab, Ravi, Beas, Satluj``: a list written with commas only."""
    # a comma inside an item's bracket is the item's: "R.S. Sarkaria (chair, retd SC judge)"
    parts = [p.strip() for p in OUTSIDE_COMMA.split(text.rstrip("."))]
    return parts if len(parts) >= 3 and all(parts) else None


def _plain_name(item: str) -> bool:
    words = item.split()
    return (
        1 <= len(words) <= 4
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "the", "de", "and") for w in words)
    )
