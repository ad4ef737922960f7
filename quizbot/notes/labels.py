"""The writer's labels: lead-ins that say what follows (``Terms:``, ``Timeline:``,
``Reform timeline:``), never a subject to show with a fact (split from
:mod:`~quizbot.notes.drafts`), and a line that talks of the exam, not the subject."""

from __future__ import annotations

import re

from quizbot.notes.phrases import BRACKET, fold
from quizbot.text.fold import fold_spelling
from quizbot.text.names import is_dictionary_word

#: The writer's study aids (``Exam hook``, ``Exam tips``, ``Mnemonic``): no column of clues, no
#: item of a set.
STUDY_AID = re.compile(r"\b(?:hooks?|tips?|tricks?|mnemonics?|pointers)\b", re.IGNORECASE)
#: "Timeline:" over dated lines: each line is its own fact, dated by itself.
TIMELINE_LABELS = frozenset(
    (
        "timeline",
        "chronology",
        "dates",
        "key dates",
        "imp dates",
        "imp. dates",
        "important dates",
        "events",
        "key events",
        "milestones",
    )
)
#: Lead-ins that are the writer's labels, never a subject to show.
LABEL_SUBJECTS = TIMELINE_LABELS | frozenset(
    (
        "terms",
        "key terms",
        "imp",
        "imp. ones",
        "imp ones",
        "important",
        "notes",
        "note",
        "nb",
        "later",
        "earlier",
        "examples",
        "keywords",
        "ncert",  # "NCERT: **mist holds more moisture than fog**": the source (holdout 223)
        # "Sci. name: Cervus hanglu hanglu" (holdout 477, bad: the label keyed)
        "sci. name",
        "sci name",
        "scientific name",
        "common name",
        "local name",
        # "Meaning → approx. "desert of white stones" (Turkic)" (holdout 566, bad: keyed)
        "meaning",
        "literal meaning",
        "etymology",
        # "Habitat: open montane grasslands …" of an animal's basics (holdout 478, bad)
        "habitat",
        "range",
        "distribution",
        "diet",
        # "Inlay: pure silver …" of a craft's basics (holdout 480, bad: the label keyed)
        "inlay",
        "metal",
        "material",
        "materials",
        "motifs",
        "thread",
        "fabric",
        "technique",
        "stitches",
        "laxmikanth",
        "spectrum",
        "keyword bank",  # "Keyword bank → checks & balances, …" (holdout 214)
        "buzzwords",
        "features",
        "key points",
        "key facts",
        "facts",
        "context",
        "background",
        # the kinds of what the heading names ("Types:" over "Structural → mismatch …" under
        # *Unemployment*): each item its own term, the heading says of what (holdout 319)
        "types",
        "kinds",
        # what a body does or is made of, over its parts ("Job → report …; suggest …")
        "job",
        "role",
        "functions",
        "composition",
        "mains angle",
        # what a body is for ("Purpose → mobilise money …", holdout 270, bad: the label asked)
        "purpose",
        "mandate",
        # "Ministry: Agriculture & Farmers Welfare" (holdout 497, bad: "Ministry" keyed)
        "ministry",
        "nodal ministry",
        "department",
        "nodal agency",
        # "Dominant colours: yellow, red, …" of a painting's style (holdout 499, bad)
        "colours",
        "colors",
        "dominant colours",
        "main colours",
        "themes",
        "main themes",
        "focus",  # "Focus: fill value-chain gaps → …" (holdout 365, bad: "Focus" asked)
        # "Idea → dredge a channel …", "Benefit: shorter route …", "Currency: silver rupiya"
        # (holdouts 508, 509, bad: the label asked as the term)
        "idea",
        "benefit",
        "benefits",
        "currency",
        "impact",
        "outcome",
        "result",
        "cost",
        "ecological role",  # "Ecological role → seed dispersal …" (holdout 513, bad)
        # a trial's parts ("Charge: conspiracy to wage war …", holdout 533, bad: "Charge")
        "charge",
        "charges",
        "verdict",
        "sentence",
        "judge",
        "defence",
        "prosecution",
        "goal",
        "goals",
        # the writer's judgement over what follows ("Critique → irregular meetings …")
        "critique",
        "criticism",
        "critics",  # "Critics: tribunals often under executive control" (holdout 354, bad)
        "limitations",
        "challenges",
        "concerns",
        "significance",
        "way forward",
        "way fwd",
        "way ahead",
        "pros",
        "cons",
        "drawbacks",
        "assessment",
        "evaluation",
        # what a movement or an instrument holds, over its items ("Ideas: monotheism, …")
        "ideas",
        "beliefs",
        "principles",
        "teachings",
        "doctrines",
        "objectives",
        "aims",
        "denominations",
        # an attribute of the section's subject over its value ("Source: glacier near …"
        # under "Indus": the river's source, no term, holdout 154)
        "source",
        "origin",
        "length",
        "route",
        "course",
        "mouth",
        "basin",
        "location",
        "extent",
        # (and "People: mix of Assamese caste groups & tribes" under "Majuli", holdout 247)
        "people",
        "population",
        "culture",
        "economy",
        "climate",
        "flora",
        "fauna",
        "vegetation",
        # an art's or a text's aspect ("Medium: greenish-white limestone", holdout 255)
        "medium",
        "material",
        "style",
        "technique",
        "script",
        "periodical",  # "Periodical: Kisan Bulletin …" (holdout 157)
        "organ",
        "mouthpiece",
        "journal",
        "slogan",
        "motto",
        # the writer's framing over a fact ("Big theme = long Chola–Chalukya conflict …")
        "big theme",
        "theme",
        "big picture",
        "gist",
        # what else goes with the section's subject ("Allied: Special Tiger Protection
        # Force …", holdout 197)
        "allied",
        "related",
        "associated",
        "other",
        "others",
        "misc",
        "misc.",
        "miscellaneous",
        "additional",
        "extra",
        # what kind of work or body the line lists ("Research – ICAR–IISWC centres at Agra",
        # holdout 211)
        "research",
        "funding",
        "monitoring",
        "implementation",
        "enforcement",
        "energy source",  # "Energy source = latent heat …" (holdout 355, bad: inverted)
        "institutions",
        "agencies",
        # what a thing is called, over its names ("Local names: vav (Gujarati), baori …",
        # holdout 260, bad: the blank was the label)
        "names",
        "local names",
        "other names",
        "synonyms",
        # the writer's warning over a fact ("Trick Q: Sanchi is not linked to …", holdout 264)
        "trick q",
        "trick question",
        "trap",
        # a connective the writer opens a line with ("Also – aquifers poor", holdout 204)
        "also",
        "but",
        "however",
        "plus",
    )
)


def timeline_entry(topic: str) -> bool:
    """Is a question's topic a timeline's section (``Kushanas › Timeline``)? Its ``Name –
    what they did`` lines tell who did what and when, and define nothing ("Vima Kadphises –
    large issue of gold coins" is no name of a coinage, holdout 368, bad)."""
    return fold(topic.rsplit("›", 1)[-1]).strip().rstrip(".:") in TIMELINE_LABELS


#: Words a writer opens a line with to tie it to the line before (``BUT 44th Amendment``,
#: ``Exception Art 254(2)``, ``Original Art 105(3)``): never part of a name or a term.
CONNECTIVES = frozenset(
    """But BUT However Also Exception Original Originally NB Hence Thus Therefore So
    Meanwhile Moreover Consequently Yet Still Instead Nevertheless Nonetheless""".split()
)  # "Hence India boycotted …" (holdout 274): "Hence India" is no name


#: Aspects a writer labels a thing's lines with: of a scheme or a law (``Deadlines →
#: Kharif declaration by 30 October``, ``Relief → SDRF first``, holdout 258), of a dance
#: (``Costumes``, ``Season``, holdout 527), of a place or a period (``Rivers:``, ``Climate →``,
#: holdout 176) or of an event (``Date →``, ``Place →``, ``Aim →``, holdout 546). A match of
#: them pairs by kind, not by knowledge: each line says what its label names.
ASPECTS = frozenset(
    """categories deadlines relief steps types causes effects impact benefits eligibility
    coverage targets penalties powers tenure procedure outcome costume costumes instrument
    instruments music season seasons language languages venue venues dress rivers climate
    economy vegetation soils soil crops minerals industries industry culture religion
    society administration polity art architecture literature trade agriculture fauna flora
    wildlife population relief drainage ports lakes date place target aim org
    organisation leader""".split()
)


#: The writer's note over a paragraph (``Prose note:``), not a note that is a thing
#: (``Promissory note``).
_WRITERS_NOTE = re.compile(
    r"(?:prose|quick|side|revision|exam|mains|prelims|short|extra|margin|my|personal) notes?"
)


def is_label(subject: str) -> bool:
    """Is a lead-in the writer's label (``Terms:``, ``Timeline:``, ``Reform timeline:``),
    not a subject to show?"""
    folded = fold(subject).strip().rstrip(".:")
    return (
        folded in LABEL_SUBJECTS
        or folded.endswith((" timeline", " chronology", " side"))  # "Policy side:" (361)
        or folded.endswith((" flavour", " flavor", " angle", " aspect", " dimension"))  # (374)
        or _WRITERS_NOTE.fullmatch(folded) is not None  # "Prose note: the debate …" (638)
        or folded.startswith(("imp. ", "imp ", "important ", "key ", "major ", "main "))
        or folded.startswith("eligible ")  # "Eligible promoters: individuals …" (647, bad)
        or folded.startswith(("beyond ", "outside ", "rest of "))  # "Beyond India: …"
        # "Ceiling of ardhamandapa → lotus pond scene": where a thing is, no term (499, bad)
        or re.match(r"(?:ceiling|walls?|pillars?|roof|floor|dome|niches?|facade) of ", folded)
        is not None
        or _STEP.fullmatch(folded) is not None
        or (" / " in folded and all(map(_a_plural_label, folded.split(" / "))))
    )  # "Imp. amendments:": the writer's pick of a list, its noun what each item is


def _a_plural_label(part: str) -> bool:
    """``tributaries``, ``connected streams`` of "Tributaries / connected streams:" (holdout
    561, bad: "Tributaries / connected streams: ___" keyed one of five): a plural common noun
    of the dictionary, a sort of things the lines under it list."""
    words = part.split()
    return (
        0 < len(words) <= 3
        and words[-1].endswith("s")
        and not words[-1].endswith("ss")
        and all(is_dictionary_word(w) for w in words)
    )


#: A section or lead-in of definitions (``Glossary``, ``Key terms``, ``Tools – glossary``).
GLOSSARY_SECTION = re.compile(r"\b(?:glossary|terms|definitions)\b", re.IGNORECASE)

#: Lead-ins over terms of one kind (``Types:`` over ``Caldera – summit collapses …``): the
#: word before each dash is a term, never the writer's sub-label.
KIND_LEAD_INS = frozenset(
    "glossary terms types kinds categories classification patterns forms".split()
)
_QUESTION_WORDS = frozenset("why how what who when where which".split())


def is_section_label(lead_in: str) -> bool:
    """Is a lead-in a plain noun for what its sub-bullets are (``Causes:``,
    ``Organisation:``, ``Adequacy yardsticks:``, ``Glossary:``), which the topic line shows
    already, never a name their facts are about (``Vedanta:``, ``Exercises with the US:``)?
    A plural or an abstract noun, of dictionary words; not a question (``Why he rose:``)."""
    words = BRACKET.sub("", lead_in).strip().rstrip(":").split()
    if not 1 <= len(words) <= 3 or any(w[:1].isupper() for w in words[1:]):
        return False
    lowered = [w.lower() for w in words]
    if lowered[-1] in KIND_LEAD_INS:
        return True
    if lowered[0] in _QUESTION_WORDS or not all(w.isalpha() and _a_word(w) for w in lowered):
        return False
    last = lowered[-1]
    return (
        (last.endswith("s") and not last.endswith("ss") and _a_word(last[:-1]))
        or (last.endswith("ies") and _a_word(last[:-3] + "y"))
        or last.endswith(("tion", "sion", "ment", "ure", "ance", "ence"))
    )


#: Kinds of cause, effect or factor a writer sorts sub-bullets into (``Natural /
#: meteorological`` over ``**Loo** → hot, dry westerly winds …``, holdout 410).
_CATEGORIES = frozenset(
    """natural human man-made manmade physical mechanical meteorological economic political
    social cultural religious administrative military external internal domestic
    international legal constitutional historical environmental technological financial
    immediate long-term short-term direct indirect positive negative""".split()
)


def is_category_label(lead_in: str) -> bool:
    """Is a bullet over sub-bullets only a kind they are sorted into (``Natural /
    meteorological``, ``Political``, ``Legal/administrative:``), colon or none?"""
    bare = BRACKET.sub("", lead_in.replace("**", "")).strip().rstrip(":")
    words = [w for w in re.split(r"\s*(?:/|&|,|\band\b)\s*|\s+", bare.lower()) if w]
    return 1 <= len(words) <= 3 and all(w in _CATEGORIES for w in words)


def _a_word(word: str) -> bool:
    """A dictionary word, in British spelling too (``organisation``, ``defence``)."""
    return is_dictionary_word(word) or is_dictionary_word(fold_spelling(word))


#: A step of a sequence the writer numbers (``Day 0``, ``Stage 2``): a label, no term.
_STEP = re.compile(r"(?:day|week|step|stage|phase)\s*\d{1,2}")


#: A sentence about the exam, not the subject (``The Western Ghats fight is a classic Mains
#: topic``).
EXAM_TALK = re.compile(
    r"\b(?:Mains|Prelims|UPSC|exam)\s+(?:topic|question|theme|favourite|favorite|angle)s?\b"
    r"|\b(?:asked|repeated|comes)\s+(?:in|often in)\s+(?:the\s+)?(?:Mains|Prelims|UPSC|exams?)\b"
    # "Exam answers should link all three", "UPSC loves asking which …"
    r"|\b(?:Mains|Prelims|UPSC|[Ee]xam)\s+(?:answers?|traps?|tips?|hooks?)\b|\bUPSC\s+(?:loves|likes)\b"
    # "Colachel is the exam hook, but the real story is state-building" (holdout 261, bad)
    r"|\bthe real story is\b"
    # "GS-III (economy, IT) + GS-II. Link w/ G20 2023, …": the syllabus papers (holdout 281)
    r"|\bGS[- ]?(?:IV|I{1,3}|[1-4])\b"
    r"|^(?:Link|Connect|Compare|Revise|Remember|Quote|Cite)\s+(?:w/|with|to|this|it)\s"
    # "Link answers to composite culture, …" (holdout 413, bad: a blank on "Hindi")
    r"|^(?:Link|Connect|Tie)\s+(?:your\s+|the\s+)?answers?\s+(?:to|with|w/)\s"
    # "The big thing to remember for Sanchi is that the ___ is never shown …" (holdout 433)
    r"|\b(?:big|main|key|important|one)\s+thing\s+to\s+(?:remember|note|know)\b"
    # "NCERT Class XI *India: Physical Environment* ch. 4 is the base, the rest is add-on."
    # (holdout 469, two bad): the book the writer reads, no fact
    r"|\bNCERTs?\b.*\b(?:ch|chapter|unit)\b|\bthe rest is add-on\b"
)


def a_label_word(key: str, bold: list[str], headings: tuple[str, ...]) -> bool:
    """``Currency: silver **rupiya** …``, ``Idea → dredge a channel …`` outside a glossary:
    a word the writer labels a line with (:data:`LABEL_SUBJECTS`), not a term (holdouts
    508, 509: bad)."""
    if fold(key) not in LABEL_SUBJECTS or key in bold:
        return False
    return not GLOSSARY_SECTION.search(" ".join(headings))
