"""Summarizer.fit (corpus IDF), save/load and the pickle of a fitted summarizer."""

from __future__ import annotations

import json
import math
import os
import pickle
import socket
import stat
import struct
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import salience
from hypothesis import given, settings
from hypothesis import strategies as st
from salience import ModelFileError, Summarizer

NEWS = [
    "The minister met the president on Monday. The talks were long and tense.",
    "The president spoke about the economy. Markets rose after the speech.",
    "A storm hit the coast overnight. The minister visited the coast on Tuesday.",
]
# Words that are their own stems and no stopwords, so that an oracle can name the terms.
WORDS = ["cat", "dog", "bird", "fish", "cow", "owl"]


def only_tfidf() -> Summarizer:
    """A summarizer whose scores are the tfidf feature alone."""
    return Summarizer(
        language="en",
        position_weight=0.0,
        title_weight=0.0,
        length_weight=0.0,
        noise_weight=0.0,
        redundancy_threshold=1.0,
    )


def idf(total: int, holding: int) -> float:
    return math.log((1 + total) / (1 + holding)) + 1


def expected_tfidf(sentences: list[list[str]], corpus: list[list[str]]) -> list[float]:
    """The tfidf feature of each sentence, computed the slow, obvious way: cosine of the
    sentence's (1 + ln tf) * idf vector to the sum of all sentences' unit vectors, with idf
    the sentence IDF times the root of the corpus IDF (the text counted as one more
    document)."""
    holding_sentences = Counter(word for sentence in sentences for word in set(sentence))
    documents = [set(words) for words in corpus] + [{word for s in sentences for word in s}]
    holding_documents = Counter(word for words in documents for word in words)
    vectors = []
    for sentence in sentences:
        weights = {
            word: (1 + math.log(count))
            * idf(len(sentences), holding_sentences[word])
            * math.sqrt(idf(len(documents), holding_documents[word]))
            for word, count in Counter(sentence).items()
        }
        norm = math.sqrt(sum(weight * weight for weight in weights.values()))
        vectors.append({word: weight / norm for word, weight in weights.items()})
    centroid: Counter[str] = Counter()
    for vector in vectors:
        centroid.update(vector)
    centroid_norm = math.sqrt(sum(value * value for value in centroid.values()))
    return [
        sum(weight * centroid[word] for word, weight in vector.items()) / centroid_norm
        for vector in vectors
    ]


def as_text(sentences: list[list[str]]) -> str:
    return " ".join(" ".join(words).capitalize() + "." for words in sentences)


sentences_of_words = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=6
)


@settings(max_examples=60, deadline=None)
@given(sentences=sentences_of_words, corpus=st.lists(sentences_of_words, min_size=1, max_size=8))
def test_fitted_tfidf_matches_the_reference_formula(
    sentences: list[list[str]], corpus: list[list[list[str]]]
) -> None:
    fitted = only_tfidf().fit([as_text(document) for document in corpus])
    summary = fitted.summarize(as_text(sentences), sentences=len(sentences))
    corpus_words = [[word for sentence in document for word in sentence] for document in corpus]
    expected = expected_tfidf(sentences, corpus_words)
    by_position = sorted(summary.ranking, key=lambda sentence: sentence.start)
    assert [sentence.features["tfidf"] for sentence in by_position] == pytest.approx(
        expected, abs=1e-9
    )


def test_fit_returns_a_new_summarizer_and_leaves_the_original() -> None:
    plain = Summarizer(language="en")
    fitted = plain.fit(NEWS)
    assert plain.fitted_documents == {} and fitted.fitted_documents == {"en": 3}
    assert fitted.options == plain.options
    assert fitted != plain and hash(fitted) != hash(plain)
    assert fitted == plain.fit(NEWS) and hash(fitted) == hash(plain.fit(NEWS))
    assert fitted.document_frequency("minist") == 2
    assert fitted.document_frequency("coast") == 1
    assert fitted.document_frequency("unseen") == 0
    assert plain.document_frequency("minist") == 0
    assert "fit(<3 documents; en: 3>)" in repr(fitted)


def test_fitting_again_starts_from_nothing() -> None:
    twice = Summarizer(language="en").fit(NEWS).fit(NEWS[:1])
    assert twice.fitted_documents == {"en": 1}
    assert twice == Summarizer(language="en").fit(NEWS[:1])


def test_fitting_changes_the_weights_of_corpus_words() -> None:
    text = "The minister spoke. The storm hit the coast hard. The minister left the coast."
    plain = only_tfidf().summarize(text, sentences=3)
    fitted = only_tfidf().fit(NEWS).summarize(text, sentences=3)
    assert [s.features["tfidf"] for s in plain.ranking] != [
        s.features["tfidf"] for s in fitted.ranking
    ]


def test_auto_counts_each_document_in_its_own_language() -> None:
    german = "Der Minister sagte, dass die Gespräche lang und schwierig waren."
    fitted = Summarizer().fit([*NEWS, german, "12345"])
    assert fitted.fitted_documents == {"de": 1, "en": 4}
    assert fitted.document_frequency("minist", language="de") == 1
    with pytest.raises(ValueError, match="name the language"):
        fitted.document_frequency("minist")


def test_a_text_in_an_unfitted_language_is_weighed_by_itself() -> None:
    german = "Der Minister sagte, dass die Gespräche lang waren. Die Presse wartete lange."
    fitted = Summarizer().fit(NEWS)
    assert fitted.summarize(german).ranking == Summarizer().summarize(german).ranking


def generated(count: int) -> Iterator[str]:
    for i in range(count):
        yield f"{NEWS[i % 3]} Item number {i} of the stream."


def test_a_long_generator_fits_the_same_as_a_list_on_any_number_of_threads() -> None:
    # More than one chunk of texts (512), so that chunks are counted together.
    from_list = Summarizer(language="en").fit(list(generated(1300)), n_jobs=1)
    assert Summarizer(language="en").fit(generated(1300), n_jobs=2) == from_list
    assert from_list.fitted_documents == {"en": 1300}
    assert from_list.document_frequency("stream") == 1300


def test_min_df_and_max_terms_bound_the_table() -> None:
    full = Summarizer(language="en").fit(generated(1300))
    assert full.document_frequency("1299") == 1
    pruned = Summarizer(language="en").fit(generated(1300), min_df=2)
    assert pruned.document_frequency("1299") == 0
    assert pruned.document_frequency("minist") == full.document_frequency("minist")
    assert pruned.fitted_documents == full.fitted_documents
    small = Summarizer(language="en").fit(generated(1300), max_terms=5)
    assert len(pickle.dumps(small)) < len(pickle.dumps(full)) // 10
    assert small.document_frequency("stream") == 1300  # among the most frequent
    assert small.document_frequency("storm") == 0


@pytest.mark.parametrize(
    ("documents", "error", "match"),
    [
        ("one text", TypeError, "not a single str"),
        (b"bytes", TypeError, "not a single str"),
        (["fine", 3], TypeError, r"document 1: text must be str, not int"),
        (["fine", b"raw"], TypeError, r"document 1: .*decode it first"),
        (["fine", "bad \ud800"], ValueError, r"document 1: .*lone surrogate U\+D800 at offset 4"),
        ([*(["fine"] * 600), "bad \udfff"], ValueError, r"document 600: .*lone surrogate"),
    ],
)
def test_bad_documents_raise_naming_their_position(
    documents: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        Summarizer().fit(documents)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"min_df": -1}, "min_df"),
        ({"max_terms": 0}, "max_terms"),
        ({"max_terms": 1.5}, "max_terms"),
        ({"n_jobs": 0}, "n_jobs"),
    ],
)
def test_bad_fit_options_raise(options: dict[str, object], match: str) -> None:
    with pytest.raises((TypeError, ValueError), match=match):
        Summarizer().fit(NEWS, **options)  # type: ignore[arg-type]


def test_pickle_carries_the_fitted_counts() -> None:
    fitted = Summarizer(language="en", position_weight=0.3).fit(NEWS)
    restored = pickle.loads(pickle.dumps(fitted))
    assert restored == fitted
    assert restored.fitted_documents == {"en": 3}
    text = NEWS[0] + " " + NEWS[2]
    assert restored.summarize(text).ranking == fitted.summarize(text).ranking


def test_save_and_load_give_back_the_same_summarizer(tmp_path: Path) -> None:
    path = tmp_path / "model.salience"
    for summarizer in (Summarizer(title_weight=0.1), Summarizer(language="en").fit(NEWS)):
        summarizer.save(path)
        loaded = Summarizer.load(path)
        assert loaded == summarizer and loaded.options == summarizer.options
        assert loaded.summarize(NEWS[2]).ranking == summarizer.summarize(NEWS[2]).ranking
    Summarizer().fit(NEWS).save(str(path))  # a str path works too, replacing the file
    assert Summarizer.load(str(path)).fitted_documents == {"en": 3}
    assert [p.name for p in tmp_path.iterdir()] == ["model.salience"]  # no temporary left


def damaged(data: bytes) -> list[tuple[bytes, str]]:
    """Damaged copies of a model file's bytes, each with the reason load must give."""
    (header_size,) = struct.unpack_from("<Q", data, 17)
    table = 25 + header_size + 8
    return [
        (b"", "magic bytes"),
        (b"PK\x03\x04 a zip archive", "magic bytes"),
        (data.replace(b"\r\n", b"\n", 1), "copied as text"),
        (data[:20], "cut short"),
        (data[:-1], "sizes add up"),
        (data + b"\x00", "sizes add up"),
        (data[:13] + struct.pack("<I", 2) + data[17:], "format 2"),
        (data[:40] + bytes([data[40] ^ 1]) + data[41:], "checksum"),
        (data[: table + 10] + bytes([data[table + 10] ^ 1]) + data[table + 11 :], "checksum"),
    ]


def test_load_refuses_foreign_and_damaged_files(tmp_path: Path) -> None:
    source = tmp_path / "model.salience"
    Summarizer().fit(NEWS).save(source)
    for number, (data, match) in enumerate(damaged(source.read_bytes())):
        path = tmp_path / f"damaged-{number}"
        path.write_bytes(data)
        with pytest.raises(ModelFileError, match=match):
            Summarizer.load(path)
    with pytest.raises(FileNotFoundError):
        Summarizer.load(tmp_path / "missing")


def test_load_refuses_a_valid_file_with_bad_contents(
    tmp_path: Path, model_file: Callable[..., bytes]
) -> None:
    path = tmp_path / "model.salience"

    def write(options: dict[str, object], table: bytes = b"") -> None:
        path.write_bytes(model_file(options_header(json.dumps(options)), table))

    write({"position_weight": -1.0})
    with pytest.raises(ModelFileError, match="position_weight"):
        Summarizer.load(path)
    write({"no_such_option": 1})
    with pytest.raises(ModelFileError, match="no_such_option"):
        Summarizer.load(path)
    write({}, b"SIDF\x01\x01\x02xx\x00\x00")
    with pytest.raises(ModelFileError, match="unsupported language 'xx'"):
        Summarizer.load(path)
    assert isinstance(ModelFileError("x"), ValueError)


def test_a_pickle_of_salience_0_1_0_still_loads() -> None:
    # Format 1, as 0.1.0 pickled a summarizer: its restore function and the options alone.
    restore, (_, options, _) = Summarizer(title_weight=0.3).__reduce__()

    class PickledBy010:
        def __reduce__(self) -> tuple[object, tuple[int, object]]:
            return restore, (1, options)

    data = pickle.dumps(PickledBy010())
    assert b"salience._summarizer" in data  # the module that 0.1.0's pickles name
    assert pickle.loads(data) == Summarizer(title_weight=0.3)


def test_scikit_learn_transformer_fits_idf_from_its_input() -> None:
    pytest.importorskip("sklearn")
    from salience.sklearn import SummaryTransformer

    transformer = SummaryTransformer(Summarizer(language="en"), sentences=1).fit(NEWS)
    assert transformer.summarizer_ == Summarizer(language="en").fit(NEWS)
    kept = SummaryTransformer(Summarizer(language="en"), fit_idf=False).fit(NEWS)
    assert kept.summarizer_ == Summarizer(language="en")
    skipping = SummaryTransformer(Summarizer(language="en"), errors="empty").fit([*NEWS, None])
    assert skipping.summarizer_.fitted_documents == {"en": 3}
    with pytest.raises(TypeError, match="document 3"):
        SummaryTransformer(Summarizer(language="en")).fit([*NEWS, None])


def test_fit_progress_shows_a_bar(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    fitted = Summarizer(language="en").fit(NEWS, progress=True)
    assert fitted.fitted_documents == {"en": 3}
    assert "fitting" in capsys.readouterr().err


def test_package_exports_the_model_error() -> None:
    assert "ModelFileError" in salience.__all__


def test_fitted_keywords_weigh_corpus_words_down() -> None:
    text = (
        "The minister met the farmers. The minister praised the harvest. "
        "The minister left. Drought worried the farmers."
    )
    corpus = [f"The minister spoke about topic number {i}." for i in range(50)]
    plain = Summarizer(language="en").keywords(text, k=3)
    assert plain == salience.keywords(text, k=3, language="en")
    assert plain[0].term == "minist"  # three times in the text
    fitted = Summarizer(language="en").fit(corpus).keywords(text, k=3)
    assert "minist" not in [keyword.term for keyword in fitted]  # in every corpus document
    assert fitted[0].term == "farmer"
    assert all(keyword.count >= 1 for keyword in fitted)


def options_header(options: str) -> bytes:
    return b'{"format": 1, "salience": "0.0.0", "options": ' + options.encode() + b"}"


@pytest.mark.parametrize(
    ("header", "match"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nests JSON deeper"),
        (options_header('{"min_words": [' * 3000 + "]" * 3000 + "}"), "nests JSON deeper"),
        (options_header('{"tfidf_weight": 1' + "0" * 400 + "}"), "a number of 401 characters"),
        (options_header('{"min_words": 1' + "0" * 5000 + "}"), "5,001 characters"),
        (options_header('{"tfidf_weight": 1' + "0" * 5000 + ".5}"), "characters"),
        (options_header('{"tfidf_weight": 1e400}'), "tfidf_weight must be a finite number"),
        (options_header('{"min_words": 100000000000000000000000}'), "min_words must be >= 0"),
        (options_header('{"tfidf_weight": NaN}'), "tfidf_weight"),
        (options_header('{"language": {"a": 1}}'), "language must be a str"),
        (options_header("[1, 2]"), "options are not a JSON object"),
        (b'"options"', "not the JSON of a model"),
        (b"\xff\xfe", "not the JSON of a model"),
    ],
    ids=[
        "nested-header",
        "nested-option",
        "number-of-400-digits",
        "number-of-5000-digits",
        "float-of-5000-digits",
        "float-past-the-largest",
        "count-past-2**64",
        "nan",
        "object-for-a-str",
        "list-for-options",
        "str-for-header",
        "not-utf-8",
    ],
)
def test_load_refuses_any_defect_of_a_checksummed_header_with_a_model_error(
    tmp_path: Path, header: bytes, match: str, model_file: Callable[..., bytes]
) -> None:
    path = tmp_path / "model.salience"
    path.write_bytes(model_file(header))
    with pytest.raises(ModelFileError, match=match):
        Summarizer.load(path)


def test_load_refuses_sizes_past_the_formats_limits_without_reading_them(
    tmp_path: Path, model_file: Callable[..., bytes]
) -> None:
    header = options_header("{}")
    path = tmp_path / "model.salience"
    for sizes, match in [
        ((2**63, 0), "header is said to be 9,223,372,036,854,775,808 bytes"),
        ((len(header), 2**64 - 1), "table is said to be 18,446,744,073,709,551,615 bytes"),
        ((len(header), 2**30), "sizes add up to"),
    ]:
        path.write_bytes(model_file(header, sizes=sizes))
        with pytest.raises(ModelFileError, match=match):
            Summarizer.load(path)


def test_load_reads_no_further_than_a_device_or_a_pipe_states(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="magic bytes"):
        Summarizer.load("/dev/zero")  # before the fix: read until MemoryError
    saved = tmp_path / "model.salience"
    Summarizer(title_weight=0.1).save(saved)
    data = saved.read_bytes()
    for sent, match in [(data, None), (data[:-1], "cut short"), (data + b"x", "goes on past")]:
        reader, writer = os.pipe()
        os.write(writer, sent)
        os.close(writer)
        with os.fdopen(reader, "rb") as pipe:
            if match is None:
                assert Summarizer.load(f"/dev/fd/{pipe.fileno()}") == Summarizer(title_weight=0.1)
            else:
                with pytest.raises(ModelFileError, match=match):
                    Summarizer.load(f"/dev/fd/{pipe.fileno()}")


def not_regular_files(directory: Path) -> Iterator[tuple[Path, str]]:
    """Things save() must not replace, each with the name of its type."""
    fifo = directory / "fifo"
    os.mkfifo(fifo)
    yield fifo, "a named pipe"
    folder = directory / "folder"
    folder.mkdir()
    yield folder, "a directory"
    listening = socket.socket(socket.AF_UNIX)
    try:
        listening.bind(str(directory / "socket"))
        yield directory / "socket", "a socket"
    finally:
        listening.close()
    if os.geteuid() == 0:  # a copy of /dev/null's device, made here: never /dev/null itself
        null = os.stat("/dev/null").st_rdev
        os.mknod(directory / "null", 0o666 | stat.S_IFCHR, null)
        yield directory / "null", "a character device"


def test_save_refuses_to_replace_what_is_not_a_regular_file(tmp_path: Path) -> None:
    for path, kind in not_regular_files(tmp_path):
        before = os.lstat(path)
        with pytest.raises(FileExistsError, match=f"is {kind}: save\\(\\) replaces only a regular"):
            Summarizer().save(path)
        after = os.lstat(path)
        assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino), kind
        link = tmp_path / f"link-to-{path.name}"
        link.symlink_to(path)
        with pytest.raises(FileExistsError, match=f"leads to {path}, which is {kind}"):
            Summarizer().save(link)
        assert link.is_symlink()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_save_follows_a_symbolic_link_to_the_file_it_replaces(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    target = models / "real.salience"
    Summarizer().save(target)
    chain = tmp_path / "second-link"
    chain.symlink_to(target)
    link = tmp_path / "link"
    link.symlink_to(chain)
    Summarizer(title_weight=0.1).save(link)
    assert link.is_symlink() and chain.is_symlink()
    assert Summarizer.load(target) == Summarizer(title_weight=0.1)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(models / "new.salience")
    Summarizer(title_weight=0.3).save(dangling)
    assert dangling.is_symlink()
    assert Summarizer.load(models / "new.salience") == Summarizer(title_weight=0.3)
    assert sorted(p.name for p in models.iterdir()) == ["new.salience", "real.salience"]


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask")
def test_save_keeps_the_mode_of_the_file_it_replaces_and_honours_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "model.salience"
    for mode in (0o644, 0o640, 0o604, 0o755):
        path.write_bytes(b"")
        path.chmod(mode)
        Summarizer().save(path)
        assert stat.S_IMODE(path.stat().st_mode) == mode
    for mask, expected in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        os.umask(mask)
        new = tmp_path / f"new-{mask:o}.salience"
        Summarizer().save(new)
        assert stat.S_IMODE(new.stat().st_mode) == expected


def test_save_takes_any_legal_file_name(tmp_path: Path) -> None:
    for name in ("m" * 255, "é" * 127, "m" * 246):  # 255, 254 and 246 bytes
        path = tmp_path / name
        Summarizer(title_weight=0.1).save(path)
        Summarizer(title_weight=0.2).save(path)  # replacing it too
        assert Summarizer.load(path) == Summarizer(title_weight=0.2)
    assert len(list(tmp_path.iterdir())) == 3
