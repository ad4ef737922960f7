"""Classes of blind review 34 (DPSP and amendments, three revolutions, the external
sector), each test naming the rule that now holds."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.sentences import split_sentences
from quizbot.notes.shorthand import write_out
from tests.unit.notes_support import short_questions


def test_other_names_a_first_word_the_notes_complete_once_is_keyed_by_the_full_name() -> None:
    asked = short_questions(
        "# World history\n\n## China – 1911\n\n"
        '- Sun = "father of modern China"\n'
        "- 1911 – **Sun Yat-sen** leads the Xinhai revolution against the Qing\n"
    )  # the epithet first: a name is asked once, by its first question (session 34)
    father = asked['Who is known as the "father of modern China"?']
    assert father.answer == "Sun Yat-sen"
    assert "Sun" in father.aliases


def test_gate_a_country_its_peoples_adjective_names_is_not_asked() -> None:
    found = generate_questions(
        "# World history\n\n## French Rev (1789–99)\n\n"
        "The Third Estate swore not to disperse till **France** had a constitution.\n",
        "n/notes.md",
    )
    assert not [q for q in found if isinstance(q, Cloze) and "{{France" in q.text]


def test_sentences_lit_ends_no_sentence_and_rev_is_revolution() -> None:
    assert len(split_sentences('Paris poor radicals, lit. "without knee breeches". Next.')) == 2
    assert write_out("the Chinese rev") == "the Chinese revolution"
    assert write_out("Rev. Alexander Duff") == "Rev. Alexander Duff"


def test_timeline_two_things_done_together_were_done() -> None:
    asked = short_questions(
        "# World history\n\n## French Rev\n\n- Aug 1789 – feudal privileges & tithes abolished\n"
    )
    assert "In which month and year were the feudal privileges & tithes abolished?" in asked


def test_table_attributes_a_rows_year_says_which_revolution() -> None:
    asked = short_questions(
        "# World history\n\n## Revolutions\n\n"
        "| Rev | Overthrew | Leader(s) | Key text |\n|---|---|---|---|\n"
        "| French (1789) | Bourbon monarchy | Robespierre, then Napoleon | Rights of Man |\n"
        "| Russian (1917) | Romanov tsardom | Lenin, Trotsky | April Theses |\n"
        "| Chinese (1911) | Qing dynasty | Sun Yat-sen | Three Principles |\n"
    )
    assert asked["Who led the Chinese revolution (1911)?"].answer == "Sun Yat-sen"


def test_term_questions_a_bare_rank_is_asked_as_a_rank() -> None:
    """``**Alluvial** – most widespread (~40% of area), northern plains`` was asked "Which
    soil is described as “most widespread …”?" (judged weak): a coach asks the rank."""
    found = generate_questions(
        "# Indian Geography – Soils\n\n## Soils\n\n"
        "ICAR's All India Soil Survey Committee (1953) → 8 major groups. Imp. ones:\n"
        "- **Alluvial** – most widespread (~40% of area), northern plains & river valleys\n"
        "- **Black soil / regur** – from Deccan trap (basalt); Maharashtra, Gujarat, MP\n"
        "- **Laterite** – high temp + heavy rain → leaching; iron oxide & potash in excess\n"
        "- **Arid** – Rajasthan; sandy, saline; kankar lower down\n"
        "- **Peaty** – heavy rain + humidity, lots of organic matter; Kerala, Sundarbans\n",
        "n/notes.md",
    )
    prompts = [str(getattr(q, "prompt", "")) for q in found]
    assert "Which soil is the most widespread in India (about 40% of area)?" in prompts


def test_seats_a_seat_later_in_a_bracket_is_the_named_bodys() -> None:
    """``**National Biodiversity Authority** (2003, HQ **Chennai**)`` after a document's
    head: the bracket says whose seat it is (blind review 35); a tribunal takes "the"."""
    asked = short_questions(
        "# Environment\n\n## India – laws & bodies\n\n"
        "- **Biological Diversity Act 2002** = India's law to implement CBD, w/ a three-tier "
        "set-up: **National Biodiversity Authority** (2003, HQ **Chennai**)\n"
        "- **National Green Tribunal** (2010, HQ Delhi) – environment cases\n"
    )
    assert asked["Where is the headquarters of the National Biodiversity Authority?"].answer == (
        "Chennai"
    )
    assert "Where is the headquarters of the National Green Tribunal?" in asked
