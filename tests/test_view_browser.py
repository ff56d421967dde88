"""The view `quotegraph run` writes, opened in a real headless Chromium with the network cut off:
the actors are drawn, searching a name (or an alias) focuses that actor, clicking an actor
lists its quotes. Every request the page makes is recorded; none may leave the machine.

Needs Debian's chromium (``.ci/run`` installs it) and playwright (the test extra); skipped, with
the reason, where there is no browser. Screenshots are saved in the test's temporary folder.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser import offline_page, why_no_browser
from quotegraph.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(why_no_browser() is not None, reason=str(why_no_browser()))]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("view") / "out"
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(out), "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    assert "graph.html" in result.output
    return out


def _data(page_file: Path) -> dict:
    m = re.search(r'<script type="application/json" id="qg-data">(.*?)</script>', page_file.read_text("utf-8"), re.S)
    return json.loads(m.group(1))


def _open(op, path: Path) -> None:
    op.page.goto(path.resolve().as_uri())
    op.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=60_000)


def _painted_pixels(op) -> int:
    return op.page.evaluate("""() => {
        const c = document.querySelector('#qg-graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
    }""")


def test_run_writes_a_view_whose_actors_are_drawn_offline(run_dir, tmp_path):
    page_file = run_dir / "graph.html"
    data = _data(page_file)
    quoted = {n["n"] for n in data["nodes"] if n["q"]}
    assert len(quoted) >= 5
    with offline_page() as op:
        _open(op, page_file)
        positions = op.page.evaluate("quotegraph.network.getPositions()")
        drawn = {data["nodes"][int(i)]["n"] for i in positions}
        # every actor quoted or linked by a relation shown at first is on the canvas (up to the top N)
        on = {r["key"] for r in data["relations"] if r["on"]}
        linked = {data["nodes"][e[end]]["n"] for e in data["edges"] if e["r"] in on for end in ("f", "to")}
        assert len(drawn) == min(len(quoted | linked), data["top_n"])
        assert quoted <= drawn
        xy = {(round(p["x"]), round(p["y"])) for p in positions.values()}
        assert len(xy) == len(positions), "actors drawn on top of one another"
        assert _painted_pixels(op) > 5_000, "the canvas is blank"
        # the controls say what is drawn
        assert f"Showing {len(drawn)} of" in op.page.inner_text("#qg-counts")
        op.page.screenshot(path=str(tmp_path / "view.png"))
        assert op.errors == []
        assert op.outside() == [], f"the page tried to reach the network: {op.outside()}"
        assert op.requests == [page_file.resolve().as_uri()]
    assert (tmp_path / "view.png").stat().st_size > 10_000


def test_searching_a_name_brings_in_and_focuses_that_actor_and_lists_its_quotes(run_dir, tmp_path):
    page_file = tmp_path / "top3.html"
    result = CliRunner().invoke(main, ["view", str(run_dir), "-o", str(page_file), "--top", "3"])
    assert result.exit_code == 0, result.output
    data = _data(page_file)
    with offline_page() as op:
        _open(op, page_file)
        shown = set(op.page.evaluate("quotegraph.shownActorIds()"))
        assert len(shown) == 3
        # a quoted actor that is not among the three drawn, searched by an alias when it has one
        target = next(n for n in data["nodes"] if n["q"] and n["id"] not in shown)
        query = (target["al"] or [target["n"]])[0].upper()
        op.page.fill("#qg-search", query)
        op.page.press("#qg-search", "Enter")
        op.page.wait_for_function("id => quotegraph.shownActorIds().includes(id)", arg=target["id"], timeout=10_000)
        index = data["nodes"].index(target)
        # focused, once it has its place: selected, and the view centred on it
        op.page.wait_for_function("i => quotegraph.network.getSelectedNodes()[0] === i", arg=index, timeout=10_000)
        centre = op.page.evaluate("quotegraph.network.getViewPosition()")
        spot = op.page.evaluate("i => quotegraph.network.getPositions([i])[i]", index)
        assert abs(centre["x"] - spot["x"]) < 1 and abs(centre["y"] - spot["y"]) < 1
        panel = op.page.inner_text("#qg-panel")
        assert target["n"] in panel
        for qi in target["q"]:
            assert data["quotes"][qi]["t"] in panel
        op.page.screenshot(path=str(tmp_path / "search.png"))
        op.page.fill("#qg-search", "nobody by this name")
        op.page.press("#qg-search", "Enter")
        assert "No actor named" in op.page.inner_text("#qg-search-note")
        assert op.errors == [] and op.outside() == []


def test_clicking_an_actor_lists_its_quotes_with_sentence_article_and_confidence(run_dir, tmp_path):
    page_file = run_dir / "graph.html"
    data = _data(page_file)
    with offline_page() as op:
        _open(op, page_file)
        top = max(range(len(data["nodes"])), key=lambda i: len(data["nodes"][i]["q"]))
        actor = data["nodes"][top]
        # where the actor is on the screen, then a real mouse click there
        spot = op.page.evaluate("""i => {
            const net = quotegraph.network, p = net.canvasToDOM(net.getPositions([i])[i]);
            const box = document.querySelector('#qg-graph canvas').getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""", top)
        op.page.mouse.click(spot["x"], spot["y"])
        op.page.wait_for_function("name => document.querySelector('#qg-panel h2')?.textContent === name",
                                  arg=actor["n"], timeout=10_000)
        panel = op.page.inner_text("#qg-panel")
        assert f"Quotes ({len(actor['q'])})" in panel
        first = data["quotes"][actor["q"][0]]
        assert first["t"] in panel
        assert (first["s"] or first["t"]) in panel  # the sentence around it
        doc = data["docs"][first["d"]]
        assert doc["t"] in panel  # the article (its title, or its file name)
        assert re.search(r"confidence \d\.\d\d", panel)
        op.page.screenshot(path=str(tmp_path / "click.png"))
        assert op.errors == [] and op.outside() == []


def test_clicking_an_edge_lists_the_statements_behind_it(run_dir, tmp_path):
    page_file = run_dir / "graph.html"
    data = _data(page_file)
    names = [n["n"] for n in data["nodes"]]
    with offline_page() as op:
        _open(op, page_file)
        drawn = op.page.evaluate("quotegraph.edges.getIds()")
        # the drawn edge with the most statements, and a spot on it that is on no node
        i = max((int(e[1:]) for e in drawn), key=lambda k: len(data["edges"][k]["q"]) + len(data["edges"][k]["e"]))
        edge = data["edges"][i]
        spot = op.page.evaluate("""id => {
            const net = quotegraph.network, e = quotegraph.edges.get(id), pos = net.getPositions([e.from, e.to]);
            const box = document.querySelector('#qg-graph canvas').getBoundingClientRect();
            for (let t = 0.5; t > 0.05; t -= 0.05) for (const s of [t, 1 - t]) {
                const p = net.canvasToDOM({x: pos[e.from].x + s * (pos[e.to].x - pos[e.from].x),
                                           y: pos[e.from].y + s * (pos[e.to].y - pos[e.from].y)});
                if (net.getEdgeAt(p) === id && net.getNodeAt(p) === undefined) return {x: box.left + p.x, y: box.top + p.y};
            }
            return null;
        }""", f"e{i}")
        assert spot is not None, "no spot on the edge to click"
        op.page.mouse.click(spot["x"], spot["y"])
        op.page.wait_for_function("() => document.querySelector('#qg-panel h2') !== null", timeout=10_000)
        heading = op.page.inner_text("#qg-panel h2")
        assert names[edge["f"]] in heading and names[edge["to"]] in heading
        panel = op.page.inner_text("#qg-panel")
        for k in edge["q"]:
            assert data["quotes"][k]["t"] in panel
        for k in edge["e"]:
            statement = data["rels"][k]
            assert (statement["s"] or statement["t"]) in panel
            assert data["docs"][statement["d"]]["t"] in panel
        op.page.screenshot(path=str(tmp_path / "edge.png"))
        assert op.errors == [] and op.outside() == []


def test_filters_by_relation_and_weight_change_what_is_drawn(run_dir):
    data = _data(run_dir / "graph.html")
    with offline_page() as op:
        _open(op, run_dir / "graph.html")
        count = "quotegraph.edges.length"
        before = op.page.evaluate(count)
        rel = max(data["relations"], key=lambda r: sum(1 for e in data["edges"] if e["r"] == r["key"]))
        op.page.uncheck(f"#qg-relations input[value={rel['key']}]")
        after = op.page.evaluate(count)
        assert 0 <= after < before
        op.page.check(f"#qg-relations input[value={rel['key']}]")
        assert op.page.evaluate(count) == before
        heaviest = max(len(e["q"]) + len(e["e"]) for e in data["edges"] if any(r["key"] == e["r"] and r["on"]
                                                                              for r in data["relations"]))
        op.page.fill("#qg-minw", str(heaviest))
        op.page.dispatch_event("#qg-minw", "change")
        weights = op.page.evaluate("quotegraph.edges.get().map(e => e.value)")
        assert weights and min(weights) >= heaviest
        assert op.errors == [] and op.outside() == []
