"""Reading messy inputs: encodings, binary files, HTML pages, JSON records, unreadable paths."""

from __future__ import annotations

import json
import os

import pytest

from quotegraph import InputError, iter_documents, read_document
from quotegraph.sources import decode

NEWS_FR = "Le ministre a déclaré : « Nous sommes prêts », a-t-il dit à Genève."
NEWS_EN = "“We are ready,” said José Müller, the minister’s aide — “and we won’t wait.”"
NEWS_NO = "Smørbukk in Århus: the mayor, Søren Ødegård, told reporters the ferry would run."


def read_all(*inputs):
    skipped: list[tuple[str, str]] = []
    docs = list(iter_documents([str(i) for i in inputs], on_skip=lambda s, r: skipped.append((s, r))))
    return docs, skipped


# ---------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("text", [NEWS_FR, NEWS_EN, NEWS_NO, "Ms. Ó Briain told reporters.", "Plain ASCII news."])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "latin-1", "cp1252"])
def test_short_news_text_decodes_exactly(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot hold this text")
    assert decode(data) == text


def test_other_scripts_still_decode():
    assert decode("Министр заявил, что переговоры продолжатся.".encode("cp1251")).startswith("Министр")
    assert decode("Minister Radosław Sikorski powiedział, że Łódź i Gdańsk też.".encode("cp1250")).endswith("też.")
    assert decode("外交部长表示，谈判将继续进行。".encode("utf-16-le")) == "外交部长表示，谈判将继续进行。"
    assert decode("Министр заявил, что переговоры продолжатся.".encode("utf-16-be")).startswith("Министр")


def test_utf8_with_a_corrupt_byte_keeps_the_rest():
    text = ("Les négociations à Genève ont échoué, a déclaré la ministre. " * 20).encode() + b"\xff end"
    decoded = decode(text)
    assert decoded.startswith("Les négociations à Genève") and decoded.endswith("\ufffd end")


def test_html_declared_charset_is_honoured():
    page = ('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93talks\x94</p>'
            '</body></html>').encode("latin-1")
    assert "Café “talks”" in decode(page, html=True)


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>stream\n" + bytes(range(256)) * 4, "PDF"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
    (b"\x1f\x8b\x08\x00" + bytes(range(256)), "gzip"),
    (bytes(range(256)) * 8, "binary"),
    (b"abc\x00\x00\x00\x01\x02\x03" * 100, "binary"),
])
def test_binary_data_is_refused_with_its_kind(data, kind):
    with pytest.raises(InputError, match=kind):
        decode(data)


def test_empty_bytes_are_an_empty_text():
    assert decode(b"") == ""


# ---------------------------------------------------------------------------- files and folders

def test_empty_file_is_a_document_with_no_text(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    docs, skipped = read_all(tmp_path)
    assert [d.text for d in docs] == [""] and not skipped


def test_binary_file_is_skipped_and_named(tmp_path):
    (tmp_path / "a.txt").write_text("The envoy said the talks were over.", encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(os.urandom(4096))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 whatever")  # not a suffix read from folders
    docs, skipped = read_all(tmp_path)
    assert [d.text for d in docs] == ["The envoy said the talks were over."]
    assert len(skipped) == 1
    assert skipped[0][0].endswith("scan.txt") and "binary" in skipped[0][1]


def test_explicit_binary_file_of_any_suffix_is_named(tmp_path):
    p = tmp_path / "photo.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(500))
    docs, skipped = read_all(p)
    assert docs == [] and skipped == [(str(p), "binary file (a JPEG image), not text")]
    with pytest.raises(InputError, match="photo.jpg"):
        read_document(p)


def test_unreadable_and_missing_paths_are_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Fine.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a dangling link inside a folder
    docs, skipped = read_all(folder, tmp_path / "missing.txt", tmp_path / "in" / "gone.txt")
    assert [d.text for d in docs] == ["Fine."]
    assert skipped[0] == (str(folder / "gone.txt"), "broken symbolic link")  # in a folder, as when named
    assert skipped[1:] == [(str(tmp_path / "missing.txt"), "no such file or folder"),
                           (str(folder / "gone.txt"), "broken symbolic link")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_file_without_read_permission_is_named(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("x", encoding="utf-8")
    p.chmod(0)
    docs, skipped = read_all(p)
    assert docs == [] and "Permission denied" in skipped[0][1]


def test_hidden_and_partial_files_are_not_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("Real.", encoding="utf-8")
    (tmp_path / ".out.jsonl.123.abc.part").write_text('{"text": "half"}', encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not an article", encoding="utf-8")
    docs, _ = read_all(tmp_path)
    assert [d.text for d in docs] == ["Real."]


def test_a_folders_own_notes_are_not_articles_unless_named(tmp_path):
    # Regression: a SOURCES.md table beside the articles became a junk document with entities.
    (tmp_path / "a.txt").write_text("Real.", encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("| file | outlet |\n|---|---|", encoding="utf-8")
    (tmp_path / "README.txt").write_text("Articles collected in May.", encoding="utf-8")
    docs, skipped = read_all(tmp_path)
    assert [d.text for d in docs] == ["Real."] and skipped == []
    named, _ = read_all(tmp_path / "SOURCES.md")
    assert [d.text for d in named] == ["| file | outlet |\n|---|---|"]


# ---------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour talks stall | The Northern Ledger</title>
<meta property="og:title" content="Harbour talks stall over fishing quotas">
<link rel="canonical" href="https://ledger.example.org/world/harbour-talks">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">Subscribe now for unlimited access</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div></header>
<main><article><h1>Harbour talks stall over fishing quotas</h1>
<p>Negotiators from Norland and Vestmark failed on Thursday to agree on new fishing quotas for
the northern harbour, after two days of talks in the coastal town of Eskvik.</p>
<p>“We came here in good faith, and we leave with nothing,” Foreign Minister Anika Solberg told
reporters outside the conference hall. She said her government would not accept deep cuts.</p>
<p>Vestmark’s chief negotiator, Tomas Berg, said the talks had been “difficult but honest”.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten recipes for spring</a></li></ul></aside></main>
<footer><p>© 2024 The Northern Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_html_page_is_reduced_to_its_article(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (doc,), skipped = read_all(p)
    assert not skipped and not doc.errors
    assert "we leave with nothing,” Foreign Minister Anika Solberg" in doc.text
    assert "difficult but honest" in doc.text
    for junk in ("Subscribe now", "cookies", "Ten recipes", "All rights reserved", "Privacy policy"):
        assert junk not in doc.text
    assert doc.title == "Harbour talks stall over fishing quotas"
    assert doc.date == "2024-03-14"
    assert doc.url == "https://ledger.example.org/world/harbour-talks"


def test_html_page_without_article_carries_an_error(tmp_path):
    p = tmp_path / "menu.html"
    p.write_text("<html><head><title>Loading</title><script>app()</script></head><body></body></html>",
                 encoding="utf-8")
    (doc,), _ = read_all(p)
    assert doc.text == "" and doc.errors == ("no article text found in the HTML page",)


# ---------------------------------------------------------------------------- JSON

def test_jsonl_bad_line_is_named_by_number_and_the_rest_goes_on(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a1", "text": "First.", "title": "T", "date": "2024-01-02", "url": "https://x.org/1"}),
        '{"text": "the quote that never closes',
        json.dumps({"text": 42}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"text": "Fifth."}),
    ]), encoding="utf-8")
    docs, skipped = read_all(p)
    assert [(d.source, d.text) for d in docs] == [("a1", "First."), (f"{p}:6", "Fifth.")]
    assert (docs[0].title, docs[0].date, docs[0].url) == ("T", "2024-01-02", "https://x.org/1")
    assert [s for s, _ in skipped] == [f"{p}: line 2", f"{p}: line 3", f"{p}: line 4"]
    assert "malformed JSON" in skipped[0][1] and "column" in skipped[0][1]
    assert "a number, not a string" in skipped[1][1]


def test_json_array_and_broken_json_file(tmp_path):
    good = tmp_path / "a.json"
    good.write_text(json.dumps([{"text": "One."}, {"text": "Two.", "id": "b"}], indent=2), encoding="utf-8")
    broken = tmp_path / "b.json"
    broken.write_text('{\n  "text": "cut off\n', encoding="utf-8")
    docs, skipped = read_all(good, broken)
    assert [(d.source, d.text) for d in docs] == [(f"{good}#1", "One."), ("b", "Two.")]
    assert len(skipped) == 1 and skipped[0][0] == str(broken) and "malformed JSON" in skipped[0][1]


def test_json_lone_surrogates_are_replaced(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"text": "bad \\ud800 char"}\n', encoding="utf-8")
    (doc,), _ = read_all(p)
    assert doc.text == "bad \ufffd char"
    doc.text.encode("utf-8")


def test_plain_text_title_and_url_come_from_the_first_lines(tmp_path):
    from quotegraph import iter_documents

    page = tmp_path / "saved.txt"
    page.write_text("https://news.example/talks?x=1 lead pos1\n\nTalks Resume in Oslo\n\nBody. “Yes,” she said.\n",
                    encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("“We are ready,” the minister said on Monday.\nMore text.\n", encoding="utf-8")
    docs = {d.source: d for d in iter_documents([page, plain])}
    assert docs[str(page)].title == "Talks Resume in Oslo"
    assert docs[str(page)].url == "https://news.example/talks?x=1"
    assert docs[str(page)].text.startswith("https://")  # the text itself is untouched
    assert docs[str(plain)].title is None and docs[str(plain)].url is None
