"""The ranking: the best candidates of a fact, at most two (one for a short line), one per
key and per family of figures; a label year only when nothing else of the line is asked; two
keys that only a dash or ``=`` joins are one fact; a key the kept date question names as its
event is not asked again."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.drafts import Draft
from quizbot.notes.rank import CAP_PER_FACT, Shown, by_fact, joined, rank, score

LONG = "a line of the notes long enough to hold two facts, twelve words or so"


def draft(rule: str, key: str, kind: str, order: int, text: str = LONG, prompt: str = "") -> Draft:
    return Draft(
        Cloze,
        {"prompt": prompt},
        rule,
        key,
        key,
        "fact",
        "",
        1,
        order,
        key_text=key,
        key_kind=kind,
        unit_text=text,
    )


def kept(*found: Draft) -> list[str]:
    return [d.key_text for d, _ in rank([(d, None) for d in found])]


def test_the_cap_per_fact_and_one_question_per_key() -> None:
    found = [
        draft("name", "Lord Curzon", "person", 0),
        draft("bold", "Partition of Bengal", "event", 1),
        draft("name", "Partition of Bengal", "event", 2),
        draft("number", "1905", "year", 3),
    ]
    assert kept(*found) == ["Lord Curzon", "Partition of Bengal"], "who and what before when"
    assert len(kept(*found)) == CAP_PER_FACT


def test_a_short_line_is_asked_once() -> None:
    short = "Farakka Barrage (WB) → diverts water into the Hooghly"
    found = [
        draft("name", "Farakka Barrage", "name", 0, short),
        draft("name", "Hooghly", "name", 1, short),
    ]
    assert kept(*found) == ["Farakka Barrage"]


def test_figures_of_one_family_count_once_and_a_label_year_comes_only_alone() -> None:
    found = [
        draft("number", "$7.5 billion", "money", 0),
        draft("number", "62%", "percent", 1),
        draft("number", "2019", "year", 2),
    ]
    assert kept(*found) == ["$7.5 billion"], "a figure family once; the year tags the line"
    assert kept(draft("number", "1996", "year", 0)) == ["1996"]


def test_two_keys_joined_by_a_dash_are_one_fact_asked_by_the_stronger_kind() -> None:
    line = "Maldives – Operation Cactus (1988): Indian troops foiled a coup against Gayoom"
    assert joined(line, "Maldives", "Operation Cactus")
    assert joined("Mamluk or Slave dynasty", "Slave", "Mamluk")
    assert not joined(line, "Maldives", "Gayoom")
    found = [
        draft("term", "Maldives", "place", 0, line),
        draft("name", "Operation Cactus", "event", 1, line),
        draft("name", "Gayoom", "person", 2, line),
    ]
    assert kept(*found) == ["Operation Cactus", "Gayoom"], "the operation, not the country"


def test_a_key_weighs_as_its_strongest_kind_when_a_dash_joins_it_to_another() -> None:
    line = "1873 – Satyashodhak Samaj – Jyotiba Phule (Gulamgiri, same yr); a school in Pune"
    found = [
        draft("founder", "Jyotiba Phule", "person", 0, line),
        draft("bold", "Satyashodhak Samaj", "term", 1, line),
        draft("name", "Jyotiba Phule", "name", 2, line),
    ]
    assert kept(*found)[0] == "Jyotiba Phule", "a founder is a person, though a name too"


def test_a_name_the_date_question_asks_about_is_not_asked_again() -> None:
    line = "13 Apr 1919 – Jallianwala Bagh massacre, Amritsar (Baisakhi) – Gen. Dyer"
    asked = "T: On what date did this happen: Jallianwala Bagh massacre, Amritsar?"
    found = [
        draft("timeline", "13 Apr 1919", "date", 0, line, prompt=asked),
        draft("bold", "Jallianwala Bagh", "term", 1, line),
        draft("name", "Gen. Dyer", "person", 2, line),
    ]
    assert kept(*found) == ["13 Apr 1919", "Gen. Dyer"]


def test_tiers_order_the_fact_s_own_question_first() -> None:
    assert score(draft("row", "Surat", "place", 5)) < score(draft("name", "Surat", "place", 0))
    assert score(draft("number", "₹2 lakh", "money", 5)) < score(draft("name", "PSLV", "name", 0))
    head = draft("number", "52nd", "ordinal", 3)
    head.at_head = True
    assert score(head) < score(draft("bold", "Tenth Schedule", "term", 0))


def test_candidates_are_grouped_by_their_fact() -> None:
    a, b = draft("name", "X", "name", 0), draft("name", "Y", "name", 1)
    b.unit_key = "other"
    assert sorted(by_fact([(a, 1), (b, 2)])) == ["fact", "other"]


def test_of_two_questions_that_print_each_others_keys_one_is_kept() -> None:
    """A cloze that prints a kept key would give the kept question away; a question asked in
    its own words goes before a cloze of the line that prints its key."""
    superlative = draft("superlative", "Aryabhata", "name", 0)
    blank = draft("name", "Soviet Union", "place", 1)
    shown = {
        "Aryabhata": Shown("Which was the first Indian satellite?", None, True),
        "Soviet Union": Shown(
            "1975 – Aryabhata, first Indian satellite, launched by the _____",
            "1975 aryabhata first indian satellite launched by the soviet union",
            False,
        ),
    }

    def keep(found: list[Draft]) -> list[str]:
        ranked = rank([(d, d.key_text) for d in found], shown=lambda key: shown[key])
        return [d.key_text for d, _ in ranked]

    assert keep([superlative, blank]) == ["Aryabhata"]
    seat = draft("seat", "Beijing", "place", 2)
    term = draft("term", "SCO", "organisation", 0)
    shown["Beijing"] = Shown("Where is the secretariat of SCO?", None, True)
    shown["SCO"] = Shown("_____ – secretariat Beijing, RATS in Tashkent", "sco secretariat", False)
    assert keep([term, seat]) == ["Beijing"], "the cloze gives way to the seat question"
