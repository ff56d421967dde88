"""Names the model cut short, made whole (graph/entities/mentions.py); sentences written for
this test."""

from ._helpers import entities


def test_a_forename_the_model_left_out_after_a_title_is_part_of_the_name(nlp):
    names, _ = entities(nlp, "Sanders now seeks the ouster of Democratic National Committee Chair Debbie "
                             "Wasserman Schultz and other party officials as payback.")
    assert names.get("Debbie Wasserman Schultz") == "person", names
    assert "Wasserman Schultz" not in names


def test_an_untagged_acronym_before_a_title_is_an_organisation(nlp):
    names, _ = entities(nlp, "Indeed, AFL-CIO President Richard Trumka issued a memo last July.")
    assert names.get("AFL-CIO") == "organization", names


def test_a_known_acronym_or_a_capitalised_headline_makes_no_new_organisation(nlp):
    names, _ = entities(nlp, "TRUMP CAMPAIGN MANAGER COREY LEWANDOWSKI SPOKE. UK Prime Minister Tom Hale spoke.")
    assert not [n for n, t in names.items() if t == "organization" and ("CAMPAIGN" in n or n == "UK")], names
    assert names.get("United Kingdom") == "country", names


def test_a_name_the_model_ran_on_into_of_the_ends_before_it(nlp):
    # regression: "told The Associated Press of the prospects" gave an outlet "Associated Press of the"
    from quotegraph import extract_text
    ex = extract_text("“Much depends on Lima,” Senator Rolf Aune told The Associated Press of the prospects for a deal.")
    assert "Associated Press" in {e.name for e in ex.entities}
    assert not any(e.name.endswith(("of the", " of")) for e in ex.entities), [e.name for e in ex.entities]


def test_a_name_the_model_cut_after_of_or_for_carries_on_through_its_capitalised_words(nlp):
    # regression: "Committee for" (and "a Responsible Federal Budget" left out) was an organisation
    from quotegraph import extract_text
    ex = extract_text("Ola Brekke, senior adviser to the centrist Committee for a Responsible Tax Code, said the plan was weak.")
    names = {e.name for e in ex.entities}
    assert "Committee for a Responsible Tax Code" in names, names
    # and "Patriarchate of" + "Lima" (read as a capital, so Peru) is one body
    ex = extract_text("As Archbishop Ola Brekke of the Armenian Patriarchate of Lima told reporters, the church would stay.")
    names = {e.name for e in ex.entities}
    assert "Armenian Patriarchate of Lima" in names and "Peru" not in names, names


def test_a_korean_name_with_a_hyphened_given_name_is_one_person_and_its_family_name_the_short_form(nlp):
    names, ex = entities(nlp, "Han Min-koo said the drills would go ahead. Minister Wang Bo met Han Min-koo "
                              "in Busan. \u201cWe are ready,\u201d Han said.")
    assert names.get("Han Min-koo") == "person", names
    assert "koo" not in names and "Han" not in names, names
    assert {q.speaker.name for q in ex.quotes if q.speaker} == {"Han Min-koo"}, [(q.text, q.speaker) for q in ex.quotes]


def test_a_place_before_a_hyphened_word_is_no_korean_name(nlp):
    names, _ = entities(nlp, "Shares of the Hong Kong-based lender fell after the New York-born chief quit.")
    assert not any("-" in n and t == "person" for n, t in names.items()), names


def test_a_double_forename_says_the_name_is_a_person(nlp):
    # "Jean-Marie Le Gall met Bruno Le Roux" is one span the model reads as an organisation
    names, _ = entities(nlp, "Jean-Marie Le Gall met Bruno Le Roux in Paris. "
                             "Anne-Marie Dufour met Pierre Roux in Lyon.")
    assert names.get("Jean-Marie Le Gall") == "person", names
    assert names.get("Anne-Marie Dufour") == "person", names



def test_a_forename_tagged_apart_from_the_patronymic_and_surname_is_one_name(nlp):
    # the model tags "Vladimir" and "Vladimirovich Orlov" as two people side by side
    from spacy.tokens import Span as SpacySpan
    from quotegraph.extract import extract_parsed
    from quotegraph.model import Document
    text = "Vladimir Vladimirovich Orlov said the sanctions had failed. Orlov met Alexander Lukashenko in Minsk."
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 1, label="PERSON"), SpacySpan(doc, 1, 3, label="PERSON"),
                *[e for e in doc.ents if e.start >= 3]]
    names = {e.name: e.type for e in extract_parsed(Document(text, "memo.txt"), doc).entities}
    assert names.get("Vladimir Vladimirovich Orlov") == "person", names
    assert "Vladimir" not in names and "Vladimirovich Orlov" not in names, names


def test_a_surname_with_its_particles_alone_is_one_person(nlp):
    # regression: "von der Leyen said", with no full name in the text, gave a country "Leyen"
    names, ex = entities(nlp, "\u201cThe door is open,\u201d von der Leyen said in Strasbourg on Wednesday.")
    assert names.get("von der Leyen") == "person" and "Leyen" not in names, names
    assert [q.speaker.name for q in ex.quotes] == ["von der Leyen"]


def test_the_full_surname_with_particles_is_found_again(nlp):
    # regression: the model's "Ursula von der" left a surname "von der" that matched first
    names, ex = entities(nlp, "European Commission President Ursula von der Leyen said the bloc would respond. "
                              "\u201cWe are ready,\u201d von der Leyen told reporters.")
    assert "Leyen" not in names and "von der" not in names, names
    assert [q.speaker.name for q in ex.quotes] == ["Ursula von der Leyen"] * 2


def test_a_three_syllable_name_is_not_cut_after_two(nlp):
    # regression: the model tagged "Yoon Suk" and left "Yeol" out
    names, _ = entities(nlp, "Prosecutors indicted former president Yoon Suk Yeol on insurrection charges.")
    assert names.get("Yoon Suk Yeol") == "person" and "Yoon Suk" not in names, names


def test_a_particle_the_tagger_reads_as_a_verb_stays_inside_the_name(nlp):
    # regression: "dos" tagged a verb split the name as if two names ran across a clause
    names, ex = entities(nlp, "Angolan President Jose Eduardo dos Santos stepped down. Dos Santos said he was tired.")
    assert names.get("Jose Eduardo dos Santos") == "person", names
    assert "Jose Eduardo" not in names
    assert [q.speaker.name for q in ex.quotes] == ["Jose Eduardo dos Santos"]


def test_every_name_rule_reads_the_same_particles(nlp):
    # "do" was a particle to the untagged-name rule only: the surname with it stood apart
    names, ex = entities(nlp, "Joao do Carmo, a farmer, said the river had dried up. Do Carmo added that rain never came.")
    assert names.get("Joao do Carmo") == "person", names
    assert {q.speaker.name for q in ex.quotes} == {"Joao do Carmo"}


def test_a_name_coordinated_with_a_modifier_of_a_thing_names_no_actor(nlp):
    names, _ = entities(nlp, "Asked whether he hoped for a vice presidential or Cabinet slot, Mr. Lind said he would not guess.")
    assert "Cabinet" not in names, names


def test_a_first_word_the_model_left_out_of_a_name_at_a_sentence_start_is_its_forename(nlp):
    # regression: the model tagged "Inacio Lula da Silva" and "Luiz" stayed out of the name
    names, ex = entities(nlp, "Luiz Inacio Lula da Silva met Alberto Fernandez in Buenos Aires. "
                              "Lula told Fernandez that Brazil would help.")
    assert names.get("Luiz Inacio Lula da Silva") == "person", names
    assert [q.speaker.name for q in ex.quotes] == ["Luiz Inacio Lula da Silva"]


def test_a_title_at_a_sentence_start_stays_out_of_the_name(nlp):
    names, _ = entities(nlp, "Senator Lindsey Graham met Volodymyr Zelensky in Kyiv.")
    assert names.get("Lindsey Graham") == "person", names


def test_a_capitalised_post_between_a_body_and_a_name_leaves_the_body_an_actor(nlp):
    # "White House Counsel X": the capital "Counsel" is the person's post, no longer name
    names, ex = entities(nlp, "White House Counsel Ruth Okafor said the order was lawful.")
    assert names.get("White House") == "organization", names


def test_a_name_the_model_opened_on_the_particle_of_its_surname_takes_the_forename_before_it(nlp):
    # regression: the model tagged "Bin Fahad" and "Alwaleed" stayed out of the name
    names, _ = entities(nlp, "Saudi Prince Alwaleed Bin Fahad criticised the governor on Friday.")
    assert names.get("Alwaleed Bin Fahad") == "person", names
    assert "Bin Fahad" not in names
