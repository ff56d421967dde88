"""Reading inputs into Documents: files, folders, JSON/JSONL records, HTML pages, stdin.

Bad inputs never stop the batch: each one is reported through ``on_skip`` with its name and the
reason (``binary file``, ``malformed JSON``, ``permission denied`` ...), and reading goes on.
What is read is decoded whatever its encoding (UTF-8 with or without BOM, UTF-16/32 with or
without BOM, Latin-1, CP-1252, and what charset-normalizer recognises).

>>> docs = list(iter_documents(["examples/"]))   # doctest: +SKIP
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .dates import find_text_date, normalize_date
from .errors import InputError
from .model import Document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
# A folder's own notes, not articles: skipped when walking a folder (read when named).
FOLDER_NOTES = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "changes",
                          "contributing", "authors", "sources"})
MAX_BYTES = 512 * 1024 * 1024  # one input file; past this it is surely not one article dump

OnSkip = Callable[[str, str], None]

# Files that are surely not articles, named for a clearer message than "binary".
_MAGIC = ((b"%PDF-", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
          (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable"), (b"BZh", "a bzip2 archive"),
          (b"\xfd7zXZ\x00", "an xz archive"), (b"\xd0\xcf\x11\xe0", "an MS Office (OLE) file"),
          (b"SQLite format 3\x00", "an SQLite database"))


def _warn(source: str, reason: str) -> None:
    print(f"quotegraph: skipped {source}: {reason}", file=sys.stderr)


def iter_documents(inputs: Iterable[str | os.PathLike[str]], on_skip: OnSkip = _warn) -> Iterator[Document]:
    """Yield a Document for every readable article in ``inputs`` (files, folders, or ``-``).

    Folders are read recursively, in sorted order, for the suffixes in ``READ_SUFFIXES``,
    skipping hidden files and folders and the folder's own notes (``README.md``,
    ``SOURCES.md``: ``FOLDER_NOTES``); a file named explicitly is read whatever its suffix
    (as text unless it is HTML or JSON). Every file, folder or JSON line that cannot be read
    is reported through ``on_skip(name, reason)``, and reading goes on.
    """
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "-", "", on_skip)
            continue
        path = Path(name)
        if path.is_dir():
            for p, problem in _walk(path):
                if problem:
                    on_skip(str(p), problem)
                else:
                    yield from _from_file(p, str(p), on_skip)
        elif path.exists():
            yield from _from_file(path, name, on_skip)
        elif path.is_symlink():
            on_skip(name, "broken symbolic link")
        else:
            on_skip(name, "no such file or folder")


def _walk(root: Path) -> Iterator[tuple[Path, str]]:
    """(file, "") for every file to read under ``root``, (path, reason) for what is skipped."""
    problems: list[tuple[Path, str]] = []

    def onerror(exc: OSError) -> None:
        problems.append((Path(exc.filename or root), f"folder cannot be read ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        yield from problems
        problems.clear()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(filenames):
            if fname.startswith("."):
                continue  # .DS_Store, editor swap files, our own .part files
            p = Path(dirpath, fname)
            if p.suffix.lower() in READ_SUFFIXES and p.stem.lower() not in FOLDER_NOTES:
                yield p, ""  # images, PDFs and READMEs beside the articles are not ours
    yield from problems


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read one article file; raise ``InputError`` (naming the file) when it cannot be read."""
    problems: list[str] = []
    docs = list(_from_file(Path(path), os.fspath(path), lambda s, r: problems.append(f"{s}: {r}")))
    if not docs:
        raise InputError(problems[0] if problems else f"{os.fspath(path)}: no document in it")
    return docs[0]


def _from_file(path: Path, source: str, on_skip: OnSkip) -> Iterator[Document]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            on_skip(source, f"too large ({size // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB a file)")
            return
        data = path.read_bytes()
    except OSError as exc:
        on_skip(source, f"cannot be read ({exc.strerror or exc})")
        return
    yield from _from_bytes(data, source, path.suffix.lower(), on_skip)


def _from_bytes(data: bytes, source: str, suffix: str, on_skip: OnSkip) -> Iterator[Document]:
    try:
        text = decode(data, html=suffix in HTML_SUFFIXES)
    except InputError as exc:
        on_skip(source, str(exc))
        return
    if suffix in JSON_SUFFIXES:
        yield from _from_json(text, source, suffix, on_skip)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield _from_html(text, source)
    else:
        title, url = guess_title_and_url(text)
        yield Document(text=text, source=source, title=title, url=url, date=find_text_date(text))


# --------------------------------------------------------------------------------- decoding

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Single-byte encodings that, on Western text, differ from CP-1252 only where the detector
# guesses from a handful of accented letters.
_WESTERN = {"cp1252", "latin_1", "iso8859_1", "iso8859_15", "ascii"}


_URL_LINE = re.compile(r"^(https?://\S+)(?:\s.*)?$")


def guess_title_and_url(text: str) -> tuple[str | None, str | None]:
    r"""A plain-text article's title and address, when its first lines give them: a leading
    URL line (as saved pages often start), then a short first line with no closing
    punctuation. The text itself is not changed.

    >>> guess_title_and_url("https://example.org/a lead\n\nPeace Talks Resume\nBody text.")
    ('Peace Talks Resume', 'https://example.org/a')
    >>> guess_title_and_url("He said it was over. Then he left.")
    (None, None)
    """
    lines = [line.strip() for line in text[:2000].splitlines()]
    lines = [line for line in lines if line]
    url = None
    if lines and (m := _URL_LINE.match(lines[0])):
        url, lines = m.group(1), lines[1:]
    if len(lines) < 2:
        return None, url
    first = lines[0].lstrip("#").strip()
    if 3 <= len(first) <= 160 and first[-1] not in ".!?:;,\"\u201d\u2019" and len(first.split()) >= 2:
        return first, url
    return None, url


def decode(data: bytes, *, html: bool = False) -> str:
    """Decode bytes of unknown encoding; raise ``InputError`` when they are not text.

    Order: a BOM; UTF-32/UTF-16 without BOM (told by where the zero bytes fall); UTF-8 (also
    when a few bytes are corrupt); the charset an HTML page declares; then charset-normalizer,
    preferring CP-1252 (the superset of Latin-1 that Windows editors write) whenever it fits
    as well as the detector's first guess, since short Western texts give it little to go on.

    >>> decode("café".encode("cp1252"))
    'café'
    >>> decode("“Yes,” he said.".encode("utf-16-le"))
    '“Yes,” he said.'
    """
    if not data:
        return ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(enc, errors="replace"))
    for kind in _MAGIC:
        if data.startswith(kind[0]):
            raise InputError(f"binary file ({kind[1]}), not text")
    # UTF-8 first unless zero bytes (never in UTF-8 text, always in UTF-16 of ASCII) say otherwise
    text = _utf8(data) if b"\x00" not in data[:65536] else None
    if text is None:
        wide = _bomless_wide(data)
        if wide is not None:
            return wide
        text = _utf8(data)
    if text is None and html:
        text = _declared(data)
    if text is None:
        text = _detect(data)
    return _checked(text)


def _checked(text: str) -> str:
    if _is_binary(text):
        raise InputError("binary file, not text")
    return text


def _bomless_wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 text without a BOM: within one script the high byte of every code
    unit takes a few values (0 for ASCII, 4 for Cyrillic ...) while the low byte varies."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    candidates = []
    if len(data) % 4 == 0:
        if sample[3::4].count(0) == len(sample) // 4 and sample[2::4].count(0) > len(sample) // 8:
            candidates.append("utf-32-le")
        if sample[0::4].count(0) == len(sample) // 4 and sample[1::4].count(0) > len(sample) // 8:
            candidates.append("utf-32-be")
    if len(data) % 2 == 0:
        sample = sample[: len(sample) // 2 * 2]
        even, odd = _concentration(sample[0::2]), _concentration(sample[1::2])
        if odd >= 0.9 and odd - even >= 0.25:
            candidates.append("utf-16-le")
        elif even >= 0.9 and even - odd >= 0.25:
            candidates.append("utf-16-be")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _is_binary(text) and _mostly_text(text):
            return text
    return None


def _concentration(values: bytes) -> float:
    """Share of the three commonest byte values."""
    counts = sorted((values.count(b) for b in set(values)), reverse=True)
    return sum(counts[:3]) / max(1, len(values))


def _utf8(data: bytes) -> str | None:
    """Decode as UTF-8; tolerate a few corrupt bytes amid plenty of valid multi-byte text."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")  # bad bytes → \udc80-\udcff
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    good = sum(1 for c in text if ord(c) > 127) - bad
    if good >= 10 * bad and bad <= max(3, len(text) // 1000):
        return re.sub("[\udc80-\udcff]", "\ufffd", text)
    return None


def _declared(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        enc = codecs.lookup(m.group(1).decode("ascii")).name
        if enc in _WESTERN:
            enc = "cp1252"  # what browsers do with a page declaring latin-1
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        raise InputError("binary file, not text (no text encoding fits)")
    best = matches[0]
    # The detector often cannot tell CP-1252 from CP-1250/1257 or even Shift-JIS on a short
    # news text with a few accented letters; among guesses that fit as well as the best one,
    # CP-1252 is by far the likeliest for the English news this tool reads.
    ties = [m for m in matches if m.chaos <= best.chaos + 0.01]
    western = any(_WESTERN & {m.encoding, *m.could_be_from_charset} for m in ties)
    for enc in (["cp1252", "latin_1"] if western else []) + [best.encoding]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(best.encoding, errors="replace")


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad / len(sample) > 0.05


def _mostly_text(text: str) -> bool:
    """Letters, marks, punctuation and spaces: not unassigned code points and control codes,
    which is what binary data looks like when read as UTF-16 or UTF-32."""
    sample = text[:8192]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Cn", "Co", "Cs", "Cc") and c not in "\t\n\r\f\v")
    return odd <= max(1, len(sample) // 20)


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


# --------------------------------------------------------------------------------- HTML, JSON

def _from_html(html: str, source: str) -> Document:
    """The article text of a page (navigation, footers and comments dropped) and its metadata."""
    import trafilatura

    meta: dict[str, Any] = {}
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                include_tables=False)
    except Exception as exc:  # trafilatura/lxml on a mangled page: report, do not stop
        return Document(text="", source=source,
                        errors=(f"HTML page could not be parsed ({type(exc).__name__}: {exc})",))
    if extracted is not None:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    errors: tuple[str, ...] = ()
    if not text:
        errors = ("no article text found in the HTML page",)

    def opt(key: str) -> str | None:
        value = meta.get(key)
        return _clean(str(value)) if value else None

    return Document(text=text, source=source, title=opt("title"), url=opt("url"), errors=errors,
                    date=normalize_date(opt("date")) or find_text_date(text))


def _from_json(text: str, source: str, suffix: str, on_skip: OnSkip) -> Iterator[Document]:
    stripped = text.lstrip()
    if suffix == ".json" and stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except ValueError as exc:
            first = stripped.splitlines()[0] if stripped else ""
            if not _parses(first):
                # one JSON document, broken: one message, not one per line of it
                on_skip(source, f"malformed JSON ({_where(exc)})")
                return
            # else JSON lines under a .json name: read it line by line below
        else:
            records = data if isinstance(data, list) else [data]
            for n, rec in enumerate(records, 1):
                doc = _record(rec, f"{source}#{n}", f"{source}: record {n}", on_skip)
                if doc is not None:
                    yield doc
            return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}: line {lineno}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            on_skip(where, f"malformed JSON ({_where(exc, line=False)})")
            continue
        doc = _record(rec, f"{source}:{lineno}", where, on_skip)
        if doc is not None:
            yield doc


def _where(exc: ValueError, line: bool = True) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at {f'line {exc.lineno}, ' if line else ''}column {exc.colno}"
    return str(exc)


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "true/false", type(None): "null"}


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    # JSON may spell lone surrogates ("\\ud800"); no UTF-8 output can hold them.
    return _LONE_SURROGATE.sub("\ufffd", value)


def _record(rec: Any, default_source: str, where: str, on_skip: OnSkip) -> Document | None:
    if not isinstance(rec, dict):
        on_skip(where, f"not a JSON object with a \"text\" field ({_JSON_TYPES.get(type(rec), 'other')})")
        return None
    if not isinstance(rec.get("text"), str):
        what = "missing" if "text" not in rec else f"{_JSON_TYPES.get(type(rec['text']), 'other')}, not a string"
        on_skip(where, f'no "text" field with a string in it ({what})')
        return None

    def opt(key: str) -> str | None:
        value = rec.get(key)
        return None if value is None or value == "" else _clean(str(value))

    return Document(text=_clean(rec["text"]), source=opt("id") or default_source,
                    title=opt("title"), date=normalize_date(opt("date")), url=opt("url"))
