// List markers: the labels that open the items of a list inside a paragraph ("1.", "2)",
// "3.)", "(4)", "a.", "b)", "(c)", "ii.", "A)"). The sentence rules start a sentence at each,
// and expect the next label of the same list ("2." after "1.") wherever it stands. Internal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace salience::detail {

struct ListMarker {
  enum class Kind : std::uint8_t { kNumber, kLower, kUpper, kRoman };
  enum class Style : std::uint8_t { kPeriod, kParenthesis, kPeriodParenthesis, kEnclosed };
  Kind kind = Kind::kNumber;
  Style style = Style::kPeriod;
  unsigned value = 0;  // 1 for "1.", "a)", "(i)", "A)"

  friend bool operator==(const ListMarker&, const ListMarker&) = default;
  // The label of the next item of the same list.
  ListMarker successor() const { return {kind, style, value + 1}; }
};

// A list marker and the item it opens.
struct ListItem {
  ListMarker marker;
  std::size_t item = 0;  // the first character of the item, after the marker's white space
};

// The list marker at byte i of `paragraph` (valid UTF-8; nothing after it is read), when one
// is there: a label of at most three digits, one letter or a Roman numeral up to "xii", in
// one of the styles, followed by white space and then some text. "A." is an initial, not a
// marker; "i." is the Roman one unless `lower_expected` (the list runs "g.", "h.", "i.").
// O(1): reads at most a few bytes past the marker's white space.
std::optional<ListItem> parse_list_marker(std::string_view paragraph, std::size_t i, bool lower_expected);

// Whether a list with this marker can go on: numbers up to 999, letters up to "z", Roman
// numerals up to "xii". Past these the scan stops looking for the next item.
bool continues_list(const ListMarker& marker) noexcept;

// The byte that a marker like `marker` starts with ('(' when enclosed): the scan stops there
// to look for it. `marker` must continue a list (continues_list).
unsigned char first_byte(const ListMarker& marker);

}  // namespace salience::detail
