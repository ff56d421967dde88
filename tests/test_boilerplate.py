"""Page furniture (menus, credits, story lists, syndication footers) is found from the page's
shape, and no actor is taken from it."""

from __future__ import annotations

from quotegraph import Document, extract_parsed
from quotegraph.boilerplate import furniture, inside

PAGE = """Fishing quotas were cut again on Tuesday, officials in Tromso said.
Photo: Mara Lindqvist/Northwire Images
Home | Markets | Cookie settings | Contact
"""

STORY_LIST = """Harbour talks stall as Ola Brekke walks out.

More stories

Wind farm plans shelved in Bergen
November 3, 2031
Culture
Dagny Holt releases a new album
November 3, 2031
Sports
Oslo Rangers sign a new coach
November 3, 2031
"""


def _furniture_texts(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture(text)]


def test_menus_and_credits_are_furniture_but_the_sentence_is_not():
    found = _furniture_texts(PAGE)
    assert found == ["Mara Lindqvist/Northwire Images", "Home | Markets | Cookie settings | Contact"]
    start = PAGE.index("officials")
    assert not inside(furniture(PAGE), start, start + 9)


def test_a_list_of_dated_stories_is_furniture():
    found = _furniture_texts(STORY_LIST)
    assert "Dagny Holt releases a new album" in found and "Oslo Rangers sign a new coach" in found
    assert not any("Ola Brekke" in f for f in found)  # the article's own headline stays


def test_everything_after_a_syndication_footer_is_furniture():
    text = "Talks resumed, Lena Berg said.\n\nThe post Talks resume appeared first on Nordic Wire.\n\nKari Lund wins prize\n"
    found = _furniture_texts(text)
    assert len(found) == 1 and found[0].startswith("The post") and found[0].endswith("Kari Lund wins prize\n")


def test_a_single_date_line_is_no_story_list():
    text = "November 3, 2031\n\nTalks resumed in Oslo, Lena Berg said.\n"
    assert furniture(text) == ()


def test_no_actor_is_named_in_furniture(nlp):
    ex = extract_parsed(Document(PAGE + "\n" + STORY_LIST, "page.txt"), nlp(PAGE + "\n" + STORY_LIST))
    names = {e.name for e in ex.entities}
    assert not names & {"Mara Lindqvist", "Cookie", "Dagny Holt", "Oslo Rangers", "Northwire Images"}, names
    assert "Ola Brekke" in names


def test_the_newsrooms_own_lines_are_furniture():
    text = ("By Ingrid Holm and Ola Nes\n\nTalks resumed, Lena Berg said.\n\n"
            "Kari Lund in Bergen contributed to this report.\n\n"
            "Write to Ingrid Holm at ingrid.holm@example.com\n\n"
            "Follow Ola Nes on Twitter @olanes.\n")
    found = _furniture_texts(text)
    assert found == ["By Ingrid Holm and Ola Nes", "Kari Lund in Bergen contributed to this report.",
                     "Write to Ingrid Holm at ingrid.holm@example.com", "Follow Ola Nes on Twitter @olanes."]


def test_a_share_bar_is_furniture_and_names_no_one(nlp):
    """Regression: "Facebook Twitter Email" under a headline became a person "Twitter Email"."""
    text = ("Ports reopen after strike\n\nShare this article\nFacebook Twitter Email\n\n"
            "Dock workers returned on Monday, union leader Ada Moss said.\n")
    assert _furniture_texts(text) == ["Share this article", "Facebook Twitter Email"]
    ex = extract_parsed(Document(text, "page.txt"), nlp(text))
    assert {e.name for e in ex.entities} >= {"Ada Moss"}
    assert not any("Twitter" in e.name or "Email" in e.name for e in ex.entities)


def test_no_quote_is_read_from_a_syndication_footer_or_the_stories_after_it(nlp):
    """Regression: the footer repeats the headline ("… fear Lee is doing his ‘own thing’") and the
    page goes on with other stories; their quoted words were read as quotes of this article."""
    text = ("Allies fear Lee is doing his \u2018own thing\u2019\n\n"
            "\u201cWe were not consulted,\u201d said Ana Ruiz, a senior diplomat.\n\n"
            "The post Allies fear Lee is doing his \u2018own thing\u2019 appeared first on Daily Courier.\n\n"
            "Singer spills on late-night call\n\n"
            "\u201cIt was a spiritual awakening,\u201d the singer told reporters on Friday.\n")
    ex = extract_parsed(Document(text, "page.txt"), nlp(text))
    contents = [q.contents[0].text for q in ex.quotes]
    assert "We were not consulted," in contents
    assert not any("awakening" in c for c in contents), contents
    assert sum("own thing" in c for c in contents) <= 1, contents  # the headline's, not the footer's copy


def test_no_quote_is_read_from_a_digests_card_of_another_story(nlp):
    """Regression: a newsletter's card of a story ('—"Headline," by Outlet's Writer: "excerpt"
    http://…') gave two speakerless quotes, the headline and the excerpt, and the excerpt's own
    reports went on the speaker of the article's last quote."""
    text = ("“We will not renew the lease,” the parks commissioner, Rosa Lind, said on Monday.\n\n"
            "CLOSING TIME—\"Harbor jazz club to shut in March,\" by the Ledger's Tom Avery: \"The Blue "
            "Anchor, a cellar club that launched a dozen careers, will close in March, its owners said.\" "
            "http://example.com/x1.\n\n"
            "—\"A ferry painter gets a museum show,\" by Coastline's Ida Brant: http://example.com/x2.\n")
    ex = extract_parsed(Document(text, "digest.txt"), nlp(text))
    contents = [c.text for q in ex.quotes for c in q.contents]
    assert contents == ["We will not renew the lease,"], contents
    assert ex.quotes[0].speaker.name == "Rosa Lind"


def test_a_rubric_in_marks_over_other_stories_is_no_quote(nlp):
    """Regression: '"Related:"' over a list of titles was a quote of the last speaker."""
    text = ("“The wage floor is a start,” Senator Ana Ruiz said.\n\n\"Related:\"\n\n"
            "Harbor Strike Enters Its Third Week.\n\nTwo Ferries Return To Service.\n")
    ex = extract_parsed(Document(text, "page.txt"), nlp(text))
    assert [c.text for q in ex.quotes for c in q.contents] == ["The wage floor is a start,"]


def test_a_crosshead_in_capitals_is_no_quote(nlp):
    """Regression: wire copy's crosshead (a line of capitals in marks over the next section)
    was a speakerless quote; the words the body quotes are still found where they are said."""
    text = ("Mayor Ana Ruiz called the toll plan “unfair and wrong” on Tuesday.\n"
            "“UNFAIR AND WRONG”\n"
            "The toll would start in May, the transport office said.\n")
    ex = extract_parsed(Document(text, "wire.txt"), nlp(text))
    contents = [c.text for q in ex.quotes for c in q.contents]
    assert not any(c.isupper() for c in contents), contents
    assert any("unfair and wrong" in c for c in contents), contents


def test_words_in_marks_in_a_photo_caption_are_no_quote(nlp):
    """Regression: posters shown in a caption ('“Vote No!” (2019). (Party Archive/Northwire.)')
    were quotes of the party named before; a caption's quote with its own cue stays."""
    text = ("The Harbor Party ran hard against the toll.\n\n"
            "“Vote No to the toll!” (2019) — “Our roads, our money” (2021). (Party Archive/Northwire.)\n\n"
            "“We will keep the roads free,” party leader Ana Ruiz said at a rally. (Lena Holt/Northwire.)\n")
    ex = extract_parsed(Document(text, "caption.txt"), nlp(text))
    contents = [c.text for q in ex.quotes for c in q.contents]
    assert contents == ["We will keep the roads free,"], contents
    assert ex.quotes[0].speaker.name == "Ana Ruiz"


def test_a_credit_alone_on_its_line_is_furniture():
    """Issue 12 item 5: a photo credit set on its own line names no actor of the story."""
    text = "Harbour talks resumed on Monday.\n\nHandout/Northwire.\n\nOla Brekke and Kari Lund met in Tromso.\n"
    assert _furniture_texts(text) == ["Handout/Northwire."]
    assert _furniture_texts("Ola Brekke and Kari Lund/Northwire met.\n") == []  # a sentence is no credit


def test_a_kicker_under_the_headline_is_furniture():
    """Issue 12 item 5: the column a story runs in ("Letter From Abroad.") is no body it names."""
    text = "Fishing quotas divide the coastal towns again\nLetter From Abroad.\n\nOla Brekke said the cut was unfair.\n"
    assert _furniture_texts(text) == ["Letter From Abroad."]
    body = "Fishing quotas divide the coastal towns again\nOla Brekke said the cut was unfair.\n"
    assert _furniture_texts(body) == []  # a sentence under the headline is the story
