"""Signatures (signatures.py): a quotation signed on the line after it, and interview turns
signed with a name as usually written (paragraphs invented for these tests)."""

from __future__ import annotations

from conftest import quote_with
from quotegraph import extract_text


def test_a_dash_line_after_a_quotation_signs_it():
    text = ("Voices from the harbour\n\nHundreds gathered at the quay on Saturday.\n\n"
            "\u201cWe have waited three winters for this wall.\u201d\n\n"
            "\u2014 Ines Carvalho, net mender, Porto.\n\n"
            "\u201cMy boat stays in the water whatever they decide.\u201d\n\n"
            "- Tiago Mendes, skipper\n")
    ex = extract_text(text)
    first, second = quote_with(ex, "three winters"), quote_with(ex, "whatever they decide")
    assert first.speaker is not None and first.speaker.name == "Ines Carvalho"
    assert second.speaker is not None and second.speaker.name == "Tiago Mendes"
    assert [s.text for s in second.sources] == ["Tiago Mendes"]


def test_a_dash_line_that_names_no_one_signs_nothing():
    text = ("The harbour wall was finished in May.\n\n"
            "\u201cWe have waited three winters for this wall.\u201d\n\n"
            "\u2014 Updated on Monday with the final cost.\n")
    q = quote_with(extract_text(text), "three winters")
    assert q.speaker is None or "Updated" not in q.speaker.name


def test_interview_turns_signed_with_a_surname_are_the_interviewees():
    text = ("Interview with the new harbour master\n\n"
            "Ruth Okafor took over the port authority in June. We met her on the quay.\n\n"
            "Q: What did you change first?\n\n"
            "Okafor: We stopped waiting for the ministry and repaired the cranes ourselves.\n\n"
            "Q: Was that enough?\n\n"
            "Okafor: No, and I told the minister so twice.\n")
    ex = extract_text(text)
    for words in ("repaired the cranes", "told the minister so"):
        q = quote_with(ex, words)
        assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Ruth Okafor"


def test_interview_turns_labelled_interviewer_and_question_in_words():
    # "Interviewer: …" / "Question: …" / "Answer: …" label the two sides as "Q" and "A" do
    text = ("Port mayor defends harbour plan\n\n"
            "The mayor of Westford, Anna Lee, spoke to the Harbour Gazette about the new plan.\n\n"
            "Interviewer: Why did the council approve the plan so quickly?\n\n"
            "Anna Lee: We had waited ten years. The boats could not wait any longer.\n\n"
            "Interviewer: What do the fishermen think?\n\n"
            "Anna Lee: Most of them support it, and the rest will come round.\n")
    ex = extract_text(text)
    for words in ("waited ten years", "come round"):
        q = quote_with(ex, words)
        assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Anna Lee"
    asked = quote_with(ex, "approve the plan")
    assert asked.speaker is None or asked.speaker.name != "Anna Lee"
    text = ("Rita Vance has run the ferry line for a decade.\n\n"
            "Question: Will the fares rise?\n\n"
            "Answer: Not this year, and not while I run it.\n")
    q = quote_with(extract_text(text), "not while I run it")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Rita Vance"


def test_a_lone_capitalised_word_and_colon_is_no_turn():
    text = ("Ruth Okafor took over the port authority in June.\n\n"
            "Update: the cranes were repaired on Friday, the authority said.\n")
    assert not any(q.speaker is not None and q.speaker.name == "Ruth Okafor" for q in extract_text(text).quotes)


def test_a_tally_of_names_and_figures_is_no_interview():
    # regression: "Name: 45 percent" lines of a poll were read as interview turns
    text = ("A new survey shows Anna Berg ahead of Peter Kowalski in the race for governor.\n\n"
            "Berg: 48 percent\n"
            "Kowalski: 39 percent\n"
            "Unsure: 13 percent\n")
    ex = extract_text(text)
    assert not any(q.kind == "direct" and "percent" in q.text for q in ex.quotes), [q.text for q in ex.quotes]


def test_a_reporters_byline_after_a_quotation_does_not_sign_it():
    # regression: "— Name, Outlet" under a quotation is who wrote the story, not who spoke
    text = ("Anna Berg met voters in the square on Tuesday.\n\n"
            "She spoke for half an hour.\n\n"
            "\u201cThe wall will be built before winter.\u201d\n\n"
            "- Peter Kowalski, Associated Press\n")
    q = quote_with(extract_text(text), "before winter")
    assert q.speaker is None or q.speaker.name != "Peter Kowalski"


def test_a_parliamentary_record_signs_turns_with_seat_party_and_office():
    # Hansard's forms: a member with seat and party in brackets, an office with its holder's
    # name in brackets, and the chair
    text = ("School Buses\n\n"
            "Mr Speaker: Order. I call Tessa Marlowe.\n\n"
            "Ms Tessa Marlowe (Kilbride) (LD): Why have rural routes been cut by a third?\n\n"
            "The Minister for Transport (Mr Ewan Holloway): They have not. Funding rose this year.\n\n"
            "Ms Marlowe: Parents in my constituency tell a different story.\n\n"
            "Mr Holloway: I will look at the figures with her.\n")
    ex = extract_text(text)
    want = {"rural routes": "Tessa Marlowe", "Funding rose": "Ewan Holloway",
            "different story": "Tessa Marlowe", "look at the figures": "Ewan Holloway"}
    for words, name in want.items():
        q = quote_with(ex, words)
        assert q.kind == "direct" and q.speaker is not None and q.speaker.name == name, (words, q.speaker)
    assert "(Kilbride)" not in quote_with(ex, "rural routes").text


def test_a_results_table_with_parties_in_brackets_is_no_parliamentary_record():
    # "Name (Party): votes" lines count votes; no one said "12,340"
    text = ("Labour holds Ashby West\n\nThe count in Ashby West finished after midnight, and turnout was lower "
            "than four years ago.\n\nAnn Lee (Labour): 12,340\nTom Reyes (Conservative): 9,876\n"
            "Peter Hall (Green): 2,101\n\nLee thanked voters in a short speech. Reyes conceded before the result "
            "was read.\n")
    assert not [q for q in extract_text(text).quotes if any(ch.isdigit() for ch in q.text)]


def test_an_embedded_post_is_signed_by_the_line_under_it():
    # a tweet as pages embed it: the post's words, its link, then "— Name (@handle) date"
    text = ("Ferry fares rise again\n\nThe operator raised fares by 8 percent on Monday.\n\n"
            "Another rise for island families who have no other way to the mainland. Shameful. https://t.co/xYz12\n"
            "\u2014 Iona Petrie (@IonaPetrieMSP) April 14, 2025\n\n"
            "The operator said costs had risen.\n")
    q = quote_with(extract_text(text), "no other way to the mainland")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Iona Petrie"
    assert "t.co" not in q.text


def test_a_dash_written_against_the_name_and_a_home_town_still_sign():
    # regression: "-Mia Ortiz" was one token to the tokenizer, and a name the model did not tag
    # was taken for a person only when a lower-case description followed it
    text = ("Convention notebook.\n\n\"Great speech. She is tested. She is ready.\"\n\n"
            "-President Tom Reade, tweeting after the speech.\n\nquotable.\n\n"
            "\"The whole idea of a crooked mayor is something that we hear about all the time, and it needs "
            "to stop.\"\n\n-Michelle Marks, Philadelphia.\n")
    ex = extract_text(text)
    assert quote_with(ex, "Great speech").speaker.name == "Tom Reade"
    assert quote_with(ex, "crooked mayor").speaker.name == "Michelle Marks"


def test_a_signature_after_a_dash_may_carry_a_middle_initial():
    # regression: "Jordan K. Ellery:" was no signature ("K." is no word), and the caps topic spoke
    text = ("Polls and more.\n\nRURAL TURNOUT KEEPS CLIMBING IN THE MIDWEST - Jordan K. Ellery: “Turnout in rural "
            "counties rose for the third straight cycle, and the gap with the suburbs keeps narrowing.” [Ledger.]\n")
    q = quote_with(extract_text(text), "third straight cycle")
    assert q.speaker is not None and q.speaker.name == "Jordan K. Ellery"


def test_a_party_and_state_with_a_dash_in_brackets_still_sign():
    # regression: the dash of "(D-Ore.)" was read as a digest line's dash, and the signature
    # was the state alone, or nobody
    for line in ('Sen. Ruth Calder (D-Ore.): "I have not heard anyone else cite that figure."',
                 'Sen. Ruth Calder (D-Ore.):"I have not heard anyone else cite that figure."'):
        q = quote_with(extract_text("The hearing ran late.\n\n" + line), "cite that figure")
        assert q.speaker is not None and q.speaker.name == "Ruth Calder", line


def test_a_digest_line_signed_after_its_dash_by_a_pair_a_one_word_name_or_a_from_intro():
    # regression: the verb of the digest's headline ("fell", "did") was taken for the cue and
    # its subject for the speaker; "From the report:" was read as no intro at all
    text = ("Pollsters looked back at the spring primaries.\n\n"
            "Turnout fell in the east - Nora Vidal and Sam Dekker: \u201cWe saw fewer voters at every "
            "precinct we visited this year.\u201d\n\n"
            "Some polls did better - StatWatch: \u201cThe final averages in the state were within two "
            "points of the result.\u201d\n\n"
            "Online panels varied. From the report: \u201cSamples with longer field periods produced "
            "more accurate results.\u201d\n\n"
            "Weighting matters too -More from the report: \u201cSeveral vendors now weight their samples "
            "on party identification.\u201d\n")
    ex = extract_text(text)
    pair = quote_with(ex, "fewer voters")
    assert pair.speaker is not None and pair.speaker.name == "Nora Vidal"
    assert [s.text for s in pair.sources] == ["Nora Vidal"]  # not the headline before the dash
    assert [s.text for s in quote_with(ex, "final averages").sources] == ["StatWatch"]
    assert [s.text for s in quote_with(ex, "longer field periods").sources] == ["the report"]
    assert [s.text for s in quote_with(ex, "weight their samples").sources] == ["the report"]


def test_a_quotation_credited_in_the_next_sentence_is_that_persons():
    # regression: "“…” That quote from Commissioner X appeared in …" left the quotation to the
    # speaker before it, or to no one
    text = ("Mayor Tom Veld opened the hearing on Monday. \"I would rather lose the vote than lose the town.\" "
            "That quote from County Commissioner Ruth Abara appeared in the Herald in 1998.")
    q = quote_with(extract_text(text), "lose the town")
    assert q.speaker is not None and q.speaker.name == "Ruth Abara"


def test_a_remark_credited_by_an_apposition_after_it_is_that_persons():
    text = ("Mayor Tom Veld opened the hearing on Monday. \"Nobody reads the budget anyway.\" "
            "The remark, by Councilwoman Ana Ruiz, drew laughs from the room.")
    q = quote_with(extract_text(text), "reads the budget")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_a_quote_the_next_sentence_names_no_one_for_stays_with_its_speaker():
    text = ("Mayor Tom Veld opened the hearing on Monday. \"Nobody reads the budget anyway.\" "
            "That quote was soon all over the local news.")
    q = quote_with(extract_text(text), "reads the budget")
    assert q.speaker is not None and q.speaker.name == "Tom Veld"
