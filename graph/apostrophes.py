"""Curly apostrophes read as straight ones by the statistical models.

The models were trained mostly on straight apostrophes, and news text mostly has curly ones:
"Trump’s attacks" is parsed with "Trump" as a loose modifier ("nmod") where "Trump's attacks"
gets the possessor ("poss") that speaker, addressee and relation rules read. The models see a
word only through its lexeme's NORM, PREFIX, SUFFIX and SHAPE (the embedding's attributes), so
each curly form the tokenizer splits off is given those of its straight twin: both then parse
alike, and the text, the tokens and their offsets are unchanged. Names written with one
("O’Brien", "D’Souza") get the features of their straight spelling the same way, so the
model tags them as it tags "O'Brien".

Lexemes are not saved with a pipeline (``Vocab.from_disk`` rebuilds them), so this is done
by the ``quotegraph_sentence_starts`` component on every Doc, before the models run, and by the
``quotegraph`` component when it is added to a pipeline.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

# The forms the English tokenizer splits off with an apostrophe, curly and straight.
_FORMS = (("’s", "'s"), ("’S", "'S"), ("’", "'"), ("n’t", "n't"), ("N’T", "N'T"), ("’re", "'re"),
          ("’ll", "'ll"), ("’ve", "'ve"), ("’d", "'d"), ("’m", "'m"))


def read_curly_as_straight(vocab: Vocab, doc: Doc | None = None) -> None:
    """Give each curly apostrophe form of ``vocab`` (and each word of ``doc`` spelled with
    one) the model features of its straight twin. Idempotent, and cheap enough to run on
    every Doc."""
    for curly, straight in _FORMS:
        _as_twin(vocab, curly, straight)
    if doc is not None and "\u2019" in doc.text:
        for word in {t.text for t in doc if "\u2019" in t.text}:
            _as_twin(vocab, word, word.replace("\u2019", "'"))


def _as_twin(vocab: Vocab, curly: str, straight: str) -> None:
    lex, twin = vocab[curly], vocab[straight]
    if lex.shape != twin.shape:  # once per vocab: afterwards a lookup and a compare
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = twin.norm_, twin.prefix_, twin.suffix_, twin.shape_
