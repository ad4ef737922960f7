"""The classes found on the ninth session's fresh notes (holdouts 99–101), each on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Match, Mcq, Short
from quizbot.notes import generate_questions
from quizbot.notes.bullet_match import PROMPT_OPENING, explanation
from quizbot.notes.clauses import clause_of_blank
from quizbot.notes.dated_lines import dated_sentence
from quizbot.notes.match_regroup import without_asked_pairs
from quizbot.notes.tenses import past_tense
from tests.unit.notes_support import short_questions, shown_texts

_REFORMERS = (
    "# Modern India – Governors-General\n\n## Annexation and reform\n\n"
    "- Lord Dalhousie (1848–56)\n"
    "  - railways & telegraph – first line Bombay to Thane (1853)\n"
    "  - **Doctrine of Lapse** – Satara, Jhansi, Nagpur annexed\n"
    "  - **Wood's Despatch** (1854) – the Magna Carta of English education\n"
    "- Lord Ripon (1880–84)\n"
    "  - **local self-government** resolution (1882)\n"
    "  - repealed the Vernacular Press Act\n"
)


def test_a_verbless_bold_line_under_a_person_is_asked_as_his() -> None:
    """ "Lord Dalhousie (1848–56)" over "**Doctrine of Lapse** – …": the sub-bullet names
    what he is remembered for, with no verb; a cloze of it shows his name as a label, which
    is no sentence. "With whom is it associated?" is what the notes say, once per person."""
    asked = {q.prompt: q.answer for q in short_questions(_REFORMERS).values()}
    assert asked["With whom is Doctrine of Lapse associated?"] == "Lord Dalhousie"
    ripon = "With whom is the local self-government resolution (1882) associated?"
    assert asked[ripon] == "Lord Ripon"
    dalhousie = [p for p, a in asked.items() if a == "Lord Dalhousie" and "associated" in p]
    assert len(dalhousie) == 1  # "Wood's Despatch" too would ask his name a second time


def test_no_person_no_association() -> None:
    """A dynasty (a plural) and an event with years are not persons; a sub-bullet with a
    verb is a deed, asked with its subject."""
    asked = short_questions(
        "# Ancient India\n\n## Dynasties\n\n"
        "- Satavahanas (c. 230 BC–220 AD)\n"
        "  - **Gautamiputra Satakarni** – greatest ruler\n"
        "- Non-Cooperation Movement (1920–22)\n"
        "  - **Tilak Swaraj Fund** – ₹1 crore\n"
        "- Kanishka (127–150)\n"
        "  - convened the **Fourth Buddhist Council** in Kashmir\n"
    )
    assert not any("associated" in q.prompt for q in asked.values())


def test_a_blank_subject_may_stand_before_an_aside() -> None:
    """ "___, approved in 2002, remains the only GM crop …; it carries …": the clause that
    holds the blank stands alone once its comma-aside is read as one."""
    cut = clause_of_blank(
        Cloze(
            id="x",
            text="{{Golden rice}}, developed in 2000, carries a beta-carotene gene; it is "
            "not grown in India",
        )
    )
    assert cut is not None
    assert cut.text == "{{Golden rice}}, developed in 2000, carries a beta-carotene gene."


def test_a_timeline_lead_in_is_no_subject() -> None:
    """ "Timeline:" over dated lines is the writer's label: shown before each line it made
    every question "Timeline: 1866 – ___ …", which the last gate turns away."""
    texts = shown_texts(
        "# Physics history\n\n## Particles\n\nSome history of the field.\n\n"
        "Timeline:\n"
        "- 1897 – **J.J. Thomson** discovered the electron at Cambridge\n"
        "- 1932 – **James Chadwick** discovered the neutron at Cambridge\n"
    )
    assert "In 1897, {{J.J. Thomson}} discovered the electron at Cambridge." in texts
    assert not any(t.startswith("Timeline:") for t in texts)


def test_a_dated_present_is_put_in_the_past() -> None:
    """ "1935 – Tansley coins 'ecosystem'": a timeline's historic present, read as the past
    it is dated in; the notes' latest year may be a target and keeps its present."""
    coined = dated_sentence(Cloze(id="x", text="1897 – {{Thomson}} finds the electron"), 2000)
    assert isinstance(coined, Cloze)
    assert coined.text == "In 1897, {{Thomson}} found the electron."
    target = dated_sentence(Cloze(id="x", text="2070 – {{India}} reaches net zero"), 2070)
    assert target is None or "reaches" in target.text
    aim = dated_sentence(Cloze(id="x", text="2030 – {{India}} aims for 500 GW"), 2070)
    assert aim is None or "aims" in aim.text


def test_past_tense_of_a_present() -> None:
    pasts = {v: past_tense(v) for v in "coins abolishes wins bans carries frees meets".split()}
    assert pasts == {
        "coins": "coined",
        "abolishes": "abolished",
        "wins": "won",
        "bans": "banned",
        "carries": "carried",
        "frees": "freed",
        "meets": "met",
    }
    assert past_tense("grass") is None


def test_a_year_then_its_day_in_brackets_is_a_date() -> None:
    """ "1917 (7 Nov) – **October Revolution** …": the date as a timeline writes it, day
    and month after the year; an event the notes call a storming, a siege or a coup is
    asked when it took place."""
    asked = short_questions(
        "# World history\n\n## Russia\n\n"
        "- 1905 (22 Jan) – **Bloody Sunday** massacre → strikes across Russia\n"
        "- 1917 (7 Nov) – **Storming of the Winter Palace** → Bolsheviks in power\n"
        "- 1917 (Jul) – July Days uprising crushed; Lenin flees to Finland\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert prompts["On what date did the Storming of the Winter Palace take place?"] == (
        "7 Nov 1917"
    )
    assert prompts["On what date did the Bloody Sunday massacre take place?"] == "22 Jan 1905"


def test_a_declaration_is_adopted() -> None:
    """A timeline's declaration is asked when it was adopted: "signed" fits a treaty, not
    the Universal Declaration of Human Rights."""
    asked = short_questions(
        "# World history\n\n## UN\n\n"
        "- 10 Dec 1948 – **Universal Declaration of Human Rights** (Paris)\n"
    )
    assert any(
        q.prompt.startswith("On what date was the Universal Declaration of Human Rights")
        and q.prompt.endswith("adopted?")
        for q in asked.values()
    )


def test_who_coined_a_term_is_asked() -> None:
    """ "**Ecosystem** → term by **A.G. Tansley (1935)**; …": the shorthand names who gave a
    term its name, which an examiner asks; a body is no coiner."""
    asked = {
        q.prompt: q.answer
        for q in short_questions(
            "# Economics\n\n## Terms\n\n"
            "- **Green Revolution** → term coined by **William Gaud** (1968); HYV seeds\n"
            "- **Biodiversity** – word by Walter Rosen (1985); variety of life\n"
            "- **Sustainable development** – term by UNEP; meets present needs\n"
        ).values()
    }
    assert asked["Who coined the term “Green Revolution” (1968)?"] == "William Gaud"
    assert asked["Who coined the term “Biodiversity” (1985)?"] == "Walter Rosen"
    assert not any("Sustainable" in p for p in asked)


def test_parts_of_a_thing_name_the_options() -> None:
    """Under "Parts of a stupa:", a term is asked as "Which part of a stupa …?", and the
    lead-in is not printed again in front of it (the last gate turned it away as a label)."""
    texts = shown_texts(
        "# Art and culture\n\n## Buddhist architecture\n\nStupas hold relics.\n\n"
        "Parts of a stupa:\n"
        "- **Anda** – hemispherical dome over the relic chamber\n"
        "- **Harmika** – square railing on top of the dome\n"
        "- **Chhatra** – triple umbrella over the harmika, for the three jewels\n"
        "- **Torana** – carved gateway at each of four directions\n"
    )
    parts = [t for t in texts if t.startswith("Which part of a stupa is described as")]
    assert parts
    assert not any(t.startswith("Parts of a stupa:") for t in texts)


def test_words_before_a_name_are_no_part_of_it() -> None:
    """ "At the Calcutta session": the article after a leading "At"; "Mostly English-educated
    lawyers": an adverb and a describing word are no name to blank."""
    from quizbot.notes.names import find_names

    assert [n.text for n in find_names("At the Calcutta session (1906) Naoroji spoke")] == [
        "Calcutta",
        "Naoroji",
    ]
    assert [n.text for n in find_names("Mostly English-educated lawyers met")] == []
    assert [n.text for n in find_names("Congress-backed INTUC (1947)")] == ["INTUC"]


def test_one_part_of_a_whole_is_not_blanked_as_the_subject() -> None:
    """ "The ___ was part of Gondwanaland": every other part is as right."""
    texts = shown_texts(
        "# Geography\n\n## Continents\n\n"
        "The **Deccan plateau** was part of Gondwanaland, the southern supercontinent.\n"
    )
    assert not any(t.startswith("The {{Deccan plateau}} was part of") for t in texts)


def test_a_label_lead_in_is_no_owner() -> None:
    """ "Features:" over "higher educn **GER 50% by 2035**": no "Features' higher educn"."""
    texts = shown_texts(
        "# Education\n\n## Policy\n\n**NEP 2020** replaced NPE 1986. Features:\n"
        "- **5+3+3+4** structure replaces 10+2\n"
        "- higher educn **GER 50% by 2035**\n"
    )
    assert not any("Features'" in t for t in texts)


def test_a_row_whose_clue_another_row_shares_is_asked_among_options() -> None:
    """ "Which provision deals with welfare of labour & working conditions?" fits the "Living
    wage & welfare of labour" row's Art. 43 as well: typed, both are right; as a choice, Art.
    43 is no option."""
    asked = generate_questions(
        "# Labour welfare\n\n## Constitutional base (quick recall)\n"
        "| Subject | Provision | Note |\n|---|---|---|\n"
        "| Welfare of labour & working conditions, pensions | **Art. 42** (DPSP) "
        "| just and humane conditions |\n"
        "| Living wage & welfare of labour | **Art. 43** (DPSP) | a living wage |\n"
        "| Trade unions | Entry 22, Concurrent List | Trade Unions Act 1926 |\n"
        "| Ban on child labour below 14 yrs | **Art. 24** (FR) | in factories, mines |\n"
        "| Equal pay for equal work | Art. 39(d) (DPSP) | read into Art. 14 by courts |\n"
        "| Workers in management | Art. 43A | inserted by **42nd Amendment (1976)** |\n",
        "labour.md",
    )
    (welfare,) = [q for q in asked if "working conditions" in getattr(q, "prompt", "")]
    assert isinstance(welfare, Mcq)
    assert "Art. 43 (DPSP)" not in welfare.options


def test_a_group_is_formed() -> None:
    """ "1980 – People's War Group (PWG) → …" is a group formed, though "war" is in its name;
    a participle's bracket is its subject's ("CPI (ML) formed by …" asks of CPI (ML), not of
    CPI)."""
    texts = shown_texts(
        "# Security\n\n## Left-wing extremism\n\nTimeline:\n"
        "- 1967 – Naxalbari uprising in West Bengal\n"
        "- 1969 – **CPI (ML)** formed by Charu Majumdar\n"
        "- 1980 – **People's War Group (PWG)** → Kondapalli Seetharamaiah, Andhra\n"
        "- 2004 – CPI (Maoist) formed by merger of PWG and MCC\n"
        "- 2009 – CPI (Maoist) banned under UAPA\n"
    )
    assert not any("did the People's War Group" in t for t in texts)
    assert "Who formed CPI (ML) in 1969?" in texts
    assert "Who formed CPI?" not in texts


def test_a_variant_of_the_key_is_no_distractor() -> None:
    """ "LVM3 (earlier GSLV Mk III)" beside "GSLV – cryogenic upper stage": LVM3 is a GSLV,
    and would be a second right option."""
    asked = generate_questions(
        "# Science\n\n## Rockets\n\nLaunch vehicles:\n"
        "- **PSLV** – 4 stages, alternating solid and liquid\n"
        "- **GSLV** – uses an indigenous cryogenic upper stage\n"
        "- **LVM3** (earlier GSLV Mk III) – heaviest; launched Chandrayaan-3\n"
        "- **SSLV** – small satellites up to 500 kg, quick turnaround\n"
        "- **RLV** – reusable winged launch vehicle, still on trial\n",
        "rockets.md",
    )
    (cryogenic,) = [q for q in asked if isinstance(q, Mcq) and "cryogenic" in q.prompt]
    assert cryogenic.answer == "GSLV"
    assert "LVM3" not in cryogenic.options


def test_a_thinkers_deed_is_said_as_his() -> None:
    """ "| John Locke | … | refuted divine right of kings |": "Which thinker refuted …?", not
    "known for the refuted …"."""
    texts = shown_texts(
        "# Political thought\n\n## Thinkers\n\n"
        "| Thinker | Work | Core idea |\n|---|---|---|\n"
        "| John Locke | Two Treatises | refuted divine right of kings |\n"
        "| Montesquieu | The Spirit of the Laws | separation of powers |\n"
        "| Rousseau | The Social Contract | general will |\n"
        "| Hobbes | Leviathan | absolute sovereign |\n"
    )
    assert not any("known for the refuted" in t for t in texts)


def test_a_field_label_is_no_term() -> None:
    """ "Religion: sun god Ra supreme" and "Society: …" over sub-bullets: the writer's field
    of a note, keyed as if a term ("___: nature gods, no temples", holdouts 102 and 104,
    bad)."""
    texts = shown_texts(
        "# Ancient Egypt\n\n## Old Kingdom (c. 2700–2200 BCE)\n\n"
        "- Religion: sun god Ra supreme; pharaoh a living god\n"
        "  - **Ra** – sun god, chief deity\n  - **Osiris** – god of the dead\n"
        "- Society: pharaoh → priests & nobles; scribes valued\n"
        "  - **scribes** – literate officials\n  - slaves from wars\n"
    )
    assert not any("Religion" in t or "sun god Ra supreme" in t for t in texts)


def test_a_list_is_no_blank_and_its_count_no_question() -> None:
    """ "a balancing act between ___" keyed "access, affordability, security & climate"
    (holdout 103, bad): the list's choice and order are the writer's; and "ticks all ___"
    is given away by the list before it."""
    texts = shown_texts(
        "# Water policy\n\n## Goals\n\n"
        "India = 2nd largest user of groundwater. So water policy is a balancing act b/w "
        "**drinking, irrigation, industry & ecology** – basin planning is the only option "
        "that serves all four in the long run.\n"
    )
    assert texts == []


def test_the_state_of_a_thing_named_after_its_city_is_not_asked() -> None:
    """ "In which Indian state is Mumbai?" of a ports table (holdout 104, bad); a port named
    after a person is called a port ("the Deendayal port", not "Deendayal")."""
    texts = shown_texts(
        "# Economy\n\n## Ports\n\n"
        "| Coast | Major port | State | Remember |\n|---|---|---|---|\n"
        "| West | Mumbai | Maharashtra | natural harbour |\n"
        "| West | Deendayal (Kandla) | Gujarat | tidal port |\n"
        "| West | Mormugao | Goa | iron ore export |\n"
        "| East | Chennai | Tamil Nadu | oldest artificial harbour |\n"
        "| East | Paradip | Odisha | deepest on east coast |\n"
        "| East | Haldia | West Bengal | dock system of Kolkata port |\n"
    )
    assert "In which Indian state is the Deendayal port?" in texts
    assert not any(t.endswith(("state is Mumbai?", "state is Chennai?")) for t in texts)


def test_a_recurring_act_name_is_not_asked_its_year() -> None:
    """ "1919 – GoI Act → …": 1858, 1919 or 1935? Only its year says which (holdout 103,
    bad); a bill is introduced (it may be defeated: "passed LS, defeated in RS"); a named
    owner's resolution takes no article ("the Lord Mayo's")."""
    texts = shown_texts(
        "# Modern India\n\n## Local government – timeline\n\n"
        "- 1870 – Lord Mayo's resolution → financial decentralisation\n"
        "- 1882 – Lord Ripon's resolution → local self-government\n"
        "- 1919 – GoI Act → local self-govt a transferred subject\n"
        "- 1935 – GoI Act → provincial autonomy\n"
        "- 1989 – 64th Amendment Bill → passed LS, defeated in RS\n"
        "- 1992 – 73rd Amendment → Panchayati Raj\n"
    )
    assert not any("GoI Act" in t and t.startswith("In which year") for t in texts)
    assert not any("Bill passed" in t or "the Lord Mayo" in t for t in texts)


def test_a_recurring_act_is_no_event_to_order() -> None:
    """ "4. Indian Councils Act" among events to put in order (holdout 99): 1861, 1892 or
    1909?"""
    texts = shown_texts(
        "# Modern India\n\n## Extremist phase – timeline\n\n"
        "- 1905 – Partition of Bengal by Curzon\n"
        "- 1906 – Muslim League founded at Dacca\n"
        "- 1907 – Surat split of the Congress\n"
        "- 1909 – Indian Councils Act\n"
        "- 1911 – Partition annulled at Delhi Durbar\n"
    )
    (order,) = [t for t in texts if t.startswith("Arrange")]
    assert "Councils Act" not in order


def test_a_committee_table_asks_who_recommended_what() -> None:
    """ "| Committee | Year | Key recommendation |" (holdout 103: none of its rows asked):
    "Which committee of 1957 recommended 3-tier PRI?" from the recommendation's first
    part."""
    texts = shown_texts(
        "# Education\n\n## Commissions\n\n"
        "| Commission | Year | Key recommendation |\n|---|---|---|\n"
        "| Hunter | 1882 | **primary education** through local boards; grants-in-aid |\n"
        "| Sadler | 1917 | **12-year school course**; intermediate colleges |\n"
        "| Radhakrishnan | 1948 | **rural universities**; UGC on UK lines |\n"
        "| Kothari | 1964 | **10+2+3 pattern**; 6% of GDP on education |\n"
    )
    assert "Which commission of 1882 recommended primary education through local boards?" in texts
    assert "Which commission of 1917 recommended 12-year school course?" in texts


def test_a_timeline_of_a_subject_is_a_label_and_a_model_act_is_released() -> None:
    """ "Reform timeline:" over dated lines is a label like "Timeline:" (holdout 101: three
    key facts lost to "Reform timeline: 2003 – …"); a model act is the Centre's template,
    released, not passed."""
    texts = shown_texts(
        "# Agriculture\n\n## Markets\n\nMarkets are regulated by states.\n\n"
        "Reform timeline:\n"
        "- 2003 – **Model APMC Act** → private markets, direct purchase\n"
        "- 2006 – **Bihar** repealed its APMC Act\n"
        "- 2016 – **e-NAM** launched → online trading portal\n"
    )
    assert not any(t.startswith("Reform timeline") for t in texts)
    assert "In 2006, {{Bihar}} repealed its APMC Act." in texts
    assert not any("Model APMC Act passed" in t for t in texts)


def test_a_word_that_describes_a_printed_name_is_no_key() -> None:
    """ "helped by his ___ adviser Kautilya" keyed "Brahmin" (holdout 105, bad): "chief",
    "trusted" or "political" fit as well."""
    texts = shown_texts(
        "# Medieval India\n\n## Vijayanagara\n\n"
        "Harihara and Bukka founded the empire in 1336, guided by their Brahmin teacher "
        "Vidyaranya (Madhava) of the Sringeri math.\n"
    )
    assert not any("their {{Brahmin}}" in t for t in texts)


def test_a_persons_vague_line_is_not_asked_as_written() -> None:
    """ "___ – anti-Brahmin, lower-caste uplift" keyed Jyotiba Phule (holdout 106, bad):
    a few words of a cause fit every reformer of it."""
    texts = shown_texts(
        "# Modern India\n\n## Reformers of the south\n\n"
        "- **Sree Narayana Guru** – social equality, temple entry\n"
        "- **E.V. Ramasamy** – rationalism, self-respect\n"
        "- **Ayyankali** – Sadhu Jana Paripalana Sangham (1907)\n"
    )
    assert not any(t.startswith(("{{Sree Narayana Guru}} –", "{{E.V. Ramasamy}} –")) for t in texts)


def test_a_plural_row_name_takes_are() -> None:
    """ "In which Indian state is NDFB & Bodo groups?" (holdout 100): two groups are; an
    acronym keeps its column's noun unless its letters hold it ("the MNF group", "JNPA")."""
    texts = shown_texts(
        "# Security\n\n## Insurgent groups\n\n"
        "| Group | State | Founded |\n|---|---|---|\n"
        "| MNF | Mizoram | 1961 |\n"
        "| NDFB & Bodo groups | Assam | 1986 |\n"
        "| NSCN | Nagaland | 1980 |\n"
        "| PLA | Manipur | 1978 |\n"
        "| TNV | Tripura | 1978 |\n"
    )
    assert "In which Indian state are the NDFB & Bodo groups?" in texts
    assert "In which Indian state is the MNF group?" in texts


def test_a_timeline_lines_first_clause_is_its_dated_fact() -> None:
    """ "1906 – Muslim League founded at Dacca (30 Dec); Calcutta session adopts Swaraj":
    the first clause is the dated fact, the rest another note (holdout census: 15 key facts
    lost to raw timeline lines); a compound verb's past is its verb's ("upheld")."""
    texts = shown_texts(
        "# Modern India\n\n## Left movements – timeline\n\n"
        "- 1925 – **CPI** founded at **Kanpur** (Dec); RSS set up the same year\n"
        "- 1929 – **Meerut Conspiracy Case** begins → 31 labour leaders tried\n"
        "- 1936 – **AIKS** formed at Lucknow → Sahajanand Saraswati president\n"
    )
    assert "In 1925, {{CPI}} was founded at Kanpur (Dec)." in texts
    assert "In 1929, {{Meerut Conspiracy Case}} began." not in texts  # too little left
    assert past_tense("upholds") == "upheld"


_AMENDMENTS = (
    "# Polity\n\n## Amendments\n\nImp. amendments:\n"
    "- 24th (1971) – Parliament's power to amend FRs affirmed\n"
    "- 31st (1973) – Lok Sabha seats raised from 525 to 545\n"
    '- 42nd (1976) – the "mini-Constitution"\n'
    "- 73rd (1992) – Panchayati Raj, **Eleventh Schedule**\n"
    "- 86th (2002) – **Art 21A** inserted; free & compulsory education\n"
    "- 1st (1951) – Ninth Schedule\n- 7th (1956) – states reorganised\n"
    "- 101st (2016) – GST\n- 103rd (2019) – EWS quota\n"
)


def test_a_list_of_amendments_asks_each_its_ordinal() -> None:
    """ "52nd (1985) – anti-defection law, Tenth Schedule" under "Imp. amendments:" (a corpus
    key fact never asked: the cloze kept its dash): "Which amendment …?" in the line's own
    words, and "Imp. …:" is a label, not a subject to print."""
    asked = {q.prompt: q.answer for q in short_questions(_AMENDMENTS).values()}
    assert asked["Which amendment (1976) is called the “mini-Constitution”?"] == "42nd Amendment"
    assert asked[
        "Which amendment (1992) is associated with the Panchayati Raj, Eleventh Schedule?"
    ] == ("73rd Amendment")
    assert asked["Which amendment (1973) raised the Lok Sabha seats from 525 to 545?"] == (
        "31st Amendment"
    )
    assert "Which amendment (2002) inserted Art 21A?" in asked


def test_a_common_noun_after_in_is_no_blank() -> None:
    """ "NARCL was announced in ___" keyed "Budget" (holdout 102, bad): February, Parliament
    or 2021-22 fit as well."""
    texts = shown_texts(
        "# Economy\n\n## Timeline\n\n"
        "- 2016 – **Twin balance sheet** problem named in Survey\n"
        "- 2019 – SC upholds IBC (**Swiss Ribbons**, Jan 2019)\n"
        '- 2021 – NARCL ("bad bank") announced in Budget\n'
    )
    assert not any("announced in {{Budget}}" in t for t in texts)


def test_a_matchs_explanation_holds_its_own_pairs() -> None:
    """A match left with fewer pairs (the rest asked one by one) explained pairs it no longer
    asked ("42nd Amendment – the mini-Constitution" beside 1st, 7th, 101st, 103rd)."""
    pairs = tuple((f"Case {c}", f"held {c.lower()}") for c in "ABCDEF")
    match = Match(
        id="m",
        prompt=f"{PROMPT_OPENING}cases) with its description in List II.",
        pairs=pairs,
        explanation=explanation(pairs),
    )
    left = without_asked_pairs(match, {"case a"})
    assert isinstance(left, Match)
    assert left.explanation == explanation(pairs[1:])
    assert "Case A" not in left.explanation


def test_a_timeline_without_bullets_is_one_event_a_line() -> None:
    """Dated lines with no bullets make one Markdown paragraph: "Gandhi jailed for 6 yrs
    (Mar)" took the next line's year and was keyed 1923 (holdout 109, a wrong key). Each
    line is its own event; "Cripps Mission (Mar) fails" is a clause, not a mission sent."""
    notes = (
        "# Modern India\n\n## Timeline\n"
        "1922 – **Chauri Chaura** (5 Feb) → NCM withdrawn; Gandhi jailed for 6 yrs (Mar)\n"
        "1923 – Swaraj Party (**C.R. Das** & Motilal Nehru) → council entry\n"
        "1928 – Simon Commission arrives (all-white) → protests\n"
        "1942 – Cripps Mission (Mar) fails → **Quit India** (8 Aug)\n"
    )
    texts = shown_texts(notes, statements=True)
    assert not any("{{1923}}" in t or "(Mar) 1923" in t for t in texts)
    assert not any("Cripps Mission (Mar) fails sent" in t for t in texts)


def test_a_range_or_two_places_is_no_rivers_source() -> None:
    """ "Which river rises at Western Ghats (Kerala)?", "… at Aravallis / Vindhyas?"
    (holdout 108, bad): many rivers do."""
    texts = shown_texts(
        "# Geography\n\n## West-flowing rivers\n\n"
        "| River | Origin | Falls into | Notes |\n|---|---|---|---|\n"
        "| Narmada | Amarkantak (MP) | Arabian Sea | rift valley |\n"
        "| Sharavati | Western Ghats (Karn.) | Arabian Sea | Jog Falls |\n"
        "| Periyar | Western Ghats (Kerala) | Arabian Sea | Idukki dam |\n"
        "| Sabarmati / Mahi | Aravallis / Vindhyas | Gulf of Khambhat | Gujarat |\n"
    )
    # read out with its other cells ("Which west-flowing river is this: Western Ghats
    # (Kerala); Arabian Sea; Idukki dam?") the row names one river; alone, it names none
    asked = [t for t in texts if " is this: " not in t]
    assert not any("Western Ghats" in t or "Aravallis" in t for t in asked)
    assert not any("Aravallis" in t for t in texts)  # "Sabarmati / Mahi": two rivers


def test_a_sentence_that_points_back_is_not_asked() -> None:
    """ "So the modern explanation is ___", "An earlier Chera, …", "… tied to the 2nd."
    (holdouts 108 and 110): what they speak of is in the sentence before. An acronym of a
    traded good names no scope: "India's largest LNG supplier"."""
    texts = shown_texts(
        "# History\n\n## Pallavas\n\n"
        "Narasimhavarman I defeated Pulakeshin II in 642 and took the title Vatapikonda. "
        "An earlier Pallava, Mahendravarman I, wrote the **Mattavilasa Prahasana**. "
        "So the dynasty's art peaked at **Mahabalipuram**. "
        "The **Kailasanatha** temple is traditionally tied to the 2nd.\n"
        "\n## Trade\n\n- Energy → crude from Iraq; **Qatar** = largest LNG supplier\n"
    )
    assert not any(t.startswith(("An earlier", "So the")) for t in texts)
    assert not any("the 2nd." in t for t in texts)
    assert not any(t == "Which is the largest LNG supplier?" for t in texts)


def test_a_participle_before_a_bracket_is_passive() -> None:
    """ "2002 – ISRWD Act amended (time limits)": "Which act was amended …?", not "Which act
    amended …?" (holdout 108)."""
    texts = shown_texts(
        "# Water\n\n## Timeline\n\n"
        "- 1956 – **River Boards Act** passed\n"
        "- 2002 – **ISRWD Act** amended (time limits)\n"
    )
    assert not any(t.startswith("Which act amended") for t in texts)


def test_a_cell_of_several_names_is_no_option() -> None:
    """ "Anabaena, Nostoc, Oscillatoria" among the options of "Which organism is used for
    soil N enrichment?" (holdout 109, bad: cyanobacteria fix nitrogen too, and a list of
    genera is no one option)."""
    asked = generate_questions(
        "# Biotech\n\n## Bio-fertilisers\n\n"
        "| Organism | Type | Use |\n|---|---|---|\n"
        "| Rhizobium | symbiotic N-fixer | root nodules of legumes |\n"
        "| Azotobacter | free-living N-fixer | soil N enrichment |\n"
        "| Anabaena, Nostoc, Oscillatoria | cyanobacteria | N for paddy fields |\n"
        "| Glomus | mycorrhiza | phosphorus absorption |\n"
        "| Trichoderma | fungus | bio-control of root pathogens |\n"
        "| Baculoviruses | virus | insect pest control |\n",
        "bio.md",
    )
    options = [o for q in asked if isinstance(q, Mcq) for o in q.options]
    assert options
    assert not any("," in o for o in options)


def test_more_of_the_fresh_coach_review_of_the_changes() -> None:
    """A fresh coach on what the fixes changed (holdouts 106–110): "Election Laws (Amdt)
    Act" recurs (1975, 2003, 2021); a clause cut from after a timeline line's date loses its
    year ("BAPS temple in ___ opened"); "flows mostly in AP" of a "Key dams / facts" column
    is no dam; "Bhutan treaty revised" is asked as revised, not signed."""
    texts = shown_texts(
        "# Misc\n\n## Timeline\n\n"
        "- 2021 – Election Laws (Amdt) Act → voluntary Aadhaar linking\n"
        "- 2024 – Chabahar terminal deal; BAPS temple in **Abu Dhabi** opened\n"
        "- 2007 – Bhutan treaty revised\n"
        "- 1949 – Bhutan treaty signed\n"
        "\n## Rivers\n\n"
        "| River | Origin | Length | Key dams / facts |\n|---|---|---|---|\n"
        "| Godavari | Trimbakeshwar | 1,465 km | Polavaram (AP) |\n"
        "| Mahanadi | Sihawa | 851 km | **Hirakud** (Odisha) |\n"
        "| Pennar | Nandi hills | 600 km | flows mostly in AP (Rayalaseema) |\n"
    )
    assert not any("Election Laws" in t for t in texts)
    assert not any(t.startswith("BAPS temple in") for t in texts)
    assert not any("flows mostly" in t for t in texts)
    assert not any("revised signed" in t for t in texts)


def test_a_plain_label_over_a_list_is_no_term() -> None:
    """ "Crops: wheat, barley, lentil …", "Erupted material: lava flows, …", "Actors → Data
    Principal, …" (holdouts 112 and 113, six bad): everyday words the writer did not bold,
    over notes or a list of short items; "Trap Q – …" is the writer's flag. A term of a
    subject ("Sinter = silica deposit …") still is."""
    texts = shown_texts(
        "# Ancient Egypt\n\n## Economy & crafts\n"
        "- Crops: wheat, barley, flax, lentil, chickpea; papyrus in Faiyum; rice unknown "
        "(Memphis, Thebes)\n"
        "  - earliest **linen** weaving (Greeks later called it *byssos*)\n"
        "  - shaduf known → Theban tomb paintings, Deir el-Medina model\n"
        "- Weights: stone **deben**, lower units binary (1, 2, 4, 8 …), higher decimal\n"
        "- Seals: mostly **scarab**, oval; **Ra** = most common motif\n"
        "\n## Geysers\n"
        "- Geyser → vent through which hot water & steam erupt\n"
        "- **Sinter** = silica deposit around the vent\n"
        "- Erupted material: hot water, steam, silica sinter, gases (CO2, H2S)\n"
        "- Trap Q – Old Faithful is not the tallest geyser, NOT the largest\n"
    )
    assert texts == ["What is a silica deposit around the vent called?"]


_PROVISIONS = (
    "# Welfare\n\n## Constitutional base (quick recall)\n"
    "| Subject | Provision | Note |\n|---|---|---|\n"
    "| Public health & sanitation, hospitals | Entry 6, **State List** | state subject |\n"
    "| Nutrition & public health | **Art. 47** (DPSP) | raise nutrition level |\n"
    "| Education | Entry 25, Concurrent List | moved by the 42nd Amendment |\n"
    "| Free & compulsory educn, 6–14 yrs | **Art. 21A** (FR) | 86th Amendment |\n"
    "| Early childhood care till 6 yrs | Art. 45 (DPSP) | substituted by 86th Amdt |\n"
    "| Parent's duty to send child to school | Art. 51A(k) | Fundamental Duty |\n"
)


def test_the_answer_is_never_the_odd_one_out_of_its_options() -> None:
    """ "Entry 6, State List" the only list entry among articles, "Art. 51A(k)" the only one
    without a bracket among "(FR)" and "(DPSP)" (a fresh coach: bad, picked by form); and
    "Art. 45 (DPSP)" does not take "DPSP" alone, the bracket being its kind."""
    asked = generate_questions(_PROVISIONS, "welfare.md")
    for q in asked:
        if isinstance(q, Mcq):
            assert not q.answer.startswith("Entry") or all(o.startswith("Entry") for o in q.options)
            if q.answer == "Art. 51A(k)":
                assert not any(o.endswith(")") and " (" in o for o in q.options)
        if isinstance(q, Short):
            assert "DPSP" not in q.aliases


def test_a_century_or_an_estimate_ends_no_sentence() -> None:
    """ "In 12th-c. Karnataka, Basavanna …" was cut after "12th-c." and asked from
    "Karnataka, Basavanna …"; "(CIOB), est. 380 million tonnes" ended at "est." (holdout
    111)."""
    from quizbot.notes.sentences import split_sentences

    assert [s for _, s in split_sentences("In 12th-c. Karnataka, Basavanna led. Then more.")] == [
        "In 12th-c. Karnataka, Basavanna led.",
        "Then more.",
    ]
    assert len(split_sentences("It holds 75,000 sq km, est. 380 million tonnes of nodules.")) == 1


def test_a_sentence_whose_it_is_the_one_before_is_not_asked() -> None:
    """ "For India it's about 2% of GDP …" (holdout 111's sentence): it, the blue economy of
    the sentence before."""
    texts = shown_texts(
        "# Oceans\n\n## Blue Economy\n\n"
        'Term popularised by Gunter Pauli (2010). World Bank: "sustainable use of ocean '
        "resources for economic growth, improved livelihoods & jobs while preserving the "
        "health of ocean ecosystems\". For India it's ~4% of GDP & links to **SDG 14** (Life "
        "Below Water) and the UN Decade of Ocean Science (2021–2030).\n",
        statements=True,
    )
    assert not any(t.startswith("For India it") for t in texts)


def test_an_acronym_that_spells_the_key_gives_it_away() -> None:
    """ "Which act of 2006 is associated with FSSAI?" keyed Food Safety & Standards Act
    (holdout 112, bad); "the R.S. Bisht" takes no article; a month's bracket is no part of
    a year question ("passed (Aug)")."""
    texts = shown_texts(
        "# Governance\n\n## Timeline\n\n"
        "- 2005 – **Right to Information Act** → RTI portal; CIC set up\n"
        "- 2019 – **Consumer Protection Act** → CCPA (regulator) set up\n"
        "- 2023 – DPDP Act passed (Aug)\n"
        "- 1990 – R.S. Bisht begins excavation at Dholavira\n"
    )
    assert not any("associated with the RTI portal" in t for t in texts)
    assert not any("the R.S. Bisht" in t or "(Aug)?" in t for t in texts)


def test_a_summit_by_its_place_recurs_and_exam_talk_is_no_fact() -> None:
    """ "In which year was the Johannesburg summit held?" (holdout 116, bad: BRICS met there
    in 2018 and 2023); "The ___ fight is a classic Mains topic." (holdout 114, bad)."""
    texts = shown_texts(
        "# IR\n\n## SCO\n\n"
        "- 2001 – SCO founded at Shanghai\n"
        "- 2017 – Astana summit → India & Pakistan full members\n"
        "- 2018 – Qingdao summit → SECURE acronym\n"
        "- 2023 – 23rd summit (virtual) under India\n"
        "\n## Wetlands\n\nThe **Loktak** lake fight is a classic Mains topic.\n"
    )
    assert not any("Astana summit" in t and t.startswith("In which year") for t in texts)
    assert not any("Mains topic" in t for t in texts)


def test_a_short_name_word_of_the_key_in_the_question_gives_it_away() -> None:
    """ "Which act of 1773 is associated with Boston Tea Party?" keyed Tea Act (holdout
    115, bad): "Tea" is three letters, but a name's word all the same."""
    texts = shown_texts(
        "# World history\n\n## Timeline\n\n"
        '- 1765 – **Stamp Act** → "no taxation w/o representation"\n'
        "- 1773 – **Tea Act** → Boston Tea Party\n"
        "- 1776 – **Declaration of Independence** (4 July)\n"
    )
    assert not any("associated with Boston Tea Party" in t for t in texts)


_COMPARED = (
    "# Polity\n\n## Writs compared (Arts 32, 226)\n\n"
    "| Feature | Habeas corpus | Mandamus | Certiorari | Quo warranto |\n|---|---|---|---|---|\n"
    "| Meaning | **to have the body** | we command | to be certified | by what authority |\n"
    "| Issued against | public & private persons | public officials | courts & tribunals "
    "| holders of public offices |\n"
    "| Founded | 1679 Act | none | none | none |\n"
    "| Purpose | free a person unlawfully detained | make an official do a duty "
    "| quash an order | oust a usurper of an office |\n"
)


def test_a_comparison_table_asks_which_thing_a_cell_is_said_of() -> None:
    """ "| Feature | Nagara | Dravida | Vesara |" (holdout 100: no question from it, its key
    facts lost): "Which of these has “…” as its tower?" among the compared things, a row's
    bold cell first; no feature that is a participle ("Founded"); the topic naming every
    option is no hint."""
    asked = [q for q in generate_questions(_COMPARED, "writs.md") if isinstance(q, Mcq)]
    prompts = {q.prompt: q.answer for q in asked}
    assert prompts["Which of these has “to have the body” as its meaning?"] == "Habeas corpus"
    assert all(
        q.options == ("Habeas corpus", "Mandamus", "Certiorari", "Quo warranto") for q in asked
    )
    assert not any("founded" in p for p in prompts)
    # three compared things make three options, not the rubric's four (holdouts 317 and 330:
    # none of six good): not asked
    three = (
        "# Polity\n\n## Writs compared (Arts 32, 226)\n\n"
        "| Feature | Habeas corpus | Mandamus | Certiorari |\n|---|---|---|---|\n"
        "| Meaning | **to have the body** | we command | to be certified |\n"
        "| Purpose | free a person unlawfully detained | make an official do a duty "
        "| quash an order |\n"
    )
    assert not [q for q in generate_questions(three, "writs.md") if isinstance(q, Mcq)]
