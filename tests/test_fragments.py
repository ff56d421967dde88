"""Verbatim fragments of mixed quotes: the speaker's own words told apart from the paraphrase,
through the extractor, the JSONL, the spaCy component and the graph (sentences invented)."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

import quotegraph as qg
from quotegraph.cli import main


def _only_mixed(text):
    qs = [q for q in qg.extract_text(text).quotes if q.kind == "mixed"]
    assert len(qs) == 1, [(q.kind, q.text) for q in qg.extract_text(text).quotes]
    return qs[0]


def test_one_quoted_word_in_a_paraphrase_is_the_fragment():
    text = "Foreign Minister Lena Varga said lifting the embargo would be \u201cirresponsible\u201d at this time."
    q = _only_mixed(text)
    assert [f.text for f in q.fragments] == ["irresponsible"]
    assert all(text[f.start:f.end] == f.text for f in q.fragments)


def test_two_fragments_in_one_clause_in_text_order():
    text = 'Senator Ruth Calder said the proposal was "dead on arrival" and "a waste of everyone\'s time."'
    q = _only_mixed(text)
    assert [f.text for f in q.fragments] == ["dead on arrival", "a waste of everyone's time"]


def test_fragment_of_an_object_cue():
    text = "The opposition leader, Marek Hollis, called the new tariffs \u201ca tax on every family\u201d on Sunday."
    q = next(q for q in qg.extract_text(text).quotes if q.fragments)
    assert q.kind == "mixed"
    assert [f.text for f in q.fragments] == ["a tax on every family"]


def test_direct_and_indirect_quotes_have_no_fragments():
    text = ("\u201cWe are ready to talk,\u201d Defence Minister Ilse Brandt said on Monday. "
            "Brandt also said the army would stay in its barracks.")
    qs = qg.extract_text(text).quotes
    assert {q.kind for q in qs} == {"direct", "indirect"}
    assert all(q.fragments == () for q in qs)


def test_fragments_round_trip_through_the_jsonl():
    ex = qg.extract_text("Mayor Tove Lund said the storm damage was \u201cworse than anything we have seen\u201d in years.")
    buf = io.StringIO()
    qg.write_jsonl([ex], buf)
    record = json.loads(buf.getvalue())
    mixed = [q for q in record["quotes"] if q["kind"] == "mixed"]
    assert mixed and mixed[0]["fragments"][0]["text"] == "worse than anything we have seen"
    assert all(q["fragments"] == [] for q in record["quotes"] if q["kind"] != "mixed")
    back = next(qg.read_jsonl(io.StringIO(buf.getvalue())))
    assert back.quotes == ex.quotes


def test_extract_cli_writes_fragments(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text("Ambassador Colm Reddy said the proposal was \u201ca serious step forward\u201d for both sides.\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    quotes = json.loads(out.read_text(encoding="utf-8"))["quotes"]
    assert [f["text"] for q in quotes for f in q["fragments"]] == ["a serious step forward"]


def test_graph_quote_node_carries_its_fragments_and_graphml_keeps_them(tmp_path):
    ex = qg.extract_text("Premier Ada Voss said the strike was \u201ca betrayal\u201d of the workers.")
    G = qg.build_graph([ex])
    mixed = [d for _, d in G.nodes(data=True) if d.get("kind") == "mixed"]
    assert mixed and mixed[0]["fragments"] == ["a betrayal"]
    path = tmp_path / "g.graphml"
    qg.write_graphml(G, path)
    assert "a betrayal" in path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp_with_component():
    import spacy

    import quotegraph.spacy_component  # noqa: F401  registers the factory
    from quotegraph.pipeline import default_model

    pipeline = spacy.load(default_model())
    pipeline.add_pipe("quotegraph")
    return pipeline


def test_spacy_component_sets_fragments(nlp_with_component):
    doc = nlp_with_component("Union chief Petra Kohl said the offer was \u201can insult\u201d to nurses.")
    mixed = [q for q in doc._.quotes if q.kind == "mixed"]
    assert mixed and [f.text for f in mixed[0].fragments] == ["an insult"]
    assert doc._.quotegraph.to_dict()["quotes"][0]["fragments"]


@pytest.mark.parametrize("text, fragment", [
    ("The council has repeatedly decried \u201cforeign meddling\u201d in the city's elections.", "foreign meddling"),
    ("Foreign Minister Ilse Brandt expressed concern over the \u201creckless provocations\u201d of the rebels.",
     "reckless provocations"),
    ("In his speech, Mayor Tove Lund noted \u201csteady progress\u201d on the new bridge.", "steady progress"),
])
def test_quoted_words_in_the_object_of_a_reporting_verb_are_a_mixed_quote(text, fragment):
    qs = [q for q in qg.extract_text(text).quotes if q.kind == "mixed"]
    assert [f.text for q in qs for f in q.fragments] == [fragment]


def test_an_object_without_quoted_words_is_no_quote():
    text = "The council has repeatedly decried foreign meddling in the city's elections."
    assert qg.extract_text(text).quotes == ()


def test_told_that_with_a_quoted_verb_the_tagger_reads_as_a_noun():
    text = ("In a statement, a spokesman for the port authority told Reuters on Monday that it "
            "\u201cfully complies with\u201d the new customs rules.")
    q = next(q for q in qg.extract_text(text).quotes if q.fragments)
    assert q.addressee is not None and q.addressee.name == "Reuters"
    assert [f.text for f in q.fragments] == ["fully complies with"]


@pytest.mark.parametrize("text, fragment", [
    # the quoted words in the reason or the label hung on the object
    ("Mayor Tove Lund decried the council for \u201cturning its back\u201d on the harbour workers.", "turning its back"),
    ("Senator Ruth Calder hailed the vote as \u201ca turning point\u201d for the region.", "a turning point"),
    # "called X “Y”" that the parse gives as two predicates, with no object
    ("Calder called both Lund and the harbour master \u201creckless\u201d in a long speech.", "reckless"),
])
def test_quoted_words_hung_on_the_object_of_a_reporting_verb_are_a_mixed_quote(text, fragment):
    qs = [q for q in qg.extract_text(text).quotes if q.kind == "mixed"]
    assert [f.text for q in qs for f in q.fragments] == [fragment], [(q.kind, q.text) for q in qg.extract_text(text).quotes]


@pytest.mark.parametrize("text", [
    "The rangers walked along a mountain stream called \u201cSilver Run\u201d all afternoon.",
    "Her charity, called \u201cBright Futures,\u201d will keep the land until the loan is repaid.",
])
def test_a_thing_named_in_quotation_marks_is_no_quote(text):
    assert not [q for q in qg.extract_text(text).quotes if q.kind == "mixed"], \
        [(q.kind, q.text) for q in qg.extract_text(text).quotes]


def test_a_second_coordinated_preposition_of_a_cue_is_part_of_what_was_said():
    text = "Aides criticized Mayor Lund for leaking the memo and for \u201cmisrepresenting what had happened.\u201d"
    q = next(q for q in qg.extract_text(text).quotes if q.fragments)
    assert any("leaking the memo" in c.text and "misrepresenting" in c.text for c in q.contents)
    assert [f.text for f in q.fragments] == ["misrepresenting what had happened"]


def test_a_quoted_passage_running_past_its_clause_stays_with_the_paraphrase():
    text = ('Mayor Ines Berg said the harbour plan was "a disaster. It will cost thousands of jobs '
            'and nobody wants it." The council meets on Friday.')
    q = next(q for q in qg.extract_text(text).quotes if q.fragments)
    assert q.contents[-1].text.endswith("nobody wants it.")
    assert q.speaker is not None and q.speaker.name == "Ines Berg"
    assert not any("council meets" in c.text for q in qg.extract_text(text).quotes for c in q.contents)


def test_a_passage_handing_over_to_its_own_cue_is_not_run_on():
    text = ('Dr. Ana Roffman described the strain as "unbearable. It wears you down," she said, '
            'and went back to work.')
    for q in qg.extract_text(text).quotes:
        if any("unbearable" in c.text for c in q.contents):
            assert not any("wears you down" in c.text for c in q.contents if "unbearable" in c.text)


def test_a_wholly_quoted_label_after_as_reads_with_what_it_labels():
    # what was described is said as much as the label (PolNeAR's readers mark "X as “…”" 32
    # times to 2 on 389 train articles); the label is the speaker's own words, its fragment
    text = 'Asked about the merger, Director Ilse Brandt described it as "news to me."'
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "mixed" and q.contents[0].text.startswith("it as")
    assert [f.text for f in q.fragments] == ["news to me"]


@pytest.mark.parametrize("text", [
    'Ms. Okonjo dismissed the proposal as "a fantasy."',
    'Ms. Alvarez dismissed the idea as "a fantasy."',
])
def test_a_quoted_verdict_after_as_is_never_taken_for_a_paraphrase(text):
    # whichever way the parse reads it (the object with its label, or the label alone), the
    # quoted words are the speaker's: a direct quote, or a mixed one with them as its fragment
    (q,) = qg.extract_text(text).quotes
    if q.kind == "direct":
        assert q.contents[0].text == "a fantasy."
    else:
        assert q.kind == "mixed" and [f.text for f in q.fragments] == ["a fantasy"]


def test_a_label_with_words_of_the_reporter_stays_mixed():
    text = 'Mayor Tomas Lindqvist called the plan "a gift to developers" on Monday.'
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "mixed" and [f.text for f in q.fragments] == ["a gift to developers"]


@pytest.mark.parametrize("text, fragment", [
    ('Union leader Mr. Haas termed the deal "a betrayal of every worker."', "a betrayal of every worker"),
    ('Judge Ada Moreno deemed the request "frivolous" and dismissed it.', "frivolous"),
])
def test_a_labelling_verb_with_a_quoted_object_reports_the_speakers_words(text, fragment):
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "mixed" and [f.text for f in q.fragments] == [fragment]


def test_a_labelling_verb_without_quoted_words_reports_nothing():
    assert not qg.extract_text("Governor Ada Moreno declared a state of emergency on Friday.").quotes


def test_a_paraphrase_with_a_quoted_half_before_a_split_cue_is_one_utterance():
    # 'LEAD “A,” she says, “B.”': the lead-in with the first quoted half is not lost to the
    # passage after the cue; both halves are the speaker's words, fragments of one mixed quote
    text = 'The new law means "we can finally plan ahead," she says, "but nobody knows for how long."'
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "mixed"
    assert [c.text for c in q.contents] == ['The new law means "we can finally plan ahead',
                                            "but nobody knows for how long."]
    assert [f.text for f in q.fragments] == ["we can finally plan ahead", "but nobody knows for how long"]


@pytest.mark.parametrize("text, label, speaker", [
    ('The harbour closure was what Lee called "a slow disaster."', "a slow disaster.", "Lee"),
    ('They fought in what Mayor Ana Ruiz called "hand-to-hand combat."', "hand-to-hand combat.", "Mayor Ana Ruiz"),
])
def test_a_quoted_label_after_what_someone_called_is_their_words(text, label, speaker):
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "direct" and [c.text for c in q.contents] == [label]
    assert speaker in q.sources[0].text


@pytest.mark.parametrize("text", [
    'The firm built what it called "The Open Way."',      # a name the firm gave
    'The town lies in what locals call "the Valley."',    # a place's name
    'Stumpf spoke of what critics called "fraud" and left the room.',  # one word: too little to quote
])
def test_a_name_after_what_someone_called_is_no_quote(text):
    assert not [q for q in qg.extract_text(text).quotes if q.kind == "direct"]


def test_a_quoted_label_after_referred_to_as_is_the_speakers():
    text = 'Lee referred to the new levy as "a tax on breathing," and the crowd laughed.'
    q = next(q for q in qg.extract_text(text).quotes if any("breathing" in c.text for c in q.contents))
    assert q.cue is not None and q.cue.lemma == "refer" and "Lee" in q.sources[0].text


@pytest.mark.parametrize("text", [
    "The judge referred the case to a higher court as a matter of urgency.",
    "The jobless rate is a term with a precise meaning: it refers to the share of people without "
    "work who are looking for it.",
])
def test_refer_without_a_quoted_label_reports_nothing(text):
    assert not [q for q in qg.extract_text(text).quotes if q.cue is not None and q.cue.lemma == "refer"]


@pytest.mark.parametrize("text, speaker, words", [
    # the parse reads the past tense after an aside as a participle ("a box, called …")
    ("Karl Moen, who worked under Lind for a decade, called Bergen's budget \"reckless.\"", "Karl Moen", "reckless"),
    ("Lena Ames, who chairs the board, called the new rules \u201ca mess\u201d at a meeting on Monday.",
     "Lena Ames", "a mess"),
])
def test_a_cue_after_an_aside_of_its_subject_is_the_subjects_own(text, speaker, words):
    q = next(q for q in qg.extract_text(text).quotes if any(words in c.text for c in q.contents))
    assert q.cue is not None and q.cue.lemma == "call"
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "The group, a coalition of farmers, called \u201cGreen Fields,\u201d was formed in May.",
    "Mayor Lund, a former judge, asked about the delay, said the work would go on.",
])
def test_a_participle_after_an_aside_of_a_subject_with_its_own_verb_reports_nothing(text):
    assert not [q for q in qg.extract_text(text).quotes if q.cue is not None and q.cue.lemma in ("call", "ask")]


@pytest.mark.parametrize("text, label, speaker", [
    ('The tunnel plan, which Ruiz had called a "boondoggle", was dropped in May.', 'a "boondoggle', "Ruiz"),
    ('The vote came after what Tomas Berg, the union leader, called "a betrayal of every worker."',
     "a betrayal of every worker.", "Tomas Berg"),
    # "who" for "whom", as the object of the labelling verb
    ("Lund took swipes at Karl Moen, who the mayor called \u201cthe little senator.\u201d Moen laughed.",
     "the little senator.", "mayor"),
])
def test_a_quoted_label_after_which_or_what_with_an_article_or_an_aside(text, label, speaker):
    q = next(q for q in qg.extract_text(text).quotes if any(label in c.text for c in q.contents))
    assert q.cue is not None and q.cue.lemma == "call"
    assert q.speaker is not None and q.speaker.name.endswith(speaker.split()[-1])


@pytest.mark.parametrize("text, fragment", [
    ("Mayor Ines Dahl pledged a \u201cfresh start\u201d for the harbour.", "fresh start"),
    ("Mayor Ines Dahl bemoaned the council's \u201cendless delays\u201d on the bridge.", "endless delays"),
    ("Mayor Ines Dahl mocked Karl Moen for his \u201ctiny plan\u201d at the hearing.", "tiny plan"),
    ("Mayor Ines Dahl credited the crew for \u201ca brave and calm rescue.\u201d", "a brave and calm rescue"),
])
def test_a_verb_that_reports_through_a_quoted_object_only(text, fragment):
    q = _only_mixed(text)
    assert [f.text for f in q.fragments] == [fragment] and q.speaker.name == "Ines Dahl"


@pytest.mark.parametrize("text", [
    "Mayor Ines Dahl pledged $5 million to the harbour fund.",
    "Mayor Ines Dahl mocked the idea at first.",
    "Mayor Ines Dahl credited the money to the wrong account.",
])
def test_those_verbs_without_quoted_words_report_nothing(text):
    assert not [q for q in qg.extract_text(text).quotes if q.cue is not None
                and q.cue.lemma in ("pledge", "mock", "credit")]


def test_words_quoted_under_a_labelling_verb_in_the_reason_are_the_one_it_reports():
    # the mocker quotes no one: "calling himself" reports the label as Moen's own
    text = "Mayor Ines Dahl mocked Karl Moen for calling himself the \u201cking of the harbour,\u201d noting his debts."
    quotes = [q for q in qg.extract_text(text).quotes if any("king of the harbour" in c.text for c in q.contents)]
    assert quotes and all(q.speaker is not None and q.speaker.name == "Karl Moen" for q in quotes)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Ortiz has framed herself as the \u201ccandidate of the neighborhoods.\u201d", "candidate of the neighborhoods", "Ortiz"),
    ("The mayor's campaign sees the election as a \u201creferendum on the harbor.\u201d", "referendum on the harbor",
     "campaign"),
])
def test_any_verb_setting_its_object_down_as_quoted_words_reports_them(text, fragment, speaker):
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "mixed" and [f.text for f in q.fragments] == [fragment]
    assert speaker in q.speaker.name


@pytest.mark.parametrize("text", [
    "The studio signed Dana Hill as \u201cThe Night Nurse\u201d for its new drama.",  # a title
    "The senator used the hearing as a chance to promote her bill.",  # no marks
])
def test_an_as_label_that_is_a_title_or_unquoted_reports_nothing(text):
    assert not qg.extract_text(text).quotes


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Weiss implied that the judge was \u201chostile\u201d to his client.", "hostile", "Weiss"),
    ("Ortiz thinks the ferry should be a \u201ctop priority\u201d for the council.", "top priority", "Ortiz"),
    ("A federal judge found that the agency had been \u201cgrossly negligent\u201d in the case.", "grossly negligent",
     "judge"),
])
def test_a_clause_holding_quoted_words_reports_them_whatever_the_verb(text, fragment, speaker):
    (q,) = qg.extract_text(text).quotes
    assert q.kind == "mixed" and [f.text for f in q.fragments] == [fragment]
    assert speaker in q.speaker.name


@pytest.mark.parametrize("text", [
    "It turns out the \u201cnew\u201d budget is the old one with a different cover.",  # no one's view
    "The board knows that the \u201cHarbor Line\u201d project is over budget.",  # a name in marks
])
def test_a_clause_with_a_name_in_marks_or_no_ones_view_reports_nothing(text):
    assert not qg.extract_text(text).quotes


@pytest.mark.parametrize("text, fragment", [
    # the parse reads the quoted label as a day (npadvmod), not as what "it" was declared
    ("Mendes celebrated in Austin with volunteers, declaring it \u201canother super Tuesday for our side\u201d and said "
     "the count would go on.", "another super Tuesday for our side"),
    ("Mendes celebrated in Austin with volunteers, declaring it \u201canother big Friday for the team\u201d before she "
     "left.", "another big Friday for the team"),
])
def test_a_trailing_participle_declaring_its_object_a_quoted_day_reports_the_main_subjects_words(text, fragment):
    q = next(q for q in qg.extract_text(text).quotes if q.cue.text == "declaring")
    assert q.kind == "mixed" and fragment in q.text
    assert [s.text for s in q.sources] == ["Mendes"]


def test_a_day_named_after_an_object_outside_marks_is_no_label():
    quotes = qg.extract_text("Mendes celebrated in Austin with volunteers, declaring her candidacy Tuesday.").quotes
    assert not any(q.cue.text == "declaring" for q in quotes)


def test_a_trailing_participle_charging_its_object_for_quoted_words_reports_the_main_subjects_words():
    text = ("Ortiz fired back in May, attacking Lee for \u201cthe bluster, the waste, the petty feuds\u201d of his tenure "
            "and mocking his record.")
    q = next(q for q in qg.extract_text(text).quotes if q.cue.text == "attacking")
    assert q.kind == "mixed" and "the petty feuds" in q.text
    assert [s.text for s in q.sources] == ["Ortiz"]


@pytest.mark.parametrize("text, label, speaker", [
    # a phrase after the marks says where the words were called so
    ("The reform led to what the historian Ada Brenner called \u201cthe start of a long thaw\u201d in her 1998 book.",
     "the start of a long thaw", "Ada Brenner"),
    # the marks end inside the label; a dash glosses it
    ('A third path would be what Tomas Berg called a "let the grass grow" approach - waiting for the courts.',
     'a "let the grass grow" approach', "Tomas Berg"),
    # a group's own words for what it wants ("it" is the group, not a thing named)
    ("The farmers' group seeks higher prices through what it calls \u201csensible milk pricing laws and rules.\u201d",
     "sensible milk pricing laws", "it"),
])
def test_a_quoted_label_after_what_someone_called_with_more_after_it(text, label, speaker):
    q = next(q for q in qg.extract_text(text).quotes if any(label in c.text for c in q.contents))
    assert q.cue is not None and q.cue.lemma == "call"
    assert speaker in q.sources[-1].text
    assert "waiting" not in q.text


def test_what_it_calls_inside_a_report_stays_a_fragment_of_that_report():
    # regression: "what it calls “…”" became a quote of its own and the report around it
    # ("decried “…” and …") was lost with both its fragments
    text = ("Vellmark has repeatedly decried \u201cunilateral levies\u201d and what it calls \u201clong-arm "
            "rulings\u201d by foreign courts, saying they have no basis in law.")
    frags = [f.text for q in qg.extract_text(text).quotes for f in q.fragments]
    assert "unilateral levies" in frags and "long-arm rulings" in frags


@pytest.mark.parametrize("text, speaker, fragment", [
    ('Mensah implored the opposition to "put the country first."', "Mensah", "put the country first"),
    ('The envoy pressed Tehran to "return to the table without conditions."', "envoy",
     "return to the table without conditions"),
    ('The ministry challenged critics to "show a single piece of evidence."', "ministry",
     "show a single piece of evidence"),
    ('The party leader, Maria Costa, invited voters to "judge us on our record."', "Maria Costa",
     "judge us on our record"),
    ('The finance minister, Yuki Tanaka, encouraged banks to "lend more freely."', "Yuki Tanaka", "lend more freely"),
])
def test_an_appeal_whose_infinitive_is_quoted_reports_the_appealers_words(text, speaker, fragment):
    q = _only_mixed(text)
    assert q.speaker.name == speaker
    assert [f.text for f in q.fragments] == [fragment]


def test_an_invitation_with_a_quoted_name_but_no_quoted_act_reports_nothing():
    text = 'The mayor invited the prince to dinner at the "Old Palace" hotel.'
    assert not qg.extract_text(text).quotes
