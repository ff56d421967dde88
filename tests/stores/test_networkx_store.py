"""The in-place merge the graph uses for nodes seen again is the rule ``merge_node_attrs`` states."""

from functools import reduce

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from quotegraph.stores.networkx_store import _add_node, merge_node_attrs

_attrs = st.fixed_dictionaries({
    "name": st.sampled_from(["", "A", "B"]),
    "aliases": st.lists(st.sampled_from(["x", "y", "z", "w"]), max_size=3),
    "documents": st.lists(st.sampled_from(["d1", "d2", "d3", "d4", "d5"]), min_size=1, max_size=2),
    "mentions": st.integers(0, 5),
})


@given(st.lists(_attrs, min_size=1, max_size=8))
def test_adding_a_node_again_and_again_follows_merge_node_attrs(seen):
    # Regression: each merge copied and sorted the node's whole document list, so a node named
    # in many documents made building the graph quadratic; the in-place merge must agree.
    G = nx.MultiDiGraph()
    for attrs in seen:
        _add_node(G, "n", **{k: list(v) if isinstance(v, list) else v for k, v in attrs.items()})
    expected = reduce(merge_node_attrs, seen[1:],
                      {k: sorted(set(v)) if isinstance(v, list) else v for k, v in seen[0].items()})
    assert G.nodes["n"] == expected
