"""Classes found on the forty-second session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

import dataclasses

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.notes.entities import term_kind
from quizbot.notes.event_words import done_to
from quizbot.notes.generate import _prepare as prepare_notes
from quizbot.notes.labels import is_label
from quizbot.notes.names import find_names
from quizbot.notes.other_names import with_other_names
from quizbot.notes.pronouns import _SEQUEL, leans_back
from quizbot.notes.repeats import one_place_per_thing
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_states import _place_prompt
from quizbot.notes.term_meanings import first_meaning
from tests.unit.notes_support import chosen_or_typed, generated, short_questions


def test_a_row_of_a_short_table_of_states_is_asked_its_state_among_neighbours() -> None:
    notes = (
        "# Himalayan Tiger Reserves\n\n"
        "## Reserves to know\n"
        "| Tiger Reserve | State | Declared |\n"
        "|---|---|---|\n"
        "| Corbett | Uttarakhand | 1973 |\n"
        "| Valmiki | Bihar | 1994 |\n"
        "| Pakke | Arunachal Pradesh | 2002 |\n"
    )
    asked = chosen_or_typed(notes)
    question = asked["In which Indian state is Valmiki Tiger Reserve?"]
    assert isinstance(question, Mcq)
    assert question.answer == "Bihar"
    assert len(set(question.options)) == 4  # Bihar and three of its neighbours


def test_a_column_of_one_state_again_is_not_asked_row_by_row() -> None:
    notes = (
        "# Rhino Habitats\n\n"
        "## Parks of the valley\n"
        "| National Park | State | Known for |\n"
        "|---|---|---|\n"
        "| Orang | Assam | Mini Kaziranga |\n"
        "| Manas | Assam | Golden langur |\n"
        "| Jaldapara | West Bengal | Rhinos of the Dooars |\n"
    )
    assert not [p for p in chosen_or_typed(notes) if p.startswith("In which Indian state")]


def test_a_glossary_meaning_is_read_up_to_an_arrow_that_gives_another_name() -> None:
    """ "Regur: local name for black soil of the Deccan → aka black cotton soil" (holdout
    489): the arrow names the term again; the meaning before it, a place's name and all, is
    what is asked. A meaning may open on a short form, and its root's bracket is left out."""
    assert (
        first_meaning("new alluvium of the Ganga floodplain → aka bet land")
        == "new alluvium of the Ganga floodplain"
    )
    assert (
        first_meaning(
            "USDA soil order for deeply weathered acid soils (Latin *ultimus* = last) → red soils fall here"
        )
        == "USDA soil order for deeply weathered acid soils"
    )
    # a name before an arrow to an effect is still whom the meaning is of
    assert first_meaning("son Mahinda & daughter Sanghamitra → Sri Lanka") == (
        "son Mahinda & daughter Sanghamitra → Sri Lanka"
    )


def test_a_comparison_tables_features_are_no_kind_for_a_term() -> None:
    """ "Which feature is described as “boundary b/w warm surface water & cold deep
    water”?" among SOI, Trade winds and E Pacific SST (holdout 489, bad): the features a
    table compares are no kind of thing, so no term takes its options from them."""
    notes = (
        "# Winter Weather of the North Plains\n\n"
        "## Key terms\n"
        "WD: Western Disturbance → low-pressure system from the Mediterranean.\n"
        "Cold wave: spell of air temperature far below normal for the season.\n"
        "Inversion: layer b/w cold ground air & warmer air above.\n\n"
        "## Compared\n"
        "| Feature | Clear night | Cloudy night |\n"
        "|---|---|---|\n"
        "| Inversion (ground) | Strong, cold ground air | Weak |\n"
        "| Fog | Dense | Rare |\n"
        "| Wind | Calm | Breezy |\n"
        "| Dew | Heavy | Light |\n"
    )
    job = prepare_notes(notes, "n/notes.md")
    unit = next(u for u in job.units if u.text.startswith("Inversion"))
    kind = term_kind(unit, job.ctx)
    assert kind is None or "Fog" not in kind.others, kind


def test_jan_before_a_capitalised_word_is_part_of_a_name_not_a_month() -> None:
    """ "Jan {{Suraksha}} schemes" (holdout 489, bad): Jan opens a Hindi scheme's name."""
    assert [n.text for n in find_names("sold at Jan Aushadhi Kendras")] == ["Jan Aushadhi Kendras"]
    assert [n.text for n in find_names("launched on 6 Jan 2015 at Suratgarh")] == ["Suratgarh"]


def test_a_ministrys_mission_or_a_weather_mission_was_launched_not_sent() -> None:
    """ "In which year was the MoES Monsoon Mission sent?" (holdout 489, weak)."""
    assert done_to("mission", "MoEFCC Wetlands Mission", "moefcc") == "launched"
    assert done_to("mission", "National Climate Mission", "national") == "launched"
    assert done_to("mission", "Cyclone Weather Mission", "cyclone") == "launched"
    assert done_to("mission", "Indian Goodwill Mission", "indian") == "sent"


_INDUS = (
    "# Indus Waters Treaty\n\n"
    "## Glossary\n"
    "BCM yr: billion cubic metres per year (about 0.81 MAF).\n"
    "Run-of-river: plant that uses the flow of a river w/o large storage.\n"
    "Pondage: small storage allowed for daily peaking on run-of-river plants.\n\n"
    "## Timeline\n"
    "- (1960) **Indus Waters Treaty** → signed at Karachi by Nehru & Ayub Khan\n"
    "- (2019) **J&K Reorganisation Act** → J&K split into two UTs\n"
)


def test_a_name_joined_by_an_ampersand_in_the_clue_gives_the_answer_away() -> None:
    """ "Which act (2019) is this: J&K, Ladakh UTs put in Northern ZC?" (holdout 491, bad)."""
    asked = chosen_or_typed(_INDUS)
    assert not [p for p in asked if "J&K split" in p], list(asked)
    assert asked["In which year was the J&K Reorganisation Act passed?"].answer == "2019"


def test_a_units_short_form_in_capitals_is_not_asked_from_its_long_form() -> None:
    """ "Which term is described as “thousand million cubic feet …”?" = TMC ft (holdout
    491, bad): the meaning spells the letters out."""
    assert "BCM yr" not in [q.answer for q in chosen_or_typed(_INDUS).values()]


def test_a_head_under_mains_angles_is_the_writers_label_not_a_term() -> None:
    """ "What is a reservoir inside a tiger reserve called?" = Environment (holdout 490,
    bad): the lines under "Mains angles" open on the writer's labels."""
    notes = (
        "# Polavaram Project\n\n"
        "## Basics\n"
        "- Multipurpose project on the **Godavari** in Andhra Pradesh\n\n"
        "## Mains angles\n"
        "- Federalism → inter-state trust deficit, role of SC as arbiter\n"
        "- Disaster mgmt → ageing dams, dam safety law, downstream emergency planning\n"
        "- Environment → reservoir inside a tiger reserve\n"
    )
    answers = [q.answer for q in chosen_or_typed(notes).values()]
    assert not {"Federalism", "Environment"} & set(answers), answers


def test_a_sentence_opening_on_still_carries_on_from_the_one_before() -> None:
    """ "Still, he is credited with reviving ___ thought …" (holdout 490, bad): what
    "still" concedes, the sentence before says."""
    assert leans_back("Still, the revolt gave the Marathas a martyr in ___.") is not None
    assert leans_back("Yet, it remained the model for the ___ of 1950.") is not None
    assert leans_back("Still water of the ___ lagoon breeds mosquitoes.") is None


def test_a_pass_is_asked_its_state_among_the_himalayan_states() -> None:
    """ "In which Indian state is Shipki La?" among Punjab and Haryana (changed-42, weak):
    a pass is on the Himalayan border, and so are its options."""
    notes = (
        "# Trans-Himalayan Trade\n\n"
        "## Passes to know\n"
        "| Border meeting point | State | Since |\n"
        "|---|---|---|\n"
        "| Mana Pass | Uttarakhand | 1954 |\n"
        "| Bum La | Arunachal Pradesh | 2006 |\n"
        "| Jelep La | Sikkim | 1904 |\n"
    )
    mcqs = [q for q in chosen_or_typed(notes).values() if isinstance(q, Mcq)]
    himalayan = {"Himachal Pradesh", "Uttarakhand", "Sikkim", "Arunachal Pradesh"}
    assert mcqs and all(set(q.options) <= himalayan for q in mcqs), [q.options for q in mcqs]


def test_a_site_under_a_coastal_title_is_asked_among_the_coastal_states() -> None:
    """ "In which Indian state is the Chilika site?" among Jharkhand and Chhattisgarh
    (changed-42, weak): the note's title says the sites are coastal."""
    notes = (
        "# Coastal Wetlands of India\n\n"
        "## Ramsar sites on the coast\n"
        "| Site | State | Designated |\n"
        "|---|---|---|\n"
        "| Bhitarkanika | Odisha | 2002 |\n"
        "| Point Calimere | Tamil Nadu | 2002 |\n"
        "| Sundarbans | West Bengal | 2019 |\n"
    )
    mcqs = {q.answer: q for q in chosen_or_typed(notes).values() if isinstance(q, Mcq)}
    assert "Jharkhand" not in mcqs["Odisha"].options, mcqs["Odisha"].options


def test_a_bold_value_after_an_attributes_label_is_asked_of_the_heading() -> None:
    """ "Folk dance: **Hojagiri**" under the Bru (holdout 472): a label line's bold value,
    an attribute the thing has one of, is asked of it; an office or a measure's category is
    not an attribute ("Viceroy: **Lord Lansdowne**" under an Act)."""
    notes = (
        "# Tribes of Tripura\n\n"
        "## Reangs\n"
        "- Folk dance: **Hojagiri** (on pitchers)\n"
        "- Viceroy: **Lord Curzon**\n"
        "- Asset quality → **Net NPA ratio**\n\n"
        "## Maharaja Ranjit Singh\n"
        "- Epithet: **Sher-e-Punjab**\n"
    )
    asked = short_questions(notes)
    assert asked["What is the folk dance of the Reangs?"].answer == "Hojagiri"
    assert asked["What was the epithet of Maharaja Ranjit Singh?"].answer == "Sher-e-Punjab"
    assert not [p for p in asked if "Curzon" in asked[p].answer or "NPA" in asked[p].answer]


def test_a_row_in_delhi_is_asked_its_state_or_union_territory_not_its_country() -> None:
    """ "In which country is Agrasen ki Baoli located?" = Delhi (holdout 492, bad)."""
    notes = (
        "# Forts of North India\n\n"
        "## Forts compared\n"
        "| Fort | Place | Built by | Key point |\n"
        "|---|---|---|---|\n"
        "| Red Fort | Delhi | uncertain | Mughal seat; Independence Day flag |\n"
        "| Chittorgarh | Chittor, Rajasthan | Mauryas (trad.) | largest fort; jauhar |\n"
        "| Gwalior Fort | Gwalior | Tomars | 'pearl among fortresses' |\n"
    )
    asked = short_questions(notes)
    assert not [p for p in asked if "country" in p], list(asked)
    assert asked["In which state or union territory is Red Fort located?"].answer == "Delhi"


def test_a_short_form_printed_beside_the_blank_is_not_accepted_for_it() -> None:
    """ "NEFA: {{North-East Frontier Agency|NEFA}} – became UT …" (holdout 493, bad): the
    accepted short form was printed before the blank."""
    cloze = Cloze(
        id="c",
        topic="Reorganisation of the North-East",
        text="MNF: {{Mizo National Front}} – signed the Mizo Accord (1986)",
    )
    index = {"mizo national front": "MNF"}
    assert with_other_names(cloze, index) == cloze
    other = Cloze(id="d", topic="Mizoram", text="{{Mizo National Front}} signed the Accord")
    assert "|MNF}}" in with_other_names(other, index).text


def test_a_cases_holding_line_is_asked_as_what_the_case_held() -> None:
    """ "**50% ceiling** on reservations → can be crossed only …" under Indra Sawhney's
    "Main holdings" (holdout 495: none of its holdings was asked)."""
    notes = (
        "# S.R. Bommai v Union of India (1994) — Art 356 limits\n\n"
        "## Background\n"
        "- 1989 → Karnataka govt of S.R. Bommai dismissed under Art 356 by Governor's report\n\n"
        "## Main holdings\n"
        "- **9-judge** bench decision → President's Rule open to judicial review\n"
        "- Secularism part of **basic structure** → state govt acting against it can go\n"
    )
    texts = [q.text for q in generated(notes) if isinstance(q, Cloze)]
    held = "S.R. Bommai v Union of India (1994) held: Secularism part of {{basic structure}}."
    assert held in texts, texts
    assert not [t for t in texts if "{{9-judge}}" in t], texts  # the bench, no holding


def test_a_things_state_is_asked_once() -> None:
    """ "In which state is Kudankulam NPP located?" and "In which Indian state is the
    Kudankulam plant?" (holdout 494, weak): one fact asked twice."""
    label = Short(id="a", topic="T", prompt="T: In which state is Rawatbhata NPP located?")
    label = dataclasses.replace(label, answer="Rajasthan")
    row = Mcq(
        id="b",
        topic="T",
        prompt="T: In which Indian state is the Rawatbhata plant?",
        options=("Gujarat", "Rajasthan", "Haryana", "Madhya Pradesh"),
        answer="Rajasthan",
    )
    other = dataclasses.replace(row, id="c", prompt="T: In which Indian state is the Kota plant?")
    assert one_place_per_thing([label, row, other]) == [label, other]


def test_two_things_of_a_kind_in_one_cell_are_asked_in_the_plural() -> None:
    """ "In which Indian state is Nathu La, Jelep La?" (changed-42b, weak)."""
    assert _place_prompt("Indian state", "Bum La, Bomdi La", "Pass") == (
        "In which Indian state are Bum La, Bomdi La?"
    )
    assert _place_prompt("Indian state", "Marine National Park, Jamnagar", "Park") == (
        "In which Indian state is Marine National Park, Jamnagar?"
    )


def test_a_ministry_label_is_not_a_term() -> None:
    """ "Which term is described as “Agriculture & Farmers Welfare …”?" = Ministry (holdout
    497, bad): the writer's label keyed."""
    notes = (
        "# PM-KUSUM Scheme & Farm Solar Power\n\n"
        "## Quick facts\n"
        "- Ministry: New & Renewable Energy (MNRE)\n"
        "- Launched: 2019\n"
        "- Components: A, B, C → solar plants, standalone pumps, solarising grid pumps\n"
    )
    assert "Ministry" not in [q.answer for q in chosen_or_typed(notes).values()]


def test_this_before_where_or_how_a_deed_is_done_points_back() -> None:
    """ "SHC is meant to fix this at farm level by giving ___ advice …" (holdout 497, bad):
    fix what?"""
    assert _SEQUEL.search("Neem coating was meant to fix this at source by slowing ___.")
    assert _SEQUEL.search("The board tried to solve this through a ___ fund.")
    assert not _SEQUEL.search("This scheme gives ___ advice at farm level.")


def test_a_place_before_an_arrow_is_not_the_subject_of_its_passive() -> None:
    """ "Pali dist., Rajasthan was built by ___ under Rana Kumbha" (holdout 496, bad): the
    temple was built, not the district."""
    assert write_out("Sirohi dist., Rajasthan → built by Vimal Shah (1031)") == (
        "Sirohi dist., Rajasthan → built by Vimal Shah (1031)"
    )
    assert write_out("Kailasa temple → built by Krishna I") == (
        "Kailasa temple was built by Krishna I"
    )


def test_a_legend_after_an_arrow_is_no_clue_to_identify_its_head() -> None:
    """ "Which lake is this: legend: dug by gods with their nails (nakh)?" (holdout 496,
    bad): a tale, and the label left in the question."""
    notes = (
        "# Lakes of Rajasthan\n\n"
        "## Basics\n"
        "- Pushkar Lake → legend: formed where Brahma's lotus fell\n"
        "- Sambhar Lake → largest inland salt lake of India, Ramsar site (1990)\n"
    )
    prompts = list(chosen_or_typed(notes))
    assert not [p for p in prompts if "legend" in p], prompts
    assert any("largest inland salt lake" in p for p in prompts), prompts


def test_a_paintings_colours_and_a_place_in_a_temple_are_labels_not_terms() -> None:
    """ "{{Dominant colours}}: yellow, red, green, blue" and "What is a lotus pond scene
    called?" = Ceiling of ardhamandapa (holdout 499, two bad)."""
    assert is_label("Dominant colours")
    assert is_label("Walls of the mandapa")
    assert not is_label("Ceiling fan")
    notes = (
        "# Pichwai Painting (Nathdwara)\n\n"
        "## Style features\n"
        "- Dominant colours: blue, gold, white, pink; fine outlines\n"
        "- Theme → Krishna as Shrinathji, seasonal festivals\n\n"
        "## Where painted\n"
        "- **Walls of the haveli → Raas Leela scenes**\n"
    )
    answers = [getattr(q, "answer", "") for q in generated(notes)]
    texts = [getattr(q, "text", "") for q in generated(notes)]
    assert "Walls of the haveli" not in answers, answers
    assert not [t for t in texts if "{{Dominant colours}}" in t], texts
