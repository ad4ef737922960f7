"""The name builder: a proper name in a fact (``Sabarmati Ashram``, ``Gen. Dyer``) → a cloze.

Only names worth knowing are blanked: not one inside parentheses (an aside), a quotation or
the prompt's own context, not an initial common word, not the writer's short forms (``INC``,
``CDM``); the most exam-worthy first (a person, an agreement, an organisation or event, a
place, then any other name). The ranking keeps at most two questions per fact.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze
from quizbot.notes.drafts import (
    Context,
    Draft,
    Unit,
    blank,
    cloze_fill,
    cloze_safe,
    make_draft,
)
from quizbot.notes.event_words import is_bare_kind
from quizbot.notes.names import (
    KIND_WORDS,
    PERSON_TITLES,
    Name,
    expansions,
    find_names,
    name_kind,
)
from quizbot.notes.phrases import contains_phrase, fold, fold_words, inside_quotes
from quizbot.notes.rank import KIND_WEIGHT

#: Names that teach nothing as a blank: the notes' background ("India" is the answer a
#: learner of Indian notes guesses first) and common nouns written with a capital ("a day
#: before the Republic").
_GENERIC_NAMES = frozenset(
    "centre center constitution government govt state states union parliament country "
    "world east west north south india republic nation eastern western northern southern "
    "oriental raj".split()
)
_LATIN_EPITHET = re.compile(r" [a-z]+(?:is|us|um|ae|ii)\b")
_DEMONYM = re.compile(  # "Himalayan crest" (471); "caste Hindu opinion" (477)
    r"(?:ish|ese|ians?|eans?|icans?|ims?|ench|yan)$|^(?:Hindu|Sikh|Jain|Buddhist|Parsi)$"
    r"|(?:Lankan|Afghan|Pakistani|Bangladeshi|Nepali|Bengali|Kashmiri)$"  # (483)
)
#: A one-word name in this many texts of the notes is background, not a fact.
_BACKGROUND = 6
#: Names of one fact looked at, at most (a line of thousands stays linear).
_MAX_SEEN = 24
#: Names asked per fact at most (the ranking picks among them and the fact's other slots).
_MAX_NAMES = 2


_ASIDE = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")
_ARTICLE_AT_END = re.compile(r"\s(?:the|a|an)$")
_CLAUSE_BREAKS = ";:→("
_LOWER_NEXT = re.compile(r" [a-z]")


def _listed(text: str, name: Name) -> bool:
    """Is the name one item of a list of three or more (commas on either side)?"""
    before = text[: name.start].rstrip()
    article = _ARTICLE_AT_END.search(before, max(0, len(before) - 4))  # " the" at most
    if article is not None:
        before = before[: article.start()]
    after = text[name.end :].lstrip()
    comma_before = before.endswith(",") or before.endswith(" and") or before.endswith("&")
    comma_after = after.startswith(",")
    if comma_before and comma_after:
        return True
    clause = max(text.rfind(c, 0, name.start) for c in _CLAUSE_BREAKS) + 1
    segment = text[clause : name.start] + text[name.start :].split(";")[0]
    return segment.count(",") >= 2 and (comma_before or comma_after)


def _route(text: str, start: int) -> bool:
    """Is ``start`` inside a parenthesised route (``(Kolkata → Sittwe port → Mizoram)``),
    which is a fact, not an aside?"""
    opening = text.rfind("(", 0, start)
    closing = text.find(")", start)
    return opening >= 0 and closing > 0 and "→" in text[opening:closing]


#: A company's legal form or a legal instrument's kind: the last word of its name, never
#: a name alone ("MUDRA ___", "Sugarcane (Control) ___, 1966": holdouts 245, 257).
_LEGAL_FORMS = frozenset("ltd limited inc corp plc pvt llp order ordinance regulations".split())


#: A word made with a prefix and a hyphen, lower case after it (``Non-member``, ``Ex-officio``).
_PREFIXED = re.compile(r"(?:Non|Anti|Pre|Post|Sub|Ex|Co|Self|Multi|Inter|Semi|Quasi)-[a-z]")


def askable_names(unit: Unit, ctx: Context) -> list[Name]:
    """The names of a fact worth a blank, best first."""
    text = unit.text
    found: list[Name] = []
    asides = [m.span() for m in _ASIDE.finditer(text)] if "(" in text else []
    for name in find_names(text)[:_MAX_SEEN]:
        first, _, rest = name.text.partition(" ")
        if (
            rest
            and ctx.capital_count(first) >= _BACKGROUND
            and rest[:1].isupper()
            and fold(first) not in PERSON_TITLES
            and ctx.mentions(name.text) < 2  # "Baji Rao II", on every other line, is one name
        ):
            # "in India Lalji Singh": the background name is no part of the next one
            at = name.start + len(first) + 1
            name = Name(rest, at, name.end, name_kind(rest))
        if unit.term is not None and name.start < len(unit.term.term):
            continue  # the term rule asks for the term
        if name.text.endswith(("'s", "’s")):
            continue
        words = fold_words(name.text)
        if not words:
            continue
        if name.initial and _PREFIXED.match(name.text):
            continue  # "Non-member can be a minister …": a kind of person, capitalised to open
        if (
            name.initial
            and len(words) == 1
            and (words[0] in ctx.lower_words or words[0] not in ctx.proper_words)
        ):
            continue  # "Cultural and educational rights": a capital that only opens the line
        if len(words) == 1 and (
            words[0] in KIND_WORDS
            or words[0].removesuffix("s") in KIND_WORDS
            or words[0] in PERSON_TITLES
            or words[0] in _LEGAL_FORMS
            or is_bare_kind(words[0])  # "; ___ notified 2011" keyed Rules (holdout 250, bad)
        ):
            continue  # "the Wildlife (Protection) Act": a name's last word alone; "state Acts";
            # "MUDRA Ltd" (holdout 245, bad: "MUDRA ___ does not lend")
        if name.initial and len(words) == 1 and _LOWER_NEXT.match(text[name.end : name.end + 2]):
            continue  # "Biosphere reserves ...": sentence case, not a name
        if fold(name.text) in _GENERIC_NAMES:
            continue  # "the Centre", "the Constitution": no fact to learn
        if len(words) == 1 and _LATIN_EPITHET.match(text[name.end : name.end + 20]):
            continue  # "Bacillus thuringiensis": half of a species name
        if _DEMONYM.search(name.text) and _LOWER_NEXT.match(text[name.end : name.end + 2]):
            continue  # "British", "Pre-Turkish Indian buildings": a people, or what of them
        short = name.text[:-1] if name.text.endswith("s") else name.text
        if short.isupper() and len(short) <= 5:
            continue  # the writer's short forms (INC, CDM, FRs) are no facts to drill
        if any(a < name.start < b for a, b in asides) and not _route(text, name.start):
            continue  # an aside in parentheses, unless it is a route (Kolkata → Sittwe)
        if ('"' in text or "“" in text) and inside_quotes(text, name.start):
            continue
        if unit.bold and _across_a_bold_end(text, name, unit.bold):
            continue  # "**Stilwell (Ledo) Road** of WW2" keyed "Road of WW2" (532, bad)
        bolded = [b for b in unit.bold if text.find(b) > name.start]
        if bolded and bold_after_of(text, name, text.find(bolded[0])):
            continue  # "Critique of **Gulamgiri**": the bold name is asked, not the line's head
        if contains_phrase(unit.context, name.text):
            continue
        if _listed(text, name):
            continue  # one item of "Ramganga, Gomti, Ghaghara": any of them could be the blank
        if text.count(name.text) > 1:
            continue  # a blank the text answers itself
        if len(words) == 1 and ctx.capital_count(name.text) >= _BACKGROUND:
            continue  # a name on every other line ("India") is the notes' background
        found.append(name)
    found.sort(key=lambda n: (KIND_WEIGHT.get(n.kind, 2), -len(n.text.split()), n.start))
    return found[:_MAX_NAMES]


def rule_names(unit: Unit, ctx: Context) -> list[Draft]:
    """Each askable name → a cloze of the fact with the name blanked."""
    if not cloze_safe(unit.text):
        return []
    drafts = []
    for name in askable_names(unit, ctx):
        drafts.append(
            make_draft(
                unit,
                Cloze,
                "name",
                f"name:{fold(name.text)}",
                name.text,
                key_kind=name.kind,
                prompt=f"{unit.context}: fill in the blank.",
                text=blank(
                    unit.text, name.start, name.end, cloze_fill(name.text, expansions(name.text))
                ),
            )
        )
    return drafts


def _across_a_bold_end(text: str, name: Name, bold: list[str]) -> bool:
    """Does a name begin inside a span the writer bolded and run past its end (``Road of
    WW2`` of ``**Stilwell (Ledo) Road** of WW2``)? The bold span is the name."""
    for span in bold:
        start = text.find(span)
        end = start + len(span)
        if start >= 0 and start < name.start < end < name.end:
            return True
    return False


def bold_after_of(text: str, name: Name, at: int) -> bool:
    """Does a name open the line on a common word and "of", the writer's bold after it
    (``Critique of **Gulamgiri** (slavery) of lower castes``, holdout 620, bad: keyed
    "Critique of Gulamgiri")? The bold is the name; an event's or a treaty's head is its own
    (``Battle of **Plassey**``)."""
    return (
        name.start == 0
        and name.start < at < name.end
        and text[:at].endswith(" of ")
        and name_kind(name.text) == "name"
    )
