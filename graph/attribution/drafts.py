"""The draft data model of attribution and the helpers its modules share: a ``Draft`` is a
quote being assembled (contents, cue, speaker's token, addressee, outlet) before its id and
confidence are fixed; ``Mask`` holds the tokens inside quotations; the paragraph index, the
title line's end, the tokens' text and word count, speech verbs, the comma handing a
quotation on to its cue, and the outlet named in a frame are read the same way by the
direct, transcript and reported-speech rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..channels import is_channel
from ..cues import is_speech_verb
from ..entities import EntityIndex
from ..entities.mentions import ends_as_sentence, title_cased
from ..model import Cue, EntityRef, Span
from ..quotes import Quoted
from ..speakers import Speaker


ENDS = {".", "!", "?"}


@dataclass
class Draft:
    """A quote being assembled, before its id and confidence are fixed."""

    kind: str
    contents: list[Span]
    origin: str  # how it was found: after, before, colon, transcript, clause, infinitive, object, …
    cue: Cue | None = None
    cue_token: int | None = None
    subj: Token | None = None  # the speaker's head token, resolved in step 2
    verb: Token | None = None  # for the addressee
    speaker: Speaker | None = None
    addressee: EntityRef | None = None
    reported_by: EntityRef | None = None
    floating: bool = False  # the speaker is inherited from the quote before (continuation)
    chain: int = 0  # how many inherited quotes in a row end with this one
    para: int = 0
    after_end: int = 0  # char where the sentence carrying the cue ends
    quoted: list[Quoted] = field(default_factory=list)  # the passages of a direct quote
    via: Token | None = None  # "…, according to the ministry" on a cue with its own speaker
    headline: bool = False  # in the title line: shortened, so less sure than the body
    lead: Token | None = None  # the name a pronoun subject goes on with: "Lee said “…,” she said"

    @property
    def start(self) -> int:
        return self.contents[0].start

    @property
    def end(self) -> int:
        return self.contents[-1].end


def paragraph_index(text: str) -> list[int]:
    """Start char of each paragraph (a line break ends one; blank lines do not count)."""
    starts = [0]
    for m in re.finditer(r"\n\s*", text):
        starts.append(m.end())
    return starts


def paragraph_at(paras: list[int], char: int) -> int:
    lo, hi = 0, len(paras) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paras[mid] <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


class Mask(set):
    """Tokens inside standalone quotes; ``anywhere`` also has those of quoted fragments."""

    anywhere: set[int] = set()


def token_mask(doc: Doc, quoted: list[Quoted]) -> set[int]:
    mask: set[int] = set()
    for q in quoted:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            mask.update(range(span.start, span.end))
    return mask


_URL_LINE = re.compile(r"\s*https?://\S+[^\n]*\n")


def headline_end(text: str) -> int:
    """Where the title line ends, when the text opens with one (after a URL line, if any): a
    short line with more text after it, not ending as a sentence does (a closing quotation
    mark may end it) unless written in title case; 0 when there is none."""
    m = _URL_LINE.match(text)
    start = m.end() if m else 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    if end == -1 or not text[end:].strip():
        return 0
    line = text[start:end].strip()
    # a line in title case is a title even when a converter closed it with a stop ("Lee: Talks
    # Will Go On, ‘We Are Close’."), as the entities' title line already reads it
    if not 2 <= len(line.split()) <= 25 or ends_as_sentence(line) and not title_cased(line):
        return 0
    return end


def span_of_tokens(doc: Doc, first: Token, last: Token) -> Span:
    """The text from ``first`` to ``last`` (read off the tokens: ``doc.text`` would walk the
    whole document)."""
    return Span(first.idx, last.idx + len(last), doc[first.i:last.i + 1].text)


def word_count(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def comma_after(text: str, end: int) -> bool:
    """A comma right after a closing mark at ``end`` ("‘We will go’, she said")."""
    return text[end:end + 1] == ","


def speech_word(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (is_speech_verb(tok.lemma_) or _words_it_carries(tok)) \
        and not _name_read_as_verb(tok)


def _words_it_carries(tok: Token) -> bool:
    """"read" said of a written thing: "the sign read “…”", "a banner that read “…”",
    "posted a message reading “…”", "the letter reads in part, “…”". What follows is the words
    written on it, as "said" gives the words spoken; who wrote or held it is found through the
    channel (``channels.speaker_behind``). "read" with a reader for subject ("Lee read the
    report") reports no words."""
    if tok.lemma_.lower() != "read" or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG") \
            or any(c.dep_ == "aux" for c in tok.children):
        return False  # (not "a statement to read", "the letter will be read": someone reads it)
    if tok.dep_ in ("acl", "relcl") and is_channel(tok.head):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is None or subj.lower_ in ("that", "which")
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and is_channel(subj)


def _name_read_as_verb(tok: Token) -> bool:
    """A surname spelt like a speech verb that the parse tagged as one, yet placed where a
    name goes ("According to Health Minister Omar Said, …": "Said" the object of "to"): a
    person's name, not the cue."""
    return tok.ent_type_ == "PERSON" and tok.text[:1].isupper() and not tok.is_sent_start \
        and tok.dep_ in ("pobj", "dobj", "compound", "appos")


def outlet(frame: list[Token], index: EntityIndex) -> EntityRef | None:
    """The outlet that carried the quote: "The Wall Street Journal reported", "according to
    a transcript … published by Bloomberg News"."""
    for tok in frame:
        cluster = index.cluster_at(tok)
        if cluster is not None and cluster.type == "media":
            return index.ref(cluster)
    return None


class ReportedWords(NamedTuple):
    """Where a speech verb's words are: the heads of their phrases and how they stand to the
    cue (``origin``: clause, preposed, infinitive, object, prep, parenthetical, aside)."""
    heads: list[Token]
    origin: str
    label: Token | None = None      # the relative word an object cue labels ("what Lee called “…”")
    quote_end: Token | None = None  # the end of the quotation an object cue's label runs to
    stranded: Token | None = None   # a clause of telling the parse hung elsewhere in the sentence
