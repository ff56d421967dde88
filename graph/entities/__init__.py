"""From mentions to entities: one entity per real actor, in a document and across documents.

**Within a document** ``EntityIndex`` collects the named mentions of a parsed Doc and clusters
them: "President Vladimir Putin", "Putin" and "the president" are one person; titles are
stripped ("Retired Gen. Sir Richard Barrons" → Richard Barrons). The small model's types are
corrected by a gazetteer (``gazetteer.py``: countries, seats of government, organisations,
outlets) and by document consistency ("Trump" tagged ORG where "Donald Trump" is a PERSON).
Seats of government stand for their country when they act or speak ("Moscow and Beijing see
opportunity" → Russia, China; "Brussels" → NATO or the EU, whichever the document is about)
and are left out as mere places otherwise ("in Moscow"). Definite role nouns ("the president",
"the special envoy") join the person who holds that title.

Types are voted by the grammar around a name's mentions (a head noun or apposition:
"Ukrenergo, the grid operator", "public broadcaster DR"; a place noun it modifies: "Krasnodar
region"), which overrules the model's label; places that are no country are left out.

Names, keys and ids are in ``entity_ids`` (``entity_id``, ``fold``, ``strip_titles`` …), the
merge across documents in ``corpus`` (``merge_corpus``, ``corpus_id_map`` …), display names
in ``naming``; the names this module always exported are still importable from it.

The package: ``index`` holds ``EntityIndex`` (its construction, the bookkeeping every change
to the clusters goes through, and the lookups); ``mention_types`` decides what a named
mention is, over ``span_cleaning`` (the name spans in a NER span), ``type_votes`` (the types
the grammar around a name's mentions votes for) and ``seats_and_chambers`` (a seat of
government acting or not, "Brussels", a chamber's bare noun); ``coreference``
joins the other mentions to the clusters (surnames, name parts, acronyms, described sources,
role nouns, "the committee"); ``clusters`` is the cluster of one entity and the merge of
entities by id; ``mentions`` the head words and the span helpers they share.
"""

from __future__ import annotations

from ..corpus import corpus_id_map, corpus_types, merge_corpus, remap_ids  # noqa: F401 (exported here too)
from ..entity_ids import (  # noqa: F401 (exported here too)
    GENERIC_HEADS, MEDIA_WORDS, ORG_WORDS, TITLES, TITLES_BARE, compatible_first, edit_distance, letters_of,
    person_shaped, display_name, entity_id, first_shape, fold, id_key, is_generic, is_media_name, name_key, name_parts,
    person_key, split_owner, strip_titles, surname_shape,
)
from .clusters import merge_by_id  # noqa: F401
from .index import EntityIndex  # noqa: F401
from .mentions import PERSON_PRONOUNS, title_tokens  # noqa: F401
