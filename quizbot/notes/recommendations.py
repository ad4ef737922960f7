"""The recommendation builder: a committee or commission at a line's head, dated, and what it
called for after a dash or an arrow.

Notes list committees as a name, a year and their advice, with no verb: ``Ashok Mehta
Committee (1977) – two-tier system: zila parishad + mandal panchayat``, ``(1964–66)
**Kothari Commission** → 10+2+3 pattern, 6% of GDP on education``. The line's cloze keeps the
dash (the last gate drops it as shorthand) and "Which committee is described as “…”?" quotes
the notes; the advice is what a committee is known by, so it is asked with the verb the line
leaves out:

    "Which committee (1977) recommended a two-tier system?"

The advice is the noun phrase up to the first colon, comma, semicolon or arrow (what follows
spells it out, or is another fact); one with a verb or a pronoun of its own (``PRIs had
become …``, ``repeal it``) or opening on a figure (``→ 8 major groups``: what it found) is
not a recommendation and is not asked, nor is a line with no year (two committees of one
name are told apart by it).
"""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import a_present_verb
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import MASS_NOUNS, indefinite
from quizbot.notes.names import expansions
from quizbot.notes.shorthand import write_out

_YEARS = r"(?:1[5-9]|20)\d\d(?:\s*[–—-]\s*\d{2,4})?"
_LINE = re.compile(
    # "FRBM Act 2003; N.K. Singh Committee (2017) → …": a note before a semicolon is its own
    r"^(?:[^;→–—()]{1,60};\s+)?"
    rf"(?:\((?P<lead>{_YEARS})\)\s+|(?P<dated>{_YEARS})\s+[–—-]\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?P<kind>Committee|Commission))"
    # "(Congress Agrarian Reforms Cttee, 1949)": its other name before the year
    rf"(?:\s*\((?:(?P<other>[^();]{{3,60}}),\s*)?(?P<year>{_YEARS})\))?\s*[–—→]\s*"
    r"(?P<advice>[^:;,→]+?)\s*(?:[:;,→].*)?$"
)
#: Words that make the advice a clause or lean on something else.
_NOT_A_NOUN_PHRASE = frozenset(
    "it its them they this these that he she his her is are was were had has have be been "
    "not no only about just nearly roughly approximately".split()  # "→ only ~37% as ESA": a figure
)
_MIN_WORDS = 2
#: First words of a body's mandate, not of its advice: an inquiry is what it did.
_MANDATES = frozenset(
    "probe inquiry enquiry investigation investigate probing study review examination survey "
    "look report reports".split()  # "→ report (2010)": when it reported (holdout 318, bad)
)


def recommendation_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which committee (1977) recommended a two-tier system?", or ``None``."""
    found = _LINE.match(unit.text)
    if found is None:
        return None
    year = found.group("year") or found.group("lead") or found.group("dated")
    advice = write_out(found.group("advice").strip(), ctx.legend)
    advice = re.sub(r"\s+(?:needed|required|necessary|wanted)$", "", advice)  # "a new law"
    advice = re.sub(r"^(?:recommends|recommended|suggests|suggested|proposes)\s+", "", advice)
    if advice.count("(") > advice.count(")"):
        # "three-tier credit structure (primary → central → …)": the bracket's arrow cut it
        advice = advice[: advice.rfind("(")].rstrip()
    words = advice.split()
    if (
        year is None
        or len(words) < _MIN_WORDS
        # "8 major groups": a count it found, not advice ("3-tier PRI" is a kind of thing)
        or not (words[0][:1].islower() or re.match(r"^\d-(?:tier|member)\b", words[0]))
        or ". " in advice
        or words[0].endswith("ed")
        or a_present_verb(words[0])  # "Hunter Commission → reviews progress …": its deed
        or words[0] in ("set", "second", "third", "first", "last")  # a description, no advice
        # "Shah Commission → probe into the excesses …": what it was set up to do (h. 301, bad)
        or words[0] in _MANDATES
        or {w.strip(".,()\"'").lower() for w in words} & _NOT_A_NOUN_PHRASE
    ):
        return None
    if words[0] in _ADVICE_VERBS:  # "→ push digital payments": "recommended pushing …"
        advised = " ".join((_gerund(words[0]), *words[1:]))
    else:
        advised = _article(advice)
    prompt = f"Which {found.group('kind').lower()} ({year}) recommended {advised}?"
    name = found.group("name")
    eponym = name.rsplit(maxsplit=1)[0]
    aliases = [eponym, *expansions(name)]
    other = write_out(found.group("other") or "", ctx.legend)
    if re.search(r"\b(?:Committee|Commission)\b", other):
        aliases.append(other)  # "(Congress Agrarian Reforms Cttee, 1949)": its other name
    return written_question(
        unit,
        "recommendation",
        prompt,
        name,
        key_kind="organisation",
        aliases=aliases,
        marked=name in unit.bold,
        at_head=True,
    )


#: Verbs a committee's advice opens on, bare (``→ push digital payments, update the Act``).
_ADVICE_VERBS = frozenset(
    "push update create make give allow end abolish introduce ban scrap reduce raise increase "
    "cut merge replace strengthen extend adopt repeal amend separate link expand limit cap "
    "widen set form promote encourage enact revise restructure".split()
)


def _gerund(verb: str) -> str:
    """``pushing``, ``making``, ``cutting``, ``setting`` (a short verb of one vowel between
    consonants doubles its last letter)."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return f"{verb[:-1]}ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return f"{verb}{verb[-1]}ing"
    return f"{verb}ing"


#: Endings of a noun that takes no article: a plural, or a mass noun (``recognition``).
_NO_ARTICLE = ("s", "ia", "tion", "sion", "ment", "ance", "ence", "ity", "ism", "ing", "omy")


#: One bare noun taken as something (``debt as the main anchor``, ``Hindi as the official
#: language``): a mass noun or a name, which takes no article.
_BARE_AS = re.compile(r"[a-zA-Z-]+ as (?:the|an?) ")


def _article(advice: str) -> str:
    """``a two-tier system``, ``criteria for ST status``, ``constitutional recognition``."""
    head = re.split(r"\s+(?:of|for|on|in|to|with|at|by)\s+", advice)[0].split()[-1].lower()
    if head.endswith(_NO_ARTICLE) or head in MASS_NOUNS or _BARE_AS.match(advice):
        return advice
    return f"{indefinite(advice)} {advice}"
