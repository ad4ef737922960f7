"""The classes found in the eighth session's review of the blind verdicts, each on made-up
notes of another subject."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from quizbot.bank.model import Cloze, Short, TrueFalse
from quizbot.notes import generate_questions
from quizbot.notes.dated_lines import dated_sentence
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.fragments import not_a_sentence
from quizbot.notes.key_words import what_the_key_says
from quizbot.notes.names import expansions
from quizbot.notes.participle_lines import bare_participle
from quizbot.notes.terms import resolve_pronoun
from tests.unit.notes_support import shown_texts

_TIMELINE = (
    "# Science history\n\n## Discoveries – timeline\n\n"
    "- 1928 – **penicillin** noticed by Fleming at St Mary's (London)\n"
    "- 1953 – **Salk** vaccine trial announced; polio cases fall\n"
    "- 1967 – **Christiaan Barnard** performs the first human heart transplant\n"
    "- 1796 – **Edward Jenner** inoculated a boy with cowpox (Gloucestershire)\n"
    "- 1661 – **Malpighi** first to see capillaries\n"
    "- 1983 – **HIV** isolated at the Pasteur Institute\n"
)


def _texts(notes: str) -> list[str]:
    """Every question as the learner reads it: a cloze's text, a statement, a prompt."""
    return shown_texts(notes, statements=True)


def test_a_timeline_line_is_asked_only_as_a_sentence() -> None:
    """ "1906 – ___, Port Blair completed", "1944 – INTUC (Congress-backed)" as a true/false:
    a coach kept 14 of 78 timeline lines asked as written (blind reviews 24–83)."""
    texts = _texts(_TIMELINE)
    raw = [t for t in texts if t[:4].isdigit() and " – " in t]
    assert raw == []
    assert "In 1796, {{Edward Jenner}} inoculated a boy with cowpox (Gloucestershire)." in texts


def test_a_blank_subject_gets_the_auxiliary_of_its_participle() -> None:
    """ "1796 – ___ inoculated a boy" is a clause; "1983 – ___ isolated at the Pasteur
    Institute" is a bare participle that takes "was" (its key's number: "were" for a
    plural), also after an aside between commas."""
    texts = _texts(
        "# Science history\n\n## Timeline\n\n"
        "- 1983 – **HIV** isolated at the Pasteur Institute\n"
        "- 1991 – **Carbon nanotubes** described by Sumio Iijima (NEC, Japan)\n"
    )
    assert "In 1983, {{HIV}} was isolated at the Pasteur Institute." in texts
    assert "In 1991, {{Carbon nanotubes}} were described by Sumio Iijima (NEC, Japan)." in texts
    aside = Cloze(
        id="x", text="1975 – {{Aryabhata}}, India's first satellite, launched by the USSR"
    )
    dated = dated_sentence(aside)
    assert isinstance(dated, Cloze)
    assert (
        dated.text == "In 1975, {{Aryabhata}}, India's first satellite, was launched by the USSR."
    )
    listed = Cloze(id="x", text="23 Mar 1931 – Bhagat Singh, Sukhdev, Rajguru hanged at {{Lahore}}")
    assert dated_sentence(listed) is None  # a list of names, no aside: "… Rajguru was hanged"


def test_a_subject_under_a_name_or_after_a_possessive_is_still_a_subject() -> None:
    """ "National Planning Committee under Nehru, set up by ___", "Thomas Paine's pamphlet ___
    argues …": a clause with its subject, put in a sentence."""
    texts = _texts(
        "# Economy\n\n## Planning – timeline\n\n"
        "- 1944 – Bombay Plan under Tata, drafted by **John Matthai**\n"
    )
    assert "In 1944, the Bombay Plan under Tata was drafted by {{John Matthai}}." in texts
    pamphlet = Cloze(id="x", text="Nov 1909 – Gandhi's pamphlet {{Hind Swaraj}} attacks machines")
    dated = dated_sentence(pamphlet)
    assert isinstance(dated, Cloze)
    assert dated.text == "In Nov 1909, Gandhi's pamphlet {{Hind Swaraj}} attacks machines."


def test_a_blank_on_the_head_of_a_timeline_line_is_still_asked_outright() -> None:
    """ "1906 – ___ founded at Dacca": "Which organisation was founded …?" stays the question,
    not the sentence."""
    texts = _texts(
        "# History\n\n## Organisations – timeline\n\n- 1885 – **Indian National Congress** "
        "founded at Bombay (Dec 1885)\n"
    )
    assert "Which organisation was founded at Bombay in December 1885?" in texts


def test_a_table_of_links_asks_what_each_row_connects() -> None:
    """ "| Pass | State / UT | Connects |" with ``Leh ↔ Nubra``: the coach asked for what a
    pass connects, not "In which state or union territory is X?" (its header was unread with
    spaces round the slash, and the arrow was no join)."""
    texts = _texts(
        "# Geography\n\n## Straits\n\n"
        "| Strait | Country / region | Connects |\n|---|---|---|\n"
        "| **Bosporus** | Turkey | Black Sea ↔ Sea of Marmara |\n"
        "| **Dardanelles** | Turkey | Sea of Marmara ↔ Aegean Sea |\n"
        "| **Bab-el-Mandeb** | Yemen / Djibouti | Red Sea ↔ Gulf of Aden |\n"
        "| **Oresund** | Denmark / Sweden | Kattegat ↔ Baltic Sea |\n"
    )
    assert "Which strait connects Red Sea with Gulf of Aden?" in texts
    bridges = _texts(
        "# Infrastructure\n\n## Bridges\n\n| Bridge | State / UT | Connects |\n|---|---|---|\n"
        "| **Bogibeel** | Assam | Dibrugarh ↔ Dhemaji |\n"
        "| **Pamban** | Tamil Nadu | Mandapam ↔ Rameswaram |\n"
        "| **Atal Setu** | Maharashtra | Sewri ↔ Nhava Sheva |\n"
    )
    assert "Which bridge in Tamil Nadu connects Mandapam with Rameswaram?" in bridges


def test_a_table_of_deeds_asks_who_did_each() -> None:
    """ "| Vaccine | Maker |", "| Invention | Inventor |", "| Discovery | Discoverer |": the
    person or body beside each thing is a key fact no question asked."""
    texts = _texts(
        "# Science history\n\n## Inventions\n\n"
        "| Invention | Inventor | Year |\n|---|---|---|\n"
        "| Telephone | Alexander Graham Bell | 1876 |\n"
        "| Safety razor | King Camp Gillette | 1901 |\n"
        "| Ballpoint pen | László Bíró | 1938 |\n\n"
        "## Discoveries\n\n"
        "| Discovery | Discoverer | Year |\n|---|---|---|\n"
        "| Penicillin | Alexander Fleming | 1928 |\n"
        "| Insulin | Frederick Banting | 1921 |\n"
        "| Radium | Marie Curie | 1898 |\n"
    )
    assert "Who invented the safety razor?" in texts
    assert "Who discovered penicillin?" in texts
    assert not any(t.endswith("invention?") for t in texts)


def test_a_note_s_field_label_is_no_key() -> None:
    """ "Santhal Hul: ___: Damin-i-Koh …" keyed the label "where" (and "leaders", "cause")."""
    found = generate_questions(
        "# History\n\n## Peasant risings\n\n"
        "**Pabna** – tenants of the Yusufshahi pargana formed an agrarian league (1873).\n\n"
        "Indigo Revolt (1859–60):\n"
        "- where: **Nadia**, the indigo district (now in West Bengal)\n"
        "- why: ryots who grew indigo were squeezed by planters and police\n"
        "- leaders: brothers **Digambar and Bishnu Biswas** (also others of Chaugacha)\n"
        "- began 1859 at Govindpur – ryots refused to sow indigo (a strike)\n"
        "- crushed by 1860 → **Indigo Commission** set up by the government\n\n"
        "Deccan Riots (1875):\n"
        "- cause: the **ryotwari** revenue (fixed in cash) drove ryots to moneylenders; debt\n"
        "- began at Supa (Pune distt) → attacks on moneylenders' houses and bonds\n",
        "n/notes.md",
    )
    keys = [b[0] for q in found if isinstance(q, Cloze) for b in q.blanks]
    keys += [str(getattr(q, "answer", "")) for q in found]
    assert found
    assert not {"where", "why", "leaders", "cause"} & set(keys)


def test_a_sentence_that_opens_on_thought_or_believed_has_lost_its_subject() -> None:
    """ "Thought extinct in ___, found again in 1953": the sangai, named a line before."""
    texts = _texts(
        "# Environment\n\n## Rediscovered species\n\n"
        "The Jerdon's courser lives in the Sri Lankamalleswara sanctuary. Thought extinct in "
        "**1900**, it was seen again in 1986.\n"
    )
    assert not any(t.startswith("Thought extinct") for t in texts)


def test_an_event_named_then_a_present_verb_is_asked_with_that_verb() -> None:
    """ "In which year was the GoI Act provides for a Public Service Commission passed?",
    "… did the Battle of Sakarya halts the Greek advance take place?"."""
    texts = _texts(
        "# History\n\n## Timeline\n\n"
        "- 1858 – Government of India Act ends Company rule\n"
        "- 1757 – Battle of Plassey gives the Company Bengal\n"
        "- 1937 – Congress ministries resign over the war\n"
    )
    assert "In which year did the Government of India Act end Company rule?" in texts
    assert "In which year did the Battle of Plassey give the Company Bengal?" in texts
    assert not any("ministry resign" in t for t in texts)


def test_a_word_the_writer_cut_short_is_no_key() -> None:
    """ "What is known as the "island continent"?" keyed "Aus.", the writer's shorthand."""
    found = generate_questions(
        '# World Geo – Antarctica\n\nAnt. = "white continent", coldest continent, ~14 mn km²; '
        "highest & windiest continent. Transantarctic Mts split it in two.\n\n"
        "## Relief – 2 parts\n- E Ant. → old shield, under a thick ice sheet\n"
        "- W Ant. → younger, volcanic (**Mt Erebus**)\n"
        "- **Vinson Massif** = highest pt of Ant. (~4,892 m)\n",
        "n/notes.md",
    )
    assert not any(getattr(q, "answer", "") == "Ant." for q in found)
    assert not any(b[0] == "Ant." for q in found if isinstance(q, Cloze) for b in q.blanks)
    crops = generate_questions(
        "# Biotech\n\n## GM crops\n\n| Crop | Developer | Status |\n|---|---|---|\n"
        "| Bt cotton | Mahyco–Monsanto | approved 2002 |\n"
        "| Bt brinjal | Mahyco | moratorium 2010 |\n"
        "| DMH-11 mustard | Delhi Univ. | GEAC nod 2022 |\n",
        "n/notes.md",
    )
    assert crops
    keyed = [q for q in crops if isinstance(q, Short) and q.answer == "Delhi Univ."]
    assert all("Delhi University" in q.aliases for q in keyed)  # never the cut form alone


def test_a_first_holder_of_an_office_is_the_heading_body_s() -> None:
    """ "Who was India's first woman chairperson?" under "SEBI": of SEBI, not of India; a
    description rank of a place ("BSE is Asia's oldest stock exchange") is no key."""
    texts = _texts(
        "# Indian Polity – Commissions\n\n## NHRC\n\n"
        "The National Human Rights Commission (NHRC) is a statutory body (1993).\n\n"
        "- Roze Millian Bethew (1992) – first woman chairperson\n\n"
        "## Markets\n\nNSE is **India's largest stock exchange** by turnover and began trading "
        "in 1994.\n"
    )
    assert "Who was NHRC's first woman chairperson?" in texts
    assert "What is the first woman chairperson?" not in texts
    assert not any("{{India's largest stock exchange}}" in t for t in texts)


def test_a_list_of_notes_or_bare_participles_is_no_clause() -> None:
    """ "In which park does Sonitpur district, foothill of … river?" read "foothills" as a
    verb after a comma; "___ captured and shot." is a name and what was done to it."""
    texts = _texts(
        "# Env – NPs of the south\n\n## Kerala\n\n"
        "Silent Valley NP – Palakkad distt, foothills of the Nilgiris on the Kunthipuzha river; "
        "NP (1984)\n\nPeriyar NP – Idukki distt, tiger reserve (1978) round a dam lake\n"
    )
    assert not any(t.startswith("In which park does") for t in texts)
    cut = Cloze(id="x", text="{{Kattabomman}} captured and hanged.")
    assert bare_participle(cut, cast(Draft, None), None, cast(Context, None)) is not None
    dated = Cloze(id="x", text="National AQI launched Oct {{2014}}.")
    assert bare_participle(dated, cast(Draft, None), None, cast(Context, None)) is None


def test_an_event_said_with_the_alone_points_to_a_line_before() -> None:
    """ "___ led the rising of 1798": the Chuar rising, named in the line before."""
    texts = _texts(
        "# Modern India\n\n## Western India\n\n"
        "**Koli** – loss of forts and new revenue rules drove the Kolis of Ahmedabad to revolt; "
        "**Ramji Bhangria** led the rising of 1839.\n"
    )
    assert not any("led the rising of" in t for t in texts)
    dated = _texts(
        "# Modern India\n\n## Revolt of 1857\n\n"
        "- **Rani Lakshmibai** led the revolt at Jhansi and died near Gwalior (1858).\n"
    )
    assert any("led the revolt at Jhansi" in t for t in dated)


def test_a_pronoun_takes_the_whole_name_and_no_possessive() -> None:
    """ "It was inserted by …" after "**Article 39A** …" became "Article was inserted …";
    "He died …" after "Majumdar's documents …" became "Majumdar's died …"."""
    assert resolve_pronoun(
        "It was added by the 86th Amendment.", "**Article 21A** – education"
    ) == ("Article 21A was added by the 86th Amendment.")
    assert resolve_pronoun("He died in exile.", "Bose's INA marched to Imphal.") == (
        "Bose died in exile."
    )


def test_a_clue_that_names_no_one_row_is_no_question() -> None:
    """ "West Bengal has the most (Sundarbans)": the most what? "Which act passed in 2016?":
    any act of that year. "Who headed District?": the level, not the body. "Led by ___, Kanu
    Sanyal & Jangal Santhal.": led what? A links cell on two rows names neither."""
    texts = _texts(
        "# Environment\n\n## Wetlands\n\n- Ramsar sites 75; **Tamil Nadu** has the most (14)\n\n"
        "## Timeline\n\n- 1980 – FC Act passed; Silent Valley protests\n\n"
        "## Structure\n\n| Level | Body | Head |\n|---|---|---|\n"
        "| National | NGT | Chairperson |\n| Zonal | Zonal benches | Judicial Member |\n"
        "| District | DFO | Divisional Forest Officer |\n\n"
        "## Chipko\n\nChipko (Reni, 1973) – women hugged trees. Led by **Gaura Devi**, "
        "Chandi Prasad Bhatt & Sunderlal Bahuguna.\n"
    )
    assert not any("has the most" in t for t in texts)
    assert "Which act passed in 1980?" not in texts
    assert "Who headed District?" not in texts
    assert not any(t.startswith("Led by") for t in texts)
    bridges = _texts(
        "# Infrastructure\n\n## Bridges\n\n| Bridge | State / UT | Connects |\n|---|---|---|\n"
        "| **Bogibeel** | Assam | Assam ↔ Arunachal |\n"
        "| **Dhola–Sadiya** | Assam | Assam ↔ Arunachal |\n"
        "| **Pamban** | Tamil Nadu | Mandapam ↔ Rameswaram |\n"
    )
    assert not any("connects Assam with Arunachal" in t for t in bridges)


def test_a_place_key_lists_its_other_names_in_use() -> None:
    """ "Majumdar died in police custody in ___ (1972)" keyed Calcutta: the coach asked for
    Kolkata; "Mehmed II took ___" for Istanbul beside Constantinople."""
    found = generate_questions(
        "# History\n\n## Ottomans\n\n- Mehmed II took **Constantinople** in 1453 and made it his "
        "capital.\n\n## Press\n\n- The Bengal Gazette (1780) was printed in **Calcutta** by "
        "James Augustus Hicky.\n",
        "n/notes.md",
    )
    blanks = {b[0]: b for q in found if isinstance(q, Cloze) for b in q.blanks}
    shorts = {q.answer: (q.answer, *q.aliases) for q in found if isinstance(q, Short)}
    forms = {**blanks, **shorts}
    assert "Istanbul" in forms.get("Constantinople", ())
    assert "Kolkata" in forms.get("Calcutta", ())


def test_also_before_the_blank_makes_it_one_of_several() -> None:
    """ "Alauddin Khalji also built ___ and the Hauz-i-Alai tank": the Alai Darwaza fits too."""
    texts = _texts(
        "# Architecture\n\n## Sultanate styles\n\n- Qutb Minar (1199) – begun by Aibak.\n"
        "- Iltutmish also built **Hauz-i-Shamsi** and his own tomb at Mehrauli.\n"
    )
    assert not any("also built {{" in t for t in texts)


def test_a_section_key_takes_its_written_out_form() -> None:
    """ "___ – area declared disturbed" keyed "Sec 3": "Section 3" is as right."""
    assert "Section 3" in expansions("Sec 3")
    assert "Delhi University" in expansions("Delhi Univ.")


def test_a_ruler_and_his_deed_is_asked_who() -> None:
    """ "___ (1211–36) – organised the iqta system": a raw line; "Who organised …?" asks it."""
    texts = _texts(
        "# Medieval India\n\n## Sultans and their reforms\n\n"
        "- **Alauddin Khalji** (1296–1316) – introduced market control in Delhi\n"
        "- **Balban** (1266–87) – introduced sijda and paibos at court\n"
    )
    assert "Who introduced market control in Delhi (1296–1316)?" in texts


def test_a_descriptor_or_an_article_number_is_no_name() -> None:
    """ "About 1,400 ___ exiles" keyed "CIA-trained Cuban"; "What is a protection of
    interests of minorities called?" keyed "Art 29" (a number is no name of a thing)."""
    texts = _texts(
        "# World History\n\n## Suez (1956)\n\n"
        "About 1,200 **British-backed Israeli** paratroopers dropped at the Mitla Pass on "
        "29 Oct 1956.\n\n"
        "# Polity\n\n## Safeguards\n\n- **Art 46** – promotion of educational interests of "
        "weaker sections\n"
    )
    assert not any("{{British-backed Israeli}}" in t for t in texts)
    assert not any(t.startswith("What is a promotion") for t in texts)


def test_an_office_and_its_holder_is_no_description_of_a_body() -> None:
    """ "Which committee is a president M.S. Khan?" from "___ – prez M.S. Khan"."""
    texts = _texts(
        "# Modern India\n\n## Kisan movements\n\n"
        "- **Bihar Provincial Kisan Committee** – prez Swami Sahajanand; tenants' rights\n"
    )
    assert not any(t.startswith("Which ") and " is a president " in t for t in texts)


def test_a_blank_inside_a_printed_name_or_spelled_after_it_is_no_question() -> None:
    """ "… Redressal of their ___ (2011)" keyed "Grievances Bill"; "___: Executive Committee
    of the National Security Council" keyed "ExComm"."""
    texts = _texts(
        "# Governance\n\n## Bills that lapsed\n\n"
        "A bill for a statutory citizen's charter, the Right of Citizens for Time Bound "
        "Delivery of Services and Redressal of their Grievances Bill (2011), lapsed in 2014."
        "\n\n## Glossary\n\n"
        "- **NatSec**: National Security adviser's office, which coordinates intelligence\n"
        "- **Dharna**: a sit-in protest\n"
    )
    assert not any("{{NatSec}}" in t for t in texts)
    assert not any("{{Time Bound" in t or "{{Grievances" in t for t in texts)
    assert (
        "Section 22"
        in _texts(
            "# Money\n\n## RBI\n\nThe RBI alone issues bank notes under **Section 22** of the RBI "
            "Act, 1934.\n"
        )[0]
    )


def test_a_body_named_with_and_here_and_also_openers() -> None:
    """ "Financial Stability replaced …" cut "… and Development Council"; "___ peoples lived
    here": where? "Also made at ___ & Lucknow.": also what?"""
    assert resolve_pronoun(
        "It replaced an older committee.", "**Indian Board of Wildlife and Forestry Council** met"
    ) == ("Indian Board of Wildlife and Forestry Council replaced an older committee.")
    texts = _texts(
        "# Geography\n\n## Hot deserts\n\n"
        "- Arabia – sand seas of the Rub al Khali. **Bedouin** herders lived here for "
        "centuries.\n\n## Crafts\n\n**Pembarthi** – sheet-metal work of Telangana. Also made at "
        "**Warangal** & Hyderabad.\n"
    )
    assert not any("lived here" in t for t in texts)
    assert not any(t.startswith("Also made at") for t in texts)


def test_a_table_of_sessions_asks_where_each_was_held() -> None:
    """ "Which place of 1896 was presided over by Rahimtullah Sayani?": the rows of a
    "Yr | Place | President" table are sessions, of the body the heading names."""
    texts = _texts(
        "# Modern India\n\n## ML founding & early meetings\n\n"
        "| Yr | Place | President | Remember |\n|---|---|---|---|\n"
        "| 1906 | Dacca | Aga Khan III | founding |\n"
        "| 1916 | Lucknow | M.A. Jinnah | pact with INC |\n"
        "| 1930 | Allahabad | Muhammad Iqbal | idea of a Muslim state in the NW |\n"
        "| 1940 | Lahore | M.A. Jinnah | Pakistan resolution |\n"
    )
    assert not any(t.startswith("Which place of") for t in texts)
    assert "Where was the ML session of 1930 held (presided over by Muhammad Iqbal)?" in texts


def test_an_amendment_said_with_the_alone_points_to_its_law() -> None:
    """ "The 1987 amendment brought ___ in as an air pollutant": the amendment of what?"""
    texts = _texts(
        "# Environment\n\n## Old Acts\n\n"
        "The Wildlife Act came in 1972. The 2002 amendment added **community reserves** as "
        "protected areas.\n"
    )
    assert not any("amendment added" in t and "{{" in t for t in texts)


def test_round_five_labels_here_and_codes() -> None:
    """ "___: trade grows …" keyed "Effects", a list keyed "Other imp. texts", "___ went from
    here to Tibet", a true/false that shifts a standard's number (IS 1893 → IS 1895)."""
    texts = _texts(
        "# World History\n\n## The Reformation\n\n"
        "- **Effects**: printing spreads, national churches grow, the Pope loses power in the "
        "north; but a century of wars of religion\n\n"
        "## Jainism\n\n- **Other imp. texts**: Kalpasutra (Bhadrabahu), Acharanga Sutra\n\n"
        "## Universities\n\nOdantapuri was founded by Gopala. **Santarakshita** went from here "
        "to Tibet.\n"
    )
    assert not any("{{Effects}}" in t or "{{Santarakshita}}" in t for t in texts)
    assert not any("Other imp. texts" in t for t in texts)
    obc = Cloze(id="x", text="{{Other Backward Classes}} got 27 % reservation (1992).")
    assert what_the_key_says(obc, "Other Backward Classes", "name") is None  # a name
    code = TrueFalse(
        id="x",
        statement="BIS gives the wind zone map in IS 877 (design loads).",
        answer=False,
        fix="BIS gives the wind zone map in IS 875 (design loads).",
    )
    draft = cast(Draft, SimpleNamespace(key_kind="count", key_text="877", rule="number"))
    assert not_a_sentence(code, draft, None, cast(Context, None)) is not None
