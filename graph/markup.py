"""Inline markup left in a text copied from a web page ("Prime Minister <u>Keir Starmer</u>").

The model reads a tag as a word (a proper noun, often the head of a name), so the names and the
parse around it go wrong. Such a text is parsed without its tags, as a view, and every span
found in the view is mapped back to the text: offsets always point into the text as it is.

>>> view, back = without_markup("Minister <u>Ana Ruiz</u> said")
>>> view
'Minister Ana Ruiz said'
>>> back[9], back[17]  # "A" of Ana, the space after Ruiz
(12, 24)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Extraction, Span

# Only tags of HTML's inline and block elements: "a <b> c" in running text is no tag to drop
# unless b is one of them, and a tag's attributes stay short.
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|br|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|li|mark|ol|p|q|s|"
    r"small|span|strike|strong|sub|sup|time|u|ul)(?:\s[^<>]{0,300})?\s*/?>", re.IGNORECASE)


# Invisible characters a page leaves in its text (a zero-width space, a word joiner, a byte-order
# mark): the model reads "\u200b\u200ba" as one strange word, not "a", and the parse around it
# goes wrong ('described as \u200b\u200ba “good start”' lost its cue). They are dropped from the
# view like tags.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]+")
_HIDDEN = re.compile(_INLINE_TAG.pattern + "|" + _INVISIBLE.pattern, re.IGNORECASE)


def strip_tags(text: str) -> str:
    """``text`` with each inline tag replaced by a space ("Elon <b>Musk</b>" → "Elon  Musk ")."""
    return _INLINE_TAG.sub(" ", text) if "<" in text else text


def without_markup(text: str) -> tuple[str, list[int] | None]:
    """(the text without its inline tags and invisible characters, the offset in ``text`` of each view character and of
    the view's end), or (``text``, None) when it has none. A tag between two letters leaves a
    space, so that "one<br>two" stays two words."""
    if not ("<" in text and _INLINE_TAG.search(text) or _INVISIBLE.search(text)):
        return text, None
    parts: list[str] = []
    back: list[int] = []
    pos = 0
    for m in _HIDDEN.finditer(text):
        parts.append(text[pos:m.start()])
        back.extend(range(pos, m.start()))
        # (an invisible character joins: "Zelen\u2060skyy" is one word, "co\u200boperation" too)
        if 0 < m.start() and m.end() < len(text) and text[m.start() - 1].isalnum() and text[m.end()].isalnum() \
                and not _INVISIBLE.fullmatch(m.group()):
            parts.append(" ")
            back.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    back.extend(range(pos, len(text) + 1))  # the last characters, then the end
    return "".join(parts), back


def map_back(extraction: Extraction, text: str, back: list[int]) -> Extraction:
    """``extraction`` of a view, with every span's offsets and text those of ``text``."""
    def span(s: Span) -> Span:
        start = back[s.start]
        end = back[s.end - 1] + 1 if s.end > s.start else start
        return replace(s, start=start, end=end, text=text[start:end])

    quotes = tuple(replace(q, contents=tuple(map(span, q.contents)), sources=tuple(map(span, q.sources)),
                           cue=span(q.cue) if q.cue is not None else None,
                           fragments=tuple(map(span, q.fragments))) for q in extraction.quotes)
    entities = tuple(replace(e, mentions=tuple(map(span, e.mentions))) for e in extraction.entities)
    relations = tuple(replace(r, evidence=span(r.evidence)) for r in extraction.relations)
    return replace(extraction, quotes=quotes, entities=entities, relations=relations)
