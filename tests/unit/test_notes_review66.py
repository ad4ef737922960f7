"""The classes found in the seventh session's reviews, each on made-up notes of another
subject."""

from __future__ import annotations

from typing import cast

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.ambiguity import others_did_it_too
from quizbot.notes.clause_shapes import describes_a_person
from quizbot.notes.drafts import Context
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
    )
    assert "In 1885, the Indian National Congress was founded at Bombay by {{A.O. Hume}}." in shown
    assert "In 1498, {{Vasco da Gama}} reaches Calicut." in shown
    assert not any(s.startswith("In Oct 1943, Bose killed") for s in shown)
