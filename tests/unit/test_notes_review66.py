"""The classes found in the seventh session's reviews, each on made-up notes of another
subject."""

from __future__ import annotations

from typing import cast
from unittest.mock import patch

from quizbot.bank.model import Cloze, Match, Short
from quizbot.grading.matching import match_columns
from quizbot.notes import generate_questions
from quizbot.notes.ambiguity import others_did_it_too
from quizbot.notes.clauses import with_its_verb
from quizbot.notes.drafts import Context
from quizbot.notes.grammar import has_verb
from quizbot.notes.person_phrases import describes_a_person
from tests.unit.notes_support import candidates, shown_texts


def test_a_body_and_its_chair_are_asked_in_words() -> None:
    """ "___ – chaired by the Prime Minister" was a raw line; "Who chairs …?" asks it."""
    shown = shown_texts(
        "# Polity\n\n## Fiscal bodies\n\n"
        "- **GST Council** – chaired by the **Union Finance Minister**\n"
        "- **Zonal Councils**: chaired by the Union Home Minister\n"
    )
    assert "Who chairs the GST Council?" in shown
    assert "Who chairs the Zonal Councils?" in shown


def test_an_office_that_acts_on_a_thing_is_no_person_described() -> None:
    """ "Who is described as “chaired by the Chief Minister”?" keyed a body."""
    assert describes_a_person("last GG and only Indian GG")
    assert describes_a_person("first Governor-General of free India")
    assert not describes_a_person("chaired by the Chief Minister")
    assert not describes_a_person("end of a session by the President")


def test_a_count_of_years_its_printed_range_gives_is_not_asked() -> None:
    """ "ruled for only ___ years (1540–45)": the range gives five; "six years (1540–45)" as
    a false statement refutes itself."""
    shown = shown_texts(
        "# Medieval India – Islam Shah Suri (1545–1554)\n\n"
        "Islam Shah ruled for only nine years (1545–54), but his admin is imp. because Akbar "
        "later built on much of it. He was born **Jalal Khan**, son of Sher Shah.\n"
    )
    assert not any("years (1545–54)" in s for s in shown)


def test_the_syllabus_paper_of_a_sheet_is_no_key() -> None:
    """ "___ – Indian geography (water resources)" keyed GS1."""
    shown = shown_texts(
        "# Banking\n\nGS3 – Indian economy (banking)\n\n## Reforms\n\n"
        "- Narasimham Committee (1991) recommended lower SLR and CRR.\n"
    )
    assert not any("{{GS3}}" in s for s in shown)


def test_a_kind_with_the_and_there_point_to_a_name_the_question_lacks() -> None:
    """ "The complex, which also holds the Iron Pillar, is a ___ site", "___ took refuge
    there in 1857", "India applied for membership ___"."""
    shown = shown_texts(
        "# Monuments\n\n## Forts\n\n"
        "**Mughal forts.** Akbar built the **Agra Fort** (1565–73) of red sandstone; Shah "
        "Jahan added the Moti Masjid. The complex, which also holds the Jahangiri Mahal, is a "
        "World Heritage site (1983).\n\n"
        "**Red Fort** (1639–48), Delhi, was built by Shah Jahan and designed by **Ustad Ahmad "
        "Lahori**. Bahadur Shah Zafar was tried there in 1858 and exiled to Rangoon.\n\n"
        "## Missile clubs\n\n"
        'MTCR set up 1987 by G7 ("missile club", 35 members). Australia Group → chemical & '
        "biological. India applied for membership 2017 → blocked by Turkey (Vienna plenary) "
        "on the NPT point.\n"
    )
    assert not any(s.startswith("The complex,") for s in shown)
    assert not any("tried there" in s for s in shown)
    assert not any("membership" in s for s in shown)


def test_a_name_the_line_says_others_share_is_not_asked() -> None:
    """ "___ toured the villages w/ G; also Indulal Yagnik, Mohanlal Pandya": all fit; the
    one they went with is still one answer."""
    _, built = candidates(
        "# Movements\n\n## Bardoli (1928) – Gujarat\n\n"
        "- **Kalyanji Mehta** toured the villages w/ Patel; also Kunvarji Mehta, Mithuben "
        "Petit, Bhaktiba Desai\n"
    )
    reasons = {d.key_text: others_did_it_too(q, d, u, cast(Context, None)) for d, q, u in built}
    assert reasons["Kalyanji Mehta"] is not None
    assert reasons["Patel"] is None


def test_a_body_beside_its_report_is_not_asked_when_appointed() -> None:
    """ "1928 – Royal Commission on Agriculture → recommends …": the year may be the report's;
    "In which year was … appointed?" taught a wrong year."""
    shown = shown_texts(
        "# Education\n\nTimeline\n"
        "- 1882 – Indian Education Commission → recommends primary schools via local boards\n"
        "- 1904 – Indian Universities Act → **universities** under govt control\n"
    )
    assert not any("Commission appointed" in s for s in shown)
    assert any("Indian Universities Act passed" in s for s in shown)


def test_a_clause_that_names_nothing_but_the_thing_before_is_not_cut_out() -> None:
    """ "AQI – launched …; ___ did the technical study": the study of the line's head; and
    "BS IV in ___ big cities.": "cities" read as a verb let a verbless clause through."""
    shown = shown_texts(
        "# Elections\n\n"
        'EVM – first used 1982 at Paravur (Kerala), "One Nation – One Machine"; ECIL '
        "Hyderabad did the engineering design\n"
        "- (1998) EVMs in 16 seats; VVPAT in 8 big states\n"
    )
    assert not any(s.startswith("{{ECIL Hyderabad}} did") for s in shown)
    assert not any(s.startswith("VVPAT in") for s in shown)


def test_a_short_form_the_notes_spell_out_accepts_its_long_form() -> None:
    """ "___: state procures … itself" keyed DCP; the notes give Decentralised Procurement."""
    found = generate_questions(
        "# Welfare\n\n## Timeline\n\n"
        "- 2013 – Direct Benefit Transfer (DBT) rolled out in 43 districts\n\n"
        "## Glossary\n\n"
        "- DBT: cash sent straight into a beneficiary's bank account, no middlemen\n",
        "n/notes.md",
    )
    keyed = [q for q in found if isinstance(q, Cloze) and "{{DBT" in q.text]
    assert keyed and all("Direct Benefit Transfer" in q.text for q in keyed)


def test_a_body_whose_arrow_opens_on_its_verb_is_asked_what_it_recommended() -> None:
    """ "Which commission of 1882 is associated with recommends …?" broke the grammar."""
    shown = shown_texts(
        "# Education\n\n## Timeline\n\n"
        "- 1882 – Hunter Commission → recommends primary education via local boards\n"
    )
    assert shown == ["Which commission (1882) recommended primary education via local boards?"]


def test_a_timeline_line_is_asked_as_a_sentence() -> None:
    """A date, a dash and a clause was the raw note line (blind reviews: 3 good of 36); a
    clause with its subject and verb is put in a sentence, and a scrap is not."""
    shown = shown_texts(
        "# History\n\n## Timeline\n\n"
        "- 1885 – Indian National Congress founded at Bombay by **A.O. Hume**\n"
        "- 1498 – **Vasco da Gama** reaches Calicut\n"
        "- Oct 1943 – Bose killed, Taihoku airfield\n"
        "- 1906 – Congress met at Calcutta, chaired by **Dadabhai Naoroji**\n"
    )
    assert not any("Calcutta was chaired" in s for s in shown)
    assert "In 1885, the Indian National Congress was founded at Bombay by {{A.O. Hume}}." in shown
    assert "In 1498, {{Vasco da Gama}} reached Calicut." in shown
    assert not any(s.startswith("In Oct 1943, Bose killed") for s in shown)


def test_the_book_a_sheet_cites_is_no_key() -> None:
    """ "___: highest peak Mahendragiri …" keyed NCERT."""
    shown = shown_texts(
        "# Geography\n\n## Western Ghats\n\n"
        "- run from the Tapi valley to Kanyakumari, parallel to the W coast\n"
        "- NCERT: highest peak **Anamudi** (2,695 m, Kerala); some put Doddabetta second\n"
    )
    assert not any("{{NCERT}}" in s for s in shown)


def test_a_count_the_question_prints_or_subtracts_is_given_away() -> None:
    """ "… other than Assam, Meghalaya, Tripura and Mizoram; … those ___ states"; "30
    members: 26 elected …, ___ nominated" (and as a false statement, "5 nominated")."""
    shown = shown_texts(
        "# Polity\n\n## Inner Line\n\n"
        "The Inner Line Permit applies in Arunachal Pradesh, Nagaland, Mizoram and Manipur; "
        "the Bengal Eastern Frontier Regulation of 1873 governs entry to those four states.\n\n"
        "## Councils\n\n"
        "Each Legislative Council in the region has 40 members: 36 elected by the MLAs for 6 "
        "years, 4 nominated by the Governor (at his pleasure).\n"
    )
    assert not any("{{four" in s or "{{4" in s or "{{36" in s for s in shown)
    assert not any("36 elected" in s and "nominated" in s and "{{" not in s for s in shown)


def test_the_exception_to_what_is_not_said() -> None:
    """ "BTC (2003) is the exception, up to ___ members.": the exception to what?"""
    shown = shown_texts(
        "# Polity\n\n## Councils\n\n"
        "Six regional councils: two in Ladakh, four in the hills. LAHDC (1995) is the "
        "exception, up to 30 members.\n"
    )
    assert not any("the exception" in s for s in shown)


def test_a_verb_read_as_a_role_is_no_role() -> None:
    """ "What is the name of Gram Sabha's owns?" from "- owns **minor forest produce**"."""
    shown = shown_texts(
        "# Polity\n\n## Panchayats\n\n"
        "The **Ward Sabha** is the base of it:\n"
        "- approves plans, picks beneficiaries\n"
        "- owns **village ponds**; its nod needed for fishing leases\n"
    )
    assert not any("'s owns" in s for s in shown)


def test_a_table_cell_many_rows_share_or_a_place_led_is_not_asked() -> None:
    """ "Who led the Bengal region?" (three Bengal rows) and "Who led the Madras?"."""
    shown = shown_texts(
        "# History\n\n## Who led where\n\n"
        "| Region | Leader(s) | Note |\n|---|---|---|\n"
        "| Punjab | Lala Lajpat Rai | deported 1907 |\n"
        "| Punjab | Ajit Singh | Bharat Mata Society |\n"
        "| Madras | Subramania Bharati | poet |\n"
        "| Delhi | Syed Haider Raza | – |\n"
    )
    assert not any(s.startswith(("Who led the Punjab", "Who led the Madras")) for s in shown)


def test_a_month_is_no_verb() -> None:
    """ "Jan ___ schemes (9 May, Kolkata).": "May" read as the verb let a scrap through."""
    assert not has_verb("Jan Suraksha schemes (9 May, Kolkata)", loose=False)
    assert has_verb("Parliament may amend it", loose=False)


def test_the_label_of_a_numbered_resolution_is_no_key() -> None:
    """ "After the war, ___ 242 (Nov 1967) set out …" keyed "UNSC Resolution"."""
    shown = shown_texts(
        "# IR\n\n## Tests\n\n"
        "**1998**: India tested at Pokhran. After the tests, UNSC **Resolution 1172** (June "
        "1998) condemned both; the US imposed sanctions.\n"
    )
    assert not any("{{UNSC Resolution}}" in s for s in shown)


def test_the_writers_clipped_word_for_a_group_is_no_key() -> None:
    """ "Ext took the movement beyond ___ limits" keyed "Mod" (the notes' Moderates)."""
    shown = shown_texts(
        "# History\n\n## Methods\n\n"
        "The Liberals and the Radicals split in 1907. Rad took the protest beyond Lib limits "
        "→ boycott of British cloth.\n"
    )
    assert not any("{{Lib}}" in s for s in shown)


def test_a_term_the_notes_use_again_is_asked_once() -> None:
    """Zooxanthellae asked in the biology paragraph, again in the bleaching line, and again
    in the glossary: the coaches judged the later two repeats."""
    found = generate_questions(
        "# Lichens\n\n## Biology\n\n"
        "Lichens are partnerships of a fungus and a photobiont (alga or cyanobacterium); the "
        "fungal threads wrap the algal cells into a body called the **thallus**.\n\n"
        "## Pollution\n\n"
        "- Sulphur dioxide kills the algae first, and the bleached thallus falls off bark.\n\n"
        "## Glossary\n\n"
        "- Thallus: a plant body not divided into root, stem and leaf\n"
        "- Soredia: powdery packets of fungus and alga that spread a lichen\n",
        "n/notes.md",
    )
    keyed = [
        q
        for q in found
        if (isinstance(q, Cloze) and "{{thallus" in q.text.lower())
        or (isinstance(q, Short) and q.answer.lower() == "thallus")
    ]
    assert len(keyed) == 1


def test_a_clause_whose_owner_is_the_line_before_is_not_cut_out() -> None:
    """ "___ on his coins, calls himself Maheshvara": whose coins; "Who was Kanishka's
    president?" of the council an arrow led to."""
    shown = shown_texts(
        "# Ancient India – Guptas\n\n## Guptas\n\n"
        "Order: Chandragupta I → Samudragupta → **Chandragupta II**.\n\n"
        "- Samudra Gupta – large issues of gold coins; Vishnu on his coins, calls himself "
        "*Kaviraja*\n"
        "- **Harsha** – the greatest Pushyabhuti\n"
        "  - patron of Mahayana → **Kannauj assembly** (643), president **Hiuen Tsang**, "
        "scribe **Banabhatta**\n"
        "  - capital **Kannauj**\n"
    )
    assert not any(s.startswith("{{Vishnu}} on his coins") for s in shown)
    assert not any("calls himself" in s for s in shown)
    assert "Who was Harsha's president?" not in shown


def test_an_exact_measure_of_a_table_row_is_not_asked() -> None:
    """ "What is the height of Anamudi?" (2,695 m): trivia beside the row's fact."""
    shown = shown_texts(
        "# Geography\n\n## Peaks\n\n| Peak | Height | Range |\n|---|---|---|\n"
        "| Anamudi | 2,695 m | Anaimalai |\n| Doddabetta | 2,637 m | Nilgiris |\n"
        "| Mahendragiri | 1,501 m | Eastern Ghats |\n"
    )
    assert not any(s.startswith("What is the height of") for s in shown)


def test_a_country_beside_its_city_or_run_into_a_name_is_no_key() -> None:
    """ "… in Kyoto, ___ (1997)" keyed Japan; "In ___ issued the first green bond" keyed
    "India Yes Bank"; "The ___ 2022-23 announced …" keyed Union Budget."""
    shown = shown_texts(
        "# Environment\n\n## Bonds\n\n"
        "The Montreal Protocol was signed in Montreal, Canada (1987) and came into force in "
        "Jan 1989. In India **SBI** issued the first masala bond (2016) and SEBI framed rules "
        "in 2017. The Union Budget 2023-24 announced green credits, and the Environment "
        "Ministry notified the rules in 2023.\n"
    )
    assert not any("{{Canada}}" in s or "{{India SBI}}" in s for s in shown)
    assert not any("{{Union Budget}}" in s for s in shown)


def test_a_leader_of_two_rows_does_not_name_one_of_them() -> None:
    """ "Which country was led by San Martin?": his name is on Chile's row as well."""
    shown = shown_texts(
        "# World History\n\n## The south\n\n"
        "| Country | Indep. | Leader | Key event/place |\n|---|---|---|---|\n"
        "| Venezuela | 1811 | Miranda, Ribas | Caracas |\n"
        "| Argentina | 1816 | San Martin, Belgrano | Tucumán |\n"
        "| Chile | 1818 | San Martin, O'Higgins | Chacabuco, Maipú |\n"
        "| Mexico | 1821 | Iturbide | Iguala |\n"
        "| Brazil | 1822 | Pedro I | Ipiranga |\n"
    )
    assert "Which country was led by San Martin?" not in shown
    assert "Which country was led by Pedro I?" in shown


def test_a_meaning_that_opens_on_a_preposition_names_no_thing() -> None:
    """ "What is an of mixed European and Indigenous descent called?"."""
    shown = shown_texts(
        "# History\n\n## Brazil\n\n"
        '- 1822 – **Cry of Ipiranga**: "Independence or death!"\n\n'
        "Terms:\n"
        "- Creole (criollo): person of Sp descent born in the Americas\n"
        "- Peninsular: Spain-born official or settler, held the top posts\n"
        "- Mestizo: of mixed European and Indigenous descent\n"
        "- Caudillo: military strongman; ruled many new republics after indep.\n"
    )
    assert not any(s.startswith("What is an of") for s in shown)


def test_a_row_in_several_states_or_named_after_its_territory_is_not_placed() -> None:
    """ "TN, Kerala, Karnataka" as the one option of its shape; "Great Nicobar" in "A&N
    Islands" (Andaman and Nicobar Islands)."""
    shown = shown_texts(
        "# Environment\n\n## Reserves\n\n"
        "| Reserve | Year | State/UT | Known for |\n|---|---|---|---|\n"
        "| Nilgiri | 1986 | TN, Kerala, Karnataka | first BR |\n"
        "| Nanda Devi | 1988 | Uttarakhand | valley of flowers |\n"
        "| Manas | 1989 | Assam | pygmy hog |\n"
        "| Great Nicobar | 1989 | A&N Islands | leatherback turtle |\n"
        "| Kachchh | 2008 | Gujarat | wild ass |\n"
        "| Cold Desert | 2009 | Himachal Pradesh | snow leopard |\n"
    )
    assert not any("Nilgiri" in s or "Great Nicobar" in s for s in shown)
    assert "In which Indian state is the Kachchh reserve?" in shown


def test_a_name_said_with_the_a_clause_number_cut_or_a_generic_meeting_is_not_asked() -> None:
    """ "The name comes from the ___ badawi"; "{{Art 19}}(1) (c)"; "the all-party Conference"
    with its place left out."""
    shown = shown_texts(
        "# Geography\n\n## Hot deserts\n\n"
        "Bedouin of Arabia herd camels and goats. The name comes from the Arabic badawi, "
        '"desert dweller".\n\n'
        "The freedom to form unions is in Art 19(1) (c): right to form associations added by "
        "the founders.\n\n"
        "## Timeline\n\n"
        "- Mar 1920 – all-party conf at Lucknow → boycott of councils; Gandhi to lead\n"
    )
    assert not any(s.startswith("The name comes") for s in shown)
    assert not any("Art 19" in s and "{{" in s for s in shown)
    assert "In which month and year was the all-party Conference at Lucknow held?" in shown


def test_a_clipped_kind_word_and_a_question_over_a_list_are_not_asked() -> None:
    """ "… (Protection of Aboriginal Tribes) ___" keyed "Reg"; a match of "who stayed outs"
    whose items include "But"."""
    shown = shown_texts(
        "# India\n\n## Tribes\n\n"
        "- Entry to tribal reserves barred under A&N (Protection of Aboriginal Tribes) Reg\n\n"
        "## who stayed out\n\n"
        '- ML – kept Muslims away; raised "Divide and Quit"\n'
        "- Communists – opposed it after the USSR joined the war\n"
        "- Hindu Mahasabha – did not join\n"
        "- But – the movement spread to the villages\n"
    )
    assert not any("{{Reg}}" in s for s in shown)
    assert not any("who stayed out" in s for s in shown)


def test_a_match_whose_sorted_right_column_is_its_own_order_is_turned() -> None:
    """Award years in order: the lettered (sorted) List II gave the key 1-a, 2-b, 3-c, 4-d;
    a glossary whose meanings sort as its terms do would too."""
    with patch("quizbot.notes.generate.regrouped", lambda qs, _: qs):
        found = generate_questions(
            "# Geography\n\n## Glossary\n\n"
            "- Cirque – armchair hollow at a glacier's head\n"
            "- Drumlin – basket-of-eggs hill of till\n"
            "- Esker – crest of gravel left by meltwater\n"
            "- Fjord – drowned glacial valley\n",
            "n/notes.md",
        )
    matches = [q for q in found if isinstance(q, Match)]
    assert matches
    for match in matches:
        _, rights = match_columns(match)
        assert rights != [right for _, right in match.pairs]


def test_a_dated_clause_in_the_present_is_asked_with_its_own_verb() -> None:
    """ "On what date was the Nehru moves the Objectives Resolution passed?", "… gets royal
    assent passed?", "… Boston Tea Party formed?", and a date its name prints (3 June Plan)."""
    shown = shown_texts(
        "# History\n\n## Timeline\n\n"
        "- 8 Aug 1942 – Gandhi moves the **Quit India resolution**\n"
        "- 10 Feb 1921 – **National Education Act** gets royal assent\n"
        "- 5 Sept 1905 – **Bengal Tea Party** – students dump British goods into the Hooghly\n"
        "- 29 Jan 1950 – **Republic Day** (29 Jan Plan) parade first held\n"
    )
    assert "On what date did Gandhi move the Quit India resolution?" in shown
    assert "On what date did the National Education Act get royal assent?" in shown
    assert "On what date did the Bengal Tea Party take place?" in shown
    assert not any("29 Jan Plan" in s for s in shown)


def test_a_pronoun_after_an_opening_phrase_is_a_pointer() -> None:
    """ "In theory he ruled as deputy of the ___": who?"""
    shown = shown_texts(
        "# Polity\n\n## Sultans\n\n"
        "Iltutmish was the real founder of the Sultanate. In theory he ruled as deputy of the "
        "Abbasid Caliph. Raziya followed him in 1236.\n"
    )
    assert not any(s.startswith("In theory he") for s in shown)


def test_a_participle_after_a_clause_with_its_verb_gets_no_auxiliary() -> None:
    """ "Congress met at Calcutta, chaired by ___" is a clause already, not "… is chaired"."""
    assert with_its_verb("Congress met at Calcutta, chaired by {{Naoroji}}") == (
        "Congress met at Calcutta, chaired by {{Naoroji}}"
    )
    assert with_its_verb("Asiatic Society founded in Calcutta by {{William Jones}}") == (
        "Asiatic Society was founded in Calcutta by {{William Jones}}"
    )
