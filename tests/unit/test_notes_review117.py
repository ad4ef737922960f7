"""The classes found on the tenth session's fresh notes (holdouts 117–119), each on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq, Question, Short, TrueFalse
from quizbot.notes import generate_questions
from tests.unit.notes_support import short_questions, shown_texts


def _questions(notes: str) -> list[Question]:
    return generate_questions(notes, "notes.md")


def test_a_bracketed_year_of_another_thing_is_not_the_line_s_date() -> None:
    """ "1953 – States Reorganisation Commission set up on Dar Committee (1948) recs.": the
    bracket dates the committee, so the question asks of 1953 (holdout 119 asked "… recs in
    1924?", the Lee Commission's year, of the 1926 Public Service Commission)."""
    asked = short_questions(
        "# Linguistic states\n\n## Timeline\n\n"
        "1952 – Potti Sriramulu dies after a 56-day fast for Andhra\n"
        "1953 – States Reorganisation Commission set up on Dar Committee (1948) recs.\n"
        "1956 – States Reorganisation Act creates 14 states and 6 UTs\n"
    )
    prompts = [q.prompt for q in asked.values() if q.answer == "States Reorganisation Commission"]
    assert prompts == [
        "Which commission was set up on Dar Committee (1948) recommendations in 1953?"
    ], asked


def test_a_title_opens_a_person_s_name_without_an_article() -> None:
    """ "1772 – Sir Warren Hastings becomes first Governor": no "the Sir …"."""
    texts = " ".join(
        shown_texts(
            "# Company rule\n\n## Timeline\n\n"
            "1772 – Sir Robert Barker becomes first Commander of the Bengal Army\n"
            "1784 – Pitt's India Act passed\n"
            "1793 – Permanent Settlement introduced by Cornwallis\n"
        )
    )
    assert "Sir Robert Barker" in texts
    assert "the Sir" not in texts


def test_a_count_s_cloze_does_not_print_the_list_it_counts() -> None:
    """ "… has ___ members (Brazil, Russia, India, China, South Africa)": the learner would
    count the bracket (holdout 119: twelve pollutants listed after the blank). The list
    leaves the question; the explanation keeps it."""
    notes = (
        "# Groupings\n\n## BRICS\n\n"
        "The original BRICS grouping had 5 members (Brazil, Russia, India, China, "
        "South Africa) before its expansion in 2024.\n"
    )
    clozes = [q for q in _questions(notes) if isinstance(q, Cloze) and q.blanks[0][0] == "5"]
    assert clozes
    for cloze in clozes:
        assert "Brazil" not in cloze.text
        assert "Brazil" in cloze.explanation


def test_bullet_labels_beside_bold_terms_are_no_options() -> None:
    """ "Stubble → …", "Tech: …" under "Other schemes:" beside "**SAFAR** – …": the writer's
    labels, not schemes, so never offered as options (holdout 119); the options are the
    bold terms, and the question says "scheme", not "other scheme"."""
    notes = (
        "# Water\n\n## Programmes\n\n"
        "Other schemes:\n"
        "- **AMRUT** – urban water supply and sewerage in 500 cities, launched 2015\n"
        "- **Atal Bhujal** – groundwater management through communities in seven states\n"
        "- **NMCG** – the mission that runs Namami Gange projects along the Ganga\n"
        "- **Jal Shakti Abhiyan** – catch the rain campaign run before every monsoon\n"
        "- Drip → subsidies under per drop more crop for micro-irrigation\n"
        "- Tanks: desilting under MGNREGA with farmers carting the silt away\n"
    )
    mcqs = [q for q in _questions(notes) if isinstance(q, Mcq)]
    assert mcqs
    for mcq in mcqs:
        assert not {"Drip", "Tanks"} & set(mcq.options), mcq.options
        assert "other scheme" not in mcq.prompt.lower()


def test_a_quantity_word_is_no_term_in_any_form() -> None:
    """ "Both = heterodox sects …" makes no question keyed "Both" (holdout 117 asked "Which
    term is described as “heterodox sects …”?")."""
    notes = (
        "# Philosophy\n\n## Schools\n\n"
        "Both = **orthodox (astika)** schools that accept the authority of the Vedas.\n"
        "- **Nyaya** – school of logic founded by Gautama\n"
    )
    keys = {getattr(q, "answer", "") for q in _questions(notes)}
    assert "Both" not in keys
    assert not any("{{Both" in getattr(q, "text", "") for q in _questions(notes))


def test_a_bold_deed_or_situation_is_no_term() -> None:
    """ "**Viceroy abolished** → a Governor-General …" and "**Deadlock** → President may
    summon a joint sitting …" are a deed and a situation, not terms to blank (holdouts 117
    and 118); a real term beside them still is."""
    notes = (
        "# Government of India Act 1935\n\n## Provisions\n\n"
        "- **Dyarchy abolished** → full responsible government in the provinces\n"
        "- **Federal Court** → set up at Delhi in 1937 to settle disputes between units\n"
        "- **Stalemate** → Governor may act in his discretion to run the province\n"
        "- a stalemate in a province was common after 1939\n"
    )
    questions = _questions(notes)
    texts = [getattr(q, "text", "") + getattr(q, "prompt", "") for q in questions]
    keys = {getattr(q, "answer", "") for q in questions} | {
        q.blanks[0][0] for q in questions if isinstance(q, Cloze)
    }
    assert "Dyarchy abolished" not in keys
    assert "Stalemate" not in keys
    assert "Federal Court" in keys, texts


def test_a_key_in_the_writer_s_shorthand_is_asked_by_its_long_form() -> None:
    """ "{{Parl}}" is accepted, but the key the learner sees is "Parliament"."""
    clozes = [
        q
        for q in _questions(
            "# Polity\n\n## Union\n\n"
            "Governor is not a member of either House but is an integral part of the state "
            "legislature; President is an integral part of Parl. → no bill becomes law "
            "w/o his assent\n"
        )
        if isinstance(q, Cloze)
    ]
    forms = [b for q in clozes for b in q.blanks if "Parl" in b]
    assert forms and all(b[0] == "Parliament" and "Parl" in b for b in forms), forms


def test_an_event_row_is_asked_where_it_took_place() -> None:
    """ "| Event | Place |" rows under a person: "Where did the first sermon take place?",
    not "Where is First sermon located?" (holdout 117)."""
    asked = short_questions(
        "# Mahavira\n\n## Life\n\n"
        "| Event | Place | Year |\n|---|---|---|\n"
        "| Birth | Kundagrama | 540 BCE |\n"
        "| Kaivalya | Jrimbhikagrama | 498 BCE |\n"
        "| Death | Pavapuri | 468 BCE |\n"
    )
    prompts = {q.answer: q.prompt for q in asked.values()}
    assert prompts.get("Pavapuri") == "Where did the death take place?", prompts
    assert not any("located" in p for p in prompts.values())


def test_an_article_s_header_may_say_it_is_one_or_more() -> None:
    """ "| Body | Article(s) | …": each row with one article is asked for it (holdout 119
    asked none of a table of four bodies)."""
    asked = short_questions(
        "# Bodies\n\n## Basics\n\n"
        "| Body | Article(s) | Nature |\n|---|---|---|\n"
        "| National Commission for SCs | Art 338 | constitutional, permanent |\n"
        "| National Commission for STs | Art 338A | constitutional, permanent |\n"
        "| Attorney General | Art 76 | office, advisory |\n"
        "| State PSCs | Art 315–323 | constitutional, permanent |\n"
    )
    answers = {q.answer for q in asked.values()}
    assert {"Article 338", "Article 338A", "Article 76"} <= answers, answers


def test_a_features_cell_s_bold_part_is_what_a_row_is_asked_by() -> None:
    """ "| Style | State | Key features |" with "**Gotipua** boys" in a cell: "Which style is
    known for …?" (holdout 119 asked each dance only its state, two of them Kerala); a
    state that opens as the answer does (Odisha, Odissi) is left out of the question."""
    notes = (
        "# Painting\n\n## Folk painting\n\n"
        "| Style | State | Key features |\n|---|---|---|\n"
        "| Madhubani | Bihar | village women; **double-line border** & no empty space |\n"
        "| Warli | Maharashtra | tribal; **circle, triangle, square** on mud walls |\n"
        "| Pattachitra | Odisha | cloth scrolls; **Jagannath** themes, natural colours |\n"
        "| Kalamkari | Andhra Pradesh | pen-drawn; **vegetable dyes** on cotton |\n"
        "| Gond | Madhya Pradesh | dots & dashes; **Pardhan** singers' tales |\n"
        "| Odissi chitra | Odisha | palm leaf engraving by **stylus** with lamp-black |\n"
    )
    questions = _questions(notes)
    known = {q.answer: q.prompt for q in questions if isinstance(q, Short | Mcq)}
    assert any("known for" in p for p in known.values()), known
    assert not any("Odisha" in p for a, p in known.items() if a.startswith("Odissi"))


def test_a_blank_whose_opposite_is_printed_is_not_asked() -> None:
    """ "between the ___ Ghats … and the eastern" and "dark inner ___ & lighter outer
    penumbra": one side of a pair printed leaves only the other (holdouts 121 and 122)."""
    texts = shown_texts(
        "# Rivers\n\n## Divides\n\n"
        "The Godavari basin lies between the **western** Ghats and the eastern Ghats, and "
        "drains into the Bay of Bengal near Rajahmundry.\n\n"
        "## Estuaries\n\n"
        "A tidal river has a salty **lower** reach & a fresh upper reach above the tide.\n"
    )
    assert not any("{{western}}" in t for t in texts), texts
    assert not any("{{lower}}" in t for t in texts), texts


def test_a_split_printed_beside_a_count_gives_it_away() -> None:
    """ "A ___, the largest ever, … held 7:6": the split adds up to the 13-judge bench
    (holdout 122)."""
    texts = shown_texts(
        "# Cases\n\n## Indra Sawhney (1992)\n\n"
        "The answer came in **Indra Sawhney v. Union of India**. A **9-judge bench** upheld "
        "OBC reservation but held **6:3** that reservation may not exceed half the seats.\n"
    )
    assert not any("{{9-judge bench" in t for t in texts), texts


def test_a_writer_s_mark_or_a_body_s_job_is_no_term_or_owner() -> None:
    """ "Imp: mainly a limit on …" is no term, and "Job → …; suggest **alternative
    policies**" names no owner of a role ("What is the name of Job's suggest?", holdouts
    120 and 122)."""
    questions = _questions(
        "# Parliament\n\n## Committees\n\n"
        "- Job → examine grants; suggest **economy measures**; report to the House\n"
        "- Imp: mainly a check on the executive's spending between budgets.\n"
        "- **Rules Committee** – decides the procedure of the House, chaired by the Speaker\n"
    )
    shown = " ".join(getattr(q, "prompt", "") + getattr(q, "text", "") for q in questions)
    assert "Job's" not in shown
    assert "{{Imp}}" not in shown
    assert all(getattr(q, "answer", "") != "Imp" for q in questions)


def test_a_key_after_a_title_counts_as_printed() -> None:
    """ "___ led the majority; Justice P.N. Bhagwati's opinion tipped the balance" prints
    Bhagwati's name: his own cloze of the line is not asked beside it (holdout 122)."""
    texts = shown_texts(
        "# Cases\n\n## Minerva Mills (1980)\n\n"
        "The answer came in **Minerva Mills v. Union of India** (decided **31 July 1980**). "
        "A **5-judge bench** struck down two clauses of the 42nd Amendment. CJ **Y.V. "
        "Chandrachud** led the majority; Justice **P.N. Bhagwati**'s opinion tipped the "
        "balance; **Nani Palkhivala** argued for the petitioner (a sick textile mill of "
        "Bangalore, taken over by the govt). The 42nd Amendment was cut back.\n"
    )
    printed = [t for t in texts if "P.N. Bhagwati" in t and "{{P.N. Bhagwati" not in t]
    asked = [t for t in texts if "{{P.N. Bhagwati" in t]
    assert printed and not asked, texts


def test_a_battle_s_line_is_asked_in_which_battle_its_clause_happened() -> None:
    """ "**Battle of Colachel (1741)** – Marthanda Varma of Travancore crushed the Dutch"
    was asked "What is a Marthanda Varma … crushed the Dutch called?" (holdout 121)."""
    asked = short_questions(
        "# Deccan\n\n## Wars\n\n"
        "- **Battle of Talikota (1565)** – Ali Adil Shah of Bijapur crushed Vijayanagara\n"
        "- **Treaty of Salbai (1782)** – Mahadji Scindia of Gwalior ended the first war w/ "
        "the British\n"
    )
    prompts = {q.answer: q.prompt for q in asked.values()}
    assert prompts.get("Battle of Talikota", "").startswith("In which battle (1565) did"), prompts
    assert not any("called?" in p for p in prompts.values())


def test_a_table_of_bodies_asks_each_its_size_and_its_year() -> None:
    """ "| Committee | Members | … | Origin |": "How many members does the Public Accounts
    Committee have?" and the year it was set up (holdout 120's table gave no question); a
    cell that is no one figure ("~10") is not asked."""
    asked = short_questions(
        "# Federalism\n\n## Councils at a glance\n\n"
        "| Body | Members | Chair | Set up |\n|---|---|---|---|\n"
        "| National Development Council | 30 | PM | 1952 |\n"
        "| Inter-State Council (ISC) | 26 | PM | 1990 |\n"
        "| Zonal Council (each) | ~10 | Home Minister | 1957 |\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert prompts.get("How many members does the Inter-State Council have?") == "26", prompts
    assert prompts.get("In which year was the Inter-State Council set up?") == "1990", prompts
    assert not any("Zonal Council" in p and "How many" in p for p in prompts)


def test_a_ruler_with_his_reign_is_asked_who_not_what_he_is_called() -> None:
    """ "**Dharmapala** (c. 770–810) – real builder of the empire" was asked "What is a real
    builder of the empire called?", and "… – peak of power" "What is a peak of power
    called?" (holdout 123)."""
    questions = _questions(
        "# Early medieval\n\n## The Pratiharas\n\n"
        "- **Nagabhata I** (c. 730–760) – founder of the line; repelled the Arabs\n"
        "- **Mihira Bhoja** (c. 836–885) – greatest ruler of the dynasty\n"
        "- **Mahendrapala I** (c. 885–910) – height of the empire\n"
    )
    prompts = {getattr(q, "prompt", ""): getattr(q, "answer", "") for q in questions}
    assert not any("called?" in p for p in prompts), prompts
    who = [p for p, a in prompts.items() if a == "Mihira Bhoja"]
    assert who == ["Who was the greatest ruler of the dynasty (c. 836–885)?"], prompts


def test_an_initial_after_a_slash_is_no_other_name() -> None:
    """ "goes to Japan/S. Korea": 'S' is no other name of Japan (holdout 123 keyed the
    blank {{Japan|S}})."""
    questions = _questions(
        "# Minerals\n\n## Iron ore\n\n"
        "Most Kudremukh ore was once exported. Bailadila ore goes to Japan/S. Korea via "
        "Visakhapatnam port.\n"
    )
    blanks = [b for q in questions if isinstance(q, Cloze) for b in q.blanks]
    assert not any("S" in forms for forms in blanks), blanks


def test_it_after_a_government_named_by_its_leader_is_not_the_leader() -> None:
    """ "The V.P. Singh govt set up the ISC …. It is a **recommendatory body**" was asked
    "The V.P. Singh is a(n) ___" (holdout 124)."""
    texts = shown_texts(
        "# Centre-state\n\n## Commissions\n\n"
        "The P.V. Narasimha Rao govt set up the commission in 1991. It is an **advisory "
        "body** on centre–state finances and reports to the President.\n"
    )
    assert not any("Narasimha Rao is" in t for t in texts), texts


def test_the_writer_s_critique_is_no_term() -> None:
    """ "**Critique** → irregular meetings, only advisory …" blanked 'Critique' (holdout
    124)."""
    texts = shown_texts(
        "# Federalism\n\n## Zonal Councils\n\n"
        "- **Zonal Councils** – five, set up under the States Reorganisation Act 1956\n"
        "- **Critique** → rare meetings, only advisory, chaired by the Home Minister\n"
    )
    assert not any("{{Critique}}" in t for t in texts), texts


def test_a_blank_among_listed_examples_is_a_list_slot() -> None:
    """ "9 original reserves incl. ___, Melghat, Palamau & Similipal": any of the nine fits
    (holdout 125)."""
    from quizbot.notes.blanks import in_a_list

    assert in_a_list("first sites incl. ", ", Keoladeo, Harike & Loktak")
    assert in_a_list("first sites ", ", Keoladeo, Harike and Loktak")
    assert not in_a_list("the first site was ", ", which lies in Odisha & is a lagoon.")


def test_a_year_s_question_leaves_out_the_day_and_keeps_the_line_s_own_verb() -> None:
    """ "1923 – Swaraj Party (1 Jan)" was asked "In which year was the Swaraj Party (1 Jan)
    formed?", and "1996 – Standing Committee of ISC constituted" "… constituted
    appointed?" (holdout 124)."""
    asked = short_questions(
        "# Labour\n\n## Timeline\n\n"
        "1918 – Ahmedabad mill strike (Mar); Gandhi's first hunger strike\n"
        "1920 – AITUC (31 Oct); Lala Lajpat Rai first president\n"
        "1929 – Royal Commission on Labour constituted\n"
        "1947 – Industrial Disputes Act passed (Mar)\n"
    )
    prompts = [q.prompt for q in asked.values()]
    assert not any("(31 Oct)" in p or "(Mar)" in p for p in prompts), prompts
    assert "In which year was the Royal Commission on Labour constituted?" in prompts, prompts


def test_a_clause_the_writer_bolded_and_a_category_noun_are_no_keys() -> None:
    """ "- Needs **condensation nuclei** → dust, smoke …" was keyed "Needs condensation
    nuclei" (holdout 126), and "was the chief ___ of the Pallavas" "port" (holdout 127)."""
    from quizbot.notes.shown_keys import filler_key
    from tests.unit.notes_support import candidates

    ctx, drafted = candidates(
        "# Weather\n\n## Hail\n\n"
        "- Vapour → ice; happens in tall cumulonimbus w/ strong updrafts\n"
        "- Needs **freezing nuclei** → dust, soot, bacteria (ice-forming)\n\n"
        "## Ports\n\n"
        "Muziris (Muchiri) was the chief **port** of the Cheras on the Malabar coast.\n"
    )
    assert not [d for d, _, _ in drafted if d.key_text.startswith("Needs")]
    port = [(d, q, u) for d, q, u in drafted if d.key_text == "port" and isinstance(q, Cloze)]
    assert port and all(filler_key(q, d, u, ctx) for d, q, u in port)


def test_a_coin_s_obverse_beside_its_reverse_is_not_asked() -> None:
    """ "___: king in action …; reverse: goddess Lakshmi" blanked 'Obverse' (holdout 130)."""
    import dataclasses

    from quizbot.notes.giveaway import given_by_its_pair
    from tests.unit.notes_support import candidates

    ctx, drafted = candidates(
        "# Coins\n\n## Kushana gold coins\n\n"
        "- Obverse: king in battle (horseman); reverse: goddess **Ardochsho** (cornucopia)\n"
    )
    draft, question, unit = next((d, q, u) for d, q, u in drafted if isinstance(q, Cloze))
    text = "{{Obverse}}: king in battle (horseman); reverse: goddess Ardochsho (cornucopia)"
    asked = dataclasses.replace(question, text=text)
    assert given_by_its_pair(asked, dataclasses.replace(draft, key_text="Obverse"), unit, ctx)


def test_a_comparison_cell_of_everyday_words_is_not_quoted() -> None:
    """ "Which of these has “Hours” as its period?", "… “Long, local” as its wavelength?"
    (holdout 130); a cell that says something of its own is still asked."""
    asked = short_questions(
        "# Oceans\n\n## Waves compared\n\n"
        "| Feature | Tide | Seiche | Swell | Tsunami |\n|---|---|---|---|---|\n"
        "| Cause | **gravity of Moon & Sun** | wind or quake in a closed basin | distant storms | undersea quake |\n"
        "| Period | Hours | Minutes | Seconds | Tens of minutes |\n"
        "| Reach | Long, regular | Short, local | Long, open | Ocean-wide |\n"
    )
    mcqs = [
        q
        for q in _questions(
            "# Oceans\n\n## Waves compared\n\n"
            "| Feature | Tide | Seiche | Swell | Tsunami |\n|---|---|---|---|---|\n"
            "| Cause | **gravity of Moon & Sun** | wind or quake in a closed basin | distant storms | undersea quake |\n"
            "| Period | Hours | Minutes | Seconds | Tens of minutes |\n"
            "| Reach | Long, regular | Short, local | Long, open | Ocean-wide |\n"
        )
        if isinstance(q, Mcq)
    ]
    prompts = [q.prompt for q in mcqs] + [q.prompt for q in asked.values()]
    assert not any("“Hours”" in p or "“Short, local”" in p for p in prompts), prompts
    assert any("as its cause?" in p for p in prompts), prompts


def test_an_approximate_figure_is_not_made_false_by_a_near_one() -> None:
    """ "within about 9 min" against the notes' "about 10 min" is no false statement
    (holdout 130)."""
    import dataclasses

    from quizbot.notes.gate_choices import self_refuting
    from tests.unit.notes_support import candidates

    ctx, drafted = candidates(
        "# Warnings\n\n## Early warning\n\n"
        "- Can issue 1st cyclone alert within about 72 hours of formation\n"
    )
    draft, question, unit = next((d, q, u) for d, q, u in drafted if isinstance(q, TrueFalse))
    true = "Can issue 1st cyclone alert within about 72 hours of formation"
    near = dataclasses.replace(question, statement=true.replace("72", "70"), fix=true)
    assert self_refuting(near, draft, unit, ctx)
    exact = "Can issue 1st cyclone alert within 72 hours of formation"
    plain = dataclasses.replace(question, statement=exact.replace("72", "70"), fix=exact)
    assert self_refuting(plain, draft, unit, ctx) is None


def test_a_table_of_categories_is_not_asked_which_category() -> None:
    """ "| Group | Key species |" asked "Which group is home to the Royal Bengal tiger …?"
    (Mammals; holdout 131)."""
    asked = short_questions(
        "# Western Ghats\n\n## Fauna\n\n"
        "| Group | Key species | Remember |\n|---|---|---|\n"
        "| Mammals | lion-tailed macaque, Nilgiri tahr, Malabar civet | tahr endemic |\n"
        "| Birds | Malabar trogon, great hornbill, Nilgiri pipit | hornbill in Kerala |\n"
        "| Amphibians | purple frog, Malabar gliding frog, caecilians | frogs endemic |\n"
    )
    assert not any(q.answer in ("Mammals", "Birds", "Amphibians") for q in asked.values())


def test_more_deeds_of_a_dated_line_are_asked_by_their_year() -> None:
    """ "1829 – Sati banned (Bentinck)" had no question (holdout 106's key fact); banned,
    approved, executed, devalued, revoked … are read as the line's verb."""
    asked = short_questions(
        "# Reforms\n\n## Quick timeline\n\n"
        "1870 – Female infanticide banned (Infanticide Act)\n"
        "1966 – Rupee devalued after war & drought\n"
        "1977 – 2nd & 3rd emergencies revoked\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert [a for p, a in prompts.items() if "infanticide banned" in p] == ["1870"], prompts
    rules = short_questions(
        "# Law officers\n\n## Timeline\n\n"
        "- 1950 – M.C. Setalvad becomes the first Attorney General\n"
        "- 1972 – Supreme Court Rules revised\n"
        "- 1987 – Law Officers (Conditions of Service) Rules framed\n"
    )
    asked_rules = [q.prompt for q in rules.values() if q.answer == "1972"]
    assert asked_rules == ["In which year were the Supreme Court Rules revised?"], rules


def test_a_line_s_first_clause_before_an_arrow_is_asked_even_with_followed_in_it() -> None:
    """ "The islet of ___ was ceded … (1976 maritime boundary pact followed) → fishermen
    disputes continue.": the first clause stands alone; "followed" in its bracket points
    back to nothing (holdout 106's key fact Katchatheevu was not asked)."""
    texts = shown_texts(
        "# Neighbours\n\n## Sri Lanka\n\n"
        "The port of **Hambantota** was leased to a Chinese firm for 99 years in 2017 (a debt "
        "swap followed) → India watches the Indian Ocean closely.\n"
    )
    assert any(
        t.startswith("The port of {{Hambantota}} was leased") and "→" not in t for t in texts
    ), texts


def test_a_table_row_is_asked_who_compiles_it_and_its_base_year() -> None:
    """ "| Index | Compiled by | Base year |" rows were never asked their agency or base
    year (holdouts 108 and 121: key facts in such cells)."""
    asked = short_questions(
        "# Statistics\n\n## Who compiles what\n\n"
        "| Index | Compiled by | Base year | Note |\n|---|---|---|---|\n"
        "| IIP | NSO (MoSPI) | 2011-12 | monthly, 8 core industries |\n"
        "| CPI-IW | Labour Bureau | 2016 | for industrial workers |\n"
        "| HPI | National Housing Bank | 2017-18 | RESIDEX |\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert prompts.get("Who compiles the IIP?", prompts.get("Who compiles IIP?")) == "NSO", prompts
    assert prompts.get("What is the base year of CPI-IW?") == "2016", prompts


def test_the_writer_s_asides_and_labels_are_no_keys() -> None:
    """ "Contrast UK, where the AG is a political post" keyed "Contrast UK", "Exam answers
    should link all three: heating of ___", "All four were raided …" and a bold "three"
    whose list follows its own blank (holdouts 132 and 133)."""
    from quizbot.notes.gate import gate
    from quizbot.notes.shown_gate import fragment_gate
    from tests.unit.notes_support import candidates

    ctx, drafted = candidates(
        "# Offices\n\n## The CAG\n\n"
        "The CAG has no seat in Parliament. Contrast UK, where the **Comptroller** sits in "
        "the Commons.\n\n"
        "## Deccan\n\n"
        "The Bahmani kingdom broke into five sultanates. All five were annexed by the "
        "Mughals in the 17th c.\n\n"
        "## Sources\n\n"
        "Exam answers should stress the rise of **Bijapur** under Yusuf Adil Shah.\n\n"
        "## Budget\n\n"
        "The Union keeps its money in three funds – the CFI, the Public Account and the "
        "Contingency Fund. The budget is also presented in **two** parts in this order: "
        "Part A policy, Part B taxes.\n"
    )

    def refused(key: str, text: str = "") -> bool:
        found = [
            (d, q, u)
            for d, q, u in drafted
            if d.key_text == key and isinstance(q, Cloze) and text in q.text
        ]
        return bool(found) and all(
            gate(q, d, u, ctx) or fragment_gate(q, d, u, ctx) for d, q, u in found
        )

    assert refused("Contrast UK")
    assert refused("17th", "All five")
    assert refused("Bijapur")
    assert refused("two", "presented in")


def test_a_body_s_size_under_a_label_is_asked_of_its_section() -> None:
    """ "Features:" over "6 members → 3 from RBI + 3 external" was asked "How many members
    does the Features have?" (holdout 136)."""
    asked = short_questions(
        "# Fiscal federalism\n\n## GST Council (Art 279A)\n\n"
        "Features:\n"
        "- 33 members → Union FM (chair), MoS Finance, and the finance ministers of states\n"
        "- decisions by 3/4 majority; Centre's vote weight = 1/3\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert prompts.get("How many members does the GST Council have?") == "33", prompts
    assert not any("the Features" in p for p in prompts), prompts


def test_a_name_and_a_participle_with_a_bracket_is_no_clause() -> None:
    """ "___ built (admiral Ove Gjedde)." cut from "Tranquebar (1620) – treaty …; Fort
    Dansborg built (admiral Ove Gjedde)" (holdout 137)."""
    from quizbot.notes.clauses import clause_of_blank

    cloze = Cloze(
        id="x",
        text="Serampore (1755) – bought from the Nawab; {{St Olav's Church}} built (by Ole Bie)",
        prompt="fill in the blank.",
    )
    assert clause_of_blank(cloze) is None


def test_a_whole_item_under_a_lead_in_is_not_blanked() -> None:
    """ "Congress agreed to:" over "- **suspend CDM**", "- attend the **Second RTC**":
    "Congress agreed to: ___" fits either (holdout 136)."""
    texts = shown_texts(
        "# Gandhian era\n\n## Poona Pact (1932)\n\n"
        "Ambedkar agreed to:\n"
        "- **joint electorates**\n"
        "- give up the Communal Award\n"
    )
    assert "Ambedkar agreed to: {{joint electorates}}" not in texts, texts
    assert "Ambedkar agreed to: give up the {{Communal Award}}" in texts, texts


def test_a_bare_kind_an_office_without_its_body_and_statutory_beside_constitutional() -> None:
    """ "2016 (Aug) – Bill passed by Parliament" was asked "In which month and year was Bill
    passed by Parliament?", "Secretary-General = chief executive officer" "What is a chief
    executive officer called?", and "a(n) ___ body (NOT constitutional)" keyed "statutory"
    (holdouts 139 and 140)."""
    questions = _questions(
        "# Bodies\n\n## Lokpal\n\n"
        "The Lokpal is a **statutory** body (not constitutional) set up under an Act of 2013.\n\n"
        "## Staff\n\n"
        "- Director of Inquiry = chief investigating officer\n\n"
        "## Timeline\n\n"
        "- 2011 – Anna Hazare's fast at Ramlila Maidan\n"
        "- 2013 (Dec) – Bill passed by Parliament; assent on 1 Jan 2014\n"
        "- 2019 – first Lokpal appointed\n"
    )
    shown = " ".join(getattr(q, "prompt", "") + " " + getattr(q, "text", "") for q in questions)
    assert "{{statutory}}" not in shown, shown
    assert "chief investigating officer called" not in shown, shown
    assert "was Bill passed" not in shown and "Who passed Bill" not in shown, shown


def test_an_acronym_column_is_spelled_out_by_the_note_s_title() -> None:
    """ "| FC | Chairman | … |" under "Chairs & vertical share" of a note titled "Finance
    Commission – …" asked "Who chaired the 14th fc?" (turned away; holdout 142)."""
    asked = short_questions(
        "# Law Commission of India\n\n## Chairs\n\n"
        "| LC | Chairman | Period |\n|---|---|---|\n"
        "| 1st | **M.C. Setalvad** | 1955–58 |\n"
        "| 21st | B.S. Chauhan | 2015–18 |\n"
        "| 22nd | Ritu Raj Awasthi | 2020–24 |\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert prompts.get("Who chaired the 21st Law Commission?") == "B.S. Chauhan", prompts


def test_an_amendment_to_a_protocol_an_act_s_chair_and_a_participle_subject() -> None:
    """ "Kigali Amendment to Montreal Protocol" was asked "Which protocol of 2016 …?", a table
    of acts "Who chaired Delimitation Act 2002?", and "2016 – Excavated remains of Nalanda"
    "In 2016, ___ remained of Nalanda" (holdouts 141–143)."""
    questions = _questions(
        "# Ozone\n\n## Timeline\n\n"
        "- 1985 – **Vienna Convention** → framework for ozone protection\n"
        "- 2007 – **Montreal Adjustment** to Montreal Protocol (1987) → faster HCFC phase-out\n"
        "- 2019 – Restored remains of the lab → UNESCO listing\n\n"
        "## Commissions\n\n"
        "| Year | Act | Chairperson |\n|---|---|---|\n"
        "| 1953 | States Reorganisation Act 1956 | Fazl Ali |\n"
        "| 1965 | Official Languages Act 1963 | G.B. Pant |\n"
        "| 1976 | Delimitation Act 1972 | J.L. Kapur |\n"
    )
    shown = " ".join(getattr(q, "prompt", "") + " " + getattr(q, "text", "") for q in questions)
    assert "Which protocol of 2007" not in shown, shown
    assert "Who chaired" not in shown or " Act " not in shown.split("Who chaired")[1][:40], shown
    assert "remained of the lab" not in shown, shown


def test_a_region_s_own_stretch_is_not_asked_where_it_is() -> None:
    """ "| Peru coast | SE Pacific | upwelling …" asked "Where is Peru coast located?"
    (holdout 146)."""
    asked = short_questions(
        "# Fisheries\n\n## Grounds\n\n"
        "| Ground | Location | Why rich |\n|---|---|---|\n"
        "| Chile coast | SE Pacific | Humboldt upwelling → anchoveta |\n"
        "| Grand Banks | NW Atlantic | Gulf Stream meets Labrador Current |\n"
        "| Dogger Bank | North Sea | shallow bank, plankton |\n"
    )
    assert not any("Chile coast" in q.prompt for q in asked.values()), asked


def test_a_slashed_either_or_is_no_key() -> None:
    """ "{{Andesitic/rhyolitic}} magma is silica-rich" (holdout 144) and "{{reh / kallar}}"
    (holdout 141): two answers joined by a slash, neither accepted alone."""
    texts = shown_texts(
        "# Rocks\n\n## Magma\n\n"
        "**Basaltic/gabbroic** magma is silica-poor & runny, so it builds broad shields.\n\n"
        "## Soils\n\n"
        "In arid tracts saline crusts called **usar / thur** form on the surface.\n"
    )
    assert not any("{{Basaltic/gabbroic" in t or "{{usar / thur" in t for t in texts), texts
