"""quotegraph: a knowledge graph of who said what, to whom, and on whose behalf.

>>> import quotegraph as qg                                       # doctest: +SKIP
>>> extractions = list(qg.extract(qg.iter_documents(["examples/"])))   # doctest: +SKIP
>>> G = qg.build_graph(extractions)                          # doctest: +SKIP
"""

__version__ = "0.1.0"

from .entities import corpus_id_map, corpus_types, merge_corpus, remap_ids
from .errors import InputError, ModelError, QueryError, QuotegraphError, StoreError
from .extract import extract, extract_parsed, extract_text
from .notebook import (actor_graph, actors_df, cypher_df, draw, edges_df, queries_df, query_df,
                       quotes_between, quotes_df, read_corpus)
from .model import (Cue, Document, Entity, EntityRef, Extraction, Quote, Relation, Span, read_jsonl,
                    write_jsonl)
from .pipeline import load_pipeline
from .queries import NamedQuery, get_query, list_queries, run_query
from .sources import iter_documents, read_document
from .stores.graphml import write_graphml
from .stores.neo4j_store import LoadStats, Neo4jStore
from .stores.networkx_store import build_graph, load_graph, save_graph
from .view import actor_network, show, view_data, view_html, view_sentences, write_view

__all__ = [
    "Cue", "Document", "Entity", "EntityRef", "Extraction", "InputError", "ModelError", "Quote",
    "QueryError", "QuotegraphError", "Relation", "Span", "StoreError", "build_graph", "corpus_id_map", "corpus_types",
    "extract",
    "extract_parsed", "extract_text", "iter_documents", "load_graph", "load_pipeline", "merge_corpus", "read_document",
    "read_jsonl", "remap_ids", "save_graph", "write_graphml", "write_jsonl",
    # the notebook API (graph/notebook.py): pandas and matplotlib are imported only when used
    "actor_graph", "actors_df", "cypher_df", "draw", "edges_df", "queries_df", "query_df", "quotes_between",
    "quotes_df", "read_corpus",
    # the stores and the named queries (graph/stores/neo4j_store.py, graph/queries.py)
    "LoadStats", "NamedQuery", "Neo4jStore", "get_query", "list_queries", "run_query",
    # the interactive view (graph/view.py): one offline HTML page, or inline in Jupyter
    "actor_network", "show", "view_data", "view_html", "view_sentences", "write_view",
]
