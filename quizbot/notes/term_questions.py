"""The rules about terms: name the term, expand an abbreviation.

``Term: definition`` units become a cloze, short answer, mcq or true/false naming the term
(:func:`rule_term`); ``Long Form (ABBR)`` becomes "what does ABBR stand for?"
(:func:`rule_abbreviation`), once per notes. A term a table or glossary describes, asked
"which best describes", is :mod:`~quizbot.notes.term_definitions`'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.notes.abbreviations import written_long_form
from quizbot.notes.clause_shapes import called_question, plural_head
from quizbot.notes.drafts import (
    MIN_DEFINITION_WORDS,
    Context,
    Draft,
    Unit,
    cloze_fill,
    cloze_safe,
    make_draft,
    quoted,
    words_count,
)
from quizbot.notes.entities import KINDS_OF_A_HEADING, is_entity, term_kind
from quizbot.notes.glossary import GLOSSARY_HEADING, GLOSSARY_KIND
from quizbot.notes.hashing import pick, sample, shuffled
from quizbot.notes.held_roles import a_role_held
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.person_phrases import names_one_person
from quizbot.notes.phrases import contains_phrase, fold, overlaps, shares_word
from quizbot.notes.shorthand import write_out
from quizbot.notes.term_guards import not_a_term
from quizbot.notes.term_labels import label_beside, plain_label
from quizbot.notes.term_lines import POINTS_ELSEWHERE, opens_on_a_saying
from quizbot.notes.term_meanings import after_its_long_form, first_meaning, named_otherwise
from quizbot.notes.term_nouns import kind_named, options_noun
from quizbot.notes.terms import Term
from quizbot.text.names import is_everyday_word

#: A label that is a clause (``Effect is tiny``, ``Claimed divine powers``), no term.
_A_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have)\b|\b[A-Za-z]+ed\b")


def _kind(answer: str) -> str:
    kind = name_kind(answer)
    return "term" if kind == "name" else kind


#: A term that is a ruler (a regnal number) or two people: what its line says is what they
#: did, never what they are ("Which term is described as “the Kailasa temple …”?" keyed
#: Krishna I).
_PEOPLE = re.compile(r"\s(?:&|and)\s|\s(?:I|II|III|IV|V|VI|VII|VIII)$")


def _term_answer(term: Term) -> tuple[str, list[str]]:
    """A term's answer and aliases: ``Long Form (ABBR)`` answers the long form or ABBR."""
    aliases: list[str] = []
    if " / " in term.base:  # "Black soil / regur": either name
        first, *rest = [p.strip() for p in term.base.split(" / ")]
        return first, [*rest, *expansions(first)]
    if (
        term.qualifier
        and term.qualifier.isalpha()
        and term.qualifier.isupper()
        and term.qualifier[0] == term.base[:1].upper()
    ):
        aliases.append(term.qualifier)  # "Standing Deposit Facility (SDF)"
    aliases += expansions(term.base)
    return term.base, list(dict.fromkeys(aliases))


def swappable(others: Sequence[str], unit: Unit, definition: str, ctx: Context) -> list[str]:
    """Same-kind terms that are certainly wrong for ``definition`` and do not give it away."""
    return [
        o
        for o in others
        if ", " not in o  # a list of things ("Hydrogen, rare metals") is no single one
        and not ctx.kinds.defined_as(o, definition)
        and not shares_word(o, definition)
        and not overlaps(ctx.kinds.known_about(o), definition)
        and not contains_phrase(unit.context, o)
    ]


def _described(noun: str, definition: str) -> str:
    return f"Which {noun} is described as {quoted(definition)}?"


#: A description that is a rank and nothing else: ``most widespread (~40% of area), northern
#: plains …``; ``largest (by area)``.
_RANK_ONLY = re.compile(
    r"^(?P<rank>most \w+|(?:largest|biggest|longest|highest|oldest|deepest|smallest|widest))"
    r"(?P<bracket> \([^()]*\))?(?:,|;|$)"
)


def _ranked(noun: str, definition: str, unit: Unit) -> str | None:
    """ "Which soil is the most widespread in India (about 40% of area)?" for a description
    that is a bare rank (a coach rewrites "described as “most widespread …”" so), or
    ``None``. The rank holds in India only when the headings say India."""
    found = _RANK_ONLY.match(write_out(definition))
    if found is None or not re.search(r"\bindia", fold(unit.topic)):
        return None
    return f"Which {noun} is the {found.group('rank')} in India{found.group('bracket') or ''}?"


def without_subject(unit: Unit) -> str:
    """The unit's context without the subject carried from its parent's lead-in."""
    return unit.context.removesuffix(f" › {unit.subject}") if unit.subject else unit.context


#: A second ``Name – …`` clause after a semicolon: the line lists named things (``Karle – big
#: rock-cut chaitya; Ajanta – later caves …``), each one of many of its kind.
_NAMES_ANOTHER = re.compile(r";\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+[–—]\s")


def _renamed_from(unit: Unit, answer: str) -> set[str]:
    """The terms beside this one whose other name holds it (``LVM3 (earlier GSLV Mk III)``
    beside ``GSLV``): a variant of the answer, no safe distractor."""
    siblings = unit.parent.children if unit.parent is not None else []
    return {
        fold(s.term.base)
        for s in siblings
        if s is not unit
        and s.term is not None
        and s.term.qualifier
        and contains_phrase(s.term.qualifier, answer)
    }


def rule_term(unit: Unit, ctx: Context) -> list[Draft]:
    """``Term: definition`` → name the term from its definition (cloze, short, mcq or a
    true/false with a same-kind term swapped in)."""
    term = unit.term
    if term is None or not is_entity(unit, ctx):
        return []
    if not_a_term(term, unit, ctx):
        return []
    first = re.split(r"[,;(→]", term.definition, maxsplit=1)[0].strip()
    # "The chief", "Energy", "Unit of settlement": a head in plain words over its bold value
    described = (
        re.match(r"(?:[Tt]he|[Aa]n?) [a-z]", term.base)
        or " " not in term.base
        or re.fullmatch(r"[A-Za-z]+(?: [a-z]+)+", term.base) is not None
    )
    marked = (*unit.bold, *unit.highlights)
    if described and not term.marked and any(map(first.startswith, marked)):
        # "The chief = **rajan**, …", "Energy = **latent heat of condensation**": the bold
        # is the term, the head its gloss; "Tech = **barnase–barstar** system" (h. 399, bad)
        return []
    plain = all(  # words of the language, not a name ("Peshawar → soldiers of …")
        is_everyday_word(w) or w in ctx.lower_words
        for w in re.findall(r"[a-z]+", term.base.lower())
    )
    if (
        plain
        and not term.marked
        and any(m in re.split(r",\s|[;(→]", term.definition)[0] for m in marked)
    ):
        # "Territory: approx. **half** of Tipu's dominions", "Slow breeder → usually **a single
        # egg**": the writer's label over the value it bolds (holdouts 548-549, bad)
        return []
    if named_otherwise(term):
        return []  # an office, two things, the letters of its long form, a share, a date
    definition = term.definition
    if words_count(definition) < MIN_DEFINITION_WORDS or contains_phrase(definition, term.base):
        return []
    if a_role_held(term.base, definition):
        return []  # "… Committee (1949) – chairman; members …": whose role (holdout 765, bad)
    if definition.rstrip().endswith("?"):
        return []  # "Core Q: why did the leaders … go slow?": a question asked, no meaning
    if id(unit) in ctx.glossary:
        definition = first_meaning(definition)
    spelled = after_its_long_form(term.base, definition)
    if spelled is not None:  # "MDR: merchant discount rate, the fee a merchant pays …"
        definition = spelled[1]
    if POINTS_ELSEWHERE.match(definition):
        return []  # "La Nina – the opposite, cooler east Pacific": of what, another line says
    initials = "".join(w[:1] for w in definition.lower().split()[:4])
    letters = re.sub(r"[^a-z]", "", term.base.lower())  # "tmcft", "TMC ft" (491, bad):
    if len(letters) <= 8 and len(initials) >= 3 and letters.startswith(initials[:3]):
        return []  # "thousand million cubic feet", a unit's short form (holdout 332)
    answer, aliases = _term_answer(term)
    if spelled is not None:
        aliases.append(spelled[0])  # "merchant discount rate" answers "MDR" too
    kind = term_kind(unit, ctx)
    siblings = unit.parent.children if unit.parent is not None else []
    labels = {  # "Stubble → Happy Seeder …", "Tech: …" beside "**SAFAR** – …": no schemes
        fold(s.term.base)
        for s in siblings
        if s.term is not None and (plain_label(s.term, s, ctx) or label_beside(s.term, term, ctx))
    }
    others = (
        swappable(sample(kind.others, 12, unit.key, "k"), unit, definition, ctx) if kind else []
    )
    others = [o for o in others if fold(o) not in _renamed_from(unit, answer) | labels]
    choices = ["cloze"]
    # "Vima Kadphises – large issues of gold coins": a name in -s is no plural term
    plural = plural_head(term.base) and not (" " in term.base and term.base.istitle())
    called = (
        called_question(write_out(definition), plural)
        if id(unit) in ctx.glossary
        and not _NAMES_ANOTHER.search(unit.text)
        # "Which type of unemployment is …?", never "What is a demand slump … called?" of
        # an adjective the kind completes (holdout 319, bad)
        and not (kind is not None and kind.name.startswith(KINDS_OF_A_HEADING))
        and not _PEOPLE.search(answer)  # "Veera Ballala II → fully independent of …"
        else None
    )  # "Karle – big rock-cut chaitya; Ajanta – …": places listed, not a term defined
    if called is not None:
        choices.insert(0, "called")  # a glossary's term asked from its meaning, first
    if kind is not None and kind.name:
        choices.append("short")
    if len(others) >= 3:
        choices.append("mcq")
    section = unit.headings[-1] if unit.headings else ""
    generic = kind is None or kind.name == GLOSSARY_KIND  # "Which term …", not a lead-in's kind
    one_word = " " not in term.base.strip() or _A_CLAUSE.search(term.base) is not None
    if plain and one_word and generic and not GLOSSARY_HEADING.search(section):
        # "Wood: carpenter (Suthar), boat maker" under "18 trades", "Failure – avg inflation
        # outside band …", "Effect is tiny": the writer's label, no term; asked from its
        # meaning ("Which term is described as …?") outside a glossary, plain words were good
        # once in 35 judged (25 bad: holdouts 745–772)
        choices, called = ["cloze"], None
    if opens_on_a_saying(definition):
        # "Kaul J. → spoke of the right to be forgotten": what a judge said, no meaning to
        # ask a term by (holdout 777, bad: "What is the spoke of … called?")
        choices, called = ["cloze"], None
    # every format the material supports is a candidate, the hashed pick first: the gate
    # and the ranking keep the first that is fit to ask
    first = "called" if called is not None else pick(choices, unit.key, "term")
    ordered = [first, *[c for c in choices if c != first]]
    label = answer
    drafts: list[Draft] = []
    fields: dict[str, Any]
    cls: type[Short] | type[Mcq] | type[Cloze]
    for choice in ordered:
        if choice == "called" and called is not None:
            fields = {
                "prompt": f"{unit.context}: {called}",
                "answer": answer,
                "aliases": tuple(aliases),
            }
            cls = Short
        elif choice == "short" and kind is not None:
            if fold(kind.name) == "term" and _PEOPLE.search(answer):
                continue  # "Dhruva & Govinda III – raids …", "Krishna I – the Kailasa temple"
            which = (
                "Who"  # "last GG & only Indian GG": a person, not a term; "chief minister
                # …" is the office's name (holdout 748, bad: "Who …?" of Peshwa)
                if fold(kind.name) == "term" and names_one_person(definition)
                else f"Which {kind_named(ctx.lower_name(kind.name), answer)}"
            )
            ranked = None if which == "Who" else _ranked(which[6:], definition, unit)
            prompt = f"{unit.context}: {ranked or f'{which} is described as {quoted(definition)}?'}"
            fields = {
                "prompt": prompt,
                "answer": answer,
                "aliases": tuple(aliases),
            }
            cls = Short
        elif choice == "mcq" and kind is not None:
            if fold(kind.name) == "term" and _PEOPLE.search(answer):
                continue
            options = shuffled([kind.display, *shuffled(others, unit.key, "d")[:3]], unit.key, "o")
            noun = options_noun(unit, ctx, kind.name)
            asked = _ranked(noun, definition, unit) or _described(noun, definition)
            fields = {
                "prompt": f"{unit.context}: {asked}",
                "options": tuple(options),
                "answer": kind.display,
            }
            cls = Mcq
        elif choice == "cloze" and cloze_safe(unit.text):
            rest = unit.text[len(term.term) :]
            shown = (
                f" ({term.qualifier})" if term.qualifier and term.qualifier not in aliases else ""
            )
            fields = {
                "prompt": f"{unit.context}: fill in the blank.",
                "text": cloze_fill(answer, aliases) + shown + rest,
            }
            cls = Cloze
        else:
            continue
        drafts.append(
            make_draft(
                unit,
                cls,
                "term",
                "term",
                label,
                key_kind=_kind(answer),
                **fields,
            )
        )
    return drafts


#: A plural acronym (``DRSCs``, ``FRs``): asked in the singular.
_PLURAL_ABBR = re.compile(r"^[A-Z][A-Z0-9]{1,8}s$")

#: A line of the writer's memory aids, whose spelled-out letters are no long form.
_MNEMONIC = re.compile(r"^\W*(?:mnemonics?|memory (?:aid|trick|hook)|trick to remember)\b", re.I)


def rule_abbreviation(unit: Unit, ctx: Context) -> list[Draft]:
    """``Long Form (ABBR)`` → what does ABBR stand for? (asked once in the notes)."""
    drafts: list[Draft] = []
    if _MNEMONIC.match(unit.text):
        return drafts  # 'Mnemonic: PAC = "Past Accounts Checked"' (holdout 378, bad)
    for abbr, found in ctx.abbreviations_of.get(id(unit), ()):
        aliases = (
            [found.long.replace("–", "-").replace("—", "-")]
            if any(d in found.long for d in "–—")
            else []
        )
        long = found.long
        if len(long.split()) == 1 and abbr.isupper():
            continue  # "Biligirirangan (BR) hills": the writer's shorthand (holdout 337, bad)
        if written_long_form(long) != long:  # "Recombinant DNA Advisory Cttee"
            aliases, long = [*aliases, long], written_long_form(long)
        asked = abbr
        if _PLURAL_ABBR.match(abbr) and long.endswith("s") and not long.endswith("ss"):
            # "DRSCs" → "What does DRSC stand for?": one committee, the plural accepted
            asked, long = abbr[:-1], long[:-1]
            aliases.append(found.long)
        draft = make_draft(
            unit,
            Short,
            "abbreviation",
            f"abbr:{abbr}",
            abbr,
            key_text=long,
            key_kind="term",
            # an abbreviation names itself: no lead-in carried from the parent before it
            prompt=f"{without_subject(unit)}: What does {asked} stand for?",
            answer=long,
            aliases=tuple(aliases),
        )
        draft.id_key = f"abbreviation|{abbr}|{fold(found.long)}"
        drafts.append(draft)
    return drafts
