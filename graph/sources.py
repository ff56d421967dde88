"""Reading inputs into Documents: files, folders, JSON/JSONL records, HTML pages, stdin.

Bad inputs never stop the batch: each one is reported through ``on_skip`` with its name and the
reason, and reading goes on.

>>> docs = list(iter_documents(["examples/"]))   # doctest: +SKIP
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

OnSkip = Callable[[str, str], None]


def _warn(source: str, reason: str) -> None:
    print(f"quotegraph: skipped {source}: {reason}", file=sys.stderr)


def iter_documents(inputs: Iterable[str | os.PathLike[str]], on_skip: OnSkip = _warn) -> Iterator[Document]:
    """Yield a Document for every readable article in ``inputs`` (files, folders, or ``-``).

    Folders are read recursively, in sorted order, for the suffixes in ``READ_SUFFIXES``;
    a file named explicitly is read whatever its suffix (as text unless it says otherwise).
    """
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "-", ".txt", on_skip)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READ_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            for p in files:
                yield from _from_file(p, str(p), on_skip)
        elif path.exists():
            yield from _from_file(path, name, on_skip)
        else:
            on_skip(name, "no such file or folder")


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read one article file; raise ``InputError`` (naming the file) when it cannot be read."""
    problems: list[str] = []
    docs = list(_from_file(Path(path), os.fspath(path), lambda s, r: problems.append(f"{s}: {r}")))
    if not docs:
        raise InputError(problems[0] if problems else f"{os.fspath(path)}: no document in it")
    return docs[0]


def _from_file(path: Path, source: str, on_skip: OnSkip) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        on_skip(source, f"cannot be read ({exc.strerror or exc})")
        return
    yield from _from_bytes(data, source, path.suffix.lower(), on_skip)


def _from_bytes(data: bytes, source: str, suffix: str, on_skip: OnSkip) -> Iterator[Document]:
    try:
        text = decode(data)
    except InputError as exc:
        on_skip(source, str(exc))
        return
    if suffix in JSON_SUFFIXES:
        yield from _from_json(text, source, suffix, on_skip)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield _from_html(text, source)
    else:
        yield Document(text=text, source=source)


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs first, then UTF-8, then a detector.

    >>> decode("café".encode("cp1252"))
    'café'
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data)
    if _is_binary(text):
        raise InputError("binary file, not text")
    return text


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError("binary file, not text (no text encoding fits)")
    encoding = best.encoding
    # The detector cannot tell ISO-8859-1 from CP-1252 on most news text; CP-1252 is the
    # superset that Windows editors wrote, and it decodes its curly quotes correctly.
    if encoding in ("latin_1", "iso8859_1", "ascii"):
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode(best.encoding, errors="replace")


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return "\x00" in sample or bad / len(sample) > 0.05


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _from_html(html: str, source: str) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    meta: dict[str, Any] = {}
    if extracted is not None:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    errors: tuple[str, ...] = ()
    if not text:
        errors = ("no article text found in the HTML page",)
    return Document(text=text, source=source, title=meta.get("title"), date=meta.get("date"),
                    url=meta.get("url"), errors=errors)


def _from_json(text: str, source: str, suffix: str, on_skip: OnSkip) -> Iterator[Document]:
    stripped = text.lstrip()
    if suffix == ".json" and stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except ValueError:
            pass  # maybe JSON lines under a .json name: read it line by line below
        else:
            records = data if isinstance(data, list) else [data]
            for n, rec in enumerate(records, 1):
                doc = _record(rec, source, f"{source}: record {n}", on_skip)
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
            on_skip(where, f"malformed JSON ({exc.msg})")
            continue
        doc = _record(rec, source, where, on_skip)
        if doc is not None:
            yield doc


def _record(rec: Any, source: str, where: str, on_skip: OnSkip) -> Document | None:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        on_skip(where, 'no "text" field with a string in it')
        return None

    def opt(key: str) -> str | None:
        value = rec.get(key)
        return None if value is None else str(value)

    rid = opt("id")
    return Document(text=rec["text"], source=rid or where.replace(": line ", ":").replace(": record ", "#"),
                    title=opt("title"), date=opt("date"), url=opt("url"))
