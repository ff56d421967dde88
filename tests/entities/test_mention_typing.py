"""What a named mention is, from the article's own grammar (graph/entities/mention_types.py,
mentions.py, entity_ids.py); from sentences written for this test."""

from ._helpers import entities


def test_a_religious_title_is_no_part_of_the_name(nlp):
    names, _ = entities(nlp, "Rabbi Aaron Feld, who leads a synagogue in Denver, said the vote was a disgrace.")
    assert "Aaron Feld" in names and "Rabbi Aaron Feld" not in names, names


def test_a_surname_that_is_also_an_outlet_is_the_person_named_in_full(nlp):
    names, _ = entities(nlp, "Michael Bloomberg is weighing a run. Bloomberg is considering a third-party bid, "
                             "and a spokesman for Bloomberg had no response.")
    assert "Bloomberg News" not in names, names
    assert names.get("Michael Bloomberg") == "person"


def test_a_surname_that_is_also_a_capital_is_the_person_named_in_full(nlp):
    # regression: with "Lima" a seat of government, "Lima said" became Peru
    text = "Brazilian lawmaker Paulo Lima criticized the plan on Monday. Lima said the budget was a fraud."
    names, _ = entities(nlp, text)
    assert "Peru" not in names and names.get("Paulo Lima") == "person", names


def test_people_of_a_place_are_no_organisation(nlp):
    names, _ = entities(nlp, "The museum urged Americans to welcome the refugees. "
                             "“You have not voted yet,” Carly Fiorina, speaking to Iowans in Iowa, said.")
    assert names.get("Americans") != "organization" and names.get("Iowans") != "organization", names


def test_an_age_after_a_name_says_person(nlp):
    names, _ = entities(nlp, "Police shot Alton Sterling outside a store. Sterling, 37, was selling CDs.")
    assert names.get("Alton Sterling") == "person", names


def test_a_superscript_after_a_name_is_no_age(nlp):
    names, ex = entities(nlp, "Tomas Berg, ³, said the road was closed.\n\nHollin Freight agreed with Berg.")
    assert not ex.errors and names.get("Tomas Berg") == "person", (names, ex.errors)


def test_a_known_group_the_model_cuts_short_or_misses_is_found_whole(nlp):
    # the model reads "Islamic" as a nationality, or tags nothing at all
    for text in ("Canadian jets struck the Islamic State near Mosul on Friday.",
                 "Officials said the Islamic State had lost ground in the spring."):
        names, _ = entities(nlp, text)
        assert names.get("Islamic State") == "organization", names


def test_a_portfolio_word_before_secretary_or_minister_is_no_body(nlp):
    """"Press Secretary X": the model tags "Press" alone as an ORG, which the media word would
    make an outlet; it is the title's portfolio. A known body before the title stays one."""
    names, ex = entities(nlp, "The plan will pass, Press Secretary Nina Cole told reporters on Monday.")
    assert "Press" not in names, names
    assert not [r for r in ex.relations if r.predicate == "ROLE"], ex.relations
    names, _ = entities(nlp, "The plan is sound, Energy Minister Lena Holm told reporters in Oslo.")
    assert "Energy" not in names, names
    names, _ = entities(nlp, "NATO Secretary General Lena Holm said the alliance was ready.")
    assert names.get("NATO") == "organization", names


def test_a_plural_possessive_inside_a_name_is_part_of_it(nlp):
    """Regression: "The People's Party" was shown as "Party" and "the Children's Fund" as
    "Fund"; an owner before a name is still cut ("Oslo's Nordic Institute")."""
    names, _ = entities(nlp, "The People's Party said it would vote against the bill. The United Nations "
                             "Children's Fund warned that schools were closing. Oslo's Nordic Institute "
                             "hosted the talks.")
    assert "People's Party" in names and "United Nations Children's Fund" in names, names
    assert "Party" not in names and "Fund" not in names, names
    assert "Nordic Institute" in names, names


def test_title_words_alone_name_no_body(nlp):
    names, _ = entities(nlp, "Iran's Supreme Leader, Ayatollah Karim Tavassoli, spoke on Friday.")
    assert "Supreme Leader" not in names and "Karim Tavassoli" in names, names


def test_a_title_only_a_person_bears_makes_an_org_tagged_name_a_person(nlp):
    # the model tags "Councillor Ewan Dunbar" as an ORG; the title says person, and is no part of the name
    names, _ = entities(nlp, "The council wants to close the library. Councillor Ewan Dunbar, who chairs the "
                             "finance committee, says the money has run out.")
    assert names.get("Ewan Dunbar") == "person", names


def test_a_building_named_for_a_surname_does_not_take_the_persons_mentions(nlp):
    # regression: the model tagged "Trump Tower" PERSON and the later bare "Trump" joined it
    names, ex = entities(nlp, "Trump Tower has been the center of the transition since November. Its lobby "
                              "was closed to tourists on Sunday. Later that day, chief of staff John Kelly met "
                              "with Trump at the White House.")
    assert names.get("Trump Tower") != "person" and names.get("Trump") == "person", names
    names, _ = entities(nlp, "Senator Rita Tower said the bill would pass.")
    assert names.get("Rita Tower") == "person", names


def test_a_plural_name_with_the_is_a_body_not_a_person(nlp):
    # regression: the model tags "the Houthis" PERSON
    names, _ = entities(nlp, "The Houthis fired two missiles at a cargo ship in the Red Sea on Tuesday. "
                             "“We will continue until the siege ends,” the Houthis said in a statement.")
    assert names.get("Houthis") == "organization", names
    # a surname in "s" modifying a noun after "the" stays the person's
    names, _ = entities(nlp, "Aides in the Rivas campaign said on Monday that Mark Rivas would not debate.")
    assert names.get("Rivas") != "organization" and names.get("Mark Rivas") != "organization", names


def test_a_singular_name_the_model_tags_norp_is_a_person(nlp):
    # the small model reads an unfamiliar name as a nationality; a people or a faith is
    # plural or a demonym, so two singular proper nouns are one person, "she" below
    text = ("When the river rose, Marguerite Ostrowski stayed. She is 71.\n\n"
            "“My mother was born here,” she says, pouring tea.\n\n"
            "Shia Muslims and Christian Democrats met in the town hall.")
    names, ex = entities(nlp, text)
    assert names.get("Marguerite Ostrowski") == "person", names
    assert not any(n in names for n in ("Shia Muslims", "Christian Democrats")), names
    q = next(q for q in ex.quotes if "born here" in q.text)
    assert q.speaker is not None and q.speaker.name == "Marguerite Ostrowski"


def test_a_name_with_particles_the_model_cut_is_one_person(nlp):
    # regression: "Ursula von" (PERSON) and "Leyen" (GPE) were two actors, "Leyen" a country
    names, ex = entities(nlp, "EU presses China on trade\n\nBRUSSELS \u2014 European Commission President Ursula von der Leyen spoke with Premier "
                              "Li Qiang on Tuesday, her office said.\n\n"
                              "\u201cWe need a level playing field,\u201d von der Leyen told reporters.\n\n"
                              "The two sides agreed to meet again in March.")
    assert names.get("Ursula von der Leyen") == "person", names
    assert "Leyen" not in names and "Ursula von" not in names, names
    assert any(q.speaker and q.speaker.name == "Ursula von der Leyen" for q in ex.quotes), ex.quotes


def test_a_two_word_surname_the_model_cut_is_one_person(nlp):
    # regression: "Enrique Peña" (PERSON, "Nieto" left out) and "Peña Nieto" were two people
    names, ex = entities(nlp, "Mexican President Enrique Peña Nieto met Prime Minister Justin Trudeau in Ottawa. "
                              "\u201cWe will work with whoever wins,\u201d Peña Nieto said.")
    assert names.get("Enrique Peña Nieto") == "person", names
    assert "Enrique Peña" not in names and "Peña Nieto" not in names, names
    assert [q.speaker.name for q in ex.quotes] == ["Enrique Peña Nieto"]


def test_a_surname_with_a_particle_alone_is_the_person_named_in_full(nlp):
    # regression: "Marieke de Vries" (ORG, or untagged) and "de Vries" were two organisations
    for text in ("Marieke de Vries, the Dutch trade minister, said the talks would resume. "
                 "\u201cWe are close,\u201d de Vries said.",
                 "The talks went on.\n\nMarieke de Vries, the Dutch trade minister, said the talks would resume. "
                 "\u201cWe are close,\u201d de Vries said."):
        names, _ = entities(nlp, text)
        assert names.get("Marieke de Vries") == "person" and "de Vries" not in names, names


def test_field_marshal_is_a_title(nlp):
    names, _ = entities(nlp, "Field Marshal Asim Rauf met the Chinese defence minister on Monday.")
    assert "Asim Rauf" in names and "Field Marshal Asim Rauf" not in names, names


def test_a_place_with_a_particle_stays_a_place(nlp):
    names, _ = entities(nlp, "Officials in Rio de Janeiro said the summit would open on Monday.")
    assert not any(t == "person" for n, t in names.items() if "Janeiro" in n), names


def test_a_surname_the_model_read_as_a_nationality_is_the_person(nlp):
    # "Hollis" tagged NORP was no actor, so "Brandt and Hollis clashed" had one side only
    names, ex = entities(nlp, "Senate Majority Leader Dana Hollis and Governor Mark Brandt have feuded since 2021.\n\n"
                              "Brandt and Hollis clashed again on Tuesday over the budget.")
    hollis = next(e for e in ex.entities if e.name == "Dana Hollis")
    assert "Hollis" in hollis.aliases, hollis


def test_a_possessive_and_a_plural_of_relation_name_no_body(nlp):
    # regression: a readout's capitals ("our Indo-Pacific Allies") gave an organisation of that name
    names, _ = entities(nlp, "The president renewed his pledge to defend our Pacific Allies and thanked "
                             "our European Partners for their help.")
    assert not {"Pacific Allies", "European Partners"} & set(names), names


def test_a_body_after_a_possessive_is_still_a_body(nlp):
    names, _ = entities(nlp, "Iran and its Revolutionary Guards threatened to close the strait.")
    assert names.get("Revolutionary Guards") == "organization", names

