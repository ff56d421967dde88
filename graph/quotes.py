"""Finding quotations: pairing quotation marks in raw text, robustly.

This module looks only at characters, never at the parse, so that every construction of
marks is handled the same whatever the model: curly and straight double quotes, guillemets,
low-9 marks, quotes that run over several paragraphs (each reopening with a mark), and stray
marks that never close (dropped, never paired across a paragraph).

>>> [m.content for m in find_quoted("He said “yes, we will.” Then “no.”")]
['yes, we will.', 'no.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the closing marks that may end it
_PAIRS = {
    "\u201c": "\u201d\u201c\"",  # “ … ” (and “ … “ typed by mistake, and “ … ")
    "\u201e": "\u201c\u201d",    # „ … “ (German) or „ … ”
    "\u00ab": "\u00bb",          # « … »
    "\u00bb": "\u00ab",          # » … « (reversed guillemets, Danish/German)
    "\u201d": "\u201d\u201c",    # ” … ” (a closing mark typed to open), only at a paragraph start
    '"': '"\u201d',
}
_OPENERS = set(_PAIRS) - {"\u201d"}
_CLOSERS = {"\u201d", "\u00bb", '"', "\u201c", "\u00ab"}
# Single marks ‘ … ’ and ' … ' double as apostrophes ("don’t", "the ’90s", "players’"): they
# count only where an apostrophe cannot stand, and never reach far.
_SINGLES = {"\u2018": "\u2019", "'": "'"}
_SINGLE_REACH = 300
QUOTE_MARKS = frozenset("\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019")
# The marks among them that open an English quotation as a token of their own: the curly
# double, the straight double and the curly single (a closing ” or ’ opens none, and the
# guillemets and the low-9 mark open other languages' quotations).
OPENING_MARKS = frozenset("\u201c\"\u2018")
# Every character the scanner acts on; it jumps from one to the next (the rest is words).
_ACTIVE = re.compile("[%s]" % re.escape("".join(sorted(set("".join(_PAIRS) + "".join(_PAIRS.values())
                                                         + "".join(_SINGLES))))))


@dataclass(frozen=True)
class Quoted:
    """A quoted passage: ``start``/``end`` cover the marks, ``inner_*`` the words inside."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    content: str
    continued: bool = False  # True when it reopens a quote left open by the previous paragraph

    @property
    def closed(self) -> bool:
        return self.end > self.inner_end


# Invisible format characters a page may put before a paragraph's first mark (a bidi embedding
# U+202A, a zero-width space, a byte-order mark): no words, as blank as a space.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"


def _blank(s: str) -> bool:
    return not s.strip().strip(_INVISIBLE).strip()


def _can_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    if before in _INVISIBLE:
        before = " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/") and not after.isspace()


def _spaced_open(text: str, i: int, end: int) -> bool:
    """A straight mark typed with a space on both sides that the paragraph closes later
    ('was " a worrying issue for the region".'): the space inside is a slip, the words are
    quoted. The next straight mark must be a closer (after a word, before no word)."""
    if not (i > 1 and text[i - 1] in " \t\u00a0" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isalnum()):
        return False
    if text[i - 2].isdigit():
        return False  # '6 " tall': inches
    j = text.find('"', i + 1, end)
    return j != -1 and _can_close_straight(text, j) and not text[j + 1:j + 2].isalnum()


def _can_close_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    if before in " \u2009\u200a\u00a0" and i >= 2 and text[i - 2] in "'\u2019" \
            and not text[i + 1:i + 2].isalnum():
        return True  # "… 'build the road,' " she said": a space set between two closing marks
    if before in " \u00a0" and i >= 2 and text[i - 2] in ",.!?" and not text[i + 1:i + 2].strip():
        return True  # '"… doing this, " Lee said.': a slip of the space bar before the closing mark
    return not before.isspace()


def _can_open_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/\u201c\"") and after.isalpha()


def _can_close_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted passage in ``text``, in order, nested quotes folded into their outer one.

    A paragraph whose quote is still open at its end continues into the next paragraph only
    when that paragraph opens with a quotation mark (the news convention), or when a line
    break cut it and the next paragraph's first mark closes it; otherwise the stray opening
    mark is dropped, unless it opened a sentence that ends the paragraph (a closing mark
    forgotten).
    """
    out: list[Quoted] = []
    pos = 0
    pending: int | None = None  # inner_start of a quote left open at the last paragraph end
    pending_parts: list[Quoted] = []
    for para_end in _paragraph_ends(text):
        if not text[pos:para_end].strip():
            pos = para_end  # a blank line between paragraphs: an open quote waits across it
            continue
        para = (pos, para_end)
        found, open_at = _scan_with_posts(text, *para)
        if pending_parts:
            first_inner = found[0].start if found else None
            opens_with_mark = first_inner is not None and _blank(text[pos:first_inner]) \
                or (open_at is not None and _blank(text[pos:open_at]) and not found)
            # the speech reopens with its own kind of mark; a quote of another kind of mark
            # opening the paragraph ("…\n\n“It hurts,” she said") is a new one
            reopen = first_inner if first_inner is not None and _blank(text[pos:first_inner]) else open_at
            opens_with_mark = opens_with_mark and _same_family(text[pending_parts[0].start], text[reopen])
            if opens_with_mark:
                out.extend(pending_parts)
                if found:
                    found[0] = Quoted(found[0].start, found[0].end, found[0].inner_start,
                                      found[0].inner_end, found[0].content, continued=True)
            elif (rest := _closed_after_break(text, pos, para_end, found, open_at)) is not None:
                if _wrapped(pending_parts[-1], rest):
                    out.extend(pending_parts)
                    out.append(rest)
                # (else a line of its own before the closing mark: "“…\nAnn Lee, mayor.”", a
                # signature, not the speech going on)
            elif reopen is None:
                # (a paragraph opening with another kind of mark leaves the stray one in doubt)
                out.extend(_left_open(text, pending_parts))
            pending_parts = []
        out.extend(found)
        if open_at is not None:
            inner_start = open_at + 1
            inner_end = _rstrip(text, inner_start, para_end)
            if inner_end > inner_start:
                pending_parts = [Quoted(open_at, inner_end, inner_start, inner_end,
                                        text[inner_start:inner_end], continued=pending is not None)]
                pending = inner_start
        else:
            pending = None
        pos = para_end
    out.extend(_left_open(text, pending_parts))  # the last paragraph's speech, never closed
    return out


# Where a mark can only close: right after a word or a sentence's end, not before a word.
_CLOSERS_AFTER_WORD = "\u201d\"\u00bb"


def _closed_after_break(text: str, start: int, end: int, found: list[Quoted],
                        open_at: int | None) -> Quoted | None:
    """The rest of a quotation a line break cut ("… getting them to participate personally\\n
    in caucuses and primaries.”"): the paragraph after an open quotation does not reopen it,
    but its first mark closes one, after a word and before any quotation of its own. A
    scraped page breaks lines inside sentences; the words up to that mark are still the
    quotation's, as a second piece of it."""
    a = start
    while a < end and text[a].isspace():
        a += 1
    limit = min([q.start for q in found] + ([open_at] if open_at is not None else []) + [end])
    for j in range(a, limit):
        c = text[j]
        if c in QUOTE_MARKS and c not in "\u2018\u2019":
            if c in _CLOSERS_AFTER_WORD and j > a and not text[j - 1].isspace() \
                    and not text[j + 1:j + 2].isalnum():
                b = _rstrip(text, a, j)
                return Quoted(a, j + 1, a, b, text[a:b], continued=True) if b > a else None
            return None
    return None


def _wrapped(before: Quoted, rest: Quoted) -> bool:
    """A line break in mid-sentence: the words before it do not end a sentence, or the
    words after it do not start one."""
    return not before.content.rstrip().endswith((".", "!", "?")) or not rest.content[:1].isupper()


def _left_open(text: str, parts: list[Quoted]) -> list[Quoted]:
    """A quotation its writer forgot to close: it opens its paragraph or a sentence, ends
    the paragraph with a sentence's end, and the next paragraph does not reopen it
    ("…,” said Baron. “His candidacy has defied all conventions.\\n\\nHe continued, …").
    A mark that opened a phrase in mid-sentence ('the so-called "plan was …') stays dropped."""
    if not parts:
        return []
    q = parts[0]
    i = q.start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    opens_sentence = i < 0 or text[i] == "\n" or text[i] in ".!?:" \
        or text[i] in "\u201d\"" and i > 0 and text[i - 1] in ".!?"
    if not opens_sentence or not q.content.rstrip().endswith((".", "!", "?")):
        return []
    return [q]


# An embedded post as a page's text keeps it: <tweet author="…" …>words</tweet>, and the
# <blockquote> a page quotes a post or a letter in. The words are the author's own, set off as
# a quotation is; the marks in the tag's attributes (author="…") are no quotation.
_POST = re.compile(r"<(tweet|blockquote)\b[^>\n]*>([^<\n]+)</\1>", re.IGNORECASE)
_POST_TAG = re.compile(r"<(?:tweet|blockquote)\b[^>\n]*>", re.IGNORECASE)


def post_tags(text: str) -> list[tuple[int, int]]:
    """Where the opening tags of embedded posts stand (<tweet author="…" date="…">), in order:
    their attributes are the page's markup, no one's words, though the parse of a report that
    introduces the post ("One user tweeted:") may run into them."""
    return [m.span() for m in _POST_TAG.finditer(text)] if "<" in text else []


def _scan_with_posts(text: str, start: int, end: int) -> tuple[list[Quoted], int | None]:
    """``_scan_paragraph``, with every embedded post of the paragraph one quoted passage (the
    tags as its marks) and the text around the posts scanned as usual."""
    posts = [m for m in _POST.finditer(text, start, end) if m.group(2).strip()]
    # a post's opening tag whose closing one the page wrote otherwise (<tweet …>…<tweet/>): its
    # attributes are still no quotation, though the words after it are left as they stand
    tags = [m for m in _POST_TAG.finditer(text, start, end)
            if not any(p.start() <= m.start() < p.end() for p in posts)]
    if not posts and not tags:
        return _scan_paragraph(text, start, end)
    found: list[Quoted] = []
    cur = start
    for m in sorted(posts + tags, key=lambda m: m.start()):
        found.extend(_scan_paragraph(text, cur, m.start())[0])
        cur = m.end()
        if m.re is _POST_TAG:
            continue
        a, b = m.start(2), _rstrip(text, m.start(2), m.end(2))
        while a < b and text[a].isspace():
            a += 1
        found.append(Quoted(m.start(), m.end(), a, b, text[a:b]))
    rest, open_at = _scan_paragraph(text, cur, end)
    return found + rest, open_at


def _same_family(a: str, b: str) -> bool:
    """Two opening marks of one kind: straight with straight, curly with curly (a closing
    curly mark typed to open counts as curly), guillemets with guillemets."""
    def family(c: str) -> str:
        return "curly" if c in "\u201c\u201d\u201e" else "guillemet" if c in "\u00ab\u00bb" else c
    return family(a) == family(b)


def _paragraph_ends(text: str) -> list[int]:
    ends = []
    i = text.find("\n")
    while i != -1:
        ends.append(i + 1)
        i = text.find("\n", i + 1)
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[Quoted], int | None]:
    """Pair marks inside one paragraph; return the quotes and where an unclosed one opened."""
    found: list[Quoted] = []
    open_at: int | None = None
    opener = ""
    nested = 0
    i = start
    while i < end:
        m = _ACTIVE.search(text, i, end)
        if m is None:
            break
        i = m.start()
        c = text[i]
        if open_at is None:
            if c == '"' and _stray_before_curly(text, start, i, end):
                i += 1  # '"“We will wait,” she said.': a stray straight mark before the curly quotation
                continue
            if c in _OPENERS and c != '"' or (c == '"' and (_can_open_straight(text, i) or _spaced_open(text, i, end)
                                                           or _glued_open(text, i, end))):
                # “ must not be a closer typed the wrong way right after a word: „Wort“ style
                open_at, opener = i, c
            elif c == "\u201d" and _can_open_straight(text, i) and (i == start or _blank(text[start:i])):
                open_at, opener = i, c  # ”…” typed with a closing mark first, at a paragraph start
            elif c == "'" and text.startswith("''", i) and i + 2 < end and not text[i + 2].isspace() \
                    and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-:;,/"):
                close = text.find("''", i + 2, end)  # ''…'': two apostrophes typed as a double mark
                if close != -1 and text[i + 2:close].strip():
                    found.append(Quoted(i, close + 2, i + 2, close, text[i + 2:close]))
                    i = close + 2
                    continue
                i += 1
            elif c in _SINGLES and _can_open_single(text, i):
                close = _close_single(text, i, end)
                if close is not None:
                    a, b = _inside(text, i + 1, close)
                    if b > a:
                        found.append(Quoted(i, close + 1, a, b, text[a:b]))
                    i = close
        elif opener == '"' and c == "\u201c" and not (nested == 0 and _glued_close(text, i, end)):
            nested += 1  # "He said “no” twice": curly marks nest inside straight ones
        elif opener == '"' and c == "\u201d" and nested:
            nested -= 1
        elif c in _PAIRS[opener] and (c != '"' or _can_close_straight(text, i)) \
                or opener == '"' and c == "\u201c":  # "… the future.“: a curly mark typed to close
            if c == opener and c != '"' and _can_open_straight(text, i) and not _can_close_straight(text, i):
                # a second “ after a space: the first one was stray; restart here, unless a
                # single mark after a comma or a sentence's end closed it (“… dead,’ she said)
                close = _single_closing_after_stop(text, open_at, i)
                if close is not None:
                    a, b = _inside(text, open_at + 1, close)
                    if b > a:
                        found.append(Quoted(open_at, close + 1, a, b, text[a:b]))
                open_at = i
            else:
                inner_start, inner_end = _inside(text, open_at + 1, i)
                if inner_end > inner_start:
                    found.append(Quoted(open_at, i + 1, inner_start, inner_end, text[inner_start:inner_end]))
                open_at = None
                nested = 0
        i += 1
    if open_at is not None and opener in "\u201c\"" and (close := _single_typed_to_close(text, open_at, end)) is not None:
        # “We can win.’ She left. — a double quotation closed with a single mark by mistake: the
        # words up to it are the quotation, the rest of the paragraph is scanned anew
        a, b = _inside(text, open_at + 1, close)
        rest, still_open = _scan_paragraph(text, close + 1, end)
        return found + [Quoted(open_at, close + 1, a, b, text[a:b])] + rest, still_open
    return found, open_at


def _stray_before_curly(text: str, start: int, i: int, end: int) -> bool:
    """A straight mark opening its paragraph right before a curly opening mark ('"“We will
    wait,” she said.'), the paragraph's only straight mark: a slip of the keyboard or of the
    page's conversion, not a quotation of its own around the curly one."""
    if not _blank(text[start:i]):
        return False
    j = i + 1
    while j < end and text[j] in " \t\u00a0":
        j += 1
    return text[j:j + 1] == "\u201c" and text.find('"', i + 1, end) == -1


def _single_closing_after_stop(text: str, open_at: int, end: int) -> int | None:
    """In a double quotation the paragraph reopens before closing it (“It is dead,’ she
    said. “We start again.”): the first ’ right after a comma or a sentence's end, before a
    space, with no single quotation opened before it, is the mark its writer closed it with."""
    for j in range(open_at + 1, end):
        c = text[j]
        if c == "\u2018" or c in "\u201c\u201d\"":
            return None
        if c == "\u2019" and text[j - 1] in ".,!?" and text[j - 2:j - 1].isalnum() \
                and (j + 1 >= end or text[j + 1].isspace()):
            return j
    return None


def _glued_open(text: str, i: int, end: int) -> bool:
    """A straight mark typed with no space after a sentence's end ('the authorities."We were
    misled."'): it opens when a capital follows it and the paragraph's next straight mark
    closes it."""
    if not (i >= 2 and text[i - 1] in ".!?" and text[i - 2].isalpha() and text[i + 1:i + 2].isupper()):
        return False
    j = text.find('"', i + 1, end)
    return j != -1 and _can_close_straight(text, j) and not text[j + 1:j + 2].isalnum()


def _glued_close(text: str, i: int, end: int) -> bool:
    """An opening curly mark typed after the last word of a quotation ('"… in the future.“'):
    glued to a sentence's end and followed by a space or the paragraph's end, it opens nothing."""
    return i >= 2 and text[i - 1] in ".!?," and text[i - 2].isalnum() and (i + 1 >= end or text[i + 1].isspace())


def _single_typed_to_close(text: str, open_at: int, end: int) -> int | None:
    """Where a double quotation left open in its paragraph was closed with a single mark
    (“We can win.’ She left.): the first ’ or ' right after a sentence's end, before a space
    and a capital or the paragraph's end, with no single quotation opened before it."""
    for j in range(open_at + 1, end):
        c = text[j]
        if c == "\u2018" or c in "\u201c\u201d\"":
            return None
        if c in "\u2019'" and text[j - 1] in ".!?" and text[j - 2:j - 1].isalnum():
            rest = text[j + 1:end]
            if not rest.strip() or rest[:1].isspace() and rest.lstrip()[:1].isupper():
                return j
    return None


def _inside(text: str, a: int, b: int) -> tuple[int, int]:
    """The words between two marks without the spaces next to the marks: French and Swiss
    typography sets guillemets off by a (no-break) space, « comme ceci », and the space is
    no part of what was said."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _close_single(text: str, i: int, end: int) -> int | None:
    """Where the single quote opened at ``i`` closes, or None when it is an apostrophe."""
    closer = _SINGLES[text[i]]
    stop = min(end, i + _SINGLE_REACH)
    j = i + 1
    while j < stop:
        c = text[j]
        if c in "\n\u201c\u201d\"\u00ab\u00bb":
            return None
        if c == closer and _can_close_single(text, j):
            return j
        j += 1
    return None


# A paragraph opened by a dash ("— We won respect, said Ndlovu."): the quotation dash of
# French, Spanish, Portuguese, Russian and many African papers, marking direct speech instead
# of quotation marks.
_DASH_OPENING = re.compile(r"(?:^|\n)[^\S\n]*[\u2014\u2013\u2015][^\S\n]*$")


def dash_opened(text: str, start: int) -> bool:
    r"""True when the words at ``start`` open a paragraph after a quotation dash.

    >>> dash_opened("Miners went back.\n\n— We won respect, said Ndlovu.", 21)
    True
    """
    return _DASH_OPENING.search(text, max(0, start - 8), start) is not None

