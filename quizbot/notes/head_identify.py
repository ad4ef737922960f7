"""The arrow-head builder: ``Art. 268 → duties levied by Union …`` → "Which article is this: …?".

Revision sheets note a provision or a named thing at the head of a line and what it is after
an arrow: ``Art. 268 → levied by Union, collected & kept by States``, ``Sargasso Sea → calm
centre of N Atlantic gyre, floating sargassum weed``. As a cloze the line keeps its arrow
(the last gate drops it as shorthand); read out the way the table identify builder reads a
row, it is the question an examiner asks of it:

    "Which article is this: levied by Union, collected & kept by States?"
    "Which sea is this: calm centre of N Atlantic gyre, floating sargassum weed?"

The head is an article (``Art. 268``, ``Article 21A``; after a colon or a dash too: ``Art 75:
PM appointed by President …``), a name whose last word says its
kind (``Sea``, ``Act``, ``Committee``, ``Inscription`` …: :data:`KINDS`), a dated name or
amendment on a page of them (``(1973) **Kesavananda Bharati** → …`` under "Landmark cases":
"Which case (1973) is this: …?"; ``44th (1978) → …`` under "Key amendments"), a dated case
anywhere (``Anoop Baranwal v UoI (2023) → …``), or a term the
writer bolded in lower case (``**vivipary** → seed germinates …``: "Which term is this: …?",
``**Spring tide**``: "Which tide …"); a year in brackets before it dates the question. What
follows the arrow is the clue: four to twenty words, no other arrow but a term's (its
clues, each arrow read "so"), no word of the head's name (it would give the answer
away), no pronoun pointing back and no rank (the superlative builder's), an aside of
examples (``(e.g. stamp duties)``) left out; a bracket after the head of three words or more
(``(Mediterranean origin, carried by westerly jet)``) is a clue too. The dated arrow builder
(:mod:`~quizbot.notes.arrow_questions`) asks first; this one asks what it cannot.
"""

from __future__ import annotations

import re

from quizbot.notes.arrow_checks import A_CHANGE
from quizbot.notes.case_names import STATE_PARTY, VERSUS
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.gate_teaches import under_a_label
from quizbot.notes.grammar import which_is_this
from quizbot.notes.lone_blanks import BARE_LIST
from quizbot.notes.names import INITIALS, NAME_JOINERS
from quizbot.notes.phrases import BRACKET, content_words, fold
from quizbot.notes.term_labels import clause_head
from quizbot.notes.term_lines import (
    CONSEQUENCE,
    EFFECT,
    POINTS_ELSEWHERE,
    URGED,
    deed_before_a_name,
)
from quizbot.notes.timeline_dates import ARTICLES_IN_HEADING, MONTH

#: Last words of a name that say its kind, as the question names it.
KINDS = frozenset(
    "sea ocean current strait gulf bay lake river pass canal dam plateau desert "
    "tide wind jet soil rock reef cloud forest volcano cyclone "
    "act bill committee commission plan scheme mission policy doctrine treaty pact agreement "
    "accord report inscription pillar edict fort temple stupa cave caves movement conference "
    "school style "
    "session declaration convention protocol programme program project".split()
)
_LINE = re.compile(
    r"^(?:\((?P<year>(?:c\.\s*)?\d{3,4}(?:\s*CE|\s*BCE)?)\)\s+)?"
    r"(?P<head>[A-Za-z0-9][^→()=:;]{0,60}?)\s*(?:\((?P<bracket>[^()]*)\)\s*)?→\s*(?P<tail>.+)$"
)
#: A bracket that says when (``late 18th c.``, ``early 1900s``): no clue to what it is
#: (holdout 518, bad: "Which term is this: late 18th c.; weakened state?").
_A_TIME = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s*(?:c\b|cent)|\b\d{3,4}s?\b", re.IGNORECASE)
#: Letters a case's first name has at least to be the case said alone ("Kesavananda").
_CALLED_BY_FIRST = 8
#: Initials before a name: ``K.S.`` of ``K.S. Puttaswamy``.
#: An amendment noted by its number: ``44th``.
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
#: A year in the head's bracket: ``44th (1978)``.
_BRACKET_YEAR = re.compile(r"^(?:c\.\s*)?(?:1[0-9]|20)\d\d$")
_ARTICLE = re.compile(r"(?:Art(?:icle)?\.?)\s*(?P<number>\d{1,3}[A-Z]{0,2}(?:\(\d+[a-z]?\))?)")
#: An article's line written with a colon or a dash: ``Art 74: CoM with PM at head …``.
_ARTICLE_LINE = re.compile(
    r"^(?P<year>)(?P<head>Art(?:icle)?\.?\s*\d{1,3}[A-Z]{0,2}(?:\(\d+[a-z]?\))?)"
    r"\s*(?:\((?P<bracket>[^()]*)\)\s*)?(?::|\s[–—-])\s*(?P<tail>[^→]+)$"
)
#: An aside of examples at the clue's end: "(e.g. some stamp duties)".
_EXAMPLES = re.compile(r"\s*\((?:e\.g\.|eg|for example|like)[^()]*\)\s*$", re.IGNORECASE)
#: An act's name in a clue (``Child Marriage Restraint Act``): the answer's other name.
_AN_ACTS_NAME = re.compile(r"\b[A-Z][\w()-]*(?: [A-Z(][\w()-]*)* Act\b")
#: A clue that points back ("keep it, but use sparingly": keep what?) or ranks the head
#: ("only ~37% as ESA", "first built under …"): the superlative builder's, or no clue.
_NOT_A_CLUE = re.compile(
    r"\b(?:it|its|this|these|those|they|them|he|she|his|her)\b|^such\b"
    r"|^(?:the\s+)?(?:first|only|last|largest|biggest|smallest|oldest|highest|\d+(?:st|nd|rd|th))\b"
    r"|^(?:one|any|each) of\b"  # "one of 8 missions under NAPCC": all eight are (holdout 409)
    r"|\((?:compare|cf\.?|see)\b",  # "Ramsar site (compare basin)": a pointer (holdout 482)
    re.IGNORECASE,
)
#: A section of species: a species' few words fit its kin (the Great Indian Bustard too).
_SPECIES_SECTION = re.compile(
    r"\b(?:species|fauna|flora|animals|birds|mammals|biodiversity|wildlife|marine life)\b", re.I
)
#: A clue that opens on its own date: the arrow leads to a later event, not to what the head
#: is (``(2014) Patel Committee → (2016) MPC constituted``, holdout 310: bad).
_DATED_TAIL = re.compile(r"^\(?(?:c\.\s*)?\d{3,4}\b")
#: A day of a month and its year in the clue (``9 Dec 1946``): the day something happened.
_A_DAY = re.compile(rf"\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b")
#: An arrow between compass points is a direction: "E → W" is "E to W".
_DIRECTION = re.compile(r"\b([NSEW]{1,2}) → ([NSEW]{1,2})\b")
MIN_WORDS = 4
MAX_WORDS = 20
#: Lower-case words a name of the head may hold (``Bay of Bengal``, a case's ``v``).
_JOINERS = NAME_JOINERS | {"and", "&", "v", "v.", "vs", "vs."}
#: Pages whose lines are each one of a kind: "Landmark cases", "Key amendments".
_LISTED = {"cases": "case", "amendments": "amendment", "judgments": "case", "judgements": "case"}


def _listed_kind(unit: Unit) -> str | None:
    """What each line of the unit's page is, by its heading (``Landmark cases — timeline``:
    a case), or ``None``."""
    heading = fold(unit.headings[-1]) if unit.headings else ""
    kinds = {_LISTED[w] for w in re.findall(r"[a-z]+", heading) if w in _LISTED}
    return kinds.pop() if len(kinds) == 1 else None


#: The Part (or Schedule) of the Constitution an article sits in: ``Part XII (Finance, …)``.
_A_PART = re.compile(r"(?:in\s+)?(?:Part|Schedule|Chapter)\s+[IVXL\d]+[A-Z]?\b", re.IGNORECASE)
#: A head that opens on when its line's deed came: "After …", "Under …", "Since …".
_AFTER_IT = re.compile(r"(?:After|Before|Following|Since|Until|Till|Under|During|From)\s")


def head_identify_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which article is this: …?" of an arrow line's head, or ``None``."""
    arrows = unit.text.count("→")
    if not arrows and not unit.text.startswith(("Art", "**Art")):
        return None  # the cheap test first (generate_1mb_s)
    text = unit.text.replace("**", "").strip()
    found = (_LINE.match(text) if arrows else None) or _ARTICLE_LINE.match(text)
    if found is None:
        return None
    head = found.group("head").strip()
    if A_CHANGE.match(fold(head)) or _AFTER_IT.match(head):
        return None  # "Stronger Somali Jet → heavy rain …": what a change brings, no name;
        # "After Mountbatten Plan (3 June 1947) → …": what came after it (holdout 428, bad)
    # a term the writer bolded, in sentence case: "**vivipary** → …", "**Spring tide** → …"
    words = head.split()
    term = (
        head in unit.bold
        and head[:1].isalpha()  # "**2023 amendment** → …": an event of a year, no term
        and (head[:1].islower() or (len(words) > 1 and all(w.islower() for w in words[1:])))
    )
    if term and unit.term is not None and clause_head(unit.term, ctx):
        return None  # "**Dyarchy abolished** → …": a deed, not a term
    if term and unit.headings and _SPECIES_SECTION.search(unit.headings[-1]):
        return None  # "Which term is this: Critically Endangered grassland bustard?" (481)
    if arrows > 1 and sum(1 for b in unit.bold if b != head) >= 2:
        return None  # "**Bhoga mandapa** → **Natamandira** → **Jagamohana** …": halls in a
        # row, no clues to the first (holdout 521, bad: "…, so Jagamohana …, so Deula?")
    if term and under_a_label(unit):
        return None  # "Features:" › "**pit-dwellings** → shelter from cold": a feature of the
        # section's site, whose name the question would not say (holdout 402, bad)
    tail = _DIRECTION.sub(r"\1 to \2", found.group("tail").strip().rstrip(".;"))
    if _DATED_TAIL.match(tail) or _A_DAY.search(tail):
        # "(2014) Patel Committee → (2016) MPC constituted", "(1946) Cabinet Mission → CA
        # first meets 9 Dec 1946" (holdout 334, bad): a later event, not what it is
        return None
    if URGED.match(tail):
        return None  # "women's education → to be encouraged (…)": what was urged for it, no
        # clue to what it is (holdout 681, bad: "Which term is this: to be encouraged?")
    if POINTS_ELSEWHERE.match(tail):
        return None  # "Art 170 → same for state Legislative Assemblies": the line before says
    if EFFECT.match(tail):
        return None  # "**Space weather** → impact on satellites, power grids …": what it
        # acts on, no clue to what it is (holdout 622, bad: "Which term is this: impact on …?")
    if CONSEQUENCE.match(tail) or re.match(r"(?:legend|myth|story|tradition|trivia)\s*:", tail):
        return None  # "**Coriolis force** → hence none near the equator": what follows from
        # it; "Nakki Lake → legend: dug by gods …" (holdout 496, bad): a tale, no clue
    if all(w[:1].isupper() or w in _JOINERS for w in tail.split()):
        return None  # "Anoop Baranwal v UoI → CEC & ECs Act": what came of it, a name
    bare_tail = BRACKET.sub("", tail)  # "West Bengal (largest producer by far), Bihar"
    if _A_LIST_OF_NAMES.match(bare_tail) or (term and _A_LIST_OF_THINGS.fullmatch(tail)):
        return None  # "ragas Nata, Gaula, Arabhi, Varali, Sri": members listed, no clue (h. 370);
        # "crude oil, edible oil, electronics, fertiliser": what of them? (holdout 385, bad)
    if arrows > 1 and not term and "→" in tail:
        return None  # a chain of events is no one clue; a term's chain is its clues
    tail = _EXAMPLES.sub("", tail).replace(" → ", ", so ")  # "passed → govt resigns"
    bracket = (found.group("bracket") or "").strip()
    if (
        len(bracket.split()) >= 3
        and not _NOT_A_CLUE.search(bracket)
        and not _ORDINAL.match(head)
        and not _A_TIME.search(bracket)  # "(late 18th c.)": when, which many things share
    ):
        tail = f"{bracket}; {tail}"  # "(Mediterranean origin, carried by westerly jet)"
    if not MIN_WORDS <= len(tail.split()) <= MAX_WORDS or _NOT_A_CLUE.search(tail):
        return None
    if not term and deed_before_a_name(head, unit.bold):
        return None  # "Built **Konark Sun Temple** (c. 1250) → Surya as chariot …"
    year = found.group("year") or (bracket if _BRACKET_YEAR.match(bracket) else None)
    heading = fold(unit.headings[-1]) if unit.headings else ""
    read = _read_head(head, term, year, _listed_kind(unit), heading)
    if read is None:
        return None
    answer, kind, aliases = read
    if kind == "article" and _A_PART.match(tail):
        return None  # "**Art 280** → Part XII (Finance, …)": where it sits, which some
        # thirty other articles share (holdout 538, bad: "Which article is this: Part XII?")
    if kind != "article" and VERSUS.search(tail):
        return None  # "Niyamgiri case (Orissa Mining Corp v MoEF) → …": its other name (h. 373)
    if kind == "act" and _AN_ACTS_NAME.match(tail):
        return None  # "Sarda Act → Child Marriage Restraint Act; …": its other name (h. 422)
    if kind in ("act", "bill") and year and ctx.mentions(head) >= 2:
        return None  # "(1919) GoI Act → …" beside "(1935) GoI Act → …": the year is the name
    bare_name = " ".join(words[:-1]) if kind in KINDS and not term else head
    if content_words(bare_name) & content_words(tail) and kind not in ("article", "amendment"):
        return None  # "Sargasso Sea → … Sargasso weed": the clue names it
    if fold(answer) in fold(tail):
        return None
    number = _ARTICLE.fullmatch(head)
    if number is not None and re.search(rf"\b{re.escape(number.group('number'))}\b", tail):
        return None  # "… by courts (74(2))": the clause's number names the article
    when = f" ({year})" if year else ""
    # "Constitutional basis (Part XV, Art 324–329)": the heading's ends are the articles asked
    context = ARTICLES_IN_HEADING.sub("", unit.context) if kind == "article" else unit.context
    return written_question(
        unit,
        "article-identify" if kind == "article" else "term-identify" if term else "head-identify",
        f"{context}: {which_is_this(f'{kind}{when}')}: {tail}?",
        answer,
        key_kind="term",
        aliases=aliases,
        key=head,
        at_head=True,
    )


#: A clue that only lists names, after a word or two of what they are: ``ragas Nata, Gaula,
#: Arabhi, Varali, Sri``.
_A_LIST_OF_NAMES = re.compile(
    r"^(?:[a-z]+ ){0,2}[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:(?:,| and| &) [A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*)*){2,}(?: \([^()]*\))?$"
)


#: A term's clue that only lists things, as :mod:`~quizbot.notes.lone_blanks` reads a blank's
#: (an act's or a case's list is what it provides: "private markets, direct purchase, …").
_A_LIST_OF_THINGS = re.compile(rf"{BARE_LIST}(?:,? (?:and|&) [a-z][a-z ]*)?")


def _read_head(
    head: str, term: bool, year: str | None, listed: str | None, heading: str = ""
) -> tuple[str, str, tuple[str, ...]] | None:
    """The answer, the kind the question names and the other accepted forms of a line's
    head (a term's kind is its last word when that is a kind or the heading names it:
    "No-confidence motion" under "Motions & devices" is a motion), or ``None`` when the head
    is none of the kinds this builder asks."""
    words = head.split()
    article = _ARTICLE.fullmatch(head)
    if article is not None:
        number = article.group("number")
        return f"Article {number}", "article", tuple(dict.fromkeys((head, f"Art {number}", number)))
    if _ORDINAL.fullmatch(head):
        if listed != "amendment" or year is None:
            return None  # "1st" of what?
        return f"{head} Amendment", "amendment", (head, f"{head} Amdt")
    named = all(w[:1].isupper() or w in _JOINERS for w in words)
    last = fold(words[-1]) if words else ""
    parties = VERSUS.split(head)
    if len(parties) == 2 and year is not None and named and len(words) <= 8:
        # "Anoop Baranwal v UoI (2023) → …": a case, also by the party not the state's
        named_for = [p.strip() for p in parties if not STATE_PARTY.match(p.strip())]
        return head, "case", tuple(named_for[:1])
    if term:
        kinded = last in KINDS or re.search(rf"\b{re.escape(last)}s?\b", heading) is not None
        return head, last if kinded and len(words) > 1 else "term", ()  # "Spring tide"
    if listed is not None and year is not None and last not in KINDS and named:
        # "(1973) **Kesavananda Bharati** → …" under "Landmark cases": a case of its page
        bare = INITIALS.sub("", head)  # "Puttaswamy" of "K.S. Puttaswamy"
        # "Kesavananda" of "Kesavananda Bharati": a long first name is how the case is said
        short = words[0] if len(words) == 2 and len(words[0]) >= _CALLED_BY_FIRST else ""
        aliases = tuple(a for a in (bare, short) if a and a != head)
        return (head, listed, aliases) if len(words) <= 5 else None
    if last not in KINDS or not 2 <= len(words) <= 5 or not named:
        return None  # "Two bulges": a phrase, not a name of a kind
    if " of " in head and fold(words[0]) not in KINDS and words[0] not in ("Bay", "Gulf"):
        return None  # "Phumdis of Loktak Lake": the phumdis, not a lake (holdout 400, bad)
    return head, last, ()
