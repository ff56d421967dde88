"""The furniture of a web page that is no part of the article: where no actor is named.

Pages saved as text keep their menus, photo credits and lists of other stories. A name there
("Cookie settings", "Photo: Jane Roe/Agency", a teaser "From Dreamhouse to Nightmare?") is
nobody the article speaks of. ``furniture`` finds those stretches from the page's shape alone,
in any outlet's layout:

- a menu or footer line: three or more items between ``|`` separators;
- a credit: what follows "Photo:", "Photograph:", "Image:", "Credit:" … to the end of its line,
  and a line that is only names joined by slashes ("Handout/Agency", "AP Photo/Jane Roe"), the
  photographer and the agency of the picture above it;
- the newsroom's own lines: a byline ("By Jane Roe"), a contact line ("Write to Jane Roe at
  jane@…"), a contribution note ("Jane Roe in Oslo contributed to this report."), a social
  line ("Follow Jane Roe on Twitter @janeroe");
- a kicker: the line under the headline when it is a short title and nothing else, the
  column or section the story runs in ("Letter From Abroad.", "Economic Scene");
- a share bar: a line of sharing words only ("Facebook Twitter Email", "Share on WhatsApp");
- a list of other stories: lines that are only a date, recurring a few lines apart, and all
  the lines between them (a title, a kicker, a one-line teaser under each date);
- everything after a syndication footer ("The post … appeared first on …"): what follows
  belongs to the site, not to the article.

>>> text = "Talks went on.\\nPhoto: Jane Roe/Agency\\nHome | World | Cookie settings\\n"
>>> [text[a:b] for a, b in furniture(text)]
['Jane Roe/Agency', 'Home | World | Cookie settings']
"""

from __future__ import annotations

import re
from bisect import bisect_right

_CREDIT = re.compile(r"\b(?:Photo|Photograph|Photos|Image|Picture|Credit|Illustration|Video)s?\s*:\s*", re.I)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A line that is a date and nothing else: "December 5, 2025", "5 Dec 2025", "2025-12-05".
_DATE_LINE = re.compile(rf"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
                        rf"\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)\s*$", re.I)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_NEWSROOM = re.compile(rf"^\s*(?:By\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*\s*$|Write to .*@|.{{0,200}}\b"
                       rf"contributed (?:to this report|reporting)\b.{{0,40}}$|"
                       rf"Follow\s+{_NAME}\s+on\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b.{{0,80}}$)")
# The words of a share bar; a line of two or more of these and nothing else is one.
# A credit line alone: two or more names of up to four capitalised words, joined by slashes.
_SLASH_CREDIT = re.compile(rf"^\s*{_NAME}(?:\s*/\s*{_NAME})+\.?\s*$")
# A kicker: one to five words, each capitalised but the small words of a title.
_KICKER = re.compile(r"^\s*[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|from|on|in|at|for|and|the|a|to|with))"
                     r"{0,4}\.?\s*$")
_SHARE_WORDS = frozenset("""share shares sharing facebook twitter x email e-mail mail whatsapp linkedin reddit
pinterest telegram messenger flipboard bluesky threads instagram print copy link tweet on via this article
story page the""".split())
# Of those, the words that name a site or a way to share: a share bar has one ("Share on
# WhatsApp"), a line of only "on this page" has none.
_SHARE_SITES = _SHARE_WORDS - {"on", "via", "this", "article", "story", "page", "the", "copy", "link"}
_SYNDICATION = re.compile(r"^\s*The post .{3,300} appeared first on .{2,100}$", re.I)
_DATES_APART = 6  # the most lines (not counting empty ones) between two dates of a story list


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of every line of ``text``, empty ones included."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def furniture(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character ranges of ``text`` that are page furniture, in order."""
    lines = [(a, a + len(line)) for a, line in _lines(text) if line.strip()]  # the non-empty ones
    out: list[tuple[int, int]] = []
    dates = [k for k, (a, b) in enumerate(lines) if _DATE_LINE.match(text[a:b])]
    listed: set[int] = set()
    for d1, d2 in zip(dates, dates[1:]):
        if d2 - d1 <= _DATES_APART:
            listed.update(range(d1, d2 + 1))
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        if k == 1 and _KICKER.match(line) and len(text[lines[0][0]:lines[0][1]].split()) > 3:
            out.append((a, b))  # under a headline of a few words: no second title line
            continue
        if k in listed or line.count("|") >= 2 or _NEWSROOM.match(line) or _share_bar(line) \
                or _SLASH_CREDIT.match(line):
            out.append((a, b))
            continue
        if _SYNDICATION.match(line):
            out.append((a, len(text)))
            break
        m = _CREDIT.search(line)
        if m:
            out.append((a + m.end(), b))
    return tuple(out)


def story_end(text: str) -> int:
    r"""Where the story ends: the start of a syndication footer ("The post … appeared first on
    …"), after which a page carries other stories; ``len(text)`` when there is none.

    >>> story_end("Lee spoke.\nThe post Lee spoke appeared first on Daily Wire.\nOther news")
    11
    """
    return next((a for a, line in _lines(text) if _SYNDICATION.match(line)), len(text))


# Another story's card in a newsletter or a digest, one line: a rubric maybe, the story's
# headline in marks, its byline, then an excerpt or a link ('FAREWELL—"Club to close," by the
# Times' Ann Lee: "The club …" http://…'). The headline is a title and the excerpt that story's
# text: no one speaks in this article there.
_CARD = re.compile(r"^\s*(?:(?:[A-Z][A-Z0-9 &'’.,-]{0,40})?\s*[—–-]+\s*)?[\"“][^\n\"“”]{3,300}[\"”],?\s+by\s+(?:the\s+)?"
                   r"[A-Z][^:\n]{0,80}?(?::|\s+https?://)")
# A rubric set alone in marks over a list of other stories' titles ('"Related:"'); a transcript's
# speaker in capitals ("PENCE:") is no rubric.
_RUBRIC = re.compile(r"^\s*[\"“]\s*[A-Z][a-z]+(?: [a-z]+){0,2}:\s*[\"”]\s*$")


def other_stories(text: str) -> tuple[tuple[int, int], ...]:
    r"""(start, end) ranges of the lines of ``text`` that present other stories: a digest's card
    of a story ("“Headline,” by Outlet's Writer: “excerpt”") and a rubric over a list of them.

    >>> text = 'NEW—"Club to close," by the Times\' Ann Lee: "The club will shut."\n"Related:"\nLee said so.'
    >>> [text[a:b] for a, b in other_stories(text)]
    ['NEW—"Club to close," by the Times\' Ann Lee: "The club will shut."', '"Related:"']
    """
    return tuple((a, a + len(line)) for a, line in _lines(text) if _CARD.match(line) or _RUBRIC.match(line))


# A crosshead: a line of capitals alone in marks between paragraphs of the body (wire copy sets
# a striking phrase so over the section it opens, “DIVISIVE AND WRONG”), with no stop of its own.
_CROSSHEAD = re.compile(r"^\s*[\"“‘][^\n\"“”a-z]*[A-Z]{2,}[^\n\"“”a-z]*\s[^\n\"“”a-z]*[A-Z]{2,}[^\n\"“”a-z.!?]*[\"”’]\s*$")


def crossheads(text: str) -> tuple[tuple[int, int], ...]:
    r"""(start, end) ranges of the crossheads of ``text``: lines that are a quotation in capitals
    and nothing else, set between two paragraphs; a heading, not words anyone says there.

    >>> text = 'Talks ended.\n“DIVISIVE AND WRONG”\nLee spoke.\n“WE WILL WIN!”\n'
    >>> [text[a:b] for a, b in crossheads(text)]
    ['“DIVISIVE AND WRONG”']
    """
    lines = _lines(text)
    return tuple((a, a + len(line)) for k, (a, line) in enumerate(lines)
                 if 0 < k < len(lines) - 1 and lines[k - 1][1].strip() and lines[k + 1][1].strip()
                 and _CROSSHEAD.match(line))


# A photo's caption: a paragraph that ends with the photo's credit in parentheses, the agency
# and the photographer apart by slashes ("(AP Photo/Evan Vucci)", "(Ana Ruiz/Northwire.)").
_CAPTION_CREDIT = re.compile(r"\((?:[A-Z][^()/\n]{0,60}/)+[A-Z][^()/\n]{0,60}\)\.?\s*$")


def captions(text: str) -> tuple[tuple[int, int], ...]:
    r"""(start, end) ranges of the photo captions of ``text``: lines that end with a credit.
    Words in marks there with no cue of their own are what the picture shows (a poster, a
    banner, a sign), not words said.

    >>> text = 'Lee spoke.\n“Vote No!” (2015). (Party Archive/Northwire.)\n'
    >>> [text[a:b] for a, b in captions(text)]
    ['“Vote No!” (2015). (Party Archive/Northwire.)']
    """
    return tuple((a, a + len(line)) for a, line in _lines(text) if _CAPTION_CREDIT.search(line))


def _share_bar(line: str) -> bool:
    words = re.findall(r"[\w-]+", line.lower())
    return len(words) >= 2 and all(w in _SHARE_WORDS for w in words) and any(w in _SHARE_SITES for w in words)


def inside(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """True when the characters ``start``..``end`` lie in one of ``spans`` (from ``furniture``)."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]
