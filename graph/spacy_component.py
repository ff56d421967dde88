"""quotegraph as a spaCy pipeline component, for people who already have a pipeline.

>>> import spacy                                          # doctest: +SKIP
>>> nlp = spacy.load("en_core_web_sm")                    # doctest: +SKIP
>>> nlp.add_pipe("quotegraph")                            # doctest: +SKIP
>>> doc = nlp("“We are ready,” Foreign Minister Ana Ruiz told reporters.")  # doctest: +SKIP
>>> doc._.quotes[0].speaker.name, doc._.quotes[0].addressee.name         # doctest: +SKIP
('Ana Ruiz', 'reporters')

The component finds its factory through spaCy's entry points (``spacy_factories`` in the
package metadata) once quotegraph is installed, and importing this module registers it too.
It sets, on every Doc, the same objects ``quotegraph extract`` writes (see ``quotegraph.model``):

- ``doc._.quotes``: the Quotes, in text order;
- ``doc._.speakers``: the Entities that said them, each once, in order of first quote;
- ``doc._.relations``: the Relations (ROLE, SPEAKS_FOR, COMMUNICATED_WITH, ...);
- ``doc._.entities``: every Entity the quotes and relations refer to;
- ``doc._.quotegraph``: the whole Extraction (``.to_dict()`` gives the JSONL record).

Before the component has run they are ``None``. The component reads the parse, the tags,
the lemmas and the named entities, so it goes after the parser and the NER (it is added last
by default).

What the component stores is plain data: the extraction's record (the JSONL record without
the text, confidences unrounded) in ``doc.user_data["quotegraph"]``; the attributes above are
computed from it when read. So docs travel as spaCy's docs do: ``nlp.pipe(texts,
n_process=2)``, ``doc.to_bytes()``/``Doc.from_bytes``, ``DocBin(store_user_data=True)``.

The same quotes as ``quotegraph extract`` on the same text come from the same parse: the
pipeline ``quotegraph.load_pipeline()`` loads, or your own with
``nlp.add_pipe("quotegraph_sentence_starts", first=True)`` (sentence starts at paragraph
breaks, before the parser). Without it the parser may run a headline or a paragraph into the
next one and find other speakers. ``extract`` also parses HTML-like inline tags away before
parsing (and maps offsets back), which a component that sees the Doc's text cannot do.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .apostrophes import read_curly_as_straight
from .extract import extract_parsed
from .model import Document, Entity, Extraction, Quote, Relation

EXTENSIONS = ("quotes", "speakers", "relations", "entities", "quotegraph")
USER_DATA_KEY = "quotegraph"


def _extraction(doc: Doc) -> Extraction | None:
    rec = doc.user_data.get(USER_DATA_KEY)
    if rec is None:
        return None
    return Extraction(Document(text=doc.text, source=rec["source"]),
                      tuple(Quote.from_dict(q) for q in rec["quotes"]),
                      tuple(Entity.from_dict(e) for e in rec["entities"]),
                      tuple(Relation.from_dict(r) for r in rec["relations"]),
                      tuple(rec["errors"]))


def _speakers(ex: Extraction) -> tuple[Entity, ...]:
    by_id = {e.id: e for e in ex.entities}
    speakers: dict[str, Entity] = {}
    for q in ex.quotes:
        if q.speaker is not None and q.speaker.id not in speakers:
            # a quote may name an entity the index does not list; keep it all the same
            speakers[q.speaker.id] = by_id.get(q.speaker.id) or Entity(q.speaker.id, q.speaker.name, q.speaker.type)
    return tuple(speakers.values())


def _getter(name: str):
    def get(doc: Doc) -> Any:
        ex = _extraction(doc)
        if ex is None:
            return None
        if name == "quotegraph":
            return ex
        if name == "speakers":
            return _speakers(ex)
        return getattr(ex, name)
    get.__qualname__ = get.__name__ = f"quotegraph_{name}"
    get.quotegraph = True  # marks our getters, so that registering them again is harmless
    return get


def _register_extensions() -> None:
    for name in EXTENSIONS:
        if Doc.has_extension(name):
            default, method, getter, setter = Doc.get_extension(name)
            if not getattr(getter, "quotegraph", False):
                raise ValueError(
                    f"Doc._.{name} is already registered by another package, and the quotegraph "
                    f"component provides it: remove that extension (Doc.remove_extension({name!r})) "
                    f"before adding quotegraph")
            continue
        Doc.set_extension(name, getter=_getter(name))


def _record(ex: Extraction) -> dict[str, Any]:
    """The extraction as msgpack-able plain data (no text: the Doc has it)."""
    return {
        "source": ex.document.source,
        # unrounded (to_dict rounds for the JSONL), so that the objects come back equal
        "quotes": [{**q.to_dict(), "confidence": float(q.confidence)} for q in ex.quotes],
        "entities": [e.to_dict() for e in ex.entities],
        "relations": [{**r.to_dict(), "confidence": float(r.confidence)} for r in ex.relations],
        "errors": list(ex.errors),
    }


class QuotegraphComponent:
    """The pipeline component: runs the quotegraph extractor on each parsed Doc."""

    def __init__(self, nlp: Language, name: str = "quotegraph", source: str = "<spacy>") -> None:
        _register_extensions()
        # the parse of curly apostrophes as of straight ones, as in the pipeline ``extract`` loads
        read_curly_as_straight(nlp.vocab)
        self.name = name
        self.source = source

    def __call__(self, doc: Doc) -> Doc:
        missing = [what for attr, what in (("DEP", "a dependency parser"), ("ENT_IOB", "an entity recognizer"))
                   if not doc.has_annotation(attr)]
        if missing and len(doc):
            raise ValueError(
                f"the {self.name!r} component needs {' and '.join(missing)} to run before it: add it "
                f"after 'parser' and 'ner' (nlp.add_pipe({self.name!r}) puts it last)")
        extraction = extract_parsed(Document(text=doc.text, source=self.source), doc)
        doc.user_data[USER_DATA_KEY] = _record(extraction)
        return doc


@Language.factory(
    "quotegraph",
    default_config={"source": "<spacy>"},
    assigns=[f"doc._.{name}" for name in EXTENSIONS],
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents"],
)
def make_quotegraph(nlp: Language, name: str, source: str) -> QuotegraphComponent:
    """The factory spaCy calls for ``nlp.add_pipe("quotegraph", config={"source": "wire.txt"})``;
    ``source`` is what the Document records as where the text came from."""
    return QuotegraphComponent(nlp, name, source)


_register_extensions()
