"""Several worker processes give the same output, in the same order, as one; input is streamed."""

import itertools

from click.testing import CliRunner

from conftest import EXAMPLES
from quotegraph import Document, extract, iter_documents
from quotegraph.cli import main
from quotegraph.model import dumps
from quotegraph.parallel import InlineExecutor, ProcessExecutor, extract_scaled

TEXTS = [
    "“We will not move,” Mayor Ada Park told reporters.",
    "The talks failed, a NATO diplomat said on Monday.",
    "“It is over,” said Foreign Minister Lars Berg. He added that Norway would wait.",
    "Nothing was said here.",
    "According to Reuters, the envoy met President Alma Reyes in Quito.",
    "“Ready,” Ms. Lee said. “Always,” she added.",
]


def _docs():
    return [Document(text=t, source=f"t{i}.txt") for i, t in enumerate(TEXTS)] + list(iter_documents([EXAMPLES]))


def test_two_processes_same_output_same_order_as_one():
    docs = _docs()
    one = [dumps(ex) for ex in extract(docs)]
    with ProcessExecutor(2) as pool:
        # one document per batch: many batches in flight, finishing out of order
        two = [dumps(ex) for ex in extract_scaled(docs, executor=pool, batch_docs=1)]
    assert two == one


def test_cli_workers_option_gives_identical_file(tmp_path):
    out1, out2 = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out1), "-q", "--no-cache"])
    r2 = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out2), "-q", "--no-cache",
                                   "--workers", "2"])
    assert r1.exit_code == 0 and r2.exit_code == 0, (r1.output, r2.output)
    assert out1.read_bytes() == out2.read_bytes()


def test_input_is_read_as_it_goes_not_all_at_once():
    read = itertools.count()

    def endless():
        for i in itertools.count():
            next(read)
            yield Document(text=f"“Point {i},” Mr. Lee said.", source=f"doc{i}")

    results = extract_scaled(endless(), executor=InlineExecutor(), batch_docs=4)
    first = [next(results) for _ in range(3)]
    results.close()
    assert [ex.document.source for ex in first] == ["doc0", "doc1", "doc2"]
    # a bounded read-ahead (a window of 4 batches of 4, and the batch being built), not the endless input
    assert next(read) <= 4 * 4 + 4 + 1


class _RecordingExecutor(InlineExecutor):
    """Runs batches in this process, as if it were ``capacity`` workers, and notes their sizes."""

    def __init__(self, capacity: int) -> None:
        super().__init__()
        self.capacity, self.sizes = capacity, []

    def submit(self, documents):
        self.sizes.append(len(documents))
        return super().submit(documents)


def test_batches_shrink_at_the_end_so_workers_finish_together():
    docs = [Document(text=f"“Point {i},” Mr. Lee said. " * 5, source=f"doc{i}") for i in range(60)]
    pool = _RecordingExecutor(capacity=2)
    out = [ex.document.source for ex in extract_scaled(docs, executor=pool, batch_docs=8)]
    assert out == [d.source for d in docs]
    assert sum(pool.sizes) == 60
    assert pool.sizes[0] == 8                      # full batches while much is left
    assert pool.sizes[-1] < 8 and pool.sizes[-2] < 8  # then shares of what is left
    assert pool.sizes == sorted(pool.sizes, reverse=True)
    alone = _RecordingExecutor(capacity=1)
    list(extract_scaled(docs, executor=alone, batch_docs=8))
    assert alone.sizes == [8] * 7 + [4]  # one worker: whole batches, nobody to share the end with

