import io

import pytest

from analysis.errors import AnalysisError
from analysis.ingest import (
    check_length,
    decode_text,
    drop_page_furniture,
    html_to_text,
    markdown_to_text,
    read_upload,
    unwrap_lines,
)
from analysis.settings import MAX_CHARS, MAX_UPLOAD_MB


def test_txt_utf8_and_crlf():
    assert read_upload("a.txt", "Kyiv said.\r\nRubio said.".encode()) == "Kyiv said.\nRubio said."


def test_utf16_with_bom():
    assert read_upload("a.txt", "Zelensky spoke.".encode("utf-16")) == "Zelensky spoke."


def test_html_drops_scripts_and_keeps_blocks():
    html = "<html><head><title>t</title><script>alert(1)</script></head><body><p>One &amp; two.</p><div>Three</div></body></html>"
    assert html_to_text(html) == "One & two.\nThree"
    assert read_upload("page.html", html.encode()) == "One & two.\nThree"


def test_markdown_markup_removed():
    assert markdown_to_text("# Title\n\n**Bold** and [link](http://x) and `code`") == "Title\n\nBold and link and code"


def test_docx():
    import docx

    document = docx.Document()
    document.add_paragraph("Rubio warned.")
    document.add_paragraph("")
    document.add_paragraph("Kyiv answered.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_upload("a.docx", buffer.getvalue()) == "Rubio warned.\nKyiv answered."


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("a.bin", b"abc", "not supported"),
        ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("a.txt", "caf\u00e9".encode("latin-1"), "not UTF-8"),
        ("a.txt", b"   \n  ", "no text"),
        ("a.docx", b"not a zip", "Word"),
        ("a.pdf", b"%PDF-garbage", "PDF"),
        ("a.txt", b"a" * (MAX_UPLOAD_MB * 1024 * 1024 + 1), "larger than"),
    ],
)
def test_bad_uploads(name, data, message):
    with pytest.raises(AnalysisError, match=message) as info:
        read_upload(name, data)
    assert info.value.hint


def test_decode_text_rejects_binary():
    with pytest.raises(AnalysisError):
        decode_text(b"\x00\x01\x02")


def test_length_limit():
    check_length("a" * MAX_CHARS)
    with pytest.raises(AnalysisError, match="limit"):
        check_length("a" * (MAX_CHARS + 1))


FURNITURE = [
    "Share", "Save", "ADVERTISEMENT", "Skip advertisement", "Listen to this article", "Getty Images", "AP", "Related",
    "Published 3 hours ago", "Updated 12:30 GMT, 5 December 2025", "Last updated: Dec 5, 2025", "3 hours ago",
    "5 December 2025", "December 5, 2025", "Friday, December 5, 2025 at 10:30 AM EST", "Dec. 5, 2025 12:30 GMT",
    "Read more: What are the sanctions on Russia and are they working?", "WATCH: Trump and Kim meet in Singapore",
    "SEE ALSO: Here are all the women who have spoken out", "Related: Trump threatens China with new tariffs",
    "Sign up for our Europe newsletter", "SIGN UP FOR OUR NEWSLETTER", "Image source, Getty Images",
    "Image caption, Viktor Orban at the summit in Brussels", "Photo: Reuters",
    "By Jane Smith, Brussels correspondent", "By Jane Smith and Olaf Müller", "By Ahmed al-Sharif | Reuters",
    "(Reporting by Guy Faulconbridge in Moscow; Editing by Mark Trevelyan)", "Additional reporting by Lidia Kelly.",
    "© 2025 Reuters. All rights reserved.", "Copyright 2025 The Associated Press.",
    "FOR IMMEDIATE RELEASE", "###", "- ENDS -", "Media contact:", "press@nato.int", "+32 2 707 50 41",
    "Tel: +32 2 707 50 41", "Email: press@nato.int", "Sign in", "Log in", "Home", "Search", "Privacy Policy",
    "Terms of Use", "Back to top", "___", "Associated Press writers Zeke Miller and Lindsay Whitehurst contributed to "
    "this report.", "Olena Harmash contributed reporting", "FILE PHOTO: A view shows the Saratov oil refinery, Russia, "
    "October 1, 2024. REUTERS/Stringer/File Photo", "Soldiers fire a howitzer near Pokrovsk. Press Service/Handout via "
    "REUTERS", "Related topics: Interest rates, Bank of England, Inflation", "18:42 GMT", "9.15am", "10:05",
    "Posted by Laura Gozzi",
]
ARTICLE_LINES = [
    "By Tuesday, the talks had collapsed.", "By Tuesday the talks had collapsed, officials said", "Share prices fell 3%.",
    "Save the Children said aid was blocked.", "Published reports suggest the minister knew.", "Reuters could not verify it.",
    "Follow the money", "Watch the skies, the mayor said.", "Sign-ups rose after the ruling.", "Home Office staff",
    "Search continues for missing climbers",
    "Image rights are a matter for the court.", "EU leaders agree new sanctions on Russia", "Updated figures came later.",
    "December 5, 2025 was a Friday.", "Talks resume on 5 December 2025", "May 2025 Elections", "2025", "The war ends",
    "Contact with Moscow was lost", "1,000,000", "Smith contributed reporting to the inquiry.",
    "Related talks resumed in Geneva", "Tags on the fence were painted over", "Photos of the summit leaked",
    "Posted by mistake, the letter reached Moscow", "3.45", "10:05 was when the shooting began",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_web_page_lines_are_left_out(line):
    assert drop_page_furniture(f"Talks resumed.\n{line}\nRussia agreed.") == ("Talks resumed.\nRussia agreed.", [line])


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_are_kept(line):
    text = f"Talks resumed.\n\n{line}\n\nRussia agreed."
    assert drop_page_furniture(text) == (text, [])


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "World\nEurope\nZelensky says Kyiv is ready for talks\nHe spoke.\nRelated Topics\nUkraine\nMiddle East",
            "Zelensky says Kyiv is ready for talks\nHe spoke.",
            ["World", "Europe", "Related Topics", "Ukraine", "Middle East"],
        ),
        ("Analysis\nZelensky says Kyiv is ready for talks\nHe spoke.\nUkraine", None, []),  # one label may be a title
        ("Ukraine\nRussia", None, []),  # nothing but labels: nothing is left out
        ("He spoke.\n- Training\n- Closer Ties", None, []),  # a list's items are no labels
    ],
)
def test_section_names_and_topic_tags_around_the_article_are_left_out(text, kept, dropped):
    assert drop_page_furniture(text) == (text if kept is None else kept, dropped)


def test_left_out_lines_leave_one_blank_line_and_unified_line_endings():
    text = "EU leaders agree new sanctions\r\n\r\nShare\r\n\r\nADVERTISEMENT\r\n\r\nHungary dropped its veto.\r\n\r\nSave\r\n"
    assert drop_page_furniture(text) == (
        "EU leaders agree new sanctions\n\nHungary dropped its veto.", ["Share", "ADVERTISEMENT", "Save"]
    )


def test_html_leaves_out_the_page_around_the_article():
    html = (
        "<html><body><header><nav><a href='/'>Home</a><a href='/world'>World</a></nav></header>"
        "<article><h1>EU agrees sanctions</h1><figure><img src='x.jpg'><figcaption>Orban in Brussels</figcaption></figure>"
        "<p>Hungary dropped its veto.</p><aside><h2>Most read</h2><ol><li>Storm hits coast</li></ol></aside>"
        "<form><button>Subscribe</button><select><option>English</option></select></form><p>Talks go on.</p></article>"
        "<footer><p>Terms of Use</p><p>Privacy Policy</p></footer></body></html>"
    )
    assert html_to_text(html) == "EU agrees sanctions\nHungary dropped its veto.\nTalks go on."


PARAGRAPHS = [
    "The US will walk away from efforts to broker a peace deal between Russia and Ukraine within days unless there "
    "are clear signs a truce is possible, Rubio warned.",
    "Rep. Alexandria Ocasio-Cortez called the bill a cave-in. Democrats said they would fight it in the Senate.",
    "Zelensky said Ukraine would not give up land.",
]
WRAPPED_40 = [  # PARAGRAPHS wrapped at 40 characters, as textwrap (and an email client) would
    ["The US will walk away from efforts to", "broker a peace deal between Russia and",
     "Ukraine within days unless there are", "clear signs a truce is possible, Rubio", "warned."],
    ["Rep. Alexandria Ocasio-Cortez called the", "bill a cave-in. Democrats said they",
     "would fight it in the Senate."],
    ["Zelensky said Ukraine would not give up", "land."],
]


def test_wrapped_paragraphs_between_blank_lines_are_joined_exactly():
    wrapped = "\n\n".join("\n".join(p) for p in WRAPPED_40)
    assert unwrap_lines(wrapped) == ("\n\n".join(PARAGRAPHS), 7)


def test_without_blank_lines_a_paragraph_may_split_between_sentences_but_never_mid_sentence():
    ends_a_line = ["Talks in Geneva stalled on Friday night.", "Both sides said they would meet again in", "Istanbul."]
    wrapped = "\n".join("\n".join(p) for p in [*WRAPPED_40, ends_a_line])
    # a full line that ends a sentence may end a paragraph: kept apart here, joined between blank lines
    assert unwrap_lines(wrapped) == ("\n".join([*PARAGRAPHS, ends_a_line[0], " ".join(ends_a_line[1:])]), 8)
    between_blank_lines = "\n\n".join("\n".join(p) for p in [*WRAPPED_40, ends_a_line])
    assert unwrap_lines(between_blank_lines) == ("\n\n".join([*PARAGRAPHS, " ".join(ends_a_line)]), 9)


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space():
    wrapped = "Democrats led by Rep. Alexandria Ocasio-\nCortez called the bill a cave-in, and\nthey vowed to fight it in the Senate\nonce the recess ends next month, aides\nsaid."
    assert unwrap_lines(wrapped)[0] == wrapped.replace("-\n", "-").replace("\n", " ")


@pytest.mark.parametrize("text", [
    "\n".join(PARAGRAPHS),  # one paragraph a line: lines of any length
    "Talks resumed.\nRussia agreed.",  # too few lines to tell
    "Strikes hit Gaza as talks stall\nMarkets rally as Fed holds rates\nStorm hits coast overnight\n"
    "Ukraine rejects US peace plan\nChina warns Taiwan",  # a list of headlines: no line runs on mid-sentence
    "Short lines\nof a poem\nthat end\nwhere they mean to.",
])
def test_text_that_is_not_wrapped_comes_back_unchanged(text):
    assert unwrap_lines(text) == (text, 0)


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, 12 pt) with one layout line of text per item."""
    content = "BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    pdf, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    return (pdf + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode("latin-1")


def test_pdf_layout_lines_become_paragraphs_and_hyphenated_words_are_joined_up():
    lines = [
        "Talks resume in Geneva", "",
        "Negotiators in Geneva said on Friday that the talks on a cease-",
        "fire would resume on Monday, while the Kremlin said it was",
        "ready to listen. The peacekeeping force that Rep. Ocasio-",
        "Cortez proposed was not discussed, and both sides agreed to",
        "meet again next week in Istanbul.",
        "Russia said little about the plan, and its envoy left early",
        "without speaking to reporters.",
    ]
    assert read_upload("talks.pdf", make_pdf(lines)) == (
        "Talks resume in Geneva\n"  # a heading: a short line
        "Negotiators in Geneva said on Friday that the talks on a ceasefire would resume on Monday, while the Kremlin "
        "said it was ready to listen. The peacekeeping force that Rep. Ocasio-Cortez proposed was not discussed, and "
        "both sides agreed to meet again next week in Istanbul.\n"
        "Russia said little about the plan, and its envoy left early without speaking to reporters.\n"
    )
