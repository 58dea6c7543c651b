#include "salience/noise.h"

#include <array>
#include <cstddef>
#include <vector>

namespace salience {
namespace {

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool contains_folded(std::string_view text, std::string_view pattern) noexcept {
  if (pattern.size() > text.size()) return false;
  for (std::size_t i = 0; i + pattern.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < pattern.size() && lower(text[i + k]) == pattern[k]) ++k;
    if (k == pattern.size()) return true;
  }
  return false;
}

bool starts_folded(std::string_view text, std::string_view pattern) noexcept {
  if (pattern.size() > text.size()) return false;
  for (std::size_t k = 0; k < pattern.size(); ++k) {
    if (lower(text[k]) != pattern[k]) return false;
  }
  return true;
}

// Markers of page furniture wherever they occur in a sentence (lower case; compared
// case-insensitively). From the CNN/DM development set: "PUBLISHED: .", "UPDATED: ."
// (Daily Mail time stamps), "Scroll down for video", "Click here", "READ MORE:",
// "... contributed to this report", "All rights reserved", "Join the conversation",
// "Like us on Facebook"; "last updated at" is BBC's.
constexpr std::array<std::string_view, 12> kMarkers = {
    "published:",          "updated:",           "last updated at",     "scroll down for",
    "click here",          "read more:",         "contributed to this report",
    "all rights reserved", "join the conversation", "like us on facebook", "\xc2\xa9",  // ©
    "sign up for our"};

// Openings of a call to follow an account.
constexpr std::array<std::string_view, 3> kOpenings = {"follow @", "follow us", "you can follow"};

std::size_t count_words(std::string_view text, bool& all_capitalized) noexcept {
  std::size_t words = 0;
  all_capitalized = true;
  bool in_word = false;
  for (char c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (c != '.' && c != '|' && c != ',' && c != '-') {
        ++words;
        if (!is_upper(c) && !is_digit(c)) all_capitalized = false;
      }
    }
  }
  return words;
}

// "By . Daily Mail Reporter .", "By John Smith ." : "By" and a few capitalized words.
bool byline(std::string_view text) noexcept {
  if (text.size() < 2 || text[0] != 'B' || text[1] != 'y') return false;
  if (text.size() > 2 && !is_space(text[2]) && text[2] != '.') return false;
  bool capitalized = false;
  const std::size_t words = count_words(text, capitalized);
  return capitalized && words <= 6;
}

// "14:11 EST, 25 October 2013 .": a clock time in a short sentence.
bool time_stamp(std::string_view text) noexcept {
  bool capitalized = false;
  if (count_words(text, capitalized) > 8) return false;
  for (std::size_t i = 0; i + 4 < text.size(); ++i) {
    if (is_digit(text[i]) && text[i + 1] == ':' && is_digit(text[i + 2]) && is_digit(text[i + 3]) &&
        (i + 4 == text.size() || !is_digit(text[i + 4]))) {
      return contains_folded(text, " est") || contains_folded(text, " gmt") || contains_folded(text, " bst") ||
             contains_folded(text, " et,") || contains_folded(text, " pm,") || contains_folded(text, " am,");
    }
  }
  return false;
}

}  // namespace

double boilerplate(std::string_view sentence) noexcept {
  for (std::string_view marker : kMarkers) {
    if (contains_folded(sentence, marker)) return 1.0;
  }
  for (std::string_view opening : kOpenings) {
    if (starts_folded(sentence, opening)) return 1.0;
  }
  return byline(sentence) || time_stamp(sentence) ? 1.0 : 0.0;
}

std::vector<double> boilerplate(std::span<const std::string_view> sentences) {
  std::vector<double> scores;
  scores.reserve(sentences.size());
  bool after_bare_by = false;
  for (std::string_view sentence : sentences) {
    bool capitalized = false;
    const std::size_t words = count_words(sentence, capitalized);
    const bool name = after_bare_by && capitalized && words <= 6;
    scores.push_back(name ? 1.0 : boilerplate(sentence));
    after_bare_by = byline(sentence) && words == 1;
  }
  return scores;
}

}  // namespace salience
