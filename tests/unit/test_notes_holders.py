"""The holder builder (quizbot/notes/holders.py): ``1st CJI = **H.J. Kania**`` is asked
"Who was the first Chief Justice of India?", an office of one body with that body named,
a kind of place as India's; an award, an occasion or a claim with no owner is not asked."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_an_office_is_asked_with_its_body() -> None:
    asked = short_questions(
        "# Polity\n\n## Basics\n\n"
        "- **Supreme Court** → estd. under **Art 124**; inaugurated 28 Jan (1950);"
        " 1st CJI = **H.J. Kania**\n\n"
        "## 1. RBI – history\n\n"
        "- Began as a shareholders' bank → nationalised 1949; 1st Governor ="
        " **Sir Osborne Smith**; 1st Indian Governor = **C.D. Deshmukh**\n\n"
        "## 4. INC founding & early sessions\n\n"
        "- Founder = **A.O. Hume** (retired ICS); 1st president = **W.C. Bonnerjee**;"
        " Viceroy = **Lord Dufferin**\n"
    )
    assert asked["Who was the first Chief Justice of India?"].answer == "H.J. Kania"
    assert asked["Who was the first Indian Governor of RBI?"].answer == "C.D. Deshmukh"
    assert asked["Who was the first Governor of RBI?"].answer == "Sir Osborne Smith"
    assert asked["Who was the first president of INC?"].answer == "W.C. Bonnerjee"


def test_a_place_is_asked_as_indias_and_its_name_now_is_accepted() -> None:
    asked = short_questions(
        "# Wildlife\n\n## Parks\n\n"
        "- India has ~106 NPs (2023); first NP = **Hailey NP** (1936) → now **Jim Corbett NP**"
        " (Uttarakhand)\n"
        "- India: **18 BRs**, 12 in UNESCO's network; first BR = **Nilgiri** (1986)\n"
    )
    park = asked["Which was India's first national park?"]
    assert park.answer == "Hailey NP"
    assert "Jim Corbett National Park" in park.aliases
    assert asked["Which was India's first biosphere reserve?"].answer == "Nilgiri"


def test_no_question_on_an_award_an_occasion_an_arrow_or_a_claim_without_an_owner() -> None:
    asked = short_questions(
        "# Honours\n\n## Presiding officers\n\n"
        "- First Speaker = **G.V. Mavalankar**; first woman Speaker = **Meira Kumar**\n"
        "- first PVC = **Major Somnath Sharma** (posthumous)\n"
        "- 1st summit = **Yekaterinburg**, Russia (2009)\n"
        "- India's first CL (2012) → **Natco Pharma**\n"
        "- Tiger reserves: largest TR = **Nagarjunasagar-Srisailam** (AP)\n"
    )
    holders = (
        "G.V. Mavalankar",
        "Meira Kumar",
        "Major Somnath Sharma",
        "Yekaterinburg",
        "Natco Pharma",
        "Nagarjunasagar-Srisailam",
    )
    assert not any(
        q.answer in holders and q.prompt.startswith(("Who", "Which")) for q in asked.values()
    )


def test_a_holder_after_an_arrow_on_a_dated_line() -> None:
    """``31 Oct 1920 – **AITUC** founded, Bombay → 1st prez **Lala Lajpat Rai**``: the claim
    joins its holder directly, after the arrow, and the dated line's bold head is the body
    (blind review 28)."""
    asked = short_questions(
        "# Modern India\n\n## Labour movement\n\n"
        "- 31 Oct 1920 – **AITUC** founded, Bombay → 1st prez **Lala Lajpat Rai**\n"
        "- **New Development Bank** → HQ Shanghai; 1st president **K.V. Kamath**\n"
    )
    assert asked["Who was the first president of AITUC?"].answer == "Lala Lajpat Rai"
    assert asked["Who was the first president of the New Development Bank?"].answer == (
        "K.V. Kamath"
    )


def test_a_judge_of_a_court_the_claim_names() -> None:
    """``1st woman SC judge = **Fathima Beevi** (1989)`` names its court: "Who was the first
    woman Supreme Court judge?" (a key fact of blind review 31)."""
    asked = short_questions(
        "# Polity\n\n## Supreme Court – Part V\n\n"
        "- 1st CJI = **H.J. Kania**; 1st woman SC judge = **Fathima Beevi** (1989)\n"
    )
    assert asked["Who was the first Chief Justice of India?"].answer == "H.J. Kania"
    assert asked["Who was the first woman Supreme Court judge?"].answer == "Fathima Beevi"


def test_a_holder_after_a_dash() -> None:
    """``First CEC – **Sukumar Sen** (first general election 1951–52)``: a dash joins the
    claim to its holder as ``=`` does (a key fact of blind review 35)."""
    asked = short_questions(
        "# Polity\n\n## Election Commission\n\n"
        "- First CEC – **Sukumar Sen** (first general election 1951–52)\n"
    )
    assert asked["Who was the first Chief Election Commissioner?"].answer == "Sukumar Sen"
