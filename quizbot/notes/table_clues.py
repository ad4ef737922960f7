"""What a table's header says its cells are, and each cell put in words as a clue.

``Year`` 1539 → "of 1539", ``Launched`` 2016 → "launched in 2016", ``State/UT`` Assam →
"in Assam", ``Origin`` → "rising at …", ``Falls into`` → "flowing into the …", ``President``
→ "presided over by …", ``Between`` (of a battle) → "was fought between … and …", ``Used
for`` → "is used for …" (or the cell itself when it opens with a verb: "quashes an order …"),
``Known for`` / ``Notes`` / ``Why imp.`` → "is known for …", ``Imp. find`` of a site → "is
known for its dockyard and bead-making", ``Key idea`` → "is known for the categorical
imperative". An unknown header gives no clue; nor does a "literal meaning" (it restates
the answer), a list of members (it names a grouping) or a clue a longer one says again."""

from __future__ import annotations

import re

from quizbot.notes.case_names import VERSUS
from quizbot.notes.clause_shapes import base_form
from quizbot.notes.grammar import a_bare_role, has_verb, indefinite
from quizbot.notes.names import NAME_JOINERS
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.table_headers import header_kind
from quizbot.notes.zones import is_state_or_region
from quizbot.text.names import is_everyday_word, is_region

#: A cell pointing at other rows ("hardware base for all 3 above"): no clue to its own row.
POINTING = re.compile(
    r"\b(?:above|below|ditto)\b|(?:^|\b(?:the|a) )same (?:view|as|holding|ruling|stand|position)\b"
    r"|\bsame (?:yr|year)\b"  # "w/ Pachmarhi & Similipal, same yr" (holdout 485, bad)
    r"|\bnot the \w+ one\b"  # "Not the Rajasthan one": which other, the reader knows (673)
    # "his wife; escaped to Cachar": whose, the row above says (511, bad); "arrested w/
    # brother (1921)": the brother did it too, and may be another row (620, bad)
    r"|(?:^|\b(?:with|w/)\s+)(?:(?:his|her|their)\s+)?(?:elder\s+|younger\s+)?"
    r"(?:wife|husband|son|daughter|brother|sister|father|mother|heir|nephew|uncle|cousin)s?\b"
    r"(?!\s+(?:of\s+)?[A-Z])",
    re.IGNORECASE,
)

_PARTICIPLES = frozenset(
    "launched founded established signed adopted started formed created passed enacted held "
    "built discovered set raised".split()
)
#: Where a leader cell's person ends: "James Augustus Hicky – first newspaper in India",
#: "Tilak w/ Agarkar", "B.C. Pal, ed. Aurobindo" (the first named is the founder).
_PERSON_END = re.compile(
    r"\s+[–—→]\s+|\s+w/\s+|\s+with\s+|,\s+ed\.|,\s+[A-Z][a-z]+$|;\s|\s+\((?=[a-z])(?!c\.)"
)
#: Clues that modify the noun ("Which battle of 1539 …"); the rest are predicates.
MODIFIERS = frozenset(("time", "origin", "mouth", "place", "leader", "between", "members", "river"))
#: A list of three or more names (``7 members – Bangladesh, Bhutan, India …``).
_MEMBER_LIST = re.compile(
    r"^(?:\d+ members?\s*[–—:-]\s*)?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*"
    r"(?:,\s*(?:and\s+)?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*){2,}$"
)
#: Verbs that make a cell a clause ("India & Pakistan became full members"), not a thing a
#: row is known for.
_VERBS = frozenset(
    "is are was were has have had became becomes become enters enter runs run joined joins "
    "lies stops quashes orders tests won wins lost reopened revived expanded being can must "
    "may issues grants protects hosted should cannot".split()
)
_WARS = frozenset(("battle", "war", "siege"))
_WHEN_CELL = re.compile(r"^((?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?\d{4})\b(.*)$")
_ONE_PLACE = re.compile(r"[A-Z][a-z]+")
#: A modifier said as a predicate when a question has no other ("Which river rises at
#: Amarkantak and flows into the Arabian Sea?").
AS_PREDICATE = {
    "rising at": "rises at",
    "rising in": "rises in",
    "flowing into": "flows into",
    "on the": "is on the",
}


#: Things that rise somewhere (a row of another kind has an origin, not a source).
_FLOWING = frozenset("river rivers tributary tributaries stream streams current currents".split())
#: Lower-case words a person's name, or a pair of names, may hold (``Vasco da Gama``,
#: ``Harihara & Bukka``).
_NAME_PARTICLES = NAME_JOINERS | {"and", "&"}
#: What the holder of a slashed header's roles did (``Founder / editor``).
_DONE_BY = {"founder": "founded", "editor": "edited", "author": "written", "publisher": "published"}


def clue(header: str, cell: str, what: str) -> tuple[str, str] | None:
    """(kind, words) of one cell as a clue of a question about a ``what``."""
    kind = header_kind(header)
    if kind is None or kind == "restates":
        return None
    folded = fold(header).strip(" :")
    cell = cell.strip()
    if kind == "time" and folded.startswith("held") and _WHEN_CELL.match(cell) is None:
        kind = "held"  # "| Case | Year | Held |": what the court held, not when it was held
    if kind == "time":
        when = _WHEN_CELL.match(cell)
        if when is None:
            return None
        # "1985, Dhaka" → "in 1985 at Dhaka"; "2009 (first summit)", "2007, revived 2017":
        # the first date alone
        at = when.group(2).strip(" ,")
        cell = f"{when.group(1)} at {at}" if _ONE_PLACE.fullmatch(at) else when.group(1)
        verb = folded.split()[0]
        on = "on" if re.match(r"\d{1,2} [A-Z]", cell) else "in"  # "launched on 28 Aug 2014"
        return kind, (f"{verb} {on} {cell}" if verb in _PARTICIPLES else f"of {cell}")
    if kind == "place":
        if re.search(r"\bborder\b", cell) or cell[:1].islower() or _COMPASS_LEAD.match(cell):
            return None  # "Telangana–AP border": "in … border" is no place to be in; "from
            # Philippines": a phrase, not a place; "E slopes of Rockies": shorthand
        # "in the Alps (Switzerland, Austria)", "in the Arabian & Sahara deserts"
        named = re.split(r"[,/]", BRACKET.sub("", cell))[0].strip()
        the = _RANGE_END.search(named) or _SEA.search(named) or named.split()[-1][:1].islower()
        return kind, f"in {'the ' if the else ''}{cell}"
    if kind == "origin":  # "rising at Amarkantak", "in the Peruvian Andes"
        if what.lower() not in _FLOWING:
            return None  # "| Line of Control | Origin: Shimla Agreement |": no line rises
        if is_region(cell) or _MANY_SOURCES.search(cell):
            return None  # "rises in South Africa", "at the Western Ghats": many rivers do
        local = re.search(r"\s*\(([A-Z][\w-]*)\)$", cell)  # "Tibet (Tsangpo)": its name there
        if local and not is_state_or_region(local.group(1)):
            cell = cell[: local.start()]  # (holdout 199: the Brahmaputra's name in Tibet)
        return kind, f"rising {'in the' if _RANGE_END.search(cell) else 'at'} {cell}"
    if kind == "river":
        if not _ONE_PLACE.fullmatch(cell.strip()):
            return None  # "Kishanganga (Jhelum trib)": a remark, not one river
        return kind, f"on the {cell.strip()}"
    if kind == "mouth":
        article = "" if cell.lower().startswith("the ") else "the "
        return kind, f"flowing into {article}{cell}"
    if kind == "leader":
        if not cell[:1].isupper() or fold(cell).startswith(("from ", "appointed ", "elected ")):
            return None  # "from the Opposition since 1967": not a person who leads it
        if "," in cell and re.search(r"\(s\)|s$", folded):
            return None  # "Leader(s): San Martin, Belgrano": several, and one leads two rows
        cell = _PERSON_END.split(cell, maxsplit=1)[0].strip()
        cell = re.sub(r"\s*\([^()\d]*\)$", "", cell)  # "(Ashvaghosha vice-pres.)": an aside
        if "," in cell:
            return None  # "Sanyal, Bismil, Chatterjee": several, no one "led by"
        if a_bare_role(cell):
            return None  # "presided over by Judge": a role, whose holder the row does not say
        if any(w[:1].islower() and w not in _NAME_PARTICLES for w in cell.split()):
            return None  # "Sri Lankan Buddhist chronicles": a kind of text, no one's name
        roles = [_DONE_BY.get(part.strip()) for part in folded.split("/")]
        if len(roles) > 1 and all(roles):  # "Founder / editor": either, the note does not say
            return kind, f"{' or '.join(r for r in roles if r)} by {cell}"
        if len(roles) > 1:  # "Founder / key ruler": Krishnadevaraya founded no dynasty (504)
            return None
        if folded.startswith(("president", "presided", "chair")):
            return kind, f"presided over by {cell}"
        if folded.startswith(("founder", "founded")):
            return kind, f"founded by {cell}"
        if folded.startswith(("author", "written")):
            return kind, f"written by {cell}"
        if folded.startswith(("built", "commissioned", "patron")):
            return kind, f"built by {cell}"
        if folded.endswith(" by"):
            return kind, f"{folded} {cell}"  # "planned by Le Corbusier"
        return kind, f"led by {cell}"
    if kind == "between":
        sides = VERSUS.sub(" and ", cell)
        if what in _WARS:
            return "fought", f"was fought between {sides}"
        return kind, f"between {sides}"
    if kind == "nature":  # "warm, dry, foehn-type" of a wind: what it is like
        items = [q.strip() for q in cell.split(",")]
        # "warm, dry, downslope": a word that is no everyday quality (a direction, a season,
        # a term) is left out; a phrase ("dry, dusty NE wind") leaves the cell out
        qualities = [q for q in items if _a_quality(q)]
        if any(" " in q for q in items if q not in qualities):
            return None
        if not 2 <= len(qualities) <= 4:
            return None  # "cold polar outburst": a phrase; "cold" alone: so are most of them
        return kind, f"is {_and_list(', '.join(qualities))}"
    if kind == "members":
        if not cell[:1].isupper():
            return None  # "22 (15 LS + 7 RS)": a count, not the members
        return kind, f"with members {cell}"
    if kind == "lack":  # "scurvy (bleeding gums)": "Which vitamin deficiency causes scurvy?"
        ailment = _DASHED.split(BRACKET.sub("", cell).split(";")[0])[0].strip(" ,")
        if not ailment or any(w in _VERBS for w in fold(ailment).split()) or " fails " in ailment:
            return None  # "blood fails to clot": a clause, not a disease's name
        return kind, f"deficiency causes {_and_list(ailment)}"
    if kind == "recommends":  # "**3-tier** PRI; …": what a committee advised, its first part
        first = BRACKET.sub("", cell.split(";")[0]).strip(" ,")
        if (
            not first
            or any(w in _VERBS for w in fold(first).split())
            or re.search(r"[=+→~]", first)
        ):
            return None
        return kind, f"recommended {first.replace(' & ', ' and ')}"
    parts = [p.strip() for p in cell.split(";")]
    if kind in ("offers", "used", "deals", "aims", "finds", "idea", "held"):
        parts = parts[:1]  # what it is for; what follows is commentary
    kept: list[str] = []
    for part in parts:
        said = _predicate(kind, part, what)
        if not said:
            continue
        verb = said.split()[0]
        if kept and kept[-1].split()[0] == verb and verb in ("lies", "is"):
            said = said.split(" ", 1)[1]  # "lies on the … route and near …"
        kept.append(said)
    if not kept:
        return None
    return kind, " and ".join(kept)


#: Words that make a cell part a rank the row alone holds ("only floating NP", "India's
#: first NP", "largest peninsular river"): said as "is the …", a clue that names one row.
_SUPERLATIVE = re.compile(
    r"^(?:(?:India's|India’s|the world's|world's|Asia's)\s+)?"
    r"(?:only|first|largest|biggest|oldest|highest|longest|smallest|deepest|first-ever|"
    r"tallest|busiest|earliest)\b",
    re.IGNORECASE,
)
#: A source many rivers of one coast share: ghats or hills (``Western Ghats (Kerala)``,
#: ``Nandi hills``), or two places (``Aravallis / Vindhyas``). (The Tibetan Plateau, with the
#: sea a river falls into, names one.)
_MANY_SOURCES = re.compile(
    r"\b(?:ghats|hills|aravallis?|vindhyas?|satpuras?|himalayas?|sahyadris?)\b|/",
    re.IGNORECASE,
)
#: "secretariat Kathmandu", "HQ in Mauritius": where the body sits.
_SEAT = re.compile(r"^(secretariat|headquarters|HQ)\s+(?:in\s+|at\s+)?([A-Z].*)$")
#: "Kullu – Lahaul & Spiti": two places a route joins (the rest a detail).
_JOINS = re.compile(r"^([A-Z][^–—↔]*?)\s+[–—↔]\s+([A-Z][^–—↔]*)$")
_ROUTE_WORDS = re.compile(r"\b(?:road|route|highway|railway|corridor)\b")
_DASHED = re.compile(r"\s+[–—]\s+")
_YEAR_AFTER_VERB = re.compile(r"^(\w+ed) ((?:1[5-9]|20)\d\d)\b")
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
#: A gloss in lower case closing a rank: "oldest UN agency (telegraph union)" (it spells
#: out the answer's own name).
_GLOSS = re.compile(r"\s*\([a-z][a-z ,&]*\)$")
#: Who a scheme is for, never what it provides ("urban poor": "is for the urban poor").
_BENEFICIARIES = frozenset(
    "poor farmers women girls households workers children elderly youth artisans".split()
)
#: Row nouns whose key feature is what they give: a scheme "provides" it.
PROVIDERS = frozenset(("scheme", "yojana", "programme", "program", "mission", "policy"))


def _predicate(kind: str, part: str, what: str) -> str:
    """One part of a descriptive cell as the predicate of a natural question, or ``""``
    when no natural wording fits (a loose remark such as "no summit since 2014", or a
    feature that is not a rank: "one-horned rhino" is not put as "is known for …")."""
    words = fold(part).split()
    if kind == "added" and words:  # "Bodo, Dogri, Maithili, Santhali": what the row added
        return f"added {_and_list(part)}"
    if not words or _MEMBER_LIST.match(part):
        return ""  # "India, US, Japan, Australia": the members name the grouping
    if kind == "held":  # "procedure must be fair, just & reasonable": what a court held
        clause = _DASHED.split(part)[0].split("→")[0].strip()
        if re.search(r"[=+~]", clause):
            return ""
        deed = re.match(
            r"(?:Upheld|Struck down|Dismissed|Declared|Overruled|Quashed|Read down)\b", clause
        )
        if deed is not None:  # "Upheld the Claims Act …" (holdout 462, weak: "held that Upheld")
            return clause[:1].lower() + clause[1:].replace(" & ", " and ")
        if any(w in _VERBS for w in fold(clause).split()[1:]):
            return f"held that {clause.replace(' & ', ' and ')}"
        return ""
    if kind == "links":
        if _ROUTE_WORDS.search(part) and not any(w in _VERBS for w in words):
            return f"lies on the {_DASHED.sub('–', part)}"
        joined = _JOINS.match(part)
        if joined and not any(w in _VERBS for w in words):
            return f"connects {joined.group(1)} with {joined.group(2)}"
        if words[0] == "near":
            rest = part.split(" ", 1)[1] if " " in part else ""
            return f"lies near {'' if fold(rest).startswith('the ') else 'the '}{rest}"
    seat = _SEAT.match(part)
    if seat:
        return f"has its secretariat in {seat.group(2)}"
    if kind == "offers" and what in PROVIDERS and words[0] not in _VERBS:
        if words[-1] in _BENEFICIARIES:
            return f"is for {'' if words[0] == 'the' else 'the '}{part}"  # "urban poor"
        return f"provides {part.replace(' + ', ' and ')}"
    if words[0] in _VERBS:  # "quashes an order ...": the cell says what the row does
        if "here" in words or "it" in words:
            return ""  # "… runs under it": points back to a row it does not name
        done = _YEAR_AFTER_VERB.sub(r"\1 in \2", part)
        # "revived by Rukmini Devi": a participle and its agent, said of the row
        return f"was {done}" if words[0].endswith("ed") and words[1:2] == ["by"] else done
    if any(w in _VERBS for w in words[1:]):  # "Satluj enters India here": a clause
        return f"is used when {part}" if kind == "used" else ""
    if POINTING.search(part):
        return ""  # "hardware base for all 3 above": the rows above, not a clue (holdout 222)
    rank = _SUPERLATIVE.match(part)
    if rank and fold(part[rank.end() :]).split()[:1] in (["after"], ["before"], ["when"]):
        return ""  # "only after Wellesley (Treaty of Mandsaur)": when, not a rank (holdout 216)
    if rank and re.search(r"\bto [a-z]+$", part):
        return ""  # "first to accept": to accept what, the cell does not say (holdout 216)
    if rank and re.search(r",\s*(?:no|not|without)\b", part):
        return ""  # "only columns, no walls": two notes, no rank (holdout 527, bad)
    if _SUPERLATIVE.match(part) and not _ANY_YEAR.search(re.sub(r"\([^)]*\)", "", part)):
        # "India's first NP (Hailey NP, 1936)" is a rank; "first leaders' summit in 2021"
        # is an event
        part = _GLOSS.sub("", part)
        part = (part if " to " in part else _singular_end(part)).replace(" & ", " and ")
        part = re.sub(r"\bin world\b", "in the world", part)  # "longest in world"
        if _SUPERLATIVE.match(part.split()[0]) and part[1:2].islower():
            part = part[0].lower() + part[1:]  # "Largest site": a cell's capital, mid-sentence
        return (
            f"is {part}"
            if fold(part).startswith(("india", "the ", "world", "asia"))
            else (f"is the {part}")
        )
    if kind == "known" and words[0] in _LANDFORMS and len(words) >= _KIND_WORDS:
        if part[:1].isupper():
            return ""  # "Cave 10 Vishwakarma (…)": a cave's name, not what the row is (352)
        # "lake in a meteorite impact crater in basalt": what the place is (holdout 301)
        return f"is {indefinite(part)} {part}"
    if kind == "finds":  # "dockyard, bead-making": what a site is known for
        items = [i.strip() for i in part.split(",")]
        lacks = [i for i in items if i.startswith("no ")]  # "no citadel": what it lacks
        found = ", ".join(i for i in items if not i.startswith("no "))
        if lacks:
            has = " and ".join(f"has {i}" for i in lacks)
            return f"{has} and is known for its {_and_list(found)}" if found else has
        return f"is known for its {_and_list(part)}"
    if kind == "idea":  # "categorical imperative": what a thinker or a school is known for
        if words[0].endswith("ed") and base_form(words[0]) is not None:
            return part  # "refuted the divine right of kings": what he did, said as it is
        if part[:1] in "\"“'‘":
            return ""
        if has_verb(words[0], loose=False) and words[0].endswith("s"):
            return part  # "rises up from cave floor": what it does, said as it is
        if has_verb(part, loose=False):
            return ""  # "surface water goes underground": a clause, no idea (holdout 350)
        return f"is known for {_the_idea(part)}{_and_list(part)}"
    if kind == "home":  # "red panda, hangul, snow leopard": what lives there
        if len(part.split(",")) > 4:
            return ""  # a list too long to read as one clue
        return f"is home to the {_and_list(part)}"
    if kind == "deals":
        if words[0].endswith("ed"):
            return ""  # "added by the 52nd Amdt": how it came, not what it is about
        part = _DASHED.split(part)[0]  # "biodiversity – Cartagena Protocol (…)": the subject
    if kind == "result" and (what not in _WARS or words[0].endswith("ed")):
        return ""  # "Which committee ended in updated by CPI-AL …?": only a battle ends in
    if kind == "aims" and (words[0] in ("never", "not", "no") or words[0].endswith("ed")):
        return ""  # "never entered into force": its fate, no aim (holdout 754, bad)
    verbs = {"deals": "deals with", "used": "is used for", "aims": "aims at", "result": "ended in"}
    if kind == "deals" and _NOUN_OF.match(part):
        part = f"the {part}"  # "deals with the framework for protecting the ozone layer"
    return f"{verbs[kind]} {part}" if kind in verbs else ""


#: Kinds of place a "known for" cell may open on, saying what the place is.
_LANDFORMS = frozenset(
    "lake lagoon wetland marsh swamp delta estuary crater reservoir island plateau valley "
    "gorge cave caves waterfall glacier peak pass desert forest mangrove".split()
)
#: Words such a cell needs to tell one place from the rest (``high-altitude lake``: many).
_KIND_WORDS = 4


#: A sea's or an ocean's name, which takes "the" (``North Pacific``, ``Bay of Bengal``).
_SEA = re.compile(r"\b(?:Ocean|Sea|Pacific|Atlantic|Arctic)$|^(?:Gulf|Bay) of\b")
#: A compass point in the writer's shorthand before a word (``E slopes of …``, ``N. plains``).
_COMPASS_LEAD = re.compile(r"^(?:[NSEW]|NE|NW|SE|SW)\.?\s+[a-z]")
#: One quality in lower case (``warm``, ``foehn-type``, ``snow-laden``): a word, or an
#: adverb and its word (``very dry``).
_QUALITY = re.compile(r"(?:(?:very|mostly|slightly) )?[a-z]+(?:-[a-z]+)?")


def _a_quality(words: str) -> bool:
    """``warm``, ``sand-laden``, ``very dry``: an everyday word last, so never a name of a
    kind (``foehn``: "is hot, dry and foehn", holdout 191)."""
    return _QUALITY.fullmatch(words) is not None and is_everyday_word(words.split("-")[-1])


#: A singular noun and its "for"/"of" (``framework for …``, ``protection of …``): it reads
#: with "the".
_NOUN_OF = re.compile(r"^[a-z]+(?<!s) (?:for|of)\b")


def _the_idea(part: str) -> str:
    """ "the " before an idea of several words (``categorical imperative``, ``dualism of
    purusha & prakriti``), none before one word (``logic and epistemology``, ``atomism
    (paramanu)``, ``Brahman``: "known for the logic" reads wrong)."""
    first = re.split(r",|\s+(?:and|&)\s+", re.sub(r"\([^()]*\)", "", part), maxsplit=1)[0]
    return "the " if len(first.split()) > 1 else ""


def _and_list(part: str) -> str:
    """``Bodo, Dogri, Maithili, Santhali`` → "Bodo, Dogri, Maithili and Santhali"."""
    return re.sub(r",\s*([^,]+)$", r" and \1", part)


def _singular_end(part: str) -> str:
    """A rank's plural noun made singular, as one row holds it: "largest Central armed
    police forces" (a legend's long form of ``CAPF``) → "… police force"."""
    last = part.split()[-1]
    if last[:1].islower() and len(last) > 3 and last.endswith("s") and last[-2:] not in _NOT_PLURAL:
        return part[:-1]
    return part


_NOT_PLURAL = frozenset(("ss", "us", "is", "ys"))
_RANGE_END = re.compile(r"\b(?:Andes|[Hh]ighlands|Hills|Mountains|Ghats|[Pp]lateau|Alps)$")
