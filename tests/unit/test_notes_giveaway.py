"""The quality gate's give-away rules (:mod:`quizbot.notes.giveaway`): each drops the
question a coach found given away, and keeps a fair one like it."""

from __future__ import annotations

from quizbot.bank.model import Mcq, TrueFalse
from quizbot.notes import gate, giveaway
from tests.unit.notes_support import by_key, candidates


def reason(rule: gate.Rule, notes: str, key: str, rule_name: str = "") -> str | None:
    ctx, _ = candidates(notes)
    found = by_key(notes, key, rule_name)
    assert found, f"no candidate with key {key!r}"
    found.sort(key=lambda b: b[1].type != "cloze")  # the cloze of the key, if there is one
    draft, question, unit = found[0]
    return rule(question, draft, unit, ctx)


def test_given_by_arithmetic_sums_bands_and_counts_after_a_list() -> None:
    notes = """\
        # Economy

        - MPC: 6 members – 3 from RBI + 3 external members appointed by the Centre
        - Inflation target = 4% CPI, band of ±2% (i.e. 2–6%)
        - Debt anchor: 60% of GDP for general govt (40 Centre + 20 states)
        - Originally 7 FRs, now 6 → Right to Property deleted by the 44th Amendment
        - SpaDeX docks satellites → India 4th country to dock in space after US, Russia, China
        - Payments banks take deposits only up to ₹2 lakh per customer and cannot lend
        """
    rule = giveaway.given_by_arithmetic
    assert "3 + 3" in (reason(rule, notes, "6") or "")
    assert "centred on 4" in (reason(rule, notes, "4%") or "")
    assert "40 + 20" in (reason(rule, notes, "60%") or "")
    assert "now 6" in (reason(rule, notes, "7") or "")
    assert "after" in (reason(rule, notes, "4th", "number") or "")
    assert reason(rule, notes, "₹2 lakh") is None


def test_given_by_its_pair_a_neighbouring_number_or_a_pair_the_notes_repeat() -> None:
    notes = """\
        # Modern India

        - 73rd & 74th (1992) – panchayats and municipalities got constitutional status
        - 1907 – Surat Split – Moderates vs Extremists (Lal-Bal-Pal)
        - 1916 – Lucknow Pact; Moderates + Extremists reunite at Lucknow
        - Nobel (Chemistry) 2020 → Emmanuelle Charpentier & Jennifer Doudna
        """
    rule = giveaway.given_by_its_pair
    assert "74th" in (reason(rule, notes, "73rd") or "")
    assert "pair the notes write together" in (reason(rule, notes, "Moderates") or "")
    assert reason(rule, notes, "Emmanuelle Charpentier") is None, "a pair written once"


def test_restated_beside_the_blank_an_acronym_or_a_slash() -> None:
    notes = """\
        # Science

        In India, GM crops need clearance under the Environment Ministry (MoEFCC) of the Union.

        - 2013 – the mission Mangalyaan/mars orbiter (PSLV-C25) → reached orbit in 2014
        - NavIC (IRNSS) – India's own regional navigation system of seven satellites
        """
    rule = giveaway.restated_beside_the_blank
    assert "MoEFCC" in (reason(rule, notes, "Environment Ministry") or "")
    assert "slash" in (reason(rule, notes, "Mangalyaan", "name") or "")
    assert reason(rule, notes, "NavIC") is None, "IRNSS is its other name, not its acronym"


def test_spelled_by_the_words_an_acronym_or_initials_opening_a_token() -> None:
    notes = """\
        # Space

        - Launch vehicles:
          - SSLV – small satellites up to 500 kg into low earth orbit, quick turnaround
          - CRR – share of deposits banks must keep as cash w/ RBI; earns no interest
        - Exercises w/ neighbours:
          - Sri Lanka – Mitra Shakti (army), SLINEX (navy)
        """
    rule = giveaway.spelled_by_the_words
    assert "small satellites" in (reason(rule, notes, "SSLV") or "")
    assert reason(rule, notes, "CRR") is None, "'cash w/ RBI' is no phrase of the long form"


def test_named_by_a_word_a_number_or_a_body() -> None:
    notes = """\
        # Missions

        - Panchsheel (1954) – five principles of peaceful coexistence, agreed with China
        - Malabar naval exercise – all four Quad navies take part since 2020
        - 2008 – Chandrayaan-1 → evidence of water molecules on the Moon (NASA's M3 on board)
        - Kunming–Montreal Framework (2022) → "30x30": protect 30% of land & sea by 2030
        """
    rule = giveaway.named_by_a_word
    assert "panchsheel" in (reason(rule, notes, "five") or "")
    assert "quad" in (reason(rule, notes, "four") or "")
    assert "Moon" in (reason(rule, notes, "Moon") or "")
    assert "30x30" in (reason(rule, notes, "30%") or "")
    assert "30x30" in (reason(rule, notes, "2030") or "")
    assert reason(rule, notes, "1954") is None


def test_one_option_shares_a_word_with_the_question() -> None:
    ctx, built = candidates("# T\n\n- 1905 – Partition of Bengal by Lord Curzon\n")
    draft, _, unit = built[0]
    tiger = Mcq(
        id="t",
        prompt="Reserves: Which best describes Tiger reserve?",
        options=("strictest PA", "core (critical tiger habitat) + buffer", "private land", "x"),
        answer="core (critical tiger habitat) + buffer",
    )
    assert "tiger" in (giveaway.one_option_shares_a_word(tiger, draft, unit, ctx) or "")
    fair = Mcq(
        id="t",
        prompt="Soils: Which of these is described as “most widespread, northern plains”?",
        options=("Alluvial", "Laterite", "Arid", "Peaty"),
        answer="Alluvial",
    )
    assert giveaway.one_option_shares_a_word(fair, draft, unit, ctx) is None


def test_a_false_statement_a_word_of_which_says_the_true_figure_refutes_itself() -> None:
    ctx, built = candidates("# T\n\n- 1905 – Partition of Bengal by Lord Curzon\n")
    draft, _, unit = built[0]
    dahsala = TrueFalse(
        id="t",
        statement="Dahsala revenue system – average of 9 years' produce",
        answer=False,
        fix="Dahsala revenue system – average of 10 years' produce",
    )
    assert "says 10" in (gate.self_refuting(dahsala, draft, unit, ctx) or "")


def test_teaches_nothing_a_count_of_two_and_a_label_over_a_list_of_names() -> None:
    notes = """\
        # Neighbours

        - SpaDeX (launched Dec 2024) docks two satellites in orbit for the first time
        - Bhutan:
          - hydropower cooperation – Chukha, Tala, Mangdechhu
        """
    assert "teaches nothing" in (reason(gate.teaches_nothing, notes, "two") or "")
    assert "label" in (reason(gate.teaches_nothing, notes, "hydropower cooperation") or "")
