"""Which common nouns name an actor."""

from __future__ import annotations

import pytest

from quotegraph.actors import is_actor_noun, is_document_noun


@pytest.mark.parametrize("noun", ["diplomat", "negotiator", "analysts", "people", "side", "parties", "observer",
                                  "spokeswoman", "lawmakers", "ministry", "media", "broadcaster", "technocrat",
                                  "vice-chairman", "participants", "allies", "mps", "MEPs", "peers"])
def test_people_and_bodies_are_actors(noun):
    assert is_actor_noun(noun)


@pytest.mark.parametrize("noun", ["study", "targets", "records", "competition", "declaration", "translation",
                                  "interference", "article", "letter", "border", "agreement", "voice", "quota"])
def test_things_are_not(noun):
    assert not is_actor_noun(noun)


def test_documents_are_told_apart():
    assert is_document_noun("statement") and is_document_noun("report") and not is_document_noun("ministry")
