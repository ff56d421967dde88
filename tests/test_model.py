import io

import pytest

from quotegraph import Document, Extraction, InputError, read_jsonl, write_jsonl
from quotegraph.model import Cue, Entity, EntityRef, Quote, Relation, Span


def _sample() -> Extraction:
    text = "“Yes,” Ann Lee told Bo Chan."
    doc = Document(text=text, source="a.txt", title="T")
    lee = Entity("per-1", "Ann Lee", "person", ("Lee",), (Span.of(text, 7, 14),))
    chan = Entity("per-2", "Bo Chan", "person", (), (Span.of(text, 20, 27),))
    q = Quote("q-1", "direct", (Span.of(text, 1, 5),), Cue(15, 19, "told", "tell"), (Span.of(text, 7, 14),),
              lee.ref, chan.ref, None, 0.9)
    r = Relation("per-1", "COMMUNICATED_WITH", "per-2", Span.of(text, 7, 27), 0.8, cue="tell")
    return Extraction(doc, (q,), (lee, chan), (r,))


def test_jsonl_round_trip_keeps_every_field():
    ex = _sample()
    buf = io.StringIO()
    write_jsonl([ex], buf)
    buf.seek(0)
    (back,) = list(read_jsonl(buf))
    assert back == ex
    assert back.to_dict()["quotes"][0]["cue"] == {"start": 15, "end": 19, "text": "told", "lemma": "tell"}


def test_document_id_depends_only_on_text():
    assert Document("same", "a.txt").id == Document("same", "b.txt").id
    assert Document("same", "a.txt").id != Document("other", "a.txt").id


def test_spans_point_into_text():
    ex = _sample()
    text = ex.document.text
    for q in ex.quotes:
        for s in (*q.contents, *q.sources, q.cue):
            assert text[s.start:s.end] == s.text


def test_malformed_jsonl_line_names_the_line():
    buf = io.StringIO('{"id": "x", "source": "a", "text": ""}\n{not json\n')
    with pytest.raises(InputError, match="line 2"):
        list(read_jsonl(buf, name="broken.jsonl"))


def test_entity_ref_from_none():
    assert EntityRef.from_dict(None) is None
