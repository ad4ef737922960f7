"""Classes found on the thirty-sixth session's holdouts (380-383), each fixed on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.notes.outline import parse_outline
from quizbot.notes.person_phrases import called
from quizbot.notes.tenses import past_tense
from tests.unit.notes_support import asked_by_answer, generated, shown_texts


def test_an_arrow_to_a_deed_or_to_one_side_of_a_contrast_is_no_meaning() -> None:
    """``Afghan tribal ethos → treated nobles as equals`` was asked "Which term is described as
    “treated nobles as equals …”?", ``Stable air → layered clouds; unstable → …`` "… described
    as “layered clouds”?" and ``SALR < DALR always → latent heat …`` "What is a latent heat …
    called?" (holdouts 380-381, bad): a deed, what one side of a contrast brings and a
    relation are no term's meaning. A further arrow of another term, of the head's own word
    or of its excess leaves the meaning whole."""
    notes = (
        "# Economy and weather\n\n## Market terms\n\n"
        "- Bonus issue → free shares from reserves given to existing shareholders\n"
        "- Pediment → gently sloping rock surface at a mountain foot; merging pediments →"
        " pediplain\n"
        "- Saturated air → fog and low cloud at dawn; unsaturated → clear skies\n"
        "- Feudal ethos → obliged vassals to serve their lords in war\n"
        "- ELR > DALR → absolute instability and towering clouds\n"
        "- Thyroxine → sets the body's metabolic rate; excess → Graves' disease\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Bonus issue"] == (
        "Which term is described as “free shares from reserves given to existing shareholders”?"
    )
    assert asked["Pediment"] == (
        "Which term is described as “gently sloping rock surface at a mountain foot”?"
    )
    assert asked["Thyroxine"] == "Which term is described as “sets the body's metabolic rate”?"
    for deed in ("Saturated air", "Feudal ethos", "ELR > DALR"):
        assert deed not in asked, asked[deed]


def test_a_doer_put_before_a_line_does_not_run_its_arrow_together() -> None:
    """``Issued copper coin **Bahloli** → remained in circulation …`` under its ruler was
    asked "Bahlul Lodi issued copper coin ___ remained in circulation …" (holdout 381; and
    holdouts 328 and 355, weak): the doer's name is the generator's, the rest the line with
    its arrow taken out."""
    notes = (
        "# Delhi Sultanate\n\n## Slave dynasty\n\n### Iltutmish (1211–1236)\n"
        "- Earlier governor of Badaun; slave of Qutbuddin Aibak\n"
        "- Introduced silver coin **tanka** → stayed the standard coin for centuries after\n"
        "- Got investiture from the Abbasid caliph (1229)\n"
    )
    assert not any("coin {{tanka}} stayed" in text for text in shown_texts(notes))


def test_an_article_s_clause_is_asked_as_what_it_says_or_does() -> None:
    """``| 302 | Parliament may impose restrictions … |`` was asked "Which article … deals with
    the parliament may impose …?", ``| 305 | Saves existing laws … |`` "… deals with the
    saves existing laws …?" and ``| 304 | State powers: (a) … |`` "… deals with the state
    powers: (a) …?" (holdout 382, weak): a clause is what the article says, a verb what it
    does, and a note of lettered parts no subject."""
    notes = (
        "# Polity\n\n## Legislative relations\n\n"
        "| Article | What it says | Note |\n|---|---|---|\n"
        "| 245 | Extent of laws made by Parliament and state legislatures | territorial nexus |\n"
        "| 248 | Parliament may legislate on residuary matters | residuary power with Centre |\n"
        "| 249 | Rajya Sabha powers: (a) resolution by two-thirds; (b) national interest |"
        " valid one year |\n"
        "| 254 | Protects central law over a state law in conflict | repugnancy rule |\n"
        "| 252 | Powers of Parliament to legislate for two or more states by consent |"
        " e.g. Wild Life Act |\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Article 248"] == (
        "Which article of the Constitution says that Parliament may legislate on residuary matters?"
    )
    assert asked["Article 254"] == (
        "Which article of the Constitution protects central law over a state law in conflict?"
    )
    assert asked["Article 252"] == (
        "Which article of the Constitution deals with the powers of Parliament to legislate"
        " for two or more states by consent?"
    )
    assert "deals with" not in asked.get("Article 249", "")


def test_a_total_whose_parts_are_printed_after_it_is_not_blanked() -> None:
    """ "Kerala alone has ___ rivers, of which 41 flow west and only 3 … flow east" (holdout
    383, bad): the parts printed after the blank add up to it; one part printed is no sum."""
    notes = (
        "# Geography\n\n## Islands\n\n"
        "The Andaman and Nicobar group has 836 islands, of which only 31 are inhabited and the"
        " other 805 are uninhabited. Lakshadweep has 36 islands, of which 10 are inhabited.\n"
    )
    texts = shown_texts(notes)
    assert not any("{{836}}" in t for t in texts), texts
    assert "Lakshadweep has {{36}} islands, of which 10 are inhabited." in texts


def test_term_lines_closing_the_notes_after_a_list_are_the_notes_glossary() -> None:
    """``Weightage: more seats to a minority …`` after the ``## Timeline`` bullets was asked
    under "… › Timeline" (holdouts 381 and 383, weak): terms that close the notes after the
    last section's list are the note's glossary; under a heading of terms, its own."""
    notes = (
        "# Mughal revenue\n\n## Timeline\n"
        "- (1580) Dahsala system of Todar Mal introduced\n"
        "- (1595) revenue circles (dasturs) fixed\n\n"
        "Zabti: measurement of land for fixing cash revenue\n"
        "Batai: crop-sharing between the state and the peasant\n"
    )
    topics = {q.topic for q in generated(notes) if "Zabti" in str(q) or "Batai" in str(q)}
    assert topics == {"Mughal revenue › Glossary"}
    own = notes.replace("## Timeline", "## Key terms and dates")
    topics = {q.topic for q in generated(own) if "Zabti" in str(q) or "Batai" in str(q)}
    assert topics == {"Mughal revenue › Key terms and dates"}


def test_a_move_is_not_cut_at_its_arrow() -> None:
    """``shifted capital Trichy → Madurai`` under its ruler was asked "Thirumalai Nayak
    shifted capital ___." (holdout 385, bad: it reads as a move to Trichy); "moves Objectives
    Resolution → adopted" is no move of a place."""
    notes = (
        "# Deccan\n\n## Bahmani kingdom\n\n"
        "- Ahmad Shah Wali (1422–1436)\n"
        "  - shifted capital Gulbarga → Bidar\n"
        "  - built the Bidar fort\n"
    )
    assert not any(text.endswith("capital {{Gulbarga}}.") for text in shown_texts(notes))


def test_a_verb_that_keeps_its_form_in_the_past_is_not_given_ed() -> None:
    """ "In 1620, ___ letted Danes settle at Tranquebar" (holdout 385, weak): let, hit, cast,
    burst and beat are their own past."""
    assert [past_tense(v) for v in ("lets", "hits", "casts", "bursts", "beats")] == [
        "let",
        "hit",
        "cast",
        "burst",
        "beat",
    ]


def test_an_arrow_after_a_clause_of_its_own_is_not_read_as_its_verb() -> None:
    """``Shivaji II dies w/o male heir → annexed under Doctrine of Lapse`` was asked "In
    1855, ___ dies without male heir was annexed under …" (holdout 385, bad): the heir did
    not die and get annexed; the arrow is what followed."""
    notes = (
        "# Awadh\n\n## Timeline\n"
        "- (1853) Raghoji III dies w/o male heir → annexed under **Doctrine of Lapse**\n"
    )
    assert not any("heir was annexed" in text for text in shown_texts(notes))


def test_a_deed_done_to_a_pronoun_is_not_dated_by_its_bracket() -> None:
    """ "MoEF accepted the it in principle in ___." of ``MoEF accepted it in principle
    (2013)`` (holdout 387, bad): what "it" is, the line does not say."""
    notes = (
        "# Forests\n\n## Forest Rights Act\n"
        "- Cabinet cleared it in principle (2006) → rules framed later\n"
    )
    assert not any(" it in principle" in text for text in shown_texts(notes))


def test_a_plural_label_over_a_list_is_not_asked() -> None:
    """``Endemics: lion-tailed macaque, Nilgiri tahr, …`` asked "___: lion-tailed macaque, …"
    and ``Governors – kumaras / aryaputras`` "___ – kumaras / aryaputras" (holdout 387, bad):
    "species" or "viceroys" fit as well; a term and what it is stays."""
    notes = (
        "# Gupta administration\n\n## Provinces\n"
        "- Bhuktis → provinces under uparikas, split into vishayas\n"
        "- Governors – kumaras / rajaputras (royal princes)\n\n"
        "## Fauna\n"
        "Endemics: Nilgiri marten, Malabar grey hornbill, Travancore tortoise, Ceylon frogmouth\n"
    )
    texts = shown_texts(notes)
    assert "{{Bhuktis}} – provinces under uparikas, split into vishayas" in texts
    assert not any("{{Governors}}" in t or "{{Endemics}}" in t for t in texts), texts
    assert "Governors" not in asked_by_answer(notes)


def test_a_sub_bullet_that_only_says_it_too_did_the_same_is_not_asked() -> None:
    """``Rana Sanga too, per Babur's own memoirs`` under "Afghan nobility resented Ibrahim"
    after "Daulat Khan … invited Babur" was asked "Afghan nobility resented …: ___ too, …"
    (holdout 381, bad: it made him an Afghan noble)."""
    notes = (
        "# Later Mughals\n\n## Causes of the invasion\n"
        "- Mughal nobles resented Muhammad Shah's weak rule\n"
        "  - Saadat Khan (Awadh) & Nizam-ul-Mulk invited Nadir Shah\n"
        "  - Sawai Jai Singh too, per the Persian chronicles\n"
    )
    texts = shown_texts(notes)
    assert any("{{Saadat Khan}}" in t for t in texts)
    assert not any("{{Sawai Jai Singh}}" in t for t in texts), texts


_SEASONS = (
    "# Winds and seasons\n\n## Basics first\n"
    "- Winter season = Dec–Feb; spring = Mar–Apr (transition)\n"
    "- Snowfall is NOT uniform → comes in heavy spells with long dry gaps\n\n"
    "## Spring\n"
    "- Warming is **steady**, unlike the sudden winter cold waves → starts from the south\n\n"
    "## Glossary\n"
    "Sirocco: hot dry wind from the Sahara into southern Europe\n"
    "Foehn: warm dry wind down the lee side of the Alps\n"
    "Chinook: warm dry wind down the eastern Rockies\n"
    "Mistral: cold northerly wind down the Rhone valley\n\n"
    "Exam tips → match wind–region pairs; Loo and Kal Baisakhi come up again and again.\n"
)


def test_a_claim_a_contrast_and_a_study_tip_are_kept_out_of_the_questions() -> None:
    """Holdout 388 (bad): "Rain is NOT continuous → comes in wet & dry spells" asked as a
    term, "Withdrawal is ___." cut from its "unlike the sudden onset", and "Exam tips" matched
    with a glossary's terms."""
    texts = shown_texts(_SEASONS)
    assert not any("NOT uniform" in t for t in texts), texts
    # (the contrast names nothing outside its blank: not asked at all, see anchors.py)
    assert not any(t.endswith(" is {{steady}}.") for t in texts), texts
    assert not any(t.startswith("Match each item") for t in texts), texts
    assert asked_by_answer(_SEASONS)["Mistral"] == (
        "What is a cold northerly wind down the Rhone valley called?"
    )


def test_a_blank_line_ends_the_list_under_a_lead_in() -> None:
    """``Causes of its reputation …:`` and its bullets, a blank line, then ``- **Alauddin
    Hussain Shah** …: conquered Kamata`` was asked "Causes of its reputation …: Alauddin …
    conquered ___" (holdout 389, bad: a conquest read as a cause)."""
    notes = (
        "# Vijayanagara\n\n## Tuluva dynasty\n"
        "Why its age is called the high noon of the empire:\n"
        "- stable frontiers after the Gajapati wars\n"
        "- temple building across the south\n\n"
        "- **Krishnadeva Raya** (1509–1529): took **Raichur** (1520), defeated the Gajapatis\n"
    )
    outline = parse_outline(notes)
    krishna = next(i for i in outline.items if "Krishnadeva" in i.raw)
    assert krishna.parent is None
    assert not any("high noon" in t and "Raichur" in t for t in shown_texts(notes))


def test_a_term_line_asks_the_term_of_office_of_its_office() -> None:
    """``Term → 6 yrs or age 65, whichever earlier`` under "Appointment, tenure, removal" of
    the CAG was asked nothing (the label shown in front of a cloze; holdouts 306-381: a key
    fact of every office). A body's term is its members', a house's its own, and a house
    never dissolved has only its members' terms."""
    office = (
        "# Chief Information Commission (CIC)\n\n## Appointment, tenure, removal\n"
        "- Appointed by the President on a committee's advice\n"
        "- Term → 3 yrs or age 65, whichever earlier\n"
    )
    assert asked_by_answer(office)["3 years or age 65"] == (
        "What is the term of office of the members of the Chief Information Commission?"
    )
    houses = (
        "# Parliament\n\n## Lok Sabha\n- Term → 5 yrs unless dissolved earlier\n\n"
        "## Rajya Sabha\n- Term → 6 yrs; one-third retire every second year\n"
    )
    asked = asked_by_answer(houses)
    assert asked["5 years"] == "What is the term of the Lok Sabha?"
    assert asked["6 years"] == "What is the term of office of a member of the Rajya Sabha?"
    changed = "# Tribunals\n\n## NGT\n- Term → was 5 yrs → now 3 yrs (2021 Act)\n"
    assert not any("term" in p for p in asked_by_answer(changed).values())


def test_a_people_and_where_they_live_is_no_term() -> None:
    """``Uros people → floating islands of **totora** reeds`` was asked "Which term is
    described as “floating islands of totora reeds”?" (holdout 390, bad)."""
    notes = (
        "# Lakes by origin\n\n## Tectonic lakes\n\n### Poopo\n"
        "- On the **Altiplano**, raised by Andean uplift; shared by Peru & Bolivia\n"
        "- Toda people → round huts of **bamboo** and cane\n"
        "- Outflow via Desaguadero river → L. Poopó; most water lost by evaporation\n"
    )
    assert not any("described as" in t for t in shown_texts(notes))


def test_a_count_the_topic_line_spells_is_not_changed_in_a_false_statement() -> None:
    """ "… since the 9 core sectors make up …" under "IIP & the Eight Core Industries"
    (holdout 390, bad): the topic line says the true count in words."""
    notes = (
        "# Trade data: WPI & the Five Key Commodity Groups\n\n## Why these matter\n"
        "Retail prices come monthly and late, so for a week-to-week read of prices we watch the"
        " **WPI** and the **five commodity groups**. The group index comes out first and is"
        " treated as a lead indicator for the WPI, since the 5 key groups make up a big chunk"
        " of WPI weight. NB: both are price indices.\n"
    )
    assert not any("key groups make up" in t for t in shown_texts(notes, statements=True))


def test_no_term_is_asked_of_an_article_or_of_several_bodies_at_once() -> None:
    """ "What is the term of office of the Art 316?" keyed "6 years or age 65" of ``Term → 6
    yrs or age 65 (UPSC) / 62 (SPSC, JSPSC)`` under ``**Art 316**: appointment & term`` (a
    fresh coach, bad): an article holds no office, and the line gives two terms."""
    notes = (
        "# Public Service Commissions\n\n## Article-wise\n"
        "- **Art 316**: appointment & term\n"
        "  - Term → 6 yrs or age 65 (UPSC) / 62 (SPSC, JSPSC), whichever earlier\n"
        "  - Chairman and members appointed by the President (UPSC) or the Governor (SPSC)\n"
    )
    assert not any("term of office" in p for p in asked_by_answer(notes).values())


def test_a_part_of_a_continent_is_no_answer_to_where_a_place_is() -> None:
    """ "Where is Tanganyika located?" keyed "E. Africa" (holdout 390, bad): many places
    fit, and the lake is no more in East Africa than its neighbours."""
    notes = (
        "# Lakes\n\n## Tectonic lakes\n"
        "| Lake | Location | Origin |\n|---|---|---|\n"
        "| Malawi | SE Africa | Rift |\n"
        "| Baikal | Siberia, Russia | Rift |\n"
        "| Titicaca | Peru–Bolivia, Andes | Uplift basin |\n"
    )
    assert "Where is Malawi located?" not in shown_texts(notes)


def test_an_office_held_by_many_is_asked_by_its_name_not_as_a_person() -> None:
    """ "Who was a chief minister cum army commander in Nayak government?" keyed Dalavoy
    (holdout 385, bad: any dalavoy is a right answer to "who"); "the last …" is one person."""
    assert called("a ", "revenue minister in the Maratha government") == (
        "What was a revenue minister in the Maratha government called?"
    )
    assert called("", "last Governor-General of India") == (
        "Who was the last Governor-General of India?"
    )


def test_a_people_after_every_is_no_blank() -> None:
    """ "The salt tax hit every ___ — rich or poor, Hindu or Muslim …" keyed Indian (holdout
    384, bad): "person" or "citizen" fit as well."""
    notes = (
        "# Non-Cooperation\n\n## Why boycott?\n"
        "The foreign-cloth drive hit every Indian — rich or poor, town or village — and the"
        " Raj earned most of its customs revenue from Lancashire cloth.\n"
    )
    texts = shown_texts(notes)
    assert not any("every {{Indian}}" in t for t in texts), texts
    assert any("{{Lancashire}}" in t for t in texts)


def test_what_happens_in_a_plural_place_is_not_its_meaning() -> None:
    """ "What is a huge litter but very fast bacterial decay called?" keyed Hot humid tropics
    (holdout 391, bad): the line says what goes on there, with a "but"; a singular's "but"
    ("saltier than fresh but less than sea water") can define it."""
    notes = (
        "# Ocean Sediments\n\n## Basics\n- Sediment = particles settled on the sea floor\n"
        "## Oozes\n"
        "Oozes are fine sediments made mostly of the shells of tiny plankton. How much ooze"
        " builds up depends on the balance b/w shell supply and the rate of dissolution.\n"
        "- Warm surface waters → huge shell supply but very fast dissolution at depth →"
        " ooze-poor floors (e.g. red clay)\n"
        "- Shallow banks → slow dissolution → thick calcareous ooze\n"
        "- Polar seas → diatoms bloom in summer → siliceous ooze\n"
    )
    assert not any("shell supply but" in t for t in shown_texts(notes))


def test_a_blank_on_nothing_or_everything_teaches_nothing() -> None:
    """ "Solar geoengineering (SRM) cools planet but does ___ for acidification." keyed
    nothing (holdout 392, bad): the rest of the line gives it away."""
    notes = (
        "# Climate policy\n\n## Exam angle\n"
        "- Carbon offsets bought abroad cut a firm's reported emissions but do **nothing**"
        " for local air quality → only on-site cuts help\n"
    )
    assert not any("{{nothing}}" in t for t in shown_texts(notes))


def test_a_kind_word_that_opens_a_name_is_no_kind_it_ends_on() -> None:
    """ "Which type aims at disapproval of the policy behind the demand?" = Policy cut
    (holdout 393, bad): "policy" names the row here, it is no kind the name ends on."""
    notes = (
        "# Public finance\n\n## Kinds of government loan\n"
        "| Type | Wording | Purpose |\n|---|---|---|\n"
        "| Policy loan | loan at a token rate of 1% | support for a policy priority of the state |\n"
        "| Market loan | loan at the market rate | borrowing for general spending |\n"
        "| Project loan | loan tied to one project | funds for a named project only |\n"
    )
    texts = shown_texts(notes)
    assert "Which type aims at borrowing for general spending?" in texts
    assert not any("policy priority" in t or "named project" in t for t in texts), texts


def test_a_blank_on_one_of_the_commonest_words_is_no_term() -> None:
    """ "___ – a real transformation of Brahman (Brahma-parinamavada), so not illusion" keyed
    World (holdout 393, bad)."""
    notes = (
        "# Schools of philosophy\n\n### Samkhya (Kapila)\n"
        "- Two realities: **Purusha** (spirit) & **Prakriti** (matter)\n"
        "- World = a real transformation of Prakriti (**satkaryavada**), so not illusion\n"
        "- Moksha: Purusha knows itself apart from Prakriti → kaivalya\n"
    )
    assert not any(t.startswith("{{World}}") for t in shown_texts(notes))
