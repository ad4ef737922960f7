"""The weak and bad classes of blind review 40 (planning, the Cold War, everyday science),
each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq, Question
from quizbot.grading import grade
from quizbot.notes import generate_questions
from quizbot.notes.index import _legend
from quizbot.notes.pronouns import names_a_thing
from quizbot.notes.sentences import split_sentences
from quizbot.notes.shorthand import write_out, written_out
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import candidates, short_questions


def _shown(questions: list[Question]) -> list[str]:
    return [str(getattr(q, "prompt", "") or getattr(q, "text", "")) for q in questions]


_MINERALS = (
    "# Science\n\n## Common minerals\n\n"
    "| Common name | Chemical name (formula) | Use |\n|---|---|---|\n"
    "| Rock salt | sodium chloride (NaCl) | table salt |\n"
    "| Fool's gold | iron pyrite (FeS₂) | sulphuric acid |\n"
    "| Quicklime | calcium oxide (CaO) | whitewash, cement |\n"
    "| Galena | lead sulphide (PbS) | ore of lead |\n"
)


def test_a_column_of_chemical_names_is_asked_by_the_common_name_as_a_choice() -> None:
    """A fresh coach: "Which common name is used for removes permanent hardness …?" is
    broken; "What is the chemical name of baking soda?" is the fact. It is a choice, as a
    learner may know a right name the notes do not give (sodium bicarbonate)."""
    found = generate_questions(_MINERALS, "n/minerals.md")
    asked = {q.prompt: q for q in found if isinstance(q, Mcq)}
    quicklime = asked["What is the chemical name of quicklime?"]
    assert quicklime.answer == "calcium oxide"
    assert set(quicklime.options) <= {
        "sodium chloride",
        "iron pyrite",
        "calcium oxide",
        "lead sulphide",
    }
    assert "What is the chemical name of fool's gold?" in asked  # a common noun
    assert not any("common name" in p for p in _shown(found))


def test_a_key_that_counts_things_is_no_fact() -> None:
    found = generate_questions(
        "# Economy\n\n## Plans\n\n"
        "- Every FYP needed the approval of the National Development Council.\n"
        "- Most revisions are done in the week before the exam.\n",
        "n/plans.md",
    )
    keys = [b[0] for q in found if isinstance(q, Cloze) for b in q.blanks]
    assert "Every FYP" not in keys and "Most revisions" not in keys


def test_a_dated_line_with_a_participle_and_its_agent_is_asked_as_such() -> None:
    assert when_question("Hungarian Revolution crushed by Soviet tanks", "month") == (
        "In which month and year was the Hungarian Revolution crushed by Soviet tanks?"
    )
    # an aside after a comma is no part of the event: the resolution was passed
    assert when_question("Karachi resolution, moved by Nehru", "year") == (
        "In which year was the Karachi resolution passed?"
    )
    assert when_question("People's Budget announced", "year") == (
        "In which year was the People's Budget announced?"
    )


def test_a_greek_letter_opens_a_sentence() -> None:
    text = "Gold is a noble metal (Au). α particles bounce off thin gold foil."
    assert [s for _, s in split_sentences(text)] == [
        "Gold is a noble metal (Au).",
        "α particles bounce off thin gold foil.",
    ]


def test_a_legend_after_a_colon_is_read_and_its_short_forms_keep_their_case() -> None:
    legend = _legend(["Short forms: PD = potential difference, AC = alternating current."])
    assert legend == {"pd": "potential difference", "ac": "alternating current"}
    assert write_out("homes get AC at a PD of 230 V", legend) == (
        "homes get alternating current at a potential difference of 230 V"
    )
    assert write_out("AC reverses 50 times a second", legend) == (
        "Alternating current reverses 50 times a second"
    )


def test_a_blank_on_a_legend_short_form_asks_its_long_form() -> None:
    legend = {"ac": "alternating current", "sdr": "IMF's reserve asset"}
    fields = {"text": "A transformer works only on {{AC}}.", "blanks": (("AC",),)}
    done = written_out(fields, legend)
    assert done["text"] == "A transformer works only on {{alternating current|AC}}."
    assert done["blanks"] == (("alternating current", "AC"),)
    # a long form that does not spell the key says what it is, not what it stands for
    kept = {"text": "{{SDR}} is held by members.", "blanks": (("SDR",),)}
    assert written_out(kept, legend)["text"] == "{{SDR}} is held by members."


def test_a_topic_of_two_things_resolves_no_pronoun() -> None:
    ctx, _ = candidates("# Polity\n\n- The Finance Commission and the GST Council meet.\n")
    assert not names_a_thing("Finance Commission and GST Council", ctx)
    assert names_a_thing("Finance Commission", ctx)
    found = generate_questions(
        "# Polity\n\n## Finance Commission and GST Council\n\n"
        "The FM chairs it, and its members are the finance ministers of all the states and "
        "the Union Minister of State for Finance.\n",
        "n/fc.md",
    )
    assert not any(" it," in s for s in _shown(found))


def test_an_arrow_to_a_rank_is_asked_as_the_rank() -> None:
    asked = short_questions(
        "# World history\n\n## Arms control\n\n"
        "- 1963 **Partial Test Ban Treaty** → first to bar explosions in the air\n"
        "- 1968 **NPT** → three pillars\n"
    )
    assert "Which treaty of 1963 was the first to bar explosions in the air?" in asked


def test_a_venue_after_its_host_country_and_an_ordinal_of_an_unnamed_series_are_not_asked() -> None:
    found = generate_questions(
        "# IR\n\n## SCO\n\n"
        "- India hosted 23rd summit, Goa (2023).\n"
        "- Pakistan hosted the council meeting at Islamabad in 2024.\n",
        "n/sco.md",
    )
    keys = [b[0] for q in found if isinstance(q, Cloze) for b in q.blanks]
    assert "Goa" not in keys and "Islamabad" not in keys and "23rd" not in keys


def test_a_steel_plants_partner_is_asked_from_its_line() -> None:
    asked = short_questions(
        "# Industry\n\n## Iron and steel\n\n"
        "- Public sector steel plants of the 2nd and 3rd plans:\n"
        "  - **Bhilai** (Chhattisgarh) – USSR; ore from Dalli-Rajhara\n"
        "  - Rourkela – w/ West Germany\n"
        "  - Durgapur – built w/ UK help\n"
    )
    durgapur = asked["With which country's help was the Durgapur steel plant built?"]
    assert durgapur.answer == "UK"
    assert grade(durgapur, "Britain").correct and grade(durgapur, "United Kingdom").correct
    rourkela = asked["With which country's help was the Rourkela steel plant built?"]
    assert grade(rourkela, "FRG").correct
    assert asked["With which country's help was the Bhilai steel plant built?"].answer == "USSR"


def test_a_bold_name_dated_in_a_bracket_in_prose_is_asked_its_year() -> None:
    asked = short_questions(
        "# Polity\n\n## Bodies\n\n"
        "The **Inter-State Council** (May 1990) was set up under Art 263 on the Sarkaria "
        "Commission's advice. The PM chairs it.\n"
    )
    council = asked["In which year was the Inter-State Council set up?"]
    assert council.answer == "1990"


def test_it_after_a_comma_may_point_to_the_sentences_own_subject() -> None:
    """ "The Planning Commission was set up on … 1950 …, so it was neither a constitutional
    nor a statutory body": "it" is the Planning Commission, named before it."""
    found = generate_questions(
        "# Economy\n\n## Bodies\n\n"
        "The Finance Commission was set up in 1951 under Art 280, so it is a constitutional "
        "body and its report goes to the President.\n",
        "n/fc.md",
    )
    assert any(isinstance(q, Cloze) and "so it is a constitutional" in q.text for q in found)


def test_a_name_that_says_its_sort_is_not_asked_among_names_of_other_sorts() -> None:
    """Two fresh coaches: "laughing gas" among salts and "heavy water" among solids give the
    answer away (the only gas, the only oxide of hydrogen)."""
    notes = _MINERALS.replace(
        "| Galena | lead sulphide (PbS) | ore of lead |", "| Marsh gas | methane (CH₄) | fuel |"
    )
    asked = [q.prompt for q in generate_questions(notes, "n/m.md") if isinstance(q, Mcq)]
    assert "What is the chemical name of quicklime?" in asked
    assert "What is the chemical name of marsh gas?" not in asked
