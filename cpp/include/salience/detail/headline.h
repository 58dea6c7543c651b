// Headlines: the document's title line, and headings inside a paragraph. segment() asks
// find_title for the first line; the sentence rules ask reads_as_headline and heads_next_line
// about a line that ends at a single line break. Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace salience::detail {

// A heading inside a paragraph is short: a longer unpunctuated line is hard-wrapped text.
inline constexpr std::size_t kMaxHeadingWords = 12;

// Whether the line text[begin, end) (trimmed) reads as a headline: it has a letter, at most
// `max_words` words, and no terminal punctuation (Sentence_Terminal or Terminal_Punctuation,
// so no comma either) at its end, past closing quotes and brackets. O(end - begin).
bool reads_as_headline(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_words);

// Whether the headline text[begin, end) heads the line text[next_begin, next_end) that follows
// it after one line break, rather than being a hard-wrapped part of one sentence with it: the
// next line does not go on in lower case, and the headline is marked "#", is in title case or
// capitals (kTitleCaseShare of its words of three letters or more capitalized), or is at most
// half as long as the next line. O(end - begin).
bool heads_next_line(std::string_view text, std::size_t begin, std::size_t end, std::size_t next_begin,
                     std::size_t next_end);

// The title line at the start of a document.
struct TitleLine {
  std::size_t end = 0;   // the line break that ends the title (untrimmed)
  std::size_t next = 0;  // the first byte after that line break
};

// The first line of text[begin, ...) (`begin` at its first character that is not white
// space) when it is the document's title: it reads as a headline of at most kMaxTitleWords
// words, some text follows it, and a blank line, a paragraph separator or a single line break
// separates the two that is not inside a hard-wrapped sentence (heads_next_line). O(length of
// the first two lines).
std::optional<TitleLine> find_title(std::string_view text, std::size_t begin);

}  // namespace salience::detail
