"""A document's date: from its metadata when it has one, else from the top of its text.

Dates are written ``YYYY-MM-DD`` (ISO 8601), so they sort and compare as text in every store.
A plain-text article is dated only by what it says near its top: a date line ("Updated March
3, 2025 1:17 pm ET", "Published: 5 December 2025", "2025-12-05") or a dateline opening a
paragraph ("KYIV, Feb 5, 2025 (Reuters) -"). A date without a year ("Feb 5 (Reuters)") is no
date, the file's modification time is never one, and a date deep in the body (an event the
article recalls) is not the article's.

>>> find_text_date("Talks resume\\n\\nUpdated March 3, 2025 1:17 pm ET\\n\\nBRUSSELS - Allies met.")
'2025-03-03'
>>> find_text_date("GENEVA, 5 Feb. 2026 (AFP) - Envoys met on Thursday.")
'2026-02-05'
>>> find_text_date("MOSCOW, Feb 10 (Reuters) - Russia said on Monday ...") is None
True
>>> normalize_date("2025-03-01T10:00:00Z"), normalize_date("March 1, 2025"), normalize_date("soon")
('2025-03-01', '2025-03-01', 'soon')
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["find_text_date", "normalize_date", "parse_date"]

_MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], 1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_PATTERNS = [
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),  # March 3, 2025
    re.compile(r"\b" + _WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),  # 3 March 2025
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),                 # 2025-03-03
]
# A line that is about a date, not a sentence of the article: short, or led by a publishing word.
_DATE_LINE_WORDS = re.compile(r"^\W*(?:published|updated|posted|last updated|date|dated|first published|"
                              r"modified|issued)\b", re.I)
# A dateline: the place in capitals (a comma and a region may follow), then the date, at a
# paragraph's start.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?(?:\s*\([^)]{1,30}\))?,?\s+")
_TOP_CHARS = 2000
_TOP_LINES = 30
_SHORT_LINE = 80
_OTHER_WORDS = 6


def parse_date(text: str) -> str | None:
    """The first full date (day, month and year) in ``text`` as ``YYYY-MM-DD``, or None."""
    m = _first_date(text)
    return _iso(m) if m else None


def _first_date(text: str) -> re.Match[str] | None:
    found = [m for pattern in _PATTERNS for m in pattern.finditer(text) if _iso(m)]
    return min(found, key=lambda m: m.start()) if found else None


def _iso(m: re.Match[str]) -> str | None:
    parts = m.groupdict()
    month = _MONTHS.get((parts.get("month") or "").lower()) or int(parts.get("mnum") or 0)
    try:
        return _dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except (TypeError, ValueError):
        return None


def normalize_date(value: str | None) -> str | None:
    """A metadata date as ``YYYY-MM-DD`` when it is one (ISO timestamps, written dates); other
    text is kept as given (the input said so), empty becomes None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = re.match(r"^((?:19|20|21)\d{2})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return text
    return parse_date(text) or text


def find_text_date(text: str) -> str | None:
    """The date a plain-text article gives near its top (a date line or a dateline), or None."""
    lines = text[:_TOP_CHARS].splitlines()[:_TOP_LINES]
    for line in lines:
        line = line.strip()
        if not line:
            continue
        head = line[:_SHORT_LINE]
        m = _first_date(head)
        if m and (_DATE_LINE_WORDS.match(line) or (len(line) <= _SHORT_LINE and _few_other_words(line, m))):
            return _iso(m)
        m = _DATELINE.match(line)
        if m:
            found = _dateline_date(line[m.end():])
            if found:
                return found
    return None


def _few_other_words(line: str, m: re.Match[str]) -> bool:
    # "December 5, 2025", "By Ann Lee, March 3, 2025 1:17 pm ET": a date line; "She was born
    # on March 3, 1950, in Kyiv and studied law there." is a sentence of the article.
    return len((line[:m.start()] + " " + line[m.end():]).split()) <= _OTHER_WORDS


def _dateline_date(rest: str) -> str | None:
    # the date must come right after the place: "KYIV, March 3, 2025 (Reuters) —"
    for pattern in _PATTERNS:
        m = pattern.match(rest)
        if m:
            return _iso(m)
    return None
