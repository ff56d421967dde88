"""Extraction on the seed articles (read in place from ../shared/seeds) and on examples/."""

from conftest import quote_with

SEED_000 = "000_279d4161b928da44.txt"


def _all_spans(ex):
    for q in ex.quotes:
        yield from q.contents
        yield from q.sources
        if q.cue:
            yield q.cue
    for e in ex.entities:
        yield from e.mentions
    for r in ex.relations:
        yield r.evidence


def test_witkoff_told_ushakov(seed_extractions):
    q = quote_with(seed_extractions[SEED_000], "The president will give me a lot of space")
    assert q.kind == "direct"
    assert q.speaker.name == "Steve Witkoff"
    assert q.addressee is not None and q.addressee.name == "Yuri Ushakov"
    assert q.cue.lemma == "tell" and q.cue.text == "told"


def test_johnstone_has_both_quotes(seed_extractions):
    ex = seed_extractions[SEED_000]
    first = quote_with(ex, "There is certainly a sense")
    second = quote_with(ex, "They think they’ve figured him out")
    assert first.speaker.name == "Christopher Johnstone"
    assert second.speaker.name == "Christopher Johnstone"


def test_he_said_resolves_to_wadephul(seed_extractions):
    q = quote_with(seed_extractions[SEED_000], "Even if the fighting were to stop now")
    assert q.sources[0].text == "he"
    assert q.speaker.name == "Johann Wadephul"
    assert q.cue.lemma == "say"


def test_every_span_points_into_its_text(seed_extractions, example_extractions):
    for ex in [*seed_extractions.values(), *example_extractions.values()]:
        text = ex.document.text
        for span in _all_spans(ex):
            assert text[span.start:span.end] == span.text, (ex.document.source, span)


def test_quote_refs_name_entities_of_the_document(seed_extractions):
    for ex in seed_extractions.values():
        ids = {e.id for e in ex.entities}
        for q in ex.quotes:
            for ref in (q.speaker, q.addressee, q.reported_by):
                assert ref is None or ref.id in ids, (ex.document.source, ref)
        for r in ex.relations:
            assert r.subject in ids and r.object in ids


def test_same_input_same_ids(nlp, seeds_dir):
    from quotegraph import extract, iter_documents

    first = [ex.to_dict() for ex in extract(iter_documents([seeds_dir / SEED_000]))]
    again = [ex.to_dict() for ex in extract(iter_documents([seeds_dir / SEED_000]))]
    assert first == again


def test_examples_told_reporters(example_extractions):
    q = quote_with(example_extractions["01_fishing_talks.txt"], "We came here to make a deal")
    assert q.speaker.name == "Anika Solberg"
    assert q.addressee.name == "reporters"


def test_split_quote_is_one_utterance(example_extractions):
    q = quote_with(example_extractions["02_envoy_visit.txt"], "We are ready to listen")
    assert q.speaker.name == "Anika Solberg"
    assert any("not for sale" in c.text for c in q.contents)
