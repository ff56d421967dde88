"""Very long documents are extracted in bounded segments (``quotegraph.segments``); here the
segment is made a few hundred characters long so that a short hand-written text crosses it."""

from __future__ import annotations

import importlib

import pytest

from quotegraph import Document, extract

extractor = importlib.import_module("quotegraph.extract")  # the package exports a function of that name

PARAGRAPHS = [
    "\u201cThe talks will resume in March,\u201d Foreign Minister Ana Kalvor told reporters on Monday.",
    "Kalvor said the two delegations had agreed on a timetable. The Harbor Times reported the meeting.",
    "\u201cWe are not there yet,\u201d said Pablo Diaz, the trade envoy of Norland.",
    "Ana Kalvor later met Diaz in Oslo. \u201cIt was a good day,\u201d Kalvor said.",
]
TEXT = "\n\n".join(PARAGRAPHS * 3)


def _spans(ex):
    for q in ex.quotes:
        yield from (*q.contents, *q.sources, *q.fragments, *((q.cue,) if q.cue else ()))
    for e in ex.entities:
        yield from e.mentions
    for r in ex.relations:
        yield r.evidence


@pytest.fixture()
def small_segments(monkeypatch):
    monkeypatch.setattr(extractor, "SEGMENT_CHARS", 400)


def test_a_text_longer_than_a_segment_is_joined_with_offsets_into_the_whole(small_segments):
    ex = next(extract([Document(TEXT, "long.txt")]))
    assert ex.errors == ()
    assert all(0 <= s.start <= s.end <= len(TEXT) and TEXT[s.start:s.end] == s.text for s in _spans(ex))
    # a quote of every copy of the paragraphs, the last ones included, at its own place
    starts = [q.contents[0].start for q in ex.quotes if q.text.startswith("We are not there yet")]
    assert len(starts) == 3 and starts == sorted(starts) and starts[2] > len(TEXT) * 2 // 3
    # one entity per actor however many segments name it, with every mention
    kalvor = [e for e in ex.entities if e.name == "Ana Kalvor"]
    assert len(kalvor) == 1 and len({m.start for m in kalvor[0].mentions}) >= 9
    ids = {e.id: e for e in ex.entities}
    assert len(ids) == len(ex.entities)
    for q in ex.quotes:  # references name the joined entity
        if q.speaker is not None and q.speaker.id in ids:
            assert q.speaker == ids[q.speaker.id].ref
    assert len({q.id for q in ex.quotes}) == len(ex.quotes)


def test_a_segment_gives_what_the_whole_text_gives_away_from_the_cuts(small_segments, monkeypatch):
    cut = next(extract([Document(TEXT, "long.txt")]))
    monkeypatch.setattr(extractor, "SEGMENT_CHARS", 10 ** 9)
    whole = next(extract([Document(TEXT, "long.txt")]))
    # every paragraph is a segment of its own here or shares one with its neighbour: the quotes
    # (ids from their offsets in the whole text) and who said them agree
    assert [(q.id, q.text, q.speaker.name if q.speaker else None) for q in cut.quotes] == \
        [(q.id, q.text, q.speaker.name if q.speaker else None) for q in whole.quotes]
