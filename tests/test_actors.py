"""Actors: detection, mentions, pronouns and roles, quotes, analyst edits, JSON and the command line.

Most tests use a fake tagger (hand-made entity spans) so they are exact and
fast; the sample-article tests use the real tagger once its weights exist.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import gazetteer
from analysis.actors import (
    Actor,
    ActorSpec,
    Mention,
    Tagger,
    add_actor,
    add_alias,
    build_actors,
    delete_actor,
    detect_specs,
    find_actors,
    merge_actors,
    remove_alias,
    rename_actor,
    specs_from_json,
    specs_to_json,
    split_actor,
)
from analysis.errors import AnalysisError
from analysis.models import EntitySpan
from analysis.registry import get_task
from analysis.segment import split_paragraphs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "rubio-peace-talks.txt"
PER, ORG, LOC = "PER", "ORG", "LOC"


def fake_tagger(entities: dict[str, str], calls: list | None = None) -> Tagger:
    """A tagger that tags every whole-word occurrence of the given strings (longest first)."""
    def tag(texts: list[str]) -> list[list[EntitySpan]]:
        if calls is not None:
            calls.append(list(texts))
        out = []
        for text in texts:
            spans: list[EntitySpan] = []
            for surface in sorted(entities, key=len, reverse=True):
                for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
                    if not any(s.start < m.end() and m.start() < s.end for s in spans):
                        spans.append(EntitySpan(m.start(), m.end(), entities[surface], 0.99))
            out.append(sorted(spans, key=lambda s: s.start))
        return out
    return tag


def run(text: str, entities: dict[str, str]):
    """(specs, actors, quotes) of ``text`` with a fake tagger; checks the invariants of every result."""
    specs, actors, quotes = find_actors(text, split_paragraphs(text), fake_tagger(entities))
    every = sorted((m for a in actors for m in a.mentions), key=lambda m: m.start)
    for a in actors:
        assert a.mentions == sorted(a.mentions, key=lambda m: m.start)
    for m, n in zip(every, every[1:]):
        assert m.end <= n.start, "mentions overlap"
    for m in every:
        assert text[m.start:m.end] == m.text
        assert m.resolved == (m.kind != "name")
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return specs, actors, quotes


def mentions_of(actors) -> dict[str, list[str]]:
    """{actor name: mention texts, pronouns and roles marked with their kind}."""
    return {a.name: [m.text if m.kind == "name" else f"{m.text}/{m.kind}" for m in a.mentions] for a in actors}


# ----------------------------------------------------------------- gazetteer

G20 = "Argentina Australia Brazil Canada China France Germany India Indonesia Italy Japan Mexico Russia".split() + [
    "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom", "United States",
]
EU = (
    "Austria Belgium Bulgaria Croatia Cyprus Denmark Estonia Finland France Germany Greece Hungary Ireland Italy "
    "Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania Slovakia Slovenia Spain Sweden"
).split() + ["Czech Republic"]
OTHERS = "Ukraine Russia Belarus Israel Iran Iraq Syria Qatar Kuwait Bahrain Oman Taiwan Pakistan Afghanistan".split() + [
    "United Arab Emirates", "Saudi Arabia", "North Korea", "South Korea",
]


def test_gazetteer_covers_and_never_shares_a_name():
    assert set(G20 + EU + OTHERS) <= {e.name for e in gazetteer.COUNTRIES}
    assert {"European Union", "NATO", "United Nations"} <= {e.name for e in gazetteer.ORGANISATIONS}
    owner: dict[str, str] = {}
    for entry in gazetteer.ENTRIES:
        for form in (entry.name, *entry.aliases, *entry.demonyms, *entry.seats):
            assert owner.setdefault(form.casefold(), entry.name) == entry.name, form


SMALL_STATES = [
    (
        "a small state by name",
        "Guyana and Suriname signed the accord.",
        {},
        {"Guyana": ["Guyana"], "Suriname": ["Suriname"]},
    ),
    (
        "a small state's demonym before a state noun; Georgetown is no seat",
        "Guyanese officials said Georgetown would respond.",
        {},
        {"Guyana": ["Guyanese"]},
    ),
    (
        "a small state's capital that speaks is the country, one as a place is not",
        "Phnom Penh rejected the claim, and talks were held in Vientiane.",
        {},
        {"Cambodia": ["Phnom Penh"]},
    ),
    (
        "the Democratic People's Republic of Korea is North Korea, not the Republic of Korea",
        "The Democratic People's Republic of Korea warned the Republic of Korea.",
        {},
        {"North Korea": ["Democratic People's Republic of Korea"], "South Korea": ["Republic of Korea"]},
    ),
    (
        "Papua New Guinea, Guinea-Bissau and Equatorial Guinea are no Guinea, not even in a title",
        "Papua New Guinea backed Guinea, and Papua New Guinean troops left. Guinea-Bissau President Umaro Embalo "
        "met Equatorial Guinea's envoy.",
        {"Umaro Embalo": PER},
        {
            "Papua New Guinea": ["Papua New Guinea", "Papua New Guinean"],
            "Guinea": ["Guinea"],
            "Umaro Embalo": ["Umaro Embalo"],
            "Equatorial Guinea": ["Equatorial Guinea"],
        },
    ),
]


@pytest.mark.parametrize("case, text, entities, expected", SMALL_STATES, ids=[c[0] for c in SMALL_STATES])
def test_small_states(case, text, entities, expected):
    _, actors, _ = run(text, entities)
    assert mentions_of(actors) == expected


# ----------------------------------------------------------------- detection

DETECTION = [
    (
        "full name, title + name, surname and possessive are one person",
        "President Volodymyr Zelensky spoke. Zelensky's aides agreed, and Zelensky left.",
        {"Volodymyr Zelensky": PER, "Zelensky": PER},
        {"Volodymyr Zelensky": ["Volodymyr Zelensky", "Zelensky", "Zelensky"]},
    ),
    (
        "US, U.S. and United States are one country",
        "The US warned Iran. U.S. officials agreed and the United States left.",
        {"US": LOC, "U.S": LOC, "United States": LOC, "Iran": LOC},
        {"United States": ["US", "U.S.", "United States"], "Iran": ["Iran"]},
    ),
    (
        "a demonym before a state noun is the country acting",
        "Russian missile attacks continued overnight.",
        {},
        {"Russia": ["Russian"]},
    ),
    (
        "a capital that speaks is the country",
        "Kyiv said it would respond, and Moscow denied it.",
        {"Kyiv": LOC, "Moscow": LOC},
        {"Ukraine": ["Kyiv", "it/pronoun"], "Russia": ["Moscow"]},
    ),
    ("a capital as a place is not an actor", "European leaders met in Paris on Thursday.", {"Paris": LOC}, {}),
    (
        "a capital's possessive is the country's, even after a locative",
        "Nothing changed in Moscow’s view, and a trip to Kyiv, the Ukrainian capital, went ahead.",
        {},
        {"Russia": ["Moscow"]},
    ),
    ("talks held in Washington are a place", "Technical talks were held in Washington.", {"Washington": LOC}, {}),
    (
        "at the White House is a place; the White House believing is the US",
        "They met at the White House. The White House believes it works.",
        {"White House": ORG},
        {"United States": ["White House"]},
    ),
    (
        "a country or demonym in a person's title is part of the title",
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni and US Secretary of "
        "State Marco Rubio.",
        {"Volodymyr Zelensky": PER, "Giorgia Meloni": PER, "Marco Rubio": PER},
        {
            "Volodymyr Zelensky": ["Volodymyr Zelensky"],
            "Giorgia Meloni": ["Giorgia Meloni"],
            "Marco Rubio": ["Marco Rubio"],
        },
    ),
    (
        "a title the tagger included is dropped from the name",
        "Ukraine's Economy Minister Yulia Svyrydenko signed it.",
        {"Economy Minister Yulia Svyrydenko": PER},
        {"Yulia Svyrydenko": ["Yulia Svyrydenko"]},
    ),
    (
        "a gazetteer country is an actor though the tagger missed it",
        "Ukraine signed, and Ukrainian officials welcomed it.",
        {},
        {"Ukraine": ["Ukraine", "Ukrainian"]},
    ),
    (
        "a demonym without a state noun, or after pro-, is not an actor",
        "Russian speakers and pro-Russian bloggers read Ukrainian poetry.",
        {},
        {},
    ),
    (
        "a country inside a longer proper name is not an actor",
        "Latin America watched the committee on EU Integration.",
        {},
        {},
    ),
    (
        "countries tagged together as one name are each their own actor",
        "EU and China trade barbs as Russia, Ukraine and the US meet",
        {"EU and China trade barbs": ORG, "Russia, Ukraine": ORG},
        {"European Union": ["EU"], "China": ["China"], "Russia": ["Russia"], "Ukraine": ["Ukraine"],
         "United States": ["US"]},
    ),
    (
        "organisations: tagged spellings and acronyms merge",
        "The European Central Bank held rates; the ECB said so. NATO agreed.",
        {"European Central Bank": ORG, "ECB": ORG, "NATO": ORG},
        {"European Central Bank": ["European Central Bank", "ECB"], "NATO": ["NATO"]},
    ),
    (
        "hyphenated surname",
        "Ivanna Klympush-Tsintsadze spoke. Klympush-Tsintsadze’s committee agreed.",
        {"Ivanna Klympush-Tsintsadze": PER, "Klympush-Tsintsadze": PER},
        {"Ivanna Klympush-Tsintsadze": ["Ivanna Klympush-Tsintsadze", "Klympush-Tsintsadze"]},
    ),
    (
        "spelling variants (Zelenskyy) merge into one person",
        "Volodymyr Zelenskyy spoke. Later Zelensky said more.",
        {"Volodymyr Zelenskyy": PER, "Zelensky": PER},
        {"Volodymyr Zelenskyy": ["Volodymyr Zelenskyy", "Zelensky"]},
    ),
    (
        "diacritics: José Mujica is also found as Jose Mujica",
        "José Mujica spoke. Later Jose Mujica and Mujica’s aides left.",
        {"José Mujica": PER},
        {"José Mujica": ["José Mujica", "Jose Mujica", "Mujica"]},
    ),
    (
        "He before a tagged name is the surname He, not a pronoun",
        "Rubio met Vice Premier He Lifeng. He said talks went well, and He Lifeng agreed.",
        {"Lifeng": PER, "Rubio": PER},
        {"He Lifeng": ["He Lifeng", "He Lifeng"], "Rubio": ["Rubio", "He/pronoun"]},
    ),
    (
        "a surname does not match inside a longer word",
        "Bessent spoke to Bessentov.",
        {"Bessent": PER},
        {"Bessent": ["Bessent"]},
    ),
    (
        "a surname that is also a country is not a bare alias",
        "Steve Israel said Israel must act, and Israeli officials agreed.",
        {"Steve Israel": PER, "Israel": LOC},
        {"Steve Israel": ["Steve Israel"], "Israel": ["Israel", "Israeli"]},
    ),
    (
        "two people who share a surname stay apart; the bare surname goes to the first",
        "Donald Trump and Melania Trump arrived. Trump spoke.",
        {"Donald Trump": PER, "Melania Trump": PER, "Trump": PER},
        {"Donald Trump": ["Donald Trump", "Trump"], "Melania Trump": ["Melania Trump"]},
    ),
    (
        "a shared surname after an honorific is the one named with it, of its sex, or just introduced",
        "Dr. Laura Young testified. Sen. Todd Young asked her. “Honestly, Senator,” Dr. Young replied.\n\n"
        "David Hollis and Mary Hollis flew in. Mr Hollis was calm; Ms Hollis spoke.\n\n"
        "Premier Roger Cook spoke. Mr Cook left.\n\n"
        "Its manager, Tom Cook - no relation to the Premier - agreed.\n\n"
        "“It helps,” Mr Cook said.\n\nMr Cook added more.\n\nLater, Mr Cook went on.\n\n"
        "Ms Chen Lihua and Professor Chen Jun, no relation, agreed. Professor Chen said so.",
        {"Laura Young": PER, "Todd Young": PER, "David Hollis": PER, "Mary Hollis": PER, "Roger Cook": PER,
         "Tom Cook": PER, "Chen Lihua": PER, "Chen Jun": PER},
        {
            "Laura Young": ["Laura Young", "her/pronoun", "Young"],
            "Todd Young": ["Todd Young"],
            "David Hollis": ["David Hollis", "Hollis"],
            "Mary Hollis": ["Mary Hollis", "Hollis"],
            "Roger Cook": ["Roger Cook", "Cook", "Premier/role"],
            "Tom Cook": ["Tom Cook", "Cook", "Cook", "Cook"],
            "Chen Lihua": ["Chen Lihua"],
            "Chen Jun": ["Chen Jun", "Chen"],
        },
    ),
    (
        "a shared surname after an honorific stays the first named's where the other was named paragraphs before",
        "Imran Khan wants visits.\n\nBarrister Gohar Ali Khan and Aleema Khan spoke.\n\nThe court sat.\n\n"
        "Mr Khan is known as Kaptaan. Ms Khan wept.",
        {"Imran Khan": PER, "Gohar Ali Khan": PER, "Aleema Khan": PER},
        {"Imran Khan": ["Imran Khan", "Khan"], "Gohar Ali Khan": ["Gohar Ali Khan"],
         "Aleema Khan": ["Aleema Khan", "Khan"]},
    ),
    (
        "a title ends at its last word, however it starts",
        "Saudi Energy Minister Prince Abdulaziz bin Salman spoke. House Speaker Mike Johnson agreed.",
        {"Saudi Energy Minister": PER, "Prince Abdulaziz bin Salman": PER, "House Speaker Mike Johnson": PER},
        {"Abdulaziz bin Salman": ["Abdulaziz bin Salman"], "Mike Johnson": ["Mike Johnson"]},
    ),
    (
        "a title runs on through 'of the X'; '-based' is no part of a name",
        "Speaker of the House Paul Ryan met Paris-based Sam Rainsy.",
        {"Speaker of the House Paul Ryan": PER, "Paris-based Sam Rainsy": PER},
        {"Paul Ryan": ["Paul Ryan"], "Sam Rainsy": ["Sam Rainsy"]},
    ),
    (
        "'of the X' runs on through a place of two words; police, academic and church titles are titles",
        "The Mayor of the West Midlands, Richard Parker, spoke. Detective Chief Inspector Sarah Wilkes, Sheriff "
        "Keith Pearson, Professor Ann Lee and Rev. Jim Martin agreed. Rep. Rob Bishop did not.",
        {"Mayor of the West Midlands": PER, "Richard Parker": PER, "Detective Chief Inspector Sarah Wilkes": PER,
         "Sheriff Keith Pearson": PER, "Professor Ann Lee": PER, "Rev. Jim Martin": PER, "Rob Bishop": PER},
        {"Richard Parker": ["Richard Parker"], "Sarah Wilkes": ["Sarah Wilkes"], "Keith Pearson": ["Keith Pearson"],
         "Ann Lee": ["Ann Lee"], "Jim Martin": ["Jim Martin"], "Rob Bishop": ["Rob Bishop"]},
    ),
    (
        "'Sen.' before a name is a title, 'Sen' ending a name is not",
        "Arizona Sen. Jeff Flake met Texas Rep Lamar Smith.",
        {"Arizona Sen": PER, "Jeff Flake": PER, "Texas Rep": PER, "Lamar Smith": PER},
        {"Jeff Flake": ["Jeff Flake"], "Lamar Smith": ["Lamar Smith"]},
    ),
    (
        "'Sen' ending a name is no title",
        "Prime Minister Hun Sen’s party won, and Hun Sen said so.",
        {"Hun Sen’s": PER, "Hun Sen": PER},
        {"Hun Sen": ["Hun Sen", "Hun Sen"]},
    ),
    (
        "'Sir' and 'Dame' are titles; 'Sir Keir' is Keir Starmer, and 'Sir' tells his gender",
        "Keir Starmer met Dame Sarah Mullally. Sir Keir said he agreed with Sir Ed Davey.",
        {"Keir Starmer": PER, "Dame Sarah Mullally": PER, "Sir Keir": PER, "Sir Ed Davey": PER},
        {"Keir Starmer": ["Keir Starmer", "Keir", "he/pronoun"], "Sarah Mullally": ["Sarah Mullally"], "Ed Davey": ["Ed Davey"]},
    ),
    (
        "'-elect' and '-designate' keep a title a title",
        "President-elect Donald Trump met Prime Minister-designate Mark Carney. Trump spoke.",
        {"President-elect Donald Trump": PER, "Prime Minister-designate Mark Carney": PER, "Trump": PER},
        {"Donald Trump": ["Donald Trump", "Trump"], "Mark Carney": ["Mark Carney"]},
    ),
    (
        "parties by name, plural and acronym; a party word before a state noun",
        "Republicans blocked the bill, and Democrats vowed to fight on. The GOP leadership met Democratic senators.",
        {"Republicans": ORG, "Democrats": ORG, "GOP": ORG},
        {"Republican Party": ["Republicans", "GOP"], "Democratic Party": ["Democrats", "Democratic"]},
    ),
    (
        "a party word before a name is the person's label, not a mention",
        "Republican Roy Moore lost to Democrat Doug Jones. Nevada Democrat Catherine Cortez Masto cheered.",
        {"Republican Roy Moore": PER, "Democrat Doug Jones": PER, "Nevada Democrat Catherine Cortez Masto": PER},
        {"Roy Moore": ["Roy Moore"], "Doug Jones": ["Doug Jones"], "Catherine Cortez Masto": ["Catherine Cortez Masto"]},
    ),
    (
        "a tagged name ending in a party word is the party's mention ('House Democrats')",
        "House Democrats and a Tennessee Republican agreed.",
        {"House Democrats": ORG, "Tennessee Republican": PER},
        {"Democratic Party": ["Democrats"]},
    ),
    (
        "British parties; other parties' names that hold one are no mention of it but parties of their own",
        "Labour won, the Tories lost and Conservative MPs revolted. The Lib Dems gained. Germany's Social Democrats"
        " and the Ministry of Labour said nothing.",
        {"Labour": ORG, "Tories": ORG, "Lib Dems": ORG, "Social Democrats": ORG},
        {"Labour Party": ["Labour"], "Conservative Party": ["Tories", "Conservative"], "Liberal Democrats": ["Lib Dems"],
         "Germany": ["Germany"], "Social Democrats": ["Social Democrats"]},
    ),
    (
        "a name before a place noun is a place; a sentence's first word before 'group X' describes X",
        "Egypt will open the Rafah crossing. Consumer group BEUC welcomed it, and Apple said so.",
        {"Rafah": ORG, "Consumer": ORG, "BEUC": ORG, "Apple": ORG},
        {"Egypt": ["Egypt"], "BEUC": ["BEUC"], "Apple": ["Apple"]},
    ),
    (
        "central banks by name and short form, even where the tagger reads a place",
        "The Federal Reserve held rates; the Fed's chair spoke. The European Central Bank cut, and the ECB said so.",
        {"Federal Reserve": ORG, "Fed": ORG, "European Central Bank": LOC, "ECB": ORG},
        {"Federal Reserve": ["Federal Reserve", "Fed"], "European Central Bank": ["European Central Bank", "ECB"]},
    ),
    (
        "'the central bank' goes to the central bank last named",
        "The Fed held rates, and the central bank's chair spoke. The ECB cut; the central bank said so.",
        {"Fed": ORG, "ECB": ORG},
        {"Federal Reserve": ["Fed", "central bank/role"], "European Central Bank": ["ECB", "central bank/role"]},
    ),
    (
        "'Justice' and 'Judge' are titles",
        "Justice Alexandre de Moraes ruled, and Judge Roy Moore objected.",
        {"Justice Alexandre de Moraes": PER, "Judge Roy Moore": PER},
        {"Alexandre de Moraes": ["Alexandre de Moraes"], "Roy Moore": ["Roy Moore"]},
    ),
    (
        "a body 'of Justice' is no title",
        "The Department of Justice sued, and the International Court of Justice ruled.",
        {"Department of Justice": ORG, "International Court of Justice": ORG},
        {"Department of Justice": ["Department of Justice"], "International Court of Justice": ["International Court of Justice"]},
    ),
    (
        "laws, treaties and prizes are no actors",
        "The EU fined Apple under the Digital Markets Act, the New START Treaty lapsed and Machado won the Nobel Peace Prize.",
        {"EU": ORG, "Apple": ORG, "Digital Markets Act": ORG, "New START Treaty": ORG, "Machado": PER,
         "Nobel Peace Prize": ORG},
        {"European Union": ["EU"], "Apple": ["Apple"], "Machado": ["Machado"]},
    ),
    (
        "a tagged name ends before a bracket; ASEAN by either name",
        "The Association of Southeast Asian Nations (ASEAN) met the Philippine Coast Guard (PCG).",
        {"Association of Southeast Asian Nations (ASEAN": ORG, "Philippine Coast Guard (PCG": ORG},
        {"ASEAN": ["Association of Southeast Asian Nations", "ASEAN"], "Philippine Coast Guard": ["Philippine Coast Guard", "PCG"]},
    ),
    (
        "a short form in brackets whose initials differ is the named party's, a possessive's words aside",
        "İmamoğlu was to be the Republican People's Party (CHP) candidate. CHP leader Özgür Özel spoke. Erdoğan's AK"
        " Party (AKP) won. The AKP said no.",
        {"İmamoğlu": PER, "Republican People's Party": ORG, "Özgür Özel": PER, "Erdoğan": PER, "AK Party": ORG},
        {"İmamoğlu": ["İmamoğlu"], "Republican People's Party": ["Republican People's Party", "CHP", "CHP"],
         "Özgür Özel": ["Özgür Özel"], "Erdoğan": ["Erdoğan"], "AK Party": ["AK Party", "AKP", "AKP"]},
    ),
    (
        "a name and a short form in brackets after it, each tagged on its own, are one organisation",
        "He won with his Socialists (PSOE) and Sumar. The PSOE said so. The Socialists agreed.",
        {"Socialists": ORG, "PSOE": ORG, "Sumar": ORG},
        {"Socialists": ["Socialists", "PSOE", "PSOE", "Socialists"], "Sumar": ["Sumar"]},
    ),
    (
        "an actor's possessive before a name spelled out is no part of that name",
        "Imran Khan's Pakistan Tehreek-e-Insaf (PTI) won. The PTI said so.",
        {"Imran Khan": PER, "PTI": ORG},
        {"Imran Khan": ["Imran Khan"], "PTI": ["Tehreek-e-Insaf", "PTI", "PTI"]},
    ),
    (
        "market benchmarks and products are no actors",
        "Brent crude fell 1.2% as the Nasdaq and the Dow Jones rose. Google must sell Chrome, not iPhones.",
        {"Brent": PER, "Nasdaq": ORG, "Dow Jones": ORG, "Google": ORG, "Chrome": ORG, "iPhones": ORG},
        {"Google": ["Google"]},
    ),
    (
        "a name's own words are no title: 'of', a suffix after King",
        "Catherine of Aragon met Martin Luther King Jr. there.",
        {"Catherine of Aragon": PER, "Martin Luther King Jr": PER},
        {"Catherine of Aragon": ["Catherine of Aragon"], "Martin Luther King Jr": ["Martin Luther King Jr"]},
    ),
    (
        "a name inside one person's full name is that person ('Lula'); inside two people's names it stays apart",
        "Luiz Inácio Lula da Silva spoke. Lula said no. John Fitzgerald Kennedy met Robert Fitzgerald Smith."
        " Fitzgerald left.",
        {"Luiz Inácio Lula da Silva": PER, "Lula": PER, "John Fitzgerald Kennedy": PER, "Robert Fitzgerald Smith": PER,
         "Fitzgerald": PER},
        {"Luiz Inácio Lula da Silva": ["Luiz Inácio Lula da Silva", "Lula"], "John Fitzgerald Kennedy":
         ["John Fitzgerald Kennedy"], "Robert Fitzgerald Smith": ["Robert Fitzgerald Smith"], "Fitzgerald": ["Fitzgerald"]},
    ),
    (
        "a name is the same without letters Unicode does not decompose ('ł', 'ı', 'ø')",
        "Lech Wałęsa met Yılmaz Tunç and Jonas Gahr Støre. Walesa, Tunc and Store spoke.",
        {"Lech Wałęsa": PER, "Yılmaz Tunç": PER, "Jonas Gahr Støre": PER, "Walesa": PER, "Tunc": PER, "Store": PER},
        {"Lech Wałęsa": ["Lech Wałęsa", "Walesa"], "Yılmaz Tunç": ["Yılmaz Tunç", "Tunc"],
         "Jonas Gahr Støre": ["Jonas Gahr Støre", "Store"]},
    ),
    (
        "a surname with a lowercase particle is found capitalised at a sentence's start",
        "Ursula von der Leyen spoke. Von der Leyen left. Abdel Fattah al-Burhan agreed. Al-Burhan went home.",
        {"Ursula von der Leyen": PER, "Abdel Fattah al-Burhan": PER},
        {"Ursula von der Leyen": ["Ursula von der Leyen", "Von der Leyen"],
         "Abdel Fattah al-Burhan": ["Abdel Fattah al-Burhan", "Al-Burhan"]},
    ),
    (
        "an inner name the text uses alone is the person's, even untagged; a family name written first with a title"
        " before it is a person's",
        "Luiz Inácio Lula da Silva won. Lula, speaking in São Paulo, smiled. National security adviser Chang Ho-jin"
        " spoke.",
        {"Luiz Inácio Lula da Silva": PER, "Chang Ho-jin": ORG},
        {"Luiz Inácio Lula da Silva": ["Luiz Inácio Lula da Silva", "Lula"], "Chang Ho-jin": ["Chang Ho-jin"]},
    ),
    (
        "a lone name is the surname without its article ('Burhan' of 'al-Burhan')",
        "Abdel Fattah al-Burhan vowed to fight. Burhan told troops so.",
        {"Abdel Fattah al-Burhan": PER, "Burhan": PER},
        {"Abdel Fattah al-Burhan": ["Abdel Fattah al-Burhan", "Burhan"]},
    ),
    (
        "a nickname after 'known as' is the person's, even where the tagger read an organisation...",
        "The force is led by Mohamed Hamdan Dagalo, known as Hemedti. Hemedti denied it.",
        {"Mohamed Hamdan Dagalo": PER, "Hemedti": ORG},
        {"Mohamed Hamdan Dagalo": ["Mohamed Hamdan Dagalo", "Hemedti", "Hemedti"]},
    ),
    (
        "...or a person of that one name",
        "The militia is led by Mohamed Hamdan Dagalo, better known as Hemedti. Hemedti denied it.",
        {"Mohamed Hamdan Dagalo": PER, "Hemedti": PER},
        {"Mohamed Hamdan Dagalo": ["Mohamed Hamdan Dagalo", "Hemedti", "Hemedti"]},
    ),
    (
        "...and a short name after 'known as' is the organisation's, where no other actor holds it",
        "The Economic Community of West African States, known as ECOWAS, met. ECOWAS imposed sanctions.",
        {"Economic Community": ORG, "West African States": LOC, "ECOWAS": ORG},
        {"Economic Community of West African States": ["Economic Community of West African States", "ECOWAS",
                                                       "ECOWAS"]},
    ),
    (
        "a company's own 's stays; a participle joined by a hyphen is cut; a demonym, an index, a party's adjective and"
        " a jail's name are no actors",
        "Moody's warned. PTI-backed candidates won; the PTI said so. He bought English club Newcastle United as the CAC"
        " 40 index fell, a former Socialist minister said from Adiala jail.",
        {"Moody's": ORG, "PTI-backed": ORG, "PTI": ORG, "English": ORG, "Newcastle United": ORG, "CAC 40 index": ORG,
         "Socialist": ORG, "Adiala": ORG},
        {"Moody's": ["Moody's"], "PTI": ["PTI", "PTI"], "Newcastle United": ["Newcastle United"]},
    ),
    (
        "a name tagged an organisation more often than a person is one; a word that opens one person's full name is"
        " that person's; a possessive before a person's name is cut",
        "OpenAI fires Altman\n\nOpenAI said Sam Altman left. OpenAI grew. Tedros Adhanom Ghebreyesus spoke, and Tedros"
        " left. Sinn Féin's Michelle O'Neill won.",
        {"OpenAI fires": PER, "OpenAI": ORG, "Altman": PER, "Sam Altman": PER, "Tedros Adhanom Ghebreyesus": PER,
         "Tedros": ORG, "Sinn Féin's Michelle O'Neill": PER},
        {"OpenAI": ["OpenAI", "OpenAI", "OpenAI"], "Sam Altman": ["Altman", "Sam Altman"],
         "Tedros Adhanom Ghebreyesus": ["Tedros Adhanom Ghebreyesus", "Tedros"], "Sinn Féin": ["Sinn Féin"],
         "Michelle O'Neill": ["Michelle O'Neill"]},
    ),
    (
        "a party's first word alone is the party, before or after its full name; titles of Australia and Ireland",
        "Labor won. The Labor Party said Treasurer Jim Chalmers and the Irish Taoiseach, Leo Varadkar, agreed.",
        {"Labor": ORG, "Labor Party": ORG, "Treasurer Jim Chalmers": PER, "Irish Taoiseach": ORG, "Leo Varadkar": PER},
        {"Labor Party": ["Labor", "Labor Party"], "Jim Chalmers": ["Jim Chalmers"], "Leo Varadkar": ["Leo Varadkar"]},
    ),
    (
        "another party's name that ends in a US party's word is a party of its own; a full name with a title after it"
        " is a person's whatever its given name; a region's adjective is no actor",
        "Friedrich Merz leads the conservative Christian Democrats (CDU). The CDU and its Bavarian sister party won."
        " Debretsion Gebremichael, the TPLF chairman, denied it.",
        {"Friedrich Merz": PER, "conservative Christian Democrats": ORG, "Bavarian": ORG,
         "Debretsion Gebremichael": ORG, "TPLF": ORG},
        {"Friedrich Merz": ["Friedrich Merz"], "Christian Democrats": ["Christian Democrats", "CDU", "CDU"],
         "Debretsion Gebremichael": ["Debretsion Gebremichael"], "TPLF": ["TPLF"]},
    ),
    (
        "a name after Mr or Ms is a person's even where the tagger read an organisation; council titles are titles; a"
        " city and its region before a dash are a dateline",
        "OAKLAND, Calif. — Councilmember Carroll Fife spoke. Boris Johnson said no. Mr Johnson later left.",
        {"OAKLAND, Calif.": ORG, "Councilmember Carroll Fife": PER, "Boris Johnson": PER, "Mr Johnson": ORG},
        {"Carroll Fife": ["Carroll Fife"], "Boris Johnson": ["Boris Johnson", "Johnson"]},
    ),
    (
        "a title and a given name before a tagged organisation make a person ('General Motors' stays one); a person's"
        " country after 'of' is the country's",
        "President Volodymyr Zelensky of Ukraine met Mr. Zelensky's allies and Prime Minister Viktor Orban of Hungary."
        " General Motors agreed.",
        {"President Volodymyr Zelensky": ORG, "Zelensky": PER, "Prime Minister Viktor Orban of Hungary": PER,
         "General Motors": ORG},
        {"Volodymyr Zelensky": ["Volodymyr Zelensky", "Zelensky"], "Ukraine": ["Ukraine"],
         "Viktor Orban": ["Viktor Orban"], "Hungary": ["Hungary"], "General Motors": ["General Motors"]},
    ),
    (
        "a name tagged a person before a short form its words' initials spell is an organisation (a hyphenated word's"
        " capitalised parts give letters); a body's name with a country's abbreviation before it is the same body; an"
        " operation is no actor",
        "Sharaa's Hayat Tahrir al-Sham (HTS) group won. The HTS ruled. The U.S. Food and Drug Administration and the FDA"
        " agreed. Operation Sindoor began.",
        {"Sharaa": PER, "Hayat Tahrir al-Sham": PER, "U.S. Food and Drug Administration": ORG, "FDA": ORG,
         "Operation Sindoor": ORG},
        {"Sharaa": ["Sharaa"], "Hayat Tahrir al-Sham": ["Hayat Tahrir al-Sham", "HTS", "HTS"],
         "U.S. Food and Drug Administration": ["U.S. Food and Drug Administration", "FDA"]},
    ),
    (
        "common abbreviations and a model's designation are no actors",
        "Nvidia said AI demand and COVID-19 sales rose; the F-16 and EB-5 visas were cited.",
        {"Nvidia": ORG, "AI": ORG, "COVID-19": ORG, "F-16": ORG, "EB-5": ORG},
        {"Nvidia": ["Nvidia"]},
    ),
    (
        "a country's possessive before a tagged name, or a country joined by a hyphen, is the gazetteer's to find",
        "Kenya's Ruto withdraws the bill\n\nWilliam Ruto spoke. Kenya leads a U.N.-backed mission.",
        {"Kenya's Ruto": ORG, "William Ruto": PER, "U.N.-backed": ORG},
        {"Kenya": ["Kenya", "Kenya"], "William Ruto": ["Ruto", "William Ruto"], "United Nations": ["U.N."]},
    ),
    (
        "military and state titles written short are titles, not names",
        "Gov. Gavin Newsom met Capt. Ibrahim Traoré, Maj. Gen. Pat Ryder and Adm. Lisa Franchetti.",
        {"Gov": ORG, "Gavin Newsom": PER, "Capt. Ibrahim Traoré": PER, "Maj": ORG, "Pat Ryder": PER,
         "Adm": PER, "Lisa Franchetti": PER},
        {"Gavin Newsom": ["Gavin Newsom"], "Ibrahim Traoré": ["Ibrahim Traoré"], "Pat Ryder": ["Pat Ryder"],
         "Lisa Franchetti": ["Lisa Franchetti"]},
    ),
    (
        "a double surname with a particle alone is the full name that holds it; a son is not his father",
        "Cristina Fernández de Kirchner wrote. Fernández de Kirchner denied it. Andrew Chandler Battaile Sr. and "
        "Chandler Battaile Jr. came.",
        {"Cristina Fernández de Kirchner": PER, "Fernández de Kirchner": PER, "Andrew Chandler Battaile Sr.": PER,
         "Chandler Battaile Jr.": PER},
        {"Cristina Fernández de Kirchner": ["Cristina Fernández de Kirchner", "Fernández de Kirchner"],
         "Andrew Chandler Battaile Sr": ["Andrew Chandler Battaile Sr"],
         "Chandler Battaile Jr": ["Chandler Battaile Jr"]},
    ),
    (
        "Korean family names written first; a lone one is the person named so before it, not one named after",
        "Park Geun-hye met Han Duck-soo. Han said so, and Park agreed. Later Han Dong-hoon came.",
        {"Park Geun-hye": PER, "Han Duck-soo": PER, "Han": PER, "Park": ORG, "Han Dong-hoon": PER},
        {"Park Geun-hye": ["Park Geun-hye", "Park"], "Han Duck-soo": ["Han Duck-soo", "Han"],
         "Han Dong-hoon": ["Han Dong-hoon"]},
    ),
    (
        "an object pronoun is not the subject of its verb; a possessive 'her' may be",
        "Sanae Takaichi won. Shinjiro Koizumi congratulated her and said he would help. Takaichi thanked her party.",
        {"Sanae Takaichi": PER, "Shinjiro Koizumi": PER, "Takaichi": PER},
        {"Sanae Takaichi": ["Sanae Takaichi", "her/pronoun", "Takaichi", "her/pronoun"],
         "Shinjiro Koizumi": ["Shinjiro Koizumi", "he/pronoun"]},
    ),
    (
        "...but a name after a preposition, or before an -ing verb, is no subject of that verb",
        "A reporter who had been with Stanley McChrystal joined him. The campaign targeted Rahul Gandhi, portraying "
        "him as entitled.",
        {"Stanley McChrystal": PER, "Rahul Gandhi": PER},
        {"Stanley McChrystal": ["Stanley McChrystal", "him/pronoun"], "Rahul Gandhi": ["Rahul Gandhi", "him/pronoun"]},
    ),
    (
        "people the tagger ran together into one name are each found by their own names",
        "Prince William and Princess Kate came. William and Kate appeared, as did Markle  Harry  William. Stars "
        "included Annette Bening  Demi Lovato. Trey Gowdy  R-South Carolina came.",
        {"Prince William": PER, "Princess Kate": PER, "William and Kate": PER, "Markle  Harry  William": PER,
         "Annette Bening  Demi Lovato": PER, "Trey Gowdy  R-South Carolina": PER},
        {"William": ["William", "William", "William"], "Kate": ["Kate", "Kate"], "Annette Bening": ["Annette Bening"],
         "Demi Lovato": ["Demi Lovato"], "Trey Gowdy": ["Trey Gowdy"]},
    ),
    (
        "a person is shown as the text writes the name in mixed case, not as a byline in capitals, and found in both",
        "The report is by KATE WELLS for REUTERS. Kate Wells reported. Wells told Reuters so.",
        {"KATE WELLS": PER, "Kate Wells": PER, "Wells": PER, "REUTERS": ORG, "Reuters": ORG},
        {"Kate Wells": ["KATE WELLS", "Kate Wells", "Wells"], "Reuters": ["REUTERS", "Reuters"]},
    ),
    (
        "'the former president' is the person titled president, not the speaker whose clause names him",
        "Former President Donald Trump stayed out. His spokeswoman, Karoline Leavitt, said the former president was "
        "focused on the economy.",
        {"Donald Trump": PER, "Karoline Leavitt": PER},
        {"Donald Trump": ["Donald Trump", "His/pronoun", "president/role"], "Karoline Leavitt": ["Karoline Leavitt"]},
    ),
    (
        "Georgia is the US state where the text names Atlanta and nothing of the country...",
        "In Atlanta, Georgia's state court ruled. Georgia appealed.",
        {},
        {},
    ),
    (
        "...and the country where it names Tbilisi",
        "In Atlanta, Georgia's state court ruled. Georgia's government in Tbilisi protested.",
        {},
        {"Georgia": ["Georgia", "Georgia"]},
    ),
    (
        "a country's name in a mountain's, a lake's or a gulf's is no actor; nor is sterling",
        "Gachagua comes from the Mount Kenya region, near Lake Victoria, far from the Gulf of Mexico. Sterling fell.",
        {"Gachagua": PER, "Sterling": PER},
        {"Gachagua": ["Gachagua"]},
    ),
    (
        "a climate summit, a Grand Slam and MPs are no actors, nor a US state read as a person",
        "At COP29, a Tennessee law and a Grand Slam title came up; Tennessee's lawyers told MPs so.",
        {"COP29": ORG, "Tennessee": PER, "Grand Slam": ORG, "MPs": ORG},
        {},
    ),
    (
        "a short form read as a person whose letters start a tagged body's words and hyphenated parts is that body",
        "The World Anti-Doping Agency appealed. WADA said so.",
        {"World Anti-Doping Agency": ORG, "WADA": PER},
        {"World Anti-Doping Agency": ["World Anti-Doping Agency", "WADA"]},
    ),
    (
        "a capitalised word the tagger splits from the party name after it is part of it, but not an owner",
        "Lai's Democratic Progressive Party won, and Erdoğan's AK Party lost.",
        {"Lai": PER, "Democratic": ORG, "Progressive Party": ORG, "Erdoğan's": ORG, "AK Party": ORG},
        {"Lai": ["Lai"], "Democratic Progressive Party": ["Democratic Progressive Party"], "Erdoğan": ["Erdoğan"],
         "AK Party": ["AK Party"]},
    ),
    (
        "an Ayatollah's title is no part of his name",
        "Supreme Leader Ayatollah Ali Khamenei spoke.",
        {"Ayatollah Ali Khamenei": PER},
        {"Ali Khamenei": ["Ali Khamenei"]},
    ),
    (
        "a country before a job and a name describes the person, an organisation there still counts",
        "Spain coach Luis de la Fuente praised the Spain midfielder Martín Zubimendi, who won with Spain. Pittsburgh "
        "coach Mike Tomlin agreed.",
        {"Luis de la Fuente": PER, "Martín Zubimendi": PER, "Pittsburgh": ORG, "Mike Tomlin": PER},
        {"Luis de la Fuente": ["Luis de la Fuente"], "Martín Zubimendi": ["Martín Zubimendi"], "Spain": ["Spain"],
         "Pittsburgh": ["Pittsburgh"], "Mike Tomlin": ["Mike Tomlin"]},
    ),
    (
        "a title and a name read as a person's elsewhere, tagged as an organisation, are that person; not General "
        "Motors",
        "Brown was fired by President Trump. General Motors agreed. Trump met Brown in Iraq.",
        {"Brown": PER, "President Trump": ORG, "General Motors": ORG, "Trump": PER},
        {"Brown": ["Brown", "Brown"], "Trump": ["Trump", "Trump"], "General Motors": ["General Motors"],
         "Iraq": ["Iraq"]},
    ),
    (
        "a full name's first two words named after it are that person; an inner name inside another name is not",
        "Sri Mulyani Indrawati was replaced. Sri Mulyani had served three presidents. Prime Minister Pham Minh Chinh "
        "spoke. A fund in Ho Chi Minh City agreed.",
        {"Sri Mulyani Indrawati": PER, "Sri Mulyani": PER, "Pham Minh Chinh": PER},
        {"Sri Mulyani Indrawati": ["Sri Mulyani Indrawati", "Sri Mulyani"], "Pham Minh Chinh": ["Pham Minh Chinh"]},
    ),
    (
        "popes and monarchs of different numbers are different people; the name alone is the first named",
        "Pope Leo XIV spoke. He chose his name in honour of Leo XIII. Leo, 69, smiled.",
        {"Leo XIV": PER, "Leo XIII": PER, "Leo": PER},
        {"Leo XIV": ["Leo XIV", "He/pronoun", "his/pronoun", "Leo"], "Leo XIII": ["Leo XIII"]},
    ),
    (
        "a birth name after 'born' is someone else's in the text",
        "Pope Leo XIV, born Robert Prevost in Chicago, spoke. He prayed.",
        {"Leo XIV": PER, "Robert Prevost": PER},
        {"Leo XIV": ["Leo XIV", "He/pronoun"]},
    ),
    (
        "a lone name is not a saint's 'X of Y'; 'Born' opening a sentence, 'Latin American' and 'World' are no names",
        "Pope Francis, the first Latin American pontiff, died. He took the name of Francis of Assisi. Born Jorge "
        "Mario Bergoglio, he was 88. World leaders mourned.",
        {"Francis": PER, "Latin American": ORG, "Francis of Assisi": PER, "Jorge Mario Bergoglio": PER, "World": ORG},
        {"Francis": ["Francis", "He/pronoun", "he/pronoun"], "Francis of Assisi": ["Francis of Assisi"]},
    ),
    (
        "Canada's New Democrats are no US Democrats, and a flight bound for London is no British act",
        "Jagmeet Singh, whose New Democrats lost, resigned. A jet bound for London crashed.",
        {"Jagmeet Singh": PER, "New Democrats": ORG},
        {"Jagmeet Singh": ["Jagmeet Singh"], "New Democrats": ["New Democrats"]},
    ),
    (
        "Georgia beside other US states is the state",
        "Trump swept the battleground states of Pennsylvania, Georgia and Wisconsin.",
        {"Trump": PER},
        {"Trump": ["Trump"]},
    ),
    (
        "'Premier' is a title",
        "Ontario Premier Doug Ford said so.",
        {"Ontario Premier Doug Ford": PER},
        {"Doug Ford": ["Doug Ford"]},
    ),
    (
        "a title after a comma and a regnal number are no part of the name",
        "Catherine, Princess of Wales, and Pope Leo XIV met. Leo spoke.",
        {"Catherine, Princess of Wales": PER, "Pope Leo XIV": PER, "Leo": PER},
        {"Catherine": ["Catherine"], "Leo XIV": ["Leo XIV", "Leo"]},
    ),
    (
        "a capitalised particle that opens a person's name is part of it",
        "Al Gore met De Gaulle in the hall.",
        {"Al Gore": PER, "De Gaulle": PER},
        {"Al Gore": ["Al Gore"], "De Gaulle": ["De Gaulle"]},
    ),
    (
        "a Chinese or Korean family name written first is the lone name, even untagged; a look-alike keeps its surname",
        "Li Qiang met Lee Zeldin, Kim Jong Un and Carrie Lam. Li said so; Zeldin, Kim and Lam agreed.",
        {"Li Qiang": PER, "Lee Zeldin": PER, "Kim Jong Un": PER, "Carrie Lam": PER},
        {"Li Qiang": ["Li Qiang", "Li"], "Lee Zeldin": ["Lee Zeldin", "Zeldin"], "Kim Jong Un": ["Kim Jong Un", "Kim"],
         "Carrie Lam": ["Carrie Lam", "Lam"]},
    ),
    (
        "an untagged name spelled out before its short form in brackets is an organisation when a word makes it one",
        "The Rapid Support Forces (RSF) attacked, the RSF said. The Consumer Price Index (CPI) rose and Doctors"
        " Without Borders (MSF) spoke. Yesterday Federal Bureau of Investigation (FBI) agents came.",
        {},
        {"Rapid Support Forces": ["Rapid Support Forces", "RSF", "RSF"],
         "Federal Bureau of Investigation": ["Federal Bureau of Investigation", "FBI"]},
    ),
    (
        "...and one spelled out without brackets whose short form the tagger missed too, when a word makes it one or"
        " each word gives a letter and the last is a plural",
        "Julius Malema leads the Economic Freedom Fighters. The Federal Trade Commission sued. The EFF and the FTC"
        " spoke as the Consumer Price Index rose; the CPI fell.",
        {"Julius Malema": PER},
        {"Julius Malema": ["Julius Malema"], "Economic Freedom Fighters": ["Economic Freedom Fighters", "EFF"],
         "Federal Trade Commission": ["Federal Trade Commission", "FTC"]},
    ),
    (
        "a name tagged a place as often as an organisation is a place, unless it is a news outlet",
        "Gaza truce falters\nStrikes hit Gaza. Washington Post reporters saw it; Washington Post journalists too."
        " Google agreed, Google said, in Google offices.",
        {"Gaza truce falters": ORG, "Gaza": LOC, "Washington Post reporters": ORG, "Washington Post": LOC,
         "Google agreed": ORG, "Google said": ORG, "Google": LOC},
        {"Washington Post": ["Washington Post", "Washington Post"], "Google": ["Google", "Google", "Google"]},
    ),
    (
        "military ranks are titles",
        "Senior Colonel Shi Yi spoke to Lt. Gen. Tom Ray.",
        {"Senior Colonel Shi Yi": PER, "Lt. Gen. Tom Ray": PER},
        {"Shi Yi": ["Shi Yi"], "Tom Ray": ["Tom Ray"]},
    ),
    (
        "the Kuomintang by name and short form, where the tagger read a person",
        "The Kuomintang won; the KMT controls parliament.",
        {"Kuomintang": PER},
        {"Kuomintang": ["Kuomintang", "KMT"]},
    ),
    (
        "Otzma Yehudit, where the tagger read a person, by its English name too, and Likud",
        "Otzma Yehudit will leave the government, Jewish Power said, and Likud will stay.",
        {"Otzma Yehudit": PER, "Likud": ORG},
        {"Otzma Yehudit": ["Otzma Yehudit", "Jewish Power"], "Likud": ["Likud"]},
    ),
    (
        "the Palestinian Authority, which the tagger reads as a place, is a body; 'Palestinian' alone is Palestine",
        "The Palestinian Authority called for calm. The Palestinian health ministry counted the dead.",
        {"Palestinian Authority": LOC},
        {"Palestinian Authority": ["Palestinian Authority"], "Palestine": ["Palestinian"]},
    ),
    (
        "al-Shabaab in any spelling, even tagged as a person; the Security Council by its full name",
        "Al Shabaab said it attacked, al-Shabab fighters fled and the United Nations Security Council met.",
        {"Al Shabaab": PER, "United Nations Security Council": ORG},
        {"al-Shabaab": ["Al Shabaab", "it/pronoun", "al-Shabab"], "United Nations": ["United Nations Security Council"]},
    ),
    (
        "a tagged name made of two gazetteer names is left to the gazetteer",
        "The U.S. State Department urged restraint.",
        {"U.S. State Department": ORG},
        {"United States": ["State Department"]},
    ),
    (
        "a name spelled out before an organisation's short form in brackets is its alias, without 'The' or a country",
        "The Social Democrats (SPD) agreed. The SPD said so, and German Social Democrats (SPD) cheered.",
        {"SPD": ORG, "Social Democrats": ORG},
        {"Social Democrats": ["Social Democrats", "SPD", "SPD", "Social Democrats", "SPD"]},
    ),
    (
        "the Alternative for Germany by name and mixed-case short form, untagged",
        "The Alternative for Germany (AfD) surged; the AfD's Alice Weidel spoke.",
        {"Alice Weidel": PER},
        {"Alternative for Germany": ["Alternative for Germany", "AfD", "AfD"], "Alice Weidel": ["Alice Weidel"]},
    ),
    (
        "'Director General' and 'Commissioner' are titles, and 'the director general' a role",
        "IAEA Director General Rafael Grossi spoke, and the director general said so. EU Commissioner Ursula Ott agreed.",
        {"IAEA Director General": PER, "Rafael Grossi": PER, "Ursula Ott": PER},
        {"Rafael Grossi": ["Rafael Grossi", "director general/role"], "Ursula Ott": ["Ursula Ott"]},
    ),
    (
        "a wire dateline names neither a country nor an actor; the agency in the story does",
        "KYIV, Ukraine, Dec 5 (Reuters) - Russia struck Kharkiv.\nMOSCOW (AP) — Reuters could not verify it.",
        {"Reuters": ORG, "Kharkiv": LOC},
        {"Russia": ["Russia"], "Reuters": ["Reuters"]},
    ),
    (
        "a common word capitalised only by its place at a sentence start, and lowercase elsewhere, is no actor",
        "Strikes hit Gaza\n\nIsraeli strikes killed 20 people, Hamas said. Floods forced thousands out; the flood rose.",
        {"Strikes": ORG, "Gaza": LOC, "Hamas": ORG, "Floods": ORG},
        {"Israel": ["Israeli"], "Hamas": ["Hamas"]},
    ),
    (
        "a list item's first word that ends like a common noun is no actor; a name that does so at a sentence start stays",
        "Key points:\n- Training for 20,000 soldiers\n- Closer ties with the European Union\nBoeing said so.",
        {"Training": ORG, "Boeing": ORG},
        {"European Union": ["European Union"], "Boeing": ["Boeing"]},
    ),
    (
        "a sentence's first word that began a lowercase phrase tagged as one organisation is no actor",
        "Monks scour villages for boys, the Dalai Lama said.",
        {"Monks scour villages": ORG, "Dalai Lama": PER},
        {"Dalai Lama": ["Dalai Lama"]},
    ),
    (
        "...as is one capitalised mid-sentence only within a longer name",
        "Climate talks stall\n\nSimon Stiell, the head of U.N. Climate Change, said so.",
        {"Climate talks": ORG, "Simon Stiell": PER},
        {"Simon Stiell": ["Simon Stiell"]},
    ),
    (
        "a body's name the tagger split at its 'of' (or after it) is one organisation, as when tagged whole",
        "Cedric Schuster chairs the Alliance of Small Island States. The Government of Canada agreed. The Economic "
        "Community of West African States (ECOWAS) praised it.",
        {"Cedric Schuster": PER, "Alliance": ORG, "Small Island States": LOC, "Government": ORG, "Canada": LOC,
         "Economic Community of": ORG, "West African States": ORG},
        {"Cedric Schuster": ["Cedric Schuster"], "Alliance of Small Island States": ["Alliance of Small Island States"],
         "Government of Canada": ["Government of Canada"],
         "Economic Community of West African States": ["Economic Community of West African States", "ECOWAS"]},
    ),
    (
        "a bracketed word of a name that is no short form is part of that name, not an actor or a short form",
        "Nitish Kumar of the Janata Dal (United) backed Modi. The Social Democrats (SPD) did not.",
        {"Nitish Kumar": PER, "Janata Dal": ORG, "United": ORG, "Modi": PER, "Social Democrats": ORG, "SPD": ORG},
        {"Nitish Kumar": ["Nitish Kumar"], "Janata Dal (United)": ["Janata Dal (United)"], "Modi": ["Modi"],
         "Social Democrats": ["Social Democrats", "SPD"]},
    ),
    (
        "a name at a sentence start stays when it is capitalised mid-sentence too, or has no lowercase form",
        "Hope said the plan failed. Talks with Hope resumed, but hope faded. Volkswagen said it would cut jobs.",
        {"Hope": PER, "Volkswagen": ORG},
        {"Hope": ["Hope", "Hope"], "Volkswagen": ["Volkswagen", "it/pronoun"]},
    ),
    (
        "a name tagged a person only ever after a place word is a place; a possessive there is still a person",
        "The RSF, which took full control of El Fasher, said so. After the shooting in Sandy Hook, support in Trump’s "
        "cabinet grew.",
        {"El Fasher": PER, "RSF": ORG, "Sandy Hook": PER, "Trump": PER},
        {"RSF": ["RSF"], "Trump": ["Trump"]},
    ),
    (
        "a person named only after 'the fall of' stays a person: leaders fall, places are taken",
        "Rebels celebrated the fall of Assad in Damascus.",
        {"Assad": PER, "Damascus": LOC},
        {"Assad": ["Assad"]},
    ),
    (
        "a person's full name tagged an organisation is that person when the surname alone is tagged a person",
        "NATO said Secretary General Mark Rutte announced the plan. Rutte said so.",
        {"NATO": ORG, "Mark Rutte": ORG, "Rutte": PER},
        {"NATO": ["NATO"], "Mark Rutte": ["Mark Rutte", "Rutte"]},
    ),
    (
        "...but not when a person of another given name has that surname",
        "Goldman Sachs hired Tom Sachs. Sachs said so.",
        {"Goldman Sachs": ORG, "Tom Sachs": PER, "Sachs": PER},
        {"Goldman Sachs": ["Goldman Sachs"], "Tom Sachs": ["Tom Sachs", "Sachs"]},
    ),
    (
        "a name tagged an organisation is a person's after a title, when its given name tells a gender",
        "UNICEF's regional director, Regina De Dominicis, said children paid. She urged action.",
        {"UNICEF": ORG, "Regina De Dominicis": ORG},
        {"UNICEF": ["UNICEF"], "Regina De Dominicis": ["Regina De Dominicis", "She/pronoun"]},
    ),
    (
        "...but not without a title: a company may bear its founder's name",
        "Charles Schwab said profits rose. He smiled.",
        {"Charles Schwab": ORG},
        {"Charles Schwab": ["Charles Schwab"]},
    ),
    (
        "an organisation's last word standing alone after it is that organisation",
        "Arsenal beat Manchester City. City had led.",
        {"Arsenal": ORG, "Manchester City": ORG, "City": ORG},
        {"Arsenal": ["Arsenal"], "Manchester City": ["Manchester City", "City"]},
    ),
    (
        "...as is its first word before a company's or a group's suffix, but not before another word",
        "Amnesty International and Alibaba Group Holdings spoke. Amnesty and Alibaba disagreed. Apple Music grew. Apple"
        " said so. Toyota Motor and Harvard University agreed, and Toyota and Harvard signed. Acme Robotics rose; Acme"
        " hired.",
        {"Amnesty International": ORG, "Alibaba Group Holdings": ORG, "Amnesty": ORG, "Alibaba": ORG,
         "Apple Music": ORG, "Apple": ORG, "Toyota Motor": ORG, "Harvard University": ORG, "Toyota": ORG,
         "Harvard": ORG, "Acme Robotics": ORG, "Acme": ORG},
        {"Amnesty International": ["Amnesty International", "Amnesty"], "Alibaba Group Holdings":
         ["Alibaba Group Holdings", "Alibaba"], "Apple Music": ["Apple Music"], "Apple": ["Apple"],
         "Toyota Motor": ["Toyota Motor", "Toyota"], "Harvard University": ["Harvard University", "Harvard"],
         "Acme Robotics": ["Acme Robotics", "Acme"]},
    ),
    (
        "...but not when two names end with it, before the long name, after 'of', or a first word",
        "United won. Leeds United and Newcastle United drew. Michigan beat the University of Michigan. Apple "
        "Music grew. Apple said so.",
        {"United": ORG, "Leeds United": ORG, "Newcastle United": ORG, "Michigan": ORG,
         "University of Michigan": ORG, "Apple Music": ORG, "Apple": ORG},
        {"United": ["United"], "Leeds United": ["Leeds United"], "Newcastle United": ["Newcastle United"],
         "Michigan": ["Michigan"], "University of Michigan": ["University of Michigan"],
         "Apple Music": ["Apple Music"], "Apple": ["Apple"]},
    ),
    (
        "a name tagged a place that ends like a body's is an organisation",
        "Leeds City Council voted. West Bank towns and West Yorkshire Police agreed.",
        {"Leeds City Council": LOC, "West Bank": LOC, "West Yorkshire Police": LOC},
        {"Leeds City Council": ["Leeds City Council"], "West Yorkshire Police": ["West Yorkshire Police"]},
    ),
    (
        "a name tagged an organisation that ends like a place's is no actor",
        "Arsenal won at the Emirates Stadium, near St. Peter's Basilica.",
        {"Arsenal": ORG, "Emirates Stadium": ORG, "St. Peter's Basilica": ORG},
        {"Arsenal": ["Arsenal"]},
    ),
    (
        "a name tagged an organisation before a word like 'rocket' or 'programme' is a product, no actor",
        "SpaceX launched its Starship rocket, and NASA praised the Artemis programme.",
        {"SpaceX": ORG, "Starship": ORG, "NASA": ORG, "Artemis": ORG},
        {"SpaceX": ["SpaceX"], "NASA": ["NASA"]},
    ),
    (
        "an administration is no company: 'the company' skips it",
        "SpaceX flew. The Federal Aviation Administration approved the company's plan.",
        {"SpaceX": ORG, "Federal Aviation Administration": ORG},
        {"SpaceX": ["SpaceX", "company/role"], "Federal Aviation Administration": ["Federal Aviation Administration"]},
    ),
    (
        "a name after a describing noun is an organisation, and the word before such a noun describes it",
        "She ran the Chicago law firm Baker McKenzie.",
        {"Chicago": ORG, "Baker McKenzie": PER},
        {"Baker McKenzie": ["Baker McKenzie"]},
    ),
    (
        "a double surname alone is the person whose full name holds it, not a given name and surname",
        "Andrés Manuel López Obrador left. López Obrador spoke. HARVEY WEINSTEIN Ben Affleck and Ben Affleck met.",
        {"Andrés Manuel López Obrador": PER, "López Obrador": PER, "HARVEY WEINSTEIN Ben Affleck": PER,
         "Ben Affleck": PER},
        {"Andrés Manuel López Obrador": ["Andrés Manuel López Obrador", "López Obrador"],
         "HARVEY WEINSTEIN Ben Affleck": ["HARVEY WEINSTEIN Ben Affleck"], "Ben Affleck": ["Ben Affleck"]},
    ),
    (
        "'the company' passes over a company named after a preposition, not one named as the agent of a passive",
        "Pemex was in talks with Aramco. Its chief said the company needed partners.\nNexa sold servers to Orbit. The "
        "site was owned by Greenfloid. The company denied it.",
        {"Pemex": ORG, "Aramco": ORG, "Greenfloid": ORG, "Nexa": ORG, "Orbit": ORG},
        {"Pemex": ["Pemex", "company/role"], "Aramco": ["Aramco"], "Nexa": ["Nexa"], "Orbit": ["Orbit"],
         "Greenfloid": ["Greenfloid", "company/role"]},
    ),
    (
        "'the bank' and 'the German carmaker' are the company last named",
        "UniCredit raised its stake. The bank wants more. Volkswagen cut jobs, the German carmaker said.",
        {"UniCredit": ORG, "Volkswagen": ORG},
        {"UniCredit": ["UniCredit", "bank/role"], "Volkswagen": ["Volkswagen", "carmaker/role"]},
    ),
    (
        "an event is no actor, nor a name read as a person only before a place's office; a body's tour is",
        "Taylor Swift ended her Eras Tour at the World Cup venue. Vancouver's mayor spoke. The PGA Tour agreed.",
        {"Taylor Swift": PER, "Eras Tour": PER, "World Cup": ORG, "Vancouver": PER, "PGA Tour": ORG},
        {"Taylor Swift": ["Taylor Swift", "her/pronoun"], "PGA Tour": ["PGA Tour"]},
    ),
    (
        "a short form's name spelled out elsewhere without brackets is its name; a describing phrase before a name is cut",
        "The Food and Drug Administration does not define it. FDA Commissioner Robert Califf spoke, and the industry "
        "group Consumer Brands Association called the study alarmist. The Central Ops Team met the COT.",
        {"FDA": ORG, "Robert Califf": PER, "industry group Consumer Brands Association": ORG, "COT": ORG},
        {"Food and Drug Administration": ["Food and Drug Administration"], "Robert Califf": ["Robert Califf"],
         "Consumer Brands Association": ["Consumer Brands Association"], "COT": ["COT"]},
    ),
    (
        "'the agency' is an agency named an administration or a service, not a president's administration",
        "The Food and Drug Administration acted. The Trump Administration agreed, and the agency said so. The Secret "
        "Service left; the agency declined to comment.",
        {"Food and Drug Administration": ORG, "Trump Administration": ORG, "Secret Service": ORG},
        {"Food and Drug Administration": ["Food and Drug Administration", "agency/role"],
         "Trump Administration": ["Trump Administration"], "Secret Service": ["Secret Service", "agency/role"]},
    ),
    (
        "a seat of power after 'to' is a place, unless the government is addressed",
        "Macron sent a message to the Kremlin. Scholz flew to Moscow, and ties to Beijing grew. He returned to the Kremlin.",
        {"Macron": PER, "Scholz": PER},
        {"Macron": ["Macron"], "Russia": ["Kremlin"], "Scholz": ["Scholz", "He/pronoun"], "China": ["Beijing"]},
    ),
    (
        "a short form in brackets after a tagged name is that name's, not the gazetteer's with the same letters",
        "The International Cricket Council (ICC) confirmed the final. The ICC said so.",
        {"International Cricket Council": ORG},
        {"International Cricket Council": ["International Cricket Council", "ICC", "ICC"]},
    ),
    (
        "a gazetteer name in British spelling is that actor, with its short form in brackets",
        "The North Atlantic Treaty Organisation (NATO) met. NATO and the World Health Organisation agreed.",
        {"North Atlantic Treaty Organisation": ORG, "World Health Organisation": ORG},
        {"NATO": ["North Atlantic Treaty Organisation", "NATO", "NATO"],
         "World Health Organization": ["World Health Organisation"]},
    ),
    (
        "letters after a name are no part of it; a Portuguese particle is; a surname after a particle alone is the "
        "person",
        "Prosecutor Rebecca Hall KC spoke, and Hall rested. André Corrêa do Lago urged delegates. Cristina Fernández "
        "de Kirchner objected. Kirchner is appealing.",
        {"Rebecca Hall KC": PER, "Hall": PER, "André Corrêa do Lago": PER, "Cristina Fernández de Kirchner": PER,
         "Kirchner": PER},
        {"Rebecca Hall": ["Rebecca Hall", "Hall"], "André Corrêa do Lago": ["André Corrêa do Lago"],
         "Cristina Fernández de Kirchner": ["Cristina Fernández de Kirchner", "Kirchner"]},
    ),
    (
        "parties the tagger reads as people or splits: Fidesz, Japan's LDP, the Liberals; 'Nobel' is no actor",
        "Viktor Orbán's Fidesz won. The Liberals lost, and the Liberal leader and the Liberal-National coalition "
        "conceded. "
        "Japan's Liberal Democratic Party agreed. Nobel laureate Muhammad Yunus spoke.",
        {"Viktor Orbán's": PER, "Fidesz": PER, "Liberal Democratic Party": ORG, "Liberal-National": ORG, "Nobel": ORG,
         "Muhammad Yunus": PER},
        {"Viktor Orbán": ["Viktor Orbán"], "Fidesz": ["Fidesz"], "Liberal Party": ["Liberals", "Liberal"],
         "Liberal-National": ["Liberal-National"], "Japan": ["Japan"],
         "Liberal Democratic Party": ["Liberal Democratic Party"], "Muhammad Yunus": ["Muhammad Yunus"]},
    ),
    (
        "an organisation's possessive before its product is the organisation; a team's before its player; a tournament "
        "and a platform are no actors",
        "SpaceX's Starship explodes\n\nSpaceX's Starship rocket exploded. Serena Williams won the U.S. Open and the "
        "Australian Open. Golden State's Klay Thompson scored. Trump attacked it on his Truth Social platform.",
        {"SpaceX's Starship explodes": ORG, "SpaceX's": ORG, "Serena Williams": PER, "U.S. Open": ORG,
         "Australian Open": ORG, "Golden State's": PER, "Klay Thompson": PER, "Trump": PER, "Truth Social": ORG},
        {"SpaceX": ["SpaceX", "SpaceX"], "Serena Williams": ["Serena Williams"], "Golden State": ["Golden State"],
         "Klay Thompson": ["Klay Thompson"], "Trump": ["Trump", "his/pronoun"]},
    ),
    (
        "an adjective before a short form and a describing phrase before a party are cut; a title word after a given "
        "name is a name; a market and a plural of believers are no actors",
        "The leader of the liberal VVD spoke. Catalan separatist party Junts agreed. Somali President Hassan Sheikh "
        "Mohamud attended. Sales beat Wall Street estimates, and devout Catholics prayed.",
        {"liberal VVD": ORG, "Catalan separatist party Junts": ORG, "Somali President Hassan Sheikh Mohamud": PER,
         "Wall Street": ORG, "devout Catholics": ORG},
        {"VVD": ["VVD"], "Junts": ["Junts"], "Hassan Sheikh Mohamud": ["Hassan Sheikh Mohamud"]},
    ),
    (
        "a US lawmaker's party and state are no actor",
        "Chuck Schumer, D-N.Y., spoke. John Thune, R-S.D., agreed, and Rep. Thomas Massie (R-Ky.) did not.",
        {"Chuck Schumer": PER, "D-N.Y.": PER, "John Thune": PER, "R-S.D.": PER, "Thomas Massie": PER, "R-Ky.": PER},
        {"Chuck Schumer": ["Chuck Schumer"], "John Thune": ["John Thune"], "Thomas Massie": ["Thomas Massie"]},
    ),
    (
        "a short form in brackets after a name with a country's abbreviation is that name's",
        "U.S. Immigration and Customs Enforcement (ICE) agents detained 475 people; ICE defended it.",
        {"U.S. Immigration and Customs Enforcement (ICE)": ORG},
        {"U.S. Immigration and Customs Enforcement": ["U.S. Immigration and Customs Enforcement", "ICE", "ICE"]},
    ),
    (
        "an investment firm's first word before its suffix is the firm",
        "Dan Ives, an analyst at Wedbush Securities, spoke. The Wedbush analyst agreed, and Fidelity Investments and "
        "Fidelity did too.",
        {"Dan Ives": PER, "Wedbush Securities": ORG, "Wedbush": ORG, "Fidelity Investments": ORG, "Fidelity": ORG},
        {"Dan Ives": ["Dan Ives"], "Wedbush Securities": ["Wedbush Securities", "Wedbush"],
         "Fidelity Investments": ["Fidelity Investments", "Fidelity"]},
    ),
    (
        "a name the text calls a product anywhere is none: a noun after it, or a product's kind before it",
        "The Orion capsule failed. NASA said ESA powers Orion. Novo Nordisk said its obesity drug CagriSema "
        "disappointed, and Germany refused Taurus cruise missiles. Lilly sells the drug Zepbound.",
        {"NASA": ORG, "ESA": ORG, "Orion": ORG, "Novo Nordisk": ORG, "CagriSema": ORG, "Taurus": ORG, "Lilly": ORG,
         "Zepbound": ORG},
        {"NASA": ["NASA"], "ESA": ["ESA"], "Novo Nordisk": ["Novo Nordisk"], "Germany": ["Germany"],
         "Lilly": ["Lilly"]},
    ),
    (
        "a body's name the tagger cut after its 'and' is whole",
        "He wrote to the Los Angeles Department of Water and Power.",
        {"Los Angeles Department of Water and": ORG},
        {"Los Angeles Department of Water and Power": ["Los Angeles Department of Water and Power"]},
    ),
    (
        "a name that a longer one opens is that one where its last word stands alone too, not the New York Times's "
        "place",
        "The Golden State Warriors lost. Golden State fell, and the Warriors were booed. The New York Times said New "
        "York voted.",
        {"Golden State Warriors": ORG, "Golden State": ORG, "Warriors": ORG, "New York Times": ORG, "New York": ORG},
        {"Golden State Warriors": ["Golden State Warriors", "Golden State", "Warriors"],
         "New York Times": ["New York Times"], "New York": ["New York"]},
    ),
    (
        "a body's name after 'the' that the tagger missed, not two names joined by 'and the'",
        "The Food and Drug Administration declared the shortage over. The European Union and the United Nations "
        "Human Rights Council met.",
        {"European Union": ORG, "United Nations Human Rights Council": ORG},
        {"Food and Drug Administration": ["Food and Drug Administration"], "European Union": ["European Union"],
         "United Nations Human Rights Council": ["United Nations Human Rights Council"]},
    ),
    (
        "a product's maker stays an actor where it speaks or employs; a product its owner's possessive names is none",
        "Pfizer said the Pfizer vaccine works. The CDC vaccine panel met, and the CDC director spoke. Nvidia sells its "
        "H20 chip, and Apple's Siri voice assistant lags.",
        {"Pfizer": ORG, "CDC": ORG, "Nvidia": ORG, "H20": ORG, "Apple": ORG, "Siri": ORG},
        {"Pfizer": ["Pfizer", "Pfizer"], "CDC": ["CDC", "CDC"], "Nvidia": ["Nvidia"], "Apple": ["Apple"]},
    ),
    (
        "a lone name read as a person's that opens a body's name before its suffix is the body, not a person's surname",
        "Harvard University sued. Harvard said the ban was unlawful. Ford Motor cut jobs, and Harrison Ford and Ford "
        "spoke.",
        {"Harvard University": ORG, "Harvard": PER, "Ford Motor": ORG, "Harrison Ford": PER, "Ford": PER},
        {"Harvard University": ["Harvard University", "Harvard"], "Ford Motor": ["Ford Motor"],
         "Harrison Ford": ["Harrison Ford", "Ford"]},
    ),
    (
        "a name written only in works' titles is none, unless its surname is tagged outside them",
        "“Anora,” Sean Baker's comedy, won. Mikey Madison beat Demi Moore of “The Substance.” Zoe Saldaña won for "
        "“Emilia Pérez.”\n'Anora' star wins\n“The Jay Leno Show” ended, Leno said.",
        {"Anora": PER, "Sean Baker": PER, "Mikey Madison": PER, "Demi Moore": PER, "Substance": ORG,
         "Zoe Saldaña": PER, "Emilia Pérez": PER, "Jay Leno": PER, "Leno": PER},
        {"Sean Baker": ["Sean Baker"], "Mikey Madison": ["Mikey Madison"], "Demi Moore": ["Demi Moore"],
         "Zoe Saldaña": ["Zoe Saldaña"], "Jay Leno": ["Jay Leno", "Leno"]},
    ),
    (
        "a body's name split after its first word, or at a comma in the list after its 'of', is one name",
        "The Law Society of Kenya said so. The Ministry of Housing, Communities and Local Government agreed.",
        {"Law": ORG, "Society of Kenya": ORG, "Ministry of Housing": ORG, "Communities and Local Government": ORG},
        {"Law Society of Kenya": ["Law Society of Kenya"],
         "Ministry of Housing, Communities and Local Government": [
             "Ministry of Housing, Communities and Local Government"]},
    ),
    (
        "a job's lowercase word after a title is no part of the name; nor a common noun opening a sentence",
        "Chief executive Jensen Huang criticised the curbs. Huang said so. Spinners Varun Chakravarthy and Kuldeep "
        "Yadav took wickets. The spinners were good.",
        {"Chief executive": PER, "Jensen Huang": PER, "Spinners Varun Chakravarthy": PER, "Kuldeep Yadav": PER},
        {"Jensen Huang": ["Jensen Huang", "Huang"], "Varun Chakravarthy": ["Varun Chakravarthy"],
         "Kuldeep Yadav": ["Kuldeep Yadav"]},
    ),
    (
        "a person's initials are that person; a club's name before 'Football Club' is the club; awards are no actors",
        "RFK Jr. fired the panel. Robert F. Kennedy Jr. said so. Liverpool won the title, and Liverpool Football Club "
        "thanked fans. India won the Champions Trophy, and Baker swept the Oscars.",
        {"RFK Jr": PER, "Robert F. Kennedy Jr": PER, "Liverpool": ORG, "Liverpool Football Club": ORG,
         "Champions Trophy": ORG, "Oscars": ORG, "Baker": PER},
        {"Robert F. Kennedy Jr": ["RFK Jr", "Robert F. Kennedy Jr"],
         "Liverpool Football Club": ["Liverpool", "Liverpool Football Club"], "India": ["India"], "Baker": ["Baker"]},
    ),
    (
        "a name tagged a place that speaks is a body; a person's tag on a body's name makes no title of its word",
        "Real Madrid signed him from Liverpool. Liverpool confirmed the move, and the Justice Department's request "
        "failed.",
        {"Real Madrid": ORG, "Liverpool": LOC, "Justice Department's": PER},
        {"Real Madrid": ["Real Madrid"], "Liverpool": ["Liverpool", "Liverpool"],
         "Justice Department": ["Justice Department"]},
    ),
    (
        "a surname with its article named before the full name is that person; so is a name tagged an organisation "
        "with a given name and such a surname; a nickname after a noun for the person joins it",
        "Trump meets Syria's al-Sharaa\nPresident Donald Trump met Ahmed al-Sharaa, whose group toppled Bashar "
        "al-Assad. Al-Sharaa thanked him.\nCasandra Ventura, the singer known as Cassie, testified. Cassie wept.",
        {"al-Sharaa": PER, "Donald Trump": PER, "Ahmed al-Sharaa": PER, "Bashar al-Assad": ORG, "Al-Sharaa": PER,
         "Trump": PER, "Casandra Ventura": PER, "Cassie": PER},
        {"Donald Trump": ["Trump", "Donald Trump", "him/pronoun"], "Syria": ["Syria"],
         "Ahmed al-Sharaa": ["al-Sharaa", "Ahmed al-Sharaa", "Al-Sharaa"], "Bashar al-Assad": ["Bashar al-Assad"],
         "Casandra Ventura": ["Casandra Ventura", "Cassie", "Cassie"]},
    ),
    (
        "a product's brand and what a maker makes are none; a given name the tagger left out joins the name; Brexit "
        "and a holiday are no actors",
        "Nestlé named the head of its coffee brand Nespresso. The maker of KitKat and Nescafé has struggled. Turkish "
        "President Recep Tayyip Erdogan backed Brexit on Yom Kippur.",
        {"Nestlé": ORG, "Nespresso": ORG, "KitKat": ORG, "Nescafé": ORG, "Tayyip Erdogan": PER, "Brexit": ORG,
         "Yom Kippur": PER},
        {"Nestlé": ["Nestlé"], "Recep Tayyip Erdogan": ["Recep Tayyip Erdogan"]},
    ),
    (
        "a given name and a surname with a particle tagged an organisation are a person's; a party named for a "
        "country is the party; an index, a tournament and the last of a maker's products before its verb are none",
        "The hard-left France Unbowed filed it, and Marine Le Pen's National Rally abstained. The Merval rose. The "
        "maker of Wegovy and Ozempic said jobs would go. Coco Gauff won Wimbledon.",
        {"France Unbowed": LOC, "Marine Le Pen's": ORG, "National Rally": ORG, "Merval": ORG, "Wegovy": ORG,
         "Ozempic": ORG, "Coco Gauff": PER, "Wimbledon": ORG},
        {"France Unbowed": ["France Unbowed"], "Marine Le Pen": ["Marine Le Pen"], "National Rally": ["National Rally"],
         "Coco Gauff": ["Coco Gauff"]},
    ),
    (
        "a storm's name is no actor, alone or after its kind, nor a project's; the Hurricane Center and a namesake are",
        "Hurricane Melissa hit Jamaica. Melissa made landfall, the Hurricane Center said. Melissa Jones spoke. OpenAI "
        "joined the Stargate project. Tropical Storm Kai-Tak followed.",
        {"Hurricane Melissa": PER, "Melissa": PER, "Hurricane Center": ORG, "Melissa Jones": PER, "OpenAI": ORG,
         "Stargate": ORG, "Kai-Tak": PER},
        {"Jamaica": ["Jamaica"], "Hurricane Center": ["Hurricane Center"], "Melissa Jones": ["Melissa Jones"],
         "OpenAI": ["OpenAI"]},
    ),
    (
        "a capital after 'the streets of' or 'the city of' is a place, not its country",
        "Protesters filled the streets of Belgrade, and Serbia's president spoke. Obama lived in the capital city of "
        "Jakarta.",
        {"Obama": PER},
        {"Serbia": ["Serbia"], "Obama": ["Obama"]},
    ),
    (
        "a French particle keeps a person's name whole; a body's name cut at its particle is a fragment, no actor",
        "The museum's director, Laurence des Cars, told senators that the Cour des comptes had warned.",
        {"Laurence des Cars": PER, "Cour des comptes": ORG},
        {"Laurence des Cars": ["Laurence des Cars"]},
    ),
    (
        "a party tagged a person is the party; a model's number, an index, a place before '-based' and the Ashes make "
        "no actor",
        "The Christian Democrats balked. Boeing's 737 Max jets and the Max 10 wait. The S&P IPSA index rose. The "
        "Nijmegen-based company grew. Australia won the Ashes.",
        {"Christian Democrats": PER, "Boeing": ORG, "737 Max": ORG, "Max": ORG, "S&P IPSA": ORG, "Nijmegen-based": ORG,
         "Ashes": ORG},
        {"Christian Democrats": ["Christian Democrats"], "Boeing": ["Boeing"], "Australia": ["Australia"]},
    ),
    (
        "a given name that two family-first names share is neither's alias; a surname opening a two-word job is none",
        "Lin Jian said no. Xue Jian posted it. Jian left. Travis Head scored. Head coach Brendon McCullum said he was "
        "proud.",
        {"Lin Jian": PER, "Xue Jian": PER, "Travis Head": PER, "Brendon McCullum": PER},
        {"Lin Jian": ["Lin Jian"], "Xue Jian": ["Xue Jian"], "Travis Head": ["Travis Head"],
         "Brendon McCullum": ["Brendon McCullum", "he/pronoun"]},
    ),
    (
        "a capital's name after a town and a comma is a state, not the country",
        "Boeing builds jets in Renton, Washington. Washington imposed tariffs.",
        {"Boeing": ORG},
        {"Boeing": ["Boeing"], "United States": ["Washington"]},
    ),
    (
        "a nickname after 'known as' that the tagger also found alone is the named actor's, not a second actor",
        "Fighters from Jama'at Nusrat al-Islam wal-Muslimin, known as JNIM, attacked trucks. JNIM denies it.",
        {"Nusrat al-Islam wal-Muslimin": ORG, "JNIM": PER},
        {"Nusrat al-Islam wal-Muslimin": ["Nusrat al-Islam wal-Muslimin", "JNIM", "JNIM"]},
    ),
    (
        "a title only people hold makes a person of a surname tagged an organisation; finals, games, an aircraft "
        "model and a chatbot with a person's name are no actors, but a club before 'assistant coach' is",
        "President Trump ordered a boycott. Sinner won the ATP Finals before the Olympic Games. Airbus recalled A320 "
        "jets. Anthropic makes the Claude chatbot, and firms can use Claude. Lakers assistant coach Brian Shaw spoke.",
        {"President Trump": ORG, "Sinner": PER, "ATP Finals": ORG, "Olympic Games": ORG, "Airbus": ORG, "A320": ORG,
         "Anthropic": ORG, "Claude": PER, "Lakers": ORG, "Brian Shaw": PER},
        {"Trump": ["Trump"], "Sinner": ["Sinner"], "Airbus": ["Airbus"], "Anthropic": ["Anthropic"],
         "Lakers": ["Lakers"], "Brian Shaw": ["Brian Shaw"]},
    ),
    (
        "a chain named like a person is a company; a disease and a probe are no actors; a club's name without its "
        "suffix is the club; a surname is found without its particle where the text writes it so",
        "Supermarket chain Aeon said it would sell rice. Hepatitis B infections fell. The Juice probe watched. "
        "Newcastle United sold Isak. Newcastle wanted more. Alexandre de Moraes ordered it, and the U.S. sanctioned "
        "Moraes.",
        {"Aeon": PER, "Hepatitis B": ORG, "Juice": ORG, "Newcastle United": ORG, "Isak": PER, "Newcastle": ORG,
         "Alexandre de Moraes": PER},
        {"Aeon": ["Aeon", "it/pronoun"], "Newcastle United": ["Newcastle United", "Newcastle"], "Isak": ["Isak"],
         "Alexandre de Moraes": ["Alexandre de Moraes", "Moraes"], "United States": ["U.S."]},
    ),
    (
        "an index's count, 'World No.' and a name before '-brokered' make no actor; a surname that is a title's "
        "abbreviation is no alias",
        "The S&P 500 rose. World No. 1 Scottie Scheffler won. The Trump-brokered truce held. Former Prime Minister Hun "
        "Sen wrote on Facebook. Sen. Tim Scott spoke.",
        {"S&P": ORG, "World No": ORG, "Scottie Scheffler": PER, "Trump-brokered": PER, "Hun Sen": PER,
         "Facebook": ORG, "Tim Scott": PER},
        {"Scottie Scheffler": ["Scottie Scheffler"], "Trump": ["Trump"], "Hun Sen": ["Hun Sen"],
         "Facebook": ["Facebook"], "Tim Scott": ["Tim Scott"]},
    ),
    (
        "'Xi' after a title opens a name (no regnal number); two people joined by a hyphen are each a mention; a "
        "regulation's short form is no actor",
        "President Xi Jinping met President Trump a day after the Trump-Xi call. Firms must follow the GDPR.",
        {"President Xi Jinping": PER, "Trump": PER, "Trump-Xi": PER, "GDPR": ORG},
        {"Xi Jinping": ["Xi Jinping", "Xi"], "Trump": ["Trump", "Trump"]},
    ),
    (
        "a person's possessive before a party tagged as one name is the person's; the Greens are the Green Party; a "
        "job or 'PM' before a name is none of it; a hospital's adjective, a creed and a faith's followers are none",
        "Farage's Reform UK leads polls\n\nNigel Farage spoke. The Greens gained, and the Green Party grew. Pollster "
        "John Curtice said so. She died at an Ayurvedic hospital. The Nicene Creed united Orthodox Christians. "
        "Japanese PM Takaichi met them. Sanae Takaichi smiled.",
        {"Farage's Reform UK": ORG, "Nigel Farage": PER, "Greens": ORG, "Green Party": ORG,
         "Pollster John Curtice": PER, "Ayurvedic": ORG, "Nicene Creed": ORG, "Orthodox Christians": ORG,
         "PM Takaichi": PER, "Sanae Takaichi": PER},
        {"Nigel Farage": ["Farage", "Nigel Farage"], "Reform UK": ["Reform UK"],
         "Green Party": ["Greens", "Green Party"], "John Curtice": ["John Curtice"],
         "Sanae Takaichi": ["Takaichi", "Sanae Takaichi"]},
    ),
    (
        "a leaning with 'pro-' is no actor, alone or before a name",
        "Moldova's governing pro-European party won. The pro-Russian Patriotic Electoral Bloc came second.",
        {"pro-European": ORG, "pro-Russian Patriotic Electoral Bloc": ORG},
        {"Moldova": ["Moldova"], "Patriotic Electoral Bloc": ["Patriotic Electoral Bloc"]},
    ),
    (
        "a nickname named before the person it is given to is that person's, not a second actor",
        "Who is Hemedti?\n\nMohamed Hamdan Dagalo, known as Hemedti, rose from camel trader to commander.",
        {"Hemedti": PER, "Mohamed Hamdan Dagalo": PER},
        {"Mohamed Hamdan Dagalo": ["Hemedti", "Mohamed Hamdan Dagalo", "Hemedti"]},
    ),
    (
        "a brand that opens in lowercase is an organisation, however tagged",
        "Elon Musk's company, xAI, raised $15 billion. The startup makes the Grok chatbot, and xAI blamed a code "
        "update.",
        {"Elon Musk": PER, "xAI": PER},
        {"Elon Musk": ["Elon Musk"], "xAI": ["xAI", "startup/role", "xAI"]},
    ),
    (
        "a person's name run on through 'of' and a body is the person and the body; a state is neither",
        "Stacy Rasgon of Bernstein called it “good”. Susan Collins of Maine agreed.",
        {"Stacy Rasgon of Bernstein": PER, "Susan Collins of Maine": PER},
        {"Stacy Rasgon": ["Stacy Rasgon"], "Bernstein": ["Bernstein"], "Susan Collins": ["Susan Collins"]},
    ),
    (
        "a company's name with and without its suffixes is one company, its ticker none, and two companies tagged as "
        "one name in a headline are each",
        "Northwind Energy and Statkraft sign deal\n\nNorthwind Energy ASA (OSE: NWE) and Statkraft agreed. Northwind "
        "Energy said Northwind would build it.",
        {"Northwind Energy and Statkraft": ORG, "Northwind Energy ASA": ORG, "OSE: NWE": ORG, "Statkraft": ORG,
         "Northwind Energy": ORG, "Northwind": ORG},
        {"Northwind Energy ASA": ["Northwind Energy", "Northwind Energy ASA", "Northwind Energy", "Northwind"],
         "Statkraft": ["Statkraft", "Statkraft"]},
    ),
    (
        "a nickname after a noun with a capital is the person's; a genre and a headline's label are no actors",
        "Jury hears closing arguments\n\nCasandra Ventura, the R&B singer known as Cassie, testified. Fact check: "
        "Cassie won.",
        {"Jury": ORG, "Casandra Ventura": PER, "R&B": ORG, "Cassie": PER, "Fact": ORG},
        {"Casandra Ventura": ["Casandra Ventura", "Cassie", "Cassie"]},
    ),
    (
        "a son with his father's name and a suffix is another person, and his short given name with it is he",
        "Donald Trump returned to power. Donald Trump Jr. joined boards. Don Jr. said no. Trump said yes.",
        {"Donald Trump": PER, "Donald Trump Jr.": PER, "Don Jr.": PER, "Trump": PER},
        {"Donald Trump": ["Donald Trump", "Trump"], "Donald Trump Jr": ["Donald Trump Jr", "Don Jr"]},
    ),
    (
        "a one-word owner before a full name is a body ('Ferrari's Charles Leclerc'), and a role with its own modifier "
        "is no one titled with another ('the prime minister' is no Finance Minister)",
        "Ferrari's Charles Leclerc was second. Lewis Hamilton, at Ferrari, was eighth.\nFinance Minister Bezalel "
        "Smotrich objected. Netanyahu's office said the prime minister was calm.",
        {"Ferrari": PER, "Charles Leclerc": PER, "Lewis Hamilton": PER, "Bezalel Smotrich": PER, "Netanyahu": PER},
        {"Ferrari": ["Ferrari", "Ferrari"], "Charles Leclerc": ["Charles Leclerc"],
         "Lewis Hamilton": ["Lewis Hamilton"], "Bezalel Smotrich": ["Bezalel Smotrich"], "Netanyahu": ["Netanyahu"]},
    ),
    (
        "a country before a body named with a title's word is a mention ('General Staff'); a refinery is a place",
        "Ukraine's General Staff said its forces had hit the Saratov refinery.",
        {"Ukraine's": ORG, "General": ORG, "Saratov refinery": ORG},
        {"Ukraine": ["Ukraine"]},
    ),
    (
        "a team's first word alone is the team where its last word stands alone too; a role joined to what the "
        "speaker says is not the speaker",
        "The Dallas Cowboys lost. Dallas rallied, but the Cowboys fell short.\nRepresentative James Comer said the "
        "former president would testify in January and the former secretary of state in February.",
        {"Dallas Cowboys": ORG, "Dallas": ORG, "Cowboys": ORG, "James Comer": PER},
        {"Dallas Cowboys": ["Dallas Cowboys", "Dallas", "Cowboys"], "James Comer": ["James Comer"]},
    ),
    (
        "a role after the speech verb of a person the sentence names by a pronoun is not that person",
        "Reeves spoke first.\nKemi Badenoch responded. She says the Budget is a con and accuses the chancellor of "
        "lying.",
        {"Reeves": PER, "Kemi Badenoch": PER},
        {"Reeves": ["Reeves"], "Kemi Badenoch": ["Kemi Badenoch", "She/pronoun"]},
    ),
    (
        "a party's MPs tagged as a name are the party",
        "More than 40 Labour MPs wrote to Keir Starmer. Labour MEPs agreed.",
        {"Labour MPs": ORG, "Keir Starmer": PER, "Labour MEPs": ORG},
        {"Labour Party": ["Labour", "Labour"], "Keir Starmer": ["Keir Starmer"]},
    ),
    (
        "a person's name stays before lowercase words the tagger took with it (a comma lost in PerSenT)",
        "Rick  a 23-year-old Jamaican  says he is treated as an outcast.",
        {"Rick  a": PER},
        {"Rick": ["Rick", "he/pronoun"]},
    ),
    (
        "a law's short form is no actor, in brackets after its name or spelling its initials; nor is a product named"
        " before 'feature' or 'tools', nor a common word opening a quote or 'Industry' opening a sentence",
        "Apple breached the Digital Markets Act (DMA). The DMA applies. Meta cited the Foreign Intelligence "
        "Surveillance Act. FISA courts met. Google's AI Overviews feature and Apple Intelligence tools lag.\n"
        "“Gatekeepers are not above the law,” Ribera said of every gatekeeper. Industry groups and Big Tech warned.\n"
        "It may breach the Health Insurance Portability and Accountability Act, as Apple and the Digital Markets Act do.",
        {"Apple": ORG, "DMA": ORG, "Meta": ORG, "FISA": ORG, "Google": ORG, "AI Overviews": ORG,
         "Apple Intelligence": ORG, "Gatekeepers": ORG, "Ribera": PER, "Industry": ORG, "Big Tech": ORG,
         "Health Insurance": ORG},
        {"Apple": ["Apple", "Apple"], "Meta": ["Meta"], "Google": ["Google"], "Ribera": ["Ribera"]},
    ),
    (
        "a place before 'state line' or 'field office' and a courthouse are no actors",
        "The car was found near the Michigan state line. The FBI's Cleveland field office helped. Levin spoke "
        "outside the Thomas W.L. Ashley U.S. Courthouse.",
        {"Michigan": ORG, "FBI": ORG, "Cleveland": ORG, "Levin": PER, "Thomas W.L. Ashley U.S. Courthouse": PER},
        {"FBI": ["FBI"], "Levin": ["Levin"]},
    ),
    (
        "a home town after a person's age, Sudan's towns and Port Sudan are no actors; an organisation keeps its"
        " opening particle; 'Miss' is a title; 'President Xi' is Xi Jinping, no regnal XI",
        "Liam Ashcroft, 34, of Walkden, was convicted. He persuaded Miss Ormerod to help. Jade Ormerod denied it.\n"
        "Al Jazeera's Hiba Morgan, reporting from Port Sudan, met the El Obeid Emergency Response Room in "
        "Omdurman.\nXi Jinping met Dar. Dar thanked President Xi.",
        {"Liam Ashcroft": PER, "Walkden": ORG, "Miss Ormerod": PER, "Jade Ormerod": PER, "Al Jazeera": ORG,
         "Hiba Morgan": PER, "El Obeid Emergency Response Room": ORG, "Omdurman": ORG, "Xi Jinping": PER,
         "Dar": PER, "President Xi": ORG},
        {"Liam Ashcroft": ["Liam Ashcroft", "He/pronoun"], "Jade Ormerod": ["Ormerod", "Jade Ormerod"],
         "Al Jazeera": ["Al Jazeera"], "Hiba Morgan": ["Hiba Morgan"],
         "El Obeid Emergency Response Room": ["El Obeid Emergency Response Room"],
         "Xi Jinping": ["Xi Jinping", "Xi"], "Dar": ["Dar", "Dar"]},
    ),
    (
        "a given name tagged without the surname after it that another person's full name ends with takes it, unless"
        " it is a surname itself",
        "Mukesh Ambani spoke. His father, Dhirubhai Ambani, founded Reliance. Dhirubhai died in 2002.\n"
        "Joe Biden and Kamala Harris met. Biden Harris supporters cheered.",
        {"Mukesh Ambani": PER, "Dhirubhai": PER, "Reliance": ORG, "Joe Biden": PER, "Kamala Harris": PER,
         "Biden": PER},
        {"Mukesh Ambani": ["Mukesh Ambani", "His/pronoun"], "Dhirubhai Ambani": ["Dhirubhai Ambani", "Dhirubhai"],
         "Reliance": ["Reliance"], "Joe Biden": ["Joe Biden", "Biden"], "Kamala Harris": ["Kamala Harris", "Harris"]},
    ),
    (
        "a name the tagger ran over a sentence's end is cut there; a handle or a hashtag is no actor",
        "Alberto Núñez Feijóo won. Tusk wrote: “Well done, Alberto! Europe needs you.” Zelensky wrote: "
        "“Congratulations to @NunezFeijoo.” #Elecciones",
        {"Alberto Núñez Feijóo": PER, "Tusk": PER, "Alberto! Europe": PER, "Zelensky": PER, "NunezFeijoo": PER,
         "Elecciones": ORG},
        {"Alberto Núñez Feijóo": ["Alberto Núñez Feijóo", "Alberto"], "Tusk": ["Tusk"], "Zelensky": ["Zelensky"]},
    ),
    (
        "Israel's parties and Die Linke are known, 'MK' is a title, a party's adjective before a known party is none of"
        " its name, and God is no actor",
        "The ultra-Orthodox Shas balked, and Likud MK Boaz Bismuth said United Torah Judaism (UTJ) would too. MK Moshe "
        "Gafni agreed; Yesh Atid did not. In Berlin, Die Linke balked, thank God.",
        {"ultra-Orthodox Shas": ORG, "Likud MK": ORG, "Boaz Bismuth": PER, "United Torah Judaism": ORG, "UTJ": ORG,
         "MK Moshe Gafni": PER, "Yesh Atid": PER, "Die Linke": PER, "God": PER},
        {"Shas": ["Shas"], "Boaz Bismuth": ["Boaz Bismuth"],
         "United Torah Judaism": ["United Torah Judaism", "UTJ"], "Moshe Gafni": ["Moshe Gafni"],
         "Yesh Atid": ["Yesh Atid"], "Die Linke": ["Die Linke"]},
    ),
    (
        "a company's first word before a suffix like 'Data Systems' is the company, even where the tagger read a person",
        "Crestline Data Systems sold the data. Crestline denied it.",
        {"Crestline Data Systems": ORG, "Crestline": PER},
        {"Crestline Data Systems": ["Crestline Data Systems", "Crestline"]},
    ),
    (
        "a short form in brackets after a name another actor has is that actor's",
        "Tom Fletcher told the U.N. Security Council (UNSC) that funding fell. The UNSC voted.",
        {"Tom Fletcher": PER, "UNSC": ORG},
        {"Tom Fletcher": ["Tom Fletcher"], "United Nations": ["Security Council", "UNSC", "UNSC"]},
    ),
    (
        "a nickname of two words after 'known as' joins the person with its surname, even where the tagger found it",
        "The NUP is led by Robert Kyagulanyi, known as Bobi Wine. Wine said so.",
        {"NUP": ORG, "Robert Kyagulanyi": PER, "Bobi Wine": PER, "Wine": PER},
        {"NUP": ["NUP"], "Robert Kyagulanyi": ["Robert Kyagulanyi", "Bobi Wine", "Wine"]},
    ),
    (
        "a name the tagger cut after a title or after 'He' inside a sentence is completed; a title is not part of it",
        "Wadephul spoke to President Zelenskyy. Bessent sat opposite He Lifeng. He said so.",
        {"Wadephul": PER, "President": PER, "Bessent": PER, "He": PER},
        {"Wadephul": ["Wadephul"], "Zelenskyy": ["Zelenskyy"], "Bessent": ["Bessent", "He/pronoun"],
         "He Lifeng": ["He Lifeng"]},
    ),
    (
        "a body's word left after a title is no person; streets, wars, honours, Gaza's places and 'Rights' are no"
        " actors",
        "They met Gen. Wiesław Kukuła, chief of the General Staff, on Klonowa Street. Rights groups recalled the "
        "Six-Day War and the Department of War. He was made KCMG. Aid reached Khan Younis via Kerem Shalom.",
        {"Wiesław Kukuła": PER, "General Staff": PER, "Klonowa Street": ORG, "Rights": ORG, "Six-Day War": ORG,
         "Department of War": ORG, "KCMG": ORG, "Khan Younis": PER, "Kerem Shalom": PER},
        {"Wiesław Kukuła": ["Wiesław Kukuła", "He/pronoun"], "Department of War": ["Department of War"]},
    ),
    (
        "a news outlet tagged as a person is an organisation; a question as a heading, a month's abbreviation and a"
        " region are no actors",
        "What happened? Al Arabiya reported that fighting in Tigray spread, and WAM said so on Oct. 5.",
        {"What": ORG, "Al Arabiya": PER, "Tigray": PER, "WAM": PER, "Oct": ORG},
        {"Al Arabiya": ["Al Arabiya"], "WAM": ["WAM"]},
    ),
    (
        "a field or a kind of people opening a sentence is no body; a team's or a party's name is",
        "Aid groups warn of famine. Political analyst Meera Santhanam agreed. Lawmakers in Washington and Gaming "
        "revenue were mentioned. Federal investigators arrived. Greenpeace activists and Liverpool fans sang.",
        {"Aid": ORG, "Political": ORG, "Meera Santhanam": PER, "Lawmakers": ORG, "Washington": LOC, "Gaming": ORG,
         "Federal": PER, "Greenpeace": ORG, "Liverpool": ORG},
        {"Meera Santhanam": ["Meera Santhanam"], "Greenpeace": ["Greenpeace"], "Liverpool": ["Liverpool"]},
    ),
    (
        "a leaning joined to a name is no part of it; a Politburo is a body; a transcript's cues and a frontwoman's job"
        " are no actors; a name ending in Sr is a person's, merged with the full name of that generation",
        "The Iran-aligned Houthis fired. The Politburo met. Frontwoman Abigail Morris said so. (LAUGHTER) "
        "[CROSSTALK]\nJose Luis de la Cruz Sr trains Jose Luis de la Cruz Jr.\nDe la Cruz Sr, 58, refused.",
        {"Iran-aligned Houthis": ORG, "Politburo": PER, "Frontwoman Abigail Morris": PER, "LAUGHTER": ORG,
         "CROSSTALK": ORG, "Jose Luis de la Cruz Sr": PER, "Jose Luis de la Cruz Jr": PER, "De la Cruz Sr": ORG},
        {
            "Iran": ["Iran"],
            "Houthis": ["Houthis"],
            "Politburo": ["Politburo"],
            "Abigail Morris": ["Abigail Morris"],
            "Jose Luis de la Cruz Sr": ["Jose Luis de la Cruz Sr", "De la Cruz Sr"],
            "Jose Luis de la Cruz Jr": ["Jose Luis de la Cruz Jr"],
        },
    ),
    (
        "a team's name a place opens merges with its tail and the place standing alone; a title's word may be a"
        " surname; baseball's RBI is no bank",
        "Red Sox fall\nThe Yankees beat the Boston Red Sox. Aaron Judge added an RBI double and has 90 RBIs. Boston "
        "scored once. Red Sox manager Alex Cora was calm. Judge Jane Li and Stephanie Pope watched. Judge smiled.",
        {"Red Sox": ORG, "Yankees": ORG, "Boston Red Sox": ORG, "Aaron Judge": PER, "Boston": ORG, "Alex Cora": PER,
         "Jane Li": PER, "Stephanie Pope": PER},
        {
            "Boston Red Sox": ["Red Sox", "Boston Red Sox", "Boston", "Red Sox"],
            "Yankees": ["Yankees"],
            "Aaron Judge": ["Aaron Judge", "Judge"],
            "Alex Cora": ["Alex Cora"],
            "Jane Li": ["Jane Li"],
            "Stephanie Pope": ["Stephanie Pope"],
        },
    ),
    (
        "a job tagged before a name is no part of it; a nickname in quotes inside a name is an alias; a name after"
        " 'the daily' is a newspaper's",
        "Pop star Skye Madison met Tony “Tiger” Hughes. Tiger smiled. A headline in the opposition daily Al-Dustur "
        "read so.",
        {"Pop star": PER, "Skye Madison": PER, "Tony “Tiger” Hughes": PER, "Tiger": PER, "opposition daily": PER,
         "Al-Dustur": PER},
        {
            "Skye Madison": ["Skye Madison"],
            "Tony “Tiger” Hughes": ["Tony “Tiger” Hughes", "Tiger"],
            "Al-Dustur": ["Al-Dustur"],
        },
    ),
    (
        "a surname that opens with its particle is the one full name ending with it; Spain's parties are bodies",
        "De Wever holds firm on frozen assets as Dutch MPs urge a compromise\n\nBRUSSELS — Belgian Prime Minister "
        "Bart De Wever refused again.\n\n“No,” De Wever told parliament. Junts and Podemos agreed.",
        {"De Wever": PER, "Bart De Wever": PER, "Junts": PER, "Podemos": PER},
        {
            "Bart De Wever": ["De Wever", "Bart De Wever", "De Wever"],
            "Netherlands": ["Dutch"],
            "Junts": ["Junts"],
            "Podemos": ["Podemos"],
        },
    ),
    (
        "a name's first word after it is that name (not before a body's word or a common noun); a Model is no body",
        "Novo Nordisk sued and Bayern Munich won. Novo said so; Bayern agreed. The Manitowoc Company, based in "
        "Manitowoc, grew. Tesla's Model Y sold.",
        {"Novo Nordisk": ORG, "Novo": ORG, "Bayern Munich": ORG, "Bayern": ORG, "Manitowoc Company": ORG,
         "Manitowoc": LOC, "Tesla": ORG, "Model": ORG},
        {"Novo Nordisk": ["Novo Nordisk", "Novo"], "Bayern Munich": ["Bayern Munich", "Bayern"],
         "Manitowoc Company": ["Manitowoc Company"], "Tesla": ["Tesla"]},
    ),
    (
        "a firm named after its founder keeps the name alone",
        "Boeing, founded by William Boeing in 1916, said it was pleased. Boeing delivered 50 jets.",
        {"Boeing": ORG, "William Boeing": PER},
        {"Boeing": ["Boeing", "Boeing"], "William Boeing": ["William Boeing"]},
    ),
    (
        "a job cut from its title, a seat in parliament and a numbered bill or protocol are no actors; Labor is a"
        " party",
        "Participants: Margaret Lindqvist - Chief Financial Officer; Tomás Echeverría - Chief Operating Officer.\n"
        "Nigel Farage, the member for Clacton, and the MP for Holborn and St Pancras opposed Bill C-5 and Protocol No."
        " 4. Labor won the seat of Kew.",
        {"Chief Financial Officer": PER, "Chief Operating Officer": ORG, "Margaret Lindqvist": PER,
         "Tomás Echeverría": PER, "Nigel Farage": PER, "Clacton": ORG, "Holborn": ORG, "St Pancras": ORG,
         "Bill C-5": PER, "Protocol No": ORG, "Labor": PER, "Kew": ORG},
        {"Margaret Lindqvist": ["Margaret Lindqvist"], "Tomás Echeverría": ["Tomás Echeverría"],
         "Nigel Farage": ["Nigel Farage"], "Labor Party": ["Labor"]},
    ),
    (
        "Malaysia's honorifics are titles and Putrajaya its seat; a title before a place's name makes no person",
        "Datuk Seri Anwar Ibrahim met Prabowo at King Khalid International Airport. Datuk Seri Anwar said Putrajaya "
        "is firm.",
        {"Datuk Seri Anwar Ibrahim": PER, "Datuk Seri Anwar": PER, "Prabowo": PER,
         "King Khalid International Airport": ORG, "Putrajaya": PER},
        {"Anwar Ibrahim": ["Anwar Ibrahim", "Anwar"], "Prabowo": ["Prabowo"], "Malaysia": ["Putrajaya"]},
    ),
    (
        "Indonesia's honorific before a given name joins the full name it opens, which names the person",
        "Pak Prabowo spoke. Prabowo Subianto, the president, agreed with Pak Prabowo's aides.",
        {"Pak Prabowo": PER, "Prabowo Subianto": PER},
        {"Prabowo Subianto": ["Pak Prabowo", "Prabowo Subianto", "president/role", "Pak Prabowo"]},
    ),
    (
        "a person's initials, tagged as an organisation or not at all, are that person's; a given name two people"
        " share after a title is the one the text titled so",
        "Crown Prince Mohammed bin Salman hosted Sheikh Mohammed bin Zayed Al Nahyan. MBS and MBZ talked. Sheikh "
        "Mohammed said so.\nThe premier, known as PSPP, met Paul St-Pierre Plamondon's staff.",
        {"Mohammed bin Salman": PER, "Sheikh Mohammed bin Zayed Al Nahyan": PER, "MBZ": ORG, "Sheikh Mohammed": PER,
         "PSPP": ORG, "Paul St-Pierre Plamondon": PER},
        {"Mohammed bin Salman": ["Mohammed bin Salman", "MBS"],
         "Mohammed bin Zayed Al Nahyan": ["Mohammed bin Zayed Al Nahyan", "MBZ", "Mohammed"],
         "Paul St-Pierre Plamondon": ["PSPP", "Paul St-Pierre Plamondon"]},
    ),
    (
        "a given name and a patronymic are the person of that given name",
        "Vladimir Putin spoke with Kirill Dmitriev. “Kirill Alexandrovich is right,” said Vladimir Vladimirovich.",
        {"Vladimir Putin": PER, "Kirill Dmitriev": PER, "Kirill Alexandrovich": PER, "Vladimir Vladimirovich": PER},
        {"Vladimir Putin": ["Vladimir Putin", "Vladimir Vladimirovich"],
         "Kirill Dmitriev": ["Kirill Dmitriev", "Kirill Alexandrovich"]},
    ),
    (
        "a short form of a given name, with the surname or alone, is the person of the full given name",
        "Participants: Daniel Okafor - Chief Executive; Margaret Lindqvist - Chief Financial Officer; Thomas Beck - "
        "Analyst.\nDan Okafor said sales rose, and Meg Lindqvist agreed. Dan thanked Tom and Meg.",
        {"Daniel Okafor": PER, "Margaret Lindqvist": PER, "Thomas Beck": PER, "Dan Okafor": PER, "Meg Lindqvist": PER,
         "Dan": PER, "Tom": PER, "Meg": PER},
        {"Daniel Okafor": ["Daniel Okafor", "Dan Okafor", "Dan"],
         "Margaret Lindqvist": ["Margaret Lindqvist", "Meg Lindqvist", "Meg"], "Thomas Beck": ["Thomas Beck", "Tom"]},
    ),
    (
        "a team's plural name before its full name is that team; a nationality noun before a name is a title; a"
        " building, a voice assistant and a tax are no actors",
        "Bears star Darnell Whitaker, engaged to Dutchwoman Femke Bol, moved from the John A. Macdonald Building to the"
        " Chicago Bears' practice site. Its voice assistant Milo cut VAT.",
        {"Bears": ORG, "Darnell Whitaker": PER, "Dutchwoman Femke Bol": PER, "John A. Macdonald Building": PER,
         "Chicago Bears": ORG, "Milo": PER, "VAT": ORG},
        {"Chicago Bears": ["Bears", "Chicago Bears"], "Darnell Whitaker": ["Darnell Whitaker"],
         "Femke Bol": ["Femke Bol"]},
    ),
    (
        "fashion houses named after people are firms; a company's first word before 'Freight' or 'Couture' is the"
        " company; a title cut at an initial, a tendon and a sentence's 'No' are no actors",
        "Louis Vuitton and Christian Dior Couture grew. Christian Dior said Meridian Freight was hacked; Meridian "
        "paid. Solicitor General D. John Sauer spoke of his Achilles tendon. No, he said.",
        {"Louis Vuitton": PER, "Christian Dior Couture": PER, "Christian Dior": PER, "Meridian Freight": ORG,
         "Meridian": ORG, "Solicitor General D": ORG, "John Sauer": PER, "Achilles": PER, "No": ORG},
        {"Louis Vuitton": ["Louis Vuitton"], "Christian Dior Couture": ["Christian Dior Couture", "Christian Dior"],
         "Meridian Freight": ["Meridian Freight", "Meridian"],
         "John Sauer": ["John Sauer", "his/pronoun", "he/pronoun"]},
    ),
    (
        "a transcript's speakers in capitals are people, unlike a heading or a kicker in capitals",
        "SPORTS DIGEST: a week of upsets\nANDREW POLLACK: Well, I went twice to the White House.\nMARGARET "
        "BRENNAN: Thank you.",
        {"SPORTS DIGEST": ORG, "ANDREW POLLACK": PER, "MARGARET BRENNAN": PER},
        {"ANDREW POLLACK": ["ANDREW POLLACK"], "MARGARET BRENNAN": ["MARGARET BRENNAN"]},
    ),
    (
        "a birth name beside the double surname taken on marriage is one person, named by the double surname",
        "Dr. Miriam Keller-Osei died on Monday. Miriam Ruth Keller was born in Cleveland, the daughter of Walter "
        "Keller. She married Kwame Osei.",
        {"Miriam Keller-Osei": PER, "Miriam Ruth Keller": PER, "Walter Keller": PER, "Kwame Osei": PER},
        {"Miriam Keller-Osei": ["Miriam Keller-Osei", "Miriam Ruth Keller", "She/pronoun"],
         "Walter Keller": ["Walter Keller"], "Kwame Osei": ["Kwame Osei"]},
    ),
    (
        "a short form in brackets after a company's legal name is that company's, however tagged elsewhere",
        "The claimants sued Associated Newspapers Limited (ANL). ANL denied it, and ANL's lawyers agreed.",
        {"ANL": PER},
        {"Associated Newspapers Limited": ["Associated Newspapers Limited", "ANL", "ANL", "ANL"]},
    ),
    (
        "Ireland's parties, Nigeria's honorific, a club's last word before its full name, a capitalised adjective"
        " opening a sentence; oil, Test cricket and an index are no actors",
        "Kane double sinks Dortmund.\nBayern beat Borussia Dortmund in a Test of nerve. Senior Fatah officials and "
        "Alhaji Atiku Abubakar agreed with Fine Gael and Fianna Fáil. Oil fell, and so did the Bloomberg Commodity "
        "Index. Yash Raj Films said so.",
        {"Kane": PER, "Dortmund": ORG, "Bayern": ORG, "Borussia Dortmund": ORG, "Test": ORG, "Senior Fatah": ORG,
         "Alhaji Atiku Abubakar": PER, "Fine Gael": PER, "Fianna": PER, "Oil": ORG, "Bloomberg Commodity Index": ORG,
         "Yash Raj Films": PER},
        {"Kane": ["Kane"], "Borussia Dortmund": ["Dortmund", "Borussia Dortmund"], "Bayern": ["Bayern"],
         "Fatah": ["Fatah"], "Atiku Abubakar": ["Atiku Abubakar"], "Fine Gael": ["Fine Gael"],
         "Fianna Fáil": ["Fianna Fáil"], "Yash Raj Films": ["Yash Raj Films"]},
    ),
    (
        "a minister's portfolio after 'for' is part of the title, tagged as a person or an organisation",
        "Minister of State for Foreign Affairs Adel al-Jubeir spoke. Secretary of State for Work and Pensions Liz "
        "Kendall agreed.\nShe named a Minister for Europe. The Commissioner for Human Rights, Michael O'Flaherty, "
        "spoke.",
        {"Minister of State for Foreign Affairs Adel al-Jubeir": ORG,
         "Secretary of State for Work and Pensions Liz Kendall": PER, "Minister for Europe": PER,
         "Commissioner for Human Rights": ORG, "Michael O'Flaherty": PER},
        {"Adel al-Jubeir": ["Adel al-Jubeir"], "Liz Kendall": ["Liz Kendall", "She/pronoun"],
         "Commissioner for Human Rights": ["Commissioner for Human Rights"],
         "Michael O'Flaherty": ["Michael O'Flaherty"]},
    ),
    (
        "forms of address and the UK's Budget are no actors; French, Irish, police and council titles are no part of "
        "a name; a German magazine tagged as a person is an outlet",
        "Intro.\nHis Majesty met Monsieur Melenchon and Jean-Luc Melenchon. DCI Lee Chester and DCI Chester spoke to "
        "Cllr Margaret Sowerby, Deputy Ó Broin and Fr Liam Walsh, according to Kicker. The Budget was delayed.",
        {"Majesty": PER, "Monsieur Melenchon": ORG, "Jean-Luc Melenchon": PER, "DCI Lee Chester": PER,
         "DCI Chester": PER, "Cllr Margaret Sowerby": PER, "Deputy Ó Broin": PER, "Fr Liam Walsh": PER, "Kicker": PER,
         "Budget": ORG},
        {"Jean-Luc Melenchon": ["Melenchon", "Jean-Luc Melenchon"], "Lee Chester": ["Lee Chester", "Chester"],
         "Margaret Sowerby": ["Margaret Sowerby"], "Ó Broin": ["Ó Broin"], "Liam Walsh": ["Liam Walsh"],
         "Kicker": ["Kicker"]},
    ),
    (
        "parliaments, a party, central banks and a union in capitals tagged as people are organisations; a Grand "
        "Prix, a tennis court named after a person, a trade pact and a region are no actors",
        "Intro.\nThe Bundestag passed it, as did Komeito. The Banque de France and SAG-AFTRA agreed. Piastri won the "
        "Dutch Grand Prix on Court Philippe-Chatrier, under USMCA rules, in Karabakh. The Court of Arbitration for "
        "Sport ruled.",
        {"Bundestag": PER, "Komeito": PER, "Banque de France": PER, "SAG-AFTRA": PER, "Piastri": PER,
         "Dutch Grand Prix": ORG, "Court Philippe-Chatrier": PER, "USMCA": ORG, "Karabakh": PER,
         "Court of Arbitration for Sport": ORG},
        {"Bundestag": ["Bundestag"], "Komeito": ["Komeito"], "Banque de France": ["Banque de France"],
         "SAG-AFTRA": ["SAG-AFTRA"], "Piastri": ["Piastri"],
         "Court of Arbitration for Sport": ["Court of Arbitration for Sport"]},
    ),
    (
        "a hyphenated word in lower case after its capital is no name; a name cut before a body's word is made whole "
        "(not after 'and'); a minister's title and portfolio tagged as an organisation is none",
        "Intro.\nForward-looking statements. The Housing Agency and the Prime Minister’s Office agreed. The Minister "
        "for Housing, James Browne, spoke to the Ways and Means Committee.",
        {"Forward-looking": ORG, "Housing": ORG, "Prime Minister’s": ORG, "Minister for Housing": ORG,
         "James Browne": PER, "Means": ORG},
        {"Housing Agency": ["Housing Agency"], "Prime Minister’s Office": ["Prime Minister’s Office"],
         "James Browne": ["James Browne"]},
    ),
    (
        "a nickname between dashes and a full name given by 'whose … name is' are the person's",
        "Intro.\nThe RSF leader, Mohamed Hamdan Dagalo — known as Hemedti — spoke. Hemedti left. Alcaraz, whose full "
        "name is Carlos Alcaraz Garfia, won. Carlos Alcaraz Garfia smiled.",
        {"Mohamed Hamdan Dagalo": PER, "Hemedti": PER, "Alcaraz": PER, "Carlos Alcaraz Garfia": PER},
        {"Mohamed Hamdan Dagalo": ["Mohamed Hamdan Dagalo", "Hemedti", "Hemedti"],
         "Carlos Alcaraz Garfia": ["Alcaraz", "Carlos Alcaraz Garfia", "Carlos Alcaraz Garfia"]},
    ),
    (
        "an Irish particle belongs to the surname; a given name hyphenated in lower case follows the family name",
        "Intro.\nEoin Ó Broin spoke, and Deputy Ó Broin said Aoife Ní Bhriain had agreed. Hsiao Bi-khim met Chiu "
        "Chui-cheng; Hsiao left and Chiu stayed.",
        {"Eoin Ó Broin": PER, "Deputy Ó Broin": PER, "Aoife Ní Bhriain": PER, "Hsiao Bi-khim": PER,
         "Chiu Chui-cheng": PER, "Hsiao": PER, "Chiu": PER},
        {"Eoin Ó Broin": ["Eoin Ó Broin", "Ó Broin"], "Aoife Ní Bhriain": ["Aoife Ní Bhriain"],
         "Hsiao Bi-khim": ["Hsiao Bi-khim", "Hsiao"], "Chiu Chui-cheng": ["Chiu Chui-cheng", "Chiu"]},
    ),
    (
        "a headline in title case keeps of a tagged name only the words the story writes too",
        "Judge Blocks Acme-Zenith Grocery Merger in Win for FTC\nThe FTC won. Judge Lydia Austin ruled that Acme "
        "Markets must wait.",
        {"Blocks Acme-Zenith Grocery": PER, "Win for FTC": ORG, "FTC": ORG, "Lydia Austin": PER, "Acme Markets": ORG},
        {"FTC": ["FTC", "FTC"], "Lydia Austin": ["Lydia Austin"], "Acme Markets": ["Acme Markets"]},
    ),
    (
        "a headline in title case keeps a surname the story writes in a full name",
        "Harris Wins Backing of Labor Union\nThe union backed Kamala Harris on Monday.",
        {"Harris Wins": PER, "Labor Union": ORG, "Kamala Harris": PER},
        {"Kamala Harris": ["Harris", "Kamala Harris"]},
    ),
    (
        "a tabloid's opening word in capitals is shown as a name, and still found as written",
        "Johnson quits\nBORIS Johnson has quit as an MP. Mr Johnson said so.\nKEIR Starmer said the Tories were in "
        "chaos. The UN said NATO met.",
        {"Johnson": PER, "BORIS Johnson": PER, "KEIR Starmer": PER},
        {"Boris Johnson": ["Johnson", "BORIS Johnson", "Johnson"], "Keir Starmer": ["KEIR Starmer"],
         "Conservative Party": ["Tories"], "United Nations": ["UN"], "NATO": ["NATO"]},
    ),
    (
        "'Palace' alone is the one club or palace so named; a chamber tagged as a person is a body",
        "Intro.\nLiverpool talked to Crystal Palace. Palace would rather sell. Lower House Speaker Hugo Motta agreed, "
        "and the Lower House voted.",
        {"Liverpool": ORG, "Crystal Palace": ORG, "Palace": ORG, "Lower House": PER, "Hugo Motta": PER},
        {"Liverpool": ["Liverpool"], "Crystal Palace": ["Crystal Palace", "Palace"], "Hugo Motta": ["Hugo Motta"],
         "Lower House": ["Lower House"]},
    ),
    (
        "a short form in brackets written as a word, as British papers do, is the name's (and no person's)",
        "Intro.\nLucía de la Fuente was banned after the Court of Arbitration for Sport (Cas) upheld an appeal by the "
        "World Anti-Doping Agency (Wada). Wada said it had appealed, and Cas agreed.",
        {"Lucía de la Fuente": PER, "Court of Arbitration for Sport": ORG, "Cas": ORG, "World Anti-Doping Agency": ORG,
         "Wada": PER},
        {"Lucía de la Fuente": ["Lucía de la Fuente"],
         "Court of Arbitration for Sport": ["Court of Arbitration for Sport", "Cas", "Cas"],
         "World Anti-Doping Agency": ["World Anti-Doping Agency", "Wada", "Wada", "it/pronoun"]},
    ),]


@pytest.mark.parametrize("case, text, entities, expected", DETECTION, ids=[c[0] for c in DETECTION])
def test_detection(case, text, entities, expected):
    _, actors, _ = run(text, entities)
    assert mentions_of(actors) == expected


def test_outlets_firms_and_parties_tagged_as_people_are_organisations_and_headings_no_actors():
    text = (
        "SPORTS DIGEST: Almeida wins\nCYCLING\nParticipants: Thomas Beck - Morgan Stanley; Jo Ma - J.P. Morgan.\n"
        "Eli Lilly said the Allied plan, which the UN Special Rapporteur backed, suits Parti Pribumi Bersatu Malaysia, "
        "said Élise Vautrin of the French Institute of International Relations (Ifri). RIA Novosti agreed."
    )
    entities = {
        "SPORTS DIGEST": ORG, "Almeida": PER, "CYCLING": ORG, "Thomas Beck -": PER, "Morgan Stanley": PER, "Jo Ma": PER,
        "J.P. Morgan": PER, "Eli Lilly": PER, "Allied": ORG, "UN Special Rapporteur": ORG,
        "Parti Pribumi Bersatu Malaysia": PER, "Élise Vautrin": PER,
        "French Institute of International Relations (Ifri)": ORG, "RIA Novosti": PER,
    }
    _, actors, _ = run(text, entities)
    assert {a.name: a.type for a in actors} == {
        "Almeida": "person", "Thomas Beck": "person", "Morgan Stanley": "organisation", "Jo Ma": "person",
        "J.P. Morgan": "organisation", "Eli Lilly": "organisation", "Parti Pribumi Bersatu Malaysia": "organisation",
        "Élise Vautrin": "person", "French Institute of International Relations": "organisation",
        "RIA Novosti": "organisation",
    }


def test_a_short_form_tagged_an_organisation_as_often_as_a_person_is_one():
    _, actors, _ = run("Rival AMD gained. Lisa Su, AMD's chief executive, spoke.", {"AMD": ORG, "AMD's": PER, "Lisa Su": PER})
    assert [(a.name, a.type, len(a.mentions)) for a in actors] == [("AMD", "organisation", 2), ("Lisa Su", "person", 1)]


def test_a_name_the_text_calls_a_party_is_an_organisation():
    _, actors, _ = run("Péter Magyar, whose Tisza party leads, spoke. Tisza gained.",
                       {"Péter Magyar": PER, "Tisza": PER})
    assert [(a.name, a.type, len(a.mentions)) for a in actors] == [
        ("Péter Magyar", "person", 1), ("Tisza", "organisation", 2),
    ]


def test_a_name_after_party_and_a_comma_is_an_organisation_but_not_a_spokesman_s():
    _, actors, _ = run("The main opposition party, Chadema, was barred. A spokesman for the party, Zulfi Bukhari, "
                       "said no.", {"Chadema": PER, "Zulfi Bukhari": PER})
    assert [(a.name, a.type) for a in actors] == [("Chadema", "organisation"), ("Zulfi Bukhari", "person")]


def test_an_owner_of_two_words_before_a_person_is_an_organisation():
    _, actors, _ = run("Golden State's Klay Thompson scored, and Stephen Curry's Warriors won.",
                       {"Golden State's": PER, "Klay Thompson": PER, "Stephen Curry's": PER, "Warriors": PER})
    assert [(a.name, a.type) for a in actors][:3] == [
        ("Golden State", "organisation"), ("Klay Thompson", "person"), ("Stephen Curry", "person"),
    ]


def test_a_name_with_a_company_s_officers_or_shares_is_a_company():
    _, actors, _ = run(
        "Eli Lilly raised its forecast. Lilly's chief executive, David Ricks, spoke. Hugo Boss shares fell. "
        "David Simon, chairman and CEO, said Simon's share price rose. Shares of Cleveland-Cliffs fell.",
        {"Eli Lilly": PER, "Lilly": PER, "David Ricks": PER, "Hugo Boss": PER, "David Simon": PER, "Simon": PER,
         "Cleveland-Cliffs": LOC},
    )
    assert [(a.name, a.type, len(a.mentions)) for a in actors] == [
        ("Eli Lilly", "organisation", 2), ("David Ricks", "person", 1), ("Hugo Boss", "organisation", 1),
        ("David Simon", "person", 2), ("Cleveland-Cliffs", "organisation", 1),
    ]


def test_a_given_name_and_surname_listed_after_a_person_tagged_as_an_organisation_is_a_person():
    text = "Intro.\nHarrington & Vale was founded in 1905 by Thomas Harrington and George Vale. Marks and Spencer agreed."
    entities = {"Harrington & Vale": ORG, "Thomas Harrington": PER, "George Vale": ORG, "Marks and Spencer": ORG}
    _, actors, _ = run(text, entities)
    assert {a.name: a.type for a in actors} == {"Harrington & Vale": "organisation", "Thomas Harrington": "person",
                                                "George Vale": "person", "Marks and Spencer": "organisation"}


def test_congress_a_chief_minister_a_nickname_cut_and_a_banking_group():
    text = ('Intro.\nCongress rejected it. CM Maryam Nawaz and Senator Christopher "Bong" Go spoke, as did Zhuo '
            "“Knight”. Lloyds bought it; Lloyds Banking Group said so.")
    entities = {"Congress": PER, "CM Maryam Nawaz": PER, 'Christopher "Bong': PER, "Zhuo “Knight": PER,
                "Lloyds": ORG, "Lloyds Banking Group": ORG}
    _, actors, _ = run(text, entities)
    assert {a.name: a.type for a in actors} == {
        "Congress": "organisation", "Maryam Nawaz": "person", 'Christopher "Bong" Go': "person", "Zhuo": "person",
        "Lloyds Banking Group": "organisation",
    }
    assert mentions_of(actors)["Lloyds Banking Group"] == ["Lloyds", "Lloyds Banking Group"]


def test_a_role_with_a_portfolio_no_one_holds_is_no_one():
    text = "Intro.\nIf the judge rules for Viktor Sokolov, the case goes to the home secretary, a lawyer said."
    _, actors, _ = run(text, {"Viktor Sokolov": PER})
    assert mentions_of(actors) == {"Viktor Sokolov": ["Viktor Sokolov"]}


def test_a_name_after_a_describing_noun_is_an_organisation():
    _, actors, _ = run("She ran the law firm Baker McKenzie.", {"Baker McKenzie": PER})
    assert [(a.name, a.type) for a in actors] == [("Baker McKenzie", "organisation")]


def test_a_family_first_name_s_given_name_of_two_parts_is_no_alias():
    # "Jinping" of two words may be a Western surname ("Lee Zeldin"); "Jae-myung" and "Suk Yeol" never are
    specs, _, _ = run("Lee Jae-myung met Han Duck-soo and Yoon Suk Yeol. Xi Jinping called.",
                      {"Lee Jae-myung": PER, "Han Duck-soo": PER, "Yoon Suk Yeol": PER, "Xi Jinping": PER})
    assert {s.name: s.aliases for s in specs} == {
        "Lee Jae-myung": ["Lee"], "Han Duck-soo": ["Han"], "Yoon Suk Yeol": ["Yoon"], "Xi Jinping": ["Xi", "Jinping"],
    }


def test_exact_spans_and_types():
    text = "Marco Rubio met Russian officials.\n\nHe said Rubio’s plan stands."
    specs, actors, _ = run(text, {"Marco Rubio": PER, "Rubio": PER})
    assert specs == [ActorSpec("Marco Rubio", "person", ["Rubio"]), ActorSpec("Russia", "country", ["Russian"])]
    assert [(a.id, a.name, a.type) for a in actors] == [
        ("marco-rubio", "Marco Rubio", "person"),
        ("russia", "Russia", "country"),
    ]
    assert actors[0].mentions == [
        Mention(0, 0, 11, "Marco Rubio"),
        Mention(1, 36, 38, "He", "pronoun", True),
        Mention(1, 44, 49, "Rubio"),
    ]
    assert actors[1].mentions == [Mention(0, 16, 23, "Russian")]


@pytest.mark.parametrize("tagged", ["Biden administration", "Biden"])
def test_a_name_before_administration_is_a_person_even_tagged_as_an_organisation(tagged):
    text = "The Biden administration lifted the tariffs, and the Obama presidency had not. Tesla's board agreed."
    specs, _, _ = run(text, {tagged: ORG, "Obama presidency": ORG, "Tesla": ORG})
    assert specs == [ActorSpec("Biden", "person"), ActorSpec("Obama", "person"), ActorSpec("Tesla", "organisation")]


def test_he_after_a_person_s_administration_is_not_that_person():
    text = "Neel Kashkari spoke.\nThe Trump administration’s tax cuts may help, he said."
    _, actors, _ = run(text, {"Neel Kashkari": PER, "Trump administration": ORG})
    assert mentions_of(actors) == {"Neel Kashkari": ["Neel Kashkari", "he/pronoun"], "Trump": ["Trump"]}


def spans(text: str, *tagged: tuple[str, str]) -> list[EntitySpan]:
    """EntitySpans for (surface, label) pairs, each the first occurrence after the previous one."""
    out, pos = [], 0
    for surface, label in tagged:
        pos = text.index(surface, pos)
        out.append(EntitySpan(pos, pos + len(surface), label, 0.5))
        pos += len(surface)
    return out


def test_tagger_noise_is_cleaned():
    text = (
        "The talks and Ukrainian Foreign Minister Andrii Sybiha met European leaders, "
        "while Russian missile strikes continued and Ukraine’s Economy Minister Yulia Svyrydenko in a post on X spoke. "
        "US Secretary of State Marco Rubio warned the parliamentary committee on EU Integration."
    )
    tagged = spans(
        text, ("The", ORG), ("and", ORG), ("Ukrainian Foreign Minister", ORG), ("Andrii", ORG), ("Sybiha", PER),
        ("European", ORG), ("Russian missile", ORG), ("Ukraine’s", ORG), ("Economy Minister", ORG),
        ("Yulia Svyrydenko", PER), ("X", ORG), ("Secretary", PER), ("of State", ORG), ("Marco Rubio warned", PER),
        ("parliamentary committee on EU Integration", ORG),
    )
    specs, actors, _ = find_actors(text, split_paragraphs(text), lambda texts: [tagged])
    # Ukraine’s and US: part of a title; EU: part of a committee's name
    assert [s.name for s in specs] == ["Andrii Sybiha", "Russia", "Yulia Svyrydenko", "Marco Rubio"]
    assert mentions_of(actors) == {
        "Andrii Sybiha": ["Andrii Sybiha"],
        "Russia": ["Russian"],
        "Yulia Svyrydenko": ["Yulia Svyrydenko"],
        "Marco Rubio": ["Marco Rubio"],
    }


def test_a_mislabelled_surname_does_not_split_a_person():
    text = "Volodymyr Zelensky spoke. Zelensky left."
    specs, actors, _ = find_actors(
        text, split_paragraphs(text), lambda texts: [[EntitySpan(0, 18, PER, 0.9), EntitySpan(26, 34, ORG, 0.6)]]
    )
    assert specs == [ActorSpec("Volodymyr Zelensky", "person", ["Zelensky"])]
    assert mentions_of(actors) == {"Volodymyr Zelensky": ["Volodymyr Zelensky", "Zelensky"]}


def test_teams_firms_parties_and_papers_tagged_as_people_are_organisations():
    text = "Everton have confirmed the deal, auditors Grant Thornton said. Where Trump and Harris are, Harris talks."
    specs, _, _ = run(text, {"Everton": PER, "Grant Thornton": PER, "Trump": PER, "Harris": PER})
    assert {s.name: s.type for s in specs} == {
        "Everton": "organisation", "Grant Thornton": "organisation", "Trump": "person", "Harris": "person"}
    text = "The Politburo met. Junts and Vooruit voted no. A headline in the opposition daily Al-Dustur read so."
    specs, _, _ = run(text, {"Politburo": PER, "Junts": PER, "Vooruit": PER, "opposition daily": PER, "Al-Dustur": PER})
    assert {s.name: s.type for s in specs} == {"Politburo": "organisation", "Junts": "organisation",
                                               "Vooruit": "organisation", "Al-Dustur": "organisation"}
    text = "Holyrood voted and Stormont stalled."
    _, actors, _ = run(text, {"Holyrood": PER, "Stormont": PER})
    assert {a.name: (a.type, [m.text for m in a.mentions]) for a in actors} == {
        "Scottish Parliament": ("organisation", ["Holyrood"]),
        "Northern Ireland Assembly": ("organisation", ["Stormont"]),
    }


def test_a_surname_a_headline_tags_as_a_body_does_not_make_the_full_name_one():
    text = "Ndiaye strikes late in Marrakech\n\nIliman Ndiaye scored.\n\n“I knew,” Ndiaye told reporters."
    specs, actors, quotes = find_actors(text, split_paragraphs(text), lambda texts: [
        [EntitySpan(0, 6, ORG, 0.9)], [EntitySpan(0, 13, ORG, 0.9)], [EntitySpan(10, 16, PER, 0.9)]])
    assert specs == [ActorSpec("Iliman Ndiaye", "person", ["Ndiaye"])]
    assert [a.name for a in actors if a.id == quotes[0].speaker] == ["Iliman Ndiaye"]


def test_a_tag_on_punctuation_does_not_hide_the_next_name():
    text = "The talks dragged on. Rubio praised the deal."
    specs, actors, _ = find_actors(text, split_paragraphs(text), lambda texts: [spans(text, (".", PER), ("Rubio", PER))])
    assert specs == [ActorSpec("Rubio", "person", [])]
    assert actors[0].mentions == [Mention(0, 22, 27, "Rubio")]


def test_tagger_runs_once_over_all_paragraphs():
    calls: list = []
    text = "Rubio spoke.\nZelensky answered.\n\nNobody else."
    detect_specs(text, split_paragraphs(text), fake_tagger({"Rubio": PER, "Zelensky": PER}, calls))
    assert calls == [["Rubio spoke.", "Zelensky answered.", "Nobody else."]]


# --------------------------------------------------------- pronouns and roles

REFERENCES = [
    (
        "a pronoun goes to the person before it",
        "Marco Rubio arrived. He said the talks failed, and his aides agreed.",
        {"Marco Rubio": PER},
        {"Marco Rubio": ["Marco Rubio", "He/pronoun", "his/pronoun"]},
    ),
    (
        "a pronoun opening a paragraph after one about someone of the other sex is the text's main person of its sex;"
        " not after one that names no one",
        "Giulia Marchetti took over in 2015. She cut costs, and she hired staff.\n\n“We argued,” Stefano Rossi says."
        "\n\nHer strategy was simple.\n\nMy neighbour, who is 84, put it better.\n\n“It costs two pounds,” she said.",
        {"Giulia Marchetti": PER, "Stefano Rossi": PER},
        {"Giulia Marchetti": ["Giulia Marchetti", "She/pronoun", "she/pronoun", "Her/pronoun"],
         "Stefano Rossi": ["Stefano Rossi"]},
    ),
    (
        "a pronoun in a new sentence goes to the earlier sentence's subject",
        "Yulia Svyrydenko met Scott Bessent. She signed the deal.",
        {"Yulia Svyrydenko": PER, "Scott Bessent": PER},
        {"Yulia Svyrydenko": ["Yulia Svyrydenko", "She/pronoun"], "Scott Bessent": ["Scott Bessent"]},
    ),
    (
        "a learnt gender steers the next pronoun",
        "Yulia Svyrydenko met Scott Bessent. She smiled. Then he left.",
        {"Yulia Svyrydenko": PER, "Scott Bessent": PER},
        {"Yulia Svyrydenko": ["Yulia Svyrydenko", "She/pronoun"], "Scott Bessent": ["Scott Bessent", "he/pronoun"]},
    ),
    (
        "a gendered title steers a pronoun",
        "Mrs Yulia Svyrydenko met Scott Bessent, and she signed.",
        {"Yulia Svyrydenko": PER, "Scott Bessent": PER},
        {"Yulia Svyrydenko": ["Yulia Svyrydenko", "she/pronoun"], "Scott Bessent": ["Scott Bessent"]},
    ),
    (
        "'the former president' is the one titled so, not a Senate President named since; neither a daughter of a"
        " president nor a name before ', met President' holds the title",
        "Sara Duterte, the daughter of former President Rodrigo Duterte, met President Ferdinand Marcos Jr. Senate"
        " President Francis Escudero agreed. The former president called it revenge.",
        {"Sara Duterte": PER, "Rodrigo Duterte": PER, "Ferdinand Marcos Jr": PER, "Francis Escudero": PER},
        {"Sara Duterte": ["Sara Duterte"], "Rodrigo Duterte": ["Rodrigo Duterte", "president/role"],
         "Ferdinand Marcos Jr": ["Ferdinand Marcos Jr"], "Francis Escudero": ["Francis Escudero"]},
    ),
    (
        "'the president' is the one titled President rather than the Vice President named since",
        "President Ferdinand Marcos met Vice President Sara Duterte. The president left.",
        {"Sara Duterte": PER, "Ferdinand Marcos": PER},
        {"Ferdinand Marcos": ["Ferdinand Marcos", "president/role"], "Sara Duterte": ["Sara Duterte"]},
    ),
    (
        "given names from many languages tell the gender: 'she' after a quote is the earlier sentence's subject",
        "Kaja Kallas is more critical than Ursula von der Leyen. “It is the key enabler,” she said. Edmundo"
        " González ran in her place.",
        {"Kaja Kallas": PER, "Ursula von der Leyen": PER, "Edmundo González": PER},
        {"Kaja Kallas": ["Kaja Kallas", "she/pronoun", "her/pronoun"], "Ursula von der Leyen": ["Ursula von der Leyen"],
         "Edmundo González": ["Edmundo González"]},
    ),
    (
        "'he' after a quote is the earlier sentence's subject, not a man named there as a possessive; a capitalised"
        " 'Mother' is a name, no role",
        "Alexei Navalny died, and his mother, Lyudmila Navalnaya, wept. Ivan Zhdanov, the director of Navalny's"
        " foundation, spoke in the church of the Mother of God. “They did everything,” he said.",
        {"Alexei Navalny": PER, "Lyudmila Navalnaya": PER, "Ivan Zhdanov": PER, "Navalny": PER},
        {"Alexei Navalny": ["Alexei Navalny", "his/pronoun", "Navalny"], "Lyudmila Navalnaya": ["Lyudmila Navalnaya"],
         "Ivan Zhdanov": ["Ivan Zhdanov", "he/pronoun"]},
    ),
    (
        "'he' in a new sentence is the person named plainly, not the one 'His' stood for; a person in an appositive"
        " that names a relation is no antecedent for the sentence's later pronoun",
        "Jair Bolsonaro was convicted. His son, Senator Flávio Bolsonaro, called it persecution. “They want to"
        " eliminate my father,” he said. Donald Trump, an ally of Bolsonaro, compared it to his own battles.",
        {"Jair Bolsonaro": PER, "Flávio Bolsonaro": PER, "Bolsonaro": PER, "Donald Trump": PER},
        {"Jair Bolsonaro": ["Jair Bolsonaro", "His/pronoun", "Bolsonaro"],
         "Flávio Bolsonaro": ["Flávio Bolsonaro", "he/pronoun"], "Donald Trump": ["Donald Trump", "his/pronoun"]},
    ),
    (
        "an object pronoun is not its verb's subject, past an appositive between them",
        "Critics say Andrii Sybiha went too far. Oleksiy Goncharenko, an opposition lawmaker, accused him of it.",
        {"Andrii Sybiha": PER, "Oleksiy Goncharenko": PER},
        {"Andrii Sybiha": ["Andrii Sybiha", "him/pronoun"], "Oleksiy Goncharenko": ["Oleksiy Goncharenko"]},
    ),
    (
        "a new sentence's 'she' is not a person named after 'her' who does not speak there",
        "Kaja Kallas grew up under Soviet rule. Her mother, Kristi, was deported as a baby. “My family history is the"
        " history of my country,” she said.",
        {"Kaja Kallas": PER, "Kristi": PER},
        {"Kaja Kallas": ["Kaja Kallas", "Her/pronoun", "she/pronoun"], "Kristi": ["Kristi"]},
    ),
    (
        "a given name tells the gender: 'her' skips the man named nearer",
        "Maria Kowalczyk measured chlorine. Mostafa Tolba called her work decisive.",
        {"Maria Kowalczyk": PER, "Mostafa Tolba": PER},
        {"Maria Kowalczyk": ["Maria Kowalczyk", "her/pronoun"], "Mostafa Tolba": ["Mostafa Tolba"]},
    ),
    (
        "a man known by his given name alone is not preferred for 'he'",
        "Mark Sanchez said Rex Ryan might play, and he smiled.",
        {"Rex Ryan": PER, "Mark Sanchez": PER},
        {"Rex Ryan": ["Rex Ryan", "he/pronoun"], "Mark Sanchez": ["Mark Sanchez"]},
    ),
    (
        "an earlier 'he' is preferred to a man known by his given name alone",
        "Rex Ryan said he was calm. Ryan said Mark Sanchez might play, and he smiled.",
        {"Rex Ryan": PER, "Mark Sanchez": PER, "Ryan": PER},
        {"Rex Ryan": ["Rex Ryan", "he/pronoun", "Ryan", "he/pronoun"], "Mark Sanchez": ["Mark Sanchez"]},
    ),
    (
        "a person noun an appositive tied to a name is that person later",
        "Maria Kowalczyk died. Her death was confirmed by her daughter, Anna Reed. “She never stopped,” her daughter "
        "said.",
        {"Maria Kowalczyk": PER, "Anna Reed": PER},
        {"Maria Kowalczyk": ["Maria Kowalczyk", "Her/pronoun", "her/pronoun", "her/pronoun"],
         "Anna Reed": ["Anna Reed", "daughter/role"]},
    ),
    (
        "...not the appositive itself, nor a person noun no appositive tied to a name",
        "Maradona hired Carlos Bilardo, the coach of 1986. The coach and the doctor agreed.",
        {"Maradona": PER, "Carlos Bilardo": PER},
        {"Maradona": ["Maradona"], "Carlos Bilardo": ["Carlos Bilardo", "coach/role"]},
    ),
    (
        "'his country' is the country his title names, before or after his name",
        "Belgian Prime Minister Bart De Wever said his country could not accept the risk. Belgium held the assets. "
        "Kristina Lind, Sweden's foreign minister, said her government agreed.",
        {"Bart De Wever": PER, "Kristina Lind": PER},
        {"Bart De Wever": ["Bart De Wever", "his/pronoun"], "Belgium": ["country/role", "Belgium"],
         "Kristina Lind": ["Kristina Lind", "her/pronoun"], "Sweden": ["Sweden", "government/role"]},
    ),
    (
        "...not a country the text never names as an actor, nor a person's country from two titles",
        "French President Emmanuel Macron said his country would act. German envoy Eva Hall spoke. Eva Hall, "
        "Austria's minister, said her country agreed. Germany and Austria waited.",
        {"Emmanuel Macron": PER, "Eva Hall": PER},
        {"Emmanuel Macron": ["Emmanuel Macron", "his/pronoun"], "Eva Hall": ["Eva Hall", "Eva Hall", "her/pronoun"],
         "Germany": ["Germany"], "Austria": ["Austria", "Austria"]},
    ),
    (
        "a possessive is not the subject",
        "Trump’s envoy Steve Witkoff landed. He met officials.",
        {"Trump": PER, "Steve Witkoff": PER},
        {"Trump": ["Trump"], "Steve Witkoff": ["Steve Witkoff", "He/pronoun"]},
    ),
    (
        "a paragraph starting with He takes the previous paragraph's person",
        "Zelensky made guarantees a priority.\nHe warned it was dangerous.",
        {"Zelensky": PER},
        {"Zelensky": ["Zelensky", "He/pronoun"]},
    ),
    (
        "only the first sentence of a paragraph reaches back",
        "Zelensky spoke.\nThe talks went on. Later he left.",
        {"Zelensky": PER},
        {"Zelensky": ["Zelensky"]},
    ),
    (
        "pronouns inside quotes are left alone",
        "Klympush-Tsintsadze spoke. “He will sign,” she said.",
        {"Klympush-Tsintsadze": PER},
        {"Klympush-Tsintsadze": ["Klympush-Tsintsadze", "she/pronoun"]},
    ),
    (
        "a role goes to the holder of the title, not the nearest person",
        "Ukrainian Foreign Minister Andrii Sybiha met Marco Rubio. The minister said talks went well.",
        {"Andrii Sybiha": PER, "Marco Rubio": PER},
        {"Andrii Sybiha": ["Andrii Sybiha", "minister/role"], "Marco Rubio": ["Marco Rubio"]},
    ),
    (
        "an appositive title counts too",
        "Ivanna Klympush-Tsintsadze, chair of the committee, met Rubio. Later the chair spoke.",
        {"Ivanna Klympush-Tsintsadze": PER, "Rubio": PER},
        {"Ivanna Klympush-Tsintsadze": ["Ivanna Klympush-Tsintsadze", "chair/role"], "Rubio": ["Rubio"]},
    ),
    (
        "a role nobody holds goes to the nearest person",
        "Reporters met Marco Rubio. The secretary smiled.",
        {"Marco Rubio": PER},
        {"Marco Rubio": ["Marco Rubio", "secretary/role"]},
    ),
    (
        "a title before a name is not a role mention",
        "Rubio met the special envoy Steve Witkoff.",
        {"Rubio": PER, "Steve Witkoff": PER},
        {"Rubio": ["Rubio"], "Steve Witkoff": ["Steve Witkoff"]},
    ),
    (
        "'the agency' goes to the organisation last named with that noun, not inside quotes",
        "The European Commission met the International Energy Agency. The agency’s report irked the Commission."
        " “The agency is wrong,” Rubio said.",
        {"European Commission": ORG, "International Energy Agency": ORG, "Rubio": PER},
        {
            "European Union": ["European Commission", "Commission/role"],
            "International Energy Agency": ["International Energy Agency", "agency/role"],
            "Rubio": ["Rubio"],
        },
    ),
    (
        "'the group' (or 'the militant group') goes to the armed group or the '... Group' last named",
        "Hamas official Khalil al-Hayya spoke. The group said Israel delayed, and the militant group fired. Later the"
        " Adani Group denied it, and the group’s shares rose.",
        {"Khalil al-Hayya": PER, "Adani Group": ORG},
        {
            "Hamas": ["Hamas", "group/role", "group/role"],
            "Khalil al-Hayya": ["Khalil al-Hayya"],
            "Israel": ["Israel"],
            "Adani Group": ["Adani Group", "group/role"],
        },
    ),
    (
        "'the company' or 'the firm' goes to the company last named, not a body of the gazetteer or a news agency",
        "The EU fined Google. The company said so, and the firm's shares fell, Reuters reported. The company grew,"
        " Kyodo said. The company hired.",
        {"EU": ORG, "Google": ORG, "Reuters": ORG, "Kyodo": ORG},
        {"European Union": ["EU"], "Google": ["Google", "company/role", "firm/role", "company/role", "company/role"],
         "Reuters": ["Reuters"], "Kyodo": ["Kyodo"]},
    ),
    (
        "'the company' reaches back one paragraph only, and never to a name inside a quote",
        "Apple sued. “We will beat Google,” Tim Cook said. The company filed.\nRain fell.\nThe company grew.",
        {"Apple": ORG, "Google": ORG, "Tim Cook": PER},
        {"Apple": ["Apple", "company/role"], "Google": ["Google"], "Tim Cook": ["Tim Cook"]},
    ),
    (
        "'the company' goes first to an organisation named '... Company'; a '... Group' is a company too",
        "Icahn sold his stake in the Manitowoc Company, based in Manitowoc, the company said.\n"
        "Flynn spoke to the Joint Chiefs about the Flynn Intel Group. The firm grew.",
        {"Icahn": PER, "Manitowoc Company": ORG, "Manitowoc": ORG, "Flynn": PER, "Joint Chiefs": ORG,
         "Flynn Intel Group": ORG},
        {"Icahn": ["Icahn", "his/pronoun"], "Manitowoc Company": ["Manitowoc Company", "company/role"], "Manitowoc": ["Manitowoc"],
         "Flynn": ["Flynn"], "Joint Chiefs": ["Joint Chiefs"], "Flynn Intel Group": ["Flynn Intel Group", "firm/role"]},
    ),
    (
        "'it' before a reporting verb goes to the first body of its sentence, else of the closest earlier one",
        "Russia's ministry accused Kyiv of sabotage. “We will respond,” it said. Google said it now sees a case.\n"
        "It added that it urged calm, and it told Ukraine so. Israel hit Hamas, and it said so.\n"
        "Qatar's foreign ministry said in a statement that it was ready.\n"
        "Amnesty has said it will sue. “Talks went well,” Egypt's foreign ministry said, adding that it had warned Cairo.",
        {"Google": ORG, "Amnesty": ORG},
        {"Russia": ["Russia", "it/pronoun"], "Ukraine": ["Kyiv", "Ukraine"],
         "Google": ["Google", "it/pronoun", "It/pronoun", "it/pronoun", "it/pronoun"], "Israel": ["Israel", "it/pronoun"],
         "Hamas": ["Hamas"], "Qatar": ["Qatar", "it/pronoun"], "Amnesty": ["Amnesty", "it/pronoun"],
         "Egypt": ["Egypt", "it/pronoun", "Cairo"]},
    ),
    (
        "'she' after a speaker of unknown gender and a named woman is the woman; a man speaking stays 'he'",
        "Premier Li Qiang told Ursula von der Leyen that China was capable. She called for talks.\n"
        "Jean said he was ready. Michel Martelly welcomed Jean to the race. He said it was fine.",
        {"Li Qiang": PER, "Ursula von der Leyen": PER, "Michel Martelly": PER, "Jean": PER},
        {"Li Qiang": ["Li Qiang"], "Ursula von der Leyen": ["Ursula von der Leyen", "She/pronoun"],
         "China": ["China"], "Jean": ["Jean", "he/pronoun", "Jean"],
         "Michel Martelly": ["Michel Martelly", "He/pronoun"]},
    ),
    (
        "a person inside an earlier sentence's relative clause is not its subject",
        "Sajid Javid, who quit minutes before Rishi Sunak, spoke. He said it was over.\n"
        "The former banker, who replaced Justin Trudeau as leader, has no seat. He will run in Nepean.",
        {"Sajid Javid": PER, "Rishi Sunak": PER, "Justin Trudeau": PER},
        {"Sajid Javid": ["Sajid Javid", "He/pronoun"], "Rishi Sunak": ["Rishi Sunak"],
         "Justin Trudeau": ["Justin Trudeau"]},
    ),
    (
        "a title the sentence gives ('was elected mayor') and a crown prince's; 'X said the mayor' is not X",
        "When Laura Kim was elected mayor, few expected her to last. Tom Hughes, who now works for a firm, said the "
        "mayor had scared off investment.\nThe Saudi Crown Prince Mohammed bin Salman spoke. The crown prince said so.",
        {"Laura Kim": PER, "Tom Hughes": PER, "Mohammed bin Salman": PER},
        {"Laura Kim": ["Laura Kim", "her/pronoun", "mayor/role"], "Tom Hughes": ["Tom Hughes"],
         "Mohammed bin Salman": ["Mohammed bin Salman", "crown prince/role"]},
    ),
    (
        "'the 53-year-old' is the person named with that age, and nobody where no one is; 'who succeeded Ms. Pelosi' "
        "gives no title",
        "Elon Musk, 53, and Nancy Pelosi, 85, spoke. The 53-year-old told analysts he was busy.\nAnn Lee said the "
        "85-year-old had won; the 20-year-old was held.\nHakeem Jeffries, who succeeded Ms. Pelosi as leader, called "
        "her a legend. Mr. Jeffries said she had shaped the party.",
        {"Elon Musk": PER, "Nancy Pelosi": PER, "Ann Lee": PER, "Hakeem Jeffries": PER, "Ms. Pelosi": PER,
         "Mr. Jeffries": PER},
        {"Elon Musk": ["Elon Musk", "53-year-old/role", "he/pronoun"],
         "Nancy Pelosi": ["Nancy Pelosi", "85-year-old/role", "Pelosi", "her/pronoun", "she/pronoun"],
         "Ann Lee": ["Ann Lee"], "Hakeem Jeffries": ["Hakeem Jeffries", "Jeffries"]},
    ),
    (
        "an object pronoun is not the person its relative clause describes, nor its verb's subject past an auxiliary; "
        "a nationality noun is no actor",
        "Senator Bill Cassidy said he had spoken to Robert Kennedy. Cassidy, who cast a vote to confirm him, said so.\n"
        "Trent Alexander-Arnold joined. Coach Xabi Alonso, who played for both clubs, called him a special player. "
        "Alonso said he would use him at right back. The Dutchman agreed.",
        {"Bill Cassidy": PER, "Robert Kennedy": PER, "Cassidy": PER, "Trent Alexander-Arnold": PER, "Xabi Alonso": PER,
         "Alonso": PER, "Dutchman": ORG},
        {"Bill Cassidy": ["Bill Cassidy", "he/pronoun", "Cassidy"], "Robert Kennedy": ["Robert Kennedy", "him/pronoun"],
         "Trent Alexander-Arnold": ["Trent Alexander-Arnold", "him/pronoun", "him/pronoun"],
         "Xabi Alonso": ["Xabi Alonso", "Alonso", "he/pronoun"]},
    ),
    (
        "'the lender' of a later sentence passes over a company named in a relative clause for one named after a "
        "preposition, but not in the clause's own sentence; a shoal is no person",
        "Shares in UBS rose. The lender, which took over Credit Suisse in 2023, warned. Chief executive Sergio Ermotti "
        "said the bank would engage. The Philippines clashed with China near the Second Thomas Shoal.\nNASA, which has "
        "paid SpaceX $3 billion, said it remained confident in the company.",
        {"UBS": ORG, "Credit Suisse": ORG, "Sergio Ermotti": PER, "Thomas Shoal": PER, "NASA": ORG, "SpaceX": ORG},
        {"UBS": ["UBS", "lender/role", "bank/role"], "Credit Suisse": ["Credit Suisse"],
         "Sergio Ermotti": ["Sergio Ermotti"], "Philippines": ["Philippines"], "China": ["China"],
         "NASA": ["NASA", "it/pronoun"], "SpaceX": ["SpaceX", "company/role"]},
    ),
    (
        "'it' as an object, before another verb, after a person or inside a quote is no reference",
        "Russia called it a provocation, urged it to stop and denied it on Monday. It seems the EU promises it will act.\n"
        "Marco Rubio said it was over. “It said no,” NATO said.",
        {"Marco Rubio": PER},
        {"Russia": ["Russia"], "European Union": ["EU"], "Marco Rubio": ["Marco Rubio"], "NATO": ["NATO"]},
    ),
    (
        "'the group' with no armed group or '... Group' named goes to the last company or campaign group named",
        "Amnesty International accused the Sudanese army. The group said so.",
        {"Amnesty International": ORG},
        {"Amnesty International": ["Amnesty International", "group/role"], "Sudan": ["Sudanese"]},
    ),
    (
        "'the firm' is no public body's, whatever its name ends with",
        "The Africa Centres for Disease Control and Prevention warned of a spike. Regulators fined the firm.",
        {"Africa Centres for Disease Control and Prevention": ORG},
        {"Africa Centres for Disease Control and Prevention": ["Africa Centres for Disease Control and Prevention"]},
    ),
    (
        "'J&J' is Johnson & Johnson, and 'the network' the network last named; a by-election names a place",
        "Johnson & Johnson will appeal, J&J said. The Sudan Doctors Network counted the dead, the network said. Reform "
        "won the Runcorn and Helsby by-election.",
        {"Johnson & Johnson": ORG, "J&J": ORG, "Sudan Doctors Network": ORG, "Helsby": ORG},
        {"Johnson & Johnson": ["Johnson & Johnson", "J&J"],
         "Sudan Doctors Network": ["Sudan Doctors Network", "network/role"]},
    ),
    (
        "'the group' may be a charity named last; a title before a comma and a name is that person's; a pipeline is "
        "a place",
        "The Gaza Humanitarian Foundation runs the sites, the group said.\nTinubu suspended its governor, Siminalayi "
        "Fubara, and Nyesom Wike's allies moved to impeach the governor. Militants hit the Trans-Niger Pipeline.",
        {"Gaza Humanitarian Foundation": ORG, "Tinubu": PER, "Siminalayi Fubara": PER, "Nyesom Wike": PER,
         "Trans-Niger Pipeline": ORG},
        {"Gaza Humanitarian Foundation": ["Gaza Humanitarian Foundation", "group/role"], "Tinubu": ["Tinubu"],
         "Siminalayi Fubara": ["Siminalayi Fubara", "governor/role"], "Nyesom Wike": ["Nyesom Wike"]},
    ),
    (
        "'the foundation' and 'the university' are the foundation and the university last named",
        "The Gaza Humanitarian Foundation delivered meals. The foundation denies that. Fudan University hosted it, "
        "the university said.",
        {"Gaza Humanitarian Foundation": ORG, "Fudan University": ORG},
        {"Gaza Humanitarian Foundation": ["Gaza Humanitarian Foundation", "foundation/role"],
         "Fudan University": ["Fudan University", "university/role"]},
    ),
    (
        "'the bank' after the Bank of England: a body's head word before 'of'",
        "The Bank of England cut rates. Andrew Bailey said the bank would be careful.",
        {"Bank of England": ORG, "Andrew Bailey": PER},
        {"Bank of England": ["Bank of England", "bank/role"], "Andrew Bailey": ["Andrew Bailey"]},
    ),
    (
        "a family noun tells the gender: 'he' is not the wife...",
        "Jimmy Carter has died.\nBut the former farmer changed course. Through the Carter Center, which he founded "
        "with his wife Rosalynn in 1982, he monitored elections.\nRosalynn Carter died in 2023.",
        {"Jimmy Carter": PER, "Carter Center": ORG, "Rosalynn": PER, "Rosalynn Carter": PER},
        {"Jimmy Carter": ["Jimmy Carter"], "Carter Center": ["Carter Center"],
         "Rosalynn Carter": ["Rosalynn", "Rosalynn Carter"]},
    ),
    (
        "...but only of the person it introduces, not the name before it, nor a clause's subject after a comma",
        "After she lost her son, Rakhimbayeva said she wept.\n"
        "Sara Duterte threatened Marcos, his wife Liza and the speaker. His office called it serious.",
        {"Sara Duterte": PER, "Marcos": PER, "Liza": PER, "Rakhimbayeva": PER},
        {"Rakhimbayeva": ["Rakhimbayeva", "she/pronoun"], "Sara Duterte": ["Sara Duterte"],
         "Marcos": ["Marcos", "his/pronoun", "His/pronoun"], "Liza": ["Liza"]},
    ),
    (
        "'the Spaniard' is the sentences' subject, and 'the Italian' then someone else",
        "Carlos Alcaraz beat Jannik Sinner in Paris. The Spaniard said he had never played better. The Italian was "
        "gracious.",
        {"Carlos Alcaraz": PER, "Jannik Sinner": PER},
        {"Carlos Alcaraz": ["Carlos Alcaraz", "Spaniard/role", "he/pronoun"],
         "Jannik Sinner": ["Jannik Sinner", "Italian/role"]},
    ),
    (
        "a role opening a paragraph is the last paragraph's subject only as a speaker, and never before the name it "
        "introduces",
        "Sharon Graham spoke.\nThe chancellor, Rachel Reeves, defended it. She said so.\nDmytro Kuleba was blunt.\n"
        "The minister's style has changed.",
        {"Sharon Graham": PER, "Rachel Reeves": PER, "Dmytro Kuleba": PER},
        {"Sharon Graham": ["Sharon Graham"], "Rachel Reeves": ["Rachel Reeves", "She/pronoun"],
         "Dmytro Kuleba": ["Dmytro Kuleba"]},
    ),
    (
        "'his' before a noun an appositive names is not the one its sentence is about; 'her' before a name neither",
        "Gen. Abdel Fattah al-Burhan vowed to fight. His rival, RSF commander Mohamed Hamdan Dagalo, said that his "
        "forces would not leave Khartoum.\nRaisman spoke. Her teammate McKayla Maroney said Nassar abused her.\nYulia "
        "Navalnaya, the widow of Alexei Navalny, vowed to continue his fight against President Vladimir Putin, as "
        "mourners attended his funeral.",
        {"Abdel Fattah al-Burhan": PER, "RSF": ORG, "Mohamed Hamdan Dagalo": PER, "Raisman": PER,
         "McKayla Maroney": PER, "Nassar": PER, "Yulia Navalnaya": PER, "Alexei Navalny": PER, "Vladimir Putin": PER},
        {"Abdel Fattah al-Burhan": ["Abdel Fattah al-Burhan", "His/pronoun"],
         "Mohamed Hamdan Dagalo": ["Mohamed Hamdan Dagalo", "his/pronoun"], "Raisman": ["Raisman", "Her/pronoun"],
         "McKayla Maroney": ["McKayla Maroney", "her/pronoun"], "Nassar": ["Nassar"],
         "Yulia Navalnaya": ["Yulia Navalnaya"], "Alexei Navalny": ["Alexei Navalny", "his/pronoun", "his/pronoun"],
         "Vladimir Putin": ["Vladimir Putin"]},
    ),
    (
        "'the group' may be an armed group named for its forces; 'the company' passes over rivals 'such as' others",
        "The paramilitary Rapid Support Forces took the city.\nThe RSF said its fighters held. The group denied it.\n"
        "Apple lags rivals such as Google and OpenAI. The features were shown at the company's conference.",
        {"Rapid Support Forces": ORG, "RSF": ORG, "Apple": ORG, "Google": ORG, "OpenAI": ORG},
        {"Rapid Support Forces": ["Rapid Support Forces", "RSF", "group/role"], "Apple": ["Apple", "company/role"],
         "Google": ["Google"], "OpenAI": ["OpenAI"]},
    ),
    (
        "a sport's epithet after a club's name goes to the subject named last, and the club keeps its mention",
        "Mitchell Santner said they lost. “We were short,” the left-arm spinner said.\nSam Prendergast missed twice. "
        "“I stayed calm,” the Leinster player said.",
        {"Mitchell Santner": PER, "Sam Prendergast": PER, "Leinster": ORG},
        {"Mitchell Santner": ["Mitchell Santner", "left-arm spinner/role"],
         "Sam Prendergast": ["Sam Prendergast", "player/role"], "Leinster": ["Leinster"]},
    ),
    (
        "a role opening a paragraph before its verb is the last paragraph's subject; a shadow office holds no role",
        "Rachel Reeves signalled tax rises.\nIn a speech on Tuesday, the chancellor blamed the Tories. “We will act,” "
        "she said.\nMel Stride, the shadow chancellor, attacked it. Paul Johnson said the chancellor had few options.",
        {"Rachel Reeves": PER, "Mel Stride": PER, "Paul Johnson": PER},
        {"Rachel Reeves": ["Rachel Reeves", "chancellor/role", "she/pronoun"], "Conservative Party": ["Tories"],
         "Mel Stride": ["Mel Stride"], "Paul Johnson": ["Paul Johnson"]},
    ),
    (
        "'the pope's envoy' gives no one the pope's title, and a later 'he' is the envoy named plainly, not the owner",
        "Pope Leo XIV met Zelensky. The pontiff renewed his offer.\nCardinal Matteo Zuppi, the pope's envoy for "
        "Ukraine, has travelled widely. He said the step was real.",
        {"Leo XIV": PER, "Zelensky": PER, "Matteo Zuppi": PER},
        {"Leo XIV": ["Leo XIV", "pontiff/role", "his/pronoun", "pope/role"], "Zelensky": ["Zelensky"],
         "Matteo Zuppi": ["Matteo Zuppi", "He/pronoun"], "Ukraine": ["Ukraine"]},
    ),
    (
        "'the club' is the club last named, never a league; a body's first word tagged alone joins it, not a title",
        "Manchester United sacked Ruben Amorim, the club announced. Liverpool won the Champions League with the "
        "club.\nThe ruling All Progressives Congress defended it, and General Restituto Padilla spoke.",
        {"Manchester United": ORG, "Ruben Amorim": PER, "Liverpool": ORG, "Champions League": ORG, "All": ORG,
         "Progressives Congress": ORG, "General": ORG, "Restituto Padilla": PER},
        {"Manchester United": ["Manchester United", "club/role"], "Ruben Amorim": ["Ruben Amorim"],
         "Liverpool": ["Liverpool", "club/role"], "Champions League": ["Champions League"],
         "All Progressives Congress": ["All Progressives Congress"], "Restituto Padilla": ["Restituto Padilla"]},
    ),
    (
        "a subject no name stands for owns 'his' where the last sentence names people only as owners, not where it "
        "names one plainly",
        "Mitchell Starc's wickets left Stokes's side short. The England captain defended his team's approach.\nGrossi "
        "said inspectors must return. The agency's chief has received threats, and critics accused Tehran of putting "
        "him in danger.",
        {"Mitchell Starc": PER, "Stokes": PER, "Grossi": PER, "Tehran": LOC},
        {"Mitchell Starc": ["Mitchell Starc"], "Stokes": ["Stokes"], "Grossi": ["Grossi", "him/pronoun"],
         "Iran": ["Tehran"]},
    ),
    (
        "'the president-elect' is not yet 'the president', nor the one who calls; a title's 'of' phrase before the "
        "name makes no role",
        "José Antonio Kast won. Jeannette Jara conceded and called the president-elect to congratulate him.\nLisa "
        "Nandy said she would speak to the chair of the BBC board, Samir Shah.",
        {"José Antonio Kast": PER, "Jeannette Jara": PER, "Lisa Nandy": PER, "Samir Shah": PER, "BBC": ORG},
        {"José Antonio Kast": ["José Antonio Kast", "him/pronoun"], "Jeannette Jara": ["Jeannette Jara"],
         "Lisa Nandy": ["Lisa Nandy", "she/pronoun"], "BBC": ["BBC"], "Samir Shah": ["Samir Shah"]},
    ),
    (
        "'the paramilitary group' is the armed group last named, not a research lab named since",
        "The Rapid Support Forces took the city.\n\nAid groups reported killings.\n\nResearchers at the Yale "
        "Humanitarian Research Lab said images showed bodies near the berm that the paramilitary group built.",
        {"Rapid Support Forces": ORG, "Yale Humanitarian Research Lab": ORG},
        {"Rapid Support Forces": ["Rapid Support Forces", "group/role"],
         "Yale Humanitarian Research Lab": ["Yale Humanitarian Research Lab"]},
    ),
    (
        "a participle's pronoun is the sentence's subject's, not its object's, and so are the epithets after it",
        "Jannik Sinner beat Carlos Alcaraz on Sunday, extending his unbeaten run.\nThe Italian, cheered by the "
        "crowd, dropped no set. Alcaraz said he was tired. “He was better,” the Spaniard said.",
        {"Jannik Sinner": PER, "Carlos Alcaraz": PER},
        {"Jannik Sinner": ["Jannik Sinner", "his/pronoun", "Italian/role"],
         "Carlos Alcaraz": ["Carlos Alcaraz", "Alcaraz", "he/pronoun", "Spaniard/role"]},
    ),
    (
        "'the group' is not one named before '-linked'; 'shares of' a company is no preposition before it",
        "An al-Qaeda-linked group attacked trucks. The group says it is punishing the junta.\nWizz Air said it had "
        "finished. Shares of Airbus fell 4%. The recall is the largest in the company's history.",
        {"Wizz Air": ORG, "Airbus": ORG},
        {"al-Qaeda": ["al-Qaeda"], "Wizz Air": ["Wizz Air", "it/pronoun"], "Airbus": ["Airbus", "company/role"]},
    ),
    (
        "'he' after a comma is not one named after a preposition before it; 'his' in a closing attribution is the "
        "sentence subject's",
        "Jørgen Frydnes praised the choice. Asked about President Trump, who lobbied for the prize, he said no.\n"
        "Volodymyr Zelensky arrived for talks with Steve Witkoff and Jared Kushner, his office said.",
        {"Jørgen Frydnes": PER, "Trump": PER, "Volodymyr Zelensky": PER, "Steve Witkoff": PER, "Jared Kushner": PER},
        {"Jørgen Frydnes": ["Jørgen Frydnes", "he/pronoun"], "Trump": ["Trump"],
         "Volodymyr Zelensky": ["Volodymyr Zelensky", "his/pronoun"], "Steve Witkoff": ["Steve Witkoff"],
         "Jared Kushner": ["Jared Kushner"]},
    ),
    (
        "'his' opening an appositive is not its head's; 'he said' in passing is no one named before it in its sentence",
        "Jamie Carragher called it a disgrace. Gary Neville, his co-commentator, disagreed.\nSecurity adviser Chang "
        "Ho-jin condemned the pact. Kim and Putin, he said, were a threat.",
        {"Jamie Carragher": PER, "Gary Neville": PER, "Chang Ho-jin": PER, "Kim": PER, "Putin": PER},
        {"Jamie Carragher": ["Jamie Carragher", "his/pronoun"], "Gary Neville": ["Gary Neville"],
         "Chang Ho-jin": ["Chang Ho-jin", "he/pronoun"], "Kim": ["Kim"], "Putin": ["Putin"]},
    ),
    (
        "'his' in a clause after a comma is the sentence subject's, not its object's; a name after a lowercase job "
        "tagged an organisation is a person",
        "Syrian President Ahmed al-Sharaa met President Trump on Monday, less than a year after his forces toppled "
        "Assad. Chief economist Huw Pill voted to hold.",
        {"Ahmed al-Sharaa": PER, "Trump": PER, "Assad": PER, "Huw Pill": ORG},
        {"Ahmed al-Sharaa": ["Ahmed al-Sharaa", "his/pronoun"], "Trump": ["Trump"], "Assad": ["Assad"],
         "Huw Pill": ["Huw Pill"]},
    ),
    (
        "no such organisation named before: no reference",
        "The agency said so. Later the World Bank and the party Sinn Féin met, and the bank agreed.",
        {"World Bank": ORG, "Sinn Féin": ORG},
        {"World Bank": ["World Bank", "bank/role"], "Sinn Féin": ["Sinn Féin"]},
    ),
    (
        "'the ministry' is the country last named with its ministry",
        "China's commerce ministry said it would pause the controls.\nThe ministry also said it would issue licences.",
        {},
        {"China": ["China", "it/pronoun", "ministry/role", "it/pronoun"]},
    ),
    (
        "'the carrier' is the airline last named",
        "Wizz Air completed the work overnight. “Our engineers worked hard,” the carrier said.",
        {"Wizz Air": ORG},
        {"Wizz Air": ["Wizz Air", "carrier/role"]},
    ),
    (
        "a plural family noun before a list of names tells each one's sex",
        "Within two years his sons, Mukesh and Anil, were fighting. Their mother, Kokilaben Ambani, stepped in. "
        "“It took a mother,” Mukesh said. Kokila, now in her nineties, attends.\nMukesh spoke. He left.",
        {"Mukesh": PER, "Anil": PER, "Kokilaben Ambani": PER},
        {"Mukesh": ["Mukesh", "Mukesh", "Mukesh", "He/pronoun"], "Anil": ["Anil"],
         "Kokilaben Ambani": ["Kokilaben Ambani", "her/pronoun"]},
    ),
    (
        "an Italian man's given name keeps 'her' from him; 'she' after a sentence about an unnamed woman is not one"
        " named there after a preposition",
        "Her rise was rapid. Gianfranco Fini, who led the National Alliance for years, spotted her early.\n"
        "The woman once denounced in Brussels works closely with Ursula von der Leyen. She has cultivated Trump.",
        {"Gianfranco Fini": PER, "National Alliance": ORG, "Ursula von der Leyen": PER, "Trump": PER},
        {"Gianfranco Fini": ["Gianfranco Fini"], "National Alliance": ["National Alliance"],
         "Ursula von der Leyen": ["Ursula von der Leyen"], "Trump": ["Trump"]},
    ),
    (
        "'the spokesperson' is one titled so, else the body a spokesperson was named for, never a person spoken for;"
        " 'No 10' is the UK's seat",
        "A No 10 spokesperson said Keir Starmer had been briefed. The spokesperson added that he was calm.\n"
        "Kremlin spokesman Dmitry Peskov spoke. The spokesman said talks would go on.",
        {"Keir Starmer": PER, "Dmitry Peskov": PER},
        {"United Kingdom": ["No 10", "spokesperson/role"], "Keir Starmer": ["Keir Starmer", "he/pronoun"],
         "Dmitry Peskov": ["Dmitry Peskov", "spokesman/role"]},
    ),
    (
        "'the chancellor' is no Vice Chancellor; 'she' after a person's mother is the mother, not the person, unless"
        " the mother is named",
        "Merz spoke, flanked by Vice Chancellor Lars Klingbeil. The chancellor said the bill would pass.\n"
        "Anucha was freed. Anucha's mother told Thai television that she had not slept. Trump's wife, Melania, said "
        "she was well.",
        {"Merz": PER, "Lars Klingbeil": PER, "Anucha": PER, "Trump": PER, "Melania": PER},
        {"Merz": ["Merz", "chancellor/role"], "Lars Klingbeil": ["Lars Klingbeil"], "Anucha": ["Anucha", "Anucha"],
         "Trump": ["Trump"], "Melania": ["Melania", "she/pronoun"]},
    ),
    (
        "'the Commission' tagged as a name of its own is the body last named so",
        "The European Commission fined Apple. Ribera said the Commission would not hesitate.",
        {"European Commission": ORG, "Apple": ORG, "Ribera": PER, "Commission": ORG},
        {"European Union": ["European Commission", "Commission/role"], "Apple": ["Apple"], "Ribera": ["Ribera"]},
    ),
    (
        "'the secretary general' is no one titled with another office",
        "Mark Rutte spoke on Monday.\nI spoke to Foreign Minister Andrii Sybiha. The secretary general is right.",
        {"Mark Rutte": PER, "Andrii Sybiha": PER},
        {"Mark Rutte": ["Mark Rutte"], "Andrii Sybiha": ["Andrii Sybiha"]},
    ),
    (
        "'the majority leader' is the one titled so; a role after a preposition is no one its sentence names before,"
        " but for an owner",
        "Senate Majority Leader John Thune spoke.\nShaheen said she had a commitment from the majority leader.\n"
        "Thune spoke. Barahona, one of Zelaya's aides, told a rally of the president's followers.",
        {"John Thune": PER, "Thune": PER, "Shaheen": PER, "Barahona": PER, "Zelaya": PER},
        {"John Thune": ["John Thune", "majority leader/role", "Thune"], "Shaheen": ["Shaheen", "she/pronoun"],
         "Barahona": ["Barahona"], "Zelaya": ["Zelaya", "president/role"]},
    ),
    (
        "'Sens.' is a title; 'the senator' may be one who leads a party",
        "Among them were Sens. John Fetterman and Jeanne Shaheen.\nSenate Majority Leader Joseph Bruno fell. "
        "Prosecutors accused the former senator.",
        {"Sens": ORG, "John Fetterman": PER, "Jeanne Shaheen": PER, "Joseph Bruno": PER},
        {"John Fetterman": ["John Fetterman"], "Jeanne Shaheen": ["Jeanne Shaheen"],
         "Joseph Bruno": ["Joseph Bruno", "senator/role"]},
    ),
    (
        "...but 'the minister' may be a secretary",
        "Foreign Secretary Yvette Cooper arrived. The minister said talks would go on.",
        {"Yvette Cooper": PER},
        {"Yvette Cooper": ["Yvette Cooper", "minister/role"]},
    ),
]


@pytest.mark.parametrize("case, text, entities, expected", REFERENCES, ids=[c[0] for c in REFERENCES])
def test_references(case, text, entities, expected):
    _, actors, _ = run(text, entities)
    assert mentions_of(actors) == expected


# -------------------------------------------------------------------- quotes

QUOTES = [
    ("name after the quote", "“We will not stop,” Rubio said Friday.", {"Rubio": PER}, {"“We will not stop,”": "Rubio"}),
    ("verb before the name", "“Stop,” said Andrii Sybiha.", {"Andrii Sybiha": PER}, {"“Stop,”": "Andrii Sybiha"}),
    ("colon", "Rubio said: “We will not stop.”", {"Rubio": PER}, {"“We will not stop.”": "Rubio"}),
    (
        "'the former Dutch prime minister said' opening a paragraph is the one just named, not the Netherlands",
        "NATO Secretary General Mark Rutte spoke. Rutte told reporters so.\n\n“We have the money,” the former Dutch "
        "prime minister said.",
        {"Mark Rutte": PER},
        {"“We have the money,”": "Mark Rutte"},
    ),
    (
        "radioed, cried and shouted are speech verbs",
        "“One smooth ride,” NASA commander Austin Reyes radioed. “Order!” cried Lindsay Hoyle. “Bring it,” shouted "
        "Eddie Hearn.",
        {"Austin Reyes": PER, "Lindsay Hoyle": PER, "Eddie Hearn": PER},
        {"“One smooth ride,”": "Austin Reyes", "“Order!”": "Lindsay Hoyle", "“Bring it,”": "Eddie Hearn"},
    ),
    ("speech verb and that", "He warned that “it is dangerous.”", {}, {"“it is dangerous.”": None}),
    (
        "a word quoted in an accusation is the accuser's",
        "The agency clashed with OPEC, and Haitham al-Ghais accused it of “fearmongering” about demand.",
        {"OPEC": ORG, "Haitham al-Ghais": PER},
        {"“fearmongering”": "Haitham al-Ghais"},
    ),
    (
        "pronoun speaker",
        "Yulia Svyrydenko signed. “It is done,” she said.",
        {"Yulia Svyrydenko": PER},
        {"“It is done,”": "Yulia Svyrydenko"},
    ),
    (
        "according to",
        "According to Sybiha, the group discussed “paths to peace,” including a ceasefire.",
        {"Sybiha": PER},
        {"“paths to peace,”": "Sybiha"},
    ),
    (
        "the sentence's first person, not the nearest",
        "Trump spoke with Italian Prime Minister Giorgia Meloni, stating, “We’ll see.”",
        {"Trump": PER, "Giorgia Meloni": PER},
        {"“We’ll see.”": "Trump"},
    ),
    ("straight quotes", '"We will see," Trump said.', {"Trump": PER}, {'"We will see,"': "Trump"}),
    (
        "a quote left open at a paragraph's end goes on in the next paragraph's opening quote, a closed one only in a "
        "paragraph of quotes alone",
        "Peskov said: “Kyiv must face reality.\n“There is no other way.”\n“Nor this,” Rubio said.\n“Nor that.”\n"
        "“Nor this,” Rubio said. “Nor that,” Peskov replied.",
        {"Peskov": PER, "Rubio": PER},
        {"“Kyiv must face reality.": "Peskov", "“There is no other way.”": "Peskov", "“Nor this,”": "Rubio",
         "“Nor that.”": "Rubio", "“Nor that,”": "Peskov"},
    ),
    (
        "a country's army or ministry speaks for it, named by its demonym",
        "“We struck,” the Israeli military said. “A massacre,” the Palestinian health ministry said.",
        {},
        {"“We struck,”": "Israel", "“A massacre,”": "Palestine"},
    ),
    (
        "a spokesperson for a body speaks for it",
        "The European Commission acted. “We act,” a spokesperson for the Commission said.",
        {},
        {"“We act,”": "European Union"},
    ),
    (
        "an organisation's 'it' speaks",
        "Google lost the case to Epic. “We will appeal,” it said.",
        {"Google": ORG, "Epic": ORG},
        {"“We will appeal,”": "Google"},
    ),
    (
        "a second quote keeps the speaker",
        "“First,” Rubio said. “Second.”",
        {"Rubio": PER},
        {"“First,”": "Rubio", "“Second.”": "Rubio"},
    ),
    ("a country can speak", "“No deal,” Moscow said.", {}, {"“No deal,”": "Russia"}),
    (
        "the actor right before the speech verb, not the sentence's first",
        "The European Commission defended the plan, a day after Beijing warned that it would “seriously damage” trade.",
        {},
        {"“seriously damage”": "China"},
    ),
    (
        "the last actor right before a speech verb",
        "Rubio said Lavrov told him: “We will see.”",
        {"Rubio": PER, "Lavrov": PER},
        {"“We will see.”": "Lavrov"},
    ),
    (
        "a title and the names in it between the quote and its speaker",
        "“Britain is spending on militarism,” Kremlin spokesman Dmitry Peskov told reporters in Moscow.",
        {"Kremlin": ORG, "Dmitry Peskov": PER},
        {"“Britain is spending on militarism,”": "Dmitry Peskov"},
    ),
    (
        "lowercase words of a title between the quote and its speaker",
        "“Today's decisions send a clear message,” EU antitrust chief Teresa Ribera said.",
        {"EU antitrust": ORG, "Teresa Ribera": PER},
        {"“Today's decisions send a clear message,”": "Teresa Ribera"},
    ),
    (
        "an actor in a relative clause is not the speaker",
        "The RSF, which took control of El Fasher last month, said it welcomed the plan “to end the suffering.”",
        {"RSF": ORG, "El Fasher": PER},
        {"“to end the suffering.”": "RSF"},
    ),
    (
        "the speaker before a relative clause stays the speaker",
        "Burhan, who leads the army, said he wanted “peace now.”",
        {"Burhan": PER},
        {"“peace now.”": "Burhan"},
    ),
    (
        "the speaker after the quote, with an appositive before the speech verb",
        "“He put his power up for sale,” Damian Williams, the U.S. attorney for the Southern District of New York, "
        "told reporters. “Thanks,” Menendez, a Democrat, said.",
        {"Damian Williams": PER, "Menendez": PER},
        {"“He put his power up for sale,”": "Damian Williams", "“Thanks,”": "Menendez"},
    ),
    (
        "the subject of a speech verb before the quote, not the source after 'according to' that follows it",
        "Wang Wentao said Beijing was “willing to meet Europe halfway,” according to a statement from the Ministry of"
        " Commerce. “We agree,” according to Sefcovic.",
        {"Wang Wentao": PER, "Beijing": LOC, "Ministry of Commerce": ORG, "Sefcovic": PER},
        {"“willing to meet Europe halfway,”": "Wang Wentao", "“We agree,”": "Sefcovic"},
    ),
    (
        "a headline's quote right after a name is that person's",
        "Starmer ‘will not back down’ on winter fuel cut\n\nKeir Starmer spoke. Reeves called it “a ‘fair’ choice”.",
        {"Starmer": PER, "Keir Starmer": PER, "Reeves": PER},
        {"‘will not back down’": "Keir Starmer", "“a ‘fair’ choice”": "Reeves"},
    ),
    (
        "a quote after 'citing' is the subject's",
        "Netanyahu fired Yoav Gallant, citing a “crisis of trust”.",
        {"Netanyahu": PER, "Yoav Gallant": PER},
        {"“crisis of trust”": "Netanyahu"},
    ),
    (
        "a body led by a person named between commas speaks, not that person; of two subjects joined by 'and' the"
        " first; a British title without its dot",
        "The RSF, led by Gen Mohamed Hamdan Dagalo, said the army was “never serious”. The United States and Saudi"
        " Arabia said they were “deeply disappointed”.",
        {"RSF": ORG, "Gen Mohamed Hamdan Dagalo": ORG, "United States": LOC, "Saudi Arabia": LOC},
        {"“never serious”": "RSF", "“deeply disappointed”": "United States"},
    ),
    (
        "'commissioner' is a title between the quote and its speaker",
        "“This is a retreat,” EU climate commissioner Wopke Hoekstra told reporters.",
        {"EU climate": ORG, "Wopke Hoekstra": PER},
        {"“This is a retreat,”": "Wopke Hoekstra"},
    ),
    (
        "an abbreviated title's dot does not end the clause after a quote",
        "“This is a cave-in,” said Rep. Alexandria Ocasio-Cortez, a New York Democrat.",
        {"Alexandria Ocasio-Cortez": PER},
        {"“This is a cave-in,”": "Alexandria Ocasio-Cortez"},
    ),
    (
        "a job before the speaker, like a title",
        "“It was a massive result for us,” Arsenal manager Mikel Arteta told Sky Sports.",
        {"Arsenal": ORG, "Mikel Arteta": PER, "Sky Sports": ORG},
        {"“It was a massive result for us,”": "Mikel Arteta"},
    ),
    (
        "a dotted abbreviation does not end the clause after a quote",
        "“He knew the money was gone,” Assistant U.S. Attorney Danielle Sassoon told the court.",
        {"Danielle Sassoon": PER},
        {"“He knew the money was gone,”": "Danielle Sassoon"},
    ),
    (
        "a person noun tied to a name by an appositive speaks for that person",
        "The chemist died, said her daughter, Anna Reed. “She never stopped,” her daughter said.",
        {"Anna Reed": PER},
        {"“She never stopped,”": "Anna Reed"},
    ),
    (
        "an actor's ministry or office speaks for it",
        "“Our actions have been measured,” India's defence ministry said. Pakistan’s government warned: “We will respond.”",
        {},
        {"“Our actions have been measured,”": "India", "“We will respond.”": "Pakistan"},
    ),
    (
        "an office followed by a participle does not speak",
        "Flynn vouched for Erdoğan’s government writing that Turkey was “our strongest ally”.",
        {"Flynn": PER, "Erdoğan": PER},
        {"“our strongest ally”": "Flynn"},
    ),
    (
        "a possessive before the speaker is not the speaker",
        "Jair Bolsonaro stayed home. His son, Senator Flávio Bolsonaro, wrote on X: “This is a farce.”",
        {"Jair Bolsonaro": PER, "Flávio Bolsonaro": PER},
        {"“This is a farce.”": "Flávio Bolsonaro"},
    ),
    (
        "a possessive without an appositive stays the speaker",
        "One of Trump’s first decisions was to appoint Flynn his adviser, calling him “an invaluable asset.”",
        {"Trump": PER, "Flynn": PER},
        {"“an invaluable asset.”": "Trump"},
    ),
    (
        "...but a person named as an owner past the sentence's first words is not",
        "A federal judge in Seattle on Thursday blocked President Donald Trump's executive order, calling it "
        "“blatantly unconstitutional”.",
        {"Donald Trump": PER},
        {"“blatantly unconstitutional”": None},
    ),
    (
        "a quote of several paragraphs is the voice the paragraph before introduced",
        "Kurt Volker, the former envoy, said on Sunday that the deal was dead.\n\n“Nobody will sign it.\n\n“You cannot "
        "end a war by rewarding the side that started it.”\n\nThe talks went on.\n\n“Nothing has changed.",
        {"Kurt Volker": PER},
        {"“Nobody will sign it.": "Kurt Volker", "“You cannot end a war by rewarding the side that started it.”":
         "Kurt Volker", "“Nothing has changed.": None},
    ),
    (
        "after the quote, only a speaker the title run reaches",
        "“Never,” critics of Dmitry Peskov said.",
        {"Dmitry Peskov": PER},
        {"“Never,”": None},
    ),
    (
        "calling it introduces the subject's words",
        "Rutte backed the pledge, calling it “a serious signal to Moscow.”",
        {"Rutte": PER},
        {"“a serious signal to Moscow.”": "Rutte"},
    ),
    (
        "a transcript's turns are quotes of the labelled speaker, not a paragraph without a label",
        "Kristen Michal spoke to us.\nQ: Are you worried?\nMichal: We are not. Russia is a danger.\nQ: And NATO?\n"
        "Michal: It is strong.\nIt makes us safer.",
        {"Kristen Michal": PER, "Michal": PER},
        {"Are you worried?": None, "We are not. Russia is a danger.": "Kristen Michal", "And NATO?": None,
         "It is strong.": "Kristen Michal"},
    ),
    (
        "a transcript's label may start with a title",
        "Elizabeth Warren questioned Jerome Powell.\nSEN. WARREN: Will you cut rates?\nMR. POWELL: Not yet.",
        {"Elizabeth Warren": PER, "Jerome Powell": PER},
        {"Will you cut rates?": "Elizabeth Warren", "Not yet.": "Jerome Powell"},
    ),
    (
        "a transcript's answer may name its speaker in brackets; a moderator speaks for no one",
        "Johann Wadephul met reporters.\nMODERATOR: One question each.\nQ: Will crews engage drones?\n"
        "A (Wadephul): I will not discuss rules of engagement.",
        {"Johann Wadephul": PER, "Wadephul": PER},
        {"One question each.": None, "Will crews engage drones?": None,
         "I will not discuss rules of engagement.": "Johann Wadephul"},
    ),
    (
        "a person the words reported after the last speech verb name does not speak for the source reporting them",
        "Prime Minister Keir Starmer spoke.\nA No 10 source said the prime minister was “relaxed”. As Democrats "
        "acknowledged, Kevin McCarthy conceded that taxes would rise, calling it “a fair trade”.\nThe largest group, "
        "the CDP, said it would amend the plan; its leader, Yoshihiko Noda, accused Takaichi of “using China as an "
        "excuse”.",
        {"Keir Starmer": PER, "Kevin McCarthy": PER, "CDP": ORG, "Yoshihiko Noda": PER, "Takaichi": PER},
        {"“relaxed”": "United Kingdom", "“a fair trade”": "Kevin McCarthy",
         "“using China as an excuse”": "Yoshihiko Noda"},
    ),
    (
        "a platform a statement is posted on does not speak",
        "The Qassam Brigades issued a statement on Telegram warning that “the weapons are a red line”.",
        {"Qassam Brigades": ORG, "Telegram": ORG},
        {"“the weapons are a red line”": "Qassam Brigades"},
    ),
    (
        "one labelled paragraph is no transcript",
        "Rubio: the man behind the talks.\nRubio said “we will see.”",
        {"Rubio": PER},
        {"“we will see.”": "Rubio"},
    ),
    (
        "British single quotes, closed by a mark that is no apostrophe",
        "Kemi Badenoch said the plan was ‘a list of slogans’. ‘We can’t wait,’ Ed Davey said. It was the ‘90s.",
        {"Kemi Badenoch": PER, "Ed Davey": PER},
        {"‘a list of slogans’": "Kemi Badenoch", "‘We can’t wait,’": "Ed Davey"},
    ),
    (
        "British straight quotes, French guillemets and German quotes",
        "Rachel Reeves, the chancellor, defended the plans. 'The bill is rising,' she said. 'Doing nothing is no "
        "option.' Meg Hillier said they had 'not listened'.\nEmmanuel Macron spoke. « Je lui ai demandé de "
        "consulter », the president said. Friedrich Merz said he hoped for a „stabile Regierung“.",
        {"Rachel Reeves": PER, "Meg Hillier": PER, "Emmanuel Macron": PER, "Friedrich Merz": PER},
        {"'The bill is rising,'": "Rachel Reeves", "'Doing nothing is no option.'": "Rachel Reeves",
         "'not listened'": "Meg Hillier", "« Je lui ai demandé de consulter »": "Emmanuel Macron",
         "„stabile Regierung“": "Friedrich Merz"},
    ),
    (
        "a role or job after a name before the speech verb is the subject's, a country's role only its person's",
        "Friedrich Merz spoke. “France is our partner,” the German chancellor said.\nPep Guardiola was angry. “You "
        "cannot do that,” the City manager said.\nFrench President Emmanuel Macron met Merz. “We agree,” the French "
        "president said.",
        {"Friedrich Merz": PER, "Pep Guardiola": PER, "City": ORG, "Emmanuel Macron": PER},
        {"“France is our partner,”": "Friedrich Merz", "“You cannot do that,”": "Pep Guardiola",
         "“We agree,”": "Emmanuel Macron"},
    ),
    (
        "a country's role is the person named with that title, never an earlier paragraph's subject (the country "
        "speaks through an unnamed one)",
        "Indian Foreign Minister Sushma Swaraj spoke. Kulbhushan Jadhav is a spy, he told reporters.\nThe Indian "
        "minister said “no”.\nJadhav is a spy, he said.\nThe Pakistani minister said “yes”.",
        {"Sushma Swaraj": PER, "Kulbhushan Jadhav": PER},
        {"“no”": "Sushma Swaraj", "“yes”": "Pakistan"},
    ),
    (
        "a relative clause's person is not the speaker where an unnamed subject heads it",
        "The post, which shows a photo of Ursula von der Leyen, says “Brussels will abolish cash”.",
        {"Ursula von der Leyen": PER},
        {"“Brussels will abolish cash”": None},
    ),
    (
        "people listed as examples of an unnamed subject do not speak for it, unless one speaks itself",
        "European leaders, including Keir Starmer, Emmanuel Macron and Friedrich Merz, issued a statement saying the "
        "plan “requires work”. Other leaders spoke, including Giorgia Meloni, who said it was “dead”.",
        {"Keir Starmer": PER, "Emmanuel Macron": PER, "Friedrich Merz": PER, "Giorgia Meloni": PER},
        {"“requires work”": None, "“dead”": "Giorgia Meloni"},
    ),
    (
        "a person after a conjunction and a title is not the speaker of the quote before it; a nationality after an "
        "age is the subject",
        "China warned Tokyo to “stop playing with fire” after Prime Minister Sanae Takaichi said it could act.\nLando "
        "Norris won in Mexico. “That was my best race,” the 25-year-old Briton said.",
        {"Sanae Takaichi": PER, "Lando Norris": PER},
        {"“stop playing with fire”": "China", "“That was my best race,”": "Lando Norris"},
    ),
    (
        "a British quote left open runs on into the next paragraph; a role after a fronted phrase is not the person "
        "spoken to there; Reform UK is no mention of the UK",
        "Rachel Reeves defended her Budget.\nSpeaking to the BBC's Laura Kuenssberg, the chancellor said: 'I know "
        "people are worried.\n'We have asked the broadest shoulders to pay more.'\nNigel Farage's Reform UK called it "
        "'a con'.",
        {"Rachel Reeves": PER, "BBC's": ORG, "Laura Kuenssberg": PER, "Nigel Farage's": PER},
        {"'I know people are worried.": "Rachel Reeves", "'We have asked the broadest shoulders to pay more.'":
         "Rachel Reeves", "'a con'": "Reform UK"},
    ),
    (
        "an unnamed spokesperson after a sentence reporting one body speaks for it, not for two",
        "The European Commission told AFP that no ban exists. “Cash will stay,” a spokesperson said.\nNATO and the EU "
        "said they agreed. “We are united,” a spokesman said.",
        {"European Commission": ORG, "AFP": ORG},
        {"“Cash will stay,”": "European Union", "“We are united,”": None},
    ),
    (
        "one capitalised word in single quotes is a title, not a quote",
        "Kate Winslet starred in the 1997 blockbuster 'Titanic.' She said it was 'a dream'.",
        {"Kate Winslet": PER},
        {"'a dream'": "Kate Winslet"},
    ),
    ("no speaker", "“Nobody said this.”", {}, {"“Nobody said this.”": None}),
    (
        "a person's body named after 'of' is not the speaker; the person is",
        "Lee Jae-myung of the Democratic Party called it “a victory.”",
        {"Lee Jae-myung": PER, "Democratic Party": ORG},
        {"“a victory.”": "Lee Jae-myung"},
    ),
    (
        "'the palace' and 'the pontiff' are the palace and the pope named before; 'urging' and 'thanked' report words",
        "Buckingham Palace spoke. The palace said he was “encouraged”.\nPope Leo XIV prayed, urging leaders to “talk”. "
        "The pontiff said it was “a wound”. Andrii Sybiha thanked him for his “moral voice.”",
        {"Buckingham Palace": ORG, "Pope Leo XIV": PER, "Andrii Sybiha": PER},
        {"“encouraged”": "Buckingham Palace", "“talk”": "Leo XIV", "“a wound”": "Leo XIV",
         "“moral voice.”": "Andrii Sybiha"},
    ),
    (
        "a role or a nationality after a quote is the person named last as a subject",
        "Kamala Harris conceded on Wednesday.\n“I do not concede the fight,” the vice-president said. Ange "
        "Postecoglou praised his players. “We were brave,” the Australian said.",
        {"Kamala Harris": PER, "Ange Postecoglou": PER},
        {"“I do not concede the fight,”": "Kamala Harris", "“We were brave,”": "Ange Postecoglou"},
    ),
    (
        "an epithet before a speech verb is the person named last as a subject, of its sex",
        "Lewis Hamilton finished third. “I love this team,” the seven-time champion said.\nThe women accused Harvey "
        "Weinstein, in particular Ashley Judd.\n“I said no,” the actress told the paper.",
        {"Lewis Hamilton": PER, "Harvey Weinstein": PER, "Ashley Judd": PER},
        {"“I love this team,”": "Lewis Hamilton", "“I said no,”": "Ashley Judd"},
    ),
    (
        "an age before a speech verb that no one is given is the subject's, not the one of another age",
        "Jannik Sinner accepted a ban. “It has been hard,” the 23-year-old said.\nStephen Curry, 36, and LeBron James "
        "played. “We are fine,” the 40-year-old said. Ali Khamenei spoke. “Nothing will come of it,” the 86-year-old "
        "cleric said.",
        {"Jannik Sinner": PER, "Stephen Curry": PER, "LeBron James": PER, "Ali Khamenei": PER},
        {"“It has been hard,”": "Jannik Sinner", "“We are fine,”": "LeBron James",
         "“Nothing will come of it,”": "Ali Khamenei"},
    ),
    (
        "an envoy to a country speaks for the one whose envoy it is; 'the prosecutor' is the subject named last",
        "Russia's ambassador to the Vatican said Moscow “appreciated” the offer.\nAlvin Bragg said his office "
        "respected the verdict. “We will go on,” the prosecutor said.",
        {"Alvin Bragg": PER},
        {"“appreciated”": "Russia", "“We will go on,”": "Alvin Bragg"},
    ),
    (
        "a quote without a speaker goes on from the quote before it...",
        "“We will win,” Davey said. “Soon.” Asked when, he called it “a matter of weeks”, Davey said.",
        {"Davey": PER},
        {"“We will win,”": "Davey", "“Soon.”": "Davey", "“a matter of weeks”": "Davey"},
    ),
    (
        "a work's title in quotes is no quote, but speech in title case is",
        "Mikey Madison starred in “A Real Pain” and “The Substance.” “Thank You All,” she said.",
        {"Mikey Madison": PER},
        {"“Thank You All,”": "Mikey Madison"},
    ),
    (
        "'the judge' is only a person titled judge, never the defendant named last",
        "Sean Combs was convicted. “He is a danger,” the judge said.\nJudge Arun Subramanian denied bail. “He is a "
        "danger to others,” the judge said.",
        {"Sean Combs": PER, "Arun Subramanian": PER},
        {"“He is a danger,”": None, "“He is a danger to others,”": "Arun Subramanian"},
    ),
    (
        "a speaker named in an appositive after a title and a possessive, between the quote and the speech verb",
        "Meta won. “The court agreed,” the company's chief legal officer, Jennifer Newstead, said. “We are sad,” the "
        "agency's top lawyer, Jane Roe, told reporters. “We won,” its co-director Susan Smith said.",
        {"Meta": ORG, "Jennifer Newstead": PER, "Jane Roe": PER, "Susan Smith": PER},
        {"“The court agreed,”": "Jennifer Newstead", "“We are sad,”": "Jane Roe", "“We won,”": "Susan Smith"},
    ),
    (
        "a speaker named before a relative clause and the speech verb after it",
        "“This is not a trial of ideas,” Justice Alexandre de Moraes, who oversaw the case, said. Rory McIlroy won the "
        "Masters.",
        {"Alexandre de Moraes": PER, "Rory McIlroy": PER, "Masters": ORG},
        {"“This is not a trial of ideas,”": "Alexandre de Moraes"},
    ),
    (
        "a subject before a relative clause that names another speaker, a verb that confirms, 'the outgoing "
        "president' and 'the world No. 2' after a quote",
        "Nicolás Maduro, whom Washington accuses of leading a cartel, has called it a pretext for “regime "
        "change”. The army chief, Gen. Abdel Fattah al-Burhan, confirmed that his forces had withdrawn “to a safer "
        "place”.\nBoric, who could not run again, said he would meet his successor. “Democracy speaks,” the outgoing "
        "president wrote.\n“This team will go down in history,” said Luke Donald. Rory McIlroy said he had never seen "
        "anything like it. “We had to deal with a lot,” the world No. 2 said.",
        {"Nicolás Maduro": PER, "Abdel Fattah al-Burhan": PER, "Boric": PER, "Luke Donald": PER, "Rory McIlroy": PER},
        {"“regime change”": "Nicolás Maduro", "“to a safer place”": "Abdel Fattah al-Burhan",
         "“Democracy speaks,”": "Boric", "“This team will go down in history,”": "Luke Donald",
         "“We had to deal with a lot,”": "Rory McIlroy"},
    ),
    (
        "an MP, a party's member and a congressman speak after a quote, but not one named only as an owner",
        "Kihuen gave no sign he would follow Lujan's advice. “I will continue,” the congressman said.\nRahul Gandhi "
        "said he was kept away. “They don't want us to meet anyone,” the Congress MP said.\nSpeaker Mike Johnson said "
        "he would call lawmakers back. “The nightmare is over,” the Louisiana Republican said.",
        {"Rahul Gandhi": PER, "Mike Johnson": PER, "Lujan": PER},
        {"“They don't want us to meet anyone,”": "Rahul Gandhi", "“The nightmare is over,”": "Mike Johnson",
         "“I will continue,”": None},
    ),
    (
        "a quote that opens a sentence after one reporting what one actor says is that actor's, unless that actor is "
        "the verb's object or the quote names its own speaker",
        "Dominique Buffin watched the theft.\nThe 58-year-old, who joined the museum in 2005, says she had warned "
        "her superiors. “I wrote memos.”\nOfficials have long urged Washington to act. “We need the Americans,” one "
        "diplomat said.",
        {"Dominique Buffin": PER},
        {"“I wrote memos.”": "Dominique Buffin", "“We need the Americans,”": None},
    ),
    (
        "a quote of several words after its sentence's subject and verb is the subject's, not the previous speaker's; "
        "not a term, one that someone else reports, or one after a clause that names another",
        "“It places politics over peace,” Steven Cheung said. María Corina Machado later dedicated the award to “the "
        "suffering people of Venezuela”.\nThe board had said that Sam Altman was “not consistently candid in his "
        "communications.” Holly Smith detected a “woodsy” flavour.\nIsabel Schnabel joined in 2020. “She reads "
        "everything,” said a banker who has worked with her.",
        {"Steven Cheung": PER, "María Corina Machado": PER, "Sam Altman": PER, "Holly Smith": PER,
         "Isabel Schnabel": PER},
        {"“It places politics over peace,”": "Steven Cheung",
         "“the suffering people of Venezuela”": "María Corina Machado",
         "“not consistently candid in his communications.”": None, "“woodsy”": None, "“She reads everything,”": None},
    ),
    (
        "'the general' speaks for the general named before; no actor speaks where an unnamed one does after it",
        "Army chief Abdel Fattah al-Burhan vowed to fight on. In a speech, the general said the army would not talk "
        "with “those who committed genocide”.\nThe RSF said it agreed, but the army said it would not accept a plan "
        "that “rewards the militia”.\nDmitry Peskov said he had “nothing to say” about the funeral and warned against "
        "“unauthorised gatherings.”",
        {"Abdel Fattah al-Burhan": PER, "RSF": ORG, "Dmitry Peskov": PER},
        {"“those who committed genocide”": "Abdel Fattah al-Burhan", "“rewards the militia”": None,
         "“nothing to say”": "Dmitry Peskov", "“unauthorised gatherings.”": "Dmitry Peskov"},
    ),
    (
        "'the Slovak commissioner' speaks for the commissioner named before",
        "Maros Sefcovic met Piyush Goyal. The Slovak commissioner said “important gaps” remained.",
        {"Maros Sefcovic": PER, "Piyush Goyal": PER},
        {"“important gaps”": "Maros Sefcovic"},
    ),
    (
        "the person a possessive's title of three words names speaks; an adverb may stand before the speech verb",
        "Putin's foreign policy adviser, Yuri Ushakov, said the talks had been “useful and constructive”.\n“Hemedti is "
        "my protection,” Bashir once said.",
        {"Putin": PER, "Yuri Ushakov": PER, "Bashir": PER},
        {"“useful and constructive”": "Yuri Ushakov", "“Hemedti is my protection,”": "Bashir"},
    ),
    (
        "...but not where its sentence says someone else speaks",
        "Davey called the plans “cruel”. The charity Scope said people were “terrified”. “We will act,” a spokesman "
        "said.",
        {"Davey": PER},
        {"“cruel”": "Davey", "“terrified”": None, "“We will act,”": None},
    ),
    (
        "after the quote: a speaker with an age, a relative's appositive, two titles joined by 'and', a joke",
        "Intro.\n\"We will win,\" Mr Prabowo, 75, told reporters, with Datuk Seri Anwar beside him. \"Nour is a "
        "journalist,\" her brother, Sami Jaziri, said. \"We opened our doors,\" Hollis Labs co-founder and Chief "
        "Executive Priya Raman said. \"I am no longer president,\" Petro joked.",
        {"Mr Prabowo": PER, "Datuk Seri Anwar": PER, "Nour": PER, "Sami Jaziri": PER, "Hollis Labs": ORG,
         "Priya Raman": PER, "Petro": PER},
        {'"We will win,"': "Prabowo", '"Nour is a journalist,"': "Sami Jaziri", '"We opened our doors,"': "Priya Raman",
         '"I am no longer president,"': "Petro"},
    ),
    (
        "a paragraph's pronoun after a quote of several sentences may be the person the paragraph before named",
        "Intro.\nOutside court, Melissa Kostakis thanked police.\n\"Thirteen years. Liam got forty-one,\" she said. "
        "\"He should have had forty more.\"",
        {"Melissa Kostakis": PER, "Liam": PER},
        {'"Thirteen years. Liam got forty-one,"': "Melissa Kostakis",
         '"He should have had forty more."': "Melissa Kostakis"},
    ),
    (
        "a nickname in quotes inside a name is no quote",
        'Harold "Hal" Whitaker, 103, was there. "It never gets smaller," Whitaker said.',
        {'Harold "Hal" Whitaker': PER, "Whitaker": PER},
        {'"It never gets smaller,"': 'Harold "Hal" Whitaker'},
    ),
    (
        "a call sign in quotes is no quote; 'the cardinal' is the one titled so",
        'Intro.\nA drone operator who goes by the call sign "Bear" steers a drone. "They come in twos," he said.\n'
        'Cardinal Pietro Parolin spoke. "No policy can forget that every migrant has a name," the cardinal said.',
        {"Pietro Parolin": PER},
        {'"They come in twos,"': None, '"No policy can forget that every migrant has a name,"': "Pietro Parolin"},
    ),
    (
        "an age or a noun for the person after the quote's speech verb is the one named before",
        "Intro.\nAmerican Sydney Kraus, who beat De la Fuente last year, said players were confused.\n"
        "“Nobody understands why,” said the 27-year-old.\nAndré Corrêa do Lago chaired the talks.\n"
        "“We are close,” said the veteran diplomat.",
        {"Sydney Kraus": PER, "De la Fuente": PER, "André Corrêa do Lago": PER},
        {"“Nobody understands why,”": "Sydney Kraus", "“We are close,”": "André Corrêa do Lago"},
    ),
    (
        "a paragraph of quotes alone goes on from the speaker of the quote before, unless that asked a question",
        'Intro.\nBilal Aziz said: "My dad has stood behind that counter for years."\n"We\'ll reopen."\n'
        'Police spoke to Sara Khan. "Did you see them?" Khan asked.\n"No."',
        {"Bilal Aziz": PER, "Sara Khan": PER, "Khan": PER},
        {'"My dad has stood behind that counter for years."': "Bilal Aziz", '"We\'ll reopen."': "Bilal Aziz",
         '"Did you see them?"': "Sara Khan", '"No."': None},
    ),
    (
        "'the <party> leader' is the person named as the sentences' subject, not the party; 'the forum' is the body "
        "named with that word, made whole after its 'and'",
        'Intro.\nMrs Badenoch is responding. "The Chancellor promised growth," the Conservative leader said.\n'
        "The Hostages and Missing Families Forum welcomed the release. “Families can breathe again,” the forum "
        "said.",
        {"Badenoch": PER, "Conservative": ORG, "Hostages": ORG, "Missing Families Forum": ORG},
        {'"The Chancellor promised growth,"': "Badenoch",
         "“Families can breathe again,”": "Hostages and Missing Families Forum"},
    ),
    (
        "a noun given with a name ('the singer Dua Lipa') names that person after it, not the subject named last",
        'Intro.\nThe singer Dua Lipa returned to the stage. Her manager, Ben Mawson, said tickets sold out.\n'
        '"The crowd carried me," the singer joked. Mawson said the tour would go on.',
        {"Dua Lipa": PER, "Ben Mawson": PER, "Mawson": PER},
        {'"The crowd carried me,"': "Dua Lipa"},
    ),
    (
        "an interview's headline quotes the person named after its colon",
        "“We cannot build the grid of 2050 with the rules of 1990”: Ed Miliband on pylons\nThe Energy Secretary "
        "spoke to Hannah Sewell.",
        {"Ed Miliband": PER, "Hannah Sewell": PER},
        {"“We cannot build the grid of 2050 with the rules of 1990”": "Ed Miliband"},
    ),
    (
        "the speaker after an owner's noun is the one whose age and relative clause stand before the verb",
        "Intro.\nJade Kershaw was cleared.\nOutside court, Kershaw's mother Debbie Kershaw, 56, who sat in the "
        "gallery every day, said her daughter \"just wants to get back to work\".",
        {"Jade Kershaw": PER, "Kershaw": PER, "Debbie Kershaw": PER},
        {'"just wants to get back to work"': "Debbie Kershaw"},
    ),
    (
        "a paragraph of quotes alone after one that opens its last sentence with a person, quoting no one, is that "
        "person's; not after one that names a person past a verb",
        "Intro.\nIreland captain Caelan Doris refused to dwell on the decision.\n“We’ll look at ourselves "
        "first.”\nPolice said Tom Hale was arrested.\n“We urge anyone to call.”",
        {"Ireland": LOC, "Caelan Doris": PER, "Tom Hale": PER},
        {"“We’ll look at ourselves first.”": "Caelan Doris", "“We urge anyone to call.”": None},
    ),
    (
        "a sport's noun for the person after 'the' is the one named before, not the club's name before the noun",
        "Intro.\nThomas Ramos kicked the winner.\n“I felt good,” the Toulouse full-back said.\n"
        "Darragh O’Keeffe was in tears.\n“I’ve dreamed about this,” the jockey said.",
        {"Thomas Ramos": PER, "Toulouse": PER, "Darragh O’Keeffe": PER},
        {"“I felt good,”": "Thomas Ramos", "“I’ve dreamed about this,”": "Darragh O’Keeffe"},
    ),
    (
        "'the prince told reporters' is the person named before; a people's language is no actor that would make a "
        "report name two",
        'Intro.\nSaudi energy minister Prince Abdulaziz bin Salman spoke.\n"We are being cautious," the prince told '
        'reporters.\nObi, who switched between Igbo and English, told the crowd he had not joined. "This is not '
        'about me."',
        {"Abdulaziz bin Salman": PER, "Obi": PER, "Igbo": ORG},
        {'"We are being cautious,"': "Abdulaziz bin Salman", '"This is not about me."': "Obi"},
    ),
    (
        "an appositive with no article that opens with a title or a job may stand between the speaker and the verb",
        "Intro.\n“We were looking for a partner,” Adam Fogelson, chair of the Lionsgate Motion Picture Group, told "
        "Variety.",
        {"Adam Fogelson": PER, "Lionsgate Motion Picture Group": ORG, "Variety": ORG},
        {"“We were looking for a partner,”": "Adam Fogelson"},
    ),
    (
        "a role with a portfolio is the one titled so, also under a second title, and no one where no one is",
        "Intro.\nAgriculture Minister Norikazu Suzuki and Prime Minister Ana Ruiz met.\n\"Both are our voters,\" the "
        "agriculture minister told a panel.\nIf the judge rules for Viktor Sokolov, the case goes to the home "
        "secretary, he said.\nSaudi energy minister Prince Abdulaziz bin Salman met Dmitry Kozak. The energy "
        "minister said \"we are cautious\".",
        {"Norikazu Suzuki": PER, "Ana Ruiz": PER, "Viktor Sokolov": PER, "Abdulaziz bin Salman": PER,
         "Dmitry Kozak": PER},
        {'"Both are our voters,"': "Norikazu Suzuki", '"we are cautious"': "Abdulaziz bin Salman"},
    ),
]


@pytest.mark.parametrize("case, text, entities, expected", QUOTES, ids=[c[0] for c in QUOTES])
def test_quote_speakers(case, text, entities, expected):
    _, actors, quotes = run(text, entities)
    names = {a.id: a.name for a in actors}
    assert {q.text: names.get(q.speaker) for q in quotes} == expected


def test_results_do_not_depend_on_string_hashing():
    # "Mr. Hale" gives a woman named Hale a man's title beside "sister": which one told her sex once hung on the order
    # in which a set of strings was read, which Python seeds anew in every process
    code = (
        "import sys; sys.path.insert(0, 'tests'); from test_actors import run, mentions_of, PER; print(mentions_of(run("
        "'Intro.\\nTheir sister, Teresa Hale, 45, stayed neutral. She hosted two dinners.\\n“We own it,” Mr. Hale "
        "said.', {'Teresa Hale': PER, 'Hale': PER})[1]))"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(4)
    }
    assert outputs == {"{'Teresa Hale': ['Teresa Hale', 'She/pronoun', 'Hale']}\n"}


def test_quote_offsets_and_ids():
    text = "Intro.\n“We’re not going on,” Rubio said."
    _, _, quotes = run(text, {"Rubio": PER})
    assert [(q.paragraph, q.start, q.end, q.speaker) for q in quotes] == [(1, 7, 28, "rubio")]


# ---------------------------------------------------------- awkward inputs


@pytest.mark.parametrize("text", ["", "\n\n  \n", "The weather was mild and nothing happened."])
def test_no_actors(text):
    assert run(text, {}) == ([], [], [])


def test_actor_named_only_by_pronoun():
    specs, actors, quotes = run("He said it would rain. “Fine,” she said.", {})
    assert (specs, actors) == ([], [])
    assert [q.speaker for q in quotes] == [None]


def test_all_caps_document():
    text = "US SECRETARY OF STATE MARCO RUBIO WARNED RUSSIA. RUBIO SAID HE WOULD LEAVE. LET US SEE THE US AND US AID."
    specs, actors, _ = run(text, {"MARCO RUBIO": PER, "RUBIO": PER})
    assert [(s.name, s.aliases) for s in specs] == [
        ("Marco Rubio", ["Rubio"]),
        ("Russia", []),
        ("United States", ["US"]),
    ]
    assert mentions_of(actors) == {
        "Marco Rubio": ["MARCO RUBIO", "RUBIO", "HE/pronoun"],
        "Russia": ["RUSSIA"],
        "United States": ["US", "US"],
    }


def test_all_caps_finds_names_of_analyst_specs():
    text = "RUBIO SPOKE TO ZELENSKY."
    _, actors, _ = find_actors(text, split_paragraphs(text), specs=[ActorSpec("Marco Rubio", "person", ["Rubio"])])
    assert mentions_of(actors) == {"Marco Rubio": ["RUBIO"]}


def test_mixed_case_names_are_case_sensitive():
    text = "The rubio plant grew. Rubio spoke."
    _, actors, _ = find_actors(text, split_paragraphs(text), specs=[ActorSpec("Rubio", "person")])
    assert mentions_of(actors) == {"Rubio": ["Rubio"]}


def test_windows_line_endings_keep_offsets():
    text = "Rubio spoke.\r\n\r\nHe left Kyiv.\r\n"
    _, actors, _ = run(text, {"Rubio": PER})
    assert [(m.start, m.end, m.text) for m in actors[0].mentions] == [(0, 5, "Rubio"), (16, 18, "He")]


# --------------------------------------------------- specs re-run and edits


def test_specs_rerun_without_tagger():
    text = "Rubio met Lavrov. Lavrov said no."
    specs = [
        ActorSpec("Marco Rubio", "person", ["Rubio"]),
        ActorSpec("Sergei Lavrov", "person", ["Lavrov"]),
        ActorSpec("Nobody", "group"),
    ]
    got_specs, actors, _ = find_actors(text, split_paragraphs(text), specs=specs)
    assert got_specs is specs
    assert mentions_of(actors) == {"Marco Rubio": ["Rubio"], "Sergei Lavrov": ["Lavrov", "Lavrov"]}


def test_edited_specs_rebuild_through_the_same_path():
    text = "Marco Rubio met Trump. He said Moscow would wait.\nThe Kremlin agreed."
    specs, actors, _ = run(text, {"Marco Rubio": PER, "Trump": PER})
    assert mentions_of(actors) == {
        "Marco Rubio": ["Marco Rubio", "He/pronoun"],
        "Trump": ["Trump"],
        "Russia": ["Moscow", "Kremlin"],
    }
    edited = split_actor(merge_actors(specs, ["Marco Rubio", "Trump"], "US team"), "Russia", ["Kremlin"], "Kremlin")
    _, actors, _ = find_actors(text, split_paragraphs(text), specs=edited)
    assert mentions_of(actors) == {
        "US team": ["Marco Rubio", "Trump", "He/pronoun"],
        "Russia": ["Moscow"],
        "Kremlin": ["Kremlin"],
    }


def test_detection_needs_a_tagger():
    with pytest.raises(AnalysisError, match="tagger"):
        find_actors("Rubio.", split_paragraphs("Rubio."))


def test_build_rejects_invalid_specs():
    specs = [ActorSpec("Russia", "country", ["Moscow"]), ActorSpec("Kremlin", "organisation", ["Moscow"])]
    with pytest.raises(AnalysisError, match="names both"):
        build_actors("Moscow.", split_paragraphs("Moscow."), specs)


def base() -> list[ActorSpec]:
    return [
        ActorSpec("Marco Rubio", "person", ["Rubio"]),
        ActorSpec("Russia", "country", ["Moscow", "Kremlin"]),
        ActorSpec("Trump", "person"),
    ]


RUBIO, RUSSIA, TRUMP = base()

EDITS = [
    (
        "add",
        lambda s: add_actor(s, " NATO ", "organisation", ["Nato", " ", "NATO"]),
        [RUBIO, RUSSIA, TRUMP, ActorSpec("NATO", "organisation", ["Nato"])],
    ),
    (
        "rename keeps the old name as alias",
        lambda s: rename_actor(s, "Trump", "Donald Trump"),
        [RUBIO, RUSSIA, ActorSpec("Donald Trump", "person", ["Trump"])],
    ),
    (
        "rename to an alias",
        lambda s: rename_actor(s, "Marco Rubio", "Rubio"),
        [ActorSpec("Rubio", "person", ["Marco Rubio"]), RUSSIA, TRUMP],
    ),
    (
        "merge into an existing name",
        lambda s: merge_actors(s, ["Trump", "Marco Rubio"], "Marco Rubio"),
        [ActorSpec("Marco Rubio", "person", ["Rubio", "Trump"]), RUSSIA],
    ),
    (
        "merge into a new name",
        lambda s: merge_actors(s, ["Russia", "Trump"], "Moscow and Trump"),
        [RUBIO, ActorSpec("Moscow and Trump", "country", ["Russia", "Moscow", "Kremlin", "Trump"])],
    ),
    (
        "split",
        lambda s: split_actor(s, "Russia", ["Kremlin"], "Kremlin", "organisation"),
        [RUBIO, ActorSpec("Russia", "country", ["Moscow"]), ActorSpec("Kremlin", "organisation"), TRUMP],
    ),
    (
        "split keeps the type",
        lambda s: split_actor(s, "Russia", ["Moscow", "Kremlin"], "Russian government"),
        [
            RUBIO,
            ActorSpec("Russia", "country"),
            ActorSpec("Russian government", "country", ["Moscow", "Kremlin"]),
            TRUMP,
        ],
    ),
    ("delete", lambda s: delete_actor(s, "Russia"), [RUBIO, TRUMP]),
    (
        "add alias",
        lambda s: add_alias(s, "Trump", "Donald Trump"),
        [RUBIO, RUSSIA, ActorSpec("Trump", "person", ["Donald Trump"])],
    ),
    (
        "remove alias",
        lambda s: remove_alias(s, "Russia", "Moscow"),
        [RUBIO, ActorSpec("Russia", "country", ["Kremlin"]), TRUMP],
    ),
]


@pytest.mark.parametrize("case, edit, expected", EDITS, ids=[c[0] for c in EDITS])
def test_edits(case, edit, expected):
    specs = base()
    assert edit(specs) == expected
    assert specs == base(), "edits return a new list and leave the input alone"


NAMES = "Actors: Marco Rubio, Russia, Trump."
TYPES = "Valid types: person, organisation, country, group."
EDIT_ERRORS = [
    ("rename an unknown actor", lambda s: rename_actor(s, "Putin", "Vladimir Putin"), ["'Putin'", NAMES]),
    ("rename to an empty name", lambda s: rename_actor(s, "Trump", "  "), ["needs a name"]),
    (
        "rename to a taken name",
        lambda s: rename_actor(s, "Trump", "russia"),
        ["already an actor named 'russia'", "Marco Rubio, Russia, Trump"],
    ),
    ("add without a name", lambda s: add_actor(s, "", "person"), ["needs a name"]),
    ("add a duplicate", lambda s: add_actor(s, "Russia", "country"), ["already an actor named 'Russia'"]),
    ("add an unknown type", lambda s: add_actor(s, "EU", "union"), ["'union'", TYPES]),
    (
        "add with another actor's alias",
        lambda s: add_actor(s, "Putin", "person", ["Kremlin"]),
        ["'Kremlin' already names 'Russia'"],
    ),
    ("merge one actor", lambda s: merge_actors(s, ["Trump"], "Trump"), ["at least two", NAMES]),
    ("merge nothing", lambda s: merge_actors(s, [], ""), ["at least two", NAMES]),
    ("merge an unknown actor", lambda s: merge_actors(s, ["Trump", "Biden"], "X"), ["'Biden'", NAMES]),
    (
        "merge into a taken name",
        lambda s: merge_actors(s, ["Trump", "Marco Rubio"], "Russia"),
        ["already an actor named 'Russia'"],
    ),
    (
        "split an unknown alias",
        lambda s: split_actor(s, "Russia", ["Beijing"], "China"),
        ["'Beijing'", "Its aliases: Moscow, Kremlin."],
    ),
    ("split no alias", lambda s: split_actor(s, "Russia", [], "X"), ["Its aliases: Moscow, Kremlin."]),
    (
        "split into a taken name",
        lambda s: split_actor(s, "Russia", ["Kremlin"], "Trump"),
        ["already an actor named 'Trump'"],
    ),
    (
        "split into an unknown type",
        lambda s: split_actor(s, "Russia", ["Kremlin"], "Kremlin", "palace"),
        ["'palace'", TYPES],
    ),
    ("delete an unknown actor", lambda s: delete_actor(s, "Biden"), ["'Biden'", NAMES]),
    ("delete from an empty list", lambda s: delete_actor([], "Biden"), ["'Biden'", "Actors: none yet."]),
    ("add an empty alias", lambda s: add_alias(s, "Trump", " "), ["cannot be empty"]),
    ("add another actor's alias", lambda s: add_alias(s, "Trump", "Rubio"), ["'Rubio' already names 'Marco Rubio'"]),
    (
        "add an alias twice",
        lambda s: add_alias(s, "Russia", "Moscow"),
        ["'Moscow' already names 'Russia'", "Its aliases: Moscow, Kremlin."],
    ),
    (
        "remove a missing alias",
        lambda s: remove_alias(s, "Russia", "Beijing"),
        ["'Beijing'", "Its aliases: Moscow, Kremlin."],
    ),
]


@pytest.mark.parametrize("case, edit, fragments", EDIT_ERRORS, ids=[c[0] for c in EDIT_ERRORS])
def test_edit_errors(case, edit, fragments):
    with pytest.raises(AnalysisError) as info:
        edit(base())
    for fragment in fragments:
        assert fragment in str(info.value)


# ---------------------------------------------------------------------- JSON


def test_json_round_trip():
    specs = base() + [ActorSpec("José Mujica", "person", ["Mujica"])]
    text = specs_to_json(specs)
    assert json.loads(text)[0] == {"name": "Marco Rubio", "type": "person", "aliases": ["Rubio"]}
    assert specs_from_json(text) == specs
    assert specs_from_json("[]") == []


MALFORMED = [
    ("not json", "not valid JSON"),
    ('{"name": "X", "type": "person"}', "must be a JSON list"),
    ("[1]", "Actor 1 of the list"),
    ('[{"name": "X"}]', "Actor 1 of the list"),
    ('[{"name": "X", "type": "person", "colour": "red"}]', "Actor 1 of the list"),
    ('[{"name": 3, "type": "person"}]', "text name"),
    ('[{"name": "X", "type": "person", "aliases": "Y"}]', "list of text aliases"),
    ('[{"name": "X", "type": "alien"}]', "Unknown actor type 'alien'"),
    ('[{"name": " ", "type": "person"}]', "needs a name"),
    ('[{"name": "X", "type": "person", "aliases": [""]}]', "empty alias"),
    ('[{"name": "X", "type": "person"}, {"name": "x", "type": "group"}]', "listed twice"),
    ('[{"name": "X", "type": "person", "aliases": ["Y"]}, {"name": "Y", "type": "person"}]', "names both"),
]


@pytest.mark.parametrize("text, fragment", MALFORMED, ids=[m[1] + " " + str(i) for i, m in enumerate(MALFORMED)])
def test_malformed_json(text, fragment):
    with pytest.raises(AnalysisError, match=re.escape(fragment)):
        specs_from_json(text)


# ------------------------------------------------------ the real tagger


@pytest.fixture(scope="module")
def ner() -> Tagger:
    if not get_task("ner").artifact.with_suffix(".safetensors").is_file():
        pytest.skip("the tagger weights (models/ner.safetensors) are not trained yet")
    from analysis.models import load_models

    return load_models(("ner",))["ner"].tag


# name: (type, aliases that must be there, number of mentions incl. pronouns)
SAMPLE_ACTORS = {
    "United States": ("country", {"US", "White House"}, 7),
    "Russia": ("country", {"Russian"}, 5),
    "Ukraine": ("country", {"Ukrainian"}, 11),
    "Marco Rubio": ("person", {"Rubio"}, 6),
    "Volodymyr Zelensky": ("person", {"Zelensky"}, 4),
    "Trump": ("person", set(), 4),
    "Yulia Svyrydenko": ("person", {"Svyrydenko"}, 2),
    "Scott Bessent": ("person", {"Bessent"}, 2),
    "Giorgia Meloni": ("person", {"Meloni"}, 1),
    "Ivanna Klympush-Tsintsadze": ("person", {"Klympush-Tsintsadze"}, 2),
    "Parliament": ("organisation", set(), 1),
    "Andrii Sybiha": ("person", {"Sybiha"}, 2),
    "Steve Witkoff": ("person", {"Witkoff"}, 1),
}


@pytest.fixture(scope="module")
def sample(ner):
    text = SAMPLE.read_text(encoding="utf-8")
    return text, *find_actors(text, split_paragraphs(text), ner)


def test_sample_actors(sample):
    text, specs, actors, _ = sample
    assert {a.name: (a.type, len(a.mentions)) for a in actors} == {n: (t, k) for n, (t, _, k) in SAMPLE_ACTORS.items()}
    for actor in actors:
        assert SAMPLE_ACTORS[actor.name][1] <= set(actor.aliases), actor.name
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
    assert [s.name for s in specs] == [a.name for a in actors]


def test_sample_references_and_places(sample):
    text, _, actors, _ = sample
    by_name = {a.name: a for a in actors}
    resolved = {(a.name, m.text) for a in actors for m in a.mentions if m.resolved}
    assert resolved == {
        ("Marco Rubio", "His"),
        ("Volodymyr Zelensky", "He"),
        ("Yulia Svyrydenko", "her"),
        ("Ivanna Klympush-Tsintsadze", "she"),
    }
    us = [m.text for m in by_name["United States"].mentions]
    assert "Washington" not in us and us.count("White House") == 1  # "held in Washington", "at the White House": places
    assert {"France", "Italy", "European Union"}.isdisjoint(by_name)


@pytest.mark.xfail(
    strict=True,
    reason="known limit: in all caps “COMMITTEE ON EU INTEGRATION” cannot be told from the EU acting, so the EU appears",
)
def test_sample_in_all_caps_gives_the_same_actors(ner):
    text = SAMPLE.read_text(encoding="utf-8").upper()
    _, actors, quotes = find_actors(text, split_paragraphs(text), ner)
    assert {a.name: (a.type, len(a.mentions)) for a in actors} == {n: (t, k) for n, (t, _, k) in SAMPLE_ACTORS.items()}
    assert len(quotes) == 8 and all(q.speaker for q in quotes)


def test_sample_quotes(sample):
    _, _, _, quotes = sample
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "marco-rubio"),
        (2, "marco-rubio"),
        (6, "volodymyr-zelensky"),
        (8, "trump"),
        (8, "trump"),
        (9, "ivanna-klympush-tsintsadze"),
        (9, "ivanna-klympush-tsintsadze"),
        (11, "andrii-sybiha"),
    ]


# -------------------------------------------------------------- command line


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis.actors", *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_cli_missing_and_undecodable_files(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Zelensky sprach über Kyjiw.".encode("latin-1"))
    result = cli(str(tmp_path / "missing.txt"), str(bad))
    assert result.returncode != 0
    assert result.stdout == ""
    assert "missing.txt: no such file" in result.stderr
    assert "latin1.txt: not UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_prints_one_json_line_per_file(ner, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("\ufeffMarco Rubio met Ukrainian officials.\r\n\r\nRubio said Russia must stop. “Now,” he said.\r\n"
                     "\r\n“We will see.”\r\n".encode())
    result = cli(str(path), str(SAMPLE))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["file"] == str(path)
    text = path.read_bytes().decode("utf-8-sig")  # line endings kept, as the command reads it
    names = {a["name"]: a for a in record["actors"]}
    assert set(names) == {"Marco Rubio", "Ukraine", "Russia"}
    for actor in record["actors"]:
        assert set(actor) == {"name", "type", "aliases", "mentions"}
        for m in actor["mentions"]:
            assert set(m) == {"paragraph", "start", "end", "text", "resolved"}
            assert text[m["start"]:m["end"]] == m["text"]
    assert [(m["text"], m["start"]) for m in names["Marco Rubio"]["mentions"]] == [
        ("Marco Rubio", 0), ("Rubio", 40), ("he", 76),
    ]
    assert [(q["paragraph"], q["text"], q["speaker"]) for q in record["quotes"]] == [
        (1, "“Now,”", "Marco Rubio"), (2, "“We will see.”", "Marco Rubio"),
    ]
    assert all(text[q["start"]:q["end"]] == q["text"] for q in record["quotes"])
    assert {a["name"] for a in json.loads(lines[1])["actors"]} == set(SAMPLE_ACTORS)


@pytest.mark.parametrize(
    "name, aliases, entity, expected",
    [
        ("Benigno Aquino III", [], "Benigno Aquino III", True),
        ("Aquino", ["President Aquino"], "Benigno Aquino III", True),
        ("United States", ["US", "Washington"], "us", True),
        ("United Nations", ["UN"], "The Federal Reserve", False),
        ("Angela Merkel", [], "Merkel's government", True),
        ("Apple", [], "Apple Inc.", True),
        ("Ford Foundation", [], "Toyota", False),
        ("Xi", [], "Mr Xi", True),
        ("Xi", [], "Mr Li", False),
    ],
)
def test_an_actor_stands_for_a_main_entity(name, aliases, entity, expected):
    from analysis.evaluate import stands_for

    actor = Actor(id="x", name=name, type="person", aliases=aliases, mentions=[])
    assert stands_for(actor, entity) is expected
