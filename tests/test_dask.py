"""Extraction on a Dask cluster (a LocalCluster here) gives the output of one local worker."""

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from quotegraph import Document, extract, iter_documents
from quotegraph.cli import main
from quotegraph.model import dumps

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    # One worker process's worth of threads, in this process: light enough for CI.
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=None) as cl:
        yield cl


def _docs():
    extra = [Document(text="“We will not move,” Mayor Ada Park told reporters.", source="a.txt"),
             Document(text="The talks failed, a NATO diplomat said on Monday.", source="b.txt")]
    return extra + list(iter_documents([EXAMPLES]))


def test_dask_same_output_as_one_worker(cluster):
    docs = _docs()
    local = [dumps(ex) for ex in extract(docs)]
    with distributed.Client(cluster, set_as_default=False) as client:
        remote = [dumps(ex) for ex in extract(docs, dask=client)]
    assert remote == local


def test_cli_dask_address(cluster, tmp_path):
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    r1 = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(local), "-q", "--no-cache"])
    r2 = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(remote), "-q", "--no-cache",
                                   "--dask", cluster.scheduler_address])
    assert r1.exit_code == 0 and r2.exit_code == 0, (r1.output, r2.output)
    assert remote.read_bytes() == local.read_bytes()


@pytest.mark.slow  # waits for the connection timeout
def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(tmp_path / "q.jsonl"), "-q",
                                  "--no-cache", "--dask", "tcp://127.0.0.1:9"])
    assert r.exit_code != 0
    assert "tcp://127.0.0.1:9" in r.output
    assert not (tmp_path / "q.jsonl").exists()


def test_each_worker_loads_the_pipeline_once(cluster):
    from quotegraph.pipeline import load_pipeline

    def loads() -> int:
        return load_pipeline.cache_info().misses

    with distributed.Client(cluster, set_as_default=False) as client:
        list(extract(_docs(), dask=client))
        before = client.run(loads)
        list(extract(_docs(), dask=client))
        list(extract(_docs()[:2], dask=client))
        assert client.run(loads) == before
