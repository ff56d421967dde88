"""Addressees: every quote whose text names its audience gets it (sentences invented)."""

from __future__ import annotations

import pytest

from conftest import quote_of
from quotegraph import build_graph, extract_text


@pytest.mark.parametrize("text, words, audience", [
    # the cue's own object or "to" phrase
    ("\u201cWe will not give up the harbour,\u201d Minister Jon Hale told delegates at the summit in Tromso.",
     "harbour", "delegates"),
    ("Lars Ekberg said to reporters that the budget was far too small.", "budget", "reporters"),
    ("Lars Ekberg wrote to Finance Minister Ada Voss that the budget was far too small.", "budget", "Ada Voss"),
    ("Lars Ekberg urged the city's government to freeze the accounts of the shipping firms.", "freeze",
     "city's government"),
    ("Lars Ekberg asked the council to delay the vote until spring.", "delay the vote", "council"),
    ("Foreign Minister Petra Lind urged Nordic countries to share the cost of the patrols.", "share the cost",
     "Nordic countries"),
    # a press event told
    ("\u201cThe offer is final,\u201d Deputy Minister Ivan Petrov told a Moscow news briefing on Monday.",
     "offer is final", "reporters"),
    # the setting around the cue
    ("\u201cThe talks were hard,\u201d Premier Lars Ekberg said, speaking to reporters on Friday.",
     "talks were hard", "reporters"),
    ("In an interview with the Daily Courier, Premier Lars Ekberg said the deal was dead.", "deal was dead",
     "Daily Courier"),
    ("In an email interview with the Northern Sentinel, Lars Ekberg said: \u201cWe are ready to sign today.\u201d",
     "ready to sign", "Northern Sentinel"),
    ("At a news conference in Oslo, Lars Ekberg said the talks had failed.", "talks had failed", "reporters"),
    ("In a letter to Prime Minister Ada Voss, Lars Ekberg wrote that the plan would ruin the fishermen.",
     "ruin the fishermen", "Ada Voss"),
    ("Addressing a seminar in Bergen, Lars Ekberg said the border would stay open.", "border would stay",
     "seminar"),
    ("In a meeting with Foreign Minister Ada Voss, Lars Ekberg said the border would stay open.",
     "border would stay", "Ada Voss"),
])
def test_the_audience_the_text_names(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_a_quote_in_the_next_sentence_of_an_interview_keeps_its_audience():
    text = ("In an interview with the Harbour Gazette on Tuesday, Mayor Ines Berg said the port would reopen. "
            "\u201cWe owe it to the fishermen,\u201d she said.")
    q = quote_of(text, "owe it to the fishermen")
    assert q.addressee is not None and q.addressee.name == "Harbour Gazette"


def test_an_outlet_told_is_addressee_and_outlet():
    text = "The talks have stalled, Lars Ekberg told Reuters. \u201cNobody wants to move first,\u201d he said."
    for words in ("talks have stalled", "move first"):
        q = quote_of(text, words)
        assert q.addressee is not None and q.addressee.name == "Reuters"
        assert q.reported_by is not None and q.reported_by.id == q.addressee.id


def test_a_person_told_is_not_carried_to_the_next_quote():
    text = ("Lars Ekberg told Ada Voss that the offer was generous. "
            "\u201cThe fleet will sail on Monday,\u201d Ekberg said later.")
    assert quote_of(text, "offer was generous").addressee.name == "Ada Voss"
    assert quote_of(text, "fleet will sail").addressee is None


def test_no_audience_where_none_is_named():
    for text, words in [
        ("Lars Ekberg said the plan would ruin the fishermen.", "ruin the fishermen"),
        ("Lars Ekberg urged restraint after the clashes at the border crossing.", "restraint"),
        ("Lars Ekberg objected to the plan, saying it would ruin the fishermen.", "ruin the fishermen"),
    ]:
        for q in extract_text(text).quotes:
            assert q.addressee is None, (text, q.text, q.addressee)


def test_addressee_is_an_edge_of_the_graph():
    ex = extract_text("At a press conference in Riga, Foreign Minister Anna Ozola said the border would stay open.")
    G = build_graph([ex])
    targets = [G.nodes[v]["name"] for _, v, d in G.edges(data=True) if d.get("type") == "ADDRESSED_TO"]
    assert targets == ["reporters"]


@pytest.mark.parametrize("text, words, audience", [
    # the people counted: "hundreds of supporters"
    ("\u201cWe will win this town,\u201d Mayor Ines Berg told hundreds of cheering supporters in Akron.",
     "win this town", "supporters"),
    # a channel's "to" phrase, whatever it names
    ("The budget is \u201ca disgrace,\u201d Mayor Lena Ross said in a video message to the convention.",
     "disgrace", "convention"),
    # someone's people after a verb of speaking
    ("Dan Holt wrote to his 20,000 Twitter followers, \u201cIt\u2019s time to end this.\u201d", "time to end",
     "followers"),
    # "them": the people just addressed
    ("Lena Ross emailed supporters on Monday evening, telling them, \u201cI am proud of this city.\u201d",
     "proud of this city", "supporters"),
    # "told the BBC Iran was ready": the outlet glued to the clause's subject
    ("Foreign Minister Ali Karimi arrived on Sunday. On Sunday, he told the BBC Peru was ready to sign the deal.",
     "ready to sign", "BBC"),
])
def test_the_audience_in_more_forms(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_the_setting_of_the_sentence_before_is_the_next_quotes():
    text = ("Lena Ross, speaking at a joint news conference with Finance Minister Dan Holt, stressed this point. "
            "\u201cThe result should not be a rise in spending,\u201d she said.")
    q = quote_of(text, "rise in spending")
    assert q.addressee is not None and q.addressee.name == "reporters"


def test_no_setting_carried_from_a_sentence_about_someone_else():
    for text, words in [
        ("Lena Ross visited the harbour on Tuesday. \u201cI hope it is just a tactic,\u201d she said.", "tactic"),
        ("Lena Ross, speaking at a news conference, stressed this point. Dan Holt disagreed. "
         "\u201cIt is a tactic,\u201d Holt said.", "It is a tactic"),
        ("Lena Ross said to cheers, \u201cWe will win.\u201d", "We will win"),
    ]:
        assert quote_of(text, words).addressee is None, text


@pytest.mark.parametrize("text, words, outlet", [
    # outlets the model may read as an organisation or a person: the shape of the name and the
    # grammar (told, interviewed) make them outlets, not a list of names
    ("\u201cThe ferry will not run this winter,\u201d Governor Ada Voss told KTV on Sunday.", "ferry will not",
     "KTV"),
    ("\u201cThe ferry will not run this winter,\u201d Governor Ada Voss told the Fjord Herald.", "ferry will not",
     "Fjord Herald"),
    ("\u201cThe ferry will not run this winter,\u201d Governor Ada Voss told Newsline in a statement.",
     "ferry will not", "Newsline"),
    ("In an interview with the Lofoten Tribune, Governor Ada Voss said the ferry would not run.",
     "ferry would not", "Lofoten Tribune"),
    ("\u201cThe ferry will not run this winter,\u201d Governor Ada Voss told Skylark Oslo.", "ferry will not",
     "Skylark Oslo"),
])
def test_an_outlet_by_its_shape_is_addressee_and_outlet(text, words, outlet):
    q = quote_of(text, words)
    assert q.addressee is not None and outlet in q.addressee.name, (q.addressee, q.text)
    assert q.addressee.type == "media"
    assert q.reported_by is not None and q.reported_by.id == q.addressee.id


def test_a_person_told_stays_a_person():
    q = quote_of("\u201cThe ferry will not run this winter,\u201d Governor Ada Voss told Lars Ekberg.", "ferry will not")
    assert q.addressee is not None and q.addressee.name == "Lars Ekberg"
    assert q.addressee.type == "person" and q.reported_by is None


@pytest.mark.parametrize("text, words, audience", [
    # "called on X to": an appeal, as "urged X to"
    ("Mayor Ines Berg called on the harbour board to delay the vote.", "delay the vote", "harbour board"),
    # a common noun named by its outlet
    ("Mayor Ines Berg told the Fjord Herald newspaper that the port would reopen.", "port would reopen",
     "Fjord Herald"),
    # "told KTV's Ole Brun" parsed as two objects: the person was told
    ("\u201cThe port will reopen,\u201d Mayor Ines Berg told KTV\u2019s Ole Brun.", "port will reopen", "Ole Brun"),
    # an answer goes to the one who asked
    ("When asked by reporters whether the port would reopen, Mayor Ines Berg said it would.", "it would",
     "reporters"),
    ("Reporter Tom Hale asked Mayor Ines Berg whether the port would reopen. \u201cIt will, in May,\u201d she said.",
     "in May", "Tom Hale"),
])
def test_the_audience_in_appeals_outlets_and_answers(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


@pytest.mark.parametrize("text, words, audience", [
    # a title with the name in apposition: the person named
    ("Mayor Ines Berg told talk show host Ole Brun on Monday that the port would reopen.", "port would reopen",
     "Ole Brun"),
    # a question and its answer by two speakers
    ("Senator Ann Pike spoke to the host on Monday. \u201cWill you run again?\u201d Gloria Hale asked. "
     "\u201cI will, yes,\u201d the senator said.", "I will, yes", "Gloria Hale"),
])
def test_the_audience_by_title_and_in_questions(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_a_date_is_no_interviewer():
    q = quote_of("\u201cThe port will reopen,\u201d Ines Berg said in a telephone interview on Wednesday.", "port will")
    assert q.addressee is None, q.addressee


@pytest.mark.parametrize("text, words, audience", [
    # on air: the outlet, or the owner of the programme
    ("Mayor Ines Berg said on KTV News that the port would reopen.", "port would reopen", "KTV News"),
    ("\u201cThe port will reopen,\u201d Mayor Ines Berg said on CNN\u2019s \u201cMorning Hour.\u201d", "port will reopen",
     "CNN"),
    # interviewed by an outlet
    ("Mayor Ines Berg, interviewed by the BBC, said the port would reopen.", "port would reopen", "BBC"),
    # "the newspaper": the outlet named just before
    ("Mayor Ines Berg spoke to the Fjord Herald on Monday. She told the newspaper that the port would reopen.",
     "port would reopen", "Fjord Herald"),
])
def test_the_audience_on_air_and_in_interviews(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_said_on_a_platform_or_a_day_names_no_audience():
    for text, words in [("Mayor Ines Berg said on Twitter that the port would reopen.", "port would reopen"),
                        ("Mayor Ines Berg said on Monday that the port would reopen.", "port would reopen")]:
        q = quote_of(text, words)
        assert q.addressee is None, (text, q.addressee)


@pytest.mark.parametrize("text, words, audience", [
    # "called on" read as a verb with a particle
    ("Senator Ola Berg has called on coastal mayors to add penalties for dumping waste.", "add penalties",
     "coastal mayors"),
    # a passive of telling: the subject was told, the agent spoke
    ("Mayor Tom Reed was told by the governor that the bridge would close in May.", "bridge would close",
     "Tom Reed"),
    # a participle with no subject of its own: the clause's subject was warned
    ("The coast guard stopped the trawler after being warned by the Danish government that the captain was armed.",
     "captain was armed", "coast guard"),
    # a cue that hangs on a verb of telling has its audience
    ("The ruling will fall to Judge Ada Voss, who told the senate when asked last month about the case: "
     "\u201cThe matter is in the hands of the prosecutors.\u201d", "hands of the prosecutors", "senate"),
    # a question-and-answer session with reporters
    ("\u201cIt is a sad day,\u201d Voss said at a short question-and-answer session with reporters in Oslo.",
     "sad day", "reporters"),
    # him/her told in a participle clause: the one the clause's verb has just reached
    ("Mayor Ines Berg phoned her counterpart on Monday. Two senators sent the report to the U.S. attorney, "
     "asking him to open an inquiry into the port.", "open an inquiry", "attorney"),
])
def test_the_audience_of_passives_relatives_and_participles(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_the_speaker_of_a_passive_of_telling_is_the_agent():
    q = quote_of("Mayor Tom Reed was told by Governor Ada Voss that the bridge would close in May.", "bridge would close")
    assert q.speaker is not None and q.speaker.name == "Ada Voss"
    assert q.addressee is not None and q.addressee.name == "Tom Reed"


def test_a_person_interviewed_is_the_audience_of_the_next_quote():
    text = ("\u201cShe is clearly experienced,\u201d campaign manager Jon Weber said on Monday in an interview "
            "with Karen Holt of the Fjord Herald.\n\n\u201cBut a record is not enough at the end of the day,\u201d "
            "he continued.")
    q = quote_of(text, "not enough")
    assert q.addressee is not None and q.addressee.name == "Karen Holt", q.addressee
    text += "\n\n\u201cYou learn more in the interview than on paper,\u201d he added."
    q = quote_of(text, "learn more")
    assert q.addressee is not None and q.addressee.name == "Karen Holt", q.addressee


def test_a_pronoun_told_is_the_nearest_person_of_its_gender_not_the_last_speaker():
    text = ("\u201cThe port is safe,\u201d harbour master Lars Eng said on Sunday.\n\n"
            "Mayor Anna Lind met Governor Tom Hale on Monday. She told him that the port would close.")
    q = quote_of(text, "port would close")
    assert q.speaker is not None and q.speaker.name == "Anna Lind"
    assert q.addressee is not None and q.addressee.name == "Tom Hale", q.addressee
    text = "Governor Tom Hale met Mayor Anna Lind on Monday. He told her that the port would close."
    q = quote_of(text, "port would close")
    assert q.addressee is not None and q.addressee.name == "Anna Lind", q.addressee


@pytest.mark.parametrize("text, words", [
    # a relative clause about the speaker is no setting of the quote
    ("\u201cNobody likes this,\u201d said Senator Jon Hale, who has spoken privately to a dozen other senators.",
     "Nobody likes"),
    # the verb a participle hangs on is no verb of telling
    ("Ines Berg returned the favour to Tom Hale, saying his plan would ruin the port.", "ruin the port"),
    # a quote after an appeal is about the one appealed to, not to them
    ("Tom Hale called on Judge Ada Voss to resign and said, \u201cHer mind is gone.\u201d", "mind is gone"),
    # "calling him X" names him, it does not address him
    ("Ines Berg attacked Tom Hale, calling him a \u201ctrain wreck\u201d and a fraud.", "train wreck"),
    # him told in a participle clause is a person, not a thing before it
    ("Tom Hale scolded his brother for wasting his time, telling him to come home.", "come home"),
])
def test_no_audience_from_clauses_around_the_cue(text, words):
    q = quote_of(text, words)
    assert q.addressee is None or q.addressee.name in ("brother", "his brother"), (q.addressee, q.text)


@pytest.mark.parametrize("text, words", [
    # regression: a meeting or a call the speaker talks about made its other side the audience
    ("\u201cMy meeting with Chancellor Ida Brandt was productive,\u201d President Paul Mercer said.", "productive"),
    ("\u201cWe had a very good call with Prime Minister Ida Brandt,\u201d Paul Mercer said.", "good call"),
    ("Paul Mercer said his talks with Ida Brandt had gone well.", "gone well"),
])
def test_a_meeting_in_the_words_said_is_not_their_audience(text, words):
    assert quote_of(text, words).addressee is None


@pytest.mark.parametrize("text, words", [
    # a meeting told in an indirect report before its cue is what is told, not where
    ("Ruiz held a long meeting with Foreign Minister Ida Brandt on Friday, a Chilean official said.",
     "long meeting"),
    ("Paul Mercer said he had a long phone call with Prime Minister Ida Brandt.", "long phone call"),
])
def test_a_meeting_in_an_indirect_report_is_not_its_audience(text, words):
    assert quote_of(text, words).addressee is None


def test_an_interview_after_the_reported_clause_is_its_setting():
    q = quote_of("Foreign Minister Selim Aydin said the border would stay open in an interview with Reuters.",
                 "border would stay open")
    assert q.addressee is not None and q.addressee.name == "Reuters"


@pytest.mark.parametrize("text, words, audience", [
    ("Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Haddad in Lima on Monday. "
     "Ruiz told her Peruvian counterpart that the border would reopen.", "border would reopen", "Tomas Haddad"),
    ("Norwegian Foreign Minister Ola Berg visited Nairobi this week. There, Kenyan President Daniel Mwangi "
     "told the Norwegian minister that the corridor was safe.", "corridor was safe", "Ola Berg"),
])
def test_an_official_described_by_post_and_country_is_the_one_named(text, words, audience):
    assert quote_of(text, words).addressee.name == audience


def test_an_outlet_named_by_its_head_noun_is_addressee_and_outlet():
    q = quote_of("Rebel leader Yusuf Qadri told Al-Ahram newspaper that the talks were serious.", "talks were serious")
    assert q.addressee is not None and q.reported_by is not None and q.reported_by.id == q.addressee.id
    q = quote_of("Maria Lopez told a local newspaper that the port was closed.", "port was closed")
    assert q.reported_by is None


def test_words_quoted_from_a_letter_go_to_its_addressee():
    text = ("Senator Bob Lind sent a letter to Judge Ann Moss on Monday, seeking answers about her ruling. "
            "The letter continues: \u201cPlease explain your reading of the law.\u201d")
    assert quote_of(text, "Please explain").addressee.name == "Ann Moss"


def test_a_letter_someone_else_sent_is_not_the_writers_audience():
    text = ("Ann Ruiz sent a letter to Governor Carl Moss on Monday. Tom Baker, the mayor, disagreed with her. "
            "\u201cThis is a mistake,\u201d Baker wrote.")
    assert quote_of(text, "a mistake").addressee is None
    text = "Ann Ruiz sent a letter to Governor Carl Moss on Monday. \u201cThis is a mistake,\u201d she wrote."
    assert quote_of(text, "a mistake").addressee.name == "Carl Moss"


def test_writing_elsewhere_after_a_letter_has_no_audience():
    text = ("Senator Bob Lind sent a letter to Judge Ann Moss on Monday. Lind wrote on Twitter that the fight "
            "would go on. \u201cWe will win,\u201d Lind wrote.")
    assert quote_of(text, "We will win").addressee is None


@pytest.mark.parametrize("text, words, audience", [
    # (verbs) "on CNN" under a time, and after any cue with a clause
    ("\u201cIt is a disgrace. A total disgrace,\u201d Ole Brekke, a former aide to the governor, said just after "
     "midnight on CNN.", "total disgrace", "CNN"),
    ("Finance Minister Ada Voss insisted on CNN that \u201cthe budget is balanced and the deficit is gone.\u201d",
     "deficit is gone", "CNN"),
    # (verbs) the pronoun of a passive clause of telling is its verb's subject
    ("Senator Lena Fosse wrote to the board last week. A clerk for the ferry company deleted the files, even "
     "though he had been asked to keep them by the harbour board.", "keep them", "clerk"),
    # (settings) a meal with reporters is a meeting; the next answer goes on there
    ("Ada Voss, who has met the mayor twice, arrived at a breakfast with reporters and acknowledged that the "
     "budget had \u201ca small hole.\u201d", "small hole", "reporters"),
    ("Ada Voss arrived at a breakfast with reporters and acknowledged that the budget had \u201ca small hole.\u201d "
     "Asked whether she would resign, Voss said, \u201cNo.\u201d", "No.", "reporters"),
    # (settings) the one who asked, by "asked by" on the quoted words or by an active "X asked Y whether"
    ("Asked by radio host Jens Lunde whether she had read the report, she said, \u201cI read it twice.\u201d",
     "read it twice", "Jens Lunde"),
    ("After talk show host Jens Lunde asked the senator whom he expected to win, Brekke replied, \u201cI would "
     "bet on Voss.\u201d", "bet on Voss", "Jens Lunde"),
    ("When asked by a host if the strike had hurt the port, Brekke said, \u201cI have not heard that claim.\u201d",
     "not heard that claim", "host"),
    # (audience) a programme named by its title in doubled single quotes, or by "the MSNBC show"
    ("Ada Voss said on ''The Evening Hour With Jon Dale'' last month that the port would reopen.",
     "port would reopen", "Evening Hour"),
    ("Ada Voss said on the MSNBC show ''Morning Joe'' that the port would reopen.", "port would reopen", "MSNBC"),
    # (settings) the person turned to
    ("Turning to Governor Ines Hale, Senator Ole Berg said, \u201cYou closed the port.\u201d", "closed the port",
     "Ines Hale"),
    # (settings) the crowd the speaker looked out at
    ("\u201cWe will win this seat,\u201d Fosse said, looking out at hundreds of farmers who had come to the square.",
     "win this seat", "farmers"),
    # (settings, verbs) on air and before a committee
    ("Senator Ada Voss said in an appearance on CNN that the budget would pass.", "budget would pass", "CNN"),
    ("Ole Brekke, appearing on MSNBC on Sunday morning, said the ferries would stay.", "ferries would stay",
     "MSNBC"),
    ("Harbour chief Ole Brekke testified before the House Oversight Committee that the ferries were safe.",
     "ferries were safe", "House Oversight Committee"),
    ("In testimony before the Senate Judiciary Committee, Ole Brekke said the ferries were safe.",
     "ferries were safe", "Senate Judiciary Committee"),
    # (audience) a programme by its quoted title
    ("\u201cThe deal is dead,\u201d Senator Ada Voss said on \u201cFace the Nation.\u201d", "deal is dead",
     "Face the Nation"),
    ("\u201cThe deal is dead,\u201d Senator Ada Voss said in an interview on \u201cMeet the Press.\u201d",
     "deal is dead", "Meet the Press"),
    # (audience) "them": the pair just reached
    ("A senior aide said the plan was ready. The ministry reached out to Ola Berg and Kari Moe, asking them to "
     "write a report on the strike.", "write a report", "Ola Berg"),
])
def test_the_audience_in_settings_of_news(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_a_letter_sent_to_someones_office_speaks_to_them():
    # (sequence) "the letter was sent to X's office … The letter warned that …"
    text = ("A letter, stamped in Bergen, was sent to Mayor Ines Berg's office on Monday. The letter warned that "
            "the harbour would be blocked if the fees rose.")
    q = quote_of(text, "harbour would be blocked")
    assert q.addressee is not None and q.addressee.name == "Ines Berg"


def test_a_court_filing_goes_on_to_the_court():
    # (sequence) "told the court in their filing. “…,” they wrote": the filing goes on
    text = ("The farmers told the court in their filing that the dam had ruined their fields. "
            "\u201cThe river is gone,\u201d they wrote.")
    q = quote_of(text, "river is gone")
    assert q.addressee is not None and "court" in q.addressee.name


def test_no_audience_in_what_is_told_or_reported():
    for text, words in [
        # "told a story/joke": the words told, no one told
        ("In Hamar on Sunday, Senator Lena Fosse told a story about her late father. \u201cHe never missed a "
         "vote,\u201d she said.", "missed a vote"),
        # an interview inside another speaker's words is no setting of this telling
        ("The union has filed a complaint, and Voss explained that the miners were only referring to their "
         "interviews with the police, but she also insisted that the mine was safe.", "mine was safe"),
        ("Several analysts have pointed out that Hale said only that his statements in a closed-door police "
         "interview were accurate.", "closed-door"),
        ("In his stump speech, Lars Ekberg tells one joke about the prime minister. The premier, he said, "
         "\u201ccounts the fish twice.\u201d", "fish twice"),
        # "told me X": the second object is what was told
        ("Harbour chief Ole Brekke told me photo evidence of the crash breaks the union's rules.", "union's rules"),
        # a quoted phrase after "on" that is no title
        ("Senator Ada Voss said on \u201cthe whole, it went well.\u201d", "went well"),
        ("Ole Brekke said that his appearance on CNN had been a mistake.", "been a mistake"),
        ("When asked by phone whether the port was safe, Brekke said it was safe.", "it was safe"),
        # turning to a subject or a country is no audience
        ("Turning to the economy, Senator Ole Berg said the port would reopen.", "port would reopen"),
        ("Turning to Norway, Senator Ole Berg said the port would reopen.", "port would reopen"),
        # looking at a place or at things is no audience
        ("\u201cWe will win this seat,\u201d Fosse said, looking at China.", "win this seat"),
        ("Looking at the figures, Fosse said the budget was too small.", "too small"),
    ]:
        q = quote_of(text, words)
        assert q.addressee is None, (text, q.text, q.addressee)


@pytest.mark.parametrize("text, words, audience", [
    # (settings) the people at a rally, a town hall, a forum or a fundraiser
    ("At a rally in Kumasi on Saturday, opposition leader Kofi Mensah promised to cut the fuel levy.",
     "cut the fuel levy", "rally"),
    ("Senator Rhys Parry attacked the judge during a campaign rally in Cardiff, calling him \u201ca disgrace.\u201d",
     "a disgrace", "campaign rally"),
    ("\u201cWe will win this valley,\u201d Carla Mendes said at a fundraiser in Porto on Tuesday.",
     "win this valley", "fundraiser"),
    ("Speaking at a town hall in Leeds, the health minister said the maternity ward would stay open.",
     "ward would stay open", "town hall"),
    # (settings) a body spoken before
    ("During an appearance before the Chamber of Mines in Perth, Premier Tomas Hale said the levy would go.",
     "levy would go", "Chamber of Mines"),
    # (verbs) an outlet on air put before the cue
    ("On CNN's \u201cState of the Union,\u201d Senator Mark Tulley said the treaty was dead.", "treaty was dead",
     "CNN"),
    # (settings) an appearance the parser hangs inside the question asked there
    ("Asked why he had skipped the miners' funeral during an appearance on \u201cBreakfast Hour,\u201d Premier "
     "Tomas Hale said he had been abroad.", "been abroad", "Breakfast Hour"),
    # (audience) "the newspaper" told after an outlet described since the last one named
    ("Sheikh Omar Haddad spoke to Reuters in May. A Jordanian newspaper this week published an interview with "
     "him. \u201cThe region needs calm,\u201d Haddad told the newspaper.", "region needs calm", "Jordanian newspaper"),
])
def test_the_audience_of_gatherings_and_programmes(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


@pytest.mark.parametrize("text, words, audience", [
    # (sequence) a sentence that puts the speaker in another setting ends the interview before it
    ("Governor Tomas Hale told Reuters that the mine would reopen. \u201cIt is a matter of months,\u201d Hale "
     "said.\n\nHale repeated the pledge at a town hall in Broome on Monday. \u201cNobody here wants the mine "
     "shut,\u201d he said.", "Nobody here wants", "town hall"),
    ("In an interview with Reuters, Premier Tomas Hale criticised the pipeline. \u201cIt is a gift to the oil "
     "firms,\u201d Hale said.\n\nHale struggled to win over the room during an appearance before the Chamber of "
     "Mines in Perth. He said the state would pay its own way.", "pay its own way", "Chamber of Mines"),
])
def test_a_new_setting_in_the_sentence_before_takes_over(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_the_people_appealed_to_are_not_the_audience_of_the_next_quote():
    # (sequence) "called on Croats to stay calm. “…,” she said": the appeal's audience stays with it
    text = "Prime Minister Iva Novak called on Croats to stay calm. \u201cThe worst is over,\u201d Novak said."
    assert quote_of(text, "stay calm").addressee.name == "Croats"
    assert quote_of(text, "worst is over").addressee is None


@pytest.mark.parametrize("text, words, audience", [
    # (sequence) "wrote in the letter": the letter of a "wrote to X" just before
    ("Prime Minister Kittisak Wongsawat wrote to Finance Minister Arthit Boonma last week asking for an emergency "
     "budget. \u201cThe floods have ruined the harvest in six provinces,\u201d Wongsawat wrote in the letter.",
     "ruined the harvest", "Arthit Boonma"),
    # (settings) an outlet on air put before any cue
    ("On Sky News, opposition leader Maeve Kinsella dismissed the budget as \u201ca list of broken promises.\u201d",
     "broken promises", "Sky News"),
])
def test_the_audience_of_letters_referred_back_and_outlets_on_air(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


@pytest.mark.parametrize("text, words, audience", [
    # (sequence) a reply goes to the one who wrote to the speaker just before
    ("Maria Costa, a teacher, wrote to Education Minister Paulo Neves in May. He replied that the schools would "
     "reopen in June.", "schools would reopen", "Maria Costa"),
    # (settings) a legislature spoken in
    ("Speaking in parliament, Prime Minister Jana Horak said the pension bill would pass.", "bill would pass",
     "parliament"),
])
def test_the_audience_of_replies_and_chambers(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_a_reply_after_no_address_and_speaking_in_a_place_have_no_audience():
    for text, words in [
        ("Mayor Ola Lee met the miners in May. He replied that the mine would stay open.", "stay open"),
        ("Speaking in Paris, Chancellor Erik Brandt said the army needed more money.", "more money"),
    ]:
        assert quote_of(text, words).addressee is None, text


def test_a_quote_with_no_cue_after_anothers_sentence_is_read():
    # (sequence) a quote run on with no cue of its own after a sentence about someone else
    text = ("\u201cThe schools are closed,\u201d Mayor Ola Lee said on Monday.\n\n"
            "Governor Ann Moss wrote to him in May.\n\n"
            "\u201cNobody came to fix the roofs.\u201d")
    assert extract_text(text).quotes


def test_what_a_quote_is_likened_to_is_no_audience():
    # regression: "likened it to historic campaigns …" made the campaigns the addressee
    doc = extract_text("Mayor Ana Ruiz likened the vote to the old campaigns where citizens had to "
                       "\u201cstand up and be counted.\u201d")
    q = next(q for q in doc.quotes if "stand up" in q.contents[0].text)
    assert q.addressee is None


def test_a_gathering_is_named_with_all_its_modifiers():
    # regression: "a town hall meeting" was named "hall meeting"
    doc = extract_text("Senator Ana Ruiz, during a town hall meeting in Dover, said she would vote against the bill.")
    q = next(q for q in doc.quotes if "vote against" in q.contents[0].text)
    assert q.addressee is not None and q.addressee.name == "town hall meeting", q.addressee


def test_many_past_interviews_are_no_setting_of_the_words():
    # regression: "after multiple interviews with the State Department" made the department the
    # audience of what the man recalled next
    doc = extract_text("Omar Haddad, 33, came to the city from Iraq in 2011 after multiple interviews with the "
                       "U.S. State Department over three years. Haddad recalled how all he saw at first was a dark "
                       "highway lined with trees.")
    q = next(q for q in doc.quotes if "dark highway" in q.contents[0].text)
    assert q.addressee is None, q.addressee


def test_an_outlet_attacked_after_the_verb_is_no_audience():
    # regression: "unloaded on the Globe during a breakfast" made the newspaper the audience
    # (an outlet the words went out on stands before the verb or after its object)
    text = ("Senator Ana Ruiz unloaded on the New York Times during a breakfast in Concord. "
            "\u201cTheir editors were wrong about the war,\u201d she said.")
    q = quote_of(text, "wrong about the war")
    assert q.addressee is None or "Times" not in q.addressee.name, q.addressee


def test_a_cue_that_places_its_words_keeps_no_earlier_setting():
    # regression: "said at the opening session of the talks" was given the forum of the sentence before
    text = ("Minister Lars Moen raised those worries on Sunday at a university forum in Oslo. \u201cPrices are "
            "far too low,\u201d Mr. Moen said at the opening session of the trade talks. \u201cThe mills must "
            "close,\u201d Mr. Moen said.")
    for words in ("far too low", "mills must close"):
        q = quote_of(text, words)
        assert q.addressee is None or "forum" not in q.addressee.name, (words, q.addressee)


def test_words_after_an_appeal_in_a_message_go_to_its_readers():
    # regression: the appeal rule dropped the readers of the message the words were in
    text = ("Senator Ana Ruiz sent a text message to her backers in Denver, asking them not to hold protests "
            "inside the arena.\n\n\u201cI ask you as a favour to me to stay calm on the floor,\u201d Ruiz said.")
    q = quote_of(text, "stay calm on the floor")
    assert q.addressee is not None and "backers" in q.addressee.name, q.addressee


def test_an_outlet_gone_on_is_the_audience_of_the_words_after():
    # (an "on" after the verb: only a verb of going on air, not "unloaded on the Times")
    text = ("Senator Ana Ruiz went on CNN to defend her budget.\n\nShe praised her staff but said, "
            "\u201cWe need people who can get things done.\u201d")
    q = quote_of(text, "get things done")
    assert q.addressee is not None and q.addressee.name == "CNN", q.addressee


def test_at_one_point_places_no_words():
    # regression: "At one point, X said …" read as a new setting and lost the fundraiser told just before
    text = ("Senator Ana Ruiz told the crowd at her fundraiser in Dover that the race was close.\n\n"
            "At one point, Ruiz said her rivals were calling \u201cevery ten minutes.\u201d")
    q = quote_of(text, "every ten minutes")
    assert q.addressee is not None, q.text


@pytest.mark.parametrize("text, words, audience", [
    # a programme's host named by the participle on it
    ("\u201cThe levy has to go,\u201d Senator Ana Ruiz said on a podcast hosted by Mark Dalton.", "levy has to go",
     "Mark Dalton"),
    ("Senator Ana Ruiz said on a radio show hosted by Mark Dalton that the levy had to go.", "levy had to go",
     "Mark Dalton"),
    # a post aimed at an account
    ("\u201cThe levy has to go,\u201d Ruiz tweeted at Governor Ben Hale on Monday.", "levy has to go", "Ben Hale"),
    # the crowd whose response the words were said to
    ("\u201cThe levy has to go,\u201d Ruiz said to applause from supporters.", "levy has to go", "supporters"),
    ("\u201cThe levy has to go,\u201d Ruiz said to a standing ovation from the delegates.", "levy has to go",
     "delegates"),
    # a gathering named by its people
    ("\u201cThe levy has to go,\u201d Ruiz said, speaking to a rally of supporters in Denver.", "levy has to go",
     "supporters"),
    # "addressing" in an aside the parser hangs on the ones addressed
    ("Lee, addressing supporters in Iowa, said the levy had to go.", "levy had to go", "supporters"),
    ("\u201cThe levy has to go,\u201d Lee, addressing supporters in Iowa, said.", "levy has to go", "supporters"),
])
def test_hosts_posts_responses_and_asides_name_the_audience(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)


def test_cheers_from_no_one_named_are_no_audience():
    q = quote_of("\u201cThe levy has to go,\u201d Ruiz said to loud cheers.", "levy has to go")
    assert q.addressee is None, q.addressee


def test_a_post_addressed_to_someones_people_goes_to_them():
    q = quote_of("\u201cWe will win this fight,\u201d Ruiz wrote in a post addressed to her followers.", "win this fight")
    assert q.addressee is not None and "followers" in q.addressee.name, q.addressee


@pytest.mark.parametrize("text, words, audience", [
    # the audience named before the words, the speaker named again after them
    ("Mayor Tom Reed weighed in as well, telling the Harbour Gazette in an interview published on Friday, "
     "\u201cThe port will reopen by summer,\u201d he said.", "port will reopen", "Harbour Gazette"),
    ("Mayor Tom Reed told the Harbour Gazette on Friday: \u201cThe port will reopen by summer,\u201d he said.",
     "port will reopen", "Harbour Gazette"),
])
def test_a_telling_before_the_words_names_their_audience(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name, (q.addressee, q.text)

