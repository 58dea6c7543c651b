// Language detection: which supported language a text is written in, for language="auto".
//
// Cheap and deterministic, from two profiles of the text's start (its first kDetectBytes):
//   1. the script of its letters: a script that one supported language writes decides
//      (Hangul: Korean; kana: Japanese; Han alone: Chinese; Thai, Greek, Armenian, Hebrew,
//      Bengali, Tamil);
//   2. otherwise (Latin, Cyrillic, Arabic, Devanagari), the stopword profile: each word that
//      is a stopword of k candidate languages of that script counts 1/k for each of them, and
//      letters only one of them writes ("ї" Ukrainian, "ә" Kazakh, "پ" Persian, "ے" Urdu,
//      "ñ" Spanish, "ø" Danish or Norwegian) count as well. The highest score wins, ties going
//      to the language listed first in supported_codes(). A text is taken for its script's
//      most written language (English for Latin, Russian for Cyrillic, Arabic, Hindi for
//      Devanagari, Hebrew) unless another language has positive evidence: at least one
//      stopword's worth, a hinted letter's worth more than the default language, from at least
//      two distinct stopwords or hinted letters. So one word that another list holds
//      ("December", a Slovenian stopword; "OK", a Polish one) leaves short text English.
//      Indonesian and Malay, which share their function words, are told apart by a few words
//      only one of them uses ("karena" / "kerana").
#pragma once

#include <cstddef>
#include <string_view>

namespace salience {

// Bytes of the text's start that detection reads: a few paragraphs, enough to tell the
// language and few enough that detecting costs less than summarizing a short article.
inline constexpr std::size_t kDetectBytes = 1024;

// The ISO 639-1 code of the supported language `text` (UTF-8) is most likely written in, or
// an empty view when it holds no letter of a script a supported language writes. O(min(n,
// kDetectBytes)). Throws InvalidArgument for invalid UTF-8 in the bytes it reads.
std::string_view detect_language(std::string_view text);

// What detect_language finds, or `fallback` when it finds nothing or the bytes it reads are
// not valid UTF-8 (left for whoever reads the whole text to report).
std::string_view detect_language_or(std::string_view text, std::string_view fallback);

}  // namespace salience
