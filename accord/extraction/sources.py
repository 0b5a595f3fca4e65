"""Reading a source (a file, an upload, pasted text) into the text the extractor reads, with
its title, publication date and origin. No Django here.

What kind a source is comes from its content first (a PDF starts with "%PDF", a Word document
is a ZIP holding word/document.xml, a web page starts with a tag), then from its name:

- plain text: UTF-8 (with or without a byte-order mark) or UTF-16/32 with one. A short first
  line followed by a blank line or a date line is the title; a date line under it ("2015-05-25",
  "Published: 12 August 2017") or a dateline ("New Delhi, 25 May 2021:") is the publication
  date when the caller gives none;
- HTML: the main text only, without menus, footers and other boilerplate (trafilatura, which
  reads what it is given and fetches nothing), with the title and date of the page's metadata;
- PDF: the text layer of every page (pypdf);
- DOCX: the paragraphs and tables (python-docx).

Anything else gets a `SourceError` that says which file and what is wrong with it: empty,
binary, not UTF-8, too large, a PDF without a text layer, a page that is all navigation.
The text is lightly normalised (line ends, no-break spaces, control characters): the spans the
extractor reports are offsets into the text returned here, which is what is stored.
"""

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from accord.extraction.dates import date_line, dateline, publication_date

# A press release is a few kilobytes; a PDF with pictures a few megabytes. A 50 MB file,
# however megabytes are counted, is refused before it is read.
MAX_BYTES = 40 * 1024 * 1024
KINDS = ("text", "html", "pdf", "docx")

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
# Formats the extractor cannot read, by their first bytes, named so the message can say what
# the file is
_FOREIGN = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls); save it as .docx or PDF"),
    (b"{\\rtf", "an RTF document; save it as .docx, PDF or plain text"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HTML_START = re.compile(rb"\s*<(?:!doctype\s+html|html|head|body|!--|meta|div|p|article)\b", re.I)


@dataclass(frozen=True)
class SourceText:
    """A source as the extractor reads it."""

    text: str
    title: str  # "" when none is found
    published: date | None  # given by the caller, else found in the source
    origin: str  # the path, the upload's name or URL, or "pasted"
    kind: str  # "text", "html", "pdf" or "docx"


class SourceError(ValueError):
    """A source that cannot be read, with a message that says which one and what is wrong."""


def read_source(
    path: str | Path, *, published: date | None = None, kind: str | None = None
) -> SourceText:
    """Read the file at `path`. Its size is checked before it is read, so a huge file is
    refused without filling the memory."""
    path = Path(path)
    try:
        if path.is_dir():
            raise SourceError(f"{path}: is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(_too_large(str(path), size))
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # a device or a growing file: read no more
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except PermissionError:
        raise SourceError(f"{path}: not allowed to read it") from None
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror or error})") from None
    return read_bytes(data, name=str(path), published=published, kind=kind)


def read_bytes(
    data: bytes, *, name: str, published: date | None = None, kind: str | None = None
) -> SourceText:
    """Read an upload (or any bytes) called `name`; `kind` overrides what the content and the
    name say it is."""
    if len(data) > MAX_BYTES:
        raise SourceError(_too_large(name, len(data)))
    if not data.strip():
        raise SourceError(f"{name}: the file is empty")
    if kind is None:
        kind = _kind_of(data, name)
    elif kind not in KINDS:
        raise SourceError(f"{name}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if kind == "html":
        return _html(data, name, published)
    if kind == "pdf":
        return _pdf(data, name, published)
    if kind == "docx":
        return _docx(data, name, published)
    return _text(_decoded(data, name), origin=name, published=published, kind="text")


def read_pasted(text: str, *, published: date | None = None) -> SourceText:
    """Read text pasted into a form, as plain text."""
    if not text.strip():
        raise SourceError("pasted text: nothing was pasted")
    return _text(text, origin="pasted", published=published, kind="text")


def normalise_text(text: str) -> str:
    """The text with its line ends made "\\n", no-break and other odd spaces made spaces,
    control and invisible characters (NUL, byte-order marks, soft hyphens, zero-width spaces)
    dropped, composed to NFC, and blank space trimmed at both ends. Offsets into the result
    are what the extractor's spans mean."""
    text = text.replace("\r\n", "\n")
    text = text.translate(_NORMAL)
    return unicodedata.normalize("NFC", text).strip()


_DROPPED = [*range(32), 0x7F, *range(0x80, 0xA0), 0x00AD, 0x200B, 0x2060, 0xFEFF]
_NORMAL: dict[int, str | None] = {code: None for code in _DROPPED} | {
    ord("\t"): "\t",
    ord("\n"): "\n",
    ord("\r"): "\n",
    ord("\f"): "\n",  # a page break
    ord("\v"): "\n",
    0x2028: "\n",  # line separator
    0x2029: "\n",  # paragraph separator
    0x00A0: " ",  # no-break space
    0x2007: " ",  # figure space
    0x202F: " ",  # narrow no-break space
    0x3000: " ",  # ideographic space
}
# (dropped: control characters, soft hyphens, zero-width spaces, word joiners, byte-order marks)


def _too_large(name: str, size: int) -> str:
    return (
        f"{name}: too large ({size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)."
        " A news item is far smaller: save the article alone."
    )


def _kind_of(data: bytes, name: str) -> str:
    """What the content says the source is, else what its name says; plain text by default."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if _is_word(data):
            return "docx"
        raise SourceError(f"{name}: a ZIP archive, not a Word document (.docx)")
    for magic, what in _FOREIGN:
        if head.startswith(magic):
            raise SourceError(f"{name}: {what}, not a text, web page, PDF or Word document")
    by_name = _EXTENSIONS.get(Path(name).suffix.lower())
    if by_name in ("pdf", "docx"):
        what = "PDF" if by_name == "pdf" else "Word document"
        raise SourceError(f"{name}: named as a {what} but its content is not one")
    if by_name == "html" or _HTML_START.match(_without_bom(head)):
        return "html"
    return "text"


def _is_word(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _without_bom(head: bytes) -> bytes:
    """The first bytes as UTF-8 when a byte-order mark says they are UTF-16 or UTF-32."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, "ignore").encode()
    return head


def _decoded(data: bytes, name: str) -> str:
    """The text of plain-text bytes: UTF-8, or the encoding a byte-order mark names."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SourceError(
                    f"{name}: starts like {encoding.upper()} text but byte {error.start} is not"
                ) from None
    if b"\x00" in data:
        raise SourceError(f"{name}: binary data, not text (it holds NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{name}: not UTF-8 text (byte {error.start} cannot be read); save it as UTF-8"
        ) from None
    controls = sum(1 for char in text[:4096] if char < " " and char not in "\n\r\t\f")
    if controls > len(text[:4096]) // 100:
        raise SourceError(f"{name}: binary data, not text (it holds control characters)")
    return text


def _text(raw: str, *, origin: str, published: date | None, kind: str) -> SourceText:
    text = normalise_text(raw)
    if not text:
        raise SourceError(f"{origin}: holds no text, only blank space")
    title = first_line_title(text)
    if published is None:
        published = _published_in(text, title)
    return SourceText(text=text, title=title, published=published, origin=origin, kind=kind)


def first_line_title(text: str) -> str:
    """The first line when it is a title: short, and followed by a blank line or by a date line
    ("2015-05-25  []"), with more text after it. "" otherwise."""
    lines = text.split("\n", 2)
    if len(lines) < 3:
        return ""
    first, second = lines[0].strip(), lines[1].strip()
    if not first or len(first) > 200 or len(first.split()) > 30:
        return ""
    if date_line(first) is not None or dateline(first) is not None:
        return ""
    if second and date_line(second) is None:
        return ""
    return first


def _published_in(text: str, title: str) -> date | None:
    found = publication_date(text, title=title or None)
    return found[0] if found else None


def _html(data: bytes, name: str, published: date | None) -> SourceText:
    # imported here: trafilatura takes a good part of a second to import, and most callers
    # of this module never read a web page
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # a damaged page can make a parser raise almost anything
        raise SourceError(f"{name}: not a readable web page ({error})") from None
    # one paragraph a line, as the extractor gives them; a blank line between them, as in
    # the text files, so a paragraph's end is no line wrapped inside a sentence
    lines = normalise_text(getattr(document, "text", None) or "").split("\n")
    text = "\n\n".join(line for line in lines if line.strip())
    if not text or _all_links(text, data):
        raise SourceError(
            f"{name}: no article text in this web page (only navigation or boilerplate)"
        )
    title = normalise_text(getattr(document, "title", None) or "")
    if published is None:
        published = _iso_date(getattr(document, "date", None)) or _published_in(text, title)
    return SourceText(text=text, title=title, published=published, origin=name, kind="html")


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _LinkTexts(HTMLParser):
    """The texts of a page's links (and buttons): what menus are made of."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: set[str] = set()
        self._depth = 0
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("a", "button"):
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("a", "button") and self._depth:
            self._depth -= 1
            if not self._depth:
                self.texts.add(" ".join("".join(self._current).split()))
                self._current = []

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._current.append(data)


def _all_links(text: str, data: bytes) -> bool:
    """Whether what the extractor kept is a list of the page's links: a page that is all
    navigation (a site map, a menu) has no article, whatever a fallback extractor returns."""
    parser = _LinkTexts()
    parser.feed(data.decode("utf-8", "replace"))
    parser.close()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    linked = sum(len(line) for line in lines if line in parser.texts)
    return linked >= 0.8 * sum(len(line) for line in lines)


def _pdf(data: bytes, name: str, published: date | None) -> SourceText:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(f"{name}: the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata_title = reader.metadata.title if reader.metadata else None
    except SourceError:
        raise
    except Exception as error:  # a damaged file can make a parser raise almost anything
        raise SourceError(f"{name}: not a readable PDF ({error})") from None
    text = normalise_text("\n\n".join(page.strip() for page in pages if page.strip()))
    if not text:
        raise SourceError(
            f"{name}: the PDF has no text layer (a scan or pictures only); run it through"
            " text recognition (OCR) first, or paste its text"
        )
    title = _document_title(metadata_title) or first_line_title(text)
    if published is None:
        published = _published_in(text, title)
    return SourceText(text=text, title=title, published=published, origin=name, kind="pdf")


def _document_title(value: object) -> str:
    """A title from a document's properties, unless it is a file name or a word processor's
    placeholder ("Microsoft Word - draft.docx", "Untitled")."""
    title = " ".join(str(value or "").split())
    if (
        not title
        or title.lower() in ("untitled", "title", "document")
        or title.startswith("Microsoft Word - ")
        or re.search(r"\.(?:docx?|pdf|odt|rtf|txt)$", title, re.I)
    ):
        return ""
    return title


def _docx(data: bytes, name: str, published: date | None) -> SourceText:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        heading = ""
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                blocks.extend(
                    "\t".join(cell.text.strip() for cell in row.cells) for row in block.rows
                )
                continue
            line = block.text.strip()
            if not line:
                continue
            style = (block.style.name if block.style is not None else None) or ""
            if not blocks and style.startswith(("Title", "Heading")):
                heading = line
            blocks.append(line)
        properties_title = document.core_properties.title
    except Exception as error:  # a damaged file can make a parser raise almost anything
        raise SourceError(f"{name}: not a readable Word document ({error})") from None
    text = normalise_text("\n\n".join(blocks))
    if not text:
        raise SourceError(f"{name}: the Word document holds no text")
    title = _document_title(properties_title) or heading or first_line_title(text)
    if published is None:
        published = _published_in(text, title)
    return SourceText(text=text, title=title, published=published, origin=name, kind="docx")
