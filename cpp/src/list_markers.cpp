#include "salience/detail/list_markers.h"

#include <algorithm>
#include <array>
#include <string>

#include "salience/detail/char_class.h"
#include "salience/detail/unicode.h"

namespace salience::detail {
namespace {

// A label of digits has at most three ("999."): a longer number before a period is a year or
// an amount ("In 2019. The"), not a list label. So a list of numbers goes on up to 999, whose
// successor could not be parsed.
constexpr std::size_t kMaxNumberDigits = 3;
constexpr unsigned kMaxListNumber = 999;
constexpr unsigned kLettersInAlphabet = 26;
// Bytes of the longest label read: "viii" among the Roman numerals; "999" among the numbers.
constexpr std::size_t kMaxLabelBytes = 4;

constexpr std::array<std::string_view, 12> kRomanNumerals = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                             "vii", "viii", "ix",  "x",  "xi", "xii"};

unsigned roman_value(std::string_view s) {
  for (std::size_t i = 0; i < kRomanNumerals.size(); ++i) {
    if (kRomanNumerals[i] == s) return static_cast<unsigned>(i + 1);
  }
  return 0;
}

}  // namespace

std::optional<ListItem> parse_list_marker(std::string_view paragraph, std::size_t i, bool lower_expected) {
  const std::size_t end = paragraph.size();
  ListMarker marker;
  const bool enclosed = i < end && paragraph[i] == '(';
  if (enclosed) ++i;
  std::size_t j = i;
  while (j < end && j - i < kMaxLabelBytes &&
         (is_ascii_digit(paragraph[j]) || is_ascii_lower(paragraph[j]) ||
          (j == i && is_ascii_upper(paragraph[j])))) {
    ++j;
  }
  const std::string_view label = paragraph.substr(i, j - i);
  if (label.empty()) return std::nullopt;
  if (std::all_of(label.begin(), label.end(), is_ascii_digit)) {
    if (label.size() > kMaxNumberDigits) return std::nullopt;
    marker.kind = ListMarker::Kind::kNumber;
    marker.value = static_cast<unsigned>(std::stoul(std::string(label)));
  } else if (label.size() == 1 && is_ascii_lower(label[0]) && !(label == "i" && !lower_expected)) {
    marker.kind = ListMarker::Kind::kLower;
    marker.value = static_cast<unsigned>(label[0] - 'a' + 1);
  } else if (label.size() == 1 && is_ascii_upper(label[0])) {
    marker.kind = ListMarker::Kind::kUpper;
    marker.value = static_cast<unsigned>(label[0] - 'A' + 1);
  } else if (const unsigned value = roman_value(label)) {
    marker.kind = ListMarker::Kind::kRoman;
    marker.value = value;
  } else {
    return std::nullopt;
  }
  const std::string_view rest = paragraph.substr(j);
  std::size_t length = 0;
  if (enclosed) {
    if (!rest.starts_with(")")) return std::nullopt;
    marker.style = ListMarker::Style::kEnclosed;
    length = 1;
  } else if (rest.starts_with(".)")) {
    marker.style = ListMarker::Style::kPeriodParenthesis;
    length = 2;
  } else if (rest.starts_with(".")) {
    marker.style = ListMarker::Style::kPeriod;
    length = 1;
  } else if (rest.starts_with(")")) {
    marker.style = ListMarker::Style::kParenthesis;
    length = 1;
  } else {
    return std::nullopt;
  }
  // "A." is an initial, not a list item.
  if (marker.kind == ListMarker::Kind::kUpper && marker.style == ListMarker::Style::kPeriod)
    return std::nullopt;
  const std::size_t marker_end = j + length;
  if (marker_end >= end || !is_white_space(code_point_at(paragraph, marker_end))) return std::nullopt;
  const std::size_t item = skip_white_space(paragraph, marker_end);
  if (item >= end) return std::nullopt;
  return ListItem{marker, item};
}

bool continues_list(const ListMarker& marker) noexcept {
  switch (marker.kind) {
    case ListMarker::Kind::kNumber:
      return marker.value <= kMaxListNumber;
    case ListMarker::Kind::kRoman:
      return marker.value <= kRomanNumerals.size();
    default:
      return marker.value <= kLettersInAlphabet;
  }
}

unsigned char first_byte(const ListMarker& marker) {
  if (marker.style == ListMarker::Style::kEnclosed) return '(';
  switch (marker.kind) {
    case ListMarker::Kind::kNumber:
      return static_cast<unsigned char>(std::to_string(marker.value)[0]);
    case ListMarker::Kind::kLower:
      return static_cast<unsigned char>('a' + marker.value - 1);
    case ListMarker::Kind::kUpper:
      return static_cast<unsigned char>('A' + marker.value - 1);
    case ListMarker::Kind::kRoman:
      return static_cast<unsigned char>(kRomanNumerals[marker.value - 1][0]);
  }
  return '(';
}

}  // namespace salience::detail
