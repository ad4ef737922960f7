"""What the options of a term question are called: the kind's name, the lead-in the terms
sit under (``Launch vehicles:`` → launch vehicle, ``Parts of a temple:`` → part of a temple)
or the section's heading, for "Which launch vehicle is described as …?" (split from
:mod:`~quizbot.notes.term_questions`)."""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Unit
from quizbot.notes.phrases import fold
from quizbot.notes.quantities import NUMBER_WORDS
from quizbot.notes.table_rows import row_noun

#: Lead-ins that name no kind of thing ("Imp. ones:"): the heading names it instead.
_NO_NOUN = frozenset(("imp. ones", "imp ones", "important", "imp", "notes", "key points", ""))
#: A lead-in that counts its members after the owner's name (``World Bank Group – 5
#: institutions:``): the plural after the count is what each member is.
_COUNTED_MEMBERS = re.compile(r"[–—-]\s*(?:\d+|[a-z]+)\s+([a-z][a-z-]*s)$")


#: A lead-in that names the parts of one thing: ``Parts of a temple``, ``Organs of the UN``.
_PART_OF = re.compile(r"([a-z]{3,}s) (of (?:a|an|the) [a-z]+(?: [a-z]+)?)")


def options_noun(unit: Unit, ctx: Context, name: str) -> str:
    """What the options are, as a question names them: the kind's name, else the lead-in
    the terms sit under (``Launch vehicles:`` → launch vehicle, ``Five missiles:`` →
    missile, ``World Bank Group – 5 institutions:`` → institution, ``Terms:`` → term), else
    the section's heading (``Soils`` → soil) when the terms sit right under it or under a
    label of it (``Imp. ones:``): a heading over another lead-in only groups a topic
    (``Bretton Woods twins`` over the World Bank Group's bodies, ``Neighbours`` over
    ``Pakistan:``), and would call its items what they are not. "of these" when none
    says it."""
    if name.strip():
        return ctx.lower_name(name)
    lead_in = unit.subject
    candidates = [lead_in]
    if unit.parent is None or fold(lead_in).rstrip(".:") in _NO_NOUN:
        candidates.append(unit.headings[-1] if unit.headings else "")
    parent = fold(unit.parent.text).rstrip(".: ") if unit.parent is not None else ""
    counted = _COUNTED_MEMBERS.search(parent)
    if counted is not None and _counts(parent[: counted.start(1)]):
        return _singular_noun(counted.group(1))
    for candidate in candidates:
        folded = _uncounted(fold(candidate).rstrip(".:"))
        owned = _PART_OF.fullmatch(folded)
        if owned is not None:  # "Parts of a temple:" → "Which part of a temple …?"
            return f"{_singular_noun(owned.group(1))} {owned.group(2)}"
        if folded in _NO_NOUN or len(folded.split()) > 3 or any(c.isdigit() for c in folded):
            continue
        if folded in ("glossary", "terms", "term", "key terms"):
            return "term"
        if not re.search(r"[a-z]s$", folded.split(" (")[0]):
            continue  # a section's name ("Disaster management"), not a kind of thing
        candidate = _uncounted(candidate.strip())
        noun = row_noun(candidate)
        if noun and noun.split()[-1].isalpha():
            first = noun.split()[0]
            if first.endswith(("'s", "’s")):
                return f"of {candidate.strip().rstrip(':')}"  # "Which of India's key motivations"
            if noun.isupper() or (
                fold(first) in ctx.proper_words and fold(first) not in ctx.lower_words
            ):
                return noun  # a name keeps its capital
            return noun[:1].lower() + noun[1:]
    return "of these"


def _counts(text: str) -> bool:
    """Does ``text`` end with a count (``… – 5``, ``… – five``)?"""
    last = text.split()[-1] if text.split() else ""
    return last.isdigit() or last in NUMBER_WORDS


def _uncounted(text: str) -> str:
    """A lead-in without its count: ``Five missiles`` → ``missiles`` (the count is the
    list's, not the kind's: "Which five missile …?"), or its "other" (``Other schemes`` →
    ``schemes``: "Which other scheme …?" reads as a second question)."""
    first, _, rest = text.partition(" ")
    counted = first.isdigit() or fold(first) in NUMBER_WORDS or fold(first) == "other"
    return rest if rest and counted else text


def _singular_noun(plural: str) -> str:
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


#: Kinds a name says it is by its last word ("Nalabana Island", "Hirakud Dam").
_NAMED_KINDS = frozenset(
    """island lake lagoon river dam fort temple sanctuary park reserve port pass peak hill
    plateau glacier canal bridge tunnel mosque stupa monastery university""".split()
)


def kind_named(noun: str, answer: str) -> str:
    """``noun``, or for a "term" the kind the answer's last word names: "Which island is
    described as “bird sanctuary (1987, under WPA 1972)”?" of Nalabana Island (holdout 428,
    weak: "Which term" of an island)."""
    words = answer.split()
    proper = len(words) > 1 and all(w[:1].isupper() for w in words)  # not "Gravity dam"
    last = fold(words[-1]) if proper else ""
    return last if fold(noun) == "term" and last in _NAMED_KINDS else noun
