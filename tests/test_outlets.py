"""News outlets by construction (graph/outlets.py): grammar and the shape of a name together
(sentences invented)."""

from __future__ import annotations

import pytest

from quotegraph import Document, extract_parsed


def _types(nlp, text):
    ex = extract_parsed(Document(text, "memo.txt"), nlp(text))
    return {e.name: e.type for e in ex.entities}


@pytest.mark.parametrize("text, name", [
    ("The Fjord Herald reported that the ferry would not run this winter.", "Fjord Herald"),
    ("The harbour will close, the Kestrel news agency said on Monday.", "Kestrel"),
    # regression: the model tags "Meridian" as a nationality, and the one told was an organisation
    ("The mediator told the Meridian news agency that the gaps were narrowing.", "Meridian"),
    # regression: newspaper words the shape test did not know ("Register", "Ledger", "Record")
    ("Sen. Mark Dooley told The Lakeside Register that he would wait and see.", "Lakeside Register"),
    ("The mayor told the Harbor City Ledger that the budget was balanced.", "Harbor City Ledger"),
])
def test_an_outlet_by_what_it_does_or_is_called(nlp, text, name):
    types = _types(nlp, text)
    assert any(name in n and t == "media" for n, t in types.items()), types


@pytest.mark.parametrize("text, name", [
    ("Governor Ada Voss told Lars Ekberg that the ferry would not run.", "Lars Ekberg"),
    ("Lars Ekberg reported the theft to the police on Monday.", "Lars Ekberg"),
    # "the broadcaster" before a name tagged as a person may be a presenter: it stays a person
    ("The harbour will close, the broadcaster Lars Ekberg said on Monday.", "Lars Ekberg"),
])
def test_a_person_is_no_outlet(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name) == "person", types


@pytest.mark.parametrize("text, name", [
    ("Ann Lee posted a photo to her Twitter account on Monday.", "Twitter"),
    ("The mayor told Breitbart that the vote was rigged.", "Breitbart News"),
    ("Tom Reyes wrote an op-ed for HuffPost last week.", "HuffPost"),
])
def test_platforms_and_outlets_are_media_not_people(nlp, text, name):
    # regression: "her Twitter account" gave a person Twitter, and Breitbart a person
    types = _types(nlp, text)
    assert not any(t == "person" and n in (name, name.split()[0]) for n, t in types.items()), types


def _told(nlp, text):
    ex = extract_parsed(Document(text, "memo.txt"), nlp(text))
    q = ex.quotes[0]
    return q.addressee, q.reported_by


@pytest.mark.parametrize("text, name", [
    # regression: the model types a publication's name as an organisation, so the quote told to
    # it had an addressee but no outlet that carried it
    ("“We will keep the ferry running,” Governor Ada Voss told Silver Compass on Tuesday.", "Silver Compass"),
    ("“The ferry will run,” Governor Ada Voss told The Lantern.", "Lantern"),
])
def test_a_publication_told_is_addressee_and_outlet(nlp, text, name):
    addressee, reported_by = _told(nlp, text)
    assert addressee is not None and name in addressee.name
    assert reported_by is not None and reported_by.id == addressee.id


@pytest.mark.parametrize("text, name", [
    ("“The ferry will run,” Governor Ada Voss told the Harbor Authority.", "Harbor Authority"),
    ("“The ferry will run,” Governor Ada Voss told Northwind Holdings.", "Northwind Holdings"),
    ("“The ferry will run,” Governor Ada Voss told NORDCO on Monday.", "NORDCO"),
])
def test_a_body_told_is_no_outlet(nlp, text, name):
    addressee, reported_by = _told(nlp, text)
    assert addressee is not None and addressee.name == name and addressee.type == "organization"
    assert reported_by is None
