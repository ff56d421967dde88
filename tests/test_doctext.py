"""doc_text: doc.text computed once, never stale, not left behind on the Doc."""

from spacy.tokens import Doc

from graph import Document, extract_parsed
from graph.doctext import doc_text


def test_same_string_as_doc_text(nlp):
    doc = nlp("“We are ready,” Ms. Lee said.\n\nShe left.  Twice spaced.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # kept, not rebuilt


def test_a_joined_doc_gets_its_own_text(nlp):
    a, b = nlp("First part. "), nlp("Second part.")
    doc_text(a)
    joined = Doc.from_docs([a, b])
    assert doc_text(joined) == joined.text == "First part. Second part."


def test_extraction_leaves_the_doc_as_it_came(nlp):
    text = "“We are ready,” Ms. Lee told reporters."
    doc = nlp(text)
    before = dict(doc.user_data)
    extract_parsed(Document(text, "t.txt"), doc)
    assert doc.user_data == before
