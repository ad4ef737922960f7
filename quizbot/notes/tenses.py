"""The past tense of a present one (``coins`` → coined, ``wins`` → won, ``upholds`` →
upheld), for a dated line told in the historic present (split from
:mod:`~quizbot.notes.clause_shapes`)."""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import base_form
from quizbot.notes.grammar import IRREGULAR_PARTICIPLES
from quizbot.text.fold import fold_spelling
from quizbot.text.names import is_dictionary_word

#: Past tenses no rule gives: a base form and its past.
_IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in """make:made win:won become:became give:gave take:took lead:led write:wrote set:set
    begin:began come:came go:went get:got hold:held send:sent bring:brought build:built
    split:split meet:met fight:fought lose:lost leave:left sink:sank run:ran see:saw say:said
    tell:told break:broke rise:rose fall:fell drive:drove choose:chose know:knew grow:grew
    throw:threw draw:drew keep:kept sell:sold buy:bought teach:taught strike:struck
    swear:swore spread:spread put:put undertake:undertook overthrow:overthrew
    withdraw:withdrew forbid:forbade seek:sought sing:sang lay:laid pay:paid find:found
    shut:shut cut:cut read:read speak:spoke stand:stood catch:caught think:thought
    wind:wound bind:bound grind:ground sit:sat feel:felt hear:heard bear:bore wear:wore
    shoot:shot slide:slid spend:spent lend:lent bend:bent flee:fled feed:fed freeze:froze
    steal:stole ride:rode shake:shook forgive:forgave arise:arose fly:flew let:let hit:hit
    cast:cast burst:burst quit:quit upset:upset beat:beat bid:bid forecast:forecast
    dig:dug deal:dealt mean:meant hide:hid weave:wove spin:spun sweep:swept stick:stuck""".split()
)
_IRREGULAR_PRESENT = {"does": "did", "has": "had", "goes": "went"}
#: The irregular past tenses themselves (``wrote``, ``built``, ``fought``).
IRREGULAR_PASTS = frozenset(_IRREGULAR_PAST.values())
#: Two-syllable verbs that double their last consonant (``admitted``, ``repelled``).
_DOUBLED = frozenset(
    "admit commit occur repel compel propel control refer prefer transfer permit omit submit "
    "regret expel abet patrol".split()
)


#: Plurals that are nouns far more often than verbs (``1983 – Foreign ministers at New Delhi``
#: was put as "Foreign ministered", holdout 279; "Geneva accords on Indo-China" as "Geneva
#: accorded", holdout 336: both bad).
_PLURAL_NOUNS = frozenset(
    "ministers leaders members officers soldiers workers partners accords talks polls riots "
    "protests strikes reforms islands hills states villages groups rivers ministries parties "
    "countries bodies colonies industries authorities communities agencies societies".split()
    # "Amindivi islands under Tipu Sultan" became "Amindivi islanded under ___" (holdout 510,
    # bad); "Congress ministries resign" became "the Congress ministried resign" (551, weak)
)


def is_plural_noun(word: str) -> bool:
    """Is ``word`` a plural noun far more often than a verb (``ministries``, ``accords``)?"""
    return word in _PLURAL_NOUNS


def past_tense(verb: str) -> str | None:
    """``coins`` → coined, ``abolishes`` → abolished, ``wins`` → won, ``bans`` → banned:
    the past of a present tense in the third person; ``None`` when it is no verb the
    dictionary knows, or a plural noun far more often (``ministers``, ``accords``)."""
    if verb in _PLURAL_NOUNS:
        return None
    if verb in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[verb]
    base = base_form(verb) if verb.endswith("s") else None
    if base is None:
        return None
    if base in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[base]
    prefixed = re.fullmatch(r"(up|with|over|under|re|out|fore|be|mis)(\w+)", base)
    if prefixed and prefixed.group(2) in _IRREGULAR_PAST:  # "upholds" → upheld
        return prefixed.group(1) + _IRREGULAR_PAST[prefixed.group(2)]
    if base.endswith("e"):
        past = base + "d"  # "guidelines" is a noun's plural: "NDMA guidelined …" (654, bad)
        return past if "-" in past or past.endswith("ised") or is_dictionary_word(past) else None
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        past = base[:-1] + "ied"  # "Planetary boundaried framework" (holdout 656, bad)
        return past if is_dictionary_word(past) else None
    if base in _DOUBLED or re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
        return base + base[-1] + "ed"
    return base + "ed"


#: Verbs a clause can end on (``Aurangzeb dies``, ``Revolt begins``); any other present tense
#: at a clause's end is more likely a plural noun (``1964 – Guru Gobinda Basu tests``: the
#: case's tests, never "tested", holdout 228).
_INTRANSITIVE = frozenset(
    """die resign retire abdicate surrender collapse fall end begin start erupt secede mutiny
    revolt rebel arrive return land succeed win lose split merge dissolve lapse expire close
    open sink rise fail reign rule meet convene sit strike occur happen emerge disappear report
    withdraw escape flee""".split()
)


#: Past forms of verbs that take no object (``lapsed``, ``died``), or of a deed of one's own
#: (``worked from Khadur Sahib``): never "was …", the thing itself did it ("the First Lokpal
#: Bill was lapsed", holdout 334).
DONE_BY_ITSELF = frozenset(
    """joined died arrived returned resigned retired landed failed ended emerged happened
    occurred merged withdrew collapsed worked lived ruled reigned preached settled stayed
    travelled traveled migrated studied served camped flourished started commenced continued
    increased decreased declined peaked expanded stopped finished crashed erupted originated
    lasted succeeded docked orbited flowed rained lapsed expired refused objected protested
    agreed revolted""".split()
)


def ends_a_clause(verb: str) -> bool:
    """Can the present tense ``verb`` end its clause (``dies``; not ``tests``, which needs an
    object and is, at the end, more likely a plural noun)?"""
    if not verb.endswith("s"):
        return False
    # "dies" → die (base_form reads "dy"), "reaches" → reach, "falls" → fall
    return bool({base_form(verb), verb[:-1], verb[:-2], verb[:-3] + "ie"} & _INTRANSITIVE)


def is_past_verb(verb: str) -> bool:
    """Is the lower-case ``verb`` a past tense (``wrote``, ``defeated``, ``built``), not a
    present or a noun (``court``)?"""
    if verb in IRREGULAR_PASTS or verb in IRREGULAR_PARTICIPLES:
        return True
    return verb.endswith("ed") and verb in (
        past_tense(verb[:-2] + "s"),
        past_tense(verb[:-1] + "s"),
    )


#: Past participles that open names: ``United Nations``, ``Allied Powers``.
_NAMING_PARTICIPLES = frozenset(("united", "allied", "reformed", "federated", "associated"))


def is_a_deed(word: str) -> bool:
    """Is ``word``, opening a text, the past tense of a deed (``Sacked Surat …``, ``Killed
    Bijapur general …``) rather than a name's first word (``United Nations``)?"""
    low = word.lower()
    return low not in _NAMING_PARTICIPLES and (
        is_past_verb(low) or is_past_verb(fold_spelling(low))  # "Organised", "Patronised"
    )
