"""The bad and weak classes of blind review 43 (the Revolt of 1857, India–China and India–US,
Europe and North America), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.clause_shapes import called_question


def test_a_definition_that_tells_what_happened_is_not_asked_what_it_is_called() -> None:
    """ "What is a dependent state whose ruler died without a natural heir passed to the
    Company called?" does not parse: the definition is a clause, not a name's meaning."""
    assert called_question("a tenant whose lease expired reverted to the landlord") is None
    assert called_question("a tenant who holds land for life") is not None


def test_a_rank_with_no_noun_under_a_lead_in_is_not_asked() -> None:
    found = generate_questions(
        "# Geography\n\n## Lakes\n\n"
        "The **African Great Lakes** lie in the Rift Valley.\n"
        "- **Victoria** – largest & shallowest; source of the White Nile\n"
        "- **Tanganyika** – the only one reaching Zambia; very deep\n"
        "- **Malawi** – southernmost; Lake Nyasa in Tanzania\n",
        "n/lakes.md",
    )
    keys = [b[0] for q in found if isinstance(q, Cloze) for b in q.blanks]
    assert "Victoria" not in keys and "Tanganyika" not in keys and "Malawi" not in keys
    assert not any("only one" in str(getattr(q, "prompt", "")) for q in found)


def test_a_table_of_a_revolts_centres_asks_who_led_and_who_suppressed_it() -> None:
    """The coach found the leaders and the officers of the 1857 centres unasked (Begum Hazrat
    Mahal's cell had a remark in brackets; the officers' column was never read)."""
    from tests.unit.notes_support import short_questions

    asked = short_questions(
        "# Santhal Rebellion of 1855\n\n## Centres\n\n"
        "| Centre | Indian leader(s) | British officer(s) who suppressed it |\n|---|---|---|\n"
        "| Bhagnadih | **Sidhu Murmu** (with brother Kanhu, declared the hul) | Major Burroughs |\n"
        "| Pakur | **Chand Murmu** | Captain Sherwill |\n"
        "| Barhait | **Bhairav Murmu** | Major Jervis |\n"
    )
    led = asked["Who led the Santhal Rebellion of 1855 at Bhagnadih?"]
    assert led.answer == "Sidhu Murmu"
    assert asked["Who suppressed the Santhal Rebellion of 1855 at Pakur?"].answer == (
        "Captain Sherwill"
    )


def test_a_dated_remark_on_a_founder_qualifies_the_founding_and_is_not_dropped() -> None:
    """A fresh coach: "Who founded the Kakatiyas?" keyed Rudradeva drops the note's
    "(independent c. 1163)"; textbooks name another founder."""
    found = generate_questions(
        "# Medieval India\n\n## Deccan dynasties\n\n"
        "| Dynasty | Founder | Capital |\n|---|---|---|\n"
        "| Yadavas | Bhillama V (independent c. 1187) | Devagiri |\n"
        "| Hoysalas | Nripa Kama II | Dwarasamudra |\n"
        "| Kakatiyas | Prola II | Orugallu |\n",
        "n/deccan.md",
    )
    assert not any("founded the Yadavas" in str(getattr(q, "prompt", "")) for q in found)
    assert any("founded the Hoysalas" in str(getattr(q, "prompt", "")) for q in found)
