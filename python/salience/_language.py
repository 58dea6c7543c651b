"""Languages: the codes ``language=`` accepts, "auto", and the detection it stands for."""

from __future__ import annotations

from salience import _core
from salience._validation import check_text

AUTO = _core.AUTO_LANGUAGE


def check_language(language: object) -> str:
    if not isinstance(language, str):
        raise TypeError(f"language must be a str such as 'en', not {type(language).__name__}")
    if not language.isascii():
        codes = ", ".join(supported_languages())
        raise ValueError(
            f"unsupported language {language!r}: use 'auto' or an ISO 639-1 code, one of {codes}"
        )
    return language


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the supported language ``text`` is most likely written in.

    Deterministic and cheap (it reads the first 1 KiB): the script of the letters decides
    where one supported language writes it (kana: "ja", Hangul: "ko", Greek: "el"); otherwise
    the language whose stopwords (and letters such as "ñ", "ї") the text uses most. Text
    without such evidence, at least two distinct stopwords or letters of one language and more
    of them than of the script's most written language, is taken for that language (English
    for Latin: "December", "Tesla Model X" and "OK!" are "en"), and text without a letter of
    a supported script for English ("en").

    >>> detect_language("Der Minister sagte, dass die Gespräche lang waren.")
    'de'
    """
    return _core.detect_language(check_text(text))


def supported_languages() -> tuple[str, ...]:
    """The ISO 639-1 codes that ``language=`` accepts, sorted."""
    return tuple(_core.supported_languages())
