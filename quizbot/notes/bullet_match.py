"""The glossary-match builder: a glossary's ``Term: definition`` entries → a match question.

A glossary (found by :func:`~quizbot.notes.index.glossaries`, or under a heading or lead-in
that says so: ``Key terms``, ``Glossary``) lists terms of one subject with their meanings;
asked together they are the match question an examiner sets: "Match each item of List I
(terms) with its description in List II."

Only glossaries: parallel ``Name – what it is`` bullets elsewhere (landmark cases, dams,
a scheme's components, a site's finds) matched by word association or by kind, and a
coach kept 4 of the 19 judged in blind rounds 600–772 (8 bad); each of their lines is
asked on its own instead.

A glossary gives a match only when it is clean: at least :data:`MIN_PAIRS` entries, every
term a name (not a label such as ``nodal ministry`` or ``NB don't mix up``), every
definition the first clause of its line, short, free of the writer's shorthand and of any
term of the glossary (``Sattriya – began in the sattras`` gives itself away), and no two
definitions alike. The bracket after a term is left out of the left column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizbot.bank.model import Match
from quizbot.notes.arrow_checks import a_meaning
from quizbot.notes.clause_shapes import STUDY_WORDS
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragment_keys import _root_shared
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.glossary import GLOSSARY_HEADING
from quizbot.notes.grammar import singular
from quizbot.notes.labels import ASPECTS, CONNECTIVES, GLOSSARY_SECTION, STUDY_AID, is_label
from quizbot.notes.names import NAME_KIND_WORDS
from quizbot.notes.phrases import BRACKET, fold, fold_words
from quizbot.notes.pronouns import names_a_thing
from quizbot.notes.quantities import NUMBER_WORDS
from quizbot.notes.tenses import is_a_deed
from quizbot.notes.term_lines import CONSEQUENCE
from quizbot.text.names import is_dictionary_word

#: Fewer pairs than this are no match question; more than :data:`MAX_PAIRS` + 1 are asked in
#: parts, none of fewer than :data:`MIN_PAIRS` (three pairs are too easy to match).
MIN_PAIRS = 4
#: Words no set is named by, nor any item of one: question words and sentence links.
_NO_SET = frozenset("who what which when where why how but and however also yet so".split())
MAX_PAIRS = 6
#: A description longer than this is several facts, not one line of a match.
MAX_WORDS = 12
#: How a bullet match's prompt opens (how :func:`repeats_asked_facts` knows one).
PROMPT_OPENING = "Match each item of List I ("


def _split(unit: Unit) -> tuple[str, str] | None:
    """A glossary's ``Term: definition`` (or ``Term – definition``) split in two."""
    term = unit.term
    return (term.term, term.definition) if term is not None else None


def _left(name: str) -> str | None:
    """The name of a pair, its bracket left out, or ``None`` for a label."""
    name = BRACKET.sub("", name).strip()
    if not name or not (name[:1].isupper() or name[:1].isdigit()) or shorthand_mark(name):
        return None  # a label ("nodal ministry", "left bank"), not a name
    if re.search(r"[→=:;/]|^NB\b", name) or len(name.split()) > 5:
        return None
    if STUDY_AID.search(name):
        return None  # "Exam tips → match painter–school pairs" (holdout 388, bad)
    return name


def _in_glossary(unit: Unit, ctx: Context) -> bool:
    """A ``Term: definition`` entry of a glossary (found by :func:`glossaries`, or under a
    heading or lead-in that says so: ``Tools – glossary``, ``Terms:``)."""
    parent = unit.parent.text if unit.parent is not None else ""
    heading = unit.headings[-1] if unit.headings else ""  # notes may open before a heading
    return id(unit) in ctx.glossary or bool(GLOSSARY_SECTION.search(f"{heading} {parent}"))


def _right(definition: str) -> str | None:
    """The first clause of the bullet's description, when it reads as one short fact."""
    clause = definition.split(";", 1)[0].strip().rstrip(".,")
    if not clause or len(clause.split()) > MAX_WORDS or shorthand_mark(clause):
        return None
    if clause.count("(") != clause.count(")") or clause.count('"') % 2:
        return None
    if re.search(r"\s[–—-]\s", clause):
        return None  # another dash: a second fact run in
    return clause


def _gives_away(name: str, description: str, generic: frozenset[str] = frozenset()) -> bool:
    """The description prints, or shares the root of, the name (``Sattriya – began in the
    sattras``), or spells its abbreviation (``SSLV – small satellites …``, ``HBJ pipeline –
    Hazira–Bijaipur–Jagdishpur``, holdout 313); a word that says
    what kind of thing the name is (``rate`` of ``Repo rate``) gives nothing away."""
    words = fold_words(BRACKET.sub("", description))
    for key_word in fold_words(name):
        if key_word in generic or key_word in NAME_KIND_WORDS:
            continue
        if any(_root_shared(key_word, word) for word in words):
            return True
    initials = "".join(w[0] for w in words)
    letters = name.lower()
    if name.isupper() and len(name) >= 3 and letters[:2] in initials:
        return True
    # "HBJ pipeline – Hazira–Bijaipur–Jagdishpur": the acronym of a longer name, spelled out
    return any(w.isupper() and len(w) >= 2 and w.lower() in initials for w in name.split())


_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[A-Z])[.)]\s+")  # a section's own number: "2. "


def _label(group: list[Unit], ctx: Context) -> str:
    """What the glossary's terms are: "terms", or for ``Term – definition`` entries the
    lead-in of their parent bullet, else their heading, without brackets or a closing colon
    (``Sufi orders (silsilas) in India:`` → ``Sufi orders in India``), or a count (``Six
    principal organs:`` → ``principal organs of the United Nations``); ``""`` when a counted
    set has no owner to name. A heading that only says it is a glossary names no kind."""
    first = group[0]
    parent = group[0].parent
    heading = group[0].headings[-1] if group[0].headings else ""
    raw = parent.text if parent is not None and not parent.term else heading
    if (first.term is not None and not first.term.dash) or GLOSSARY_HEADING.fullmatch(
        raw.strip(" :")
    ):
        return "terms"  # "Glossary", "Definitions": no kind, and never "glossaries"
    label = BRACKET.sub("", _IMPORTANT.sub("", raw)).strip().rstrip(":").strip()
    label = _STUDY_TAIL.sub("", label)  # "Projects to remember": the projects
    label = _ENUMERATOR.sub("", label)  # "2. Natural Vegetation": the section's number
    count, _, rest = label.partition(" ")
    if rest and (count.isdigit() or fold(count) in NUMBER_WORDS):
        # "Five missiles:": the count is the lead-in's, not the match's (whose pairs may be
        # fewer), and a counted set is some owner's: "principal organs of the United
        # Nations"; with no owner to name, no match
        heading = group[0].headings[-1] if group[0].headings else ""
        if not names_a_thing(heading, ctx):
            return ""
        label = f"{rest} of the {heading.strip()}"
    if re.match(r"^[A-Za-z]{5,}ing\b(?! (?:of|by)\b)", label) and len(label.split()) <= 3:
        return ""  # "Measuring poverty": an activity, no set whose members are listed
    if _STATE_OF.search(label):
        return ""  # "Livestock sector now": how a thing stands, not a set of one kind
        # (holdout 338: India, UP, animal husbandry and cooperatives, matched by kind)
    if re.fullmatch(r"[\w-]+(?:, [\w-]+)+(?:,? (?:&|and) [\w-]+)?", label) and "," in label:
        # "Veg, people, economy": a bird, a canal, a test site, each the one of its kind
        # beside one description of its kind: a match solved by kind (holdout 318, bad)
        return ""
    return _plural(ctx.lower_name(label))


#: A heading that says how a thing stands or sums it up (``Livestock sector now``, ``Dairy
#: today``, ``Overview``): its bullets are facts of several kinds, no set.
_STATE_OF = re.compile(
    r"(?:\b(?:now|today|currently|at present|at a glance|in brief)|^(?:overview|summary|basics|"
    r"status|current status|scenario)|\b(?:overview|summary|scenario|status))$",
    re.IGNORECASE,
)
#: Nouns of no plural that a heading names a set of kinds by.
_MASS_NOUNS = frozenset("vegetation wildlife fauna flora weather pollution irrigation".split())


def _plural(label: str) -> str:
    """``classical dance`` → ``classical dances`` (a heading names the kind in the
    singular); a label whose last word is a name or already a plural is kept, and so is one
    whose kind comes before an "of" (``order of a performance``, never "order of a
    performances")."""
    head, _, last = label.rpartition(" ")
    if (
        re.search(r"\bof\b", head)
        or not re.fullmatch(r"[a-z]+", last)
        or last.endswith(("s", "x", "sh", "ch"))
    ):
        return label
    if last in _MASS_NOUNS:
        return f"{label} types"  # "natural vegetation": its kinds, never "vegetations"
    last = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last + "s"
    return f"{head} {last}".strip()


#: The writer's study note after what a set is (``Projects to remember``): no part of it.
_STUDY_TAIL = re.compile(rf"\s+(?:{STUDY_WORDS})\b.*$", re.IGNORECASE)
#: The writer's "important" mark in a heading (``Imp. articles``): not part of what the set is.
_IMPORTANT = re.compile(r"^(?:imp\.|important)\s+", re.IGNORECASE)


def explanation(pairs: Sequence[tuple[str, str]]) -> str:
    """What a bullet match explains: its own pairs as the notes write them."""
    return "From the notes: " + "; ".join(f"{a} – {b}" for a, b in pairs) + "."


def part_count(pairs: int) -> int:
    """How many parts a match of so many pairs is asked in: none of fewer than
    :data:`MIN_PAIRS`, none of more than :data:`MAX_PAIRS` + 1."""
    return max(max(1, pairs // MIN_PAIRS), -(-pairs // (MAX_PAIRS + 1)))


def bullet_matches(units: list[Unit], ctx: Context) -> list[Draft]:
    """A match question for every clean glossary: its ``Term: definition`` entries."""
    drafts: list[Draft] = []
    runs: dict[tuple[tuple[str, ...], int, object], list[Unit]] = {}
    for unit in units:  # siblings, with the sub-bullets of one of them between them or not
        if unit.item is not None and _in_glossary(unit, ctx):
            runs.setdefault((unit.headings, id(unit.parent), unit.item.kind), []).append(unit)
    for group in runs.values():
        pairs: list[tuple[str, str]] = []
        label = _label(group, ctx)
        for unit in group:
            split = _split(unit)
            left = _left(split[0]) if split else None
            right = _right(split[1]) if split and left else None
            if left is None or right is None or _gives_away(left, right):
                continue
            if left.split()[0] in CONNECTIVES:
                continue  # "Hence the classic line → …" of the prose after "Naib: deputy" (470)
            if not a_meaning(unit.text):
                continue  # "Stable air → layered clouds; unstable → …": what it brings
            pairs.append((left, right))
        if len(pairs) < MIN_PAIRS or len(pairs) * 2 < len(group):
            continue  # most of the group is not written this way: not a set
        names, descriptions = [a for a, _ in pairs], [b for _, b in pairs]
        if len({fold(n) for n in names}) != len(names) or all(map(_a_label, names)):
            continue  # "Day 0 – …, Day 1 – …": the writer's steps, solved by their order
        if len({fold(d) for d in descriptions}) != len(descriptions):
            continue
        if sum(map(_a_class, names)) * 2 > len(names):
            continue  # "Molluscs: octopus, …", "Birds: flamingos, …": classes matched to
            # their members by general knowledge (changed-53, bad: Gulf of Kutch)
        if sum(is_a_deed(n.split()[0]) for n in names) >= 2:
            continue  # "Introduced dagh – branding of horses", "Set up …": deeds, no names
        if any(map(_a_label, names)) or any(CONSEQUENCE.match(d) for d in descriptions):
            continue  # "Energy source = …", "Tibetan plateau → hence …" beside "Somali jet:
            # low-level jet …" (holdout 355): labels and causes among terms are no one set
        shared = [w for n in names for w in set(fold_words(n))]
        generic = frozenset(w for w in shared if shared.count(w) > 1)
        if any(_gives_away(n, d, generic) for n in names for d in descriptions):
            continue  # one description names another item of the set
        if (
            not label
            or shorthand_mark(label)
            or {fold(label).split()[0], *map(fold, names)} & _NO_SET
        ):
            continue  # "who stayed out" over "But – …": a writer's question, a next sentence
        drafts.extend(_drafts(group, pairs, label))
    return drafts


def _drafts(group: list[Unit], pairs: list[tuple[str, str]], label: str) -> list[Draft]:
    chunks = part_count(len(pairs))
    size = -(-len(pairs) // chunks)
    first = group[0]
    drafts: list[Draft] = []
    for c in range(chunks):
        part = pairs[
            c * size : (c + 1) * size
        ]  # neighbours stay together (Shankari Prasad, Golaknath)
        slot = f"bullets:{c}" if chunks > 1 else "bullets"
        part_of = f" (part {c + 1} of {chunks})" if chunks > 1 else ""
        key = f"match|{first.heading}|{fold(label)}|{slot}"
        drafts.append(
            Draft(
                Match,
                {
                    "prompt": (
                        f"{PROMPT_OPENING}{label}) with its description in List II{part_of}."
                    ),
                    "pairs": tuple(part),
                    "explanation": explanation(part),
                },
                "bullets",
                slot,
                f"{label} match",
                key,
                first.heading,
                first.line,
                id_key=key,
                key_text=" ".join(f"{a}={b}" for a, b in part),
                key_kind="list",
            )
        )
    return drafts


def _a_label(name: str) -> bool:
    """The writer's label, no term: ``Timeline``, an aspect (``Costumes``, ``Season``:
    holdout 527, bad, beside the term Mukhathezhuthu)."""
    folded = fold(name).rstrip(".")
    return is_label(name) or folded in ASPECTS or singular(folded) in ASPECTS


def _a_class(name: str) -> bool:
    """A plural of plain English naming a class of things (``Reptiles``, ``Birds``)."""
    word = name.strip().lower()
    return " " not in word and word.endswith("s") and is_dictionary_word(word)
