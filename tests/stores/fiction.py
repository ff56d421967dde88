"""A fictional corpus written for the store tests (no real article is copied): every relation
type, a SPEAKS_FOR chain and a cycle, two alliance blocs, anonymous sources with and without an
affiliation, an outlet, and actors that appear in both documents under other names."""

from __future__ import annotations

from quotegraph.model import Cue, Document, Entity, Extraction, Quote, Relation, Span, stable_id

DOC1 = (
    "Ambassador Lena Varga, who speaks for President Karl Ruud, told Minister Osei Tan on Monday that "
    "Norland stands with Estria. \"We will not be divided,\" Varga said. Ruud speaks for the Norland "
    "Council, which speaks for Norland. A senior official familiar with the talks said the Harbour Pact "
    "would admit Estria, according to the Daily Beacon. Kordavia, allied with Vostria, was called a threat "
    "by Norland. \"Kordavia must stop,\" Tan told Varga, the Daily Beacon reported. Someone said it was late."
)
DOC2 = (
    "L. Varga again spoke for Ruud in Estria, where she met Osei Tan. People close to the council said "
    "the Harbour Pact would hold. Estria, a member of the Harbour Pact, sees Kordavia as an adversary. "
    "\"Norland is with us,\" an Estrian diplomat said."
)


def _span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span.of(text, start, start + len(words))


def _ent(text: str, name: str, type_: str, *mentions: str, aliases: tuple[str, ...] = (),
         description: str | None = None) -> Entity:
    return Entity(stable_id(type_[:3], type_, name.lower()), name, type_, aliases,
                  tuple(_span(text, m) for m in mentions), description)


def _quote(doc: Document, said: str, cue: str | None, speaker: Entity | None, source: str | None,
           addressee: Entity | None = None, outlet: Entity | None = None, kind: str = "direct",
           confidence: float = 0.9) -> Quote:
    content = _span(doc.text, said)
    cue_span = _span(doc.text, cue) if cue else None
    return Quote(
        id=stable_id("q", doc.id, str(content.start), str(content.end), length=12), kind=kind,
        contents=(content,),
        cue=Cue(cue_span.start, cue_span.end, cue_span.text, cue.split()[0].rstrip("s").lower()) if cue_span else None,
        sources=(_span(doc.text, source),) if source else (),
        speaker=speaker.ref if speaker else None, addressee=addressee.ref if addressee else None,
        reported_by=outlet.ref if outlet else None, confidence=confidence)


def fictional_corpus() -> list[Extraction]:
    d1 = Document(DOC1, "fiction/norland-1.txt", title="Norland and Estria", date="2031-03-03")
    t = DOC1
    varga = _ent(t, "Lena Varga", "person", "Lena Varga", "Varga", aliases=("Varga",))
    ruud = _ent(t, "Karl Ruud", "person", "Karl Ruud", "Ruud")
    tan = _ent(t, "Osei Tan", "person", "Osei Tan", "Tan")
    council = _ent(t, "the Norland Council", "organization", "Norland Council")
    norland = _ent(t, "Norland", "country", "Norland")
    estria = _ent(t, "Estria", "country", "Estria")
    kordavia = _ent(t, "Kordavia", "country", "Kordavia")
    vostria = _ent(t, "Vostria", "country", "Vostria")
    pact = _ent(t, "the Harbour Pact", "organization", "Harbour Pact")
    beacon = _ent(t, "the Daily Beacon", "media", "Daily Beacon")
    official = _ent(t, "a senior official", "group", "A senior official",
                    description="a senior official familiar with the talks")
    someone = _ent(t, "someone", "group", "Someone")
    rel = lambda s, p, o, ev, **kw: Relation(s.id, p, o.id, _span(t, ev), 0.8, **kw)  # noqa: E731
    ex1 = Extraction(
        d1,
        quotes=(
            _quote(d1, "We will not be divided,", "said", varga, "Varga"),
            _quote(d1, "the Harbour Pact would admit Estria", "said", official, "A senior official",
                   outlet=beacon, kind="indirect", confidence=0.7),
            _quote(d1, "Kordavia must stop,", "told", tan, "Tan", addressee=varga, outlet=beacon),
            _quote(d1, "it was late", "said", someone, "Someone", kind="indirect", confidence=0.4),
            _quote(d1, "Norland stands with Estria", "told", varga, "Lena Varga", addressee=tan, kind="indirect"),
        ),
        entities=(varga, ruud, tan, council, norland, estria, kordavia, vostria, pact, beacon, official, someone),
        relations=(
            rel(varga, "SPEAKS_FOR", ruud, "who speaks for President Karl Ruud"),
            rel(ruud, "SPEAKS_FOR", council, "Ruud speaks for the Norland Council"),
            rel(council, "SPEAKS_FOR", norland, "which speaks for Norland"),
            rel(norland, "SPEAKS_FOR", varga, "Ambassador Lena Varga"),  # a cycle, for the chains
            rel(varga, "ROLE", norland, "Ambassador", role="ambassador"),
            rel(varga, "COMMUNICATED_WITH", tan, "told Minister Osei Tan", cue="tell"),
            rel(norland, "ALLY_OF", estria, "Norland stands with Estria"),
            rel(kordavia, "ALLY_OF", vostria, "allied with Vostria"),
            rel(norland, "ADVERSARY_OF", kordavia, "was called a threat"),
            rel(official, "SPEAKS_FOR", pact, "A senior official familiar"),
        ),
    )
    d2 = Document(DOC2, "fiction/norland-2.txt", title="Varga in Estria", date="2031-03-05",
                  url="https://example.org/varga")
    t = DOC2
    varga2 = _ent(t, "Lena Varga", "person", "L. Varga", aliases=("L. Varga",))
    ruud2 = _ent(t, "Karl Ruud", "person", "Ruud")
    tan2 = _ent(t, "Osei Tan", "person", "Osei Tan")
    estria2 = _ent(t, "Estria", "country", "Estria")
    pact2 = _ent(t, "the Harbour Pact", "organization", "Harbour Pact")
    kordavia2 = _ent(t, "Kordavia", "country", "Kordavia")
    council2 = _ent(t, "the Norland Council", "organization", "council")
    people = _ent(t, "people close to the council", "group", "People close to the council",
                  description="people close to the council")
    diplomat = _ent(t, "an Estrian diplomat", "group", "an Estrian diplomat")
    rel = lambda s, p, o, ev, **kw: Relation(s.id, p, o.id, _span(t, ev), 0.8, **kw)  # noqa: E731
    ex2 = Extraction(
        d2,
        quotes=(
            _quote(d2, "the Harbour Pact would hold", "said", people, "People close to the council",
                   kind="indirect"),
            _quote(d2, "Norland is with us,", "said", diplomat, "an Estrian diplomat"),
        ),
        entities=(varga2, ruud2, tan2, estria2, pact2, kordavia2, council2, people, diplomat),
        relations=(
            rel(varga2, "SPEAKS_FOR", ruud2, "spoke for Ruud"),
            rel(varga2, "COMMUNICATED_WITH", tan2, "she met Osei Tan", cue="meet"),
            rel(estria2, "MEMBER_OF", pact2, "a member of the Harbour Pact"),
            rel(estria2, "ADVERSARY_OF", kordavia2, "sees Kordavia as an adversary"),
            rel(people, "MEMBER_OF", council2, "People close to the council"),
            rel(people, "SPEAKS_FOR", council2, "close to the council"),
            rel(diplomat, "ROLE", estria2, "Estrian diplomat", role="diplomat"),
        ),
    )
    return [ex1, ex2]


