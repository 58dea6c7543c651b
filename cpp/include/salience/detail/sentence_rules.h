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
//
// sentence_rules.cpp holds the scan (a state machine over the candidates) and the decisions;
// what they read lives in units of its own, each with a header here:
//   char_class.h     the classes of characters (terminals, quotes, bullets, letters, ...)
//   list_markers.h   "1.", "b)", "(iv)": parsing a marker, the next one a list expects
//   quotations.h     the table of quotation marks, and where a quotation or bracket closes
//   word_context.h   the word before a terminal, the word after it, a number before a unit
//   headline.h       whether a line is a heading (and the document's title)
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

}  // namespace salience::detail
