"""Looking things up in the notes: the bundled notes, and small notes written here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quizbot.bank import Statement, Statements
from quizbot.paths import bundled_notes_dir
from quizbot.tutor import Lookup, NotesIndex
from quizbot.tutor.render import render
from quizbot.tutor.search_words import subject_of, tokens
from tests.unit.tutor_support import BRAHMOS, INSTC, KUDANKULAM_TF, S400, THREE

ROOT = "India–Russia relations"


@pytest.fixture(scope="module")
def notes() -> NotesIndex:
    return NotesIndex.build([bundled_notes_dir()])


def test_subjects_and_tokens() -> None:
    assert subject_of("What is INSTC?") == ("INSTC", False)
    assert subject_of("tell me about the Kudankulam plant") == ("Kudankulam plant", False)
    assert subject_of("summarise the defence programmes") == ("defence programmes", True)
    assert tokens("The S-400 systems") == ["s400", "system"]


def test_what_is_instc_finds_the_instc_bullet_with_its_headings(notes: NotesIndex) -> None:
    found = notes.lookup("what is INSTC?")
    first = found.passages[0]
    assert first.headings == (ROOT, "Connectivity corridors", "Corridors")
    assert first.text.startswith("International North–South Transport Corridor (INSTC): ")
    assert (first.file, first.line) == ("notes/india-russia.md", 169)
    assert all("INSTC" in p.text for p in found.passages)


@pytest.mark.parametrize(
    ("query", "start", "heading"),
    [
        ("tell me about Kudankulam", "Kudankulam: nuclear reactors", "Energy"),
        ("who is Vinay Kwatra", "Vinay Kwatra: India's Foreign Secretary", "Moscow visit"),
        ("What is the NSG?", "Nuclear Suppliers Group (NSG)", "Multilateral forums"),
        ("tell me about Kudankulum", "Kudankulam: nuclear reactors", "Energy"),  # a slip
        ("what is CAATSA", "Countering America's Adversaries", "The US and CAATSA"),
    ],
)
def test_lookups_that_hit(notes: NotesIndex, query: str, start: str, heading: str) -> None:
    first = notes.lookup(query).passages[0]
    assert first.text.startswith(start) and first.headings[-1] == heading


def test_a_summary_returns_the_sections_bullets(notes: NotesIndex) -> None:
    found = notes.lookup("summarise the defence programmes")
    assert len(found.passages) >= 8
    assert {p.headings for p in found.passages} == {(ROOT, "Defence programmes")}
    assert found.passages[0].text.startswith("Russia: long-standing major arms supplier")
    lines = [p.line for p in found.passages]
    assert lines == sorted(lines)


def test_lookups_that_miss_say_so_with_suggestions(notes: NotesIndex) -> None:
    found = notes.lookup("what is photosynthesis?")
    assert found.passages == () and found.suggestions == ()
    close = notes.lookup("what is the Power of Serbia?")
    assert close.passages == () and "Power of Siberia" in close.suggestions
    stranger = notes.lookup("who is Modi's adviser Doval?")  # only the name is unknown
    assert stranger.passages == ()


def test_sub_bullets_come_with_their_bullet(notes: NotesIndex) -> None:
    found = notes.lookup("tell me about the Power of Siberia")
    assert "\n  - Inaugurated by Russia and China together" in found.passages[0].text


def test_passages_for_a_question_by_source_line_heading_or_answer(notes: NotesIndex) -> None:
    (by_line,) = notes.passages_for(BRAHMOS)
    assert by_line.text.startswith("BrahMos: cruise missile") and by_line.line == 116
    assert by_line.headings == (ROOT, "Defence programmes")
    assert notes.passages_for(S400)[0].text.startswith("S-400: long-range")
    (by_heading,) = notes.passages_for(KUDANKULAM_TF)  # heading only: the bullet with the fix
    assert "Tamil Nadu" in by_heading.text and by_heading.headings[-1] == "Energy"
    # no source, and no bullet that holds its answer (at most one that shares its words)
    assert len(notes.passages_for(INSTC)) <= 1
    (by_answer,) = notes.passages_for(THREE)  # no source: found by its answer
    assert "BRICS, SCO and G20" in by_answer.text


def test_an_index_from_markdown_text_and_odd_text_stays_data() -> None:
    index = NotesIndex.from_markdown(
        "# Volcanoes\n\n## Types\n\n- **Shield [/] volcano**: broad "
        "$var slopes\n  - made by [b]runny[/b] lava\n"
    )
    found = index.lookup("what is a shield volcano?")
    assert found.passages[0].text == (
        "Shield [/] volcano: broad $var slopes\n  - made by [b]runny[/b] lava"
    )
    assert found.passages[0].headings == ("Volcanoes", "Types")
    assert NotesIndex([]).lookup("anything?").passages == ()


# --- ranking: the section a student names comes first; request words weigh little ---

AREAS, GEO, SUMMITS, ROUTES = (
    "Areas of cooperation",
    "Geopolitics",
    "Summits and visits",
    "Connectivity corridors",
)
SUMMIT_2021, MOSCOW = (
    (SUMMITS, "21st annual summit (December 2021)"),
    (SUMMITS, "Moscow visit"),
)

#: Realistic study questions and the heading path (below the title) their first passage must
#: be under (a prefix: "Connectivity corridors" accepts its subsections).
SAMPLE: list[tuple[str, tuple[str, ...]]] = [
    ("what is INSTC?", (ROUTES, "Corridors")),
    ("tell me about Kudankulam", (AREAS, "Energy")),
    ("what is the S-400?", ("Defence programmes",)),
    ("S-400", ("Defence programmes",)),
    ("tell me about BrahMos", ("Defence programmes",)),
    ("what is CAATSA", (GEO, "The US and CAATSA")),
    ("what did the 2021 summit agree", SUMMIT_2021),
    ("trade target 2025", (AREAS, "Trade and investment")),
    ("what is the trade target for 2025?", (AREAS, "Trade and investment")),
    ("Chennai Vladivostok", (ROUTES, "Corridors")),
    ("tell me about the Chennai-Vladivostok corridor", (ROUTES, "Corridors")),
    ("Indians in the Russian army", MOSCOW),
    ("Arctic", (AREAS, "Energy")),
    ("space cooperation", (AREAS, "Space")),
    ("tell me about space cooperation", (AREAS, "Space")),
    ("SCO", (AREAS, "Multilateral forums")),
    ("NSG membership", (AREAS, "Multilateral forums")),
    ("summarise energy cooperation", (AREAS, "Energy")),
    ("summarise the Ukraine section", (GEO, "Ukraine")),
    ("summarise the defence programmes", ("Defence programmes",)),
    ("give me an overview of defence cooperation", ("Defence programmes",)),
    ("summarise the Quad", (GEO, "The Quad")),
    ("summarise China", (GEO, "China")),
    ("summarise trade and investment", (AREAS, "Trade and investment")),
    ("summarise the space section", (AREAS, "Space")),
    ("summarise the 2021 summit", SUMMIT_2021),
    ("summarise the Moscow visit", MOSCOW),
    ("summarise geopolitics", (GEO,)),
    ("summarise culture", (AREAS, "Culture and people-to-people")),
    ("notes on connectivity corridors", (ROUTES,)),
    ("what do my notes say about Afghanistan", (AREAS, "Afghanistan and counter-terrorism")),
    ("what are the challenges in India-Russia relations?", ("Challenges",)),
    ("Power of Siberia", (ROUTES, "Pipelines and rival routes")),
    ("tell me about the Power of Siberia pipeline", (ROUTES, "Pipelines and rival routes")),
    ("who is Pankaj Saran", (GEO, "China")),
    ("what is RELOS", ("Defence programmes",)),
    ("tell me about Aryabhata", (AREAS, "Space")),
    ("Sakhalin-I", (AREAS, "Energy")),
    ("Modi's Moscow visit", MOSCOW),
    ("strategic autonomy", (GEO, "Strategic autonomy")),
    ("Eurasian partnership", (ROUTES, "Regions and routes")),
    ("what did Zelensky say about the visit?", MOSCOW),
    ("tell me about the Ladakh clash", (GEO, "China")),
    ("why does India buy discounted Russian oil?", (AREAS, "Energy")),
    ("US sanctions on India over S-400", (GEO, "The US and CAATSA")),
    ("cryogenic technology", (AREAS, "Space")),
    ("who is Matthew Miller", MOSCOW),
    ("what is the assault rifle deal", SUMMIT_2021),
    ("India US defence trade", ("Defence programmes",)),
    ("what is the NATO summit", MOSCOW),
    ("what is the purpose of the Quad", (GEO, "The Quad")),
    ("Russia's share of India's defence imports", ("Defence programmes",)),
    ("what are India's exports to Russia", (AREAS, "Trade and investment")),
    ("what are the obstacles to trade?", (ROUTES, "Obstacles to connectivity and trade")),
    ("what is the green energy transition", (AREAS, "Energy")),
    ("UNSC permanent seat", (AREAS, "Multilateral forums")),
    ("Sino-Indian tensions", (GEO, "China")),
]


@pytest.mark.parametrize(("query", "path"), SAMPLE)
def test_realistic_questions_find_the_right_section_first(
    notes: NotesIndex, query: str, path: tuple[str, ...]
) -> None:
    found = notes.lookup(query)
    assert found.passages, found.suggestions
    assert found.passages[0].headings[1 : len(path) + 1] == path, found.passages[0]


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ("summarise energy cooperation", (ROOT, AREAS, "Energy")),
        ("summarise the Ukraine section", (ROOT, GEO, "Ukraine")),
        ("give me an overview of the Quad", (ROOT, GEO, "The Quad")),
        ("summarize the section on trade and investment", (ROOT, AREAS, "Trade and investment")),
        ("summarise the notes about space", (ROOT, AREAS, "Space")),
    ],
)
def test_a_summary_of_a_named_section_is_that_section_only(
    notes: NotesIndex, query: str, path: tuple[str, ...]
) -> None:
    found = notes.lookup(query)
    assert len(found.passages) >= 4
    assert {p.headings for p in found.passages} == {path}
    lines = [p.line for p in found.passages]
    assert lines == sorted(lines)


def test_a_summary_of_a_parent_heading_samples_each_subsection(notes: NotesIndex) -> None:
    found = notes.lookup("summarise geopolitics")
    subsections = [p.headings[2] for p in found.passages]
    assert set(subsections) == {
        "The US and CAATSA",
        "China",
        "The Quad",
        "Ukraine",
        "Strategic autonomy",
    }
    assert [p.line for p in found.passages] == sorted(p.line for p in found.passages)


def test_request_words_and_a_possessive_are_not_search_words() -> None:
    assert tokens("summarise the Ukraine section of my notes") == ["ukrain"]
    assert tokens("India's stance") == tokens("India stance") == ["india", "stanc"]
    assert tokens("the US and us") == ["usa"]  # the country, not the pronoun
    assert tokens("worried") == tokens("worries")


# --- misses: nothing far-fetched ---

UNRELATED = [
    "what is a shield volcano?",
    "what is photosynthesis?",
    "explain the Green Revolution",
    "who was Ashoka?",
    "tell me about the monsoon",
    "what is the Preamble of the Constitution?",
    "summarise the Mughal empire",
    "what is the GDP deflator?",
    "Article 370",
    "Panchayati Raj",
    "what is fiscal deficit",
    "summarise the French Revolution",
    "tell me about Chandrayaan-3",
    "what is the Paris Agreement",
    "summarise volcanoes",
]


@pytest.mark.parametrize("query", UNRELATED)
def test_unrelated_questions_are_not_in_the_notes_with_no_far_fetched_suggestions(
    notes: NotesIndex, query: str
) -> None:
    found = notes.lookup(query)
    assert (found.passages, found.suggestions) == ((), ())


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("what is the Power of Serbia?", "Power of Siberia"),
        ("what is INSTS?", "International North–South Transport Corridor (INSTC)"),
    ],
)
def test_a_near_miss_suggests_only_what_is_close(
    notes: NotesIndex, query: str, suggestion: str
) -> None:
    found = notes.lookup(query)
    assert found.passages == () and found.suggestions == (suggestion,)


# --- small notes of another subject ---

GEOGRAPHY = """\
# Geography

## Volcanoes

### Types

- **Shield volcano**: broad, gently sloping cone built by runny basalt lava
- **Stratovolcano**: steep cone of alternating ash and lava layers; a section through one shows the layers
- **Caldera**: a large hollow left when a volcano's summit collapses

### Eruptions

- **Plinian eruption**: explosive column of gas and ash, as at Vesuvius
- **Hawaiian eruption**: fountains of runny lava
- **Eruption warning signs**: swelling ground, gas and small earthquakes

## Rivers

- **Ganga**: rises at Gangotri; a long section flows through the plains; see the notes on pollution
- **Brahmaputra**: called Tsangpo in Tibet; braided channels in Assam
- **Eruption of floods**: monsoon floods erupt over the Brahmaputra's banks
"""


@pytest.fixture(scope="module")
def geography() -> NotesIndex:
    return NotesIndex.from_markdown(GEOGRAPHY, "notes/geography.md")


@pytest.mark.parametrize(
    ("query", "headings", "start"),
    [
        ("summarise the eruptions section", ("Geography", "Volcanoes", "Eruptions"), "Plinian"),
        ("tell me about eruptions", ("Geography", "Volcanoes", "Eruptions"), "Plinian"),
        ("summarise my notes on rivers", ("Geography", "Rivers"), "Ganga"),
        ("what is a caldera?", ("Geography", "Volcanoes", "Types"), "Caldera"),
        ("Brahmaputra", ("Geography", "Rivers"), "Brahmaputra"),
        ("what is a shield volcano", ("Geography", "Volcanoes", "Types"), "Shield volcano"),
    ],
)
def test_small_notes_rank_the_named_section_first(
    geography: NotesIndex, query: str, headings: tuple[str, ...], start: str
) -> None:
    first = geography.lookup(query).passages[0]
    assert first.headings == headings and first.text.startswith(start)


def test_small_notes_miss_without_far_fetched_suggestions(geography: NotesIndex) -> None:
    for query in (
        "what is INSTC?",
        "tell me about the S-400",
        "summarise the defence section",
        "what is the Preamble?",
    ):
        assert geography.lookup(query) == Lookup(query, ())
    assert geography.lookup("what is a Plinean eruption?").passages[0].text.startswith("Plinian")
    assert (
        geography.lookup("what is a Stratovolcanoe thing?")
        .passages[0]
        .text.startswith("Stratovolcano")
    )
    assert geography.lookup("tell me about the Brahmaputri").passages  # a slip


# --- the reply as plain text: a lead-in names the question ---


def test_a_plain_lookup_reply_starts_with_a_lead_in(notes: NotesIndex) -> None:
    text = render(notes.lookup("what is  INSTC?"), datetime(2026, 1, 5, tzinfo=UTC))
    first, second = text.splitlines()[:2]
    assert first == "From your notes · what is INSTC?"
    assert second.startswith("India–Russia relations › Connectivity corridors › Corridors")
    missed = render(notes.lookup("what is photosynthesis?"), datetime(2026, 1, 5, tzinfo=UTC))
    assert missed == "That's not in my notes."


@pytest.mark.parametrize(
    "query",
    [
        "summarize defense programs",
        "summarise the defence programmes",
        "summarise the section on defence",
    ],
)
def test_us_spellings_and_request_words_name_the_same_section(
    notes: NotesIndex, query: str
) -> None:
    found = notes.lookup(query)
    assert {p.headings for p in found.passages} == {(ROOT, "Defence programmes")}


def test_an_overview_of_the_whole_notes_spans_their_top_level_sections(notes: NotesIndex) -> None:
    found = notes.lookup("summarise India-Russia relations")
    assert {p.headings[1] for p in found.passages} == {
        SUMMITS,
        "Defence programmes",
        ROUTES,
        AREAS,
        GEO,
        "Challenges",
    }


def test_statements_without_a_source_line_find_the_bullet_of_one_statement(
    notes: NotesIndex,
) -> None:
    question = Statements(
        id="ukraine",
        topic="India–Russia › Geopolitics › Ukraine",
        prompt="Consider these",
        statements=(
            Statement("India has stayed out of Western sanctions on Russia.", True),
            Statement(
                "India explicitly criticised Putin over the invasion.",
                False,
                "India made no explicit criticism of Putin.",
            ),
        ),
    )
    (found,) = notes.passages_for(question)
    assert found.headings == (ROOT, GEO, "Ukraine")
