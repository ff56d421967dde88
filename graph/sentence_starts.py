"""Sentence starts the model's parser misses, set before it runs (a registered component).

``quotegraph_sentence_starts`` goes first in the pipeline (``quotegraph.pipeline.prepare`` puts
it there; ``nlp.add_pipe("quotegraph_sentence_starts", first=True)`` in a pipeline of your own).
It marks the sentence starts the parser then keeps:

- after a paragraph or headline line (``_break_at_lines``), so a headline is never parsed as
  the head of the lede's verb;
- after "X." where it ends a sentence ("…, she said in a post on X. Officials …"), splitting
  the token the tokenizer had kept whole as an initial;

It forbids one inside a dateline (``_keep_datelines``) and before a short cue closing its
sentence after a comma (", he said.", ``_keep_trailing_cues``), and splits a dash the tokenizer
kept glued to the name opening a signature line ("-Mia Ortiz").
It also has the models read curly apostrophes as straight ones (``quotegraph.apostrophes``).

>>> nlp = spacy.load("en_core_web_sm")                           # doctest: +SKIP
>>> nlp.add_pipe("quotegraph_sentence_starts", first=True)       # doctest: +SKIP
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .apostrophes import read_curly_as_straight
from .cues import SPEAKER_PRONOUNS, is_speech_past
from .entities.datelines import dateline_end, opens_line
from .entity_ids import TITLES_BARE
from .limits import SENTENCE_TOKENS

FACTORY = "quotegraph_sentence_starts"

# "…, she said in a post on X. Officials …": the tokenizer keeps a capital letter and its stop
# together as an initial ("J. Smith"), so the sentence runs on into the next one and the parse
# of both goes wrong. A letter after a lowercase word, before a capitalised word that a
# lowercase word (not a second name) follows, ends a sentence instead.
_LETTER_STOP = re.compile(r"(?<=[a-z] )[A-Z]\. +[A-Z][a-z]*\b")


class SentenceStarts:
    """Marks sentence starts on a freshly tokenized Doc (see the module docstring); it has no
    state to save."""

    def __call__(self, doc: Doc) -> Doc:
        read_curly_as_straight(doc.vocab, doc)  # before the models run (see quotegraph.apostrophes)
        text = doc.text
        if "\n" in text:
            _break_at_lines(doc, text)
        _keep_datelines(doc)
        _keep_trailing_cues(doc)
        _bound_sentences(doc)
        signed = [t for t in doc if _dash_glued_to_name(t)]
        stops = [t for t in doc if _ends_sentence(t)] if _LETTER_STOP.search(text) else []
        if not stops and not signed:
            return doc
        starts = {t.nbor().idx for t in stops}
        with doc.retokenize() as retokenizer:
            for t in stops:
                retokenizer.split(t, [t.text[0], "."], heads=[(t, 0), (t, 0)])
            for t in signed:
                retokenizer.split(t, [t.text[0], t.text[1:]], heads=[(t, 1), (t, 1)])
        for t in doc:
            if t.idx in starts:
                t.is_sent_start = True
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _dash_glued_to_name(tok) -> bool:
    """"-Mia Ortiz, Philadelphia." under a quotation: the tokenizer keeps a dash written
    against the first name of a signature line as one word, so no name is found there."""
    return len(tok.text) > 2 and tok.text[0] in "-\u2013\u2014" and tok.text[1].isupper() \
        and tok.text[2:].isalpha() and (tok.i == 0 or "\n" in tok.nbor(-1).text + tok.nbor(-1).whitespace_)


_STOPS = frozenset(".!?;:\u2026\u3002")


def _bound_sentences(doc: Doc) -> None:
    """A sentence start after every ``SENTENCE_TOKENS`` tokens with no sentence end among
    them: a text without full stops is no one sentence of 100,000 words for the parser and
    the rules after it, whose work grows faster than the length of a sentence."""
    if len(doc) <= SENTENCE_TOKENS:
        return
    since = 0
    for tok in doc:
        if tok.is_sent_start or tok.text in _STOPS or "\n" in tok.text:
            since = 0
            continue
        since += 1
        if since >= SENTENCE_TOKENS and tok.i > 0:
            tok.is_sent_start = True
            since = 0


def _ends_sentence(tok) -> bool:
    """"X." in "a post on X. Officials said": a lone capital and its stop, after a lowercase
    word (an initial follows a forename or a title), before a capitalised word that no other
    capitalised word follows (an initial comes before a surname, often before a second name)."""
    if len(tok.text) != 2 or not tok.text[0].isupper() or tok.text[1] != "." or tok.whitespace_ != " ":
        return False
    doc, i = tok.doc, tok.i
    if i == 0 or i + 1 >= len(doc):
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    if not (prev.text.isalpha() and prev.text.islower() and prev.whitespace_ == " "):
        return False
    if prev.text in TITLES_BARE:
        return False  # "party president K. Shivalingappa said": a title comes before a name's initial
    if not (nxt.text[:1].isupper() and (nxt.text[1:].islower() or len(nxt.text) == 1 and nxt.text in "AI")):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    # "writer E. Jean Carroll", "economist J. Bradford DeLong": a name runs on in capitals
    return after is None or not after.text[:1].isupper()


# A line that ends so, or a line after which one opens so, ends its sentence.
_LINE_ENDS = (".", "!", "?", ":", ";", "\"", "'", "\u201d", "\u2019", ")")
_LINE_OPENS = "\"'\u201c\u2018\u00ab-\u2013\u2014\u2022*"
# Text wrapped by hand breaks its lines near a column (72-80 characters); a longer line was not
# wrapped, so a single break after it is a paragraph's end whose stop was left out (a live blog's
# "…in the hours before the polls\nTrump, in Kentucky, said …", a title-case item heading).
_WRAP_WIDTH = 100


def _break_at_lines(doc, text: str) -> None:
    """A paragraph never goes on with the sentence before it: a headline is parsed apart
    from the lede ("…, Kremlin says" stays the headline's own clause, not the head of the
    next paragraph's verb). A line break starts a sentence after a blank line, after the
    title line, after a line ending as a sentence does, before a quotation or a dash, or after a
    line too long to be hard-wrapped before a capital; a single break inside a hard-wrapped
    sentence ("said on\\nMonday") is left to the parser."""
    starts = [t.idx for t in doc]
    first = True
    for m in re.finditer(r"[ \t]*\n\s*", text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if not line or m.end() >= len(text):
            continue
        if first or m.group().count("\n") > 1 or line.endswith(_LINE_ENDS) or text[m.end()] in _LINE_OPENS \
                or (len(line) > _WRAP_WIDTH and text[m.end()].isupper()):
            k = bisect_left(starts, m.end())
            if 0 < k < len(doc) and starts[k] == m.end():
                doc[k].is_sent_start = True
        first = False


def _keep_datelines(doc: Doc) -> None:
    """A dateline opening a paragraph ("NAIROBI — President X hosted …", "Jakarta (ANTARA) -
    The minister …") stays in the sentence it opens: the parser otherwise often makes the
    place a sentence of its own and reads the lede's object as its subject (a dateline as
    ``entities.datelines.dateline_end`` reads one, at the start of a line)."""
    for start in doc:
        if not opens_line(doc, start.i):
            continue
        dash = dateline_end(doc, start.i)
        # (after the dash the parser may start the lede's own sentence, or go on)
        if dash is not None and doc[dash + 1].text[:1].isupper():
            for j in range(start.i + 1, dash + 1):
                doc[j].is_sent_start = False


def _keep_trailing_cues(doc: Doc) -> None:
    """A short cue after a comma at the end of a sentence ("The plan is dead, he said.", ", Lee
    added.", ", the senator said.") stays in the sentence it closes: the parser otherwise may
    start a sentence of the cue alone and the words it reports lose their speaker."""
    for comma in doc[:-3]:
        if comma.text != ",":
            continue
        end = _cue_end(doc, comma.i + 1)
        if end is not None:
            for j in range(comma.i + 1, end + 1):
                doc[j].is_sent_start = False


def _cue_end(doc: Doc, start: int) -> int | None:
    """The index of the stop closing a cue that is only a speaker and a speech verb in the past
    (or "says", "writes") from ``start``, or None."""
    words = doc[start:start + 5]
    for k in range(1, len(words) - 1):
        verb, stop = words[k], words[k + 1]
        if stop.text != "." or not (verb.lower_ in ("says", "writes") or is_speech_past(verb.text)) \
                or not verb.text.islower():
            continue
        subject = words[:k]
        if len(subject) == 1 and subject[0].lower_ in SPEAKER_PRONOUNS:  # ", he said."
            return stop.i
        described = subject[1:]
        if subject[0].lower_ == "the" and len(described) and all(t.is_alpha and t.is_lower for t in described):
            return stop.i  # ", the senator said."
        if all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in subject):
            return stop.i
        return None
    return None


@Language.factory(FACTORY, requires=[], assigns=["token.is_sent_start"])
def make_sentence_starts(nlp: Language, name: str) -> SentenceStarts:
    """The factory behind ``quotegraph_sentence_starts``."""
    return SentenceStarts()
