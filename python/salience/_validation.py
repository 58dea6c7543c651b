"""Checks of the arguments users give: texts, counts, numbers and budgets.

Each check returns the value in the type the core takes, or raises TypeError or ValueError
with a message that says what was wrong and what is allowed. A leaf of the package (see
salience/__init__.py).
"""

from __future__ import annotations

import math
import numbers

from salience._records import Budget, BudgetKind

DEFAULT_SENTENCES = 3
# Budgets above this are the same as "everything"; the core counts them as doubles.
LARGEST_BUDGET = 10**15
LARGEST_COUNT = 2**64 - 1  # the core's size_t
# Ints longer than this are named by their length in messages: Python refuses to print one
# of more than 4,300 digits, and a long one says no more than its size.
LONGEST_PRINTED_INT = 10**30


def check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"text must be str, not {type(text).__name__}: decode it first, "
            "for example text.decode('utf-8')"
        )
    raise TypeError(f"text must be str, not {type(text).__name__}")


def not_text(text: object) -> TypeError:
    """The TypeError that :func:`check_text` raises for ``text``, which is not a str."""
    try:
        check_text(text)
    except TypeError as error:
        return error
    raise AssertionError("unreachable: a str is text")


def check_query(query: object) -> str | None:
    """``query`` as a summary is focused on it: None (no query) or a str holding more than
    white space. TypeError for another type, ValueError for an empty or blank str."""
    if query is None:
        return None
    if not isinstance(query, str):
        raise TypeError(f"query must be a str or None, not {type(query).__name__}")
    if not query.strip():
        raise ValueError(
            f"query must hold a word, got {query!r}: pass query=None for a summary without one"
        )
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"query holds a lone surrogate U+{ord(query[error.start]):04X} at offset "
            f"{error.start}, which UTF-8 cannot encode"
        ) from None
    return query


def check_count(name: str, value: object, meaning: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    count = int(value)
    if not 0 <= count <= LARGEST_COUNT:
        raise ValueError(
            f"{name} must be >= 0 and <= 2**64 - 1{meaning}, got {number_in_words(count)}"
        )
    return count


def number_in_words(value: object) -> str:
    """``repr(value)``, or for an int too long to read (or to print) its sign and length."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        number = int(value)
        if abs(number) >= LONGEST_PRINTED_INT:
            digits = math.floor(abs(number).bit_length() * math.log10(2)) + 1
            sign = "-" if number < 0 else ""
            return f"{sign}an int of about {digits:,} digits"
    return repr(value)


def check_real(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, not {type(value).__name__}")
    try:
        return float(value)
    except OverflowError:
        raise ValueError(
            f"{name} must be a finite number, got {number_in_words(value)}, too large for a float"
        ) from None


def _whole_budget(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(
            f"{name} must be a whole number >= 1, got {value!r} ({type(value).__name__})"
        )
    number = int(value)
    if number < 1:
        raise ValueError(f"{name} must be a whole number >= 1, got {number_in_words(number)}")
    return min(number, LARGEST_BUDGET)


def _ratio_budget(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(
            f"ratio must be a number in (0, 1], got {value!r} ({type(value).__name__})"
        )
    try:
        ratio = float(value)
    except OverflowError:
        raise ValueError(
            f"ratio must be a share of the sentences in (0, 1], got {number_in_words(value)}"
        ) from None
    if math.isnan(ratio) or not 0.0 < ratio <= 1.0:
        raise ValueError(f"ratio must be a share of the sentences in (0, 1], got {ratio!r}")
    return ratio


def make_budget(
    sentences: int | None, ratio: float | None, words: int | None, chars: int | None
) -> Budget:
    """The one budget given, or 3 sentences; ValueError says what is allowed otherwise."""
    candidates: tuple[tuple[BudgetKind, object], ...] = (
        ("sentences", sentences),
        ("ratio", ratio),
        ("words", words),
        ("chars", chars),
    )
    given = {kind: value for kind, value in candidates if value is not None}
    if len(given) > 1:
        named = ", ".join(f"{kind}={value!r}" for kind, value in given.items())
        raise ValueError(
            f"give at most one budget of sentences, ratio, words and chars; got {named}"
        )
    if not given:
        return Budget("sentences", DEFAULT_SENTENCES)
    ((kind, value),) = given.items()
    if kind == "ratio":
        return Budget(kind, _ratio_budget(value))
    return Budget(kind, _whole_budget(kind, value))
