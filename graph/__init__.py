"""quotegraph: a knowledge graph of who said what, to whom, and on whose behalf.

>>> import quotegraph as qg                                       # doctest: +SKIP
>>> extractions = list(qg.extract(qg.iter_documents(["examples/"])))   # doctest: +SKIP
>>> G = qg.build_graph(extractions)                          # doctest: +SKIP
"""

__version__ = "0.1.0"

from .corpus import corpus_id_map, corpus_types, merge_corpus, remap_ids
from .errors import InputError, ModelError, QueryError, QuotegraphError, StoreError
from .extract import extract_parsed, extract_text
from .notebook import (actor_graph, actors_df, cypher_df, draw, edges_df, queries_df, query_df,
                       quotes_between, quotes_df, read_corpus, timeline_df)
from .model import (Cue, Document, Entity, EntityRef, Extraction, Quote, Relation, Span, read_jsonl,
                    write_jsonl)
from .pipeline import load_pipeline
from .scale import extract  # the function; quotegraph.extract the module is the extractor core
from .queries import NamedQuery, get_query, list_queries, run_query
from .sources import iter_documents, read_document
from .names import resolve_actor
from .stores.graphml import read_graphml, write_graphml
from .stores.projection import actor_projection, add_communities, write_gexf
from .stores.neo4j_store import LoadStats, Neo4jStore
from .stores.networkx_store import build_graph, load_graph, save_graph
from .view import actor_network, show, view_data, view_html, view_sentences, write_view

__all__ = [
    "Cue", "Document", "Entity", "EntityRef", "Extraction", "InputError", "ModelError", "Quote",
    "QueryError", "QuotegraphError", "Relation", "Span", "StoreError", "build_graph", "corpus_id_map", "corpus_types",
    "extract",
    "extract_parsed", "extract_text", "iter_documents", "load_graph", "load_pipeline", "merge_corpus", "read_document",
    "read_jsonl", "remap_ids", "save_graph", "write_graphml", "write_jsonl", "read_graphml", "actor_projection",
    "add_communities", "write_gexf", "resolve_actor",
    # the notebook API (graph/notebook.py): pandas and matplotlib are imported only when used
    "actor_graph", "actors_df", "cypher_df", "draw", "edges_df", "queries_df", "query_df", "quotes_between",
    "quotes_df", "read_corpus", "timeline_df",
    # the stores and the named queries (graph/stores/neo4j_store.py, graph/queries.py)
    "LoadStats", "NamedQuery", "Neo4jStore", "get_query", "list_queries", "run_query",
    # the interactive view (graph/view.py): one offline HTML page, or inline in Jupyter
    "actor_network", "show", "view_data", "view_html", "view_sentences", "write_view",
]
