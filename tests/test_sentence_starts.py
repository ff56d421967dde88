"""Sentence starts set before the parser (graph/sentence_starts.py); sentences written for this test."""

from quotegraph import load_pipeline


def _sentences(text):
    return [s.text.strip() for s in load_pipeline()(text).sents]


def test_a_dateline_is_never_cut_from_its_dash():
    sents = _sentences("Chile hosts Peru, Bolivia leaders\n\nSANTIAGO — President Ana Soto on Sunday hosted Peruvian "
                       "President Luis Mora and Bolivian President Tomas Ruiz at the palace.")
    assert "SANTIAGO" not in sents and not any(s.startswith("—") for s in sents)


def test_a_dateline_with_an_agency_is_never_cut_before_its_dash():
    sents = _sentences("Minister meets envoy\n\nLima (ANDINA) - Foreign Minister Ana Quispe received the envoy of "
                       "Ghana on Monday.")
    assert not any(s.startswith("-") or s in ("Lima", "Lima (ANDINA)") for s in sents)


def test_a_hyphen_inside_a_name_opening_a_paragraph_is_no_dateline():
    sents = _sentences("Talks resume\n\nQatari envoy Sheikh Hamad Al-Thani spoke with Chilean Minister Ana Soto on "
                       "Monday.")
    assert any("Al-Thani spoke" in s for s in sents)


def test_a_short_cue_after_a_comma_closes_the_sentence_it_follows():
    # (the double space is the parser's trap: it made ", she said." a sentence of its own)
    for cue in ("she said", "Lee said"):
        sents = _sentences("Lee spoke at the college on Monday.\n\nStudents who do take on  large loans struggle, "
                           f'even with a "good" degree, {cue}.')
        assert sents[-1].startswith("Students") and sents[-1].endswith(f"{cue}."), sents


def test_a_cue_that_opens_a_sentence_of_its_own_still_opens_it():
    sents = _sentences("The vote failed, Lee said. Officials said the vote would be held again.")
    assert sents == ["The vote failed, Lee said.", "Officials said the vote would be held again."]
