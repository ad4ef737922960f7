"""Word forms the builders and gates share: "the" before a name, the verbs that make a
clause, and whether a line opens on its verb.

A builder that asks "Who chaired the 2nd ARC?" or "Where is the secretariat of the
International Solar Alliance?" must say "the" before a name whose last word is a common
noun (*act*, *committee*, *alliance* …) and not before a bare name or an acronym (*NEP 2020*,
*SAARC*). One table of those nouns serves every builder, so a name reads the same in every
question.
"""

from __future__ import annotations

import re

from quizbot.text.names import is_dictionary_word

#: Common nouns at a name's end that take "the" in a sentence (``the PESA Act``, ``the Green
#: Climate Fund``).
THE_HEADS = frozenset(
    """act treaty pact agreement committee commission temple mosque fort minar canal dam
    policy movement mission society stupa pillar inscription edict council university
    college library palace tomb mahal gate bridge railway line report declaration alliance
    fund organisation organization bank union forum association coalition programme
    convention protocol panel agency authority institute corridor commonwealth
    resolution plan offer award samaj sabha sangh sangha league ashram uprising revolt
    rebellion hul ulgulan mutiny insurrection agitation satyagraha movt struggle
    revolution tribunal court board corporation centre center congress society scheme
    cabinet ministry department government assembly mechanism zone current oscillation
    dipole circulation battle war massacre conference summit session march campaign
    expedition dynasty empire kingdom army navy regiment brigade party front bloc group
    reserve school style year decade""".split()
)
_ORDINAL_HEAD = re.compile(
    r"\d+(?:st|nd|rd|th)\b|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) "
)
BRACKET_AT_END = re.compile(r"\s*\([^()]*\)$")
#: A ruler's regnal number after his name (``Amoghavarsha I``, ``Deva Raya II``).
REGNAL = re.compile(r"\s(?:I|II|III|IV|V|VI|VII|VIII)$")


def with_the(name: str) -> str:
    """``name`` as a sentence names it: ``the PESA Act (1996)``, ``the 2nd ARC``, ``the
    Commonwealth``, ``the National Commission on Urbanisation``, but ``NEP 2020`` and
    ``SAARC``; a leading ``The`` is lowered, but not in a title of two words (``The
    Hindu``)."""
    name = name.strip()
    if name.startswith("The ") and len(name.split()) == 2 and name.split()[1][:1].isupper():
        return name  # "The Hindu", "The Tribune": "The" is part of a title's name
    if name.startswith(("The ", "the ")):
        return "the " + name[4:]  # "the Yoga darshana": said already
    words = BRACKET_AT_END.sub("", name).split()
    if not words:
        return name
    # the head noun comes before a lower-case "of"/"on"/"for": "Commission on Urbanisation"
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in _POST_HEAD), words[-1])
    heads = {words[-1].lower(), head.lower()}
    heads |= {h[:-1] for h in heads if h.endswith("s") and not h.endswith("ss")}  # Councils
    if heads & THE_HEADS or _ORDINAL_HEAD.match(name):
        return f"the {name}"
    return name


_POST_HEAD = frozenset(("of", "on", "for"))


#: Words that show a clause has a verb, without a tagger: auxiliaries and common verbs.
VERBS = frozenset(
    """is are was were be been being has have had do does did can could will would shall should
    may might must became become becomes began begins begun came comes come made makes make
    gave gives give took takes take led leads lead held holds hold set sets won wins win wrote
    writes write built builds build founded found founds lies lie lay runs ran run rose rises
    rise flows flow grew grows grow fell falls fall beat beats met meets meet sent sends send
    brought brings bring known called named means mean meant says said tells told arrange
    consider match calls call gets get links link joins join forms form covers cover marks keeps
    keep puts put saw thought fought sought bought taught caught stood understood drew
    threw overthrew chose spoke went goes sank kept lent spent lost paid laid fled felt heard
    knew slew drove flew shook struck stole upheld withheld withholds underwent undertook withdrew
    forbade arose
    bore sang swept dealt enters enter drains drain turns turn connects separates divides
    contains originates stretches depicts commemorates overlooks irrigates""".split()
)


#: Finite verbs that cannot open a sentence of their own (``Took 2 yrs 11 months …``): a
#: participle (``Founded in 1885, the INC …``) or an imperative (``Match …``) can.
_FINITE_OPENERS = frozenset(
    """is are was were has had does did took became began came gave won wrote rose grew fell
    beat met sent ran lies flows rises takes makes gives becomes begins comes leads holds
    wins writes builds runs grows falls meets sends brings means says tells calls gets links
    joins forms covers marks keeps puts extends lends provides struck upheld connects separates
    divides houses hosts contains originates stretches spans depicts commemorates overlooks
    irrigates drains""".split()
)


#: Verbs of naming or believing that open a note with its subject left out (``Called
#: Primitive Tribal Groups from 1973``, ``Thought extinct in 1951``).
_SAID_TO_BE = frozenset("called named renamed termed thought believed considered deemed".split())
#: Adverbs that open a note's fragment of what a thing mostly is (``Mainly ___, but …``).
_MAINLY = frozenset("mainly mostly largely chiefly primarily predominantly".split())
#: Participles that say where a thing is (``Found mainly in …``, ``Grown mostly in …``).
_SEEN = frozenset("found grown known seen spoken worn built made".split())


_LETTERS = re.compile(r"[A-Za-z']+")


def has_verb(text: str, *, loose: bool = True) -> bool:
    """A verb among the words (``loose``: a lower-case word ending in -ed or -es counts,
    which a label's plural noun can fool: ``Launch vehicles``)."""
    after_possessive = False
    for word in _LETTERS.findall(text.replace("’", "'")):
        low = word.lower()
        owned, after_possessive = after_possessive, low.endswith("'s")
        if owned and not (word[:1].islower() and low.endswith("ed")):
            continue  # "Mandela's call", "fishermen's houses": a noun after its owner
            # (holdout 288); "NASA's ___ reached": the blank stood between them
        if low.endswith("n't"):  # "can't", "doesn't", "won't": the verb, negated
            low = _NEGATED.get(low, low[:-3])
        if low in VERBS and word != "May":  # "(9 May, Kolkata)": the month, no verb
            return True
        if word[:1].islower() and (
            low.endswith("ed")
            if not loose
            else low.endswith(("ed", "es")) and len(low) >= 4 and "'" not in low
        ):  # "died", "ruled": four letters or more (a word here is a-z and ' only)
            if low.endswith("ed") and _NO_VERB.search(text[text.find(word) + len(word) :]):
                continue  # "rouletted ware & Arretine ware": a kind of ware (holdout 504)
            return True
    return False


#: A noun after an -ed word that makes it the noun's adjective: ``rouletted ware``.
_NO_VERB = re.compile(r"^ (?:ware|pottery|coins?|steel|tiles?)\b")


def opens_on_a_deed(text: str) -> bool:
    """``Dissolving the assembly if …``, ``Recommending President's Rule``: a gerund and its
    object, a deed with no doer (holdout 149); not ``Shifting cultivation``, a kind of
    thing, nor ``Spring tides`` or ``Standing Deposit Facility``."""
    words = text.split(" ", 2)
    if len(words) < 2 or not _GERUND.fullmatch(words[0]):
        return False
    stem = words[0][:-3].lower()
    stems = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem)
    return any(is_dictionary_word(s) for s in stems) and (
        words[1].lower() in _OBJECT_OPENERS
        or (words[1][:1].isupper() and words[1].endswith(("'s", "’s")))
    )  # "Standing Deposit Facility": a name whose first word is a gerund


_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
#: Negated verbs whose stem is not the verb less "n't".
_NEGATED = {"can't": "can", "won't": "will", "shan't": "shall"}
_MODALS = frozenset("must can cannot should shall will would could".split())
_OBJECT_OPENERS = frozenset("the a an his her its their this that these those".split())


def opens_on_its_verb(text: str) -> bool:
    """``Took 2 years …``, ``Formally wound up 2008 …``, ``Dissolving the assembly …``; not
    ``Falls on the Sharavathi …`` or ``Forms of erosion …``, plural nouns that a preposition
    follows."""
    words = text.split(" ", 2)
    first = words[0].lower()
    if opens_on_a_deed(text):
        return True
    if first in _MODALS and len(words) > 1 and words[1][:1].islower():
        return True  # "Must be laid before Parliament when they reassemble": what must?
    if (
        first.endswith("ly")
        and len(words) > 1
        and (words[1].endswith("ed") or words[1] in IRREGULAR_PARTICIPLES)
        and re.search(r",\s+(?:[Tt]he\s|[A-Z])", text) is None
    ):
        return True  # "Formally wound up 2008, each missile then run as …": whose winding up?
    if (
        first == "also"
        and len(words) > 1
        and (words[1].endswith("ed") or words[1] in IRREGULAR_PARTICIPLES)
    ):
        return True  # "Also made at ___ & Lucknow.": what else was made there?
    if first == "known" and words[1:2] in (["as"], ["for"]):
        # "Known as the centre of Vajrayana …" (holdout 296): known what? no subject
        return re.search(r",\s+(?:[Tt]he\s|[A-Z])", text) is None
    if first in _MAINLY:
        # "Mainly ___, but Vedas … were also taught." (holdout 296): the first clause has no
        # verb; its subject is the paragraph's (not "Mainly ___ is grown there.")
        return not has_verb(text.split(",", 1)[0].replace("_", " "), loose=False)
    if first in _SAID_TO_BE and len(words) > 1 and words[1] != "as":
        # "Called Primitive Tribal Groups from 1973, renamed …": called what? no subject
        return re.search(r",\s+(?:[Tt]he\s|[A-Z])", text) is None
    if first in ("set", "laid", "taken", "drawn") and len(words) > 1 and words[1] in ("up", "out"):
        # "Set up 1 Jan 1995 by the Marrakesh Agreement …": what was set up?
        return re.search(r",\s+(?:[Tt]he\s|[A-Z])", text) is None
    if (
        (first.endswith("ed") or first in IRREGULAR_PARTICIPLES or first in _SEEN)
        and words[1:2]
        and (words[1].lower() in _MAINLY)
    ):  # "Found mainly in ___ deposits.": found what? (holdout 453, bad)
        return re.search(r",\s+(?:[Tt]he\s|[A-Z])", text) is None
    if (
        first.endswith("ed")
        and len(words) > 1
        and first != "need"
        and (words[1][:1].isdigit() or re.match(r"\(\d{4}s?\)", words[1]))
    ):  # "Founded 11 April ___, Lucknow" (holdout 157), "Rediscovered (1819) by …" (500)
        return True
    if first.endswith("ed") and first[:1] != "{" and len(words) > 1 and words[1] in _AGENT_LINKS:
        # "Adapted from the ___, adopted …": no subject ("Founded in 1885, the INC …" has one)
        subject = re.search(r",\s+(?:[Tt]he\s|[A-Z])", text)
        # "Led by ___, Kanu Sanyal & Jangal Santhal.": a list of agents, no clause after it
        return subject is None or not has_verb(text[subject.end() :], loose=False)
    if first in _MADE_INTO and len(words) > 1 and not words[1][:1].isupper() and words[1] != "of":
        # "Made permanent member at Delhi summit …" (holdout 275): made what, of whom?
        return re.search(r",\s+(?:[Tt]he\s|[A-Z])", text) is None
    if first in IRREGULAR_PARTICIPLES and words[1:2] == ["by"]:  # "Built by ___, Y & Z."
        subject = re.search(r",\s+(?:[Tt]he\s|[A-Z])", text)
        return subject is None or not has_verb(text[subject.end() :], loose=False)
    if first not in _FINITE_OPENERS:
        return False
    if not first.endswith("s"):
        return True  # "Began in Italy in the 14th c.": no plural noun opens with "began"
    return len(words) < 2 or first in _PLACED or words[1].lower() not in _NOUN_LINKS


#: Verbs of where a thing is that no note uses as a plural noun before a preposition
#: (``Lies in Sikkim``, ``Rises at Amarkantak``; not ``Falls on the Sharavathi``).
_PLACED = frozenset("lies rises originates flows stretches drains".split())


#: Participles that make their subject something (``Made permanent member …``, ``Declared
#: national aquatic animal …``): opening a line, whose subject the line before says.
_MADE_INTO = frozenset("made declared named appointed elected crowned chosen granted".split())
#: Past participles not in -ed (``Built by …``, ``Recommendations laid before Parliament``).
IRREGULAR_PARTICIPLES = frozenset(
    """wound set made built held given taken begun run shut split won lost sold bought laid
    paid kept sent found led sworn struck shot told brought taught caught spent drawn grown
    thrown borne worn torn shown known seen done written chosen driven""".split()
)
#: Words after a participle that opens a subjectless fragment ("Adapted from …").
_AGENT_LINKS = frozenset("from by in at as under for with into on".split())
#: Words that follow a plural noun, not a verb: "Falls on …", "Means of …", "Links between …".
_NOUN_LINKS = frozenset("of on in between at for across along".split())


def a_common_noun(name: str, proper_words: set[str]) -> bool:
    """Is ``name`` one English word capitalised only because it opens the line (``Oath
    administered by the CJI``: whose oath?), not a name the notes capitalise elsewhere too
    (``Brahmi``, written so mid-sentence, is one in ``proper_words``)?"""
    folded = name.lower()
    return (
        " " not in name
        and name[1:].islower()
        and is_dictionary_word(folded)
        and folded not in proper_words
    )


#: A year of the notes' span written alone (``1947``, ``2023``).
A_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: Past participles that say a value or a thing was changed, written with an arrow to its new
#: form (``raised ₹10 lakh → ₹20 lakh``, ``shifted Cochin → Goa``): the arrow says "to".
CHANGE_VERBS = (
    "raised|hiked|increased|cut|reduced|lowered|revised|changed|enhanced|extended|shifted"
)
#: The houses that pass laws: "passed by Parliament" says no more than "passed".
_LAWMAKERS = frozenset(
    ("parliament", "indian parliament", "legislature", "lok sabha", "rajya sabha", "both houses")
)


def is_lawmaker(agent: str) -> bool:
    """Is ``agent`` (``by the Parliament``, ``Lok Sabha``) a house that passes every act?"""
    return agent.strip().lower().removeprefix("by ").removeprefix("the ") in _LAWMAKERS


#: Offices, not persons (``Chief Minister``, ``PM``, ``Patrice Lumumba (PM)``): whoever holds
#: one chairs ex officio, it is no person's other name, and a first holder names its body.
OFFICES = frozenset(
    """minister secretary governor president chairman chairperson chair speaker commissioner
    director dcgi pm cm cji chief editor king queen viceroy premier""".split()
)


#: Groups of people and the bodies that act for them: who did something, never a term
#: (``Women → large-scale participation …``, ``Congress: suspend CDM, attend 2nd RTC``).
ACTORS = frozenset(
    """women men peasants farmers students workers labourers tribals tribes youth merchants
    traders zamindars ryots landlords soldiers sepoys artisans weavers congress government
    govt parliament league company crown""".split()
)
#: Peoples and faiths a bracket names beside a person or a thing (``Hemachandra (Jain)``):
#: never another name of it.
PEOPLES = frozenset(
    "jain jains buddhist hindu sikh sufi muslim christian parsi vedic greek persian arab "
    "chinese portuguese dutch french british mughal maratha rajput".split()
)


#: Offices held of a body, never of the country (``first woman chairperson``: of SEBI? of
#: UPSC?): a claim on one names its body, or says nothing.
BODY_OFFICES = frozenset(
    "chairperson chairman chairwoman chair director ceo editor commissioner secretary".split()
)


def singular(noun: str) -> str:
    """The last word of ``noun`` in the singular: ``INC sessions`` → ``INC session``,
    ``countries`` → ``country``; ``Congress``, ``status`` and ``basis`` stay."""
    last = noun.split()[-1] if noun.split() else ""
    if last.endswith("ies") and len(last) > 4:
        return noun[:-3] + "y"
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        return noun[:-1]
    return noun


def which_is_this(kind: str) -> str:
    """ "Which sea is this", "Which caves are these" (holdout 325: "Which caves is this")."""
    last = kind.split()[-1] if kind.split() else ""
    if singular(kind) != kind and not last[:1].isupper() and last not in ("species", "series"):
        return f"Which {kind} are these"
    return f"Which {kind} is this"


#: Mass nouns, which take no article ("What is mystical music … called?", holdout 316;
#: "land to the tiller", "power to the states").
MASS_NOUNS = frozenset(
    """land water money liquidity music energy information knowledge rain power freedom aid
    support tenure revenue labour""".split()
)

#: A description many things fit (``home of lion-tailed macaque``: many forests are), which
#: names none of them.
ONE_OF_MANY = re.compile(  # "imp. patron of learning" (holdout 359, bad)
    # "Gaura Devi → face of women's role" (holdout 409, bad: "What is the face of … called?")
    r"(?:the |an? )?(?:(?:home|habitat|abode|haunt|hub|centre|center|hotspot|face|icon|symbol"
    r"|voice) of\b|(?:important"
    r"|imp\.|major|notable|prominent|leading|famous|noted)\s)",
    re.IGNORECASE,
)


#: Verbs a definition may open on, as a clause that says what the thing does (``compare
#: actual expenditure w/ the amounts voted``), never as its noun.
_DEFINING_VERBS = frozenset(
    "compare show record list give provide allow ensure protect verify examine measure "
    "track monitor assess estimate calculate explain describe indicate "
    # "pay compensation w/o proof of negligence" (holdout 595, bad: "What is a pay …?")
    "pay collect transfer buy sell lend borrow charge levy repay release reduce".split()
)
#: Words after such a verb's form that make it a noun: ``record of births``, ``list for``.
_AFTER_A_NOUN = frozenset("of for on in to by from at with that which".split())
#: A verb's particle: ``knock out``, ``set up``, ``phase down``.
_PARTICLES = frozenset("out up off down".split())


def opens_on_a_bare_verb(words: list[str]) -> bool:
    """Does a definition open on a bare verb and its object (``compare actual expenditure …``
    asked "What is a compare … called?", holdout 377, bad)?"""
    after = words[1].lower() if len(words) > 1 else ""
    if after in _PARTICLES and len(words) > 2 and words[0].islower():
        # "knock out genes to study function" (holdout 540, bad: "What is a knock out genes
        # … called?"): a verb, its particle and its object; not "break-up of the USSR"
        return words[2].lower() not in _AFTER_A_NOUN and not words[2].lower().endswith("ed")
    return words[0] in _DEFINING_VERBS and after not in _AFTER_A_NOUN and not after.endswith("ed")


#: Word starts whose sound is not their letter's: "a unique", "a one-time", "an hour".
_CONSONANT_SOUND = ("uni", "use", "usu", "eu", "one", "once", "ur")
_VOWEL_SOUND = ("hour", "honest", "honou", "heir")


def indefinite(phrase: str) -> str:
    """``a`` or ``an`` by the sound the phrase starts with (``an ocean``, ``a unique``,
    ``an hour``)."""
    low = phrase.lower()
    if (word := (phrase.split() or [""])[0]).isupper() and len(word) > 1:  # "a US corp" (484)
        return "an" if word[0] in "AEFHILMNORSX" else "a"  # an acronym by its letter's name
    if low.startswith(_VOWEL_SOUND):
        return "an"
    if low.startswith(_CONSONANT_SOUND):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


#: Roles a body's head may hold, named by no one office (see :func:`a_bare_role`).
_ROLES = frozenset(
    "judge judges justice minister ministers secretary officer member members expert experts "
    "official officials commissioner director chief head".split()
)


def a_bare_role(cell: str) -> bool:
    """Is a table's chair or leader cell a role alone, not an office a question can name as
    its answer (``Judge``, not ``PM`` nor ``Governor``): who holds it, the row does not say
    (holdout 541, bad: "Who chaired the Inter-State Water Disputes Tribunal?" = Judge)."""
    return cell.strip().lower() in _ROLES
