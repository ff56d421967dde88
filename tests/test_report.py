"""The report `quotegraph run` prints."""

from quotegraph import Document, Extraction, Quote, Span
from quotegraph.model import EntityRef
from quotegraph.report import Summary


def _quote(text: str, speaker: EntityRef, addressee: EntityRef | None = None) -> Quote:
    return Quote(f"q-{speaker.name}-{len(text)}", "direct", (Span(0, len(text), text),),
                 speaker=speaker, addressee=addressee)


def test_spelling_variants_of_one_speaker_count_once_under_the_fullest_name():
    a = EntityRef("per-1", "Zelensky", "person")
    b = EntityRef("per-1", "Volodymyr Zelenskyy", "person")
    reporters = EntityRef("gro-1", "reporters", "group")
    s = Summary()
    s.add(Extraction(Document("one", "a.txt"), (_quote("one", a, reporters),)))
    s.add(Extraction(Document("two words", "b.txt"), (_quote("two words", b),)))
    out = s.render()
    assert "2 documents, 2 quotes, 1 speaker" in out
    assert "Volodymyr Zelenskyy  2" in out
    assert "Volodymyr Zelenskyy → reporters" in out
