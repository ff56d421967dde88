"""Names the small model loses at the two edges of an article: after a dateline and in the title.

- After a dateline joined by a dash ("CHICAGO - Rahm Emanuel may …", "COLUMBUS, Ohio — …",
  "WASHINGTON (Reuters) – …") the model often tags the place and leaves the name that opens
  the sentence untagged: a run of capitalised proper nouns there, of a person's shape (a known
  forename, or the surname of a person the article names), is that person.
- In the title line the model glues the title's own words to a name ("Trump May be Aligning",
  "Will Sanders come down", "Hillary 3 Word Name"): a person there is the longest run of words the body's person names (or, failing
  those, its proper nouns) use; a name none of whose words the body uses is left whole, as
  the title may name someone the body does not (``title_person``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import DASHES
from ..entity_ids import NAME_PARTICLES, fold, name_parts
from ..gender import forename_gender
from .mentions import ends_as_sentence, title_cased

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Doc, Token

    from .index import EntityIndex

# "SAN LUIS OBISPO, Calif., Jan. 5 (Reuters)", "WASHINGTON (Reuters)": a dateline's longest, in tokens
_DATELINE_WORDS = 11


def opens_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts the text or a line (a line break or a run of spaces before it)."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the dash that ends a dateline opening at token ``start``, or None: a place
    in capitals ("NAIROBI", "DES MOINES, Iowa", "BRUSSELS, Oct 14 (Reuters)") or a place before
    a news agency in brackets ("Hanoi (VNA)", "Washington (AFP)"), then only capitalised words,
    numbers, commas, stops and brackets, and a dash. The one reader of datelines: the sentence
    starts set before the parse, the names after a dateline, the parties of a relation and the
    subject past a dateline all ask it. The caller says where a line or sentence starts."""
    first = doc[start]
    if not (first.is_alpha and first.text[:1].isupper()):
        return None
    for k in range(start + 1, min(len(doc) - 1, start + _DATELINE_WORDS + 1)):
        t = doc[k]
        if t.text in DASHES:
            if t.text == "-" and not (doc[k - 1].whitespace_ and t.whitespace_):
                return None  # a hyphen inside a name, "NATO-Russia Council": a dateline's dash is spaced
            capitals = first.text.isupper() and len(first.text) >= 2
            return k if capitals or _agency_before(doc, k) else None
        # (the date a wire puts between the place and its name: "BRUSSELS, Oct 14 (Reuters) -")
        if not (t.text in (",", "(", ")", ".") or t.text[:1].isupper() or t.like_num):
            return None
    return None


def _agency_before(doc: Doc, k: int) -> bool:
    """ "Hanoi (VNA) –", "Washington (AFP) –": a news agency's name in capitals, in brackets right
    before the dash (not "Warren (D) met Sanders": a member's party, one letter)."""
    return k >= 3 and doc[k - 3].text == "(" and doc[k - 1].text == ")" and doc[k - 2].text.isupper() \
        and len(doc[k - 2].text) > 1


def _after_dateline(dash: Token) -> bool:
    """True when ``dash`` ends a dateline that opens its line."""
    doc = dash.doc
    if dash.i == 0:
        return False
    i = dash.i - 1
    # a dateline is at most _DATELINE_WORDS words: walk no further back, so that a text with no
    # line breaks and many dashes is not walked to its start once per dash
    while not opens_line(doc, i) and dash.i - i < _DATELINE_WORDS:
        i -= 1
    return opens_line(doc, i) and dateline_end(doc, i) == dash.i


def dateline_dash(toks: list[Token]) -> int | None:
    """Where tokens that open with a dateline ("BOSTON - Rahm Emanuel") have its dash (an index
    into ``toks``), or None. A dateline is a few words long: only the first tokens are read."""
    head = toks[:min(len(toks) - 1, _DATELINE_WORDS + 2)]
    return next((k for k, t in enumerate(head) if t.text in DASHES and _after_dateline(t)), None)


def after_dateline(toks: list[Token]) -> list[Token]:
    """``toks`` without the dateline that opens them ("BOSTON - Rahm Emanuel may run" → "Rahm
    Emanuel may run"); all of them when there is none."""
    dash = dateline_dash(toks)
    return toks if dash is None else toks[dash + 1:]


def is_dateline_place(t: Token) -> bool:
    """Whether ``t`` is the place of a wire dateline opening its sentence or line ("OSLO, May 12
    -", "DES MOINES, Iowa (UPI) -", "Hanoi (VNA) –", as ``dateline_end`` reads one). A word in
    capitals inside a sentence ("NATO", "the UN") is no dateline."""
    doc = t.doc
    k = t.i
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].text.isalpha() and "\n" not in doc[k - 1].whitespace_:
        k -= 1  # "DES MOINES", "Addis Ababa (ENA)"
    if not (doc[k].is_sent_start or opens_line(doc, k)):
        return False
    dash = dateline_end(doc, k)
    return dash is not None and t.i < dash


def past_dateline(verb: Token, subj: Token | None, bodies: bool = False) -> Token | None:
    """The clause's subject, past a dateline the parse took for one: in "MOSCOW, Feb 10
    (Reuters) - Poland's foreign minister accused Russia …" the verb may have two subjects,
    the place before the dateline's dash and the one who acts after it, or hang the one who
    acts below the place ("NAIROBI, May 30 - Kenya's opposition leader, X, launched …").
    With ``bodies`` an organisation hung below the place may be the one ("UNITED NATIONS (AP) —
    The Security Council said": a speaker); without, only another noun is."""
    if subj is None:
        return None
    doc = verb.doc
    start = subj.left_edge.i
    while start > 0 and "\n" not in doc[start - 1].text and subj.i - start <= 12:
        start -= 1  # a dateline opens its line: look back a few words only
    if start > 0 and "\n" not in doc[start - 1].text or start + 1 >= verb.i:
        return subj
    toks = list(doc[start:verb.i])
    dash = dateline_dash(toks)
    if dash is None or not subj.i < toks[dash].i:
        return subj
    after = toks[dash].i
    later = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > after), None)
    if later is not None:
        return later
    # the highest noun after the dash among the words the parse hung on the place
    below = [t for t in subj.subtree if after < t.i < verb.i and t.pos_ in ("NOUN", "PROPN")
             and (bodies or t.ent_type_ != "ORG")]
    return min(below, key=lambda t: (_depth_below(t, subj), t.i), default=subj)


def _depth_below(tok: Token, top: Token) -> int:
    """How many steps up the parse ``tok`` is from ``top`` (which is among its heads)."""
    n = 0
    while tok.i != top.i and tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def add_dateline_names(index: EntityIndex) -> None:
    """Register the untagged person that opens the sentence after a dateline."""
    doc = index.doc
    surnames = {fold(name_parts(c.name)[1]) for c in index.clusters if c.type == "person"}
    for dash in doc:
        if dash.text not in DASHES or dash.i + 1 >= len(doc) or not _after_dateline(dash):
            continue
        end = dash.i + 1
        while end < len(doc) and end - dash.i <= 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and not index.is_mentioned(doc[end].i):
            end += 1
        if end - dash.i < 2:
            continue
        span = doc[dash.i + 1:end]
        if forename_gender(span.text) is not None or fold(span[-1].text) in surnames:
            index.add(span, "person")


def title_person(index: EntityIndex, toks: list[Token]) -> list[Token]:
    """The words of a PERSON span in the title line that name a person of the body: the
    longest run of words the body's person names use (none in the body: the span whole)."""
    best = _longest_run(toks, index.below_title[0]) or _longest_run(toks, index.below_title[1])
    if not best:
        return toks  # a person only the title names ("Ann Ruiz endorses Tom Baker")
    while best[0].i > toks[0].i:  # "Donald Trump" where the body writes "Trump": a name's words stay
        before = best[0].doc[best[0].i - 1]
        if before.pos_ != "PROPN":
            break  # "Will Sanders come down": the title's verb
        best.insert(0, before)
    # "Lula da Silva" where the body writes "Lula": lowercase particles and the surname after
    # them are the name's too (only those: a title-case headline's next word may be its verb)
    doc, k = best[0].doc, best[-1].i + 1
    while k < toks[-1].i and doc[k].text.islower() and doc[k].text in NAME_PARTICLES:
        k += 1
    if k > best[-1].i + 1 and k <= toks[-1].i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        best += list(doc[best[-1].i + 1:k + 1])
    return best


def _longest_run(toks: list[Token], words: frozenset[str]) -> list[Token]:
    runs: list[list[Token]] = [[]]
    for t in toks:
        if fold(t.text) in words:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    return max(runs, key=len)


def below_title_words(index: EntityIndex) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of the PERSON names the model found below the title line, and of all
    the capitalised proper nouns there (for a name the body tags otherwise)."""
    persons = frozenset(fold(t.text) for e in index.layout.ents if e.label_ == "PERSON"
                        and not in_title_line(index, e.start_char) for t in e)
    propns = frozenset(fold(t.text) for t in index.doc if t.pos_ == "PROPN" and t.text[:1].isupper()
                       and not in_title_line(index, t.idx))
    return persons, propns


def in_title_line(index: EntityIndex, char: int) -> bool:
    """True when ``char`` is in the article's first line, a title's length (a paragraph that
    opens a text without a title is none), and more text follows it. A first line that ends
    as a sentence does over a single paragraph is the first paragraph of a note ("Ana Costa
    met the farmers." over "Costa said …"), unless it is in title case ("Donor and Trump May
    be Aligning on Trade."), where a feed may have added the stop."""
    text = index.text
    start = len(text) - len(text.lstrip())
    nl = text.find("\n", start)
    if not (0 < nl - start <= 160 and start <= char < nl and text[nl:].strip() != ""):
        return False
    line = text[start:nl]
    # (a feed may end an article's title with a stop, "Bush, Rubio collide in scramble for
    # Florida's early voters.": over more than one paragraph the line stays a title)
    return not ends_as_sentence(line) or title_cased(line) or "\n" in text[nl:].strip()
