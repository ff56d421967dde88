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
by default). The values are Python objects, so ``doc.to_bytes()``/``DocBin`` need
``exclude=["user_data"]``; store ``doc._.quotegraph.to_dict()`` instead.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_parsed
from .model import Document, Entity, Extraction

EXTENSIONS = ("quotes", "speakers", "relations", "entities", "quotegraph")


def _register_extensions() -> None:
    for name in EXTENSIONS:
        if Doc.has_extension(name):
            default, method, getter, setter = Doc.get_extension(name)
            if method is not None or getter is not None:
                raise ValueError(
                    f"Doc._.{name} is already registered by another package as a computed "
                    f"attribute, and the quotegraph component writes its results there: remove "
                    f"that extension (Doc.remove_extension({name!r})) before adding quotegraph")
            continue
        Doc.set_extension(name, default=None)


class QuotegraphComponent:
    """The pipeline component: runs the quotegraph extractor on each parsed Doc."""

    def __init__(self, nlp: Language, name: str = "quotegraph", source: str = "<spacy>") -> None:
        _register_extensions()
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
        _set(doc, extraction)
        return doc


def _set(doc: Doc, extraction: Extraction) -> None:
    by_id = {e.id: e for e in extraction.entities}
    speakers: dict[str, Entity] = {}
    for q in extraction.quotes:
        if q.speaker is not None and q.speaker.id not in speakers:
            # a quote may name an entity the index does not list; keep it all the same
            speakers[q.speaker.id] = by_id.get(q.speaker.id) or Entity(q.speaker.id, q.speaker.name, q.speaker.type)
    doc._.quotes = extraction.quotes
    doc._.speakers = tuple(speakers.values())
    doc._.relations = extraction.relations
    doc._.entities = extraction.entities
    doc._.quotegraph = extraction


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
