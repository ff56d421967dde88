"""An organisation's name stops before the post of the person named after it ("Democratic
National Committee Chair Rep. X" names the committee), and before the person an outlet's name
is glued to across an apostrophe ("Fox News’ X") (graph/entities/mention_types.py); from
sentences written for this test."""

import pytest

from quotegraph.extract import extract_parsed
from quotegraph.model import Document


def _names(nlp, text):
    ex = extract_parsed(Document(text, "memo.txt"), nlp(text))
    return ex, {e.name for e in ex.entities}


@pytest.mark.parametrize("text, body, holder", [
    # the small model tags "Democratic National Committee Chair" as one ORG
    ("The bill was opposed by Democratic National Committee Chair Rep. Lena Ortiz on Monday.",
     "Democratic National Committee", "Lena Ortiz"),
    ("Senate Judiciary Committee Chairman Paul Ostrander said the hearing would go on.",
     "Senate Judiciary Committee", "Paul Ostrander"),
])
def test_the_post_is_no_part_of_the_body_name(nlp, text, body, holder):
    ex, names = _names(nlp, text)
    assert not any(n.endswith(("Chair", "Director")) for n in names), names
    ids = {e.id: e.name for e in ex.entities}
    assert any(ids[r.subject] == holder and ids[r.object] == body for r in ex.relations if r.predicate == "ROLE"), \
        [(ids[r.subject], ids[r.object]) for r in ex.relations]


def test_a_post_word_that_ends_a_name_with_no_holder_after_it_stays(nlp):
    # no name follows: "Board of Trade President" might be a name of its own; nothing is cut
    _, names = _names(nlp, "The Harbor Safety Commission met on Monday.")
    assert "Harbor Safety Commission" in names


def test_an_outlet_and_its_person_glued_across_a_typographic_apostrophe(nlp):
    # the small model tags "Fox News’ Sean Hannity" as one ORG: the outlet, then the person
    ex, names = _names(nlp, "Trump told Fox News’ Sean Hannity that he would win.")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Fox News") == "media" and types.get("Sean Hannity") == "person", types
    assert not any("Hannity" in n and "Fox" in n for n in names)
