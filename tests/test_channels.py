"""Who speaks through a channel (graph/channels.py): a cover, a statement, a series of posts.
Sentences written for these tests; names invented."""

from conftest import quote_with
from quotegraph import extract_text


def test_the_one_prompted_to_run_a_cover_speaks_through_it():
    # regression: "This prompted the tabloid to do a cover saying “…”" gave the words to "This"
    text = ("Friday, Baxter told the Valley Herald that Holt was \"afraid to debate\" and that her aides were "
            "\"hiding her.\" This prompted the tabloid to do a cover saying \"Don't be a coward, Holt!\"\n\n"
            "But when Holt agreed to debate, Baxter looked surprised.")
    q = quote_with(extract_text(text), "be a coward")
    assert "This" not in [s.text for s in q.sources]
    assert "the tabloid" in [s.text for s in q.sources]
