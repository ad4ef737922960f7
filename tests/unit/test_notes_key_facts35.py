"""Classes found on the thirty-fifth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.notes.clause_shapes import called_question
from quizbot.notes.other_names import with_full_names
from quizbot.notes.shorthand import write_out
from tests.unit.notes_support import by_key, cloze_keys, generated, shown_texts


def test_a_timeline_entry_is_no_definition() -> None:
    """ "What is the large issue of gold coins called?" keyed Vima Kadphises (holdout 368,
    bad): a ``Name – what they did`` line of a timeline tells a deed, it defines nothing."""
    notes = (
        "# Guptas\n\n## Origins\n"
        "- Allahabad pillar → genealogy: Sri Gupta → Ghatotkacha → Chandragupta I → Samudra Gupta\n"
        "\n## Timeline\n"
        "- (c. 319 CE) **Chandragupta I** – founder, Gupta era, gold coins with queen Kumaradevi\n"
        "- Samudra Gupta – large issue of gold coins; Vishnu devotee, title *Kaviraja*\n"
        "- (c. 380 CE) Chandragupta II's accession → start of **Vikrama** title\n"
    )
    texts = shown_texts(notes)
    assert "What is the large issue of gold coins called?" not in texts, texts


def test_a_headings_ordinal_is_not_the_rows_kind() -> None:
    """ "Who presided over the 1st Fourth Buddhist Council …?" (holdout 368, bad): the
    heading names one council, its table all four."""
    notes = (
        "# Sangam age\n\n## Third Sangam\n\n"
        "Held at Madurai under Pandya patronage; most surviving Sangam texts are of it.\n\n"
        "| Sangam | Place | Presided by |\n|---|---|---|\n"
        "| 1st | Then Madurai | Agastya |\n"
        "| 2nd | Kapatapuram | Tolkappiyar |\n"
        "| 3rd | Madurai | Nakkirar |\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert any("the 1st sangam at" in p.lower() for p in prompts), prompts
    assert not any("Third Sangam" in p for p in prompts), prompts


def test_a_kin_or_founder_word_before_a_name_is_no_part_of_the_key() -> None:
    """``{{Founder Vindhyashakti}}``, ``{{Brother Kubja Vishnuvardhana}}`` (holdout 369, bad):
    the writer's word for a person's tie is not their name."""
    notes = (
        "# Pallavas\n\n## Early Pallavas\n\n"
        "- Founder **Simhavishnu** (c. 575) named in the Kasakudi plates\n"
        "- Brother Bhima Varman → founded a side branch at Kanchi (c. 600)\n"
        "- Mahendravarman I built rock-cut temples at Mandagapattu (c. 610).\n"
    )
    keys = [b for q in generated(notes) if isinstance(q, Cloze) for b in q.blanks]
    assert not any(k[0].startswith(("Founder ", "Brother ")) for k in keys), keys


def test_an_other_name_given_in_the_definition_is_an_answer_not_a_clue() -> None:
    """``___: Prakrit kavya (aka Ravanavaho) on Rama's bridge …`` (holdout 369, bad): the
    poem's other name beside the blank gave it away; it is taken out and accepted."""
    notes = (
        "# Sanskrit literature\n\n## Kavya\n\n"
        "Kumarasambhava: Sanskrit mahakavya (aka Birth of Kumara) on the birth of Kartikeya, "
        "attr. Kalidasa\n"
        "Raghuvamsha: Sanskrit mahakavya on the line of Raghu, attr. Kalidasa\n"
    )
    texts = shown_texts(notes)
    assert not any("Birth of Kumara" in t and "___" in t for t in texts), texts
    clozes = [q for q in generated(notes) if isinstance(q, Cloze)]
    asked = [q for q in clozes if q.blanks[0][0] == "Kumarasambhava"]
    assert asked and "Birth of Kumara" in asked[0].blanks[0], clozes
    assert asked[0].text.endswith("attr. Kalidasa"), asked  # "attr." ends no sentence


def test_a_peoples_adjective_before_a_named_person_is_not_asked() -> None:
    """ "___ engineer Agesilaus named on the reliquary" keyed Greek (holdout 368, bad): the
    name says who he was, and his people is trivia."""
    notes = (
        "# Travellers\n\n## Accounts of India\n\n"
        "- Garuda pillar at Besnagar (Vidisha); Greek envoy Heliodorus named on the pillar\n"
        "- Al-Biruni wrote Kitab-ul-Hind after Mahmud's raids.\n"
    )
    keys = cloze_keys(notes)
    assert "Greek" not in keys, keys


def test_one_share_of_the_seats_is_no_bodys_size() -> None:
    """ "How many members does the Board have?" keyed 2 (holdout 371, bad): the board's
    bullets give its seats share by share, Chairman + 2 + 1 + 5."""
    notes = (
        "# IRDAI\n\n## Set-up\n\n"
        "Authority (Sec 4), all appointed by the Centre:\n"
        "- Chairperson\n"
        "- 5 members → whole-time, experts in insurance\n"
        "- 4 members → part-time\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert not any(p.startswith("How many members") for p in prompts), prompts


def test_a_rank_before_a_plural_short_form_is_no_name() -> None:
    """``{{First BRs}} in the world designated (1976)`` (holdout 371, bad): several reserves,
    no name to recall."""
    notes = (
        "# Ramsar sites (RSs) + wetlands\n\n## Ramsar basics\n\n"
        "- Convention signed at Ramsar, Iran (1971)\n"
        "- First RSs in the world designated (1974)\n"
    )
    keys = cloze_keys(notes)
    assert "First RSs" not in keys, keys


def test_indias_government_is_no_answer() -> None:
    """ "___ started BR scheme (1986)" keyed Govt of India (holdout 371, bad): notes for an
    Indian exam are about India; its government starts every national scheme."""
    notes = (
        "# Wetlands\n\n## National plan\n\n"
        "- Govt of India started NWCP scheme (1985); MoEFCC funds, states manage\n"
    )
    keys = cloze_keys(notes)
    assert "Govt of India" not in keys, keys
    notes = (
        "# Election Commission\n\n## Independence safeguards\n"
        "- Removal like an SC judge (Art. 324(5))\n"
        "- Not eligible for any further office under GoI or any state after ceasing to hold "
        "office (Art. 319)\n"
    )
    keys = cloze_keys(notes)
    assert "GoI" not in keys, keys


def test_a_value_label_is_no_term() -> None:
    """``{{WMO cut-off}} – wind speed ≥ 30 m/s …`` (holdout 370, bad): the label of a value
    the line gives, not a term to recall."""
    notes = (
        "# Cyclones\n\n## Basics\n\n"
        "- IMD threshold → wind speed ≥ 62 km/h to count as a cyclonic storm\n"
        "- Eye → calm centre of a cyclone, clear skies\n"
    )
    texts = shown_texts(notes)
    assert not any("{{IMD threshold}}" in t for t in texts), texts


def test_a_persons_surname_in_the_topic_gives_their_name_away() -> None:
    """``{{Henry Louis Vivian Derozio}} (1809–1831) …`` under "› Derozio & Young Bengal"
    (holdout 371, bad): the topic line shows the surname, which answers."""
    notes = (
        "# Reformers\n\n## Phule & Satyashodhak Samaj\n\n"
        "- **Jyotirao Govindrao Phule** (1827–1890), teacher, opened a girls' school at Pune (1848)\n"
    )
    keys = cloze_keys(notes)
    assert "Jyotirao Govindrao Phule" not in keys, keys


def test_a_place_in_a_cloze_takes_no_family_name() -> None:
    """``born in {{Tiruvarur|Tiruvarur Devi}}`` (holdout 370, weak): "Tiruvarur Devi" is the
    town's goddess, and a wrong answer to where they were born."""
    notes = (
        "The three saints came later, all three born in **Srirangam** (TN).\n"
        "- Hymns to Srirangam Devi\n- Others: Kanchi Devi, Madurai Devi\n"
    )
    born = Cloze(id="x", topic="t", text="The saints were all born in {{Srirangam}}, in TN.")
    sang = Cloze(id="y", topic="t", text="{{Srirangam}} hymns were sung in Tamil.")
    kept, completed = with_full_names([born, sang], notes)
    assert kept.blanks == (("Srirangam",),), kept
    assert completed.blanks == (("Srirangam", "Srirangam Devi"),), completed  # not a place


def test_a_notified_row_says_as_what() -> None:
    """ "In which year was Nilgiri notified?" (holdout 371, weak): notified as what? The
    table's short-form header, spelled out by the heading, says."""
    notes = (
        "# Tiger Reserves (TRs) of India\n\n## List\n\n"
        "| TR | State | Notified |\n|---|---|---|\n"
        "| Corbett | Uttarakhand | 1973 |\n"
        "| Sariska | Rajasthan | 1978 |\n"
        "| Periyar | Kerala | 1978 |\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert any(p.endswith("Corbett notified as a tiger reserve?") for p in prompts), prompts


def test_the_opposite_in_the_line_gives_the_key_away() -> None:
    """``___ panchayats can't take over powers of lower ones`` keyed Higher-level (holdout
    373, bad): "lower" leaves its opposite."""
    notes = (
        "# Courts & Tribunals\n\n## Hierarchy\n"
        "Subordinate courts work under the High Court (Art 235).\n"
        "- Higher-level courts can't take over powers of lower ones/tribunals.\n"
        "- District judge → appointed by Governor w/ HC consultation\n"
    )
    keys = cloze_keys(notes)
    assert "Higher-level" not in keys, keys


def test_a_label_word_before_a_name_is_no_term() -> None:
    """``{{Nodal}} = Ministry of Tribal Affairs`` (holdout 373, bad): a label and its value."""
    notes = (
        "# Ocean policy\n\n## Deep Ocean Mission 2021\n"
        "The mission maps seabed minerals under **UNCLOS** rules → approved 16 June 2021. "
        "Nodal ministry = Ministry of Earth Sciences; it runs Samudrayaan too.\n\n"
        "## Sagarmala 2015\n"
        "Full name: Sagarmala Programme (port-led development) → launched 2015; plan (2016), "
        "revised (2018). Nodal = **Ministry of Ports, Shipping and Waterways**. Aim → to cut "
        "logistics costs of trade by coastal shipping.\n"
    )
    assert not by_key(notes, "Nodal", "term"), by_key(notes, "Nodal")


def test_a_cases_formal_name_is_no_clue_to_it() -> None:
    """ "Which term (2013) is this: Orissa Mining Corp v MoEF; …?" keyed Niyamgiri case
    (holdout 373, bad): the case's other name gives it away."""
    notes = (
        "# Scheduled Areas\n\n## Timeline\n"
        "- (2013) **Kudremukh case** (Karnataka Mining Corp v MoEF) → SC: Malekudiya gram "
        "sabhas decide → all 12 rejected KIOCL iron mining\n"
    )
    assert not by_key(notes, "Kudremukh case", "term-identify")


def test_a_plan_that_got_nowhere_is_no_definition() -> None:
    """ "India: ___ – proposed, never built" (holdout 372, bad): many plans fit."""
    notes = (
        "# Nuclear Power & Reactors\n\n## Nuclear energy\nIndia:\n"
        "- Best sites → coasts > big rivers > inland lakes\n"
        "- Kovvada plant (AP), 6 reactors → stalled, cost too high\n"
        "- Mithi Virdi nuclear project → proposed, never built\n"
    )
    assert not by_key(notes, "Mithi Virdi nuclear project", "term")


def test_a_topic_on_the_answers_own_subject_gives_it_away() -> None:
    """ "Which term is described as “periodic rise & fall of sea level …”?" keyed Tides
    under "Tides, Tidal Energy & Tidal Bores" (holdout 372, bad)."""
    notes = (
        "# Volcanoes, Volcanic Landforms & Volcanic Soils\n\n## Basics\n\n"
        "Volcanoes: openings in the crust through which magma and gases erupt\n"
        "Caldera: large crater formed when a volcano collapses into its emptied chamber\n"
        "Lava: magma that reaches the surface\n"
    )
    asked = [q.answer for q in generated(notes) if isinstance(q, Short)]
    assert "Volcanoes" not in asked, asked


def test_an_arrow_before_a_passive_and_its_doer_reads_as_was() -> None:
    """``Virupaksha temple → built by queen **Lokamahadevi** …`` (holdout 369: the builder, a
    key fact, was never asked, the arrow being the writer's shorthand)."""
    notes = (
        "# Gangas of Odisha\n\n## Art & architecture\n"
        "- **Kalinga style**: temple style of Odisha → rekha deula + jagamohana the core plan\n"
        '- Bhubaneswar = "temple city of India" → Lingaraja, Mukteswara (gateway arch)\n'
        "- **Konark** (UNESCO WHS, 1984) → Sun temple shaped as a chariot w/ 24 wheels\n"
        "  - Sun temple → built by king **Narasimhadeva I** to mark his wins over the Bengal "
        "sultans\n"
        "  - Jagannath temple (Puri) → by king Anantavarman Chodaganga\n"
    )
    texts = shown_texts(notes)
    assert any("Sun temple was built by king {{Narasimhadeva I}}" in t for t in texts), texts


def test_an_arrow_is_read_as_was_only_after_a_subject() -> None:
    """The head must be what the participle is said of: never an article's bare number (the
    Commission is constituted, not Art. 280), a clause with its own verb, or alternatives."""
    assert write_out("Qualifications → fixed by Parliament") == (
        "Qualifications were fixed by Parliament"
    )
    for line in (
        "Art. 280 → constituted by President every 5 yrs",
        "Gauhati HC (2013) held CBI unconstitutional → stayed by SC",
        "self/parent born in undivided India → registered by consular rep",
    ):
        assert "→" in write_out(line), line


def test_a_bodys_present_form_is_asked_as_such() -> None:
    """ "With which year is the Estimates Committee associated?" keyed 1950 (holdout 374,
    bad): the line dates its present form, and the notes date its origin earlier."""
    notes = (
        "# Parliament\n\n## Timeline\n"
        "- (1921) Central Advisory Committee for railways set up\n"
        "- (1950) Public Accounts Committee in present form → (1952) first Lok Sabha\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short | Mcq)]
    assert any(p.endswith("Committee appointed in its present form?") for p in prompts), prompts


def test_a_headings_the_is_not_doubled() -> None:
    """ "Who founded the The Satavahanas?" (holdout 374, weak)."""
    notes = (
        "# The Ikshvakus (Andhra, c. 3rd c. CE)\n\n## Basics\n"
        "- Founder: **Vasishthiputra Chamtamula** (acc. to Nagarjunakonda inscr.); rose after "
        "Satavahana decline\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert "Who founded the Ikshvakus?" in prompts, prompts


def test_a_flavour_or_an_angle_is_a_label() -> None:
    """``{{Military flavour}}: kataka & skandhavara …`` (holdout 374, bad)."""
    notes = (
        "# Guptas\n\n## Administration\n"
        "- Religious flavour: Bhagavata titles & Garuda seals (royal emblems)\n"
        "- Kumaramatya: high officer, often a prince, in charge of a district\n"
    )
    texts = shown_texts(notes)
    assert not any("Bhagavata titles" in t and "described" in t for t in texts), texts
    assert not any("{{Religious flavour}}" in t for t in texts), texts


def test_a_rate_is_no_terms_meaning() -> None:
    """ "Which term is described as “approx 1 mb per 10 m …”?" keyed "Falls w/ height"
    (holdout 375, bad)."""
    notes = (
        "# Temperature\n\n## Basics\n"
        "- Drops w/ height → approx 6.5 °C per km in the troposphere\n"
        "- Inversion → temperature rises with height, e.g. on clear winter nights\n"
    )
    texts = shown_texts(notes)
    assert not any("6.5 °C per km" in t and ("described" in t or "___" in t) for t in texts), texts


def test_a_move_between_two_places_keeps_both() -> None:
    """ "In 1530, ___ shifted HQ Cochin." of ``shifts HQ Cochin → Goa`` (holdout 377, bad):
    cut at its arrow, the line taught the move backwards."""
    assert write_out("(1911) British shift capital Calcutta → Delhi") == (
        "(1911) British shift capital from Calcutta to Delhi"
    )


def test_a_definition_that_opens_on_a_verb_is_not_asked_as_a_noun() -> None:
    """ "What is a compare actual expenditure … called?" (holdout 377, bad); a noun that is
    also a verb's form stays a noun before "of"."""
    assert called_question("verify actual spending with the sums voted by the assembly") is None
    assert called_question("record of births and deaths in a district") == (
        "What is a record of births and deaths in a district called?"
    )


def test_examples_in_a_word_each_are_no_definition() -> None:
    """ "Which term is described as “tanks, channels (eri variyam)”?" keyed Irrigation
    (holdout 376, bad): a label over its examples."""
    notes = (
        "# Mughal revenue\n\n## Functions of officials\n"
        "- Revenue → measurement, assessment (zabt)\n"
        "- Justice → qazis, muftis (sharia courts)\n"
        "- Police: kotwal kept order in towns\n"
    )
    texts = shown_texts(notes)
    assert not any("described as “qazis, muftis" in t for t in texts), texts


def test_a_mnemonic_is_no_long_form() -> None:
    """ "What does PAC stand for?" keyed "Past Accounts Checked" (holdout 378, bad): the
    writer's memory aid, not what the letters stand for."""
    notes = (
        "# Budget bodies\n\n## Compare\n"
        "- CAG audits accounts; PAC examines the CAG's reports\n\n"
        'Mnemonic: CAG = "Checks All Government"; PAC = "Post Audit Committee".\n'
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert not any("stand for" in p for p in prompts), prompts


def test_a_name_on_every_other_line_keeps_its_first_word() -> None:
    """``Baji {{Rao II}} kept trying …`` (holdout 379, bad): "Baji" is on many lines, but
    always as part of the one name, not the notes' background."""
    notes = (
        "# Anglo-Sikh Wars\n\n## Background\n"
        "- Maharaja: **Duleep Singh** → last ruler; Resident at Lahore: **Henry Lawrence**\n"
        "- Regent for Duleep Singh → his mother Jind Kaur\n"
        "- (1846) Treaty of Lahore imposed on Duleep Singh\n"
        "- (1846) Treaty of Bhyrowal → British Resident controls Duleep Singh's govt\n"
        "- (1849) Duleep Singh deposed; Punjab annexed\n"
        "- (1854) Duleep Singh taken to England\n\n"
        "The Company had beaten the Khalsa in 1846 but not finished it. Duleep Singh kept his "
        "throne under a regency, while Dalhousie wanted to end Sikh power.\n"
    )
    assert not by_key(notes, "Singh", "name")
    assert by_key(notes, "Duleep Singh", "name")
