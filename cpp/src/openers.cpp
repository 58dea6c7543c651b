#include "salience/openers.h"

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "salience/detail/char_class.h"
#include "salience/detail/resources.h"
#include "salience/detail/unicode.h"

namespace salience {
namespace {

// Words read at most: the longest phrase of any list, plus the word after a one-word entry.
constexpr std::size_t kMostWords = 8;
// Words of a speaker label at most ("Project Manager:", "Dr. Jane Smith:").
constexpr std::size_t kMostLabelWords = 3;

std::string_view trim(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") + 1 - begin);
}

std::string fold(std::string_view words) {
  std::string folded;
  detail::fold_case(words, folded);
  return folded;
}

// The byte after the marks, spaces and symbols before the first letter or digit at or
// after `i`.
std::size_t skip_to_word(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    std::size_t next = i;
    if (detail::is_letter_or_digit(detail::next_code_point(text, next))) break;
    i = next;
  }
  return i;
}

// The byte after a speaker label starting at `i` ("Project Manager: "), or `i` when none
// starts there: one to kMostLabelWords words, each opening with a capital and made of
// letters, digits, periods, apostrophes and hyphens, joined by single spaces, the last
// followed by a colon and white space.
std::size_t skip_speaker_label(std::string_view text, std::size_t i) {
  std::size_t at = i;
  for (std::size_t word = 0; word < kMostLabelWords; ++word) {
    std::size_t next = at;
    if (!detail::is_upper(detail::next_code_point(text, next))) return i;
    at = next;
    for (;;) {
      next = at;
      const UChar32 c = detail::next_code_point(text, next);
      if (at >= text.size() ||
          !(detail::is_word_part(c) || c == '.' || c == '-' || detail::is_apostrophe_like(c)))
        break;
      at = next;
    }
    if (at + 1 < text.size() && text[at] == ':') {
      std::size_t after = at + 1;
      return detail::is_white_space(detail::next_code_point(text, after))
                 ? detail::skip_white_space(text, at + 1)
                 : i;
    }
    if (at >= text.size() || text[at] != ' ') return i;
    ++at;
  }
  return i;
}

// The bytes of the word at `i` (letters and marks, an apostrophe between two letters kept:
// "c'est", "don't"), empty when no letter is there; moves `i` past it.
std::string_view word_at(std::string_view text, std::size_t& i) {
  const std::size_t begin = i;
  while (i < text.size()) {
    std::size_t next = i;
    const UChar32 c = detail::next_code_point(text, next);
    if (detail::is_letter(c) || (c >= 0x80 && detail::is_word_part(c) && !detail::is_digit(c))) {
      i = next;
      continue;
    }
    if (detail::is_apostrophe_like(c) && i > begin && detail::is_letter(detail::code_point_at(text, next))) {
      i = next;
      continue;
    }
    break;
  }
  return text.substr(begin, i - begin);
}

}  // namespace

Openers::Openers(std::string_view list) {
  while (!list.empty()) {
    const std::size_t end = std::min(list.find('\n'), list.size());
    const std::string_view line = trim(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '~') {
      time_nouns_.insert(fold(trim(line.substr(1))));
      continue;
    }
    const std::size_t words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
    longest_ = std::min(kMostWords - 1, std::max(longest_, words));
    entries_.insert(fold(line));
    first_words_.insert(fold(line.substr(0, line.find(' '))));
  }
}

const Openers& Openers::of(std::string_view code) {
  static const auto lists = [] {
    std::map<std::string, std::unique_ptr<const Openers>, std::less<>> built;
    for (const auto& resource : detail::opener_resources())
      built.emplace(std::string(resource.key), std::make_unique<const Openers>(resource.content));
    return built;
  }();
  static const Openers none{std::string_view()};
  const auto found = lists.find(code);
  return found == lists.end() ? none : *found->second;
}

bool Openers::opens_sentence(std::string_view sentence) const {
  if (entries_.empty()) return false;
  std::size_t i = skip_to_word(sentence, 0);
  i = skip_to_word(sentence, skip_speaker_label(sentence, i));
  // The first words, folded, each followed by one space; ends[k] is the length of k+1 words.
  std::string folded;
  std::size_t ends[kMostWords] = {};
  std::size_t count = 0;
  while (count < longest_ + 1) {
    const std::string_view word = word_at(sentence, i);
    if (word.empty()) break;
    if (count > 0) folded.push_back(' ');
    detail::fold_case(word, folded);
    ends[count++] = folded.size();
    // Most sentences open with no entry's first word: one lookup decides.
    if (count == 1 && first_words_.find(folded) == first_words_.end()) return false;
    // Words of a phrase are separated by white space only.
    if (i >= sentence.size() || !detail::is_white_space(detail::code_point_at(sentence, i))) break;
    i = detail::skip_white_space(sentence, i);
  }
  for (std::size_t k = std::min(count, longest_); k > 0; --k) {
    const std::string_view phrase(folded.data(), ends[k - 1]);
    if (entries_.find(phrase) == entries_.end()) continue;
    if (k > 1 || count < 2) return true;
    const std::string_view next(folded.data() + ends[0] + 1, ends[1] - ends[0] - 1);
    return time_nouns_.find(next) == time_nouns_.end();
  }
  return false;
}

}  // namespace salience
