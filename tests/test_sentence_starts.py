"""Sentence starts set before the parser (graph/sentence_starts.py); sentences written for this test."""

from quotegraph import extract_text, load_pipeline


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


def test_a_line_too_long_to_be_hard_wrapped_ends_its_sentence_without_a_stop():
    # a live blog's item lost its full stop; the next line is a paragraph of its own
    text = ("4:15 p.m.\n\nMayor Ann Pell is keeping up her attack on the port authority in the last hours "
            "before the council vote \nPell, in Leeds, said Monday that the board was “asleep at the wheel.”")
    sents = _sentences(text)
    assert any(s.startswith("Pell, in Leeds, said") for s in sents), sents
    quote = next(q for q in extract_text(text).quotes if "asleep" in q.contents[0].text)
    assert quote.speaker is not None and quote.speaker.name.endswith("Pell")


def test_a_single_break_in_a_hard_wrapped_sentence_is_left_to_the_parser():
    sents = _sentences("Port to reopen\n\nThe mayor of the harbour town told the council at its meeting on\n"
                       "Monday that the port would reopen in the spring.")
    assert not any(s.startswith("Monday") for s in sents), sents
