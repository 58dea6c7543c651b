// Sentence boundaries inside one paragraph: the rules segment.cpp applies between a blank
// line and the next. Internal.
//
// One forward pass finds the candidates (Unicode Sentence_Terminal characters, ellipses,
// bullets, list markers, line breaks) and decides each from its context:
//   * the word before a full stop: an abbreviation of the language, by kind ("Dr." before a
//     name, "No." before a number, "etc."), an initial ("J. R. R."), a multi-period
//     abbreviation ("U.S.", "a.m."), a unit after a number ("6 p.m.", "150 г."), an ordinal
//     where the language writes them with a period ("12. Juni"), a number, a URL or e-mail;
//   * what follows it: lower case, a capital, a capitalized function word (a stopword of the
//     language: "The", "He"), a digit, a dash and lower case ("? — he said"), the end;
//   * quotations and brackets that open and close within the paragraph hold their
//     terminals ("(He worked as an engineer.) at the", "„… Lust.“ Wir", "《摔跤吧！爸爸》");
//     closing quotes and brackets after a terminal belong to the sentence it ends;
//   * ellipses ("...", ". . .", "…"), a fourth dot being a full stop;
//   * list items ("1.", "2)", "a.", "•") start sentences, and a single line break (LF, CR,
//     CR LF, NEL or U+2028 LINE SEPARATOR) is white space unless a bullet, a list marker or a
//     heading line is on either side of it;
//   * scripts without spaces between sentences (Chinese, Japanese, Amharic, Burmese) end a
//     sentence at their terminals directly; Thai and Lao at a space between two sentences.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "salience/language.h"

namespace salience::detail {

// Appends to `breaks` the byte offsets, in increasing order, at which a sentence of the
// paragraph text[begin, end) ends and the next one begins (the first sentence begins at
// `begin`, the last ends at `end`). Each lies strictly inside the paragraph, at the end of a
// sentence or before the sentence that follows it; what lies between two breaks is one
// sentence and white space. `text` must be valid UTF-8 and [begin, end) whole code points.
// O(end - begin), however the text runs: each opening quotation mark looks ahead a bounded
// distance only, each terminal reads at most 64 bytes of the word before it (a longer word is
// read by its end and is no abbreviation or number), and the text after a terminal up to the
// next white space is read once for all the terminals in it ("X?X?X?…").
void find_sentence_breaks(std::string_view text, std::size_t begin, std::size_t end, const Language& language,
                          std::vector<std::size_t>& breaks);

// Whether the line text[begin, end) (trimmed) reads as a headline: it has a letter, at most
// `max_words` words, and no terminal punctuation or comma at its end.
bool reads_as_headline(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_words);

// Whether the headline text[begin, end) heads the line text[next_begin, next_end) that follows
// it after one line break, rather than being a hard-wrapped part of one sentence with it: the
// next line does not go on in lower case, and the headline is marked "#", is in title case or
// capitals, or is at most half as long as the next line.
bool heads_next_line(std::string_view text, std::size_t begin, std::size_t end, std::size_t next_begin,
                     std::size_t next_end);

}  // namespace salience::detail
