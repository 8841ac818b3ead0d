import pytest

from analysis.actors import ActorSpec, build_actors
from analysis.evidence import oblique_mentions, paragraph_evidence
from analysis.segment import split_paragraphs


def spans(text: str, names: list[str]) -> dict[tuple[int, int], str]:
    return {(text.index(n), text.index(n) + len(n)): n for n in names}


@pytest.mark.parametrize(
    "text, names, oblique",
    [
        ("The US will broker a deal between Russia and Ukraine, Rubio warned.",
         ["US", "Russia", "Ukraine", "Rubio"], ["Russia", "Ukraine"]),
        ("Russia and Ukraine agreed to talks.", ["Russia", "Ukraine"], []),
        ("Russia, which launched an invasion of Ukraine, set conditions.", ["Russia", "Ukraine"], ["Ukraine"]),
        ("Trump met Zelensky at the White House.", ["Trump", "Zelensky", "White House"], ["Zelensky", "White House"]),
        ("Russia accused Ukraine of breaking the truce, Lavrov told Reuters.", ["Russia", "Ukraine", "Lavrov", "Reuters"],
         ["Ukraine", "Reuters"]),
        ("Lavrov said Ukraine would sign.", ["Lavrov", "Ukraine"], []),  # the subject of a reported clause
        ("Israel bombed Hamas positions as Qatar hosted US envoys.", ["Israel", "Hamas", "Qatar", "US"],
         ["Hamas", "US"]),  # the object of a verb that acts on it, and a name before the object noun
        ("Zelensky rejects US plan, but Beijing considers Lai a separatist.", ["Zelensky", "US", "Beijing", "Lai"],
         ["US", "Lai"]),
        ("Trump believes Putin wants peace.", ["Trump", "Putin"], []),  # not a verb that acts on a name
        ("Trump spoke with Italian Prime Minister Giorgia Meloni.", ["Trump", "Giorgia Meloni"], ["Giorgia Meloni"]),
        ("Sybiha, Rubio and Trump’s special envoy Steve Witkoff met.",  # "and" after a name that is not oblique
         ["Sybiha", "Rubio", "Trump", "Steve Witkoff"], []),
        ("Sybiha spoke with Rubio and Trump’s special envoy Steve Witkoff.",
         ["Sybiha", "Rubio", "Trump", "Steve Witkoff"], ["Rubio", "Trump", "Steve Witkoff"]),
        ("In Washington, Secretary of State Marco Rubio said the US would respond.",  # the title's "of" governs nothing
         ["Washington", "Marco Rubio", "US"], ["Washington"]),
        ("Civilians died, according to President Volodymyr Zelensky.", ["Volodymyr Zelensky"], []),
        ("“It is dangerous,” said Jay Tarriela, a spokesperson for the Philippine Coast Guard.",
         ["Jay Tarriela", "Philippine Coast Guard"], []),
        ("Hardliners in the Freedom Caucus warned they would oppose it.", ["Freedom Caucus"], []),
        ("“We lose the night sky,” said Dani Mazzotta of the Idaho Conservation League.",
         ["Dani Mazzotta", "Idaho Conservation League"], []),
        ("Petro, a frequent critic of Trump, called the strikes murder.", ["Petro", "Trump"], ["Trump"]),
        ("Talks resumed, with the EU threatening to walk out.", ["EU"], []),
        ("The talks resumed with the EU in Paris.", ["EU", "Paris"], ["EU", "Paris"]),
        ("China was blamed by Japan. A letter from Zelensky urged calm.", ["China", "Japan", "Zelensky"], []),
        ("Kyiv resisted Trump’s push after Russia’s army advanced.",  # a possessive object, then a clause's subject
         ["Kyiv", "Trump", "Russia"], ["Trump"]),
        ("Russia's foreign ministry said Denholm had praised Musk's leadership.", ["Russia", "Denholm", "Musk"], ["Musk"]),
        ("Ukraine saw Poland. With France and Germany, it agreed.", ["Ukraine", "Poland", "France", "Germany"],
         ["France", "Germany"]),  # a sentence's first word is governed only within its own sentence
    ],
)
def test_oblique_mentions(text, names, oblique):
    found = spans(text, names)
    assert sorted(found[s] for s in oblique_mentions(text, found)) == sorted(oblique)


EVIDENCE_SPECS = [
    ActorSpec("Ed Davey", "person", ["Ed Davey", "Davey"]), ActorSpec("Keir Starmer", "person", ["Keir Starmer"]),
    ActorSpec("Russia", "country", ["Russia", "Moscow"]), ActorSpec("Ukraine", "country", ["Ukraine"]),
]


@pytest.mark.parametrize(
    "text, actor, expected",
    [
        (  # the sentence keeps what the quote leaves out
            "Ed Davey backed the increase but said cutting aid would “hand a victory to the Kremlin.” Aid fell.",
            "Ed Davey",
            "Ed Davey backed the increase but said cutting aid would “hand a victory to the Kremlin.”",
        ),
        (  # a quote of several sentences, then the speaker's reported words
            "“We act. We pay,” Davey said. Markets rose. Davey said the cost would be met by cutting aid.",
            "Ed Davey",
            "“We act. We pay,” Davey said. Davey said the cost would be met by cutting aid.",
        ),
        (  # the quote's speaker only: Keir Starmer is named inside Davey's words
            "“Keir Starmer is right,” Davey said.",
            "Keir Starmer",
            None,
        ),
        (  # a name after a preposition defers to the actor named outright
            "Davey backed talks between Russia and Ukraine. Russia shelled Kyiv.",
            "Ukraine",
            None,
        ),
        (
            "Davey backed talks between Russia and Ukraine. Russia shelled Kyiv.",
            "Russia",
            "Russia shelled Kyiv.",
        ),
        (  # no actor is named outright, so the sentence is evidence for each actor it names
            "Talks stalled after an exchange between Russia and Ukraine.",
            "Ukraine",
            "Talks stalled after an exchange between Russia and Ukraine.",
        ),
        (  # an unattributed quote does not take the names inside it
            "“Talks with Moscow are over.” Davey left.",
            "Russia",
            "“Talks with Moscow are over.”",
        ),
    ],
)
def test_evidence_is_the_actor_s_quotes_and_the_sentences_naming_it(text, actor, expected):
    paragraphs = split_paragraphs(text)
    actors, quotes = build_actors(text, paragraphs, EVIDENCE_SPECS)
    found = next(a for a in actors if a.name == actor)
    evidence = paragraph_evidence(paragraphs[0], actors, quotes).get(found.id)
    if expected is None:
        assert evidence is None
    else:
        assert evidence[0] == expected
        covered = text[evidence[1]:evidence[2]]  # from the first piece's start to the last one's end
        assert covered.startswith(expected[:20]) and covered.endswith(expected[-20:])


def test_evidence_of_a_paragraph_without_actors_is_empty():
    text = "Markets rose. Nobody spoke."
    paragraphs = split_paragraphs(text)
    assert paragraph_evidence(paragraphs[0], [], []) == {}


def test_a_transcript_turn_is_its_speaker_s_evidence_and_not_the_names_inside_it():
    text = "Ed Davey spoke to us.\nQ: Is Russia a threat?\nDavey: Yes. Russia is a danger to Ukraine.\nQ: And aid?"
    paragraphs = split_paragraphs(text)
    actors, quotes = build_actors(text, paragraphs, EVIDENCE_SPECS)
    ids = {a.name: a.id for a in actors}
    evidence = {actor: e[0] for actor, e in paragraph_evidence(paragraphs[2], actors, quotes).items()}
    assert evidence == {ids["Ed Davey"]: "Davey: Yes. Russia is a danger to Ukraine."}
    asked = {actor: e[0] for actor, e in paragraph_evidence(paragraphs[1], actors, quotes).items()}
    assert asked == {ids["Russia"]: "Q: Is Russia a threat?"}  # the asker's turn has no speaker to defer to
