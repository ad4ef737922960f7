"""The grading policy of issue 4 as a table: fair to the learner, strict about facts.

Every case is (question, response, expected correct, expected kind or None, reason). One test
grades them all against a near-miss index built from every question in this file and counts
false accepts (a wrong answer graded correct) and false rejects (a right answer graded wrong)
separately; ``tests/unit/conftest.py`` prints the counts at the end of every pytest run.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import pytest

from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    QuestionBase,
    Short,
    Statement,
    Statements,
    TrueFalse,
)
from quizbot.grading import AnswerIndex, grade

#: Filled by test_grading_table; read by the pytest_terminal_summary hook in conftest.py.
GRADING_COUNTS: dict[str, int] = {}

# --------------------------------------------------------------------------- the questions
# short ----------------------------------------------------------------------------------------
BRAHMOS = Short(
    id="def-brahmos",
    prompt="Which supersonic cruise missile do India and Russia build through a joint venture?",
    answer="BrahMos",
)
BRAHMOS_II = Short(
    id="def-brahmos-ii",
    prompt="Which hypersonic successor to BrahMos are India and Russia developing?",
    answer="BrahMos-II",
)
S400 = Short(
    id="def-s400",
    prompt="Which Russian air defence system did India contract to buy in 2018 despite the threat of US sanctions?",
    answer="S-400",
    aliases=("S-400 Triumf",),
)
S300 = Short(
    id="def-s300",
    prompt="Which older Russian air defence system preceded the S-400?",
    answer="S-300",
)
SU30MKI = Short(
    id="def-su30mki",
    prompt="Which Russian-origin fighter, licence-built by HAL, is the mainstay of the Indian Air Force?",
    answer="Su-30MKI",
)
SU30MKK = Short(
    id="geo-su30mkk", prompt="Which Su-30 variant did Russia sell to China?", answer="Su-30MKK"
)
SU35 = Short(
    id="def-su35",
    prompt="Which Russian fighter did China buy in 2015, a purchase watched closely in India?",
    answer="Su-35",
)
MIG29K = Short(
    id="def-mig29k",
    prompt="Which Russian carrier-borne fighter flies from INS Vikramaditya?",
    answer="MiG-29K",
)
VIKRAMADITYA = Short(
    id="def-vikramaditya",
    prompt="Which Indian aircraft carrier is the refitted Russian Admiral Gorshkov?",
    answer="INS Vikramaditya",
)
VIKRANT = Short(
    id="def-vikrant",
    prompt="What is India's first indigenously built aircraft carrier, commissioned in 2022?",
    answer="INS Vikrant",
)
AK203 = Short(
    id="def-ak203",
    prompt="What does the Indo-Russia Rifles joint venture make at Korwa, Amethi?",
    answer="AK-203 assault rifles",
)
T90 = Short(
    id="def-t90",
    prompt="Which Russian main battle tank, named Bhishma in India, is licence-built at Avadi?",
    answer="T-90",
)
VVER = Short(
    id="coop-vver",
    prompt="Which Russian reactors run as units 1 and 2 at Kudankulam?",
    answer="VVER-1000 reactors",
)
KA226 = Short(
    id="def-ka226",
    prompt="What are the Ka-226T aircraft India and Russia agreed to build jointly?",
    answer="light utility helicopters",
)
KUDANKULAM = Short(
    id="coop-kknpp-site",
    prompt="Where are Russia's VVER reactors in India being built?",
    answer="Kudankulam (Tamil Nadu)",
)
LOKTAK = Short(
    id="env-loktak",
    prompt="Which lake of Manipur holds Keibul Lamjao, the only floating national park?",
    answer="Loktak Lake",
)
KEOLADEO = Short(
    id="env-keoladeo",
    prompt="Which Ramsar site of Rajasthan is on the Montreux Record?",
    answer="Keoladeo National Park",
)
KKNPP = Short(
    id="coop-kknpp-name",
    prompt="Name the nuclear power plant Rosatom is building in Tamil Nadu, with its abbreviation.",
    answer="Kudankulam Nuclear Power Plant (KKNPP)",
)
ROSATOM = Short(
    id="coop-rosatom",
    prompt="Which Russian state corporation builds the Kudankulam reactors?",
    answer="Rosatom",
)
INSTC = Short(
    id="con-instc",
    prompt="Which multimodal corridor links India with Russia through Iran?",
    answer="International North–South Transport Corridor",
)
CAATSA = Short(
    id="geo-caatsa",
    prompt="Under which US law did India's S-400 purchase risk sanctions?",
    answer="Countering America's Adversaries Through Sanctions Act",
)
NSG = Short(
    id="coop-nsg",
    prompt="Russia supports India's membership of which export-control group for nuclear material?",
    answer="Nuclear Suppliers Group",
)
BRICS = Short(
    id="geo-brics",
    prompt="Which grouping of emerging economies including India and Russia held its 2024 summit in Kazan?",
    answer="BRICS",
)
SCO = Short(
    id="geo-sco",
    prompt="Which Eurasian grouping, which India joined in 2017, held its 2024 summit in Astana?",
    answer="Shanghai Cooperation Organisation (SCO)",
)
SIND = Short(
    id="his-sind",
    prompt="Which region did Muhammad bin Qasim conquer in 712?",
    answer="Sind",
)
SCO_ABBR = Short(
    id="geo-sco-abbr",
    prompt="Give the abbreviation of the grouping India and Pakistan joined as full members in 2017.",
    answer="SCO",
)
G20 = Short(
    id="geo-g20",
    prompt="Which grouping, chaired by India in 2023, includes both India and Russia?",
    answer="G20",
)
DRDO = Short(
    id="def-drdo",
    prompt="Which Indian agency partnered NPO Mashinostroyeniya to create BrahMos?",
    answer="Defence Research and Development Organisation",
)
ILTP = Short(
    id="coop-iltp",
    prompt="Name the flagship India–Russia science cooperation programme, with its abbreviation.",
    answer="Integrated Long Term Programme of Cooperation in Science & Technology (ILTP)",
)
EAEU = Short(
    id="con-eaeu",
    prompt="Which Russia-led economic bloc is India negotiating a free trade agreement with?",
    answer="Eurasian Economic Union (EAEU)",
)
MAKE_IN_INDIA = Short(
    id="def-make-in-india",
    prompt="Under which Indian initiative are AK-203 rifles produced locally?",
    answer="'Make in India'",
)
FAR_EAST = Short(
    id="con-far-east",
    prompt="Which Russian region did the 21st summit single out for cooperation with Indian States?",
    answer="Russia's Far East",
)
GAGANYAAN = Short(
    id="coop-gaganyaan",
    prompt="For which mission were Indian astronaut candidates trained at Russia's Gagarin centre?",
    answer="Gaganyaan",
)
PUTIN = Short(
    id="sum-putin",
    prompt="Which Russian President came to New Delhi for the 21st Annual Summit?",
    answer="Vladimir Putin",
)
PARTNERSHIP = Short(
    id="sum-partnership",
    prompt="The 'Special and Privileged Strategic Partnership' links which two countries? (answer as X–Y)",
    answer="India–Russia",
)
TREATY = Short(
    id="hist-treaty",
    prompt="What was the 1971 Indo-Soviet treaty called?",
    answer="Indo-Soviet Treaty of Peace, Friendship and Cooperation",
)
TREATY_YEAR = Short(
    id="hist-1971",
    prompt="In which year did India and the Soviet Union sign their Treaty of Peace, Friendship and Cooperation?",
    answer="1971",
)
ASHOKA_COUNCIL = Short(
    id="anc-third-council",
    prompt="When was the Third Buddhist Council held at Pataliputra?",
    answer="c. 250 BCE",
)
KANISHKA_ERA = Short(
    id="anc-saka-era",
    prompt="In which year does the Saka era begin?",
    answer="78 CE",
)
YEAR = Short(
    id="sum-21st-year",
    prompt="In which year was the 21st India–Russia Annual Summit held?",
    answer="2021",
)
YEAR_2PLUS2 = Short(
    id="sum-2plus2-year",
    prompt="In which year did India and Russia hold their first 2+2 ministerial dialogue?",
    answer="2021",
)
TWO_PLUS_TWO = Short(
    id="sum-2plus2",
    prompt="What is the format of the foreign and defence ministers' dialogue India and Russia launched in December 2021?",
    answer="2+2",
)
ORDINAL = Short(
    id="sum-21st",
    prompt="Which India–Russia Annual Summit, by number, was held in New Delhi in December 2021?",
    answer="21st",
)
TRADE_TARGET = Short(
    id="coop-trade-target",
    prompt="What bilateral trade target did India and Russia set for 2025?",
    answer="$30 billion",
)
INVEST_TARGET = Short(
    id="coop-invest-target",
    prompt="What two-way investment target did India and Russia set for 2025?",
    answer="$50 billion",
)
TRADE_RECORD = Short(
    id="coop-trade-record-approx",
    prompt="India–Russia trade recently reached a record of about how many billion US dollars?",
    answer="65",
    tolerance=1.0,
)
TRADE_RECORD_EXACT = Short(
    id="coop-trade-record-exact",
    prompt="In billions of US dollars, to the nearest billion, what was the record bilateral trade figure?",
    answer="65",
)
OIL_SHARE = Short(
    id="coop-oil-share",
    prompt="Russia's share of India's crude oil imports rose to about what percentage?",
    answer="40%",
)
TRADE_SHARE = Short(
    id="coop-trade-share",
    prompt="What share of India's total merchandise trade was with Russia in 2019-20?",
    answer="1.2%",
)
S400_DEAL_INR = Short(
    id="def-s400-inr",
    prompt="About how much was India's 2018 S-400 deal worth in rupees?",
    answer="₹40,000 crore",
)
S400_DEAL_USD = Short(
    id="def-s400-usd",
    prompt="What was the value of India's 2018 S-400 deal in US dollars?",
    answer="$5.43 billion",
)
CENSUS = Short(
    id="soc-census-2011",
    prompt="What was India's population at the 2011 Census?",
    answer="1.21 billion",
)
UN_MEMBERS = Short(
    id="geo-un-members", prompt="How many member states does the United Nations have?", answer="193"
)
TRADE_RECORD_BN = Short(
    id="coop-trade-record-bn",
    prompt="India–Russia trade reached a record of about how much in 2023-24?",
    answer="$65 billion",
    tolerance=1.0,
)
TREATY_YEAR_LOOSE = Short(
    id="hist-1971-about",
    prompt="About when did India and the Soviet Union sign their Treaty of Peace, Friendship and Cooperation (within a year)?",
    answer="1971",
    tolerance=1.0,
)
PMJAY = Short(
    id="soc-pmjay-cover",
    prompt="What health cover per family per year does Ayushman Bharat PM-JAY give?",
    answer="₹5 lakh",
)
CAPEX = Short(
    id="eco-capex-2023",
    prompt="What capital expenditure outlay did the Union Budget 2023-24 announce?",
    answer="₹10 lakh crore",
)
GANGA = Short(id="geo-ganga-length", prompt="How long is the Ganga?", answer="2,525 km")
KANCHENJUNGA = Short(
    id="geo-kangchenjunga", prompt="How high is Kangchenjunga?", answer="8,586 metres"
)
KKNPP_MW = Short(
    id="coop-kknpp-mw",
    prompt="What is the capacity of each of the first two reactors at Kudankulam?",
    answer="1,000 MW",
)
RECORD_YEAR = Short(
    id="coop-record-fy",
    prompt="In which financial year did India–Russia trade reach its record of about $65 billion?",
    answer="2023-24",
)
UNSC_P5 = Short(
    id="geo-unsc-p5",
    prompt="How many permanent members does the UN Security Council have?",
    answer="5",
)
KKNPP_REACTORS = Short(
    id="coop-kknpp-count", prompt="How many reactors in all are planned at Kudankulam?", answer="6"
)
STUDENTS = Short(
    id="coop-students",
    prompt="About how many Indian students were studying medicine in Russia before 2022?",
    answer="20,000",
)
SAKHALIN = Short(
    id="coop-sakhalin",
    prompt="In which Russian oil and gas project does ONGC Videsh hold a 20% stake?",
    answer="Sakhalin-I",
    reject=("Sakhalin-II",),
)
CORRIDOR = Short(
    id="con-cvmc",
    prompt="Which proposed sea route would link an Indian east-coast port with Russia's Far East?",
    answer="Chennai–Vladivostok Maritime Corridor",
    aliases=("Eastern Maritime Corridor",),
)
VLADIVOSTOK = Short(
    id="con-vladivostok",
    prompt="Which Russian Pacific port would the Eastern Maritime Corridor link with Chennai?",
    answer="Vladivostok",
)
ARYABHATA = Short(
    id="hist-aryabhata",
    prompt="What was India's first satellite, launched on a Soviet rocket in 1975?",
    answer="Aryabhata",
)
STATE_OR = Short(
    id="coop-kknpp-state-or",
    prompt="Is the Kudankulam Nuclear Power Plant in Tamil Nadu or in Kerala?",
    answer="Tamil Nadu",
)
CARRIER_OR = Short(
    id="def-gorshkov-or",
    prompt="Which carrier, INS Vikrant or INS Vikramaditya, is the refitted Russian Admiral Gorshkov?",
    answer="INS Vikramaditya",
)
IMBALANCE = Short(
    id="coop-imbalance",
    prompt="The India–Russia trade balance favours which country over which? (answer as 'X over Y')",
    answer="Russia over India",
)
BHASKARA = Short(
    id="hist-bhaskara",
    prompt="Which Indian earth-observation satellite was launched from the Soviet Union in 1979?",
    answer="Bhaskara",
)
AWACS = Short(
    id="def-awacs",
    prompt="What kind of aircraft is the IAF's A-50EI, a Russian Beriev airframe with an Israeli radar? (give the abbreviation)",
    answer="AWACS",
)
KURILS = Short(
    id="geo-kurils",
    prompt="Which island chain do Russia and Japan dispute?",
    answer="Kuril Islands",
)
CLOSE_TAG = Short(
    id="misc-close-tag",
    prompt="In Textual's content markup, which tag closes the most recent style?",
    answer="[/]",
)
BRICS_COUNCIL = Short(
    id="geo-brics-council",
    prompt="Which body brings together business leaders of the five founding members of the grouping?",
    answer="BRICS Business Council",
)
VERSAILLES = Short(
    id="hist-versailles",
    prompt="Which treaty of 1919 set up the International Labour Organization?",
    answer="Treaty of Versailles",
)
MAHAYANA = Cloze(
    id="hist-mahayana",
    text="Nalanda taught mainly {{Mahayana Buddhism}}, but also the Vedas and logic.",
)

# list -----------------------------------------------------------------------------------------
L_BRICS = ListQuestion(
    id="geo-brics-members",
    prompt="Name the five members of BRICS before its 2024 expansion.",
    answer=("Brazil", "Russia", "India", "China", "South Africa"),
)
L_INSTC = ListQuestion(
    id="con-instc-founders",
    prompt="Which three countries signed the 2000 agreement that founded the INSTC?",
    answer=("India", "Iran", "Russia"),
)
L_S400 = ListQuestion(
    id="def-s400-buyers",
    prompt="Name any two countries other than Russia that operate the S-400.",
    answer=("China", "India", "Turkey", "Belarus"),
    min_correct=2,
)
L_PLATFORMS = ListQuestion(
    id="def-platforms",
    prompt="Name the air defence system bought in 2018, the IAF's main Russian-origin fighter and the jointly built cruise missile.",
    answer=("S-400", "Su-30MKI", "BrahMos"),
)
L_AREAS = ListQuestion(
    id="coop-pillars",
    prompt="Name the three pillars of India–Russia cooperation named in the 2021 joint statement's opening section.",
    answer=("Defence", "Science and Technology", "Energy"),
)
L_TARGETS = ListQuestion(
    id="coop-2025-targets",
    prompt="What are the 2025 targets for bilateral trade and for two-way investment?",
    answer=("$30 billion", "$50 billion"),
)
L_RUPEES = ListQuestion(
    id="soc-two-figures",
    prompt="Give the PM-JAY cover per family and the Union Budget 2023-24 capital expenditure outlay.",
    answer=("₹5 lakh", "₹10 lakh crore"),
)
L_FORUMS = ListQuestion(
    id="geo-forums-list",
    prompt="Name the three forums that both India and Russia belong to, of BRICS, SCO, G20 and the Quad.",
    answer=("BRICS", "SCO", "G20"),
)

# mcq ------------------------------------------------------------------------------------------
M_STATE = Mcq(
    id="coop-kknpp-state",
    prompt="The Kudankulam Nuclear Power Plant is in which state?",
    options=("Tamil Nadu", "Kerala", "Andhra Pradesh", "Karnataka"),
    answer="Tamil Nadu",
)
M_PORT = Mcq(
    id="con-eastern-maritime",
    prompt="The Eastern Maritime Corridor would link Vladivostok with which Indian city?",
    options=("Chennai", "Mumbai", "Kolkata", "Kochi"),
    answer="Chennai",
)
M_YEAR = Mcq(
    id="sum-21st-year-mcq",
    prompt="The 21st India–Russia Annual Summit was held in:",
    options=("2019", "2020", "2021", "2022"),
    answer="2021",
)
M_TRADE = Mcq(
    id="coop-trade-2019",
    prompt="India–Russia bilateral trade in 2019 was about:",
    options=("$7.5 billion", "$15 billion", "$45 billion", "$3 billion"),
    answer="$7.5 billion",
)
M_SU30 = Mcq(
    id="def-su30-variant",
    prompt="Which Su-30 variant does HAL licence-build for the IAF?",
    options=("Su-30MKK", "Su-30MKI", "Su-30MKM", "Su-35"),
    answer="Su-30MKI",
)
M_AUSTRIA = Mcq(
    id="geo-vienna",
    prompt="The Vienna Convention on Diplomatic Relations is named after the capital of which country?",
    options=("Austria", "Australia", "Germany", "Hungary"),
    answer="Austria",
)

# multi ----------------------------------------------------------------------------------------
X_JV = Multi(
    id="def-joint-products",
    prompt="Which of these are made by India–Russia joint ventures?",
    options=("BrahMos", "Rafale", "AK-203", "Apache"),
    answer=("BrahMos", "AK-203"),
)
X_FORUMS = Multi(
    id="coop-common-forums",
    prompt="India and Russia are both members of which groupings?",
    options=("BRICS", "SCO", "G20", "East Asia Summit", "Quad", "NATO"),
    answer=("BRICS", "SCO", "G20", "East Asia Summit"),
)

# statements -----------------------------------------------------------------------------------
ST_1_3 = Statements(
    id="coop-support-st",
    prompt="Consider the following statements:",
    statements=(
        Statement(
            "Russia supports India's bid for a permanent seat on the UN Security Council.", True
        ),
        Statement(
            "Russia opposes India's membership of the Nuclear Suppliers Group.",
            False,
            "Russia supports India's NSG membership.",
        ),
        Statement("India and Russia are both members of the SCO.", True),
    ),
)
ST_BOTH = Statements(
    id="sum-2021-st",
    prompt="Consider the following statements:",
    statements=(
        Statement(
            "India and Russia held their first 2+2 dialogue in New Delhi in December 2021.", True
        ),
        Statement("The 21st India–Russia Annual Summit was held in New Delhi in 2021.", True),
    ),
)
ST_NEITHER = Statements(
    id="con-status-st",
    prompt="Consider the following statements:",
    statements=(
        Statement(
            "The Chennai–Vladivostok Maritime Corridor is already operational.",
            False,
            "It is only proposed.",
        ),
        Statement(
            "India is a full member of the Eurasian Economic Union.",
            False,
            "India is negotiating an FTA with the EAEU.",
        ),
    ),
)
ST_2_ONLY = Statements(
    id="coop-sakhalin-st",
    prompt="Consider the following statements:",
    statements=(
        Statement(
            "Sakhalin-I is a Russian nuclear power project.",
            False,
            "Sakhalin-I is an oil and gas project.",
        ),
        Statement("ONGC Videsh holds a stake in Sakhalin-I.", True),
    ),
)
ST_ALL = Statements(
    id="geo-forums-st",
    prompt="India and Russia are both members of:",
    statements=(Statement("BRICS", True), Statement("the SCO", True), Statement("the G20", True)),
)

# truefalse ------------------------------------------------------------------------------------
TF_TRUE = TrueFalse(
    id="def-caatsa-tf",
    statement="India's purchase of the S-400 exposed it to possible US sanctions under CAATSA.",
    answer=True,
)
TF_FALSE = TrueFalse(
    id="coop-trade-balance-tf",
    statement="The India–Russia trade balance favours India.",
    answer=False,
    fix="It heavily favours Russia.",
)

# cloze ----------------------------------------------------------------------------------------
C_CAATSA = Cloze(
    id="geo-caatsa-cloze",
    text="The S-400 deal exposed India to US sanctions under {{CAATSA|Countering America's Adversaries Through Sanctions Act}}.",
)
C_SUMMIT = Cloze(
    id="sum-21st-cloze",
    text="The {{21st|twenty-first}} India–Russia Annual Summit was held in New Delhi in {{2021}} between President Putin and Prime Minister {{Modi|Narendra Modi}}.",
)
C_TARGET = Cloze(
    id="coop-target-cloze",
    text="India and Russia aim for {{$30 billion}} of bilateral trade by {{2025}}.",
)
C_PORT = Cloze(
    id="con-port-cloze",
    text="The Eastern Maritime Corridor would link {{Chennai|Madras}} with Vladivostok.",
)
C_KKNPP = Cloze(
    id="coop-kknpp-cloze", text="Rosatom is building six reactors at {{Kudankulam}} in Tamil Nadu."
)
C_BRAHMOS = Cloze(
    id="def-brahmos-name",
    text="The {{BrahMos}} missile is named after the Brahmaputra and Moskva rivers.",
)
C_HEIGHTS = Cloze(
    id="geo-heights-cloze",
    text="Kangchenjunga is {{8,586 metres}} high and the Ganga is {{2,525 km}} long.",
)
C_SPEED = Cloze(
    id="def-brahmos-speed",
    text="BrahMos is a {{supersonic}} cruise missile, while BrahMos-II is planned to be {{hypersonic}}.",
)

# match (right-hand items are listed in alphabetical order, so letter a is the first pair's) ----
P_SECTORS = Match(
    id="coop-sectors-match",
    prompt="Match each project to its sector.",
    pairs=(
        ("INSTC", "Connectivity corridor"),
        ("BrahMos", "Cruise missile"),
        ("Kudankulam", "Nuclear power"),
        ("Sakhalin-I", "Oil and gas"),
    ),
)
P_PLATFORMS = Match(
    id="def-platforms-match",
    prompt="Match each platform to its role.",
    pairs=(
        ("S-400", "Air defence"),
        ("Su-30MKI", "Fighter aircraft"),
        ("T-90", "Main battle tank"),
    ),
)


class Case(NamedTuple):
    rule: str
    question: QuestionBase
    response: str
    correct: bool
    kind: str | None
    reason: str
    aliases: tuple[str, ...] = ()
    use_index: bool = True


CASES: list[Case] = []


def case(
    rule: str,
    question: QuestionBase,
    response: str,
    correct: bool,
    kind: str | None = None,
    reason: str = "",
    *,
    aliases: tuple[str, ...] = (),
    use_index: bool = True,
) -> None:
    CASES.append(Case(rule, question, response, correct, kind, reason, aliases, use_index))


Y, N = True, False

# --------------------------------------------------------------------------- normalisation
R = "normalise"
case(R, BRAHMOS, "BrahMos", Y, "exact", "the answer itself")
case(R, BRAHMOS, "brahmos", Y, None, "case")
case(R, BRAHMOS, "  BRAHMOS  ", Y, None, "case and surrounding space")
case(R, BRAHMOS, "ＢｒａｈＭｏｓ", Y, None, "full-width letters fold under NFKD")
case(R, S400, "S400", Y, None, "without the hyphen")
case(R, S400, "s 400", Y, None, "space for hyphen")
case(R, S400, "S–400", Y, None, "en dash")
case(R, S400, "S\u2212400", Y, None, "minus sign is a dash")
case(R, S400, "S\u00a0400", Y, None, "non-breaking space")
case(R, PARTNERSHIP, "India-Russia", Y, None, "hyphen for en dash")
case(R, PARTNERSHIP, "India—Russia", Y, None, "em dash")
case(R, PARTNERSHIP, "india russia", Y, None, "space for dash")
case(R, ROSATOM, "Rosatóm", Y, None, "accent stripped")
case(R, PUTIN, "Vladímir Pútin", Y, None, "accents stripped")
case(R, FAR_EAST, "Russia’s Far East", Y, None, "curly apostrophe")
case(R, FAR_EAST, "Russias Far East", Y, None, "apostrophe dropped")
case(R, MAKE_IN_INDIA, "Make in India", Y, None, "quotes in the answer are not required")
case(R, MAKE_IN_INDIA, "“Make in India”", Y, None, "curly double quotes")
case(R, MAKE_IN_INDIA, "make-in-india", Y, None, "hyphens for spaces")
case(R, DRDO, "Defence Research & Development Organisation", Y, None, "& is and")
case(R, NSG, "The Nuclear Suppliers Group", Y, None, "leading article dropped")
case(R, INSTC, "the International North-South Transport Corridor", Y, None, "article and hyphen")
case(R, BRICS, "the BRICS", Y, None, "leading article")
case(R, YEAR, "2021.", Y, None, "trailing full stop")
case(
    R,
    TREATY,
    "Indo Soviet Treaty of Peace Friendship and Cooperation",
    Y,
    None,
    "punctuation inside the answer is not required",
)
case(R, TWO_PLUS_TWO, "2 + 2", Y, None, "spaces around the plus")
case(R, TWO_PLUS_TWO, "1+1", N, None, "numbers in names stay exact")
case(R, STUDENTS, "20000", Y, None, "no thousands separator")
case(R, STUDENTS, "20,000", Y, "exact", "the answer itself")
case(R, S400, "S-4OO", N, None, "letter O is not zero")

R = "punctuation only"
case(R, CLOSE_TAG, "[/]", Y, "exact", "an answer with no letters or digits is compared as written")
case(R, CLOSE_TAG, " [/] ", Y, "exact", "surrounding space")
case(R, CLOSE_TAG, "[b]", N, None, "another tag")
case(R, CLOSE_TAG, "/", N, None, "part of it")
case(R, CLOSE_TAG, "[/b]", N, None, "a named closing tag")

# --------------------------------------------------------------------------- answer and aliases
R = "aliases"
case(R, S400, "S-400 Triumf", Y, "alias", "author alias")
case(R, CORRIDOR, "Eastern Maritime Corridor", Y, "alias", "author alias")
case(R, CORRIDOR, "eastern maritime corridor", Y, None, "author alias, case folded")
case(
    R,
    C_CAATSA,
    "Countering America's Adversaries Through Sanctions Act",
    Y,
    None,
    "cloze alternative",
)
case(R, C_PORT, "Madras", Y, None, "cloze alternative")
case(R, C_PORT, "Chennai", Y, None, "cloze answer")

R = "learner alias"
case(R, S400, "Triumf", Y, "alias", "learner taught Triumf", aliases=("Triumf",))
case(R, S400, "triumf", Y, None, "learner alias, case folded", aliases=("Triumf",))
case(R, S400, "Triumf", N, None, "no such alias was taught")
case(R, S400, "S-300", N, None, "a learner alias does not loosen the answer", aliases=("Triumf",))
case(
    R,
    INSTC,
    "North South Corridor",
    Y,
    "alias",
    "learner alias, dash normalised",
    aliases=("North-South Corridor",),
)
case(R, KUDANKULAM, "Koodankulam NPP", Y, "alias", "learner alias", aliases=("Koodankulam NPP",))

R = "word order"
case(
    R, VERSAILLES, "Versailles Treaty", Y, "alias", "a treaty of a place, named by the place first"
)
case(R, VERSAILLES, "Versailles", Y, None, "the place alone: 'treaty' is the question's kind")
case(R, VERSAILLES, "Paris Treaty", N, None, "another treaty, said the same way")
case(R, VERSAILLES, "Treaty of Paris", N, None, "another treaty")
case(R, MAHAYANA, "Mahayana", Y, None, "the school alone names it: 'Buddhism' is its kind")
case(R, MAHAYANA, "Hinayana", N, None, "the other school")

# --------------------------------------------------------------------------- initialisms, pairs
R = "initialism"
case(R, INSTC, "INSTC", Y, None, "initialism of the hyphenated long form")
case(R, INSTC, "instc", Y, None, "lower-case initialism")
case(R, CAATSA, "CAATSA", Y, None, "initialism")
case(
    R,
    CAATSA,
    "Countering Americas Adversaries Through Sanctions Act",
    Y,
    None,
    "apostrophe dropped",
)
case(R, NSG, "NSG", Y, None, "initialism")
case(R, NSG, "N.S.G.", Y, None, "dotted initialism")
case(R, DRDO, "DRDO", Y, None, "initialism skips 'and'")
case(R, CORRIDOR, "CVMC", Y, None, "automatic initialism of the corridor name")
case(R, X_FORUMS, "BRICS, SCO, G20, EAS", Y, None, "initialism of an option text")
case(R, INSTC, "ISTC", N, None, "not the initialism")
case(R, NSG, "NSC", N, None, "not the initialism")
case(R, VLADIVOSTOK, "V", N, None, "a single-word answer has no initialism")

R = "long form (abbr)"
case(R, SCO, "SCO", Y, None, "the abbreviation side")
case(R, SCO, "Shanghai Cooperation Organisation", Y, None, "the long-form side")
case(R, SCO, "Shanghai Cooperation Organisation (SCO)", Y, "exact", "both")
case(R, SCO, "Shanghai Co-operation Organisation", Y, None, "co-operation")
case(R, KKNPP, "KKNPP", Y, None, "the abbreviation side")
case(R, KKNPP, "Kudankulam Nuclear Power Plant", Y, None, "the long-form side")
case(R, EAEU, "EAEU", Y, None, "the abbreviation side")
case(R, EAEU, "Eurasian Economic Union", Y, None, "the long-form side")
case(R, ILTP, "ILTP", Y, None, "the abbreviation side")
case(
    R,
    SCO,
    "Shanghai Cooperation",
    N,
    None,
    "a name's head noun is part of the name, as Group is in NSG",
)
case(R, EAEU, "Eurasian Union", N, None, "fragment of the long form")

R = "parenthetical optional"
case(R, KUDANKULAM, "Kudankulam", Y, None, "text in parentheses is optional")
case(R, KUDANKULAM, "Kudankulam (Tamil Nadu)", Y, "exact", "the answer itself")
case(R, KUDANKULAM, "Kudankulam, Tamil Nadu", Y, None, "parenthesis written with a comma")
case(R, KUDANKULAM, "Tamil Nadu", N, None, "only the optional part")
case(R, KUDANKULAM, "Kudankulam, Kerala", N, None, "the added place is a wrong fact")

R = "british/american"
case(R, DRDO, "Defense Research and Development Organization", Y, None, "defense, organization")
case(R, SCO, "Shanghai Cooperation Organization", Y, None, "organization")
case(
    R,
    ILTP,
    "Integrated Long-Term Program of Cooperation in Science and Technology",
    Y,
    None,
    "program, and, hyphen",
)
case(R, GAGANYAAN, "Gaganyaan program", Y, None, "program as an extra generic word")
case(
    R,
    P_PLATFORMS,
    "S-400: air defense; Su-30MKI: fighter aircraft; T-90: main battle tank",
    Y,
    None,
    "defense in a match",
)

R = "plurals"
case(R, AK203, "AK-203 assault rifle", Y, None, "singular of rifles")
case(R, KA226, "light utility helicopter", Y, None, "singular of helicopters")
case(R, VVER, "VVER-1000 reactor", Y, None, "singular of reactors")
case(R, NSG, "Nuclear Supplier Group", Y, None, "singular of suppliers")
case(R, BRAHMOS, "BrahMos missiles", Y, None, "plural generic word")
case(R, BRICS, "BRIC", N, None, "an acronym's S is not a plural")
case(
    R,
    X_FORUMS,
    "BRIC, SCO, G20, East Asia Summit",
    N,
    None,
    "BRIC is not BRICS in an option either",
)

R = "case never matters"
case(R, BRICS, "brics", Y, "exact", "an acronym in lower case")
case(R, BRICS, "Brics", Y, None, "an acronym in title case")
case(R, BRICS, "bric", N, None, "an acronym's S is not a plural, in lower case too")
case(R, BRICS, "Bric", N, None, "an acronym's S is not a plural, in title case too")
case(R, AWACS, "awacs", Y, None, "an acronym ending in s, lower case")
case(R, AWACS, "Awacs", Y, None, "an acronym ending in s, title case")
case(R, AWACS, "AWACS", Y, "exact", "the answer itself")
case(R, KURILS, "KURIL ISLANDS", Y, "exact", "a plural in capitals")
case(R, KURILS, "kuril islands", Y, "exact", "a plural in lower case")
case(R, KURILS, "Kuril Island", Y, "exact", "singular")
case(R, KURILS, "the Kurils", Y, None, "the islands' own short name, as \"Loktak\" is the lake's")
case(R, BRICS_COUNCIL, "brics business council", Y, None, "an acronym inside a name, lower case")
case(R, BRICS_COUNCIL, "BRICS BUSINESS COUNCIL", Y, None, "all capitals")
case(R, BRICS_COUNCIL, "BRIC Business Council", N, None, "BRIC is not BRICS inside a name")
case(R, BRICS_COUNCIL, "bric business council", N, None, "nor in lower case")
case(
    R,
    BRICS_COUNCIL,
    "Bric Busines Council",
    N,
    None,
    "a typo elsewhere does not excuse the acronym",
)
case(R, SCO_ABBR, "Sco", Y, None, "title case")
case(R, L_FORUMS, "g20; sco; brics", Y, None, "list items in lower case")
case(R, L_FORUMS, "Brics, Sco, G20", Y, None, "list items in title case")
case(R, L_FORUMS, "BRIC, SCO, G20", N, "partial", "BRIC is not BRICS")
case(R, L_FORUMS, "bric, sco, g20", N, "partial", "nor in lower case")
case(R, X_FORUMS, "brics, sco, g20, east asia summit", Y, None, "option texts in lower case")

R = "extra generic words"
case(R, BRAHMOS, "BrahMos cruise missile", Y, None, "generic words")
case(R, BRAHMOS, "BrahMos missile", Y, None, "generic word")
case(R, S400, "the S-400 system", Y, None, "article and generic word")
case(R, S400, "S-400 air defence system", Y, None, "generic words")
case(R, SU30MKI, "Su-30MKI fighter jet", Y, None, "generic words")
case(R, SAKHALIN, "Sakhalin-I project", Y, None, "generic word")
case(R, INSTC, "INSTC corridor", Y, None, "generic word after the initialism")
case(R, T90, "T-90 tanks", Y, None, "generic plural")
case(R, MIG29K, "MiG-29K fighters", Y, None, "generic plural")
case(R, KUDANKULAM, "Kudankulam nuclear power plant", Y, None, "generic words")
case(R, TWO_PLUS_TWO, "2+2 dialogue", Y, None, "generic word")
case(R, G20, "G-20 summit", Y, None, "generic word")
case(R, BRAHMOS, "BrahMos Nirbhay", N, None, "a second missile is not a generic word")
case(R, LOKTAK, "Loktak", Y, None, "a lake's name without 'Lake'")
case(R, LOKTAK, "Loktak lake", Y, None, "generic word")
case(R, KEOLADEO, "Keoladeo", Y, None, "a park's name without 'National Park'")
case(R, KEOLADEO, "Bharatpur", N, None, "another name the notes do not give")
case(R, LOKTAK, "Chilika", N, None, "another lake")

R = "fragments"
case(R, PARTNERSHIP, "India", N, None, "half of India–Russia")
case(R, PARTNERSHIP, "Russia", N, None, "half of India–Russia")
case(R, PARTNERSHIP, "India-China", N, None, "a different pair")
case(R, CORRIDOR, "Maritime Corridor", N, None, "fragment")
case(R, CORRIDOR, "Chennai", N, None, "one end of the corridor")
case(R, CORRIDOR, "Vladivostok", N, None, "one end of the corridor (partial_ratio 100)")
case(R, INSTC, "Transport Corridor", N, None, "fragment")
case(R, INSTC, "North-South", N, None, "fragment")
case(R, NSG, "Nuclear", N, None, "fragment")
case(R, SCO, "Shanghai", N, None, "fragment")
case(R, SAKHALIN, "Sakhalin", N, None, "the number is missing")
case(R, TREATY, "Treaty of Friendship", N, None, "fragment")
case(R, BRAHMOS, "Brahm", N, None, "truncated beyond the budget")

R = "hedges"
case(R, BRAHMOS, "BrahMos or S-400", N, None, "hedge")
case(R, S400, "S-400/S-300", N, None, "slash hedge")
case(R, S400, "S-400 or S-300", N, None, "hedge")
case(R, S400, "S-300 and S-400", N, None, "both named")
case(R, S400, "S-400, S-300", N, None, "comma hedge")
case(R, YEAR, "2020 or 2021", N, None, "hedge on a year")
case(R, SAKHALIN, "Sakhalin-I or Sakhalin-II", N, None, "hedge")
case(R, KUDANKULAM, "Kudankulam or Tarapur", N, None, "hedge")
case(R, M_STATE, "a or b", N, None, "hedge across options")
case(R, TF_TRUE, "true or false", N, None, "hedge")
case(R, STATE_OR, "Tamil Nadu, Kerala", N, None, "both alternatives the prompt offers")
case(R, STATE_OR, "Kerala Tamil Nadu", N, None, "both alternatives the prompt offers")
case(R, STATE_OR, "Tamil Nadu", Y, "exact", "the answer itself")
case(R, STATE_OR, "Kerala", N, None, "the other alternative")
case(R, CARRIER_OR, "INS Vikramaditya Vikrant", N, None, "both carriers the prompt offers")
case(R, CARRIER_OR, "INS Vikramaditya", Y, "exact", "the answer itself")

R = "never partial/token-set"
case(R, NSG, "Group Suppliers Nuclear", N, None, "token_set_ratio 100, word salad")
case(
    R, CORRIDOR, "Corridor Maritime Vladivostok Chennai", N, None, "token_set_ratio 100, word salad"
)
case(R, SCO, "Cooperation Organisation", N, None, "partial_ratio 100")
case(R, KKNPP, "Power Plant", N, None, "partial_ratio 100")
case(R, IMBALANCE, "India over Russia", N, None, "same words, opposite fact: word order matters")
case(R, IMBALANCE, "Russia over India", Y, "exact", "the answer itself")

# --------------------------------------------------------------------------- numbers
R = "money"
case(R, TRADE_TARGET, "$30 billion", Y, "exact", "the answer itself")
case(R, TRADE_TARGET, "30 billion dollars", Y, None, "currency as a word")
case(R, TRADE_TARGET, "USD 30 bn", Y, None, "USD, bn")
case(R, TRADE_TARGET, "30bn", Y, None, "no space, no currency")
case(R, TRADE_TARGET, "$30,000 million", Y, None, "same value in millions")
case(R, TRADE_TARGET, "US$30 billion", Y, None, "US$")
case(R, TRADE_TARGET, "$ 30 billion", Y, None, "space after the sign")
case(R, TRADE_TARGET, "$30.0 billion", Y, None, "trailing decimal zero")
case(R, TRADE_TARGET, "thirty billion dollars", Y, None, "number word")
case(R, TRADE_TARGET, "$0.03 trillion", Y, None, "same value in trillions")
case(R, TRADE_TARGET, "30 billion", Y, None, "no currency")
case(R, TRADE_TARGET, "30", N, "near-miss", "the magnitude left off: $30 is not $30 billion")
case(R, TRADE_TARGET, "$30", N, "near-miss", "the magnitude left off, currency kept")
case(R, TRADE_TARGET, "thirty", N, "near-miss", "the magnitude left off, number word")
case(R, TRADE_TARGET, "30 million", N, "near-miss", "wrong magnitude")
case(R, TRADE_TARGET, "$30 million", N, None, "wrong magnitude")
case(R, TRADE_TARGET, "$300 billion", N, None, "wrong value")
case(R, TRADE_TARGET, "$3 billion", N, None, "wrong value")
case(R, TRADE_TARGET, "$31 billion", N, None, "no tolerance")
case(R, TRADE_TARGET, "$30 trillion", N, "near-miss", "wrong magnitude")
case(R, TRADE_TARGET, "30 crore", N, "near-miss", "wrong magnitude (an Indian one)")
case(R, TRADE_TARGET, "$30bn", Y, None, "bn glued to the number")
case(R, TRADE_TARGET, "€30 billion", N, None, "different currency")
case(R, TRADE_TARGET, "30 billion roubles", N, None, "different currency")
case(R, TRADE_TARGET, "Rs 30 billion", N, None, "different currency")
case(R, TRADE_TARGET, "$50 billion", N, None, "the investment target instead")
case(R, S400_DEAL_USD, "USD 5.43 bn", Y, None, "USD, bn, decimal")
case(R, S400_DEAL_USD, "5.43", N, "near-miss", "the magnitude left off")
case(R, CENSUS, "1.21 billion", Y, "exact", "the answer itself")
case(R, CENSUS, "121 crore", Y, None, "the same value in crore")
case(R, CENSUS, "1,210 million", Y, None, "the same value in millions")
case(R, CENSUS, "1.21", N, "near-miss", "the magnitude left off")
case(R, CENSUS, "1.21 million", N, "near-miss", "wrong magnitude")
case(R, CENSUS, "121", N, None, "neither the value nor the magnitude")
case(R, UN_MEMBERS, "193", Y, "exact", "a count")
case(R, UN_MEMBERS, "193 million", N, "near-miss", "a magnitude added to a count")
case(R, UN_MEMBERS, "193 thousand", N, "near-miss", "a magnitude added to a count")
case(R, S400_DEAL_USD, "$5.4 billion", N, None, "no tolerance")
case(R, S400_DEAL_USD, "$543 billion", N, None, "decimal point lost")

R = "percent"
case(R, OIL_SHARE, "40%", Y, "exact", "the answer itself")
case(R, OIL_SHARE, "40 percent", Y, None, "percent")
case(R, OIL_SHARE, "forty per cent", Y, None, "number word, per cent")
case(R, OIL_SHARE, "40 per cent", Y, None, "per cent")
case(R, OIL_SHARE, "40 %", Y, None, "space before %")
case(R, OIL_SHARE, "40.0%", Y, None, "trailing decimal zero")
case(R, OIL_SHARE, "Forty Percent", Y, None, "capitalised words")
case(R, OIL_SHARE, "4%", N, None, "wrong value")
case(R, OIL_SHARE, "14%", N, None, "wrong value")
case(R, OIL_SHARE, "45%", N, None, "no tolerance")
case(R, OIL_SHARE, "40 billion", N, None, "wrong unit")

R = "decimal comma"
case(R, TRADE_SHARE, "1,2 %", Y, None, "decimal comma")
case(R, TRADE_SHARE, "1.2 per cent", Y, None, "per cent")
case(R, TRADE_SHARE, "12%", N, None, "decimal point lost")
case(R, TRADE_SHARE, "1.25%", N, None, "no tolerance")
case(R, S400_DEAL_USD, "$5,43 billion", Y, None, "decimal comma")

R = "lakh/crore"
case(R, S400_DEAL_INR, "₹40,000 crore", Y, "exact", "the answer itself")
case(R, S400_DEAL_INR, "Rs 40000 crore", Y, None, "Rs, no separator")
case(R, S400_DEAL_INR, "INR 40,000 crore", Y, None, "INR")
case(R, S400_DEAL_INR, "Rs. 40,000 crores", Y, None, "Rs. and plural crores")
case(R, S400_DEAL_INR, "40 thousand crore rupees", Y, None, "thousand crore")
case(R, S400_DEAL_INR, "₹400 billion", Y, None, "same value in billions")
case(R, S400_DEAL_INR, "₹0.4 lakh crore", Y, None, "same value in lakh crore")
case(R, S400_DEAL_INR, "₹4 lakh crore", N, None, "ten times too much")
case(R, S400_DEAL_INR, "₹40,000 lakh", N, None, "lakh is not crore")
case(R, S400_DEAL_INR, "₹4,000 crore", N, None, "wrong value")
case(R, S400_DEAL_INR, "$40,000 crore", N, None, "different currency")
case(R, STUDENTS, "20 thousand", Y, None, "thousand")
case(R, STUDENTS, "twenty thousand", Y, None, "number words")
case(R, STUDENTS, "0.2 lakh", Y, None, "lakh")
case(R, STUDENTS, "2 lakh", N, None, "ten times too many")
case(R, STUDENTS, "2,000", N, None, "wrong value")
case(R, STUDENTS, "200,000", N, None, "wrong value")

R = "indian numbers"
case(R, PMJAY, "₹5 lakh", Y, "exact", "the answer itself")
case(R, PMJAY, "5,00,000", Y, None, "Indian digit grouping")
case(R, PMJAY, "Rs 5,00,000", Y, None, "Indian digit grouping with Rs")
case(R, PMJAY, "₹500000", Y, None, "no grouping")
case(R, PMJAY, "500,000", Y, None, "international grouping")
case(R, PMJAY, "five lakh rupees", Y, None, "number word and lakh")
case(R, PMJAY, "50,000", N, None, "ten times too little")
case(R, PMJAY, "5,00,00,000", N, None, "5 crore, Indian grouping")
case(R, PMJAY, "5", N, "near-miss", "the magnitude left off")
case(R, CAPEX, "10,00,000 crore", Y, None, "lakh crore in Indian grouping")
case(R, CAPEX, "Rs 10 lakh crore", Y, None, "Rs")
case(R, CAPEX, "₹10 trillion", Y, None, "the same value in trillions")
case(R, CAPEX, "₹1 lakh crore", N, None, "ten times too little")
case(R, CAPEX, "₹10 crore", N, "near-miss", "a magnitude missing")
case(R, STUDENTS, "20,000", Y, "exact", "grouping is the same in both systems below a lakh")
case(
    R, L_RUPEES, "5,00,000, 10,00,000 crore", Y, None, "Indian grouping inside a list is not split"
)
case(R, L_RUPEES, "Rs 5 lakh; Rs 10 lakh crore", Y, None, "the answers themselves")

R = "units"
case(R, GANGA, "2,525 km", Y, "exact", "the answer itself")
case(R, GANGA, "2525", Y, None, "the unit left off: the number is right")
case(R, GANGA, "2525 kilometres", Y, None, "the unit spelt out")
case(R, GANGA, "2,525 kilometers", Y, None, "American spelling")
case(R, GANGA, "2525km", Y, None, "glued")
case(R, GANGA, "2525 KM", Y, None, "capitals")
case(R, GANGA, "2,525,000 m", Y, None, "the same length in metres")
case(R, GANGA, "2525 m", N, None, "metres are not kilometres")
case(R, GANGA, "2525 miles", N, None, "miles are not kilometres")
case(R, GANGA, "2,255 km", N, None, "digits swapped")
case(R, KANCHENJUNGA, "8586 m", Y, None, "m for metres")
case(R, KANCHENJUNGA, "8,586m", Y, None, "glued")
case(R, KANCHENJUNGA, "8,586 meters", Y, None, "American spelling")
case(R, KANCHENJUNGA, "8.586 km", Y, None, "the same height in kilometres")
case(R, KANCHENJUNGA, "8586", Y, None, "the unit left off")
case(R, KANCHENJUNGA, "8586 km", N, None, "a thousand times too high")
case(R, KANCHENJUNGA, "8,568 m", N, None, "digits swapped")
case(R, KKNPP_MW, "1000 megawatts", Y, None, "MW spelt out")
case(R, KKNPP_MW, "1000 MWe", Y, None, "MWe")
case(R, KKNPP_MW, "1000 mw", Y, None, "lower case")
case(R, KKNPP_MW, "1 GW", Y, None, "the same power in gigawatts")
case(R, KKNPP_MW, "1000", Y, None, "the unit left off")
case(R, KKNPP_MW, "1000 kW", N, None, "kilowatts")
case(R, KKNPP_MW, "1000 GW", N, None, "gigawatts")
case(R, T90, "T-90M", N, None, "a letter after a number in a name is no unit (M is not metres)")
case(R, MIG29K, "MiG-29M", N, None, "a different variant, not metres")
case(R, C_HEIGHTS, "8,586 m, 2,525 km", Y, None, "thousands separators inside cloze blanks")
case(R, C_HEIGHTS, "8586; 2525", Y, None, "units left off")

R = "fiscal years"
case(R, RECORD_YEAR, "2023-24", Y, "exact", "the answer itself")
case(R, RECORD_YEAR, "2023–24", Y, None, "en dash")
case(R, RECORD_YEAR, "2023-2024", Y, None, "both years in full")
case(R, RECORD_YEAR, "2023/24", Y, None, "slash")
case(R, RECORD_YEAR, "FY24", Y, None, "FY and the year it ends")
case(R, RECORD_YEAR, "FY 2023-24", Y, None, "FY and the span")
case(R, RECORD_YEAR, "FY2023-24", Y, None, "FY glued to the span")
case(R, RECORD_YEAR, "2022-23", N, None, "the year before")
case(R, RECORD_YEAR, "FY23", N, None, "the year before")
case(R, RECORD_YEAR, "2024-25", N, None, "the year after")
case(R, RECORD_YEAR, "2023", N, None, "half of the span")
case(R, RECORD_YEAR, "2023-2025", N, None, "not one financial year")

R = "number words"
case(R, UNSC_P5, "five", Y, None, "number word")
case(R, UNSC_P5, "five members", Y, None, "number word and what is counted")
case(R, UNSC_P5, "5 members", Y, None, "digit and what is counted")
case(R, UNSC_P5, "Five permanent members", Y, None, "words from the question")
case(R, UNSC_P5, "six", N, None, "wrong number")
case(R, UNSC_P5, "fifteen members", N, None, "all members, not the permanent ones")
case(R, KKNPP_REACTORS, "six", Y, None, "number word")
case(R, KKNPP_REACTORS, "six reactors", Y, None, "the counted noun")
case(R, KKNPP_REACTORS, "6 units", Y, None, "a generic noun")
case(R, KKNPP_REACTORS, "Six", Y, None, "capitalised")
case(R, KKNPP_REACTORS, "sixteen", N, None, "wrong number")
case(R, KKNPP_REACTORS, "two", N, None, "the first two only")

R = "ordinals"
case(R, ORDINAL, "21st", Y, "exact", "the answer itself")
case(R, ORDINAL, "twenty-first", Y, None, "ordinal word")
case(R, ORDINAL, "twenty first", Y, None, "ordinal words")
case(R, ORDINAL, "Twenty-First", Y, None, "capitalised")
case(R, ORDINAL, "21", Y, None, "bare number")
case(R, ORDINAL, "21ST", Y, None, "upper case")
case(R, ORDINAL, "21st summit", Y, None, "generic word")
case(R, ORDINAL, "22nd", N, None, "wrong ordinal")
case(R, ORDINAL, "20th", N, None, "wrong ordinal")
case(R, ORDINAL, "12th", N, None, "digits swapped")
case(R, ORDINAL, "twenty-second", N, None, "wrong ordinal word")

R = "roman numerals"
case(R, SAKHALIN, "Sakhalin 1", Y, None, "Arabic for Roman")
case(R, SAKHALIN, "sakhalin-1", Y, None, "Arabic, lower case")
case(R, SAKHALIN, "Sakhalin I", Y, None, "space for hyphen")
case(R, SAKHALIN, "SAKHALIN-I", Y, None, "upper case")
case(R, SAKHALIN, "Sakhalin-III", N, None, "different number")
case(R, BRAHMOS_II, "BrahMos 2", Y, None, "Arabic for Roman")
case(R, BRAHMOS_II, "Brahmos-2", Y, None, "Arabic for Roman")
case(R, BRAHMOS_II, "BrahMos II", Y, None, "space for hyphen")
case(R, BRAHMOS_II, "BrahMos", N, None, "the number is missing")
case(R, BRAHMOS_II, "BrahMos-I", N, None, "different number")
case(R, BRAHMOS, "BrahMos-II", N, None, "the successor is a different missile")

R = "numbers in names"
case(R, S400, "S-300", N, None, "different system")
case(R, S400, "S-500", N, None, "different system")
case(R, S400, "S-40", N, None, "digit missing")
case(R, S400, "S4000", N, None, "digit added")
case(R, SU30MKI, "Su-35", N, None, "different aircraft")
case(R, SU30MKI, "Su 30 MKI", Y, None, "spaces")
case(R, SU30MKI, "su30mki", Y, None, "no separators")
case(R, SU35, "Su-30", N, None, "different aircraft")
case(R, SU35, "Su 35", Y, None, "space")
case(R, SU35, "SU35", Y, None, "upper case, no separator")
case(R, SU35, "Su-57", N, None, "different aircraft")
case(R, MIG29K, "MiG 29K", Y, None, "space")
case(R, MIG29K, "Mig29k", Y, None, "no separators")
case(R, MIG29K, "MiG-21", N, None, "different aircraft")
case(R, T90, "T90", Y, None, "no hyphen")
case(R, T90, "T-72", N, None, "different tank")
case(R, T90, "T-9", N, None, "digit missing")
case(R, AK203, "AK 203 Assault Rifles", Y, None, "space, case")
case(R, AK203, "AK-47 assault rifles", N, None, "different rifle")
case(R, AK203, "AK-103 assault rifles", N, None, "one digit off is a different rifle")
case(R, VVER, "VVER-1200 reactors", N, None, "different reactor")
case(R, G20, "G-20", Y, None, "hyphen")
case(R, G20, "G 20", Y, None, "space")
case(R, G20, "G8", N, None, "different grouping (Russia was suspended)")
case(R, G20, "G7", N, None, "different grouping")
case(R, G20, "G2", N, None, "digit missing")

R = "years"
case(R, YEAR, "2021", Y, "exact", "the answer itself")
case(R, YEAR, "2020", N, None, "years are never fuzzy")
case(R, YEAR, "2022", N, None, "years are never fuzzy")
case(R, YEAR, "2012", N, None, "transposed year")
case(R, YEAR_2PLUS2, "2021", Y, "exact", "same answer as another question: no near-miss")
case(R, TREATY_YEAR, "1971", Y, "exact", "the answer itself")
case(R, TREATY_YEAR, "1917", N, None, "transposed year")
case(R, TREATY_YEAR, "1972", N, None, "one year off")
case(R, ASHOKA_COUNCIL, "250 BC", Y, None, "BC is BCE")
case(R, ASHOKA_COUNCIL, "circa 250 BCE", Y, None, "c. written out")
case(R, ASHOKA_COUNCIL, "250 B.C.", Y, None, "BC with stops")
case(R, ASHOKA_COUNCIL, "250 AD", N, None, "the other era")
case(R, ASHOKA_COUNCIL, "250 CE", N, None, "the other era")
case(R, ASHOKA_COUNCIL, "251 BC", N, None, "years are never fuzzy")
case(R, KANISHKA_ERA, "78 AD", Y, None, "AD is CE")
case(R, KANISHKA_ERA, "78 BCE", N, None, "the other era")

R = "tolerance"
case(R, TRADE_RECORD, "65", Y, "exact", "the answer itself")
case(R, TRADE_RECORD, "64", Y, "alias", "within tolerance 1: not the exact answer")
case(R, TRADE_RECORD, "66", Y, None, "within tolerance 1")
case(R, TRADE_RECORD, "64.5", Y, "alias", "within tolerance 1")
case(R, TRADE_RECORD, "sixty-five", Y, None, "number word")
case(R, TRADE_RECORD, "$65 billion", Y, None, "the unit the prompt asked for, spelt out")
case(R, TRADE_RECORD, "$64.5 billion", Y, None, "the prompt's unit, within tolerance 1")
case(R, TRADE_RECORD, "65 million", N, "near-miss", "not the unit the prompt asked for")
case(R, TRADE_RECORD, "$65 trillion", N, "near-miss", "not the unit the prompt asked for")
case(R, TRADE_RECORD, "65 crore", N, "near-miss", "not the unit the prompt asked for")
case(R, TRADE_RECORD_EXACT, "$65 billion", Y, None, "the unit the prompt asked for (in billions)")
case(R, TRADE_RECORD_EXACT, "65 million", N, "near-miss", "not the unit the prompt asked for")
case(R, TRADE_RECORD_EXACT, "$65 trillion", N, "near-miss", "not the unit the prompt asked for")
case(R, TRADE_RECORD_EXACT, "65 crore", N, "near-miss", "not the unit the prompt asked for")
case(R, TRADE_RECORD_BN, "$65 billion", Y, "exact", "the answer itself")
case(
    R,
    TRADE_RECORD_BN,
    "$65.5 billion",
    Y,
    "alias",
    "tolerance 1 is one billion: the answer's own unit",
)
case(R, TRADE_RECORD_BN, "$64,200 million", Y, "alias", "within a billion, written in millions")
case(R, TRADE_RECORD_BN, "$66.5 billion", N, None, "outside tolerance")
case(R, TRADE_RECORD_BN, "65", N, "near-miss", "the magnitude left off")
case(R, TRADE_RECORD_BN, "65.5", N, "near-miss", "the magnitude left off, within tolerance")
case(R, TRADE_RECORD_BN, "$65 million", N, None, "wrong magnitude")
case(R, TREATY_YEAR_LOOSE, "1972", Y, "alias", "the author set a tolerance on a year")
case(R, TREATY_YEAR_LOOSE, "1973", N, None, "outside the tolerance")
case(R, TREATY_YEAR, "1970", N, None, "no tolerance set: years exact")
case(R, TRADE_RECORD, "63", N, None, "outside tolerance")
case(R, TRADE_RECORD, "67", N, None, "outside tolerance")
case(R, TRADE_RECORD_EXACT, "64", N, None, "no tolerance: exact")
case(R, TRADE_RECORD_EXACT, "66", N, None, "no tolerance: exact")
case(R, TRADE_RECORD_EXACT, "65.0", Y, None, "same value")

# --------------------------------------------------------------------------- typos
R = "typos"
case(R, BRAHMOS, "Brahmose", Y, "typo", "7 letters: one insertion")
case(R, BRAHMOS, "Bramos", Y, "typo", "7 letters: one deletion")
case(R, BRAHMOS, "Barhmos", Y, "typo", "7 letters: one transposition (OSA)")
case(R, BRAHMOS, "Bhramoos", N, None, "3 edits on 7 letters")
case(R, BRAHMOS, "Brahma", N, None, "2 edits on 7 letters")
case(R, ROSATOM, "Rosatam", Y, "typo", "7 letters: one substitution")
case(R, ROSATOM, "Rostam", N, None, "2 edits on 7 letters")
case(R, ROSATOM, "Rosneft", N, None, "a different Russian company")
case(R, KUDANKULAM, "Kudankulum", Y, "typo", "10 letters: one edit")
case(R, KUDANKULAM, "Koodankulam", Y, "typo", "10 letters: two edits (common spelling)")
case(R, KUDANKULAM, "Kudnkulum", Y, "typo", "10 letters: two edits")
case(R, KUDANKULAM, "Kadankalum", N, None, "3 edits on 10 letters")
case(R, VLADIVOSTOK, "Vladivostock", Y, "typo", "11 letters: one edit")
case(R, VLADIVOSTOK, "Wladiwostok", Y, "typo", "11 letters: two edits")
case(R, VLADIVOSTOK, "Vladvostock", Y, "typo", "11 letters: two edits")
case(R, VLADIVOSTOK, "Vldvstock", N, None, "4 edits on 11 letters")
case(R, VLADIVOSTOK, "Volgograd", N, None, "a different city")
case(R, GAGANYAAN, "Gaganyan", Y, "typo", "9 letters: one edit")
case(R, GAGANYAAN, "Chandrayaan", N, None, "a different mission")
case(R, VIKRAMADITYA, "INS Vikramadithya", Y, "typo", "one edit")
case(R, VIKRAMADITYA, "INS Vikrant", N, None, "a different carrier")
case(R, PUTIN, "Vladmir Puttin", Y, "typo", "13 letters: two edits")
case(R, PUTIN, "Vladmr Putn", Y, "typo", "13 letters: three edits")
case(R, PUTIN, "Vldmr Ptn", N, None, "4 edits on 13 letters")
case(R, PUTIN, "Dmitry Medvedev", N, None, "a different person")
case(R, CORRIDOR, "Chenai-Vladivostock Maritime Coridor", Y, "typo", "34 letters: three edits")
case(R, SIND, "Sindh", Y, None, "4 letters: an aspirate h is a spelling, not a slip")
case(R, SIND, "Sand", N, None, "4 letters: no typo budget")
case(R, SIND, "Sin", N, None, "a letter short")
case(R, SCO_ABBR, "SCP", N, None, "3 letters: no typo budget")
case(R, SCO_ABBR, "SOC", N, None, "3 letters: no transpositions either")
case(R, SCO_ABBR, "sco", Y, None, "case only")
case(R, C_KKNPP, "Kudankulum", Y, None, "typo in a cloze blank")
case(R, C_BRAHMOS, "Brahmos", Y, None, "cloze answer, case")
case(R, C_BRAHMOS, "Brahmose", Y, None, "typo in a cloze blank")

# --------------------------------------------------------------------------- near-miss guard
R = "near-miss"
case(R, ARYABHATA, "Bhaskara", N, "near-miss", "another satellite in the bank")
case(R, ARYABHATA, "Bhaskra", N, "near-miss", "a misspelling of the other satellite")
case(R, ARYABHATA, "Aryabhatta", Y, "typo", "common spelling, closer to the answer")
case(R, ARYABHATA, "Aryabhat", Y, "typo", "one deletion")
case(R, BHASKARA, "Aryabhata", N, "near-miss", "another satellite in the bank")
case(R, BHASKARA, "Bhaskar", Y, "typo", "one deletion, closer to the answer")
case(R, SAKHALIN, "Sakhalin-II", N, "near-miss", "in the reject list")
case(R, SAKHALIN, "Sakhalin 2", N, "near-miss", "the reject entry, normalised")
case(R, SAKHALIN, "sakhalin-ii", N, "near-miss", "the reject entry, lower case")
case(
    R,
    SAKHALIN,
    "Sakhalin-2",
    N,
    "near-miss",
    "reject list applies without an index",
    use_index=False,
)
case(R, ARYABHATA, "Aryabhatta", Y, "typo", "typo without an index", use_index=False)
case(R, ARYABHATA, "Bhaskara", N, None, "wrong without an index too", use_index=False)
case(R, SU30MKI, "Su-30MKK", N, "near-miss", "the Chinese variant is in the bank")
case(R, SU30MKI, "Su-30MKJ", N, None, "a designation is exact; also ties with MKK")
case(R, M_SU30, "Su-30MKJ", N, None, "tie between two options")
case(R, M_SU30, "Su-30MKK", N, None, "another option")
case(
    R,
    C_SPEED,
    "hypersonic, hypersonic",
    N,
    None,
    "hypersonic is 2 edits from supersonic but is another answer",
)
case(R, C_SPEED, "subsonic, hypersonic", N, None, "3 edits on a 10-letter word")
case(R, BRAHMOS, "Brahmose", Y, "typo", "BrahMos-II in the bank must not make this a near-miss")
case(R, BRAHMOS, "BrahMos", Y, "exact", "another question with the same answer is no near-miss")

# --------------------------------------------------------------------------- list
R = "list"
case(R, L_BRICS, "Brazil, Russia, India, China, South Africa", Y, None, "commas")
case(R, L_BRICS, "China; India; Russia; Brazil; South Africa", Y, None, "semicolons, any order")
case(R, L_BRICS, "Brazil, Russia, India, China and South Africa", Y, None, "and")
case(R, L_BRICS, "Brazil/Russia/India/China/South Africa", Y, None, "slashes")
case(R, L_BRICS, "Brazil\nRussia\nIndia\nChina\nSouth Africa", Y, None, "new lines")
case(R, L_BRICS, "Brasil, Russia, India, China, South Africa", Y, None, "typo in one item")
case(R, L_BRICS, "Brazil, Russia, India, China", N, "partial", "4 of 5")
case(R, L_BRICS, "Brazil, Russia, India, China, Africa", N, None, "fragment item")
case(R, L_BRICS, "Brazil, Russia, India, China, South Africa, Iran", N, None, "extra wrong item")
case(R, L_BRICS, "Brazil, Brazil, Russia, India, China", N, None, "a repeated item counts once")
case(R, L_INSTC, "India, Iran and Russia", Y, None, "all three")
case(R, L_INSTC, "Russia and India and Iran", Y, None, "and twice")
case(R, L_INSTC, "Russia, India", N, "partial", "2 of 3")
case(R, L_INSTC, "India, Iraq, Russia", N, None, "4 letters: no typo budget")
case(R, L_INSTC, "India, Iran, Russia, Azerbaijan", N, "partial", "extra wrong item")
case(
    R,
    L_INSTC,
    "India, Azerbaijan, Armenia",
    N,
    "wrong",
    "one right, two wrong: a score of 0 is wrong, not partial",
)
case(R, L_S400, "China, Turkey", Y, None, "min_correct 2")
case(R, L_S400, "Turkey and Belarus and China", Y, None, "three of four, min 2")
case(R, L_S400, "India", N, None, "1 of min 2")
case(R, L_S400, "China, Turkey, Pakistan", N, None, "extra wrong item")
case(R, L_PLATFORMS, "S400, Su 30 MKI, Brahmos", Y, None, "item normalisation")
case(R, L_PLATFORMS, "BrahMos; S-400; Su-30MKI", Y, None, "any order")
case(R, L_PLATFORMS, "S-300, Su-30MKI, BrahMos", N, None, "numbers in names inside a list")
case(R, L_PLATFORMS, "S-400, Su-35, BrahMos", N, None, "numbers in names inside a list")
case(R, L_AREAS, "Defence, Science and Technology, Energy", Y, None, "an item containing 'and'")
case(R, L_AREAS, "energy; defense; science & technology", Y, None, "any order, defense, &")
case(R, L_TARGETS, "$30 billion, $50 billion", Y, None, "money items")
case(R, L_TARGETS, "30 billion dollars; 50 billion dollars", Y, None, "money items, other form")
case(R, L_TARGETS, "$30,000 million; $50 billion", Y, None, "thousands separator inside an item")
case(R, L_TARGETS, "$30 billion, $50 million", N, None, "one wrong magnitude")
case(R, L_TARGETS, "30, 50", N, "wrong", "magnitudes left off")

# --------------------------------------------------------------------------- mcq
R = "mcq"
case(R, M_STATE, "a", Y, None, "option letter")
case(R, M_STATE, "A", Y, None, "upper-case letter")
case(R, M_STATE, "a)", Y, None, "a)")
case(R, M_STATE, "(a)", Y, None, "(a)")
case(R, M_STATE, "a.", Y, None, "a.")
case(R, M_STATE, "1", Y, None, "option number")
case(R, M_STATE, "Tamil Nadu", Y, None, "option text")
case(R, M_STATE, "tamilnadu", Y, None, "option text without the space")
case(R, M_STATE, "Tamil Naadu", Y, "typo", "option text with a typo")
case(R, M_STATE, "b", N, None, "wrong letter")
case(R, M_STATE, "Kerala", N, None, "wrong option text")
case(R, M_STATE, "2", N, None, "wrong number")
case(R, M_STATE, "e", N, None, "no such option")
case(R, M_STATE, "a, b", N, None, "two options for one answer")
case(R, M_PORT, "Chenai", Y, "typo", "option text with a typo")
case(R, M_PORT, "Kochi", N, None, "wrong option")
case(R, M_PORT, "d", N, None, "wrong letter")
case(R, M_YEAR, "c", Y, None, "letter")
case(R, M_YEAR, "2021", Y, None, "option text")
case(R, M_YEAR, "2020", N, None, "option text, wrong year")
case(R, M_TRADE, "$7.5bn", Y, None, "option value, other form")
case(R, M_TRADE, "7.5 billion dollars", Y, None, "option value, other form")
case(R, M_TRADE, "$15 billion", N, None, "wrong option")
case(R, M_TRADE, "7.5", Y, None, "the options show the magnitude: the number picks one")
case(R, M_TRADE, "7.5 million", N, None, "a different magnitude picks no option")
case(R, M_SU30, "b", Y, None, "letter")
case(R, M_SU30, "Su30 MKI", Y, "exact", "option text normalised")
case(R, M_AUSTRIA, "Austria", Y, "exact", "option text")
case(R, M_AUSTRIA, "austira", Y, "typo", "a typo closer to one option")
case(
    R,
    M_AUSTRIA,
    "Austraia",
    N,
    "near-miss",
    "one edit from both Austria and Australia: never a silent pick",
)
case(R, M_AUSTRIA, "Austrlia", N, "near-miss", "one edit from both Austria and Australia")
case(R, M_AUSTRIA, "Australia", N, "wrong", "the other option")
case(R, M_AUSTRIA, "Austrralia", N, "wrong", "a typo of the other option")
case(R, M_AUSTRIA, "a", Y, "exact", "letter")

# --------------------------------------------------------------------------- multi
R = "multi"
case(R, X_JV, "a, c", Y, None, "letters")
case(R, X_JV, "a and c", Y, None, "letters with and")
case(R, X_JV, "c, a", Y, None, "any order")
case(R, X_JV, "a c", Y, None, "space-separated letters")
case(R, X_JV, "1,3", Y, None, "numbers")
case(R, X_JV, "(a) (c)", Y, None, "bracketed letters")
case(R, X_JV, "BrahMos, AK-203", Y, None, "option texts")
case(R, X_JV, "Brahmos and AK 203", Y, None, "option texts normalised")
case(R, X_JV, "a", N, "partial", "one of two")
case(R, X_JV, "a, b, c", N, None, "extra wrong option")
case(R, X_JV, "b, d", N, "wrong", "both wrong")
case(R, X_JV, "a, b, d", N, "wrong", "one right, two wrong: a score of 0 is wrong, not partial")
case(R, X_JV, "Brahmos, Ak-203", Y, "exact", "option texts")
case(R, X_JV, "BrahMos, AK-47", N, None, "number in an option name")
case(R, X_FORUMS, "a, b, c, d", Y, None, "four letters")
case(R, X_FORUMS, "BRICS, SCO, G20, East Asia Summit", Y, None, "option texts")
case(R, X_FORUMS, "a, b, c", N, "partial", "three of four")
case(R, X_FORUMS, "a, b, c, d, e", N, None, "the Quad is wrong")

# --------------------------------------------------------------------------- statements
R = "statements"
case(R, ST_1_3, "1 and 3", Y, None, "numbers with and")
case(R, ST_1_3, "1,3", Y, None, "comma, no space")
case(R, ST_1_3, "3 and 1", Y, None, "any order")
case(R, ST_1_3, "1 & 3", Y, None, "&")
case(R, ST_1_3, "1 only", N, None, "statement 3 missing")
case(R, ST_1_3, "2 and 3", N, None, "statement 2 is false")
case(R, ST_1_3, "1, 2 and 3", N, None, "statement 2 is false")
case(R, ST_1_3, "all", N, None, "statement 2 is false")
case(R, ST_1_3, "none", N, None, "two are correct")
case(R, ST_BOTH, "both", Y, None, "both")
case(R, ST_BOTH, "1 and 2", Y, None, "both by number")
case(R, ST_BOTH, "Both 1 and 2", Y, None, "UPSC wording")
case(R, ST_BOTH, "all", Y, None, "all of two")
case(R, ST_BOTH, "1 only", N, None, "one missing")
case(R, ST_BOTH, "neither", N, None, "both are correct")
case(R, ST_NEITHER, "neither", Y, None, "neither")
case(R, ST_NEITHER, "none", Y, None, "none")
case(R, ST_NEITHER, "Neither 1 nor 2", Y, None, "UPSC wording")
case(R, ST_NEITHER, "both", N, None, "both are false")
case(R, ST_NEITHER, "2 only", N, None, "2 is false")
case(R, ST_2_ONLY, "2 only", Y, None, "N only")
case(R, ST_2_ONLY, "2", Y, None, "bare number")
case(R, ST_2_ONLY, "only 2", Y, None, "only N")
case(R, ST_2_ONLY, "1 only", N, None, "1 is false")
case(R, ST_2_ONLY, "both", N, None, "1 is false")
case(R, ST_ALL, "all", Y, None, "all")
case(R, ST_ALL, "1, 2 and 3", Y, None, "all by number")
case(R, ST_ALL, "1 and 2", N, None, "3 missing")

# --------------------------------------------------------------------------- truefalse
R = "truefalse"
for text in ("true", "True", "TRUE", "t", "T", "yes", "Y", "y"):
    case(R, TF_TRUE, text, Y, None, "a way of saying true")
for text in ("false", "f", "no", "n"):
    case(R, TF_TRUE, text, N, None, "the statement is true")
for text in ("false", "F", "no", "N", "fasle"):
    case(R, TF_FALSE, text, Y, None, "a way of saying false")
for text in ("true", "yes", "y"):
    case(R, TF_FALSE, text, N, None, "the statement is false")
case(R, TF_TRUE, "maybe", N, None, "neither true nor false")

# --------------------------------------------------------------------------- cloze
R = "cloze"
case(R, C_CAATSA, "CAATSA", Y, None, "one blank: the whole response")
case(R, C_CAATSA, "caatsa", Y, None, "case")
case(R, C_CAATSA, "NSG", N, None, "wrong")
case(R, C_SUMMIT, "21st, 2021, Modi", Y, None, "three blanks in order")
case(R, C_SUMMIT, "twenty-first; 2021; Narendra Modi", Y, None, "semicolons and alternatives")
case(R, C_SUMMIT, "21st\n2021\nModi", Y, None, "new lines")
case(R, C_SUMMIT, "21, 2021, Modi", Y, None, "ordinal as a bare number")
case(R, C_SUMMIT, "2021, 21st, Modi", N, None, "out of order")
case(R, C_SUMMIT, "21st, 2020, Modi", N, None, "wrong year")
case(R, C_SUMMIT, "21st, 2021", N, None, "a blank missing")
case(R, C_SUMMIT, "21st, 2021, Mody", N, None, "4 letters: no typo budget")
case(R, C_TARGET, "30 billion dollars, 2025", Y, None, "money then year")
case(R, C_TARGET, "$30 billion, 2030", N, None, "wrong year")
case(R, C_TARGET, "$50 billion, 2025", N, None, "wrong target")
case(R, C_TARGET, "30, 2025", N, "partial", "the magnitude left off")
case(R, C_SPEED, "supersonic, hypersonic", Y, None, "two blanks")
case(R, C_SPEED, "supersonik, hypersonik", Y, None, "a typo in each blank")
case(R, C_SPEED, "hypersonic, supersonic", N, None, "swapped")
case(R, C_SPEED, "supersonic", N, None, "one blank of two")

# --------------------------------------------------------------------------- match
R = "match"
case(R, P_SECTORS, "1-a, 2-b, 3-c, 4-d", Y, None, "number-letter pairs")
case(R, P_SECTORS, "1a 2b 3c 4d", Y, None, "compact pairs")
case(R, P_SECTORS, "1-A; 2-B; 3-C; 4-D", Y, None, "upper case, semicolons")
case(R, P_SECTORS, "1-a\n2-b\n3-c\n4-d", Y, None, "new lines")
case(R, P_SECTORS, "a b c d", Y, None, "right-side letters in left order")
case(
    R,
    P_SECTORS,
    "INSTC: connectivity corridor; BrahMos: cruise missile; Kudankulam: nuclear power; Sakhalin-I: oil and gas",
    Y,
    None,
    "left: right text",
)
case(
    R,
    P_SECTORS,
    "Kudankulum: nuclear power; Sakhalin 1: oil and gas; INSTC: connectivity corridor; Brahmos: cruise missile",
    Y,
    None,
    "any order, typo, Roman numeral",
)
case(R, P_SECTORS, "1-b, 2-a, 3-c, 4-d", N, "partial", "two swapped")
case(R, P_SECTORS, "1-a, 2-b, 3-c", N, "partial", "3 of 4")
case(R, P_SECTORS, "1-a, 1-b, 2-b, 3-c, 4-d", N, None, "hedge on item 1")
case(R, P_SECTORS, "a a a a", N, None, "one letter for everything")
case(R, P_PLATFORMS, "1-a 2-b 3-c", Y, None, "pairs")
case(
    R,
    P_PLATFORMS,
    "S400: Air Defence; Su30MKI: Fighter aircraft; T90: Main battle tank",
    Y,
    None,
    "left names normalised",
)
case(
    R,
    P_PLATFORMS,
    "S-300: air defence; Su-30MKI: fighter aircraft; T-90: main battle tank",
    N,
    None,
    "wrong system on the left",
)

# --------------------------------------------------------------------------- empty
R = "empty"
for question, text in (
    (BRAHMOS, ""),
    (TRADE_TARGET, "   "),
    (L_BRICS, "\n"),
    (M_STATE, " "),
    (X_JV, ""),
    (ST_1_3, "  "),
    (TF_TRUE, ""),
    (C_SUMMIT, "\t"),
    (P_SECTORS, " \n "),
):
    case(R, question, text, N, "empty", "nothing given")


# --------------------------------------------------------------------------- the test
def bank() -> list[QuestionBase]:
    """Every question used above, once (the near-miss index is built from all of them)."""
    seen: dict[str, QuestionBase] = {}
    for c in CASES:
        seen.setdefault(c.question.id, c.question)
    for extra in (S300, SU30MKK, VIKRANT, INVEST_TARGET):
        seen.setdefault(extra.id, extra)
    return list(seen.values())


@pytest.fixture(scope="module")
def index() -> AnswerIndex:
    return AnswerIndex.build(bank())


def describe(c: Case, got: object) -> str:
    taught = f" [learner aliases {c.aliases!r}]" if c.aliases else ""
    where = "" if c.use_index else " [no index]"
    return (
        f"  {c.rule:<24} {c.question.type:<10} {c.question.id:<24} {c.response!r}{taught}{where}"
        f" -> {got}  ({c.reason})"
    )


def test_table_is_big_and_covers_every_type() -> None:
    assert len(CASES) >= 150
    types = Counter(c.question.type for c in CASES)
    assert set(types) == {
        "short",
        "list",
        "mcq",
        "multi",
        "statements",
        "truefalse",
        "cloze",
        "match",
    }
    ids = {}
    for q in bank():
        assert ids.setdefault(q.id, q) is q, f"duplicate id {q.id}"


def test_grading_table(index: AnswerIndex) -> None:
    false_accepts: list[str] = []
    false_rejects: list[str] = []
    kind_mismatches: list[str] = []
    for c in CASES:
        try:
            verdict = grade(
                c.question, c.response, index=index if c.use_index else None, aliases=c.aliases
            )
        except Exception as error:  # noqa: BLE001 - a crash is a finding, listed with the case
            (false_rejects if c.correct else kind_mismatches).append(
                describe(c, f"raised {error!r}")
            )
            continue
        got = f"correct={verdict.correct} kind={verdict.kind} score={verdict.score:.2f} feedback={verdict.feedback!r}"
        if verdict.correct and not c.correct:
            false_accepts.append(describe(c, got))
        elif c.correct and not verdict.correct:
            false_rejects.append(describe(c, got))
        elif c.kind is not None and verdict.kind != c.kind:
            kind_mismatches.append(describe(c, got) + f" expected kind {c.kind}")
        elif not 0.0 <= verdict.score <= 1.0 or (verdict.correct and verdict.score <= 0):
            kind_mismatches.append(describe(c, got) + " score out of range")
    GRADING_COUNTS.update(
        cases=len(CASES),
        false_accepts=len(false_accepts),
        false_rejects=len(false_rejects),
        other=len(kind_mismatches),
    )
    report = [
        f"{len(CASES)} cases: {len(false_accepts)} false accepts, {len(false_rejects)} false "
        f"rejects, {len(kind_mismatches)} wrong kinds/scores/crashes"
    ]
    for title, rows in (
        ("false accepts (expected wrong, graded correct)", false_accepts),
        ("false rejects (expected correct, graded wrong)", false_rejects),
        ("wrong kind, score or crash", kind_mismatches),
    ):
        if rows:
            report += [title + ":", *rows]
    assert not (false_accepts or false_rejects or kind_mismatches), "\n".join(report)


# --------------------------------------------------------------------------- scores, feedback
def test_list_two_of_three_scores_two_thirds(index: AnswerIndex) -> None:
    verdict = grade(L_INSTC, "India, Russia", index=index)
    assert not verdict.correct
    assert verdict.kind == "partial"
    assert verdict.score == pytest.approx(2 / 3)
    assert "2 of 3" in verdict.feedback


def test_extra_wrong_list_item_costs_credit(index: AnswerIndex) -> None:
    full = grade(L_INSTC, "India, Iran, Russia", index=index)
    padded = grade(L_INSTC, "India, Iran, Russia, Azerbaijan", index=index)
    assert full.correct and full.score == pytest.approx(1.0)
    assert not padded.correct
    assert 0 < padded.score < 1
    two = grade(L_INSTC, "India, Russia", index=index)
    two_padded = grade(L_INSTC, "India, Russia, Azerbaijan", index=index)
    assert two_padded.score < two.score


def test_match_partial_score(index: AnswerIndex) -> None:
    verdict = grade(P_SECTORS, "1-b, 2-a, 3-c, 4-d", index=index)
    assert not verdict.correct
    assert verdict.score == pytest.approx(0.5)
    assert grade(P_SECTORS, "1-a, 2-b, 3-c", index=index).score == pytest.approx(0.75)


def test_multi_partial_score(index: AnswerIndex) -> None:
    half = grade(X_JV, "a", index=index)
    assert not half.correct
    assert half.score == pytest.approx(0.5)
    padded = grade(X_JV, "a, b, c", index=index)
    assert not padded.correct
    assert 0 < padded.score < 1
    assert grade(X_FORUMS, "a, b, c", index=index).score == pytest.approx(0.75)


def test_scores_of_right_wrong_and_empty(index: AnswerIndex) -> None:
    assert grade(S400, "S400", index=index).score == pytest.approx(1.0)
    assert grade(S400, "S-300", index=index).score == 0
    empty = grade(S400, "  ", index=index)
    assert (empty.correct, empty.score, empty.kind) == (False, 0, "empty")


def test_wrong_answer_feedback_shows_the_expected_answer(index: AnswerIndex) -> None:
    assert "S-400" in grade(S400, "S-300", index=index).feedback
    assert "Vladivostok" in grade(VLADIVOSTOK, "Volgograd", index=index).feedback
    assert "Tamil Nadu" in grade(M_STATE, "b", index=index).feedback


def test_typo_feedback_gives_the_correct_spelling(index: AnswerIndex) -> None:
    verdict = grade(KUDANKULAM, "Kudankulum", index=index)
    assert verdict.correct and verdict.kind == "typo"
    assert "Kudankulam" in verdict.feedback
    assert "Vladivostok" in grade(VLADIVOSTOK, "Vladivostock", index=index).feedback


def test_near_miss_feedback_names_the_other_answer(index: AnswerIndex) -> None:
    verdict = grade(ARYABHATA, "Bhaskara", index=index)
    assert verdict.kind == "near-miss"
    assert "Bhaskara" in verdict.feedback
    rejected = grade(SAKHALIN, "Sakhalin 2", index=index)
    assert rejected.kind == "near-miss"
    assert "Sakhalin-II" in rejected.feedback or "Sakhalin 2" in rejected.feedback
