"""Writes the seed corpora of the fuzz targets: tests/fuzz/corpus/{segment,summarize,corpus}/.

Each seed is an option header followed by UTF-8 text. The header is read by a
FuzzedDataProvider of its own, which takes integers from its end, last byte first; this
script lays the bytes out the way the targets read them (see segment_fuzzer.cpp and
summarize_fuzzer.cpp), so that a seed means what its name says. Run it again after
changing a header layout:

    python3 tests/fuzz/make_seeds.py
"""

from __future__ import annotations

import math
import re
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
U64_MAX = 2**64 - 1


def supported_codes() -> list[str]:
    """Language::supported_codes(): a stopword list or a Snowball stemmer, sorted."""
    stopwords = {path.stem for path in (ROOT / "cpp/data/stopwords").glob("*.txt")}
    source = (ROOT / "cpp/src/language.cpp").read_text(encoding="utf-8")
    snowball = set(re.findall(r'\{"([a-z]{2})", "[a-z]+"\}', source))
    return sorted(stopwords | snowball)


class Header:
    """Integers in the order a FuzzedDataProvider consumes them, laid out back to front."""

    def __init__(self) -> None:
        self.consumed = bytearray()

    def small(self, value: int) -> Header:  # ConsumeIntegralInRange over < 256 values, ConsumeBool
        self.consumed.append(value)
        return self

    def u64(self, value: int) -> Header:  # ConsumeIntegral<uint64_t / size_t>: first byte highest
        self.consumed += value.to_bytes(8, "big")
        return self

    def double(self, value: float | str, low: float, high: float) -> Header:
        """consume_double in summarize_fuzzer.cpp: a selector byte, then 8 bytes."""
        hostile = {"0": 0, "-0": 1, "-1": 2, "nan": 3, "inf": 4, "-inf": 5, "max": 6, "denorm": 7}
        if isinstance(value, str):
            return self.small(hostile[value]).u64(0)
        if not math.isfinite(value) or not low <= value <= high:
            (bits,) = struct.unpack("<Q", struct.pack("<d", value))
            return self.small(8).u64(bits)
        if value == int(value) and value + 0.5 <= high:  # floor(low + range * share), exact
            return self.small(9).u64(self._share(value + 0.5, low, high))
        return self.small(10).u64(self._share(value, low, high))

    @staticmethod
    def _share(value: float, low: float, high: float) -> int:
        return min(U64_MAX, round((value - low) / (high - low) * U64_MAX))

    def bytes(self, size: int) -> bytes:
        assert len(self.consumed) <= size, (len(self.consumed), size)
        return bytes(size - len(self.consumed)) + bytes(reversed(self.consumed))


TEXTS = {
    "news": (
        "Council Approves New Library Budget\n\n"
        "WASHINGTON (Agency) - The council approved the budget on Tuesday. Mr. Smith, who\n"
        'chairs it, said the U.S. plan adds 2.5 million dollars. "It is a good day," he said.\n\n'
        "Critics disagreed. The vote is expected next month!"
    ),
    "cnn": "(CNN)Share, and your gift will be multiplied. That may sound odd... It is not.",
    "wrapped": "A sentence that is hard\nwrapped over three\nlines ends here. Next one?\r\nYes.",
    "cjk": "東京は今日も晴れです。大阪は雨が降りました。明日の天気はどうでしょうか\uff1f",
    "mixed": "Tokyo 東京 is big. مرحبا بالعالم. שלום עולם! Привет, мир. नमस्ते दुनिया।",
    "emoji": "The family 👨\u200d👩\u200d👧\u200d👦 went home. Flags 🇺🇸 🇯🇵 waved! Café\u0301 open.",
    "controls": (
        "\x00Control\x01 chars\x07 here.\u2028Line two.\u2029Para \u200fthree\u202e.\x85End\x0c."
    ),
    "blank": " \t\n\u3000\u00a0\r\n",
    "one": "a",
    "fragments": "Word. Word. Word. Other word! Word? A. B. C.",
}

SEGMENT_SEEDS = {
    "news-en": ("en", 0, "news"),
    "cnn-en": ("en", 0, "cnn"),
    "wrapped-en": ("en", 0, "wrapped"),
    "cjk-ja": ("ja", 0, "cjk"),
    "mixed-ar": ("ar", 0, "mixed"),
    "emoji-en": ("en", 0, "emoji"),
    "controls-de": ("de", 0, "controls"),
    "blank-en": ("en", 0, "blank"),
    "invalid-utf8-raw": (
        "en",
        1,
        b"Valid start. \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 end\xe2\x82",
    ),
    "pieces": ("fr", 2, bytes(range(0, 64, 3))),
}

DEFAULTS = {
    "language": "en",
    "tfidf": 1.0,
    "position": 0.4,
    "curve": 0,
    "decay": 3.0,
    "title": 0.2,
    "length": 0.5,
    "min_words": 8,
    "redundancy": 0.5,
    "budget": ("sentences", 3.0),
    "mode": 0,
}

SUMMARIZE_SEEDS: dict[str, tuple[dict[str, object], str]] = {
    "defaults-news": ({}, "news"),
    "defaults-cnn": ({}, "cnn"),
    "ratio-mixed": ({"budget": ("ratio", 0.5), "language": "ru"}, "mixed"),
    "words-wrapped": ({"budget": ("words", 12.0), "curve": 1}, "wrapped"),
    "chars-emoji": ({"budget": ("chars", 40.0), "curve": 2}, "emoji"),
    "cjk-ja": ({"language": "ja", "curve": 3, "min_words": 0}, "cjk"),
    "redundancy-fragments": ({"redundancy": 0.0, "budget": ("sentences", 10.0)}, "fragments"),
    "nan-weight": ({"tfidf": "nan"}, "news"),
    "huge-weights": ({"tfidf": "max", "position": "max", "title": "max"}, "news"),
    "tiny-decay": ({"decay": "denorm", "length": 0.0}, "controls"),
    "zero-budget": ({"budget": ("words", "0")}, "one"),
    "unknown-language": ({"language": None}, "one"),
    "huge-min-words": ({"min_words": U64_MAX}, "fragments"),
    "blank": ({}, "blank"),
}

KINDS = {
    "sentences": (0, 1.0, 10.0),
    "ratio": (1, 0.0, 1.0),
    "words": (2, 1.0, 400.0),
    "chars": (3, 1.0, 400.0),
}


def segment_seed(codes: list[str], language: str, mode: int, text: bytes) -> bytes:
    header = Header().small(codes.index(language)).small(mode)
    return header.bytes(2) + text


def summarize_seed(codes: list[str], changes: dict[str, object], text: bytes) -> bytes:
    o = {**DEFAULTS, **changes}
    language = o["language"]
    header = Header().small(len(codes) if language is None else codes.index(str(language)))
    header.double(o["tfidf"], 0.0, 2.0).double(o["position"], 0.0, 2.0)  # type: ignore[arg-type]
    header.small(int(o["curve"]))  # type: ignore[call-overload]
    header.double(o["decay"], 0.0, 20.0)  # type: ignore[arg-type]
    header.double(o["title"], 0.0, 2.0).double(o["length"], 0.0, 2.0)  # type: ignore[arg-type]
    min_words = int(o["min_words"])  # type: ignore[call-overload]
    header.small(1 if min_words <= 20 else 0).u64(min_words)
    header.double(o["redundancy"], 0.0, 1.0)  # type: ignore[arg-type]
    kind, value = o["budget"]  # type: ignore[misc]
    index, low, high = KINDS[kind]
    header.small(index).double(value, low, high).small(int(o["mode"]))  # type: ignore[call-overload]
    return header.bytes(1 + 6 * 9 + 1 + 9 + 1 + 9 + 1) + text


def varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def idf_table(tables: dict[str, tuple[int, dict[str, int]]]) -> bytes:
    """An IDF table as CorpusFrequencies::serialize writes it (format 1 of corpus.h)."""
    out = bytearray(b"SIDF\x01") + varint(len(tables))
    for code, (documents, counts) in sorted(tables.items()):
        out += varint(len(code)) + code.encode() + varint(documents) + varint(len(counts))
        previous = b""
        for term, count in sorted((term.encode(), count) for term, count in counts.items()):
            shared = 0
            while shared < min(len(term), len(previous)) and term[shared] == previous[shared]:
                shared += 1
            out += varint(shared) + varint(len(term) - shared) + term[shared:] + varint(count)
            previous = term
    return bytes(out)


CORPUS_SEEDS = {
    "empty-table": {},
    "english": {"en": (3, {"minist": 2, "presid": 2, "talk": 1, "coast": 1, "storm": 1})},
    "two-languages": {
        "de": (2, {"minist": 2, "gespräch": 1}),
        "en": (1, {"govern": 1, "government": 1}),
    },
    "no-terms": {"ja": (5, {})},
}


def write(directory: Path, seeds: dict[str, bytes]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        old.unlink()
    for name, data in seeds.items():
        (directory / name).write_bytes(data)


def main() -> None:
    codes = supported_codes()
    encoded = {name: text.encode("utf-8") for name, text in TEXTS.items()}
    segment = {
        name: segment_seed(
            codes, language, mode, text if isinstance(text, bytes) else encoded[text]
        )
        for name, (language, mode, text) in SEGMENT_SEEDS.items()
    }
    summarize = {
        name: summarize_seed(codes, changes, encoded[text])
        for name, (changes, text) in SUMMARIZE_SEEDS.items()
    }
    write(HERE / "corpus" / "segment", segment)
    write(HERE / "corpus" / "summarize", summarize)
    corpus = {name: idf_table(tables) for name, tables in CORPUS_SEEDS.items()}
    write(HERE / "corpus" / "corpus", corpus)
    print(
        f"wrote {len(segment)} segment, {len(summarize)} summarize and {len(corpus)} corpus seeds"
    )


if __name__ == "__main__":
    main()
