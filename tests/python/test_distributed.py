"""A Summarizer shipped to other processes: pickling, Dask distributed and PySpark.

The engines' tests run on 200 articles made from the repository's own texts (conftest's
make_articles), so that a clone anywhere runs them; they skip when the engine is not installed.
They make the calls of the Dask and Spark snippets of docs/scaling.md ("Beyond one
machine"), whose text test_docs.py only compiles.
"""

import os
import pickle
import shutil
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
import salience

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

ARTICLES = 200


@pytest.fixture(scope="module")
def articles(made_articles: list[str]) -> list[str]:
    return made_articles[:ARTICLES]


@pytest.fixture(scope="module")
def fitted(articles: list[str]) -> salience.Summarizer:
    """The summarizer shipped to the workers: fitted, so that its IDF travels with it."""
    return salience.Summarizer().fit(articles)


@pytest.fixture(scope="module")
def serial(articles: list[str], fitted: salience.Summarizer) -> list[salience.Summary]:
    return [fitted.summarize(text, sentences=3) for text in articles]


def texts_and_scores(summaries: list[salience.Summary]) -> list[tuple[str, list[float]]]:
    return [(s.text, [sentence.score for sentence in s.ranking]) for s in summaries]


# -- pickle ------------------------------------------------------------------------------------


def test_pickled_summarizer_is_small_and_fast() -> None:
    summarizer = salience.Summarizer(language="de", position_weight=0.7)
    data = pickle.dumps(summarizer)
    assert len(data) < 1024  # options only: nothing is fitted
    start = time.perf_counter()
    for _ in range(1000):
        restored = pickle.loads(pickle.dumps(summarizer))
    assert time.perf_counter() - start < 1.0  # about 10 µs a round trip
    assert restored == summarizer


def test_summarizer_pickled_by_another_format_version_is_rejected() -> None:
    class FromAnotherVersion:
        def __reduce__(self) -> tuple[object, tuple[int, object]]:
            restore, (version, *state) = salience.Summarizer().__reduce__()
            return restore, (version + 1, *state)

    data = pickle.dumps(FromAnotherVersion())
    with pytest.raises(ValueError, match=r"pickled by another version of salience \(format \d+"):
        pickle.loads(data)


def test_fitted_summarizer_pickles_its_counts(fitted: salience.Summarizer) -> None:
    data = pickle.dumps(fitted)
    assert len(data) < 200_000  # 200 articles' distinct stems and their counts
    start = time.perf_counter()
    restored = pickle.loads(data)
    assert time.perf_counter() - start < 0.5  # a few milliseconds
    assert restored == fitted and restored.fitted_documents == fitted.fitted_documents


# -- Dask distributed --------------------------------------------------------------------------


def test_dask_worker_processes_give_the_serial_summaries(
    articles: list[str], fitted: salience.Summarizer, serial: list[salience.Summary]
) -> None:
    distributed = pytest.importorskip(
        "dask.distributed", reason="dask[distributed] is not installed"
    )
    bag = pytest.importorskip("dask.bag", reason="dask[distributed] is not installed")
    summarizer = fitted
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        workers = client.run(os.getpid)
        futures = client.map(summarizer.summarize, articles, sentences=3, pure=False)
        summaries = client.gather(futures)
        ran_on = {worker for worker, keys in client.has_what().items() if keys}
        # docs/scaling.md's other form: one task per partition, each a summarize_many batch.
        heads = (
            bag.from_sequence(articles, partition_size=50)
            .map_partitions(
                lambda part: [s.text for s in summarizer.summarize_many(part, n_jobs=1)]
            )
            .compute()
        )

    assert len(set(workers.values())) == 2
    assert os.getpid() not in workers.values()
    assert ran_on == set(workers)  # both worker processes took a share
    assert texts_and_scores(summaries) == texts_and_scores(serial)
    assert summaries == serial
    assert heads == [s.text for s in serial]


# -- PySpark -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark() -> Iterator["SparkSession"]:
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    pytest.importorskip("pyarrow", reason="pyarrow (for pandas UDFs) is not installed")
    pytest.importorskip("pandas", reason="pandas (for pandas UDFs) is not installed")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("pyspark needs Java 17 or later")
    from pyspark.sql import SparkSession

    # Spark on the loopback interface only; its Python workers are this interpreter.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("salience-test")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.pyspark.python", sys.executable)
            .config("spark.pyspark.driver.python", sys.executable)
            .getOrCreate()
        )
        yield session
        session.stop()


# pyspark 4.x warns that it is not yet tested with pandas 3; the UDF below works with both.
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_pandas_udf_gives_the_serial_summaries(
    spark: "SparkSession",
    articles: list[str],
    fitted: salience.Summarizer,
    serial: list[salience.Summary],
) -> None:
    import pandas as pd

    # From the module that defines it: mypy does not see pyspark.sql.functions export it.
    from pyspark.sql.pandas.functions import pandas_udf

    summarizer = fitted  # pickled into the UDF's closure
    # (Spark reads the UDF's type hints, so this module keeps them evaluated: no
    # `from __future__ import annotations`.)

    def summarize(texts: pd.Series) -> pd.DataFrame:
        summaries = list(summarizer.summarize_many(texts, n_jobs=1, sentences=3))
        # Annotated: pandas-stubs types DataFrame() as typing.Self, which mypy's target
        # Python 3.10 lacks, so the call alone is Any.
        frame: pd.DataFrame = pd.DataFrame(
            {
                "text": [s.text for s in summaries],
                "scores": [[sentence.score for sentence in s.ranking] for s in summaries],
            }
        )
        return frame

    # Applied as a call, not as a decorator, so that summarize stays type-checked; through
    # Any, as pyspark's overloads know no Series -> DataFrame (struct) UDF.
    make_udf: Any = pandas_udf
    summarize_column = make_udf("text string, scores array<double>")(summarize)
    frame = spark.createDataFrame(
        pd.DataFrame({"id": range(len(articles)), "article": articles})
    ).repartition(2)
    rows = frame.select("id", summarize_column("article").alias("summary")).collect()
    by_id = {row["id"]: (row["summary"]["text"], list(row["summary"]["scores"])) for row in rows}
    assert [by_id[i] for i in range(len(articles))] == texts_and_scores(serial)
