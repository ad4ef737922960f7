"""Last-gate rules on what a blank asks for, as the learner reads it.

- :func:`filler_key`: the blank is on a generic noun (``both ___`` → ``Houses``,
  ``the ___`` → ``members``): the sentence reads as well with any word of its kind there,
  so the key is no fact and a right answer ("Parliament") would be marked wrong.
- :func:`unnamed_subject`: a verbless cloze that opens on its blank (``___ 2007 (shared
  with Al Gore)``) under a parent bullet whose name (``IPCC``) the question never shows:
  what the fact is about is left in the notes.
- :func:`spelled_out`: the key is an acronym whose words the question prints (``___:
  "None of the Above", a ballot option`` asks NOTA): its letters are given.
- :func:`named_after_the_blank`: ``… named after ___`` prints the name in what is named.
- :func:`rank_of_nothing`: ``___ – shallowest; Cleveland``: the shallowest of what?
- :func:`hosted_at_the_blank`: ``India hosted COP11 at ___``: the host gives the venue.
- :func:`other_half_of_a_contrast`: ``Hindustani …, while ___ …`` leaves only Carnatic.
- :func:`glossed_beside_the_blank`: a translation, a gloss or the term's name in plain
  words beside the blank (``("the Christ child")``, ``Budget = "Annual Financial Statement"``).
"""

from __future__ import annotations

import re

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, TrueFalse
from quizbot.notes.ambiguity import initials_printed
from quizbot.notes.blanks import blank_sides
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import has_verb
from quizbot.notes.key_words import opposite_shown
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import past_tense
from quizbot.text.names import is_dictionary_word, is_region, two_names

#: Nouns that name no fact: any sentence keeps its sense with another word of the kind.
GENERIC_NOUNS = frozenset(
    """
    house houses member members state states year years people person persons part parts
    side sides body bodies thing things way ways country countries government governments
    group groups person individual individuals case cases matter matters issue issues area
    areas place places time times day days month months level levels type types kind kinds
    unit units number numbers one ones others other party parties authority authorities
    port ports city cities town towns capital harbour centre center
    """.split()
)

#: Nouns a writer uses for what matters most: any of them fits where one stands.
_FIGURES_OF_SPEECH = frozenset(
    """backbone lifeline cornerstone bedrock linchpin lynchpin mainstay pillar bulwark
    keystone showpiece centrepiece centerpiece lodestar""".split()
)


def filler_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    key = fold(draft.key_text.strip()).strip(".")
    if _SLASHED_WORDS.fullmatch(draft.key_text.strip()):  # "Andesitic/rhyolitic" magma
        return f"the key {draft.key_text!r} is two answers joined by a slash"
    if key.split(" ", 1)[0] in _ASIDES and " " in key:  # "{{Contrast UK}}, where …"
        return f"the key {draft.key_text!r} opens on the writer's aside, not a name"
    if key.split(" ", 1)[0] in _RELATIONS and " " in key:
        # "the kiang … is a {{different species}}" (holdout 547, bad): from what, the
        # learner must guess; "mammal" or "herbivore" fit as well
        return f"the key {draft.key_text!r} says how a thing relates, not what it is"
    if key.split(" ", 1)[0] in _QUANTIFIERS:  # in any form: "Which term is described as
        # “heterodox sects …”?" keyed "Both" (holdout 117)
        return f"the key {draft.key_text!r} is a quantity of things, not a name ('Every FYP')"
    if not isinstance(question, Cloze):
        return None
    if key in GENERIC_NOUNS or key in _RANK_ADJECTIVES:  # "4 ___ relief divisions": major
        return f"the key {draft.key_text!r} is a generic noun: no fact is asked"
    if two_names(draft.key_text):  # "{{Ambedkar & Sapru}} attended all three RTCs" (holdout
        # 707, bad: "Ambedkar" alone is right, and nothing says two are asked)
        return f"the key {draft.key_text!r} is two names in one blank"
    if key in _FIGURES_OF_SPEECH:  # "Hydropower is the ___ of India–Bhutan ties" (holdout
        # 704, bad: "mainstay" and "pillar" fit as well)
        return f"the key {draft.key_text!r} is a figure of speech: no fact is asked"
    if (
        question.text.startswith("{{")
        and _VERB_THEN_ADJECTIVE.fullmatch(draft.key_text)
        and draft.key_text.split(" ", 1)[0].lower() not in _NAMING_PARTICIPLES
    ):  # "{{Rejected Vedic}} authority & caste": the line's verb and an adjective
        return f"the key {draft.key_text!r} opens on the sentence's verb: no name"
    first = draft.key_text.split(" ", 1)[0]
    if question.text.startswith("{{") and " " in draft.key_text and _a_deed_opening(first):
        # "{{Keeps President}}, VP & ministers informed …" (holdout 570, bad): the line's
        # verb and its object
        return f"the key {draft.key_text!r} opens on the sentence's verb: no name"
    if key.split(" ", 1)[0] in _QUESTION_WORDS and " " in key:
        return f"the key {draft.key_text!r} is the writer's heading, a question, not a name"
    second = draft.key_text.split(", ", 1)[1] if ", " in draft.key_text else ""
    if second[:1].isupper() and len(second.split()) >= 3:  # not "Gland, Switzerland"
        return f"the key {draft.key_text!r} is two names in apposition, not one"  # "Nizam, Mir …"
    if key.split(" ", 1)[0] in _PREPOSITIONS and " " in key:
        return f"the key {draft.key_text!r} opens on a link word: no name"
    if _HEADED_BODY.search(question.text):
        # "1979 – ___ under B.P. Mandal": the formal name of a body whose head, printed, is
        # its fact (and the name it goes by: the Mandal Commission)
        return "the blank is a body's formal name, and the head it goes by is printed"
    if _RANK_PHRASE.match(_WHOSE.sub("", key)) and len(key.split()) >= 3:
        return f"the key {draft.key_text!r} is a description, not a name"  # "largest receiver …"
    if key in ("1st", "first"):
        return "the key is 'first': the rank notes record, guessed without the fact"
    if _CITY_THEN_BLANK.search(question.text) and is_region(draft.key_text):
        return "the blank is the country of the city printed before it ('in Kyoto, ___')"
    if unit is not None and any(
        draft.key_text.endswith(f" {b}") and is_region(draft.key_text[: -len(b)].strip())
        for b in unit.bold
    ):
        return f"the key {draft.key_text!r} runs a country into the name after it"
    if re.search(r"\}\}(?:\s*\([a-z]{1,4}\)|\(\d{1,2}\))", question.text):
        return "the blank cuts a provision's number short ('___ (c)')"
    if _NAME_OF_THE.search(question.text) or fold(draft.key_text) in _KIND_CLIPS:
        return "the key is the tail of a name or a clipped kind word ('Memory of the ___', 'Reg')"
    if re.match(r"\{\{[^{}]+\}\}\s+to\s+(?:be\s+)?[a-z]+", question.text):
        return "the blank opens an infinitive ('___ to be used only …'): no sentence"
    if _FISCAL_YEAR_AFTER.search(question.text) and not re.search(r"\d", draft.key_text):
        return f"the key {draft.key_text!r} labels a year's document ('The ___ 2022-23')"
    clipped = _clipped_from(draft.key_text.strip(), ctx)
    if clipped is not None:
        return f"the key {draft.key_text!r} is the writer's clipped form of {clipped!r}"
    if _SYLLABUS_TAG.fullmatch(draft.key_text.strip()):
        return f"the key {draft.key_text!r} is the syllabus paper or the book the notes cite"
    if (
        draft.key_text.isupper()
        and draft.key_text.isalpha()
        and question.text.startswith("{{")
        and unit is not None
        and unit.item is not None
        and unit.item.kind == "paragraph"
        and is_dictionary_word(key)
    ):  # "SHADOW – flat leather figures …" over its bullets; not "- RAW (1968) – …", "SAIL"
        return f"the key {draft.key_text!r} is a label in capitals, not a name"
    if draft.key_text.rstrip().endswith(("'", "’")):
        return f"the key {draft.key_text!r} is a possessive: a word of the sentence, no name"
    if (key.replace(" ", "").isalpha() and _NUMBER_AFTER.search(question.text)) or (
        _NUMBERED_LABEL.search(key) and re.search(r"\}\}\s+\d{1,4}\b", question.text)
    ):
        return f"the key {draft.key_text!r} labels the number after it ('Entry 23'): no fact"
    return None


_RANK_ADJECTIVES = frozenset("major minor main principal important key chief".split())
#: A syllabus paper a sheet is filed under (``GS1 – Indian geography``) or the book it cites
#: (``NCERT: highest peak …``): no fact.
_SYLLABUS_TAG = re.compile(
    r"(?:GS|GS-|GS |Paper )(?:[1-4]|I{1,3}|IV)|Prelims|Mains|CSAT|NCERTs?|Spectrum|Laxmikanth"
)


_NAME_OF_THE = re.compile(r"\b[A-Z][a-z]+ of the \{\{")  # "UNESCO's Memory of the ___"
#: The writer's clipped kind words at the end of a name (``… Tribes) Reg``).
_KIND_CLIPS = frozenset("reg regn amdt cttee comm dept deptt govt min".split())
#: A financial year straight after the blank (``The ___ 2022-23 announced``): the key is the
#: name of that year's document (Union Budget, Economic Survey), which the year all but gives.
_FISCAL_YEAR_AFTER = re.compile(r"\}\}\s+(?:19|20)\d\d\s*[-–]\s*\d\d\b")
#: ``in Kyoto, ___``: a city, a comma and the blank on its country.
_CITY_THEN_BLANK = re.compile(r"\bin [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s*\{\{")


def _clipped_from(key: str, ctx: Context) -> str | None:
    """``Mod`` where the notes also write ``Moderates``: the writer's clipped word for a
    group, which a learner would not write (``Ext took the movement beyond ___ limits``)."""
    if not (2 <= len(key) <= 4 and key.isalpha() and key[0].isupper() and key[1:].islower()):
        return None
    low = fold(key)
    return next(
        (
            w
            for w in ctx.proper_words
            if w.startswith(low) and len(w) >= len(low) + 3 and w.endswith("s")
        ),
        None,
    )


#: A past tense and a capitalised adjective, the line's first words (``Rejected Vedic``).
def _a_deed_opening(word: str) -> bool:
    """``Keeps``, ``Advises``: a present tense in the third person, capitalised at a line's
    head (a name is no dictionary verb)."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith(("ors", "ers", "ists", "ians"))  # "Governors", "Rulers": people
        and past_tense(word.lower()) is not None
        and not is_region(word)
    )


_VERB_THEN_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}ed [A-Z][a-z]+(?:ic|an|ian|ese|ish|ist)")
_PREPOSITIONS = frozenset(
    "under in at on by from with after before during since for inside outside within if when "
    "unless although though because while".split()
)  # and the conjunctions that open a clause ("If Lok Sabha …")
#: Question words: a key that opens on one is the writer's heading (``Why Italy``).
_QUESTION_WORDS = frozenset("why how what when where who which".split())
#: ``___: dividends, branch expansion, risky lending``: a label over a list of short items.
#: Whose rank a description gives (``Asia's oldest stock exchange``).
_WHOSE = re.compile(r"^(?:the )?(?:india|asia|world|europe|africa)['’]s ")
_RANK_PHRASE = re.compile(r"(?:largest|biggest|smallest|highest|lowest|oldest|first|only|\w+est)\b")
_HEADED_BODY = re.compile(
    r"\b(?:Commission|Committee)(?:\|[^{}]*)?\}\},? (?:under|headed by|chaired by) [A-Z]"
)
#: Participles that open names (``United Nations``, ``Scheduled Castes``).
_NAMING_PARTICIPLES = frozenset(
    "united allied federated scheduled armed advanced integrated guided limited reserved "
    "combined assisted".split()
)
#: A number right after the blank: the blank is the label of a numbered item.
#: A key that ends on the label of a numbered thing (``UNSC Resolution`` ___ ``242``).
_NUMBERED_LABEL = re.compile(
    r"\b(?:resolution|article|art|entry|schedule|section|part|amendment|list)$", re.IGNORECASE
)
_NUMBER_AFTER = re.compile(r"\}\}\s+\d{1,3}(?![\d,.%])")


#: Words that open a phrase of how many, not a name (``Every FYP``, ``Most Qs``).
#: Two words joined by a slash, the second in lower case (``Andesitic/rhyolitic``, ``reh /
#: kallar``), or compass points (``N/NE``, holdout 487): the writer's either-or.
_SLASHED_WORDS = re.compile(r"[A-Za-z][a-z-]+\s?/\s?[a-z][a-z-]+|(?:[NSEW]{1,2}/)+[NSEW]{1,2}")
#: Words by which a writer sets a note beside another ("Contrast UK, where …").
_ASIDES = frozenset(("contrast", "compare", "cf", "cf.", "unlike", "vs", "vs."))
#: Words that relate a thing to another: "different species", "same family".
_RELATIONS = frozenset("different same separate distinct similar other another".split())
_QUANTIFIERS = frozenset(
    "every each all most many some several few both either neither any no".split()
)


#: A dash or colon after the blank: the line defines the term the blank holds.
_DEFINED = re.compile(r"\s[–—-]\s|:\s|=")


def _outside_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", " ", text)


def _parent_name(unit: Unit) -> str:
    parent = unit.parent
    if parent is None:
        return ""
    if parent.term is not None:
        return parent.term.base
    if parent.bold:
        return parent.bold[0]
    return ""


def unnamed_subject(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if unit is None:
        return None
    if isinstance(question, TrueFalse):
        text = question.statement.strip()  # a verbless statement asks its label as a blank does
    elif isinstance(question, Cloze):
        text = question.text.strip()
        if CLOZE_BLANK.match(text) is None:
            return None  # something is named before the blank
    else:
        return None
    rest = _outside_brackets(CLOZE_BLANK.sub(" ", text))
    if has_verb(rest, loose=False):
        return None  # "___ was founded in 1885": the blank is the subject of a sentence
    name = _parent_name(unit)
    if name:
        if fold(name) in fold(f"{question.topic} {text}"):
            return None
        return f"the fact belongs to {name!r}, which the question never names"
    if _DEFINED.search(rest):
        return None  # "___ – Indian innovation (since 1962)": the blank is the term defined
    return "a verbless line opens on the blank: what it is about is never named"


_ACRONYM = re.compile(r"^[A-Z]{3,6}$")  # two letters ("UN") match too many word pairs


def spelled_out(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    key = draft.key_text.strip()
    if not _ACRONYM.match(key) or isinstance(question, Cloze):
        return None  # a cloze's blank is the ambiguity rules' (cued_by_initials)
    text = str(getattr(question, "prompt", "") or getattr(question, "statement", ""))
    if initials_printed(key, text):
        return f"the question prints the words {key} stands for"
    return None


def named_after_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``Chittaranjan Locomotive Works … named after ___`` keyed ``C.R. Das``: what is named
    after someone prints their name."""
    sides = blank_sides(question)
    if sides is None or not re.search(r"\b(?:named|called)\s+(?:after|for)\s*$", sides[0].rstrip()):
        return None
    return "the blank follows 'named after': the name it asks is printed in what is named"


def hosted_at_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``India hosted 7th summit, ___ (1983)``, ``India hosted COP11 at ___``: the host
    country printed before the venue gives the venue away (its capital, its one big city)."""
    sides = blank_sides(question)
    if sides is None or draft.key_kind not in ("place", "name") or draft.key_text[:1].isdigit():
        return None
    if not _HOSTED.search(sides[0]):
        return None
    return "the host country is printed before the venue the blank asks"


#: A country that hosts, then the venue: ``India hosted …``, ``hosted by India at ___``.
_HOSTED = re.compile(r"\b(?:[A-Z][a-z]+ (?:hosted|hosts)\b|hosted by [A-Z][a-z]+)[^.;]*$")


def rank_of_nothing(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___ – shallowest; Cleveland, Buffalo``, ``___ – the only one wholly within the US``
    under a lead-in about the Great Lakes: the shallowest of what, the question never says."""
    if isinstance(question, Cloze) and _RANK_OF_NOTHING.match(question.text):
        return "the line ranks its blank with no noun: the largest of what?"
    return None


_RANK_OF_NOTHING = re.compile(
    r"^\{\{[^{}]+\}\}(?:\s*\([^()]*\))?\s+[–—-]\s+(?:the\s+)?(?:only one\b|[a-z]+est"
    r"(?:\s*(?:&|and)\s*[a-z]+est)?(?=\s*(?:[;,]|by\b|$)))"
)


def ordinal_as_adverb(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``VVPAT ___ used at Noksen`` keyed ``1st``: an ordinal before a participle says "first"
    of a deed, a word any of many fill, not a fact (blind review 26)."""
    if not re.fullmatch(r"\d+(?:st|nd|rd|th)|first|second|third", fold(draft.key_text)):
        return None
    sides = blank_sides(question)
    if sides is None:
        return None
    after = sides[1].split()
    if after and re.fullmatch(r"[a-z]+ed|built|held|made|won|run|seen|set|found|taken", after[0]):
        return f"the ordinal {draft.key_text!r} only says the deed came first: no fact"
    before = sides[0].split()
    if after and fold(after[0]).strip(".,;") in _EVENTS and before and before[-1][:1].islower():
        return f"'{draft.key_text} {after[0]}' of what? the series is never named"
    return None


#: A series an ordinal counts (``India hosted ___ summit``: the summit of what?).
_EVENTS = frozenset("summit session meeting conference congress council plan".split())


def other_half_of_a_contrast(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``Hindustani gives more freedom …, while ___ is kriti-based`` keyed ``Carnatic``: a
    contrast with one of a pair the notes name together leaves one answer, the other."""
    sides = blank_sides(question)
    if (
        sides is not None
        and not draft.key_text[:1].isdigit()
        and re.search(r"\bthan\s+the\s+(?:_|[A-Z])", f"{sides[0]}___{sides[1]}")
    ):  # "Bay of Bengal gets about 4x more than the ___": the other sea of two
        return "the blank is one side of a comparison the line makes"
    if sides is not None and (opposite := opposite_shown(draft.key_text, " ".join(sides))):
        return f"the line's {opposite!r} leaves its opposite, the answer"
    if sides is None or not re.search(r"\b(?:while|whereas|unlike)\s+(?:the\s+)?$", sides[0]):
        return None
    names = re.findall(r"\b[A-Z][a-z]{3,}\b", sides[0])
    if any(ctx.together(name, draft.key_text) for name in names if name != draft.key_text):
        return "the blank is the other half of a contrast with a pair the notes name together"
    return None


def voice_unsaid(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``___ defeated at Samugarh (1658)`` (holdout 607, bad: Aurangzeb, the victor, fits as
    well as Dara): a blank and a deed with no object and no "by", done by it or to it."""
    if isinstance(question, Cloze) and _VOICE_UNSAID.search(question.text):
        return "the blank's deed may be read as done by it or to it"
    return None


#: A blank and a deed with no object (``___ defeated at …``), no "was" and no "by".
_VOICE_UNSAID = re.compile(
    r"\{\{[^{}]*\}\} (?:defeated|killed|captured|routed|beaten|arrested|deposed|besieged|"
    r"overthrown) (?:at|in|near|on)\b(?![^;.]*\bby\b)"
)
