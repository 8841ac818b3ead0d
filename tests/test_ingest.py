import io

import pytest

from analysis.errors import AnalysisError
from analysis.ingest import check_length, decode_text, html_to_text, markdown_to_text, read_upload
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
