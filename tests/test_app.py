"""Every page through Streamlit's AppTest, on the sample article (models and analyses are cached per process)."""
import json
import re
from pathlib import Path

import pytest
from conftest import make_analysis
from streamlit.testing.v1 import AppTest

from analysis.export import save_analysis
from analysis.pipeline import document_id
from pages.common import SAMPLE_PATH, SAMPLE_TOPICS, literal
from test_ingest import PARAGRAPHS, WRAPPED_40
from test_language import NOT_ENGLISH

TIMEOUT = 300
APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def test_first_launch_shows_the_sample_analysed(app):
    assert app.title[0].value == "Actors"
    assert "Rubio warns US" in app.caption[0].value
    charts = app.get("plotly_chart")
    assert len(charts) >= 4
    assert not app.error
    table = app.dataframe[0].value  # the actor summary: 13 actors, then the text
    assert len(table) == 14 and table["actor"].iloc[-1] == "The text"
    assert list(table.columns)[-3:] == [f"stance: {t}" for t in SAMPLE_TOPICS]
    assert not app.info  # the sample names every topic
    assert not app.warning  # and reads as English


def test_the_actors_page_says_which_topics_the_text_never_names(app):
    app.session_state.documents = [short_document("Kyiv wire")]  # names a ceasefire, not the other two topics
    open_page(app, "pages/actors.py")
    assert [i.value for i in app.info] == [
        "This text does not name “the minerals deal”, “security guarantees for Ukraine”: a stance read toward a topic "
        "the text never names means little. Suggest topics of its own or edit them on the Documents & topics page."
    ]


def test_the_actor_table_follows_the_sidebar_filters(app):
    app.sidebar.multiselect(key="f_types").set_value(["country"]).run()
    app.sidebar.multiselect(key="f_topics").set_value(["a ceasefire"]).run()
    table = app.dataframe[0].value
    assert table["actor"].tolist() == ["United States", "Russia", "Ukraine"]
    assert list(table.columns)[-1] == "stance: a ceasefire" and "stance: the minerals deal" not in table.columns


def test_the_quotes_table_says_who_said_what_and_follows_the_actor_filter(app):
    quotes = next(e for e in app.expander if e.label.startswith("Quotes: who said what"))
    assert quotes.label == "Quotes: who said what (8)"
    table = app.dataframe[1].value
    assert list(table.columns) == ["paragraph", "actor", "quote"]
    assert table["paragraph"].tolist() == [2, 3, 7, 9, 9, 10, 10, 12]  # numbered from 1, as on the Text page
    assert table["quote"].iloc[2].startswith("“a ceasefire without security guarantees")
    assert table["actor"].iloc[2] == "Volodymyr Zelensky"
    app.sidebar.multiselect(key="f_actors").set_value(["marco-rubio"]).run()
    assert app.dataframe[1].value["actor"].tolist() == ["Marco Rubio", "Marco Rubio"]


def test_an_interview_s_answers_are_its_speaker_s_quotes_and_its_questions_nobody_s(app):
    open_page(app, "pages/documents.py")
    app.text_area[-1].input("Kristen Michal spoke to us.\n\nQ: Is Russia a threat?\n\nMichal: Yes. We spend more on "
                            "defence.\n\nQ: And NATO?\n\nMichal: NATO keeps us safe.")
    next(b for b in app.button if b.label == "Add document").click().run()
    open_page(app, "pages/actors.py")
    table = app.dataframe[1].value
    assert table["actor"].tolist() == ["", "Kristen Michal", "", "Kristen Michal"]  # empty, not "None"
    assert table["quote"].tolist() == ["Is Russia a threat?", "Yes. We spend more on defence.", "And NATO?",
                                       "NATO keeps us safe."]


@pytest.mark.parametrize(
    "page, title",
    [("actors", "Actors"), ("text", "Text"), ("documents", "Documents & topics"), ("edit_actors", "Edit actors"),
     ("compare", "Compare documents"), ("export", "Export"), ("models", "Models")],
)
def test_a_page_run_before_the_app_hands_over_to_it(page, title):
    """A link to a page, first on a fresh server, runs the page alone (Streamlit's pages/ fallback)."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == title and "documents" in at.session_state
    assert "open" not in at.query_params


@pytest.mark.parametrize("requested, title", [("models", "Models"), ("no-such-page", "Actors"), ("", "Actors")])
def test_the_app_opens_the_page_a_link_asked_for(requested, title):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["open"] = requested
    at.run()
    assert not at.exception and at.title[0].value == title
    assert "open" not in at.query_params


def test_the_shared_page_module_run_as_a_page_opens_the_app():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.switch_page("pages/common.py")
    at.run()
    assert not at.exception and at.title[0].value == "Actors"


def test_the_stance_timeline_starts_with_one_actor(app):
    def timeline_lines() -> list[str]:
        spec = next(c for c in app.get("plotly_chart") if "Stance through the article" in c.proto.spec)
        return [t["name"] for t in json.loads(spec.proto.spec)["data"]]

    assert app.selectbox(key="timeline_actor").value == "united-states"  # the sample's first actor
    assert timeline_lines() == [f"United States · {t}" for t in SAMPLE_TOPICS]
    app.selectbox(key="timeline_actor").select_index(0).run()  # all actors
    assert len(timeline_lines()) > 3 * len(SAMPLE_TOPICS)  # every actor's lines, the text's too


def test_filters_and_selection_hint(app):
    app.sidebar.slider[0].set_value(0.9).run()
    assert not app.exception and not app.error
    assert any("Select a bar" in c.value for c in app.caption)


def test_text_page_highlights_mentions(app):
    open_page(app, "pages/text.py")
    html = " ".join(h.proto.body for h in app.get("html"))
    assert html.count("data-paragraph") == 12 and '<mark data-actor="marco-rubio"' in html
    assert html.count("<span data-quote ") == 8 and html.count('title="quote attributed to Marco Rubio"') == 2
    app.selectbox[0].select_index(1).run()
    assert not app.exception and len(app.get("plotly_chart")) == 3


def labelled(widgets, label: str):
    return next(w for w in widgets if w.label == label)


def test_documents_page_adds_pasted_text_and_rejects_empty(app):
    open_page(app, "pages/documents.py")
    labelled(app.text_input, "Title").input("Second outlet")
    app.text_area[-1].input("   ")
    submit = next(b for b in app.button if b.label == "Add document")
    submit.click().run()
    assert app.error and "no text" in app.error[0].value
    assert labelled(app.text_input, "Title").value == "Second outlet"  # nothing typed is lost
    app.text_area[-1].input("Zelensky said Kyiv wants a ceasefire.\nRubio said the US is ready.")
    [w for w in app.text_input if w.label == "Headline"][-1].input("  Zelensky presses for a truce ")
    next(b for b in app.button if b.label == "Add document").click().run()
    assert not app.error
    assert len(app.session_state.documents) == 2
    assert app.session_state.documents[1]["headline"] == "Zelensky presses for a truce"
    assert app.session_state.documents[1]["title"] == "Second outlet"


@pytest.mark.parametrize("text, title", [
    ("Rubio says US may walk away\nThe US will walk away, Rubio said.", "Rubio says US may walk away"),
    ("The US will walk away, Rubio said.\nRussia said nothing.", "Pasted text 2"),  # a sentence is no headline
])
def test_an_untitled_paste_takes_its_headline_line_as_title(app, text, title):
    open_page(app, "pages/documents.py")
    app.text_area[-1].input(text)
    next(b for b in app.button if b.label == "Add document").click().run()
    assert not app.error and app.session_state.documents[1]["title"] == title


def headline_field(at: AppTest, index: int):
    """The headline field of the document at ``index`` in the Documents page's list."""
    return at.text_input(key=f"headline_{document_id(at.session_state.documents[index]['text'])}")


def test_the_text_page_can_show_only_the_chosen_actor_s_paragraphs(app):
    open_page(app, "pages/text.py")
    assert not app.toggle  # no actor chosen: the whole text, no toggle

    def paragraphs_shown() -> list[str]:
        return re.findall(r'<p data-paragraph="(\d+)"', app.get("html")[0].proto.body)

    assert paragraphs_shown() == [str(i) for i in range(12)]
    labelled(app.selectbox, "Actor").select("giorgia-meloni").run()
    assert app.toggle(key="text_only").label == "Only the paragraphs naming or quoting Giorgia Meloni"
    assert paragraphs_shown() == ["8"] and "⋯ 3 paragraphs left out" in app.get("html")[0].proto.body
    app.toggle(key="text_only").set_value(False).run()
    assert len(paragraphs_shown()) == 12


def test_a_headline_given_to_the_sample_is_read_on_the_text_page(app):
    open_page(app, "pages/documents.py")
    headline = headline_field(app, 0)
    assert headline.value == ""  # the sample has several main actors: no headline by default
    headline.input("Russia blamed for the collapse of the talks").run()
    assert app.session_state.documents[0]["headline"] == "Russia blamed for the collapse of the talks"
    open_page(app, "pages/text.py")
    assert any("headline “Russia blamed for the collapse of the talks” read with each paragraph" in c.value for c in app.caption)


def test_headlines_stay_with_their_documents_when_the_list_shifts(app):
    open_page(app, "pages/documents.py")
    app.button(key="remove_0").click().run()
    labelled(app.text_input, "Headline").input("Zelensky presses for a truce")
    app.text_area[-1].input("Zelensky said Kyiv wants a ceasefire.")
    next(b for b in app.button if b.label == "Add document").click().run()
    next(b for b in app.button if b.label == "Add the sample article back").click().run()
    assert not app.exception
    assert [d["headline"] for d in app.session_state.documents] == ["", "Zelensky presses for a truce"]
    assert [headline_field(app, i).value for i in range(2)] == ["", "Zelensky presses for a truce"]


def test_each_document_s_text_stays_under_its_title_when_one_before_it_is_removed(app):
    app.session_state.documents = [app.session_state.documents[0], short_document("Outlet A"), {**short_document("Outlet B"), "text": "Beta."}]
    open_page(app, "pages/documents.py")
    app.button(key="remove_0").click().run()
    texts = [d["text"] for d in app.session_state.documents]
    assert [e.label for e in app.expander] == [f"1. Outlet A ({len(texts[0])} characters)", "2. Outlet B (5 characters)"]
    assert [t.value for t in app.text_area][:2] == [f"{SHORT_TEXT}\nOutlet A reported it.", "Beta."]


def test_the_same_text_is_not_added_twice(app):
    open_page(app, "pages/documents.py")
    app.text_area[-1].input(app.session_state.documents[0]["text"])
    next(b for b in app.button if b.label == "Add document").click().run()
    assert "already open as document 1, “Rubio warns US" in app.error[0].value
    assert len(app.session_state.documents) == 1 and app.text_area[-1].value  # nothing typed is lost


def apply_topic_edits(at: AppTest, edited_rows: dict, added: list[str], deleted: list[int] = ()) -> AppTest:
    """Edit the topics table as a user would (AppTest cannot type into it), then press Apply topics."""
    at.session_state["topics_editor"] = {
        "edited_rows": edited_rows, "added_rows": [{"topic": t} for t in added], "deleted_rows": list(deleted),
    }
    at.run()
    next(b for b in at.button if b.label == "Apply topics").click().run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize(
    "edited_rows, added, deleted, expected",
    [
        ({}, ["  an  energy truce ", "A ceasefire"], [], SAMPLE_TOPICS + ["an energy truce"]),
        ({"1": {"topic": "sanctions on Russia"}}, [], [0], ["sanctions on Russia", "security guarantees for Ukraine"]),
        ({}, [], [0, 1, 2], []),
    ],
)
def test_applied_topics_are_cleaned(app, edited_rows, added, deleted, expected):
    open_page(app, "pages/documents.py")
    apply_topic_edits(app, edited_rows, added, deleted)
    assert not app.error
    assert app.session_state.topics == expected


@pytest.mark.parametrize(
    "edited_rows, added, message",
    [
        ({"0": {"topic": "x" * 121}}, [], "longer than 120 characters"),
        ({}, ["peace", "sanctions", "elections", "aid"], "7 topics given; at most 6"),
    ],
)
def test_bad_topics_are_refused_and_nothing_is_lost(app, edited_rows, added, message):
    open_page(app, "pages/documents.py")
    apply_topic_edits(app, edited_rows, added)
    assert app.error and message in app.error[0].value
    assert app.session_state.topics == SAMPLE_TOPICS  # the analysis keeps its topics
    assert app.session_state["topics_editor"]["added_rows"] == [{"topic": t} for t in added]  # the table keeps the edits


def test_topics_are_suggested_from_the_chosen_document(app):
    open_page(app, "pages/documents.py")
    suggest = next(b for b in app.button if b.label.startswith("Suggest topics from"))
    assert suggest.label == "Suggest topics from “Rubio warns US may walk away from peace…”"
    text = ("The central bank raised interest rates again on Tuesday.\n\n"
            "Critics said higher interest rates would hurt families, and the bank's governor defended interest rates.")
    labelled(app.text_input, "Title").input("Rates")
    app.text_area[-1].input(text)
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.active == 1
    next(b for b in app.button if b.label == "Suggest topics from “Rates”").click().run()
    assert not app.exception and not app.error
    assert app.session_state.topics and all(t.lower() in text.lower() for t in app.session_state.topics)
    assert "interest rates" in [t.lower() for t in app.session_state.topics]


def test_suggesting_from_a_text_that_repeats_no_phrase_keeps_the_topics(app):
    open_page(app, "pages/documents.py")
    labelled(app.text_input, "Title").input("Brief")
    app.text_area[-1].input("The central bank raised interest rates on Tuesday.")
    next(b for b in app.button if b.label == "Add document").click().run()
    next(b for b in app.button if b.label == "Suggest topics from “Brief”").click().run()
    assert not app.exception and not app.error
    assert app.session_state.topics == SAMPLE_TOPICS
    assert [i.value for i in app.info][-1] == (
        "“Brief” repeats no phrase that would make a topic, so the topics stay as they are: type your own in the table "
        "above."
    )


def test_a_new_document_that_never_names_the_topics_says_so(app):
    open_page(app, "pages/documents.py")
    app.text_area[-1].input("The central bank raised interest rates.\n\nA ceasefire in the rate war is not in sight.")
    next(b for b in app.button if b.label == "Add document").click().run()
    assert [i.value for i in app.info] == [
        "It does not name “the minerals deal”, “security guarantees for Ukraine”: a stance read toward a topic the "
        "text never names means little. Press **Suggest topics from …** below for topics of its own, or edit the topics."
    ]
    app.text_area[-1].input("Ukraine wants a ceasefire, security guarantees and a minerals deal.")
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.active == 2 and not app.info


WEB_PAGE = (
    "EU leaders agree new sanctions on Russia\n\nBy Jane Smith, Brussels correspondent\nPublished 3 hours ago\nShare\n"
    "Save\n\nEuropean Union leaders agreed on Thursday to new sanctions against Russia.\n\nADVERTISEMENT\n\n"
    "Hungary's Prime Minister Viktor Orban dropped his veto, diplomats said.\n\nSign up for our Europe newsletter"
)


def test_web_page_lines_are_left_out_of_a_pasted_article_unless_kept(app):
    open_page(app, "pages/documents.py")
    app.text_area[-1].input(WEB_PAGE)
    next(b for b in app.button if b.label == "Add document").click().run()
    added = app.session_state.documents[-1]
    assert added["title"] == "EU leaders agree new sanctions on Russia"
    assert added["text"] == (
        "EU leaders agree new sanctions on Russia\n\nEuropean Union leaders agreed on Thursday to new sanctions against "
        "Russia.\n\nHungary's Prime Minister Viktor Orban dropped his veto, diplomats said."
    )
    assert app.info[0].value == (
        "Left out 6 lines of the web page around the article: “By Jane Smith, Brussels correspondent”, “Published 3 "
        "hours ago”, “Share”, “Save”, …. Switch off **Leave out web-page lines** above to keep them."
    )
    open_page(app, "pages/actors.py")
    assert app.dataframe[0].value["actor"].tolist() == ["European Union", "Russia", "Viktor Orban", "The text"]
    open_page(app, "pages/documents.py")
    app.toggle(key="drop_furniture").set_value(False).run()
    app.text_area[-1].input(WEB_PAGE + "\n\nOrban said so.")
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.documents[-1]["text"] == WEB_PAGE + "\n\nOrban said so."
    assert not any(i.value.startswith("Left out") for i in app.info)
    open_page(app, "pages/actors.py")
    assert "Jane Smith" in app.dataframe[0].value["actor"].tolist()  # the byline's author, read as an actor


def test_a_pasted_text_wrapped_at_a_fixed_width_is_joined_into_paragraphs_unless_kept(app):
    wrapped = "\n\n".join("\n".join(p) for p in WRAPPED_40)
    open_page(app, "pages/documents.py")
    app.text_area[-1].input(wrapped)
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.documents[-1]["text"] == "\n\n".join(PARAGRAPHS)
    assert app.info[0].value == (
        "Joined 7 lines wrapped at a fixed width into their paragraphs. Switch off **Join wrapped lines** above to keep "
        "every line a paragraph."
    )
    app.toggle(key="unwrap").set_value(False).run()
    app.text_area[-1].input(wrapped + "\n\nTalks go on.")
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.documents[-1]["text"] == wrapped + "\n\nTalks go on."
    assert not any(i.value.startswith("Joined") for i in app.info)


def test_a_pasted_wall_of_text_is_read_in_paragraphs_and_says_so(app):
    wall = " ".join(SAMPLE_PATH.read_text(encoding="utf-8").split("\n")).strip()
    open_page(app, "pages/documents.py")
    app.text_area[-1].input(wall)
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.documents[-1]["text"] == wall and not app.error
    assert [i.value for i in app.info] == [
        "It has 1 line of over 1,500 characters (an article that lost its paragraph breaks, say): it is read as "
        "paragraphs of a few sentences each."
    ]


def test_a_document_in_another_language_is_flagged_where_it_is_added_and_read(app):
    open_page(app, "pages/documents.py")
    app.text_area[-1].input(NOT_ENGLISH["German"])
    next(b for b in app.button if b.label == "Add document").click().run()
    assert app.session_state.active == 1 and not app.error
    assert [w.value for w in app.warning] == [
        "It does not read as English: 0% of its words are common English words like “the” and “said”, against about "
        "30% in English news. The models were trained on English text only, so the actors, tones and stances found in "
        "it mean little."
    ]
    open_page(app, "pages/actors.py")
    assert [w.value[:40] for w in app.warning] == [
        "This text does not read as English: 0% o", "No actors were found in this text. Add t"
    ]
    open_page(app, "pages/text.py")
    assert [w.value[:40] for w in app.warning] == ["This text does not read as English: 0% o"]
    app.sidebar.selectbox[0].set_value(0).run()  # back to the sample: no warning
    assert not app.warning


@pytest.mark.parametrize("page", ["actors", "text", "edit_actors", "export", "compare"])
def test_pages_point_to_the_documents_page_when_every_document_is_removed(app, page):
    open_page(app, "pages/documents.py")
    app.button(key="remove_0").click().run()
    assert app.session_state.documents == []
    open_page(app, f"pages/{page}.py")
    assert any("Documents & topics page" in i.value for i in app.info)
    assert not app.error


SHORT_TEXT = "Zelensky said Kyiv wants a ceasefire.\nRubio said the US is ready."


def short_document(title: str) -> dict[str, str]:
    """A document of its own text (the app refuses the same text twice)."""
    return {"title": title, "headline": "", "text": f"{SHORT_TEXT}\n{title} reported it."}


def chosen_title(at: AppTest) -> str:
    """The title of the document the sidebar shows (the Actors page's caption starts with it)."""
    return at.caption[0].value.split(" · ")[0].strip("*")


def test_the_sidebar_keeps_its_document_when_one_before_it_is_removed(app):
    app.session_state.documents = [app.session_state.documents[0], short_document("Outlet A"), short_document("Outlet B")]
    app.session_state.active = 2
    open_page(app, "pages/documents.py")
    app.button(key="remove_0").click().run()
    assert app.session_state.active == 1 and app.session_state.documents[1]["title"] == "Outlet B"
    assert any(b.label == "Suggest topics from “Outlet B”" for b in app.button)
    open_page(app, "pages/actors.py")
    assert app.sidebar.selectbox(key="doc_picker").value == 1 and chosen_title(app) == "Outlet B"
    open_page(app, "pages/documents.py")
    app.button(key="remove_1").click().run()  # the chosen document itself: the one before it takes over
    assert app.session_state.active == 0 and [d["title"] for d in app.session_state.documents] == ["Outlet A"]


def test_a_document_whose_analysis_fails_gives_way_to_one_that_has_an_analysis(app):
    app.session_state.documents = [*app.session_state.documents, {"title": "Blank", "headline": "", "text": "  \n "}]
    app.session_state.active = 1
    open_page(app, "pages/actors.py")
    assert "“Blank”" in app.error[0].value and "no text" in app.error[0].value
    assert "Rubio warns US" in chosen_title(app) and app.session_state.active == 0
    open_page(app, "pages/documents.py")
    assert any(b.label.startswith("Suggest topics from “Rubio warns US") for b in app.button)  # the same choice on both pages


def test_an_overlong_title_is_cut(app):
    open_page(app, "pages/documents.py")
    name = "wire-" + "x" * 300 + ".txt"
    app.file_uploader[0].set_value([(name, SHORT_TEXT.encode(), "text/plain")]).run()
    next(b for b in app.button if b.label == "Add uploaded files").click().run()
    title = app.session_state.documents[-1]["title"]
    assert len(title) == 200 and title == name[:199] + "…"


def test_uploaded_files_are_added_and_chosen(app):
    open_page(app, "pages/documents.py")
    app.file_uploader[0].set_value([("kyiv.txt", SHORT_TEXT.encode(), "text/plain"), ("empty.txt", b" ", "text/plain")]).run()
    next(b for b in app.button if b.label == "Add uploaded files").click().run()
    assert [d["title"] for d in app.session_state.documents][1:] == ["kyiv.txt"] and app.session_state.active == 1
    assert "empty.txt" in app.error[0].value  # the other file is refused, the good one kept
    assert [i.value.startswith("It does not name “the minerals deal”, “security guarantees for Ukraine”") for i in app.info] == [True]


def test_an_analysis_file_loads_back_as_a_chosen_document(app):
    saved = make_analysis()
    open_page(app, "pages/export.py")
    app.file_uploader[0].set_value(("talks.analysis.json", save_analysis(saved), "application/json")).run()
    next(b for b in app.button if b.label == "Load it as a document").click().run()
    assert not app.exception and not app.error
    assert app.session_state.documents[-1]["text"] == saved.text and app.session_state.active == 1
    assert app.session_state.topics == [*SAMPLE_TOPICS, *saved.topics]
    app.run()
    assert not app.error and app.sidebar.selectbox(key="doc_picker").value == 1


def too_long_analysis():
    analysis = make_analysis()
    analysis.text += " more" * 20_000
    return analysis


@pytest.mark.parametrize("payload, topics, message", [
    (b"{not json", SAMPLE_TOPICS, "talks.analysis.json: "),
    (save_analysis(make_analysis()), ["peace", "sanctions", "elections", "aid", "trade"], "7 topics given; at most 6"),
    (save_analysis(too_long_analysis()), SAMPLE_TOPICS, "characters; the limit is 100,000"),
])
def test_a_refused_analysis_file_changes_nothing(app, payload, topics, message):
    app.session_state.topics = list(topics)
    open_page(app, "pages/export.py")
    app.file_uploader[0].set_value(("talks.analysis.json", payload, "application/json")).run()
    next(b for b in app.button if b.label == "Load it as a document").click().run()
    assert app.error and message in app.error[0].value
    assert len(app.session_state.documents) == 1 and app.session_state.topics == topics


@pytest.mark.parametrize("how", ["paste", "upload", "sample"])
def test_no_way_of_adding_passes_the_documents_limit(app, how):
    documents = [short_document(f"Outlet {i}") for i in range(5)]
    app.session_state.documents = list(documents)
    open_page(app, "pages/documents.py")
    if how == "paste":
        app.text_area[-1].input(SHORT_TEXT)
        next(b for b in app.button if b.label == "Add document").click().run()
    elif how == "upload":
        app.file_uploader[0].set_value([("kyiv.txt", SHORT_TEXT.encode(), "text/plain")]).run()
        next(b for b in app.button if b.label == "Add uploaded files").click().run()
    else:
        next(b for b in app.button if b.label == "Add the sample article back").click().run()
    assert app.error and "At most 5 documents" in app.error[0].value
    assert app.session_state.documents == documents


def test_an_analysis_file_is_refused_past_the_documents_limit(app):
    documents = [short_document(f"Outlet {i}") for i in range(5)]
    app.session_state.documents = list(documents)
    open_page(app, "pages/export.py")
    app.file_uploader[0].set_value(("talks.analysis.json", save_analysis(make_analysis()), "application/json")).run()
    next(b for b in app.button if b.label == "Load it as a document").click().run()
    assert "At most 5 documents" in app.error[0].value and app.session_state.documents == documents


@pytest.mark.parametrize("text, shown", [
    ("Kyiv wire, 5 May (2026)", "Kyiv wire, 5 May (2026)"),
    ("*Kyiv* [wire](http://x.example)", r"\*Kyiv\* \[wire\](http\://x.example)"),
    ("$5bn #1 <b> a_b `c` ~x~ |t| \\", r"\$5bn \#1 \<b\> a\_b \`c\` \~x\~ \|t\| \\"),
])
def test_literal_escapes_markdown_syntax(text, shown):
    assert literal(text) == shown


def test_a_title_s_markdown_is_shown_as_typed(app):
    app.session_state.documents = [short_document("*Kyiv* wire")]
    open_page(app, "pages/documents.py")
    assert app.expander[0].label == rf"1. \*Kyiv\* wire ({len(app.session_state.documents[0]['text'])} characters)"
    assert any(b.label == r"Suggest topics from “\*Kyiv\* wire”" for b in app.button)
    open_page(app, "pages/actors.py")
    assert app.caption[0].value.startswith(r"**\*Kyiv\* wire** · ")


def test_edit_actors_page(app):
    open_page(app, "pages/edit_actors.py")
    assert app.title[0].value == "Edit actors" and chosen_title(app).startswith("Rubio warns US")
    assert not app.error


def edited_actors(at: AppTest) -> dict[str, tuple[str, list[str]]]:
    """The session's edited actor list of the sample: name -> (type, aliases)."""
    (specs,) = at.session_state.specs.values()
    return {s["name"]: (s["type"], s["aliases"]) for s in json.loads(specs)}


def test_an_actor_is_renamed_in_the_table_and_the_edits_undone(app):
    open_page(app, "pages/edit_actors.py")
    names = labelled(app.multiselect, "Actors to merge").options
    (key,) = [k for k in app.session_state if str(k).startswith("actor_table_")]
    app.session_state[key] = {"edited_rows": {names.index("Trump"): {"name": " Donald Trump "}}, "added_rows": [], "deleted_rows": []}
    app.run()
    next(b for b in app.button if b.label == "Apply edits").click().run()
    assert not app.exception and not app.error
    assert edited_actors(app)["Donald Trump"] == ("person", []) and "Trump" not in edited_actors(app)
    assert "Donald Trump" in labelled(app.multiselect, "Actors to merge").options  # the analysis re-ran with the list
    next(b for b in app.button if b.label == "Undo all edits (detect again)").click().run()
    assert app.session_state.specs == {} and "Trump" in labelled(app.multiselect, "Actors to merge").options


def test_two_actors_are_merged(app):
    open_page(app, "pages/edit_actors.py")
    labelled(app.multiselect, "Actors to merge").set_value(["Trump", "Steve Witkoff"])
    labelled(app.text_input, "Name of the merged actor").input("Trump team")
    next(b for b in app.button if b.label == "Merge").click().run()
    assert not app.exception and not app.error
    assert edited_actors(app)["Trump team"] == ("person", ["Trump", "Steve Witkoff", "Witkoff"])
    assert "Steve Witkoff" not in edited_actors(app)


def test_the_split_form_offers_the_chosen_actor_s_aliases(app):
    open_page(app, "pages/edit_actors.py")
    labelled(app.selectbox, "Actor").select("Marco Rubio").run()
    assert labelled(app.multiselect, "Aliases that name a different actor").options == ["Rubio"]
    assert labelled(app.selectbox, "New actor's type").value == "person"  # the chosen actor's type to start with
    labelled(app.selectbox, "Actor").select("United States").run()
    assert labelled(app.selectbox, "New actor's type").value == "country"
    labelled(app.multiselect, "Aliases that name a different actor").set_value(["White House"])
    labelled(app.text_input, "New actor's name").input("White House")
    labelled(app.selectbox, "New actor's type").select("organisation")
    next(b for b in app.button if b.label == "Split").click().run()
    assert not app.exception and not app.error
    actors = edited_actors(app)
    assert actors["United States"] == ("country", ["US"]) and actors["White House"] == ("organisation", [])
    assert list(actors).index("White House") == list(actors).index("United States") + 1


def test_a_split_without_aliases_is_refused_and_nothing_changes(app):
    open_page(app, "pages/edit_actors.py")
    labelled(app.text_input, "New actor's name").input("White House")
    next(b for b in app.button if b.label == "Split").click().run()
    assert "Pick aliases of 'United States' to split off" in app.error[0].value
    assert app.session_state.specs == {} and labelled(app.text_input, "New actor's name").value == "White House"


def test_compare_page_with_one_document(app):
    open_page(app, "pages/compare.py")
    assert app.info and len(app.get("plotly_chart")) == 1 and not app.toggle


def test_compare_page_keeps_the_actors_two_documents_share(app):
    app.session_state.documents = [*app.session_state.documents, short_document("Kyiv wire")]
    open_page(app, "pages/compare.py")

    def actors_drawn() -> set[str]:
        return {x for trace in json.loads(app.get("plotly_chart")[0].proto.spec)["data"] for x in trace["x"]}

    # the wire's "Zelensky", "Rubio", "US" and "Kyiv" are the sample's Volodymyr Zelensky, Marco Rubio, United States, Ukraine
    assert app.toggle(key="compare_shared").value
    assert actors_drawn() == {"Volodymyr Zelensky", "Marco Rubio", "United States", "Ukraine"}
    app.toggle(key="compare_shared").set_value(False).run()
    assert {"Russia", "Trump", "Volodymyr Zelensky"} <= actors_drawn()


def test_export_page_offers_every_download(app):
    open_page(app, "pages/export.py")
    labels = [b.label for b in app.get("download_button")]
    for expected in ("Report (self-contained HTML)", "Analysis file (re-importable JSON)", "CSV (zip of tables)", "JSON", "HTML"):
        assert expected in labels
    assert chosen_title(app).startswith("Rubio warns US")  # which document the files hold
    assert len(app.get("plotly_chart")) == 1  # the chosen chart, previewed
    next(s for s in app.selectbox if s.label == "Chart").select("tone").run()
    assert json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"] == "Tone of each paragraph"


def test_models_page_lists_metrics_and_rejects_bad_hub_ids(app):
    open_page(app, "pages/models.py")
    assert len(app.dataframe) == 4
    assert any("the encoder computes in bfloat16" in c.value or "the encoder computes in float32" in c.value for c in app.caption)
    assert any(e.label.startswith("Intended use and limits") for e in app.expander)
    assert any("English only" in m.value for m in app.markdown)
    app.text_input[0].input("http://evil.example/model")
    next(b for b in app.button if b.label == "Load and use").click().run()
    assert app.error and not app.exception


def test_models_page_names_a_bad_precision_setting(app, monkeypatch):
    monkeypatch.setenv("ACTOR_STANCE_PRECISION", "fp16")
    open_page(app, "pages/models.py")
    assert "Unknown precision 'fp16'" in app.error[0].value and len(app.dataframe) == 4


def test_export_page_renders_a_png_and_offers_it_only_for_its_chart(app):
    app.session_state.documents = [*app.session_state.documents, short_document("Outlet A")]
    open_page(app, "pages/export.py")
    next(b for b in app.button if b.label == "Render PNG").click().run()
    assert not app.exception and not app.error

    def offered() -> bool:
        return "Download PNG" in [b.label for b in app.get("download_button")]

    assert offered()
    app.sidebar.selectbox(key="doc_picker").select(1).run()  # the same chart of another document
    assert not offered()
    app.sidebar.selectbox(key="doc_picker").select(0).run()
    assert offered()
    next(s for s in app.selectbox if s.label == "Chart").select("tone").run()
    assert not offered()
