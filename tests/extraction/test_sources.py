"""Reading a source into text: plain text, web pages, PDF and Word files, pasted text, and a
clear message for everything that cannot be read."""

import io
import socket
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfWriter

from accord.extraction.dates import find_dates
from accord.extraction.sources import (
    MAX_BYTES,
    SourceError,
    normalise_text,
    read_bytes,
    read_pasted,
    read_source,
)
from tests.pdfs import pdf_with_text

SEED_SHAPE = (
    "XJTU signed cooperation agreements with membership universities\r\n"
    "\r\n"
    "2015-05-25\u00a0\u00a0[]\r\n"
    "\r\n"
    "On May 23, following the opening ceremony, 17 MOUs were signed at XJTU.\r\n"
)

ARTICLE_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>XJTU and Politecnico di Milano sign an agreement | XJTU News</title>
<meta property="og:title" content="XJTU and Politecnico di Milano sign an agreement">
<meta property="article:published_time" content="2015-05-25T08:00:00+08:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<article><h1>XJTU and Politecnico di Milano sign an agreement</h1>
<p>On May 23, Xi'an Jiaotong University and Politecnico di Milano signed a cooperation
agreement on joint research and student exchange at the Innovation Harbour in Xi'an.</p>
<p>The two universities agreed to establish a joint school of industrial design and an
innovation centre, and to exchange faculty and students from the next academic year.</p>
</article>
<footer><p>Copyright 2015 Xi'an Jiaotong University. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>"""

NAVIGATION_PAGE = (
    "<html><head><title>Site map</title></head><body><nav><ul>"
    + "".join(f'<li><a href="/p{n}">Section {n}</a></li>' for n in range(30))
    + '</ul></nav><footer><a href="/privacy">Privacy</a></footer></body></html>'
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_text_file_in_the_seed_shape_gives_title_date_and_text(tmp_path: Path) -> None:
    path = write(tmp_path, "seed.txt", SEED_SHAPE.encode())
    source = read_source(path)
    assert source.title == "XJTU signed cooperation agreements with membership universities"
    assert source.published == date(2015, 5, 25)
    assert (source.kind, source.origin) == ("text", str(path))
    assert "\r" not in source.text
    assert "\u00a0" not in source.text
    assert source.text.startswith(source.title + "\n\n2015-05-25  []\n\nOn May 23,")
    # spans found later are offsets into the returned text
    mentions = find_dates(source.text, published=source.published)
    assert [(m.text, m.value) for m in mentions] == [
        ("2015-05-25", date(2015, 5, 25)),
        ("May 23", date(2015, 5, 23)),
    ]
    for mention in mentions:
        assert source.text[mention.start : mention.end] == mention.text


def test_the_callers_publication_date_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "seed.txt", SEED_SHAPE.encode())
    assert read_source(path, published=date(2015, 6, 1)).published == date(2015, 6, 1)


def test_a_text_without_a_title_line_has_no_title(tmp_path: Path) -> None:
    text = "Dong-A University President Lee and\nYoungPoong CEO Ryu held a ceremony.\n"
    source = read_source(write(tmp_path, "wrapped.txt", text.encode()))
    assert (source.title, source.published) == ("", None)


def test_utf16_and_utf8_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    for name, data in [
        ("utf16.txt", SEED_SHAPE.encode("utf-16")),  # with its byte-order mark
        ("utf16be.txt", b"\xfe\xff" + SEED_SHAPE.encode("utf-16-be")),
        ("utf8bom.txt", b"\xef\xbb\xbf" + SEED_SHAPE.encode()),
    ]:
        source = read_source(write(tmp_path, name, data))
        assert source.text.startswith("XJTU signed"), name
        assert source.published == date(2015, 5, 25), name


def test_text_that_is_not_utf8_is_refused_with_the_files_name(tmp_path: Path) -> None:
    path = write(tmp_path, "latin1.txt", "Universität Zürich signed".encode("latin-1"))
    with pytest.raises(SourceError, match=r"latin1\.txt: not UTF-8"):
        read_source(path)


def test_a_web_page_gives_its_article_without_the_boilerplate(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "page.html", ARTICLE_PAGE.encode()))
    assert source.kind == "html"
    assert source.title == "XJTU and Politecnico di Milano sign an agreement"
    assert source.published == date(2015, 5, 25)
    assert "signed a cooperation agreement on joint research" in source.text
    assert "joint school of industrial design" in source.text
    for boilerplate in ("About us", "Contact", "Privacy policy", "All rights reserved"):
        assert boilerplate not in source.text


def test_a_web_page_is_read_without_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    source = read_bytes(ARTICLE_PAGE.encode(), name="upload.html")
    assert "Politecnico di Milano signed" in source.text


def test_a_web_page_that_is_all_navigation_has_no_article(tmp_path: Path) -> None:
    path = write(tmp_path, "sitemap.html", NAVIGATION_PAGE.encode())
    with pytest.raises(SourceError, match=r"sitemap\.html: no article text"):
        read_source(path)


def test_a_web_page_is_known_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    assert read_source(write(tmp_path, "page.txt", ARTICLE_PAGE.encode())).kind == "html"
    as_text = read_source(write(tmp_path, "page2.txt", ARTICLE_PAGE.encode()), kind="text")
    assert as_text.kind == "text"
    assert "<article>" in as_text.text


def test_a_word_document_gives_its_paragraphs_and_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Andhra University signs two MoUs", level=1)
    document.add_paragraph("Published: 12 August 2017")
    document.add_paragraph("Andhra University has entered into two Memorandums of Understanding.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Partner"
    table.rows[0].cells[1].text = "Survey of India"
    buffer = io.BytesIO()
    document.save(buffer)
    source = read_source(write(tmp_path, "release.docx", buffer.getvalue()))
    assert source.kind == "docx"
    assert source.title == "Andhra University signs two MoUs"
    assert source.published == date(2017, 8, 12)
    assert source.text == (
        "Andhra University signs two MoUs\n\nPublished: 12 August 2017\n\n"
        "Andhra University has entered into two Memorandums of Understanding.\n\n"
        "Partner\tSurvey of India"
    )


def test_a_pdf_gives_the_text_of_its_pages(tmp_path: Path) -> None:
    data = pdf_with_text("CUET and Liverpool John Moores University signed an MoU.")
    source = read_source(write(tmp_path, "release.pdf", data))
    assert source.kind == "pdf"
    assert "CUET and Liverpool John Moores University signed an MoU." in source.text


def test_a_pdf_without_a_text_layer_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = write(tmp_path, "scan.pdf", buffer.getvalue())
    with pytest.raises(SourceError, match=r"scan\.pdf: the PDF has no text layer"):
        read_source(path)


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.pdf", b"%PDF-1.4\n" + b"garbage " * 50)
    with pytest.raises(SourceError, match=r"broken\.pdf: not a readable PDF"):
        read_source(path)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    for name, data in [("empty.txt", b""), ("blank.txt", b" \n\r\n\t ")]:
        with pytest.raises(SourceError, match=rf"{name}: the file is empty"):
            read_source(write(tmp_path, name, data))


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.bin", bytes(range(256)) * 4)
    with pytest.raises(SourceError, match=r"junk\.bin: binary data"):
        read_source(path)
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(SourceError, match=r"photo\.txt: a PNG image"):
        read_source(path)


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(SourceError, match=r"notes\.docx: a ZIP archive, not a Word document"):
        read_bytes(buffer.getvalue(), name="notes.docx")


def test_a_file_named_as_a_pdf_that_is_not_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"fake\.pdf: named as a PDF"):
        read_source(write(tmp_path, "fake.pdf", b"just some text"))


def test_a_file_over_the_limit_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: nothing is written to the disk

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(SourceError, match=r"huge\.txt: too large"):
        read_source(path)
    monkeypatch.undo()
    with pytest.raises(SourceError, match=r"upload\.txt: too large"):
        read_bytes(bytes(MAX_BYTES + 1), name="upload.txt")


def test_a_fifty_megabyte_file_is_over_the_limit() -> None:
    assert MAX_BYTES < 50 * 1000 * 1000


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"absent\.txt: no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(SourceError, match="is a folder"):
        read_source(tmp_path)


def test_pasted_text_is_read_as_plain_text() -> None:
    source = read_pasted("A title\r\n\r\nPublished: 12 August 2017\r\n\r\nThe body.\r\n")
    assert (source.title, source.published) == ("A title", date(2017, 8, 12))
    assert (source.origin, source.kind) == ("pasted", "text")
    assert source.text == "A title\n\nPublished: 12 August 2017\n\nThe body."
    with pytest.raises(SourceError, match="nothing was pasted"):
        read_pasted(" \n ")


def test_text_is_normalised_lightly() -> None:
    raw = "\ufeffLine one\r\nLine\u00a0two\rthree\x00\x07 four\u00ad\u200b\tfive\x0csix  "
    assert normalise_text(raw) == "Line one\nLine two\nthree four\tfive\nsix"
    # composed forms, so "é" is one character however it was typed
    assert normalise_text("Universite\u0301") == "Universit\u00e9"
