"""A pronoun the question never resolves: ``India chaired it in ___`` (under a line about the
SCO, which the learner never sees) cannot be answered alone; nor can a question that leans
on the sentence before it (:func:`leans_back`: ``The mood changed when …``, ``Wellesley made
it a system``).

A pronoun (*it, its, they, them, their, this, these*) in the question as shown needs
something before it to point to: the subject shown in front (``Indus: Dibang + Lohit join it
…``), the blank (``___ was founded in 1885 and its first session …``), or a noun of an
earlier clause (``the Appellate Body has not worked since 2019, the US having blocked
appointments to it``). An object pronoun never points to its own clause's subject
(``India chaired it``: "it" is not India), and a pronoun that opens the question points
to nothing at all. Where the notes make the referent certain, the builders put it in the
pronoun's place first (:func:`~quizbot.notes.drafts.with_subject`, the paragraph's
resolved antecedent); what is left here is dropped.
"""

from __future__ import annotations

import re

from quizbot.bank.model import CLOZE_BLANK, TOPIC_SEPARATOR, Cloze, Mcq, Question, TrueFalse
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import singular
from quizbot.notes.label_values import POLITY_KINDS
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import DONE_BY_ITSELF
from quizbot.text.dates import CAPITAL_NOT_MONTH
from quizbot.text.names import is_dictionary_word, is_everyday_word

_BLANK = "___"
#: The pronouns a question must resolve (``that`` and ``those`` are mostly relative or
#: determiners of a named thing; ``he`` is the person rules' in fragments.py; ``him``, an
#: object, never points to its own clause's subject: "___ named son Salim after him").
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these|him)\b", re.IGNORECASE)
_POSSESSIVE = frozenset(("its", "their"))
#: A person's possessive, which needs a name before it (not a month's: CAPITAL_NOT_MONTH).
_OWNER = re.compile(r"\b(?:his|her)\b")
#: A topic that names an event or a document, not the person "his" points to.
_AN_EVENT = re.compile(
    r"\b(?:Battle|War|Treaty|Revolt|Movement|Act|Session|Summit|Mission|Pact|Accord)\b"
)
#: A person a thing is named after or done for, never named: ``… named after her``.
_NAMED_AFTER = re.compile(r"\b(?:after|for)\s+(him|her)\b")
#: Where a clause starts: text before it may hold what the pronoun points to.
_CLAUSE_BREAK = re.compile(
    r"[,;:()–—→]|\b(?:and|but|while|whereas|which|who|that|after|before|when|since|as|"
    r"until|because|so)\b",
    re.IGNORECASE,
)
#: A subject shown in front of the fact (``Indus: …``): it names what a pronoun is.
_SHOWN_SUBJECT = re.compile(r"^[^:?]{2,80}: ")
#: A word, or the blank (named by its answer: "___ was founded in 1885 and its …").
_WORD = re.compile(r"[A-Za-z][\w'’-]*|___")
#: Words that name nothing a pronoun could point to.
_EMPTY = frozenset(
    "a an the of in on at to by for from with is are was were be been has have had do does "
    "did not no also only then there here now".split()
)


_PREPOSITIONS = frozenset(
    "to with of in on at by from for under over into onto against about between among "
    "towards toward through".split()
)


def unresolved_pronoun(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """The first pronoun of the question as shown that points to nothing it names."""
    if isinstance(question, Cloze):
        text = CLOZE_BLANK.sub(_BLANK, question.text).strip()
    elif isinstance(question, TrueFalse):
        text = question.statement.strip()
    else:
        text = str(getattr(question, "prompt", "")).strip()
        if isinstance(question, Mcq):  # "Which of these …?": the options it shows
            text = re.sub(r"\bWhich of these\b", "Which", text)
    counted = re.search(
        r"\bthe (?:two|three|four)(?=\s+(?:together|of them|are|were|have|had|did)\b|\s*[,.;:)]|$)"
        r"|\b[Tt]he pair\b",  # "The pair moves east …" (holdout 615, bad): which pair?
        text,
    )
    if counted and not re.search(r"\b(?:and|&)\b", text[: counted.start()]):
        return f"{counted.group(0)!r} points to things the question never names"
    case = _DATED_CASE.search(text)
    if case is not None:  # "petitioner in the 2015 case" (holdout 475, bad): which case?
        return f"{case.group(0)!r} points to a case the question never names"
    sequel = _SEQUEL.search(text) if isinstance(question, Cloze | TrueFalse) else None
    if sequel is not None:  # "Pulakeshin then took the title ___" (holdout 362, bad);
        # "tried to fix this by …" (holdout 361, weak)
        word = next(g for g in sequel.groups() if g)
        return f"{word!r} points to what the question never says"
    kin = _WHOSE_KIN.match(text) if isinstance(question, Cloze | TrueFalse) else None
    if kin is not None:  # "Son b. ___, died in infancy." (holdout 525, bad): whose son?
        return f"{kin.group(1)!r} points to a person the question never names"
    if (
        isinstance(question, Cloze | TrueFalse)
        and _AT_THE_TIME.search(text)
        and not re.search(r"\d{4}", text)
    ):  # "___ – Gandhi was president at the time" (holdout 519, bad): at which time?
        return "'at the time' points to a time the question never names"
    if isinstance(question, Cloze) and _AN_EXAMPLE.search(text):
        return "an example, of what the line before says"  # "___ is the classic case." (459)
    pointed = _points_back(text) if isinstance(question, Cloze | TrueFalse) else None
    if pointed is not None:
        return f"{pointed!r} points to something the question never names"
    owner = _OWNER.search(text) if isinstance(question, Cloze) else None
    if owner is not None and not CAPITAL_NOT_MONTH.search(text[: owner.start()]):
        last = question.topic.rsplit(TOPIC_SEPARATOR, 1)[-1]
        if not names_a_thing(last, ctx) or _AN_EVENT.search(last):
            return f"{owner.group(0)!r} points to someone the question never names"
    found = _PRONOUN.search(text)
    if found is None and " her" not in text:
        return None  # most questions: no pronoun
    if _SHOWN_SUBJECT.match(text) or _named_topic(question.topic, ctx):
        return None  # a subject shown that it points to
    named_after = _NAMED_AFTER.search(text)
    if named_after is not None:  # "Government's ___ named after her" (holdout 232)
        return f"{named_after.group(1)!r} points to someone the question never names"
    if found is None:
        return None
    while found is not None:
        if not _resolved(text[: found.start()], found.group(0).lower()):
            return f"{found.group(0)!r} points to nothing the question names"
        found = _PRONOUN.search(text, found.end())
    return None


#: A demonstrative and its noun (``this college``, ``these provisions``), not named in a
#: bracket straight after (``these provisions (the Munshi–Ayyangar formula)``). A "that"
#: only where a note opens (``___ (1992) – that decision is …``): elsewhere it mostly opens
#: a clause (``a veto that blocks …``, ``held that …``); so a "such" (``___ – such laws not
#: amendments under Art 368``, holdout 443, bad) and a "both" (``Both papers agree …``: which
#: papers? holdout 457, bad).
_DEMONSTRATIVE = re.compile(
    r"(?:\b(?P<word>this|these|those)|(?:^|[–—:→] )(?P<that>that|[Ss]uch|[Bb]oth))"
    r" (?P<noun>[a-z]{3,})\b(?! \()"
)


#: A sentence that only calls its subject an example (``___ is the classic case.``).
_AN_EXAMPLE = re.compile(
    r"^\S+ (?:is|was) (?:the|a) (?:classic|typical|textbook|best|prime) (?:case|example)\.?$"
)

#: A case by its year alone (``the 2015 case``): the line before names it.
_DATED_CASE = re.compile(r"\bthe (?:1[89]|20)\d\d (?:case|judgment|judgement|verdict|ruling)\b")
#: A sequel to what came before (``Then …``, ``Pulakeshin then took …``) or a bare "this".
#: A kin or heir named by no one's (``Son b. 1851``), not of someone (``Son of Shivaji``).
_WHOSE_KIN = re.compile(
    r"^(Son|Daughter|Wife|Husband|Father|Mother|Brother|Sister|Heir|Successor|Widow)\b"
    r"(?!\s+(?:of|to)\b)(?!['’]s)"
)
#: A time pointed back to (``at the time``), not named (``at the time of partition``).
_AT_THE_TIME = re.compile(r"\bat (?:the|that) time\b(?! of\b)", re.IGNORECASE)
_SEQUEL = re.compile(
    r"^(?P<word>Then|Thereafter|Afterwards)\b"
    r"|^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?P<word2>then|thereafter|afterwards) [a-z]+"
    r"|\b(?P<word3>this)(?=\s*[,.;:]|\s+(?:by|but|and|was|is|led|at|in|with|through)\b)"
    # "The resulting ___ makes red cells …" (holdout 463, weak): resulting from what?
    r"|^The (?P<word4>resulting|ensuing|latter|former)\b"
    # "Protestant missions began here: ___ (1718)" (holdout 474, bad): where is here?
    r"|\b(?P<word5>here|there)\s*:"
)


def _points_back(text: str) -> str | None:
    """The first demonstrative of a fact shown as a sentence whose noun the sentence has not
    named before it (``The ___ (1961) replaced the joint meeting with this college``: which
    college?)."""
    for found in _DEMONSTRATIVE.finditer(text):
        if found.group("noun")[:5] not in text[: found.start()].lower():
            return f"{found.group('word') or found.group('that')} {found.group('noun')}"
    return None


def _named_topic(topic: str, ctx: Context) -> bool:
    """Does the topic line end on a name a pronoun can point to (``Geography › Godavari``:
    "the four states it drains"), not on a section's label (``Regional groupings –
    timeline``, ``Movements``)?"""
    return names_a_thing(topic.rsplit(TOPIC_SEPARATOR, 1)[-1], ctx)


def names_a_thing(heading: str, ctx: Context) -> bool:
    """Is a heading a name (``United Nations``, ``Godavari``, ``WTO``), not a label of a
    section (``Regional groupings – timeline``, ``DRDO / missiles``, ``Movements``)?"""
    small = _SMALL if heading.startswith("From ") else _SMALL | {"to"}  # "Amendment to the
    # Montreal Protocol" (holdout 751); "From HRA to HSRA" is a span, no name
    words = [w for w in _WORD.findall(re.sub(r"\([^()]*\)", " ", heading)) if w not in small]
    if len(words) > 1 and (words[-1] in POLITY_KINDS or words[-1] in _ART_KINDS):
        words[-1] = words[-1].capitalize()  # "Kakatiya dynasty", "Ahom kingdom": a name
        # (so is "Gandhara school", "Nagara style": holdout 550, their materials never asked)
    if not words or not all(w[:1].isupper() for w in words) or "/" in heading or "," in heading:
        return False  # "Labour Laws, Trade Unions & Employment": a list of topics
    if re.search(r"\s(?:and|&)\s", heading):
        return False  # "Planning Commission and NDC": two things, "it" is neither
    if len(words) > 1 and fold(words[-1]) in _TOPICS:
        return False  # "India–Maldives Relations", "Sri Lankan Tamil Question": a subject of
        # study, no doer (holdout 700, bad: "The India–Maldives Relations are separated …")
    if len(words) > 1:
        return True  # "United Nations", "Quit India Movement"
    # "Godavari", "WTO": a name; "Movements" (a plural), "Economy" (written in lower case
    # in the notes): a label
    if words[0].isupper() and len(words[0]) >= 2:
        return True  # "CITES", "SAARC": an acronym, never a plural ("cites") or a label
    word = fold(words[0])
    plural = word.endswith("s") and (
        is_dictionary_word(word[:-1]) or is_dictionary_word(singular(word))  # "Bodies"
    )
    if is_everyday_word(word) and word not in ctx.proper_words:
        return False  # "## Course" over "Launched 1 Aug 1920": a section's label, no name
    return not plural and word not in ctx.lower_words


_SMALL = frozenset(("of", "and", "the", "in", "for", "on", "&"))
#: Head nouns of a heading that names a subject of study, not a thing that does or is.
_TOPICS = frozenset(("relations", "ties", "question"))
#: Kinds of art written in lower case after a name (``Gandhara school``, ``Nagara style``).
_ART_KINDS = frozenset(("school", "style", "gharana"))


def _resolved(before: str, pronoun: str) -> bool:
    """Is there something before ``pronoun`` for it to point to?"""
    clauses = _CLAUSE_BREAK.split(before)
    own = _nouns(clauses[-1])
    shared = _SHARED_SUBJECT.search(before)
    if shared is not None and pronoun not in _POSSESSIVE and _OBJECT_END.search(before):
        # "The RS can only make recommendations and must return it": the second verb shares
        # the first one's subject, so "it" is a thing after that verb ("recommendations"
        # are not an "it")
        return _object_before(before[: shared.start()], pronoun)
    if pronoun in ("they", "them") and not _MANY.search(before):
        return False  # "to postpone it till they joined" (holdout 596, bad): who? nothing
        # before it is many
    earlier = [w for clause in clauses[:-1] for w in _nouns(clause)]
    if earlier:
        return True
    if pronoun in _POSSESSIVE:
        return bool(own)  # "India raised its tariffs": its own subject
    words = _WORD.findall(clauses[-1])
    if not words:
        return False  # "It was set up in …": the question opens on it
    if words[-1].lower() not in _PREPOSITIONS:
        # "India chaired it": an object never points to its clause's subject, but may to a
        # name inside it ("the amended RBI Act gives it …": the RBI)
        return any(w.isupper() and len(w) > 1 for w in words[:-2]) and len(own) >= 3
    return len(own) >= 3  # "the US blocked appointments to it": a noun before it


#: Words that are many, for "they" to point to: a plural, two things joined, a body of
#: people.
_MANY = re.compile(
    r"\b[a-z]{2,}(?<!ss)(?<!us)(?<!is)s\b|\b(?:and|&)\b|\b[A-Z][a-z]+s\b|\b(?:people|police|"
    r"govt|government|party|league|congress|court|assembly|council|committee|board|staff|"
    r"public|army|navy|family|crew|team)\b",
    re.IGNORECASE,
)
#: A verb joined to the one before it, sharing its subject (``… and must return``).
_SHARED_SUBJECT = re.compile(
    r"\b(?:and|but)\s+(?:(?:can|could|must|may|might|will|would|shall|should|also|then|"
    r"later|only)\s+)+[a-z]+\s+(?:[a-z]+\s+)?$"
)
#: The pronoun right after a verb (not after a preposition: "appointments to it").
_OBJECT_END = re.compile(r"\b(?!(?:to|with|of|in|on|at|by|from|for|under|over|into)\s+$)[a-z]+\s+$")
_ARTICLE_NOUN = re.compile(r"\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?([\w-]+)")


def _object_before(clause: str, pronoun: str) -> bool:
    """Does ``clause`` hold a thing after its verb that ``pronoun`` may stand for: a noun
    after an article, or a name after the first word, singular for "it" and "this"?"""
    found = [m.group(1) for m in _ARTICLE_NOUN.finditer(clause)]
    found += [w for w in _WORD.findall(clause)[2:] if w[:1].isupper()]
    if pronoun in ("it", "this"):
        found = [w for w in found if not (w.islower() and w.endswith("s") and w[-2:] != "ss")]
    return bool(found)


def _nouns(clause: str) -> list[str]:
    return [w for w in _WORD.findall(clause) if w.lower() not in _EMPTY]


#: A sentence that carries on from the one before it (``The mood changed when …``,
#: ``However, …``, ``As a result …``): alone it says less than it seems to.
_CARRIES_ON = re.compile(
    r"^(?:however|but|thus|hence|therefore|so|then|instead|meanwhile|nevertheless|moreover|"
    r"still(?=,)|yet(?=,)|even so|"  # "Still, he is credited with reviving ___" (490, bad)
    r"consequently|accordingly|in turn|as a result|after (?:this|that)|in response|"
    r"(?:the )?same (?:story|thing|pattern|case|fate|result) |"  # "Same story at ___" (439)
    r"the (?:mood|tide|situation|position|picture|scene|climate|trend) (?:changed|shifted|"
    r"turned|reversed))\b"
    r"|\b(?:anyway|instead|nonetheless|nevertheless)\W*$"  # "Pak later … Kashmir anyway." (431)
    # "WB's CM objected in ___.": to what, the sentence before says (507, bad)
    r"|\b(?:objected|protested|refused|agreed)\b(?! (?:to|against|with|that|on)\b)",
    re.IGNORECASE,
)
#: An object pronoun: a person the question has to have named before it.
_OBJECT_PRONOUN = re.compile(r"\b(?:him|them)\b")
#: A thing named in another sentence, as an object: ``Wellesley made it a system``,
#: ``Canning gave the doctrine up after 1857``.
_OBJECT_THING = re.compile(
    r"\b(?:made|makes|make|turned|gave|took) (?:it|the (?:doctrine|policy|system|practice|"
    r"scheme|treaty|plan|idea))\b(?= (?:a|an|the|up|into|over|back)\b)"
)
#: Capitalised words that name no one ``him`` could point to.
_NO_PERSON = frozenset(
    "the a an amendment act bill article art constitution court commission committee council "
    "government govt party parliament assembly ministry state states union board report".split()
)


def leans_back(body: str) -> str | None:
    """``The mood changed when ___ died`` (what mood?), ``The ___ replaced him with …``
    (whom?): the question leans on the sentence before it in the notes."""
    found = _CARRIES_ON.search(body)
    if found is not None:
        return f"the question carries on from the sentence before it ({found.group(0)!r})"
    thing = _OBJECT_THING.search(body)
    if thing is not None:
        return f"{thing.group(0)!r} points to a thing the question never names"
    pronoun = _OBJECT_PRONOUN.search(body)
    if pronoun is not None:
        before = [w.strip("(),;:.") for w in body[: pronoun.start()].replace(_BLANK, " ").split()]
        if not any(w[:1].isupper() and w.lower() not in _NO_PERSON for w in before[1:]):
            return f"{pronoun.group(0)!r} points to no one the question names"
    return None


_LEANS = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|these|those|the (?:last|first|rest|same|"
    r"latter|former))\b",
    re.IGNORECASE,
)


def leans_on_parent(text: str) -> bool:
    """A sub-bullet that opens lower-case or with a pointer (``called Jamuna in ...``,
    ``It ...``) says nothing alone."""
    return text[:1].islower() or bool(_LEANS.match(text))


#: A name and "too" (``Rana Sanga too, per Babur's memoirs``): it did what the bullet before
#: it says, which the question does not show (holdout 381, bad: it read as one of the
#: "Afghan nobility" of the parent bullet).
_TOO = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},? (?:too|also|as well)\b")


def points_to_a_sibling(text: str) -> bool:
    """Does a sub-bullet only say its name did the same as the bullet before it?"""
    return _TOO.match(text.replace("**", "")) is not None


#: ``{{Dakhni}} (early Urdu) patronised alongside Persian``, ``Dakhni patronised alongside
#: {{Persian}}``: the line opens on a passive whose doer is never said, so anything patronised
#: fits it. An intransitive past (``{{Nainsukh}} worked for …``), an active one with its object
#: (``issued the silver rupiya``) or a line with a year (``(1973), launched at Corbett``: the
#: date tells the thing) is not one.
_DOER_UNSAID = re.compile(
    r"^(?:\{\{[^}]*\}\}|[A-Z][\w-]*)(?:\s*\([^)]*\))?,?(?:\s+[A-Z][\w-]*)*\s+"
    r"(?P<verb>[a-z]+ed|built|made|held|kept|found|set|given|taken|sold|won|lost)"
    r"(?:\s+(?:out|up|down|off))?\s+"
    r"(?:in|into|on|at|after|before|during|from|under|with|alongside|across|to|for|as|near|"
    r"along|over|through|within|without)\b"
)
#: Pasts that take no object besides :data:`~quizbot.notes.tenses.DONE_BY_ITSELF`: the line's
#: opening is their doer (``agreed to``, ``marched to``), or what is done is said after them.
_DOES_ALONE = DONE_BY_ITSELF | frozenset(
    "advanced agreed belonged converged escaped fasted fled fought halted intervened marched "
    "moved mutinied objected participated prayed protested rallied rebelled refused remained "
    "retreated revolted rose sailed sat shifted slept spoke stood surrendered talked voted "
    "walked wrote".split()
)
#: A finite verb later in the line: the participle is an aside (``{{Bt cotton}}, approved in
#: 2002, remains …``).
_LATER_VERB = re.compile(r"\b(?:is|are|was|were|remains?|became|becomes|has|have|had)\b")


def doer_unsaid(text: str) -> bool:
    """Does a cloze open on the subject of a passive whose doer it never says (``{{Molten
    metal}} poured into the cavity``, ``Dakhni patronised alongside {{Persian}}``)?"""
    found = _DOER_UNSAID.match(text)
    if found is None or found.group("verb") in _DOES_ALONE or re.search(r"\d", text):
        return False  # "{{Project Tiger}} (1973), launched at Corbett": dated, it is one
    rest = text[found.end() :]
    return " by " not in f" {rest} " and not _LATER_VERB.search(rest)
