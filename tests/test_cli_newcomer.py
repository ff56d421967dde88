"""What a newcomer following the README trips on, through click's CliRunner."""

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from quotegraph.cli import main

ARTICLE = EXAMPLES / "01_fishing_talks.txt"


@pytest.mark.parametrize("args", [
    ["query", "most_quoted", "--graph", str(ARTICLE)],
    ["export", str(ARTICLE), "--format", "graphml", "-o", "{tmp}/g.graphml"],
    ["view", str(ARTICLE), "-o", "{tmp}/g.html"],
])
def test_an_article_where_output_is_read_says_to_run_it_first(tmp_path, args):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert f"{ARTICLE}, line 1: not an extract record" in result.output
    assert f"quotegraph run {ARTICLE} --out OUT/" in result.output
    assert "JSONDecodeError" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_malformed_line_later_in_real_jsonl_keeps_the_json_error(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "most_quoted", "--graph", str(bad)])
    assert result.exit_code == 2
    assert "line 1: not an extract record (JSONDecodeError" in result.output


def test_run_help_names_all_three_outputs():
    result = CliRunner().invoke(main, ["run", "--help"])
    assert result.exit_code == 0
    assert "write both files" not in result.output
    assert "graph.html" in " ".join(result.output.split())  # --out's help, wrapped


def test_serve_help_has_an_example():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "quotegraph load out/quotes.jsonl" in result.output


def test_serve_on_a_port_in_use_says_so_and_starts_nothing(tmp_path):
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        port = sock.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--dir", str(tmp_path / "db")])
    assert result.exit_code == 2, result.output
    if "needs the ArcadeDB extra" in result.output:
        pytest.skip("the arcadedb extra is not installed")
    assert f"port {port} on 127.0.0.1 is in use" in result.output
    assert "pick another with --port" in result.output
    assert not (tmp_path / "db" / "server.log").exists()  # nothing was started


def _fake_server(monkeypatch, tmp_path):
    """serve's messages without ArcadeDB: a server that starts, then stops at once."""
    import sys
    import types

    import quotegraph.bolt_server as bolt_server
    from quotegraph.bolt_server import BoltServer

    class FakeLocal:
        def __init__(self, root_dir, *, port, password, database):
            self.port, self.http_port, self.database = port, 7474, database
            self.log_path = tmp_path / "server.log"

        def start(self):
            return BoltServer(f"bolt://127.0.0.1:{self.port}", "root", "x" * 8, self.database)

        def is_running(self):
            return False

    monkeypatch.setitem(sys.modules, "arcadedb_embedded", sys.modules.get("arcadedb_embedded")
                        or types.ModuleType("arcadedb_embedded"))
    monkeypatch.setattr(bolt_server, "LocalBoltServer", FakeLocal)


def test_serve_prints_a_password_line_that_works_as_is(monkeypatch, tmp_path):
    from quotegraph.bolt_server import free_port

    _fake_server(monkeypatch, tmp_path)
    monkeypatch.delenv("QUOTEGRAPH_SERVE_PASSWORD", raising=False)
    db = tmp_path / "my db"
    result = CliRunner().invoke(main, ["serve", "--port", str(free_port()), "--dir", str(db)])
    assert "the password above" not in result.output
    assert f"""export NEO4J_PASSWORD="$(head -n 1 '{db / 'root-password'}')\"""" in result.output
    password = (db / "root-password").read_text().splitlines()[0]
    assert password not in result.output

    pw_file = tmp_path / "pw"
    pw_file.write_text("s3cret-enough\n")
    result = CliRunner().invoke(main, ["serve", "--port", str(free_port()), "--dir", str(tmp_path / "b"),
                                       "--password-file", str(pw_file)])
    assert f'export NEO4J_PASSWORD="$(head -n 1 {pw_file})"' in result.output
    assert "s3cret-enough" not in result.output

    monkeypatch.setenv("QUOTEGRAPH_SERVE_PASSWORD", "from-the-env")
    result = CliRunner().invoke(main, ["serve", "--port", str(free_port()), "--dir", str(tmp_path / "c")])
    assert 'export NEO4J_PASSWORD="$QUOTEGRAPH_SERVE_PASSWORD"' in result.output
    assert "from-the-env" not in result.output


def test_load_and_export_take_q_as_the_readme_says(monkeypatch, tmp_path):
    # README: "run, extract, load and export draw a progress bar ...; with -q they print none".
    import quotegraph.progress as progress

    asked = []
    monkeypatch.setattr(progress, "wanted", lambda quiet=False: asked.append(quiet) or False)
    out = tmp_path / "q.jsonl"
    assert CliRunner().invoke(main, ["extract", str(ARTICLE), "-o", str(out), "-q"]).exit_code == 0
    asked.clear()
    result = CliRunner().invoke(main, ["export", str(out), "--format", "graphml", "-o",
                                       str(tmp_path / "g.graphml"), "-q"])
    assert result.exit_code == 0, result.output
    assert asked and all(asked)

    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    result = CliRunner().invoke(main, ["load", str(out), "-q"])
    assert "No such option" not in result.output
    assert "-q, --quiet" in CliRunner().invoke(main, ["load", "--help"]).output


@pytest.mark.parametrize("command", [["query", "most_quoted", "--graph"], ["export", "-o", "{tmp}/g.graphml"],
                                     ["view"]])
def test_the_page_given_where_the_graph_is_read_says_so(tmp_path, command):
    import quotegraph as qg

    page = tmp_path / "graph.html"
    qg.write_view(qg.build_graph([]), page)
    args = [a.replace("{tmp}", str(tmp_path)) for a in command] + [str(page)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "not a graph" in result.output and "graph.graphml" in result.output
    assert "mismatched tag" not in result.output and "is the input" not in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_an_earlier_runs_folder_among_the_articles_is_not_read_again(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "port.txt").write_text("Port deal near\n\n“We are close to a deal,” Minister Ana Lopes told "
                                       "reporters on Monday.\n", encoding="utf-8")
    first = CliRunner().invoke(main, ["run", str(articles), "--out", str(articles / "out1"), "-q"])
    assert first.exit_code == 0, first.output
    (articles / "talks.html").write_bytes((articles / "out1" / "graph.html").read_bytes())  # a page kept aside
    second = CliRunner().invoke(main, ["run", str(articles), "--out", str(tmp_path / "out2"), "-q"])
    assert "1 document, 1 quote, 1 speaker" in second.output  # not 2, 2: the first run's quotes.jsonl read again
    assert f"skipped {articles / 'out1'}: a folder `quotegraph run` wrote" in second.output
    assert f"skipped {articles / 'talks.html'}: the interactive view quotegraph wrote" in second.output
    assert (tmp_path / "out2" / "quotes.jsonl").read_text(encoding="utf-8").count('"source"') == 1
    assert second.exit_code == 1  # skipped inputs are named, as any other


@pytest.mark.parametrize("command, hint", [
    (["extract", str(ARTICLE), "-o", "/dev/null"], True),
    (["export", "{tmp}/q.jsonl", "-o", "/dev/null"], False),
    (["view", "{tmp}/q.jsonl", "-o", "/dev/null"], False),
])
def test_a_device_as_output_is_refused_with_a_hint_only_where_it_applies(tmp_path, command, hint):
    (tmp_path / "q.jsonl").write_text("", encoding="utf-8")  # never read: the output is checked first
    result = CliRunner().invoke(main, [a.replace("{tmp}", str(tmp_path)) for a in command])
    assert result.exit_code == 2, result.output
    assert "refusing to replace /dev/null: a character device" in result.output
    assert ("leave out -o to write to standard output" in result.output) == hint
    assert "is empty" not in result.output
