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
import stat
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .dates import find_text_date, normalize_date
from .errors import InputError
from .model import Document
from .runfiles import MANIFEST  # what `run` writes beside its outputs

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
# A folder's own notes, not articles: skipped when walking a folder (read when named).
FOLDER_NOTES = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "changes",
                          "contributing", "authors", "sources"})
# What `run` writes into its output folder: never read back as input by the same run.
OUTPUT_NAMES = frozenset({"quotes.jsonl", "graph.graphml", "graph.html"})
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


def iter_documents(inputs: Iterable[str | os.PathLike[str]], on_skip: OnSkip = _warn, *,
                   exclude: Iterable[str | os.PathLike[str]] = ()) -> Iterator[Document]:
    """Yield a Document for every readable article in ``inputs`` (files, folders, or ``-``).

    Folders are read recursively, in sorted order, for the suffixes in ``READ_SUFFIXES``,
    skipping hidden files and folders and the folder's own notes (``README.md``,
    ``SOURCES.md``: ``FOLDER_NOTES``); a file named explicitly is read whatever its suffix
    (as text unless it is HTML or JSON). Only regular files are read (a FIFO, a device or a
    socket is skipped with the reason); a symbolic link to a folder is followed once, and a
    link back into a folder already read is named and not followed again. A folder in
    ``exclude`` (``run``'s output folder) is never entered from a folder above it, and its
    own outputs (``OUTPUT_NAMES``) are never read, even when it is itself an input. Every
    file, folder or JSON line that cannot be read is reported through
    ``on_skip(name, reason)``, and reading goes on.

    A file name that is not UTF-8 is kept as written: its undecodable bytes appear as
    ``\\xNN`` in ``Document.source`` (valid UTF-8; ``source_path`` maps it back).
    """
    excluded = {key for key in map(_dir_key, exclude) if key is not None}
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "-", "", on_skip)
            continue
        path = Path(name)
        shown = display_name(name)
        if path.is_dir():
            for p, problem in _walk(path, excluded):
                if problem:
                    on_skip(display_name(str(p)), problem)
                elif not (p.name in OUTPUT_NAMES and _dir_key(p.parent) in excluded):
                    yield from _from_file(p, display_name(str(p)), on_skip)
        elif path.exists() or path.is_symlink():
            if path.name in OUTPUT_NAMES and _dir_key(path.parent) in excluded:
                on_skip(shown, "an output of this run, never read as its input")
                continue
            yield from _from_file(path, shown, on_skip)
        else:
            on_skip(shown, "no such file or folder" + _did_you_mean(path))


def display_name(name: str) -> str:
    r"""A path as text that any UTF-8 output can hold: bytes of a file name that are not
    UTF-8 (Python keeps them as lone surrogates) are written ``\xNN``.

    >>> display_name("caf\udce9.txt")
    'caf\\xe9.txt'
    >>> display_name("café.txt")
    'café.txt'
    """
    if not _SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def source_path(source: str) -> str:
    r"""The file name a ``display_name`` came from (``\xNN`` back to the byte it stands for).

    >>> source_path(display_name("caf\udce9.txt")) == "caf\udce9.txt"
    True
    """
    if "\\x" not in source:
        return source
    raw = re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), source.encode("utf-8"))
    return os.fsdecode(raw)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _dir_key(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def _did_you_mean(path: Path) -> str:
    """" (did you mean examples/?)" when a sibling's name is close to the one typed."""
    import difflib

    parent = path.parent if str(path.parent) else Path(".")
    try:
        names = [p.name for p in parent.iterdir() if not p.name.startswith(".")]
    except OSError:
        return ""
    close = difflib.get_close_matches(path.name, names, n=1, cutoff=0.75)
    if not close:
        return ""
    guess = str(parent / close[0]) if str(path.parent) not in ("", ".") else close[0]
    if (parent / close[0]).is_dir():
        guess += "/"
    return f" (did you mean {display_name(guess)}?)"


def _walk(root: Path, excluded: set[tuple[int, int]] = frozenset()) -> Iterator[tuple[Path, str]]:
    """(file, "") for every file to read under ``root``, (path, reason) for what is skipped.

    Symbolic links to folders are followed, each folder once: a link back into a folder
    already read (a loop, or a second way to the same folder) is named, not followed."""
    problems: list[tuple[Path, str]] = []

    def onerror(exc: OSError) -> None:
        problems.append((Path(exc.filename or root), f"folder cannot be read ({exc.strerror or exc})"))

    seen: dict[tuple[int, int], str] = {}
    if (key := _dir_key(root)) is not None:
        seen[key] = str(root)
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        yield from problems
        problems.clear()
        keep = []
        for d in sorted(d for d in dirnames if not d.startswith(".")):
            sub = Path(dirpath, d)
            key = _dir_key(sub)
            if key is None:
                continue  # vanished, or a broken link: os.walk lists those as folders only if they resolve
            if key in excluded:
                continue  # run's own output folder: never an input
            if (sub / MANIFEST).is_file():
                # another run's output beside the articles: its quotes.jsonl would be read as
                # the same articles again (every quote counted twice), its page as an article
                problems.append((sub, "a folder `quotegraph run` wrote (its quotes.jsonl holds articles "
                                      "already extracted): not read"))
                continue
            if key in seen:
                what = "a symbolic link loop" if os.path.islink(sub) else "a second way to a folder"
                problems.append((sub, f"{what} back to {display_name(seen[key])}, already read: not followed"))
                continue
            seen[key] = str(sub)
            keep.append(d)
        dirnames[:] = keep
        yield from problems
        problems.clear()
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


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, what in _KINDS:
        if test(mode):
            return what
    return "not a regular file"


def _from_file(path: Path, source: str, on_skip: OnSkip) -> Iterator[Document]:
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; only regular files are read
        # (a link to /dev/zero would never end), checked on the open file itself.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if os.path.islink(path) and not os.path.exists(path):
            on_skip(source, "broken symbolic link")
        else:
            on_skip(source, f"cannot be read ({exc.strerror or exc})")
        return
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                on_skip(source, f"{file_kind(st.st_mode)}, not a regular file: not read")
                return
            if st.st_size > MAX_BYTES:
                on_skip(source, f"too large ({st.st_size // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB a file)")
                return
            suffix = path.suffix.lower()
            if suffix in _LINE_SUFFIXES:
                head = fh.read(4096)
                if head and not _wide_or_bom(head):
                    yield from _json_lines(_lines(head, fh), source, on_skip)
                    return
                data = head + fh.read()
            else:
                data = fh.read()
        except OSError as exc:
            on_skip(source, f"cannot be read ({exc.strerror or exc})")
            return
    yield from _from_bytes(data, source, suffix, on_skip)


_LINE_SUFFIXES = {".jsonl", ".ndjson"}
# the head of the page `run` and `view` write (view.html): the <meta> naming its source, or, in
# pages from before that <meta>, the comment that opens it
_VIEW_PAGE = re.compile(r'<meta name="quotegraph-source"|<!-- Everything this page needs is inside it: '
                        r'nothing is fetched when it opens\. -->')


def _wide_or_bom(head: bytes) -> bool:
    """UTF-16/32 (zero bytes) or a BOM: such a file is decoded whole, not line by line."""
    return b"\x00" in head or any(head.startswith(bom) for bom, _ in _BOMS)


def _lines(head: bytes, fh: Any) -> Iterator[str]:
    """The lines of a JSON-lines file, decoded one at a time (UTF-8, as JSON is; a line that
    is not goes through ``decode``), so a big file is never held whole in memory."""
    pending: list[bytes] = []  # the start of a line that goes on in the next chunk
    chunk = head
    while chunk:
        *done, last = chunk.split(b"\n")
        if done:
            yield _line_text(b"".join(pending) + done[0])
            pending = []
            for raw in done[1:]:
                yield _line_text(raw)
        pending.append(last)
        chunk = fh.read(1 << 20)
    tail = b"".join(pending)
    if tail:
        yield _line_text(tail)


def _line_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return decode(raw)
        except InputError:
            return raw.decode("utf-8", errors="replace")


def _from_bytes(data: bytes, source: str, suffix: str, on_skip: OnSkip) -> Iterator[Document]:
    try:
        text, notes = decode_noted(data, html=suffix in HTML_SUFFIXES)
    except InputError as exc:
        on_skip(source, str(exc))
        return
    if suffix in JSON_SUFFIXES:
        yield from _from_json(text, source, suffix, on_skip)
    elif suffix in HTML_SUFFIXES and _VIEW_PAGE.search(text[:4096]):
        # `run .` beside an earlier run's folder: its page is our output, not news to read
        on_skip(source, "the interactive view quotegraph wrote (graph.html), not an article")
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        doc = _from_html(text, source)
        yield replace(doc, errors=notes + doc.errors) if notes else doc
    else:
        title, url = guess_title_and_url(text)
        yield Document(text=text, source=source, title=title, url=url, date=find_text_date(text), errors=notes)


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
    when a few bytes are corrupt); the charset an HTML page declares; English-like text
    whose few other bytes read as Western letters in CP-1252 (or Latin-1); then
    charset-normalizer, preferring CP-1252 whenever it fits as well as the detector's first
    guess, since short Western texts give it little to go on.

    >>> decode("café".encode("cp1252"))
    'café'
    >>> decode("“Yes,” he said.".encode("utf-16-le"))
    '“Yes,” he said.'
    """
    return decode_noted(data, html=html)[0]


def decode_noted(data: bytes, *, html: bool = False) -> tuple[str, tuple[str, ...]]:
    """``decode``, and what was repaired on the way (for the document's ``errors``): stray
    NUL bytes in text that otherwise decodes are replaced by U+FFFD, one for one."""
    if not data:
        return "", ()
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(enc, errors="replace"))
    for kind in _MAGIC:
        if data.startswith(kind[0]):
            raise InputError(f"binary file ({kind[1]}), not text")
    # UTF-8 first unless zero bytes (never in UTF-8 text, always in UTF-16 of ASCII) say otherwise
    text = _utf8(data) if not _many_nuls(data) else None
    if text is None:
        wide = _bomless_wide(data)
        if wide is not None:
            return _checked(wide)  # a NUL character in UTF-16 text is as stray as in UTF-8
        text = _utf8(data)
    if text is None and html:
        text = _declared(data)
    if text is None:
        text = _western(data)
    if text is None:
        text = _detect(data)
    return _checked(text)


def _many_nuls(data: bytes) -> bool:
    sample = data[:65536]
    return sample.count(0) > _STRAY_NULS(len(sample))


def _STRAY_NULS(n: int) -> int:
    # a few NUL bytes in a text (a bad copy, a database dump) are noise; UTF-16 has one in two
    return max(2, n // 1000)


def _checked(text: str) -> tuple[str, tuple[str, ...]]:
    notes: tuple[str, ...] = ()
    nuls = text.count("\x00")
    if nuls and nuls <= _STRAY_NULS(len(text)):
        text = text.replace("\x00", "\ufffd")
        notes = (f"{nuls} NUL byte{'s' * (nuls != 1)} replaced by U+FFFD",)
    if _is_binary(text):
        raise InputError("binary file, not text")
    return text, notes


# Letters and the punctuation CP-1252 adds (quotes, dashes, ellipsis, euro, bullet...).
_WESTERN_PUNCT = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u20ac\u2022\u2020\u2021"
                     "\u2030\u2039\u203a\u02c6\u02dc\u2122\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0"
                     "\u00b4\u00b7\u00bb\u00bd\u00bc\u00be\u00bf\u00a1\u00d7\u00f7\u00a2\u00a5\u00b1"
                     "\u00b2\u00b3\u00b9\u00ba\u00aa\u00ad\u00a8\u00af\u00b8\u00b5\u00b6\u00a4\u00a6\u00ac")


def _western(data: bytes) -> str | None:
    """Mostly-ASCII text whose other bytes all read as Latin letters or Western punctuation in
    CP-1252 (else Latin-1): an English article with accented names ("São Paulo"). A
    detector, given a few such bytes amid ASCII, may pick a CJK code page that pairs them
    with the next letter; a real CJK or Cyrillic text is mostly non-ASCII and never gets here."""
    high = sum(1 for b in data if b >= 0x80)
    if high == 0 or high > len(data) // 8:
        return None
    for enc in ("cp1252", "latin_1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        odd = [c for c in text if ord(c) >= 0x80 and not (c.isalpha() and ord(c) < 0x250)
               and c not in _WESTERN_PUNCT]
        if not odd:
            return text
    return None


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
    decoded = False
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        decoded = True
        if not _is_binary(text) and _mostly_text(text):
            return text
    if decoded:
        # The zero bytes fixed the byte order and the units decode, but not to text: binary.
        # Falling through would let a detector read the same bytes in the other byte order.
        raise InputError("binary file, not text")
    return None


def _concentration(values: bytes) -> float:
    """Share of the three commonest byte values. The high bytes of a surrogate pair count as
    two values (lead D8-DB, trail DC-DF): a character beyond the BMP (an emoji, a rare
    ideograph) scatters them over eight, though they say as surely which byte is high."""
    folded = values.translate(_SURROGATE_FOLD)
    counts = sorted((folded.count(b) for b in set(folded)), reverse=True)
    return sum(counts[:3]) / max(1, len(values))


_SURROGATE_FOLD = bytes(0xD8 if 0xD8 <= b <= 0xDB else 0xDC if 0xDC <= b <= 0xDF else b for b in range(256))


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
    except (LookupError, UnicodeError, ValueError, TypeError):
        # an unknown name, a codec that is no text encoding ("undefined", "rot13"), bad bytes
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
        except (UnicodeError, LookupError):
            continue
    try:
        return data.decode(best.encoding, errors="replace")
    except (UnicodeError, LookupError) as exc:
        raise InputError(f"no text encoding fits ({exc})") from exc


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    if sample.count("\x00") > _STRAY_NULS(len(sample)):
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
        except RecursionError:
            on_skip(source, f"malformed JSON (nested deeper than this reader follows, {_DEPTH})")
            return
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
    yield from _json_lines(text.split("\n"), source, on_skip)


# What Python's json module follows before RecursionError: about the interpreter's limit.
_DEPTH = "about 1,000 levels"


def _json_lines(lines: Iterable[str], source: str, on_skip: OnSkip) -> Iterator[Document]:
    """One record a line; a line that is not one is named and skipped, the rest are read."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}: line {lineno}"
        try:
            rec = json.loads(line)
        except RecursionError:
            on_skip(where, f"malformed JSON (nested deeper than this reader follows, {_DEPTH})")
            continue
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
    except (ValueError, RecursionError):
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
