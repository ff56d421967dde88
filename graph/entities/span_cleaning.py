"""The name spans in a NER span, before any is typed: junk dropped (a dateline, a lone function
word, an event "… Day", a fragment across a sentence stop, a word of a hyphened idiom), names
glued across a comma split, and what the model ran into a name cut off (dates, numbers, a
descriptor before it, a possessive's thing, an opening speech verb, a headline's title-case
words, a body's trailing post, an outlet's programme or person).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..actors import is_listed_actor_noun
from ..cues import is_speech_past
from ..entity_ids import TITLES_BARE, ORG_WORDS, fold
from ..gender import is_forename
from ..outlets import outlet_shaped
from .datelines import after_dateline, in_title_line, title_person
from .mentions import FIGURE_UNITS, head_type, hyphen_tail, root_outside
from .name_variants import is_apostrophe_name

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan, Token


# Posts news writes between a body's name and its holder's ("Committee Chair", "Bureau Director").
_POST_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "director", "president", "spokesman",
                         "spokeswoman", "spokesperson", "secretary", "ceo", "commissioner", "editor", "head"})


def _trailing_post(span: SpacySpan) -> int | None:
    """Where the post words at the end of an ORG span start, when a name follows the span and
    what stays is a body's name (its last word a body's word or an acronym): "Democratic
    National Committee Chair" before "Rep. X" is the committee. "House Minority Leader" stays
    whole (no body's word before the post), and so does a name no person follows."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper() or len(span) < 2:
        return None
    k = span.end
    while k - 1 > span.start and doc[k - 1].lower_ in _POST_WORDS:
        k -= 1
    if k == span.end:
        return None
    last = doc[k - 1]
    body = fold(last.text) in ORG_WORDS or (last.text.isupper() and len(last.text) >= 2 and last.is_alpha)
    return k if body else None


def _owner_and_name(doc, toks: list[Token]) -> int | None:  # noqa: ANN001 - a spaCy Doc
    """Where an ORG span glues a possessor to a person's name across a bare apostrophe the
    model did not read as a possessive ("Fox News’ Sean Hannity", typographic quotes): the
    apostrophe's index, when two or more capitalised words follow it, the first a known
    forename; else None."""
    for k, t in enumerate(toks[1:-2], 1):
        if t.text not in ("\u2019", "'") or t.whitespace_ == "" or not toks[k - 1].text.endswith("s"):
            continue
        rest = toks[k + 1:]
        if len(rest) >= 2 and all(w.is_alpha and w.text[:1].isupper() for w in rest) \
                and is_forename(" ".join(w.text for w in rest)):
            return t.i
    return None


def _outlets_programme(doc, toks: list[Token]) -> bool:  # noqa: ANN001 - a spaCy Doc
    """True when the ORG span ``toks`` directly follows an outlet's possessive, tagged as a
    name of its own ("CBS's Face the Nation", "ABC News’ This Week"): the outlet's programme."""
    k = toks[0].i - 1
    if k < 1 or doc[k].text not in ("'s", "\u2019s", "'", "\u2019") or not doc[k - 1].ent_type_:
        return False
    if doc[k].text in ("'", "\u2019") and not doc[k - 1].text.endswith("s"):
        return False
    start = k - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    owner = doc[start:k].text
    return bool(gazetteer.media(owner)) or outlet_shaped(owner, strong_only=True)


def _is_date_word(tok: Token) -> bool:
    """A weekday, a relative day or a clock word; a month only before a number ("May 5"), since
    months are names too (Theresa May, Wang Jun)."""
    low = tok.lower_
    if low in _MONTHS:
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.like_num
    return low in _DATE_WORDS


_MONTHS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight tomorrow january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec am pm a.m. p.m. gmt utc""".split())

_EVENT_HEADS = frozenset({"Day", "Week", "Eve", "Anniversary", "Olympics", "Games", "Festival"})


def _trimmed_edges(ent: SpacySpan) -> list[Token]:
    """The tokens of a NER span without what the model ran into the name at its edges:
    punctuation, dates, numbers, a trailing "on"/"at"/"in", a poll's figure, a dateline."""
    toks = [t for t in ent]
    while toks and (toks[-1].is_punct or toks[-1].is_space or _is_date_word(toks[-1])
                    or toks[-1].like_num or toks[-1].lower_ in ("on", "at", "in") and not hyphen_tail(toks[-1])
                    # "Clinton led Trump 47 percent to 39": a poll's figure run into the name
                    or toks[-1].lower_ in FIGURE_UNITS and len(toks) > 1 and toks[-2].like_num):
        if toks[-1].like_num and toks[-1].is_digit and len(toks) > 1 and ent.label_ == "ORG" and (
                gazetteer.media(toks[-2].text) or toks[-2].lower_ in ("channel", "tv", "radio")):
            break  # "Fox 35", "Channel 4": a local station, not the network the first word names
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space or _is_date_word(toks[0]) or toks[0].like_num):
        toks.pop(0)
    return after_dateline(toks)  # "BOSTON - Rahm Emanuel": the dateline is no part of the name


def _outlet_parts(doc, toks: list[Token]) -> list[SpacySpan] | None:  # noqa: ANN001 - a spaCy Doc
    """An ORG span that holds an outlet and what is its own: the outlet alone ("CBS's Face the
    Nation"), none ("CBS's" tagged alone before its programme), the outlet and its person ("Fox
    News’ Sean Hannity"); None for any other span."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    poss = next((k for k, t in enumerate(toks[1:-1], 1) if t.text in ("'s", "\u2019s")), None)
    if poss is not None and (gazetteer.media(doc[toks[0].i:toks[poss].i].text) or outlet_shaped(
            doc[toks[0].i:toks[poss].i].text, strong_only=True)):
        # "CBS's Face the Nation", "NBC's Meet the Press": the outlet; its programme is no actor
        return [SpacySpan(doc, toks[0].i, toks[poss].i, label="ORG")]
    if _outlets_programme(doc, toks):
        return []  # "CBS's" tagged alone, then "Face the Nation": the programme is no actor
    split = _owner_and_name(doc, toks)
    if split is not None:  # "Fox News’ Sean Hannity": the outlet, then its person
        return [SpacySpan(doc, toks[0].i, split, label="ORG"),
                SpacySpan(doc, split + 1, toks[-1].i + 1, label="PERSON")]
    return None


# A model's code at the end of a name: capitals, a hyphen, a number ("XR-7", "B-52", "MQ-9B").
_MODEL_CODE = re.compile(r"\s[A-Z]{1,3}-\d{1,4}[A-Z]?$")


def _no_name(ent: SpacySpan, span: SpacySpan, words: list[Token]) -> bool:
    """Whether the trimmed span names no one: function words ("the", "It"), a body's word in
    capitals ("NETWORK"), an event ("Diplomatic Service Day"), a dateline ("FINSTADJORDET —"),
    a sentence stop read as an initial ("X. Targets"), a product named by its maker and
    model code ("Acme XR-7")."""
    doc = ent.doc
    if not words or all(t.is_stop for t in words) or not any(t.text[:1].isupper() for t in words):
        return True  # "the", "It"
    if ent.label_ == "PERSON" and len(words) == 1 and words[0].text.isupper() and is_listed_actor_noun(words[0].text):
        return True  # "NETWORK" of "the USA TODAY NETWORK": a body's word in capitals, no person
    if words[-1].text in _EVENT_HEADS and len(words) > 1:
        return True  # "Diplomatic Service Day": an event, not an actor
    first = span[0]
    line_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or doc[first.i - 1].is_space
    nxt = doc[span.end] if span.end < len(doc) else None
    if (line_start and nxt is not None and nxt.text in ("\u2014", "\u2013", "--", "-", ",")
            and all(t.text.isupper() for t in words) and not gazetteer.lookup(span.text)):
        return True  # a dateline: "FINSTADJORDET —"
    if re.match(r"^[A-Z]\.\s+[A-Z][a-z]", span.text) and ent.label_ != "PERSON":
        return True  # "X. Targets": a sentence stop read as an initial
    if ent.label_ != "PERSON" and len(words) > 1 and _MODEL_CODE.search(span.text):
        return True  # "Acme XR-7": a maker's name and a model's code, a product, not a body
    return False


def _glued_names(ent: SpacySpan, span: SpacySpan, words: list[Token]) -> list[SpacySpan]:
    """The names in a span that may hold more than one: a body's name before its holder's post,
    names glued across commas ("Tusk, Zelenskiy"), the name after an office's words ("Director
    of National Intelligence Tulsi Gabbard"); else the span itself."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    doc = ent.doc
    post = _trailing_post(span)
    if post is not None:  # "National Committee Chair Rep. X": the body's name, then its holder's post
        return [SpacySpan(doc, span.start, post, label=ent.label_)]
    commas = [t for t in span if t.text == ","]
    if commas and all(t.text[:1].isupper() for t in words):
        parts, start = [], span.start
        for c in commas + [None]:
            end = c.i if c is not None else span.end
            if end > start:
                parts.append(doc[start:end])
            start = end + 1 if c is not None else start
        return [p for p in parts if any(t.text[:1].isupper() for t in p)]
    # "Director of National Intelligence Tulsi Gabbard": an office's words glued to the name
    prev = doc[span.start - 1] if span.start > 0 else None
    if (prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_.rstrip(".") in TITLES_BARE
            and len(words) >= 4 and all(t.text[:1].isupper() for t in words)
            and not any(fold(t.text) in ORG_WORDS for t in words) and words[-1].pos_ == "PROPN" and words[-2].pos_ == "PROPN"
            and not any(fold(t.text) in ORG_WORDS for t in words[-2:])):
        tail = doc[words[-2].i:words[-1].i + 1]
        return [SpacySpan(doc, tail.start, tail.end, label="PERSON")]
    if span.start != ent.start or span.end != ent.end:
        return [SpacySpan(doc, span.start, span.end, label=ent.label_)]
    return [ent]


def _in_hyphened_phrase(tok: Token) -> bool:
    """True when ``tok`` opens a phrase of three or more words joined by hyphens whose other
    words are lower case ("Johnny-come-lately"): an idiom, not a name ("Trump-style" and
    "Jean-Pierre" have two parts, or a capital)."""
    doc = tok.doc
    words: list[Token] = []
    k = tok.i + 1
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        words.append(doc[k + 1])
        k += 2
    return len(words) >= 2 and all(w.text.islower() for w in words)


class SpanCleaning:
    """The name spans of a document's NER spans (``EntityIndex`` reads its mentions with these)."""

    def _clean(self, ent: SpacySpan) -> list[SpacySpan]:
        """The name spans in a NER span: none for junk (a dateline "FINSTADJORDET —", a lone
        function word, an event "… Day", a fragment across a sentence stop "X. Targets"),
        two for names glued across a comma ("Tusk, Zelenskiy"), the name alone without
        dates, times, commas or a title glued before it."""
        from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
        doc = ent.doc
        toks = _trimmed_edges(ent)
        if not toks:
            return []
        if len(toks) == 1 and _in_hyphened_phrase(toks[0]):
            return []  # "a Johnny-come-lately", "a jack-in-the-box": a word of an idiom, no one named
        if len(toks) == 1 and toks[0].i > 0 and toks[0].text[:1].isupper():
            # "Alexei Dronov, Russia's ambassador": the model tagged the surname alone; a forename
            # written just before it, in no span of its own, opens the name
            prev = doc[toks[0].i - 1]
            if prev.pos_ == "PROPN" and not prev.ent_type_ and prev.whitespace_ == " " \
                    and prev.text[:1].isupper() and prev.text[1:].islower() \
                    and is_forename(f"{prev.text} {toks[0].text}"):
                return self._clean(SpacySpan(doc, prev.i, toks[0].i + 1, label="PERSON"))
        if ent.label_ == "PERSON":
            # "Joe Biden's Meeting": what follows a possessive is the person's thing, not the name
            cut_at = next((t.i for t in toks[1:-1] if t.text in ("'s", "\u2019s", "'", "\u2019")), None)
            if cut_at is not None:
                toks = [t for t in toks if t.i < cut_at]
        if ent.label_ == "ORG":
            parts = _outlet_parts(doc, toks)
            if parts is not None:
                return parts
        if ent.label_ == "PERSON" and toks[-1].i + 1 < len(doc) and is_apostrophe_name(doc[toks[-1].i + 1]) \
                and toks[-1].whitespace_:
            # "Bill O'Reilly": the model stops before a surname it read as an adverb
            return self._clean(SpacySpan(doc, toks[0].i, toks[-1].i + 2, label="PERSON"))
        if ent.label_ == "PERSON" and len(toks) > 1 and toks[0].is_sent_start and is_speech_past(toks[0].text):
            toks = toks[1:]  # "Stated Pell: …": the verb that opens the sentence is the cue
        if ent.label_ == "PERSON" and len(toks) > 1:
            toks = self._name_in_headline(ent, toks)
        return self._clean_span(ent, doc[toks[0].i:toks[-1].i + 1])

    def _clean_span(self, ent: SpacySpan, span: SpacySpan) -> list[SpacySpan]:
        """The name spans in ``span``, the words of ``ent`` trimmed to a name: none for junk, the
        name without a descriptor before it, or the names glued in it (``_glued_names``)."""
        from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
        words = [t for t in span if not t.is_punct]
        if _no_name(ent, span, words):
            return []
        # "Public broadcaster DR": the descriptor is evidence of the type, not part of the name
        cut = max((t.i for t in span[:-1] if t.pos_ == "NOUN" and t.text.islower() and head_type(t.lemma_.lower())),
                  default=None)
        if cut is not None:
            return self._clean(SpacySpan(ent.doc, cut + 1, span.end, label=ent.label_))
        if ent.label_ == "ORG" and root_outside(span):
            return []  # "Air Force" of "Air Force One": part of a longer name
        return _glued_names(ent, span, words)

    def _name_in_headline(self, ent: SpacySpan, toks: list[Token]) -> list[Token]:
        """The words of a PERSON span of two or more that name the person, where a headline or a
        title line ran other capitalised words into it: cut to the words the body's names use."""
        if fold(toks[0].text) in self._body_name_words and self._in_headline(ent):
            # "Maher Tells Guest Muslim Violence": the name is the words the body's names use,
            # up to the first that is none of them (the body's other capitalised words, "Muslim",
            # would keep the headline's verb and object)
            n = next((k for k, t in enumerate(toks) if fold(t.text) not in self._body_name_words), len(toks))
            toks = toks[:n]
        elif fold(toks[0].text) in self._body_person_words and self._in_headline(ent):
            # the body's names lack the first word, so these are its capitalised proper nouns, which
            # hold no particle or hyphen of a name ("van", "bin", "-"): only the tail is trimmed, on
            # purpose, where the cut above at the first outsider would split such a name
            while len(toks) > 1 and fold(toks[-1].text) not in self._body_person_words:
                toks.pop()
        elif fold(toks[-1].text) in self._body_name_words and self._in_headline(ent):
            # "Gun Used To Kill Trayvon Martin": the headline's verb glued before the body's name
            # (a forename stays: "Joe Biden" where the body writes "Joseph R. Biden")
            while len(toks) > 2 and fold(toks[0].text) not in self._body_name_words \
                    and not is_forename(" ".join(t.text for t in toks[:2])):
                toks.pop(0)
        elif in_title_line(self, ent.start_char):
            toks = title_person(self, toks)  # a sentence-case title: "Trump May be Aligning" → Trump
        return toks
