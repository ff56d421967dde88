"""Pairing quotation marks on characters alone."""

import pytest

from conftest import quote_of
from quotegraph import extract_text
from quotegraph.quotes import find_quoted


def contents(text):
    return [q.content for q in find_quoted(text)]


def test_curly_and_straight_marks():
    assert contents("He said “yes.” She said \"no.\"") == ["yes.", "no."]


def test_guillemets_and_low_nine_marks():
    assert contents("«Oui», dit-il. „Ja“, sagte sie.") == ["Oui", "Ja"]


def test_apostrophes_are_not_quote_marks():
    assert contents("It’s Johnstone’s view that “they don’t care.”") == ["they don’t care."]


def test_stray_mark_is_dropped_not_paired_across_paragraphs():
    text = "A stray “ mark here\nand a \"real quote\" there"
    assert contents(text) == ["real quote"]


def test_quote_over_several_paragraphs_reopens_with_a_mark():
    text = "“First paragraph of the speech.\n“Second paragraph, still talking.”\nNarration."
    found = find_quoted(text)
    assert [q.content for q in found] == ["First paragraph of the speech.", "Second paragraph, still talking."]
    assert found[1].continued


def test_offsets_point_into_text():
    text = "x “a” y \"b\" z «c»"
    for q in find_quoted(text):
        assert text[q.inner_start:q.inner_end] == q.content


def test_single_marks_where_no_apostrophe_can_stand():
    assert contents("Lindqvist calls the plan a ‘crazy system’ again.") == ["crazy system"]
    assert contents("He called it 'a disaster' today.") == ["a disaster"]
    assert contents("It’s the players’ union in the ’90s, don’t ask.") == []


def test_two_apostrophes_as_a_double_mark():
    assert contents("He said, ''We are here.'' Then he left.") == ["We are here."]


def test_curly_marks_nest_inside_straight_ones():
    assert contents('"PENCE: She thinks this is “Shark Tank.” But it is not."') == \
        ["PENCE: She thinks this is “Shark Tank.” But it is not."]


def test_closing_mark_typed_to_open_a_paragraph():
    assert contents("Intro.\n”Mr. Lund is right about this.” ― Ana Ruiz") == ["Mr. Lund is right about this."]


def test_quote_over_paragraphs_separated_by_blank_lines():
    text = "He said: “First part of the speech.\n\n“Second part, still talking.”\n\nNarration."
    found = find_quoted(text)
    assert [q.content for q in found] == ["First part of the speech.", "Second part, still talking."]
    assert found[1].continued


def test_a_paragraph_opening_with_another_kind_of_mark_starts_a_new_quote():
    text = 'The paper reports:\n\n"She was angry that day.\n\n“It never crossed my mind,” she said.'
    found = find_quoted(text)
    assert [q.content for q in found] == ["It never crossed my mind,"]
    assert not found[0].continued


def test_an_embedded_post_is_one_quoted_passage_and_its_tag_quotes_nothing():
    from quotegraph.quotes import find_quoted
    text = ('The crew sent thanks:\n\n<tweet pic="" author="AnnaV" tweet_id="12">Thank you all for the '
            '"warm" welcome in Tromso.</tweet>.\n\nShe said "never again" later.')
    found = [q.content for q in find_quoted(text)]
    assert found == ['Thank you all for the "warm" welcome in Tromso.', "never again"], found


def test_a_row_of_embedded_posts_after_an_introduction_is_its_speakers():
    text = ('Two senators sent their prayers to the crew:\n\n'
            '<tweet pic="" author="AnnLee" tweet_id="1">Praying for the brave crew of the ferry tonight.</tweet>.\n\n'
            '<tweet pic="" author="BoKim" tweet_id="2">My thoughts are with the families in Halden.</tweet>.\n\n'
            'The ferry sank on Monday.')
    quotes = extract_text(text).quotes
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert [q.contents[0].text for q in quotes] == ["Praying for the brave crew of the ferry tonight.",
                                                    "My thoughts are with the families in Halden."]
    assert all(q.speaker is not None and q.speaker.name == "Two senators" for q in quotes)


def test_a_post_the_text_does_not_introduce_is_no_report():
    text = ('The mayor spoke for an hour.\n\n'
            '<tweet pic="" author="Reporter1" tweet_id="3">The mayor on stage at the harbour tonight.</tweet>.\n\n'
            'The vote is on Friday.')
    assert list(extract_text(text).quotes) == []


def test_a_quotation_after_a_no_break_space_opens_a_sentence_of_its_own():
    text = "\u201cWe had no choice,\u201d Okafor said.\u00a0\u201cThe river was rising fast and the bridge was gone.\u201d"
    quotes = extract_text(text).quotes
    assert len(quotes) == 1 and [c.text for c in quotes[0].contents] == [
        "We had no choice,", "The river was rising fast and the bridge was gone."]


def test_an_invisible_format_mark_before_a_paragraphs_quotation_is_blank():
    text = ("Her post drew replies.\n\n\u202a\u201dSorry Sarah, you should have known better!!\u201d posted Ann Gale.\n\n"
            "\u202a\u201dThanks for standing up for them,\u201d wrote Bo Hill.")
    assert [q.content for q in find_quoted(text)] == ["Sorry Sarah, you should have known better!!",
                                                      "Thanks for standing up for them,"]
    quotes = extract_text(text).quotes
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ann Gale"


# -- layouts of other outlets (sentences invented) -------------------------------------------

def _direct_quotes(text):
    return [q for q in extract_text(text).quotes if q.kind == "direct"]


def test_spaced_guillemets_leave_the_spaces_out_of_the_words():
    text = "« We will stay on the roads », said Odile Marchand, a grain farmer."
    assert contents(text) == ["We will stay on the roads"]
    (q,) = _direct_quotes(text)
    assert [c.text for c in q.contents] == ["We will stay on the roads"]
    assert q.speaker is not None and q.speaker.name.endswith("Marchand")


def test_a_comma_after_the_closing_mark_hands_the_quotation_on_to_its_cue():
    # British and European punctuation: the comma stands outside the marks, and the
    # quotation after the cue is the same speaker's utterance going on
    text = "'The bridge will open in May', said Priya Nair, the council leader. 'Nobody wants more delays.'"
    (q,) = _direct_quotes(text)
    assert [c.text for c in q.contents] == ["The bridge will open in May", "Nobody wants more delays."]
    assert q.cue is not None and q.cue.lemma == "say"
    assert q.speaker is not None and q.speaker.name.endswith("Nair")


def test_guillemets_with_the_comma_outside_keep_one_utterance():
    text = "«The talks have failed», said Jonas Keller. «We go back to court.»"
    (q,) = _direct_quotes(text)
    assert len(q.contents) == 2 and q.speaker is not None and q.speaker.name.endswith("Keller")


def test_a_paragraph_opened_by_a_quotation_dash_is_direct_speech():
    text = "The strike ended on Monday.\n\n\u2014 We did not get everything, but we kept our jobs, said Thabo Mokoena."
    (q,) = _direct_quotes(text)
    assert q.contents[0].text == "We did not get everything, but we kept our jobs"
    assert q.speaker is not None and q.speaker.name.endswith("Mokoena")


def test_a_dash_bullet_in_the_reporters_voice_stays_reported_speech():
    text = "The budget was published.\n\n\u2014 Fuel duty will rise next year, the finance ministry said."
    qs = extract_text(text).quotes
    assert qs and all(q.kind == "indirect" for q in qs)


def test_a_straight_mark_typed_with_a_space_inside_still_opens_a_quotation():
    text = 'The minister called the decision " a blow to every farmer in the valley". Talks resume today.'
    assert contents(text) == ["a blow to every farmer in the valley"]
    (q,) = [q for q in extract_text(text).quotes if q.kind == "mixed"]
    assert [f.text for f in q.fragments] == ["a blow to every farmer in the valley"]


def test_a_spaced_inch_mark_opens_nothing():
    assert contents('The board is 6 " wider than the old one and 5" deeper.') == []


def test_zero_width_spaces_left_by_a_page_do_not_hide_a_quotation():
    text = "Minister Ana Ruiz described the first round as \u200b\u200ba \u201cgood start\u201d."
    (q,) = extract_text(text).quotes
    assert q.kind == "mixed" and [f.text for f in q.fragments] == ["good start"]
    assert text[q.fragments[0].start:q.fragments[0].end] == "good start"
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_the_attributes_of_a_post_tag_closed_otherwise_are_no_quotation():
    # a page closed the post with <tweet/>: the tag's author="…" and date="…" still quote nobody
    text = ('One reader wrote back:\n\n<tweet author="@harbourfan" date="May 2, 2019">The ferry was '
            'late "again" today.<tweet/>.\n\nThe council said "no comment" later.')
    contents = [q.content for q in find_quoted(text)]
    assert contents == ["again", "no comment"]


def test_a_report_introducing_a_post_takes_no_words_from_its_tag():
    # "One reader tweeted:" reports the post; the tag's date="…" is markup, not what was said
    text = ('Readers answered the council within minutes.\n\nOne reader tweeted:\n\n'
            '<tweet tweet-author="@harbourfan" tweet-date="May 2, 2019">The ferry was late again today.<tweet/>.')
    quotes = extract_text(text).quotes
    assert not any("tweet-date" in c.text or "May 2" in c.text for q in quotes for c in q.contents), \
        [q.text for q in quotes]


def test_a_term_quoted_as_the_subject_of_its_sentence_is_nobodys_words():
    # "“Containment” has been …" mentions a word; it does not carry on the speaker before it
    text = ('"We will not give up on the harbour," Mayor Ana Ruiz said. "Not now."\n\n'
            '"Containment" has been the city\'s policy on the harbour for a decade, and few expect '
            'it to change.')
    quotes = extract_text(text).quotes
    assert not any(c.text.startswith("Containment") for q in quotes for c in q.contents)
    assert any(c.text == "Not now." for q in quotes for c in q.contents)


@pytest.mark.parametrize("text, title", [
    ('Her new book, "Harbour Lights: A City Remade," goes on sale on Monday.', "Harbour Lights"),
    ('One ad, "Morning Tide Over the Harbour," shows the mayor on a ferry at dawn.', "Morning Tide"),
    ('The plan drew jeers. "Evening Desk With Marta Lund" host Marta Lund mocked it on Thursday.', "Evening Desk"),
    # a title writes its verb "is" small as often as not
    ('The show was renewed. "Night Shift is Over" star Lena Moss spoke about her years on it.', "Night Shift"),
])
def test_the_title_of_a_work_in_marks_is_no_quotation(text, title):
    # regression: a book, an ad or a show named in marks was a quote with no cue (or the
    # speaker of the paragraph before), one false alarm per title
    assert not any(title in c.text for q in extract_text(text).quotes for c in q.contents)


def test_a_sentence_quoted_from_a_book_is_still_speech():
    text = 'Ann Lee ran for mayor in 2010. "We will not back down," she wrote in her memoir, "Hard Years."'
    quotes = extract_text(text).quotes
    assert [(c.text, q.speaker.name) for q in quotes for c in q.contents] == [("We will not back down,", "Ann Lee")]
    assert quotes[0].addressee is None  # the memoir's title is no one written to


def test_a_short_quotation_opening_a_paragraph_before_its_cue_is_still_speech():
    text = 'The mayor walked out.\n\n"Never," she said. "Not while I am here."'
    quotes = extract_text(text).quotes
    assert any(c.text.startswith("Never") for q in quotes for c in q.contents)


def test_a_space_between_two_closing_marks_still_closes_the_quotation():
    # newspapers set a space between a nested closing mark and the outer one: ,' "
    from quotegraph import extract_text
    text = ("\"It is not just me saying, 'Oh, yes, build the road,' \" Hana Dvorak told the radio "
            "station on Sunday. \"It is the whole region asking for it.\"")
    ex = extract_text(text)
    q = next(q for q in ex.quotes if "build the road" in q.contents[0].text)
    assert "Dvorak" not in q.contents[0].text
    assert q.speaker is not None and q.speaker.name == "Hana Dvorak"


def test_a_line_break_inside_a_quotation_does_not_drop_it():
    # a scraped page breaks a line in mid-sentence: the next line closes the quotation
    text = ("“Families who waited all winter,” Marta Velasquez said, “deserve to see the clinic open before\n"
            "the end of the summer.”\n\nThe council meets again on Friday.")
    assert contents(text)[1:] == ["deserve to see the clinic open before", "the end of the summer."]
    (q,) = _direct_quotes(text)
    assert [c.text for c in q.contents] == ["Families who waited all winter,", "deserve to see the clinic open before",
                                            "the end of the summer."]
    assert q.speaker is not None and q.speaker.name.endswith("Velasquez")


def test_a_quotation_its_writer_forgot_to_close_is_kept_to_its_paragraph_end():
    text = ("“We will rebuild the pier,” said Ines Okoro, the harbour master. “Every boat owner in the bay "
            "has waited long enough.\n\nShe added, “The money is already set aside.”")
    assert contents(text) == ["We will rebuild the pier,", "Every boat owner in the bay has waited long enough.",
                              "The money is already set aside."]
    quoted = [c.text for q in _direct_quotes(text) for c in q.contents]
    assert "Every boat owner in the bay has waited long enough." in quoted


def test_a_mark_left_open_in_mid_sentence_stays_dropped():
    text = "The mayor called it a “fresh start for the harbour.\n\nWork begins in June."
    assert contents(text) == []


def test_a_straight_quotation_closed_with_a_curly_opening_mark_ends_there():
    # "… this winter.“ — the writer typed an opening curly mark to close a straight quotation;
    # read as nested, it ran on to the paragraph's end
    text = 'The board met late. "The plan is sound," the chair said. "We start building this winter.“ The vote was delayed.'
    assert contents(text) == ["The plan is sound,", "We start building this winter."]


def test_a_curly_quotation_closed_with_a_single_mark_ends_there():
    text = "Dara Lusk posted on Friday. Lusk wrote: “We will keep the clinic open. Join us.’ She later deleted the post."
    assert contents(text) == ["We will keep the clinic open. Join us."]


def test_a_single_quotation_inside_a_curly_one_is_not_its_close():
    text = "“They told us ‘wait.’ Then they left.”"
    assert contents(text) == ["They told us ‘wait.’ Then they left."]


def test_a_quotation_opened_with_no_space_after_a_sentence_is_found():
    text = 'Stalls lined the square, said a trader who asked not to be named."Nobody told us the fair was cancelled."'
    assert contents(text) == ["Nobody told us the fair was cancelled."]


def test_a_stray_straight_mark_before_a_curly_quotation_opens_nothing():
    # regression: '"“…' at a paragraph's start left the straight mark open over the paragraph
    text = 'Rain fell all week.\n\n"\u201cWe will not wait for the council,\u201d the farmer said. \u201cThe crop is ready.\u201d'
    assert contents(text) == ["We will not wait for the council,", "The crop is ready."]


def test_a_curly_quotation_closed_with_a_single_mark_before_the_next_one_ends_there():
    # regression: “…,’ followed by another “ in the paragraph lost the first quotation
    text = "Ava Holt spoke briefly. “The bridge is finished,’ she said, then added: “Drivers can use it today.”"
    assert contents(text) == ["The bridge is finished,", "Drivers can use it today."]


def test_a_space_slipped_before_a_closing_straight_mark_still_closes_it():
    # issue 13: '…, " Lee said.' left the quotation open to the paragraph's end, its cue inside
    text = '"We will rebuild the bridge. It is a promise to this town, " Mayor Lee said.\n\nThe vote is on Monday.'
    assert contents(text) == ["We will rebuild the bridge. It is a promise to this town,"]
    q = quote_of(text, "rebuild the bridge")
    assert q.speaker is not None and q.speaker.name.endswith("Lee"), q.speaker
