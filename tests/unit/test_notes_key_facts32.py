"""Classes found on the thirty-second session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from quizbot.bank.model import Cloze, Mcq, Question, Short
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.glosses import without_gloss
from quizbot.notes.lone_blanks import group_blank, heads_a_list
from tests.unit.notes_support import candidates, generated, shown_texts


def test_a_things_owner_is_not_who_it_is() -> None:
    """ "Who is described as “king's share of produce …”?" of Bhaga (holdout 342): the
    king owns the share; a possessive takes "the", a name's none ("an Extremists' jibe",
    holdout 343)."""
    notes = (
        "# Delhi Sultanate\n\n## Terms\n\n"
        "Kharaj: sultan's land tax on non-Muslim cultivators\n"
        "Drain theory: Naoroji's charge that Britain bled India's wealth\n"
        "Mendicancy: Extremists' jibe at Moderate petitioning\n"
    )
    texts = shown_texts(notes)
    assert "What is the sultan's land tax on non-Muslim cultivators called?" in texts
    assert "What is Naoroji's charge that Britain bled India's wealth called?" in texts
    assert "What is the Extremists' jibe at Moderate petitioning called?" in texts
    assert not any(t.startswith("Who ") for t in texts)


def test_a_waterfall_on_no_named_river_is_not_asked_its_river() -> None:
    """ "On which river are the Nohkalikai Falls?" = "local stream" (holdout 343, bad)."""
    notes = (
        "# Geography\n\n## Waterfalls\n\n"
        "| Waterfall | River | State |\n|---|---|---|\n"
        "| Jog | Sharavati | Karnataka |\n"
        "| Dudhsagar | Mandovi | Goa |\n"
        "| Kunchikal | seasonal stream | Karnataka |\n"
        "| Athirappilly | Chalakudy | Kerala |\n"
    )
    texts = shown_texts(notes)
    assert "On which river are the Jog Falls?" in texts
    assert not any("Kunchikal" in t for t in texts)


def test_a_timeline_row_takes_place_and_an_addition_to_no_list_is_not_asked() -> None:
    """ "In which year was the Ilbert Bill row introduced?" (a bill is, a row is not) and
    "In which year was Wular, Sambhar, … added?" (added to what?) (holdout 343)."""
    notes = (
        "# Modern India\n\n## Timeline\n\n"
        "- (1883) Ilbert Bill row\n"
        "- (1987) Sundarbans, Kaziranga added\n"
        "- (1905) Partition of Bengal\n"
    )
    texts = shown_texts(notes)
    assert "In which year did the Ilbert Bill row take place?" in texts
    assert not any("added" in t for t in texts)


def test_a_year_in_the_parent_stands_for_no_one() -> None:
    """ "Who was the first president of 1885?" (holdout 343): the parent's bold year is no
    body; the section's acronym is."""
    notes = (
        "# Left movement\n\n## CPI (Tashkent group)\n\n"
        "- Founded **1920**, Tashkent; Indian émigrés\n"
        "  - first secretary **Mohammad Shafiq**; M.N. Roy a founder\n"
    )
    texts = shown_texts(notes)
    assert not any("of 1920" in t for t in texts)
    assert "Who was the first secretary of CPI?" in texts


def _cloze(text: str) -> Cloze:
    return Cloze(id="c", topic="t", text=text)


def _judged(
    rule: Callable[[Question, Draft, Unit | None, Context], str | None], q: Question
) -> str | None:
    """What a question-only rule says of ``q`` (its draft, unit and notes are any)."""
    draft, _, unit = candidates("# G\n\n## Rivers\n\nThe Kaveri rises at Talakaveri.\n")[1][0]
    return rule(q, draft, unit, candidates("# G\n")[0])


def test_a_blank_on_whose_many_things_a_general_line_is_is_ambiguous() -> None:
    """ "___ falls sit at plateau edges; Narmada falls lie along its rift valley." (holdout
    343, bad): Meghalaya's falls or the Deccan's fit as well."""
    said = _cloze("Deccan rivers flow east; {{Himalayan}} rivers are perennial and snow-fed.")
    assert _judged(group_blank, said) is not None
    named = _cloze("{{Jog}} falls on the Sharavati drop 253 m.")
    assert _judged(group_blank, named) is None


def test_a_blank_heading_a_bare_list_is_ambiguous() -> None:
    """ "___ – district boards, municipalities, universities, zamindars" (holdout 343, bad):
    what they are to it, the line does not say."""
    listed = _cloze("{{Gram sabha}} – voters, ward members, village officials")
    assert _judged(heads_a_list, listed) is not None
    said = _cloze("{{Gram sabha}} – all voters of a village, meets twice a year")
    assert _judged(heads_a_list, said) is None


_DYNASTIES = """# Early medieval South India

## Dynasties of the Deccan and the South
| Dynasty | Capital | Founder |
|---|---|---|
| Satavahanas | Pratishthana (Paithan) | Simuka (c. 230 BCE) |
| Kadambas | Banavasi | Mayurasharma (c. 345) |
| Western Gangas | Talakad | Konganivarman (c. 350) |
| Pallavas | Kanchipuram | Simhavishnu (c. 575) |
| Vakatakas | Nandivardhana & Vatsagulma | Vindhyashakti (c. 250) |
"""


def test_a_capital_column_asks_each_rows_capital() -> None:
    """``| Mahajanapada | Capital | Remarks |`` asked "Which Mahajanapada is this: Vaishali;
    …?" and printed the capitals the key facts ask (holdout 342): a Capital header asks
    "What was the capital of …?" (was: the table's years are history), a dynasty's plural
    name with "the", the bracket another name; a row of two capitals is not asked."""
    questions = {q.prompt: q for q in generated(_DYNASTIES) if isinstance(q, Short | Mcq)}
    pallavas = questions["What was the capital of the Pallavas?"]
    assert pallavas.answer == "Kanchipuram"
    satavahanas = questions["What was the capital of the Satavahanas?"]
    assert satavahanas.answer == "Pratishthana"
    assert isinstance(satavahanas, Mcq) or "Paithan" in satavahanas.aliases
    assert not any("Vakatakas" in p and "capital" in p for p in questions)
    states = (
        "# Indian states\n\n## New states\n"
        "| State | Capital | Formed |\n|---|---|---|\n"
        "| Chhattisgarh | Raipur | 1 Nov 2000 |\n"
        "| Uttarakhand | Dehradun | 9 Nov 2000 |\n"
        "| Jharkhand | Ranchi | 15 Nov 2000 |\n"
        "| Telangana | Hyderabad | 2 June 2014 |\n"
    )
    assert "What is the capital of Telangana?" in shown_texts(states)


def test_years_in_brackets_are_years_to_the_option_rule() -> None:
    from quizbot.notes.gate_choices import unfit_distractors

    close = Mcq(id="m", topic="t", prompt="When?", options=("(1850)", "(1852)", "(1854)"))
    assert _judged(unfit_distractors, dataclasses.replace(close, answer="(1852)")) is None
    far = Mcq(id="m", topic="t", prompt="When?", options=("(1850)", "(1902)"), answer="(1850)")
    assert _judged(unfit_distractors, far) == "the years are too far apart to be plausible"


def test_a_headings_ranking_word_is_no_part_of_what_its_rows_are() -> None:
    """ "Where was the early session of 1885 held …?" under "Early sessions" (holdout 343,
    weak: stilted); "Which key case is this: …?" (holdout 324)."""
    notes = (
        "# Muslim League\n\n### Early sessions\n"
        "| Year | Place | President |\n|---|---|---|\n"
        "| 1906 | Dacca | Viqar-ul-Mulk |\n"
        "| 1907 | Karachi | Adamjee Peerbhoy |\n"
        "| 1908 | Amritsar | Ali Imam |\n"
        "| 1910 | Nagpur | Syed Nabiullah |\n"
    )
    texts = shown_texts(notes)
    assert "Where was the session of 1908 held (presided over by Ali Imam)?" in texts
    assert not any("early session" in t for t in texts)


def test_initials_two_names_of_the_title_share_are_neither() -> None:
    """ "In which year did Daphtary become 2nd Advocate General?" of "2nd AG" in notes titled
    "Attorney General, Solicitor General & Advocate General" (holdout 344, bad: he was the
    Attorney General)."""
    notes = (
        "# Andhra Pradesh & Arunachal Pradesh\n\n## Timeline\n"
        "- (1953) AP formed as the first linguistic state\n"
        "- (1987) Arunachal Pradesh became a full state\n"
    )
    assert not any("Arunachal Pradesh formed" in t for t in shown_texts(notes))


def test_a_date_is_no_subject_of_a_passive() -> None:
    """ "Feb 1856 was succeeded by ___." of "GG of India Jan 1848 → Feb 1856, succeeded by
    Canning." (holdout 344, bad)."""
    notes = "# Viceroys\n\n## Irwin\nViceroy Apr 1926 → Apr 1931, succeeded by Willingdon.\n"
    assert not any("1931 was succeeded" in t for t in shown_texts(notes))


def test_a_plan_keeps_its_bracket() -> None:
    """ "… successors to leave the ___" without the notes' "(plan)" (holdout 344, bad: it
    tells as done what was only proposed); a gloss still goes."""
    plan = _cloze("Bahadur Shah II's successors to leave the {{Red Fort}} (plan)")
    assert without_gloss(plan) is None
    glossed = _cloze("He came from the {{Mali}} (gardener) caste of Pune.")
    assert without_gloss(glossed) == _cloze("He came from the {{Mali}} caste of Pune.")


def test_the_earth_is_no_blank() -> None:
    """ "… keep "falling around" the ___." = Earth (holdout 344, bad: anyone fills it in)."""
    notes = (
        "# Space\n\n## Orbits\nGeostationary satellites orbit the Earth once a day at about "
        "35,786 km above the equator.\n"
    )
    assert not any("{{Earth}}" in getattr(q, "text", "") for q in generated(notes))


def test_a_condition_or_a_deed_is_no_description_of_a_term() -> None:
    """ "Which term is described as “if interest rate (r) < nominal GDP growth (g) …”?",
    "… “crowds out capex & social spending”?" and "What is a government borrowing pushes up
    rates called?" (holdout 345, all bad); an official who does something is still one."""
    notes = (
        "# Public finance\n\n## Fiscal terms\n"
        "Debt overhang: crowds out new investment and growth\n"
        "Crowding out: govt borrowing pushes up rates → less credit for private investment\n"
        "Ombudsman: official who looks into citizens' complaints against public bodies\n"
    )
    texts = shown_texts(notes)
    assert not any("“crowds out" in t or "What is a government borrowing" in t for t in texts)
    assert (
        "What is an official who looks into citizens' complaints against public bodies called?"
        in texts
    )


def test_an_ailment_another_row_also_causes_names_neither() -> None:
    """ "Which vitamin deficiency causes megaloblastic anaemia?" = B9, beside B12's "pernicious
    (megaloblastic) anaemia" (holdout 346, bad: two right answers)."""
    notes = (
        "# Agriculture\n\n## Plant nutrients\n"
        "| Nutrient | Symbol | Deficiency | Source |\n|---|---|---|---|\n"
        "| Nitrogen | N | chlorosis of older leaves; stunting | urea, legumes |\n"
        "| Magnesium | Mg | interveinal chlorosis (older leaves) | dolomite |\n"
        "| Zinc | Zn | khaira disease of rice | zinc sulphate |\n"
        "| Boron | B | hollow stem of cauliflower | borax |\n"
    )
    texts = shown_texts(notes)
    assert "Which nutrient deficiency causes chlorosis of older leaves?" not in texts
    assert "Which nutrient deficiency causes khaira disease of rice?" in texts


def test_a_year_that_only_bounds_a_deed_is_no_blank() -> None:
    """ "After ___ the states passed zamindari abolition Acts (early 1950s)." = 1947 (holdout
    347, bad: Independence, and the line's own date is the 1950s)."""
    notes = (
        "# Economy\n\n## Planning\nAfter 1991 the licence raj was dismantled in stages "
        "(the New Industrial Policy).\n"
    )
    assert not any("{{1991}}" in getattr(q, "text", "") for q in generated(notes))


def test_a_plural_and_its_verb_are_no_noun_phrase() -> None:
    """ "What is a small amounts protect teeth called?" of Fluoride (holdout 346, bad) and
    "What is a rooftop exports offset against consumption … called?" (holdout 332)."""
    notes = (
        "# Nutrition\n\n## Minerals\n"
        "- Iodine → small doses prevent goitre; excess → thyroid trouble\n"
        "- Selenium → antioxidant enzyme cofactor\n"
    )
    assert not any("What is a small doses" in t for t in shown_texts(notes))
