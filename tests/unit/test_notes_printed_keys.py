"""One question printing another's answer (quizbot.notes.printed_keys), on made-up
questions of the shapes the builders make."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Match, Mcq, Question, Short, Source
from quizbot.notes.printed_keys import prints, without_printed_keys


def _at(line: int, heading: str = "Rivers") -> Source:
    return Source("notes/t.md", heading, line)


def _ids(questions: list[Question]) -> list[str]:
    return [q.id for q in without_printed_keys(questions)]


def test_a_question_whose_key_another_of_its_line_shows_is_dropped() -> None:
    shown = Cloze(
        id="pass", text="Tista rises at Zemu glacier, enters India via {{Nathu La}}.", source=_at(5)
    )
    printed = Cloze(id="source", text="Tista rises at {{Zemu glacier}}.", source=_at(5))
    assert _ids([printed, shown]) == ["pass"]


def test_a_name_printed_in_another_line_of_the_section_is_given_away_too() -> None:
    maker = Cloze(
        id="coin",
        text='Razia issued the gold {{mohur}} and created the Chalis ("the Council").',
        source=_at(3, "Sultans"),
    )
    asked = Cloze(
        id="council",
        text="Alauddin broke the power of the {{Council}} and built Siri.",
        source=_at(5, "Sultans"),
    )
    assert _ids([maker, asked]) == ["coin"]


def test_a_year_is_given_away_only_within_its_own_line() -> None:
    pact = Short(
        id="pact",
        prompt="Which pact of 1941 followed the hunger strike?",
        answer="Nasik Pact",
        source=_at(9, "1940s"),
    )
    award = Short(
        id="award",
        prompt="In which year was the Land Award made?",
        answer="1941",
        source=_at(9, "1940s"),
    )
    other = Short(
        id="other",
        prompt="In which year was the Salt Law passed?",
        answer="1941",
        source=_at(12, "1940s"),
    )
    assert _ids([pact, award, other]) == ["pact", "other"]


def test_of_two_that_print_each_other_the_years_question_goes() -> None:
    party = Short(
        id="party",
        prompt="Which party of 1934 stood for land reform?",
        answer="Kisan Party",
        source=_at(4, "1930s"),
    )
    year = Short(
        id="year",
        prompt="In which year was the Kisan Party formed?",
        answer="1934",
        source=_at(4, "1930s"),
    )
    assert _ids([year, party]) == ["party"]


def test_a_bracketed_year_is_taken_out_instead_of_dropping_a_question() -> None:
    deeds = Cloze(
        id="deeds",
        text="Akbar abolished jizya (1564), defeated {{Hemu}} (1556) and built Agra Fort.",
        source=_at(7, "Mughals"),
    )
    year = Cloze(id="year", text="Akbar abolished the jizya in {{1564}}.", source=_at(7, "Mughals"))
    kept = without_printed_keys([deeds, year])
    assert [q.id for q in kept] == ["deeds", "year"]
    assert isinstance(kept[0], Cloze)
    assert kept[0].text == "Akbar abolished jizya, defeated {{Hemu}} (1556) and built Agra Fort."


def test_subjects_agents_longer_names_common_terms_and_choices_are_no_giveaway() -> None:
    assert not prints("Akbar issued the silver ___ in 1560.", "Akbar")  # the opening subject
    assert not prints("Godavari: ___ (Telangana) – biggest island", "Godavari")  # its label
    assert not prints("The fort (completed by Akbar) stands at ___.", "Akbar")  # an agent
    assert not prints("Who chaired the Sutlej Waters Board?", "Sutlej")  # a longer name
    assert not prints(
        "Which deficit is revenue deficit minus grants?", "Revenue deficit", names=False
    )
    assert not prints("At Aihole the ___ built Vesara and Kalinga shrines.", "Kalinga")  # a pair
    assert prints("Sher Shah's Sasaram tomb is in ___", "Sasaram")
    choices = Mcq(
        id="mcq",
        prompt="Which river rises at Amarkantak?",
        options=("Sone", "Narmada", "Tapi", "Mahi"),
        answer="Narmada",
        source=_at(2),
    )
    other = Short(
        id="sone", prompt="Which river joins the Ganga at Patna?", answer="Sone", source=_at(3)
    )
    assert _ids([choices, other]) == ["mcq", "sone"]


def test_a_year_dating_one_item_of_a_list_is_not_taken_out() -> None:
    members = Cloze(
        id="members",
        text="{{BRICS}} – Egypt (2024), Iran (2024), UAE (2024) joined",
        source=_at(3, "Groups"),
    )
    year = Short(
        id="year", prompt="In which year did Egypt join?", answer="2024", source=_at(3, "Groups")
    )
    kept = without_printed_keys([members, year])
    assert [q.id for q in kept] == ["members"]


def test_a_match_pairs_nothing_as_shown() -> None:
    """A match shows its two lists apart: its names give no other question away."""
    pairs = Match(
        id="match",
        prompt="Match the two columns (Planet → Known for).",
        pairs=(("Vulcan", "Hottest"), ("Zorg", "Coldest"), ("Pell", "Largest")),
        source=_at(8, "Planets"),
    )
    named = Cloze(id="vulcan", text="{{Vulcan}}: the hottest planet", source=_at(3, "Planets"))
    assert _ids([pairs, named]) == ["match", "vulcan"]
