"""The last gate (quizbot/notes/fragments.py): what the learner reads is a clean,
self-contained question, or it is not asked. One test per class the coaches found in
questions generated from notes the generator had never seen."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from itertools import pairwise
from types import SimpleNamespace
from typing import cast
from unittest.mock import patch

from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Mcq,
    Question,
    QuestionBase,
    Short,
    TrueFalse,
)
from quizbot.notes import generate_questions
from quizbot.notes.drafts import Context, Draft, cloze_fill
from quizbot.notes.fragment_keys import (
    blank_in_a_list,
    cued_beside_the_blank,
    key_not_a_fact,
    off_kind_options,
)
from quizbot.notes.fragments import BLANK, label_in_front, not_a_sentence, shown


def _shown(notes: str) -> list[str]:
    found: list[Question] = generate_questions(textwrap.dedent(notes), "n/notes.md")
    return [shown(q) for q in found]


def _keys(notes: str) -> list[str]:
    found = generate_questions(textwrap.dedent(notes), "n/notes.md")
    keys: list[str] = []
    for q in found:
        if isinstance(q, Cloze):
            keys.extend(part.split("|")[0] for part in q.text.split("{{")[1:])
        elif isinstance(q, Short | Mcq):
            keys.append(q.answer.split("|")[0])
    return [k.split("}}")[0] for k in keys]


_CTX = cast(Context, SimpleNamespace(legend={}, proper_words={"indus"}, lower_words={"glossary"}))


def _draft(cls: type[QuestionBase], key: str, kind: str = "name") -> Draft:
    return Draft(cls, {}, "name", "s", key, "u", "h", 1, key_text=key, key_kind=kind)


def _cloze(text: str) -> tuple[Cloze, Draft]:
    key = text.split("{{", 1)[1].split("}}", 1)[0]
    return Cloze(id="", text=text, topic="T"), _draft(Cloze, key)


def _dropped(notes: str, made: Callable[[str], bool], keys: bool = False) -> None:
    """The builders make a question ``made`` picks out of these notes; the gate drops it."""
    of = _keys if keys else _shown
    with patch("quizbot.notes.generate.fragment_gate", lambda *_: None):
        assert any(made(t) for t in of(notes)), "the builders no longer make it"
    assert not any(made(t) for t in of(notes)), "the gate let it through"


def test_a_clean_sentence_is_asked() -> None:
    texts = _shown(
        "# Art\n\n## Dance\n\nThe Sangeet Natak Akademi recognises eight classical dances.\n"
    )
    assert f"The {BLANK} recognises eight classical dances." in texts


def test_class7_a_blank_that_only_qualifies_a_printed_name_is_not_asked() -> None:
    _dropped(
        "# Art\n\n## Bhakti\n\nBasavanna, a minister of the Kalachuri king Bijjala, founded"
        " the Lingayat movement and wrote vachanas.\n",
        lambda t: f"the {BLANK} king Bijjala" in t,
    )


def test_class1_arrows_and_equals_signs_are_never_shown() -> None:
    """ "Kushanas — Kanishka → Saka era 78 CE", "Tolkappiyam = grammar": note shorthand."""
    _dropped(
        "# Ancient\n\n## Post-Maurya\n\n- Kushanas — **Kanishka** → Saka era 78 CE; capital"
        " Purushapura\n- Sangam (Tamil): Cheras, Cholas, Pandyas; Tolkappiyam = grammar\n",
        lambda t: "→" in t or "=" in t,
    )


def test_class1_a_sentence_cut_at_circa_or_starting_mid_sentence_is_not_asked() -> None:
    texts = _shown(
        "# Mauryas\n\n## Sources\n\nChandragupta + Chanakya (Arthashastra, found by R."
        " Shamasastry, 1909). beat Seleucus Nicator (305 BCE) → Greek envoy **Megasthenes**"
        " at Pataliputra wrote Indica.\n"
    )
    assert not [t for t in texts if t.startswith(("beat", "Shamasastry", "CE)"))]


def test_a_full_stop_inside_brackets_or_after_circa_ends_no_sentence() -> None:
    """``… under Harishena (5th c. CE), and …`` and ``(c. 2nd–1st c BCE)`` were cut into
    fragments the gate then dropped, losing the sentence's facts (blind review 25)."""
    from quizbot.notes.sentences import split_sentences

    text = (
        "The murals of the Ajanta caves (Maharashtra) are Buddhist; most belong to the"
        " Vakataka period under Harishena (5th c. CE), and the Padmapani is the best known."
        " An early phase (c. 2nd–1st c BCE) came first. Ajanta became a World Heritage Site."
    )
    sentences = [s for _, s in split_sentences(text)]
    assert len(sentences) == 3
    assert sentences[0].endswith("the best known.")
    assert sentences[1] == "An early phase (c. 2nd–1st c BCE) came first."


def test_class1_asides_and_writer_notes_are_never_shown() -> None:
    _dropped(
        "# Agri\n\n## Crops\n\nCrop needs (important for map + MCQ):\n- Jute – the golden"
        " fibre; flood-plain alluvium; West Bengal leads\n",
        lambda t: "important for" in t or "MCQ" in t,
    )


def test_class2_a_label_in_front_is_not_shown() -> None:
    """ "Quick recap: ___: how exposed …", "DM Act 2005 set up: NDMA – …". (A section label,
    ``Glossary:``, is never put in front: the topic line shows it, see
    ``test_notes_key_facts38``.)"""
    _dropped(
        "# DM\n\n## Terms\n\n- Quick recap:\n  - Hazard: an event, natural or man-made, that can"
        " cause harm\n  - Vulnerability: how exposed and unable to cope a community is\n"
        "  - Mitigation: steps taken before an event to cut its impact\n",
        lambda t: t.startswith("Quick recap:"),
    )


def test_class2_a_label_or_an_aside_is_never_the_answer() -> None:
    _dropped(
        "# DM\n\n## Act\n\nDM Act 2005 set up:\n- NDMA – chaired by the PM\n- nodal body: MHA"
        " for most disasters\n- NB don't mix up: National Disaster Response Fund + SDRF\n",
        lambda k: k.lower().startswith(("nodal", "nb")),
        keys=True,
    )


def test_class3_a_pointer_or_a_private_abbreviation_is_no_subject() -> None:
    _dropped(
        "# Culture\n\n## Dance\n\nAll of them draw their grammar of rasa and mudra from Bharata"
        " Muni's **Natya Shastra**.\n\n## Mauryas\n\nCGM ended as a **Jain** at Shravanabelagola"
        " with Bhadrabahu.\n\n## Temples\n\n**Vesara** mixes the two and belongs to the Deccan.\n",
        lambda t: t.startswith(("All of them", "CGM")) or "the two" in t,
    )


def test_class3_a_sub_bullet_whose_subject_is_its_parent_is_not_asked() -> None:
    _dropped(
        "# Ancient\n\n## Mauryas\n\nAshoka -\n- edicts in **Prakrit**, mostly Brahmi script\n"
        "- son Mahendra & daughter Sanghamitra sent to **Sri Lanka**\n",
        lambda t: t.startswith(("edicts", "son ")),
    )


def test_class4_a_blank_that_is_one_slot_of_a_list_is_not_asked() -> None:
    _dropped(
        "# Agri\n\n## Green Revolution\n\nGains went mostly to wheat and to Punjab, Haryana and"
        " western UP.\n\n## Caves\n\nEllora has Buddhist, Hindu and Jain caves side by side.\n",
        lambda t: f", {BLANK} and" in t or f"{BLANK}, " in t or f"and {BLANK}" in t,
    )


def test_class4_a_blank_that_cuts_a_name_is_not_asked() -> None:
    """ "___ on Oilseeds", "Disaster ___, 2005": half a name is no blank."""
    _dropped(
        "# Agri\n\n## Revolutions\n\nIn 1986 the government launched the Technology Mission"
        " on Oilseeds to raise output.\n",
        lambda t: f"{BLANK} on Oilseeds" in t,
    )
    cloze, draft = _cloze("After the tsunami Parliament passed the Disaster {{Management Act}}.")
    assert blank_in_a_list(cloze, draft, None, _CTX) is not None


def test_class4_a_bracket_that_is_all_the_blank_says_nothing() -> None:
    _dropped(
        "# Agri\n\n## Procurement\n\nFCI (1965) procures food for the central pool.\n",
        lambda t: f"({BLANK})" in t,
    )


def test_class4_a_key_with_quotes_or_a_joining_the_is_not_asked() -> None:
    _dropped(
        "# Art\n\n## Bhakti\n\nChaitanya spread Krishna kirtan in Bengal, and in Maharashtra the"
        ' Warkari saints worshipped Vithoba.\n\n## Painting\n\n"Bani Thani" by Nihal Chand is'
        " the Kishangarh masterpiece.\n",
        lambda k: " the " in k or '"' in k,
        keys=True,
    )


def test_class4_a_month_printed_in_the_name_is_not_asked_with_the_month() -> None:
    """ "When was the August Offer made?" wants the year: "Aug 1940" is half given."""
    short = Short(
        id="", prompt="In which month and year was the August Offer made?", answer="Aug 1940"
    )
    draft = _draft(Short, "Aug 1940", "date")
    assert key_not_a_fact(short, draft, None, _CTX) is not None
    other = Short(
        id="", prompt="In which month and year was the Lahore Resolution passed?", answer="Mar 1940"
    )
    assert key_not_a_fact(other, _draft(Short, "Mar 1940", "date"), None, _CTX) is None


def test_class5_a_bracket_beside_the_blank_is_a_cue() -> None:
    """ "___ (Odisha) is known for …": the state names the dance; a year beside it does not."""
    cloze, draft = _cloze("{{Odissi}} (Odisha) is known for the tribhanga posture.")
    assert cued_beside_the_blank(cloze, draft, None, _CTX) is not None
    cloze, draft = _cloze("The {{New Agricultural Strategy}} (1966) brought HYV seeds.")
    assert cued_beside_the_blank(cloze, draft, None, _CTX) is None


def test_class5_a_word_with_the_answers_root_is_a_cue() -> None:
    """ "Gautami" gives Gautamiputra, "sattras" gives Sattriya, Talakaveri gives Kaveri."""
    notes = (
        "# Geo\n\n## Rivers\n\nThe Kaveri rises at Talakaveri in the Brahmagiri hills of"
        " Karnataka.\n\n## Dance\n\nSattriya began in the sattras of Assam and was made"
        " classical in 2000.\n"
    )
    _dropped(notes, lambda t: t.startswith(f"The Kaveri rises at {BLANK}"))
    assert any(
        t.endswith(f"the sattras of {BLANK} and was made classical in 2000.") for t in _shown(notes)
    )


def test_class5_an_expansion_printed_in_the_topic_line_is_a_cue() -> None:
    found = generate_questions(
        "# Economy\n\n## RBI and monetary policy\n\nThe Monetary Policy Committee (MPC) fixes"
        " the repo rate and meets six times a year.\n",
        "n/e.md",
    )
    assert not any(isinstance(q, Short) and q.prompt.startswith("What does MPC") for q in found)


def test_class5_chronology_is_never_listed_in_a_run_of_its_true_order() -> None:
    found = generate_questions(
        "# Modern\n\n## Timeline\n\n- 1905 – Partition of Bengal announced by Curzon\n"
        "- 1906 – Muslim League founded at Dacca\n- 1907 – Surat Split of the Congress\n"
        "- 1911 – Delhi Durbar of George V held\n",
        "n/m.md",
    )
    (order,) = [q for q in found if isinstance(q, Mcq) and "chronological" in q.prompt]
    listed = order.prompt.split(": ", 1)[1]
    years = {"Partition": 1905, "Muslim": 1906, "Surat": 1907, "Delhi": 1911}
    shown_years = [y for part in listed.split("; ") for w, y in years.items() if w in part]
    assert len(shown_years) == 4
    order_of = sorted(shown_years)
    ranks = [order_of.index(y) for y in shown_years]
    assert all(b != a + 1 for a, b in pairwise(ranks)), "two events listed in their true order"


def test_class6_a_section_name_is_not_used_as_the_kind_of_the_options() -> None:
    """ "Which disaster management is described as …", "Which glossary is …"."""
    found = generate_questions(
        "# DM\n\n## Disaster management\n\n- NDMA: apex body chaired by the Prime Minister\n"
        "- NDRF: specialist force that responds to disasters\n- NIDM: institute that trains"
        " and does research\n- SDMA: state body that the Chief Minister chairs\n",
        "n/d.md",
    )
    prompts = [q.prompt for q in found if isinstance(q, Mcq | Short)]
    assert not any("Which disaster management" in p or "Which glossary" in p for p in prompts)


def test_class6_a_quoted_scrap_is_no_description() -> None:
    found = generate_questions(
        "# Ancient\n\n## Vedic\n\n- Rig Veda: oldest text, 10 mandalas, 1028 hymns\n", "n/v.md"
    )
    assert not any("described as" in getattr(q, "prompt", "") for q in found)


def test_class6_a_list_named_by_a_quoted_scrap_is_not_asked() -> None:
    found = generate_questions(
        "# Art\n\n## Bhakti\n\nPhilosophers followed: Shankaracharya, Ramanuja, Madhva,"
        " Vallabhacharya\n",
        "n/b.md",
    )
    assert not any(isinstance(q, ListQuestion) and "“" in q.prompt for q in found)


def test_class7_an_exact_decimal_and_a_trivial_count_are_not_asked() -> None:
    keys = _keys(
        "# DM\n\n## Exposure\n\nAbout 58.6% of India's land is prone to moderate-to-very-high"
        " intensity earthquakes.\n\n## Temples\n\nHindu temples are grouped into three styles.\n"
    )
    assert "58.6%" not in keys and "three" not in keys
    found = generate_questions(
        "# T\n\n## Temples\n\nHindu temples are grouped into three styles.\n", "n/t.md"
    )
    assert not any(isinstance(q, TrueFalse) for q in found)


def test_class4_a_name_of_a_place_is_right_without_the_place() -> None:
    """ "Vithoba of Pandharpur": "Vithoba" is right; "Bay of Bengal" keeps its "of"."""
    assert cloze_fill("Vithoba of Pandharpur") == "{{Vithoba of Pandharpur|Vithoba}}"
    assert cloze_fill("Bay of Bengal") == "{{Bay of Bengal}}"


def test_class6_descriptions_of_different_kinds_are_no_options() -> None:
    """ "Which best describes Harsh Vardhan Shringla?" among a US President and the PM."""
    mcq = Mcq(
        id="",
        prompt="Which best describes Harsh Vardhan Shringla?",
        options=(
            "US President when India–US deals topped $3 billion",
            "India's Foreign Secretary (2021)",
            "US State Department spokesman",
            "Prime Minister of India",
        ),
        answer="India's Foreign Secretary (2021)",
    )
    draft = Draft(Mcq, {}, "definition", "s", "x", "u", "h", 1, key_text=mcq.answer)
    assert off_kind_options(mcq, draft, None, _CTX) is not None
    same = Mcq(
        id="",
        prompt="Which best describes Fuji?",
        options=("tall volcano", "shield volcano", "cinder volcano", "mud volcano"),
        answer="tall volcano",
    )
    assert off_kind_options(same, draft, None, _CTX) is None


def test_class7_one_sentence_gives_one_cloze() -> None:
    """Two blanks of one sentence would print each other's answers: one is asked, on the
    name before the figure."""
    found = generate_questions(
        "# Agri\n\n## GR\n\nThe dwarf wheats came from Norman Borlaug's work in Mexico and the"
        " rice IR-8 from IRRI in the Philippines.\n\n## ISRO\n\nIn 2017 PSLV-C37 put 104"
        " satellites in orbit in one launch.\n",
        "n/p.md",
    )
    clozes = [q for q in found if isinstance(q, Cloze)]
    assert len(clozes) == 2, [q.text for q in clozes]
    assert any("{{PSLV-C37}}" in q.text for q in clozes)


def test_class2_a_name_before_the_colon_is_kept_only_before_a_question() -> None:
    """ "Indus: Name all five tributaries." carries its subject; a cloze led by a name and
    a colon ("Cold War: India relied …", "Russia and China: …") is a note line: the name
    there is as often a label as a subject."""
    cloze, draft = _cloze("Cold War: India relied on the former {{Soviet Union}} for arms.")
    assert label_in_front(cloze, draft, None, _CTX) is not None
    listed = ListQuestion(id="", prompt="Indus: Name all five tributaries.", answer=("a", "b"))
    assert label_in_front(listed, _draft(ListQuestion, "a"), None, _CTX) is None
    glossary = Short(id="", prompt="Glossary: Which term is described as “x y z”?", answer="a")
    assert label_in_front(glossary, _draft(Short, "a"), None, _CTX) is not None


# Round 4: questions the round-3 coach judged good that the gate had dropped come back.


def test_round4_a_term_asked_from_its_definition_after_a_dash_or_colon_is_asked() -> None:
    """``Art 19 – six freedoms …``, ``Gujral Doctrine (1996) – non-reciprocity: …``,
    ``Marginal Standing Facility: overnight emergency borrowing …; ceiling of the
    corridor`` (coach: good); a year before a dash is a timeline's note, not a term."""
    texts = _shown(
        "# Polity\n\n## FRs\n\n- Art 19 – six freedoms, for citizens only (speech, assembly,"
        " association, movement, residence, profession)\n\n## Policies\n\n- Gujral Doctrine"
        " (1996) – non-reciprocity: India gives to smaller neighbours without asking for equal"
        " return\n\n## Tools – glossary\n\n- Marginal Standing Facility (MSF): overnight"
        " emergency borrowing by banks, who can dip into their SLR; ceiling of the corridor\n\n"
        "## DM timeline\n\n- 2009 – National Policy on DM\n"
    )
    # an article is asked which it is (quizbot/notes/head_identify.py): the cloze "___ – six
    # freedoms …" was judged weak
    assert "Which article is this: six freedoms, for citizens only (speech, assembly," in (
        " ".join(texts)
    )
    assert any(t.startswith(f"{BLANK} (1996) – non-reciprocity") for t in texts)
    # asked, and then as a question rather than the line (quizbot/notes/line_questions.py)
    assert (
        "Which facility allows overnight emergency borrowing by banks, who can dip into their"
        in (" ".join(texts))
    )
    assert f"{BLANK} – National Policy on DM" not in texts


def test_round4_a_short_verb_in_ed_is_a_verb() -> None:
    """``Qutbuddin Aibak died in ___ after falling from his horse`` (coach: good) has a
    verb."""
    question, draft = _cloze(
        "Qutbuddin Aibak died in {{1210}} after falling from his horse during a game of"
        " chaugan (polo)."
    )
    assert not_a_sentence(question, draft, None, _CTX) is None


def test_round4_the_answers_kind_word_in_the_question_is_no_cue() -> None:
    """``Which convention of 1998 deals with prior informed consent …?`` → Rotterdam
    Convention (coach: good): "convention" says what kind, not which."""
    question = Short(
        id="",
        prompt="Which convention of 1998 deals with prior informed consent (PIC)?",
        answer="Rotterdam Convention",
        topic="Environment › Conventions",
    )
    assert (
        cued_beside_the_blank(question, _draft(Short, "Rotterdam Convention"), None, _CTX) is None
    )


def test_round4_a_pair_of_dashes_round_an_aside_is_punctuation() -> None:
    """``… which Vikram Sarabhai – the "father of the Indian space programme" – had set
    up.``: a sentence, not dash shorthand."""
    question, draft = _cloze(
        "ISRO was formed on 15 August 1969, taking over from {{INCOSPAR}} (1962), which Vikram"
        ' Sarabhai – the "father of the Indian space programme" – had set up.'
    )
    assert not_a_sentence(question, draft, None, _CTX) is None


def test_round4_a_carried_name_may_stand_before_a_term_asked_from_its_definition() -> None:
    """``China: ___ (1954) – five principles …`` (coach: good): the parent's name, not a
    label; ``Glossary: ___: …`` stays dropped."""
    ctx = cast(
        Context,
        SimpleNamespace(legend={}, proper_words={"china"}, lower_words={"glossary"}),
    )
    question, draft = _cloze(
        "China: {{Panchsheel}} (1954) – five principles, in the agreement on trade with the"
        " Tibet region"
    )
    assert label_in_front(question, draft, None, ctx) is None
    assert not_a_sentence(question, draft, None, ctx) is None
    label, draft = _cloze("Glossary: {{Urs}}: a saint's death anniversary")
    assert label_in_front(label, draft, None, ctx) is not None


def test_round4_an_expansion_may_hold_the_and_a_name_may_not() -> None:
    """``What does SAGAR stand for?`` → ``Security And Growth for All in the Region``: the
    expansion's own ``the``; ``Maharashtra the Warkari`` still runs across a phrase."""
    question = Short(id="", prompt="What does SAGAR stand for?", answer="x", topic="T")
    expansion = Draft(
        Short,
        {},
        "abbreviation",
        "s",
        "SAGAR",
        "u",
        "h",
        1,
        key_text="Security And Growth for All in the Region",
        key_kind="term",
    )
    assert key_not_a_fact(question, expansion, None, _CTX) is None
    name = _draft(Short, "Maharashtra the Warkari")
    assert key_not_a_fact(question, name, None, _CTX) is not None


def test_round4_an_arrow_before_a_past_verb_reads_as_a_space() -> None:
    """``Shishunaga → annexed Avanti`` says what Shishunaga did; ``Look East → upgraded to
    Act East`` is passive and keeps its arrow (so the gate drops it)."""
    from quizbot.notes.shorthand import has_shorthand, write_out

    assert write_out("Shishunaga → annexed Avanti") == "Shishunaga annexed Avanti"
    assert has_shorthand("2013 – Mangalyaan (PSLV-C25) → reached Mars orbit")
    passive = "Look East (1991) → upgraded to Act East (2014)"
    assert write_out(passive) == passive


def test_round4_a_heading_word_that_is_also_a_verb_is_still_a_label() -> None:
    """``Rise of Magadha: Shishunaga annexed ___``: "Rise" opens a label, not a clause;
    ``Arrange these events …:`` still opens a question."""
    question, draft = _cloze("Rise of Magadha: Shishunaga annexed {{Avanti}}")
    assert label_in_front(question, draft, None, _CTX) is not None
    arrange = Mcq(
        id="",
        prompt="Arrange these events in chronological order: 1. A; 2. B",
        options=("1-2", "2-1"),
        answer="1-2",
        topic="T",
    )
    assert label_in_front(arrange, _draft(Mcq, "1-2"), None, _CTX) is None


def test_round4_a_state_beside_the_blank_says_where_not_which() -> None:
    """``Brahmaputra: ___ (Assam) – largest river island of India`` asks Majuli; the state
    gives nothing away. ``___ (Odisha)`` for Odissi shares its root and is a cue;
    ``(Vidisha)`` for Besnagar is a town, not a state, and stays a cue."""
    majuli, draft = _cloze("Brahmaputra: {{Majuli}} (Assam) – largest river island of India")
    assert cued_beside_the_blank(majuli, draft, None, _CTX) is None
    odissi, draft = _cloze("{{Odissi}} (Odisha) – tribhanga and chauka postures")
    assert cued_beside_the_blank(odissi, draft, None, _CTX) is not None
    besnagar, draft = _cloze("Heliodorus set up the Garuda pillar at {{Besnagar}} (Vidisha).")
    assert cued_beside_the_blank(besnagar, draft, None, _CTX) is not None


def test_round4_one_dash_between_two_clauses_of_a_sentence_is_punctuation() -> None:
    """``The word "budget" is not in the Constitution – Art 112 calls it the ___.``"""
    question, draft = _cloze(
        'The word "budget" is not in the Constitution – Art 112 calls it the'
        " {{Annual Financial Statement}}."
    )
    assert not_a_sentence(question, draft, None, _CTX) is None
    scrap, draft = _cloze("Lodis – Bahlul Lodi founder; Sikandar Lodi founded {{Agra}}.")
    assert not_a_sentence(scrap, draft, None, _CTX) is not None


def test_round4_a_designation_beside_the_blank_is_no_cue() -> None:
    """``2013 – ___ (PSLV-C25) reached Mars orbit``: the launcher's code says nothing of
    the mission's name."""
    question, draft = _cloze("2013 – {{Mangalyaan}} (PSLV-C25) reached Mars orbit in 2014.")
    assert cued_beside_the_blank(question, draft, None, _CTX) is None


def test_a_line_that_opens_on_its_verb_is_not_asked_as_it_stands() -> None:
    notes = (
        "# Constitution\n\n## Making\n\nTook 2 years 11 months 18 days and 11 sessions to finish.\n"
    )
    assert not [q for q in generate_questions(notes, "n/c.md") if isinstance(q, Cloze)]


def test_a_country_is_not_asked_as_a_term_of_its_contribution() -> None:
    notes = (
        "# Constitution\n\n## Sources\n\n"
        "- Weimar Germany – suspension of FRs during Emergency\n"
        "- South Africa – procedure for amendment, election of RS members\n"
    )
    found = generate_questions(notes, "n/c.md")
    assert not [q for q in found if "Germany" in str(getattr(q, "answer", ""))]
    assert not [q for q in found if isinstance(q, Cloze) and "South Africa" in q.text]


def test_a_sentence_whose_his_is_the_person_of_the_sentence_before_is_not_asked() -> None:
    notes = (
        "# Vijayanagara\n\n## Krishnadevaraya\n\n"
        "Krishnadevaraya (1509–1529) was the greatest of the Tuluvas. Eight Telugu poets, "
        "the **Ashtadiggajas**, adorned his court.\n"
    )
    shown = [q.text for q in generate_questions(notes, "n/v.md") if isinstance(q, Cloze)]
    assert not [t for t in shown if "his court" in t]


def test_an_acronym_whose_words_are_printed_is_not_asked() -> None:
    notes = (
        "# Elections\n\n## Terms\n\n"
        '- NOTA: "None of the Above", a ballot option; cannot unseat a winner\n'
        "- VVPAT: paper slip shown for 7 seconds after a vote\n"
    )
    found = generate_questions(notes, "n/e.md")
    assert not [q for q in found if "NOTA" in str(getattr(q, "answer", "")) + q.stem]


def test_an_article_before_a_blank_does_not_tell_the_answer_s_first_sound() -> None:
    notes = "# ECI\n\n## CEC\n\n- The CEC can be removed only like an SC judge, by Parliament.\n"
    shown = [q.text for q in generate_questions(notes, "n/e.md") if isinstance(q, Cloze)]
    assert not [t for t in shown if " an {{" in t]


def test_a_date_line_of_a_death_gets_no_event_question() -> None:
    from quizbot.notes.timeline_questions import when_question

    assert when_question("Jatin Das d. after 63-day hunger strike, Lahore jail", "month") is None


def test_the_first_with_its_noun_names_a_subject() -> None:
    notes = (
        "# ECI\n\n## Set-up\n\n"
        "The ECI was set up on 25 January 1950. The first CEC was **Sukumar Sen**, who ran "
        "the 1951–52 polls.\n"
    )
    shown = [q.text for q in generate_questions(notes, "n/e.md") if isinstance(q, Cloze)]
    assert any("The first CEC was {{Sukumar Sen" in t for t in shown)


def test_an_ordinal_before_a_participle_is_no_fact() -> None:
    """``VVPAT ___ used at Noksen`` keyed ``1st`` (judged bad in blind review 26)."""
    texts = _shown(
        "# Elections\n\n## ECI\n\nThe VVPAT was 1st used at Noksen in Nagaland in 2013.\n"
    )
    assert not [t for t in texts if f"was {BLANK} used" in t]
