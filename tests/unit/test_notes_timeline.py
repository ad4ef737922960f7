"""The timeline builders: the date of one line asked in natural words, one fact asked once,
and a section's dated lines asked in chronological order."""

from __future__ import annotations

import textwrap

import pytest

from quizbot.bank.model import Cloze, Mcq
from quizbot.notes import generate_questions
from quizbot.notes.timeline_questions import when_question


def test_when_question_says_what_happened_to_the_event() -> None:
    """An event's noun says its verb (an act is passed, a pact signed, a session held, a
    massacre takes place); a participle or a present tense in the line is kept; the details
    after the name (by, from, between …) are left to questions of their own; a line that
    names no event ("Kheda (Gujarat)", a clause) gets no date question: never "In which year
    did this happen: …"."""
    assert when_question("Partition of Bengal by Lord Curzon", "year") == (
        "In which year did the Partition of Bengal take place?"
    )
    assert when_question("Rowlatt Act", "year") == "In which year was the Rowlatt Act passed?"
    assert when_question("Lucknow Pact between Congress & Muslim League", "year") == (
        "In which year was the Lucknow Pact signed?"
    )
    assert when_question("Delhi Durbar (George V)", "year") == (
        "In which year was the Delhi Durbar (George V) held?"
    )
    assert when_question("Simon Commission appointed, all 7 members British", "year") == (
        "In which year was the Simon Commission appointed?"
    )
    assert when_question("SLV-3 puts Rohini satellite in orbit", "year") == (
        "In which year did SLV-3 put Rohini satellite in orbit?"
    )
    # a march lasts: the day asked is the day it began (the coach of round 6)
    assert when_question("Dandi March from Sabarmati Ashram", "date") == (
        "On what date did the Dandi March begin?"
    )
    assert when_question("Dandi March from Sabarmati Ashram", "year") == (
        "In which year did the Dandi March take place?"
    )
    assert when_question("Kheda (Gujarat)", "year") is None
    assert when_question("Congress ministries resign", "month") is None


NOTES = """\
    # Freedom

    ## Swadeshi phase (1905–1911)

    - 1905 – Partition of Bengal by **Lord Curzon** → Swadeshi movt
    - 1906 – Calcutta session (president Dadabhai Naoroji) → "Swaraj" the goal
    - 1907 – Surat Split – Moderates vs Extremists
    - 1908 – Tilak sentenced to Mandalay jail → Gita Rahasya
    - 1909 – Indian Councils Act → separate electorates
    - 1911 – Delhi Durbar (George V) → partition annulled

    ## Space

    - 2025 – Shubhanshu Shukla → first Indian on the ISS (Axiom-4 mission)
    """


def test_a_timeline_section_is_asked_in_chronological_order() -> None:
    """Four dated lines of a section: "Arrange these events in chronological order", the
    events out of order, four codes, one of them right."""
    questions = generate_questions(textwrap.dedent(NOTES), "f.md")
    order = [q for q in questions if isinstance(q, Mcq) and "chronological order" in q.prompt]
    assert len(order) == 1
    question = order[0]
    assert question.prompt.startswith("Arrange these events in chronological order: ")
    assert question.topic == "Freedom › Swadeshi phase", "its years would hint the order"
    listed = question.prompt.split(": ", 2)[-1]
    names = [part.split(". ", 1)[1].rstrip(".") for part in listed.split("; ")]
    years = {"Partition of Bengal by Lord Curzon": 1905, "Surat Split": 1907}
    # "Indian Councils Act" alone is no event to order: 1861, 1892 or 1909?
    years |= {"Tilak sentenced to Mandalay jail": 1908}
    # a durbar keeps its king; a session is not ordered (Naoroji presided at Calcutta in
    # 1886 and in 1906: the name is no one event)
    years |= {"Delhi Durbar (George V)": 1911}
    assert sorted(names) == sorted(years)
    right = "-".join(str(names.index(n) + 1) for n in sorted(names, key=years.__getitem__))
    assert question.answer == right and len(set(question.options)) == 4
    assert right != "1-2-3-4", "never listed in the right order already"


@pytest.mark.usefixtures("builders_only")
def test_a_timeline_line_asks_one_fact_once() -> None:
    """The date question names the event; a blank on a name it prints asks the same fact
    again ("When did Shubhanshu Shukla become …" and "{{Shubhanshu Shukla}} → first Indian
    on the ISS"): only one of them is kept."""
    questions = generate_questions(textwrap.dedent(NOTES), "f.md")
    shukla = [
        q
        for q in questions
        if q.source is not None and q.source.line == 14 and "chronological" not in q.stem
    ]
    assert len(shukla) == 1, [q.stem for q in shukla]
    assert not any(isinstance(q, Cloze) and "{{Partition" in q.text for q in questions)


def test_a_common_noun_event_takes_the() -> None:
    assert when_question("national flag adopted", "date") == (
        "On what date was the national flag adopted?"
    )


def test_events_whose_names_give_their_place_in_the_order_are_not_ordered() -> None:
    notes = textwrap.dedent(
        """\
        # Making of the Constitution

        ## Timeline

        - 9 Dec 1946 – first meeting of the Constituent Assembly
        - 13 Dec 1946 – Objectives Resolution moved by Nehru
        - 22 July 1947 – national flag adopted
        - Feb 1948 – Draft Constitution published
        - 26 Nov 1949 – Constitution adopted by the Assembly
        - 24 Jan 1950 – last session of the Assembly held
        """
    )
    orders = [
        q for q in generate_questions(notes, "n/c.md") if q.prompt.startswith("Arrange these")
    ]
    assert orders and not any("first" in q.prompt or "last" in q.prompt for q in orders)


def test_knowing_the_first_event_leaves_more_than_one_order() -> None:
    notes = textwrap.dedent(
        """\
        # Modern India

        ## Gandhi arrives (1915–1922)

        - 1915 – Gandhi back from South Africa
        - 1916 – Lucknow Pact between Congress & Muslim League
        - 1918 – Ahmedabad mill strike
        - 1919 – Rowlatt Act passed
        """
    )
    (order,) = [q for q in generate_questions(notes, "n/m.md") if q.prompt.startswith("Arrange")]
    first, last = order.answer[0], order.answer[-1]
    assert sum(o[0] == first for o in order.options) >= 2
    assert sum(o[-1] == last for o in order.options) >= 2
    assert order.answer[::-1] not in order.options  # not the mirror


def test_a_session_is_not_ordered_and_an_event_is_named_without_its_details() -> None:
    notes = textwrap.dedent(
        """\
        # Modern India

        ## CDM and after

        - 12 Mar 1930 – Dandi March from Sabarmati Ashram w/ 78 followers
        - 1931 – Gandhi–Irwin Pact signed
        - 1931 – Karachi session (president Vallabhbhai Patel)
        - 1932 – Communal Award announced
        - 1939 – Congress ministries resign
        """
    )
    (order,) = [q for q in generate_questions(notes, "n/m.md") if q.prompt.startswith("Arrange")]
    assert "4. Dandi March." in order.prompt or "Dandi March;" in order.prompt
    assert "session" not in order.prompt


def test_the_right_order_is_not_the_option_nearest_all_the_others() -> None:
    from itertools import permutations

    from quizbot.notes.chronology import _near_misses, _swaps

    for order in permutations(range(4)):
        right = tuple(order)
        wrong = [tuple(int(c) - 1 for c in o.split("-")) for o in _near_misses(list(order), "k")]
        options = [right, *wrong]
        spread = [sum(_swaps(a, b) for b in options) for a in options]
        assert not (spread[0] == min(spread) and spread.count(spread[0]) == 1)
        middle = (right[0], right[2], right[1], right[3])
        if middle not in ((0, 1, 2, 3), (3, 2, 1, 0)):
            assert middle in wrong  # first and last known: two options left
        assert right[::-1] not in wrong
        assert (0, 1, 2, 3) not in wrong and (3, 2, 1, 0) not in wrong  # no patterned code


def test_a_session_gets_no_date_question() -> None:
    # Naoroji presided at Calcutta in 1886 and in 1906: the name is no one event
    assert when_question("Calcutta session (prez Dadabhai Naoroji)", "year") is None


def test_a_year_in_brackets_opening_a_line_dates_it() -> None:
    """ "(1912) Cooperative Societies Act → …" is written as "1912 – …" is."""
    from quizbot.notes.timeline_dates import split_timeline

    assert split_timeline("(1912) Cooperative Societies Act → non-credit societies") == (
        "1912",
        "Cooperative Societies Act → non-credit societies",
    )
    assert split_timeline("(July 2021) separate Ministry of Cooperation") is None


def test_an_opening_or_a_completion_is_asked_when() -> None:
    """``1869 – Suez Canal opened`` was asked only as a true/false of its raw line (blind
    review 24): "opened", "completed", "commissioned" … date a thing like "founded"."""
    from tests.unit.notes_support import short_questions

    asked = short_questions(
        "# World\n\n## Canals\n\n- 1869 – Suez Canal opened\n"
        "- 1970 – Aswan High Dam (Nile, Egypt) completed\n"
    )
    assert asked["In which year was the Suez Canal opened?"].answer == "1869"


def test_many_things_were_done() -> None:
    """``15 April 1980 – 6 more banks nationalised`` read "On what date was 6 more banks …"
    (blind review 27)."""
    from quizbot.notes.timeline_questions import when_question

    assert when_question("6 more banks nationalised", "date") == (
        "On what date were 6 more banks nationalised?"
    )


def test_a_programme_mission_is_launched_a_delegation_sent() -> None:
    """ "In which year was the Technology Mission on Oilseeds sent?" (blind review 26)."""
    from quizbot.notes.timeline_questions import when_question

    assert when_question("Technology Mission on Oilseeds", "year") == (
        "In which year was the Technology Mission on Oilseeds launched?"
    )
    assert when_question("Cabinet Mission", "year") == "In which year was the Cabinet Mission sent?"
