"""The link builder (quizbot/notes/table_links.py): a dam asked for its river, an exercise
for its partner."""

from __future__ import annotations

from quizbot.bank.model import Mcq, Short
from quizbot.notes import generate_questions


def _asked(notes: str) -> dict[str, str]:
    found = generate_questions(notes, "n/notes.md")
    return {q.prompt: q.answer for q in found if isinstance(q, Short | Mcq)}


def test_a_rivers_only_dam_is_asked_for_its_river() -> None:
    asked = _asked(
        "# Geography of India\n\n## Peninsular rivers\n\n"
        "| River | Rises at | Imp. dams / projects | NB |\n|---|---|---|---|\n"
        "| Mahanadi | Sihawa | **Hirakud** (Sambalpur, Odisha) | long earthen dam |\n"
        "| Narmada | Amarkantak | Sardar Sarovar (Gujarat), Indira Sagar (MP) | rift valley |\n"
        "| Tapi | Multai | Ukai (Gujarat) | Surat on its banks |\n"
        "| Mahi | Vindhyas | Mahi Bajaj Sagar (Banswara) | crosses the Tropic twice |\n"
    )
    assert asked["On which river is the Hirakud dam (Sambalpur, Odisha)?"] == "Mahanadi"
    # a river of two dams is asked by all its cells ("Which peninsular river is this: …"),
    # never by one dam
    assert not [
        p for p in asked if ("Sardar Sarovar" in p or "Mahi Bajaj" in p) and " is this: " not in p
    ]


def test_an_exercise_is_asked_for_its_one_partner() -> None:
    asked = _asked(
        "# Defence\n\n## Exercises\n\n| Exercise | Partner | Service |\n|---|---|---|\n"
        "| Yudh Abhyas | USA | Army |\n"
        "| Malabar | USA, Japan, Australia (Quad) | Navy |\n"
        "| INDRA | Russia | Army & Navy |\n"
        "| AUSINDEX | Australia | Navy |\n"
        "| Surya Kiran | Nepal | Army |\n"
    )
    assert asked["With which country does India hold the Yudh Abhyas exercise?"] == "USA"
    assert asked["With which country does India hold the INDRA exercise?"] == "Russia"
    assert not [p for p in asked if "Malabar" in p or "AUSINDEX" in p]  # several; spelled


def test_a_waterfall_is_asked_for_its_river_never_the_other_way() -> None:
    asked = _asked(
        "# Geography of India\n\n## Waterfalls\n\n| Falls | River | State |\n|---|---|---|\n"
        "| Jog (Gersoppa) | Sharavati | Karnataka |\n| Shivanasamudra | Kaveri | Karnataka |\n"
        "| Hundru | Subarnarekha | Jharkhand |\n| Dudhsagar | Mandovi | Goa |\n"
    )
    assert asked["On which river are the Jog Falls?"] == "Sharavati"
    assert asked["On which river are the Shivanasamudra Falls?"] == "Kaveri"
    assert not [p for p in asked if "is on the Kaveri" in p]  # the Kaveri has several falls


def test_an_example_is_asked_for_its_type() -> None:
    """``| Type | How it works | Examples |`` under *Vaccine platforms*: "Covishield is an
    example of which vaccine platform?" (blind review 37)."""
    asked = _asked(
        "# S&T\n\n### Vaccine platforms (imp.)\n\n| Type | How it works | Examples |\n"
        "|---|---|---|\n"
        "| Live attenuated | weakened live pathogen | BCG (TB), OPV (Sabin), MMR |\n"
        "| Viral vector | harmless virus carries the gene | **Covishield** (Serum Institute; "
        "Oxford–AstraZeneca) |\n"
        "| DNA | plasmid DNA codes for the antigen | **ZyCoV-D** (Zydus) – world's 1st |\n"
    )
    assert asked["Covishield is an example of which vaccine platform?"] == "Viral vector"
    # "BCG (TB), OPV (Sabin), MMR": acronyms only, which may spell their type (IPV)
    assert not [p for p in asked if p.startswith(("BCG", "OPV"))]
