"""The frame of a direct quotation (graph/attribution/direct_quotes.py): which clause around
it is its cue. Sentences written for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words", [
    ("The rally ran late into the night. When Holt finally finished — “We will rebuild this town together!” — "
     "the confetti rained down on the hall.", "rebuild this town"),
    ("Nobody expected the vote to pass. As the clerk read out the count — “The motion carries by seven votes to two!” — the doors "
     "swung open.", "motion carries"),
])
def test_the_clause_after_a_dashed_aside_is_not_its_frame(text, words):
    # regression: "— “…!” — the balloons cascaded" gave the quotation to "the balloons"
    q = quote_with(extract_text(text), words)
    assert not any(w in (s.text for s in q.sources) for w in ("the confetti", "the doors"))


def test_a_dashed_aside_after_a_speech_verb_keeps_its_speaker():
    text = "Mayor Dana Holt lamented the delays — “why now?” — and the council agreed to wait."
    q = quote_with(extract_text(text), "why now")
    assert q.speaker is not None and q.speaker.name == "Dana Holt"


def test_the_next_sentence_with_an_object_of_its_own_is_not_the_frame():
    # regression: "X reacted skeptically to the deal, “….” He demands legal safeguards …" gave the
    # quotation to the next sentence's "He" rather than to X before the comma
    text = ("Ann Pell, the head of the regional water board, reacted coolly to the new dam plan, “[I am] worried "
            "about any project that floods farms without fair payment to the families who own them.” She demands "
            "written guarantees for every household on the river.")
    q = quote_with(extract_text(text), "fair payment")
    assert [s.text for s in q.sources] == ["Ann Pell"]


def test_a_chant_naming_its_target_before_a_colon_is_no_transcript_turn():
    # regression: 'the protesters chanted “Ann Lee: …”' read the chant as a turn signed by its target
    text = ("Mara Quill spoke in Dayton on Tuesday. Outside the hall, demonstrators chanted "
            "“Mara Quill: wrong for Ohio, wrong for you.”")
    q = quote_with(extract_text(text), "wrong for Ohio")
    assert [s.text for s in q.sources] == ["demonstrators"]


@pytest.mark.parametrize("text, shout, reply, shouter, replier", [
    ("Senator Mara Quill spoke to supporters in Dayton on Tuesday. When a man near the stage shouted, "
     "“Four more years,” Quill smiled and answered, “Let us win this one first.”",
     "Four more years", "win this one", "a man near the stage", "Quill"),
    ("Senator Ann Hale came to Dayton. When someone in the audience shouted, “Taft,” Hale joked, again using "
     "an exaggerated Southern accent, “Amen, brother! Come on up and get baptized!”",
     "Taft", "Amen, brother", "someone in the audience", "Hale"),
])
def test_words_shouted_in_a_when_clause_are_the_shouters(text, shout, reply, shouter, replier):
    # regression: "When X shouted, “…,” Y joked, “…”" gave X's shout to Y, whose cue follows it
    doc = extract_text(text)
    assert [s.text for s in quote_with(doc, shout).sources] == [shouter]
    assert [s.text for s in quote_with(doc, reply).sources] == [replier]


def test_a_colon_intro_of_time_and_place_only_goes_on_with_the_last_speaker():
    # regression: "Then, later that month on CNN: “…”" left the quotation with no speaker
    text = ("Mayor Ann Pell has changed her story on the bridge more than once.\n\n"
            "\"We should never have built the bridge in the first place,\" she told WKRC's Tom Dale in March.\n\n"
            "Then, later that month on WLWT: \"I never said the bridge was a mistake.\"")
    q = quote_with(extract_text(text), "never said the bridge")
    assert q.speaker is not None and q.speaker.name == "Ann Pell"


def test_a_colon_byline_after_a_title_does_not_take_the_last_speaker():
    text = ("Rents rose again, and Ivo Kern, a landlord, said tenants will pay more.\n\n"
            "\u2014\"City Hall's new budget, a balancing act,\" by the Herald's Ana Lutz: \"The mayor's plan "
            "trims parks and adds police.\"")
    # the line is a digest's card of another story: its excerpt is no quote of this article at
    # all (boilerplate.other_stories), so certainly not the last speaker's
    quotes = [q for q in extract_text(text).quotes if any("trims parks" in c.text for c in q.contents)]
    assert all(q.speaker is None or q.speaker.name != "Ivo Kern" for q in quotes)


def test_a_participle_set_off_before_the_quotation_hands_it_to_the_clause_subject():
    # regression: "X clashed with Y during the hearing, chiding him, “…”" left it to the last speaker
    text = ("In the video, the preacher Omar Latif is shown lecturing: \"Brothers, take heed.\"\n\n"
            "Former Governor Ruth Kane famously clashed with Weld during the hearing, chiding him, "
            "\"What difference does it make now?\"")
    q = quote_with(extract_text(text), "What difference")
    assert q.speaker is not None and q.speaker.name == "Ruth Kane"


def test_a_past_read_tagged_as_the_base_form_after_the_quotation_is_its_cue():
    # regression: "“…,” read the statement" (read tagged VB) left the quotation to the last speaker
    text = ("In the video, the preacher Omar Latif is shown lecturing: \"Brothers, take heed.\"\n\n"
            "\"We regret any confusion the remarks caused,\" read the statement, which was attributed to a spokesman.")
    q = quote_with(extract_text(text), "We regret")
    assert [s.text for s in q.sources] == ["the statement"]


@pytest.mark.parametrize("text, words, source, cue", [
    ("The miners are unlikely to back Grant after her comment that, \"We will close every mine in this state.\" "
     "The union will likely stay out of the race, its director Paul Moss said on Monday.",
     "close every mine", "her", "comment"),
    ("Voters still remember the senator's promise, \"I will never raise your taxes.\" She raised them twice.",
     "never raise", "the senator", "promise"),
])
def test_a_quotation_after_someones_speech_noun_is_theirs(text, words, source, cue):
    # regression: the quotation after "her comment that," went to the next sentence's speaker
    q = quote_with(extract_text(text), words)
    assert q.cue is not None and q.cue.text == cue
    assert [s.text for s in q.sources] == [source]


@pytest.mark.parametrize("text, words, source", [
    ("Lee, who has told aides he sees the issues as linked, said in his formal statement: \"We cannot wait any "
     "longer.\" The rally was moved.", "cannot wait", "Lee"),
    ("A paper from the Hale Institute had this to say about his tax proposal: \"Families at the top would gain the "
     "most from the cut.\" Lee disagreed.", "Families at the top", "A paper from the Hale Institute"),
])
def test_a_speech_noun_that_is_a_channel_or_a_topic_is_no_intro(text, words, source):
    q = quote_with(extract_text(text), words)
    assert source in [s.text for s in q.sources]


@pytest.mark.parametrize("text, item", [
    ("All the party needs to do is repeat, a thousand times, “Jobs First,” “Safe Streets,” and, yes, "
     "“Common Sense.” Those are winning messages.", "Common Sense"),
    ('His lawyer argued that his client was harmless: his posts were the rants of a "radio clown," '
     '"a showman," but also a "citizen reporter." The judge disagreed.', "a showman"),
    ("Marsh attacks in biting prose what he calls the “cynical” “myth” of the current campaign.", "myth"),
    ('The ad shows the mayor on a giant coin, calling them "gorrones" ("freeloaders") and bragging about the fence.',
     "freeloaders"),
])
def test_an_item_of_a_list_of_quoted_words_is_no_quotation_of_its_own(text, item):
    # regression: a quoted item after a comma or a closing mark stood as speech on its own
    # ("“Safe Streets,” and, yes, “Common Sense.”" made three quotes of one list)
    assert not any(c.text.strip(" ,.“”\"()") == item for q in extract_text(text).quotes for c in q.contents)


@pytest.mark.parametrize("text, opener, words", [
    ("The talks ran all night. “We were close,” Ines Olsen said. But, she said, “nobody wanted to sign first.”",
     "But", "sign first"),
    ("Rents rose again in May. A bigger harbour, Mayor Tomas Ruiz said, “would bring the prices down within a year.”",
     "A bigger harbour", "prices down"),
])
def test_the_start_of_a_quotation_cut_off_by_its_cue_is_part_of_it(text, opener, words):
    # "But, he said, “…”", "The new budget, an aide said, “is …”": the words before the cue open the quotation
    q = quote_with(extract_text(text), words)
    assert q.contents[0].text == opener and len(q.contents) == 2


@pytest.mark.parametrize("text", [
    "The talks ran all night. On Monday, Ines Olsen said, “nobody wanted to sign first.”",
    "The talks ran all night. Still, Ines Olsen said, “nobody wanted to sign first.”",
])
def test_an_adverbial_of_the_telling_before_the_cue_stays_out(text):
    q = quote_with(extract_text(text), "sign first")
    assert [c.text for c in q.contents] == ["nobody wanted to sign first."]


@pytest.mark.parametrize("text, words, speaker", [
    ("Speaker Ada Park said, \u201cWe will not move,\u201d and her rival Tom Lee disagreed.", "not move", "Ada Park"),
    ("Mayor Ines Olsen told the council, \u201cThe depot stays where it is,\u201d but she offered a review.",
     "depot stays", "Ines Olsen"),
])
def test_a_quotation_after_its_cue_is_not_the_next_clauses(text, words, speaker):
    # regression: in "X said, “…,” and Y disagreed" the clause after the closing mark was read
    # as the quotation's frame, and Y spoke it
    q = quote_with(extract_text(text), words)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The strike entered its second week. Outside the depot, dozens of drivers stood in the rain, chanting "
     "“no contract, no keys” as managers arrived.", "no contract, no keys", None),
    ("Several delegates wanted an early count. Governor Nils Rand cautioned “let’s not get ahead of ourselves,” "
     "before predicting that the vote could still go either way.", "get ahead of ourselves", "Nils Rand"),
    ("Asked about the merger in the hallway, Senator Ida Moss kept saying “no comment” twice.",
     "no comment", "Ida Moss"),
])
def test_a_quotation_that_is_the_object_of_a_speech_verb_is_speech(text, words, speaker):
    # regression: a short or lower-case quotation right after its speech verb ('chanting “no
    # contract, no keys”') was taken for a phrase of the reporter's sentence and lost
    q = quote_with(extract_text(text), words)
    assert q.kind == "direct" and words in q.contents[0].text and "predicting" not in q.contents[0].text
    if speaker is not None:
        assert q.speaker is not None and q.speaker.name == speaker
        assert q.cue is not None and q.cue.text in ("cautioned", "saying")


def test_a_quoted_clause_going_on_past_its_marks_stays_one_report():
    text = "Senator Ida Moss says “the tide is turning” despite her defeat in the spring primary."
    q = quote_with(extract_text(text), "tide is turning")
    assert "despite her defeat" in q.contents[0].text


def test_a_quoted_object_whose_clause_goes_on_stays_one_report():
    # the quoted words begin a clause that runs past the marks: the report holds the whole clause
    text = "Mayor Tom Ekberg said “it makes me angry” every time he drives past the empty mill."
    q = quote_with(extract_text(text), "makes me angry")
    assert "every time he drives" in q.contents[0].text


def test_a_paragraph_after_a_quote_left_open_in_a_reported_clause_is_not_an_earlier_speakers():
    # regression: 'X said the bill was “a mess.¶“…,” X said.' — the paragraph reopening the mark
    # was added to the last direct quotation, paragraphs before, and took its speaker
    text = ("\u201cThe vote is a sham,\u201d Ann Lee said on Monday.\n\nThe council met for two hours. Dana Holt "
            "said the bill was \u201ca mess from start to finish.\n\n\u201cNobody in this chamber has read it,\u201d "
            "Holt said. \u201cNot one of us.\u201d\n")
    q = quote_with(extract_text(text), "Nobody in this chamber")
    assert [s.text for s in q.sources] == ["Holt"]
    assert q.speaker is not None and q.speaker.name == "Dana Holt"


@pytest.mark.parametrize("text, words, speaker", [
    # the one holding or posting it: the words are theirs
    ("Outside the depot, Rosa Delgado, 16, hoisted a sign that read “Buses for all!” as the governor spoke.",
     "Buses for all", "Rosa Delgado"),
    ("Councillor Omar Tufts posted a message on Twitter reading “Thank you, Millbrook” an hour after the count.",
     "Thank you, Millbrook", "Omar Tufts"),
])
def test_the_words_on_a_sign_or_a_message_are_its_holders(text, words, speaker):
    # regression: "a sign that read “…”", "a message reading “…”": "read" of a written thing
    # gives its words as "said" does, and nothing was output for them
    q = quote_with(extract_text(text), words)
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_banner_that_reads_is_the_source_of_its_words():
    text = "Crowds filled the square in Tarnow. One banner read “Keep our clinic open.”"
    q = quote_with(extract_text(text), "Keep our clinic open")
    assert [s.text for s in q.sources] == ["One banner"]


def test_a_reader_reading_aloud_reports_no_words():
    # "read" said of a person reading is no cue: the quoted title is not the reader's words
    ex = extract_text("On Sunday the pastor, Ada Lunn, read “The Road Not Taken” to the children of the parish.")
    assert not any("Road Not Taken" in c.text for q in ex.quotes for c in q.contents)


def test_a_statement_to_read_is_no_cue_for_the_quotation_before_it():
    # regression: "“Ms. Quill?” I had prepared a statement to read" gave the judge's question to "I"
    text = ("The judge looked up from her papers. “Ms. Quill?” I had brought a short statement to read, but "
            "left it folded in my pocket.")
    ex = extract_text(text)
    assert not any(s.text == "I" for q in ex.quotes if any("Ms. Quill" in c.text for c in q.contents)
                   for s in q.sources)


@pytest.mark.parametrize("text, first, last, speaker", [
    ("The demonstrators chanted “Free the press” and “Justice for all” as they marched toward the ministry.",
     "Free the press", "Justice for all", "demonstrators"),
    ("The fans shouted “Out, out,” “Go home” and “We want change” as the coach left the field.",
     "Out, out", "We want change", "fans"),
])
def test_quotations_coordinated_after_a_speech_verb_are_one_act(text, first, last, speaker):
    # issue 13: the second quotation of "chanted “A” and “B”" was lost (and with a clause
    # after the series, the first too)
    ex = extract_text(text)
    q = quote_with(ex, first)
    assert last in q.contents[-1].text and q.speaker is not None and q.speaker.name == speaker
    assert len(ex.quotes) == 1


def test_two_sentences_in_marks_are_no_series():
    text = "Lee said “We will win.” “Nobody can stop us,” Park added."
    ex = extract_text(text)
    assert quote_with(ex, "We will win").speaker.name == "Lee"
    assert quote_with(ex, "Nobody can stop us").speaker.name == "Park"


@pytest.mark.parametrize("text", [
    '"The deal is finished" -- at least for now -- "and nobody will reopen it," said the envoy.',
    "“We have a ceasefire” — and it is holding — “so the aid convoys can move,” the envoy told reporters.",
])
def test_a_quotation_broken_by_an_aside_is_one_utterance_of_the_cue_after_it(text):
    # regression: the half before the dash had no speaker and the half after it was dropped
    doc = extract_text(text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert [s.text for s in q.sources] == ["the envoy"]
    assert q.contents[0].text.lstrip('"“').startswith(("The deal is finished", "We have a ceasefire"))
    assert q.contents[-1].text.rstrip(',"”').endswith(("reopen it", "can move"))


@pytest.mark.parametrize("text", [
    "Nora Vance took questions.\n\n“The old tariff system” (for all its faults) “kept the ports busy,” she said.",
    'Nora Vance took questions.\n\n"The old tariff system" (whatever its flaws) "kept the ports busy," Vance said.',
])
def test_a_quotation_broken_by_a_parenthesis_is_one_utterance_of_the_cue_after_it(text):
    # regression: the noun inside the parenthesis was taken for the cue's subject, and the half
    # after it for a fragment
    doc = extract_text(text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.speaker is not None and q.speaker.name == "Nora Vance"
    assert q.contents[0].text.lstrip('"“').startswith("The old tariff system")
    assert q.contents[-1].text.rstrip(',"”').endswith("kept the ports busy")


@pytest.mark.parametrize("text, first, second, speaker", [
    ('"The treaty must come with strict checks," the minister said, and "real penalties for any breach."',
     "The treaty must come with strict checks,", "real penalties for any breach.", "the minister"),
    ("‘We will rebuild the harbour’, Ruiz said, but ‘not before the storm season ends’.",
     "We will rebuild the harbour", "not before the storm season ends", "Ruiz"),
])
def test_a_quotation_after_the_cue_and_and_is_more_of_the_same_speakers_words(text, first, second, speaker):
    q = quote_with(extract_text(text), first)
    assert [c.text for c in q.contents] == [first, second]
    assert [s.text for s in q.sources] == [speaker]


@pytest.mark.parametrize("text, words, speaker", [
    ("The vote on the harbour plan was put off again. Councillor Mara Veld said \u201cnot yet.\u201d",
     "not yet.", "Mara Veld"),
    ("Asked whether the strike would end by Friday, union chief Ravi Osei shouted \u201cnever, ever!\u201d",
     "never, ever!", "Ravi Osei"),
])
def test_a_short_lower_case_answer_after_its_speech_verb_is_a_quote(text, words, speaker):
    # regression: a quotation of two or three words in lower case was no utterance (a capital
    # or four words were wanted) and no object of the verb in the parse ("not yet" an adverb)
    q = quote_with(extract_text(text), words)
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("When the harbour master rose to speak, councillor Nina Brandt shouted \u201cResign!\u201d and walked out.",
     "Resign!", "Nina Brandt"),
    ("Asked whether the ferry would run again, Captain Ole Varg yelled \"Never!\" and went below.",
     "Never!", "Ole Varg"),
])
def test_one_word_shouted_with_its_own_exclamation_mark_is_a_quote(text, words, speaker):
    # regression: one word was no utterance (two were wanted), and the parse read it as an
    # adverb or a name, not the verb's object
    q = quote_with(extract_text(text), words)
    assert q.kind == "direct" and q.contents[0].text == words
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_one_word_title_with_an_exclamation_mark_stays_no_quote():
    ex = extract_text("The actor Tom Berge appeared on \u201cJeopardy!\u201d last winter.")
    assert not any("Jeopardy" in c.text for q in ex.quotes for c in q.contents)


@pytest.mark.parametrize("text, words", [
    ("Critics of the mayor accused her of staging a \u201cphoto op.\u201d", "photo op"),
    ("The novelist Lena Obi wrote \u201cthe last harbour.\u201d", "last harbour"),
])
def test_a_short_scare_quote_or_title_stays_no_quote(text, words):
    ex = extract_text(text)
    assert not any(q.kind == "direct" and q.contents[0].text.startswith(words) for q in ex.quotes)


@pytest.mark.parametrize("text, speaker", [
    ("The ferry budget passed on Tuesday. Councillor Ines Varga defended the fare rise -- "
     "\u201cThe boats are older than most of their passengers.\u201d", "Ines Varga"),
    ("\u201cIt was a long night,\u201d said the clerk, Ana Pohl. Mayor Ivo Stenberg dismissed the protest "
     "\u2014 \u201cA handful of people do not make a town.\u201d", "Ivo Stenberg"),
])
def test_a_quotation_after_a_dash_ending_a_stance_clause_is_its_subjects(text, speaker):
    # regression: with no speech verb before the dash, the quotation had no cue and, with no
    # speaker before it, no speaker (or the last speaker's)
    q = quote_with(extract_text(text), "not make a town" if "Stenberg" in text else "older than most")
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "The hall emptied at noon. Nils Arvid left the room -- \u201cThe boats are older than most of their passengers.\u201d",
    "The hall emptied at noon. When Nils Arvid defended the fare rise -- \u201cThe boats are older than most of them.\u201d",
])
def test_a_dash_after_narration_or_a_when_clause_names_no_speaker(text):
    q = quote_with(extract_text(text), "older than most")
    assert q.speaker is None or q.speaker.name != "Nils Arvid"


@pytest.mark.parametrize("text", [
    "Prime Minister Lotte Brask met the fishermen in Esbjerg on Friday. The prime minister: "
    "\u2018We will not trade away the quotas.\u2019",
    "Prime Minister Lotte Brask met the fishermen in Esbjerg on Friday.\n\nThe minister: "
    "\u201cWe will not trade away the quotas.\u201d",
])
def test_a_role_alone_before_a_colon_speaks_as_the_person_it_describes(text):
    # regression: "The president: ‘…’" got no source, though "The president said: ‘…’" got one
    q = quote_with(extract_text(text), "trade away the quotas")
    assert q.sources and q.speaker is not None and q.speaker.name == "Lotte Brask"


def test_a_thing_before_a_colon_is_no_speaker():
    text = "Prime Minister Lotte Brask met the fishermen on Friday. The problem: \u201cWe will not trade away the quotas.\u201d"
    q = quote_with(extract_text(text), "trade away the quotas")
    assert not q.sources or q.sources[0].text != "The problem"


@pytest.mark.parametrize("text, source", [
    ("The rally ran late. When Dana Holt finally wrapped up — “We will rebuild this town together!” — the balloons "
     "cascaded down.", "Dana Holt"),
    ("The hall was packed. As she began — “Friends, this is our night!” — the crowd rose to its feet.", "she"),
])
def test_a_dashed_aside_after_the_end_or_start_of_a_speech_is_that_speech(text, source):
    # regression: "When X finally wrapped up — “…!” — the balloons …" left the quotation with no speaker
    q = quote_with(extract_text(text), "!")
    assert [s.text for s in q.sources] == [source]


def test_a_dashed_aside_after_a_verb_with_an_object_is_not_a_speech_ended():
    text = "The rally ran late. When the band finished its set — “We will rebuild this town together!” — the balloons fell."
    q = quote_with(extract_text(text), "rebuild this town")
    assert not q.sources


@pytest.mark.parametrize("text", [
    "Councillor Ivo Marsh mocked the budget online. Lind fired back: “As the one who wrote it,” she "
    "wrote, “I know every cut in it. You only read the summary!”",
    "Councillor Ivo Marsh mocked the budget online. Lind responded: “Read the whole plan first,” she added.",
])
def test_a_speech_verb_before_a_colon_names_the_source_the_pronoun_after_goes_on_with(text):
    # regression: "X fired back: “…,” he wrote, “…”" gave the quotation the source "he", not X
    q = quote_with(extract_text(text), "the whole plan" if "Read" in text else "every cut")
    assert [s.text for s in q.sources] == ["Lind", "she"]


def test_a_name_beside_a_role_before_a_colon_is_the_source_the_pronoun_goes_on_with():
    # regression: "Her aide, Tom Bell, shot back: “…,” he said" gave "he" no one: the subject
    # before the colon was the role, the name only set beside it
    text = "Senator Vera Holm skipped the hearing. Her deputy, Pavel Kross, hit back: “Nobody sent us the file,” he said."
    q = quote_with(extract_text(text), "Nobody sent us")
    assert [s.text for s in q.sources] == ["Pavel Kross", "he"] and q.speaker.name == "Pavel Kross"


def test_a_colon_after_a_mood_leaves_the_pronoun_cue_its_source():
    text = "Tessa Lind read the memo twice. Lind seemed annoyed: “Read the whole plan first,” she said."
    q = quote_with(extract_text(text), "the whole plan")
    assert [s.text for s in q.sources] == ["she"]


@pytest.mark.parametrize("text", [
    "Ana Ruiz watched the vote from the gallery. All she could do was shout “Resign!”",
    "Ana Ruiz watched the vote from the gallery. What she did was shout “Resign!”",
])
def test_one_word_shouted_in_a_pseudo_cleft_is_the_doers_words(text):
    # regression: "all she could do was shout “…!”" with one word gave no quotation at all
    q = quote_with(extract_text(text), "Resign")
    assert [s.text for s in q.sources] == ["she"] and q.speaker.name == "Ana Ruiz"
