"""Sentence starts set before the parser (graph/sentence_starts.py); sentences written for this test."""

from quotegraph import load_pipeline


def test_a_dateline_stays_in_the_sentence_it_opens():
    nlp = load_pipeline()
    text = "Chile hosts Peru, Bolivia leaders\n\nSANTIAGO — President Ana Soto on Sunday hosted Peruvian President " \
           "Luis Mora and Bolivian President Tomas Ruiz at the palace."
    sents = [s.text for s in nlp(text).sents]
    assert any(s.startswith("SANTIAGO —") and "hosted" in s for s in sents)


def test_a_dateline_with_an_agency_stays_in_the_sentence_it_opens():
    nlp = load_pipeline()
    text = "Minister meets envoy\n\nLima (ANDINA) - Foreign Minister Ana Quispe received the envoy of Ghana on Monday."
    sents = [s.text for s in nlp(text).sents]
    assert any(s.startswith("Lima (ANDINA)") and "received" in s for s in sents)
