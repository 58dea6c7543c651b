#include "salience/detail/sentence_rules.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "salience/detail/unicode.h"
#include "salience/stop.h"

namespace salience::detail {
namespace {

// A quotation or bracket holds its terminals only up to this length: beyond it, an
// unbalanced mark is likelier than a quoted passage, and the look-ahead stays bounded.
constexpr std::size_t kMaxQuotedBytes = 600;
// A heading inside a paragraph is short; a longer unpunctuated line is hard-wrapped text.
constexpr std::size_t kMaxHeadingWords = 12;
// "At 5 a.m. Mr. Smith went": up to this many words before a number, a unit abbreviation
// after it is no sentence end (the sentence would have no verb).
constexpr std::size_t kMaxFragmentWords = 1;
constexpr std::size_t kMaxListNumber = 999;
// Bytes. A longer word is no abbreviation, number, initial or word of a title, so the rules
// read no further back or ahead in it: every look at the word around a terminal stays
// bounded, however long a stretch without white space runs ("X?X?X?…" of 1 MB).
constexpr std::size_t kMaxFoldedWord = 64;

// ---------------------------------------------------------------------------------------
// Character classes

bool is_period(UChar32 c) { return c == '.' || c == 0xFF0E || c == 0xFE52; }
bool is_ellipsis(UChar32 c) { return c == 0x2026; }
bool is_exclamation(UChar32 c) { return c == '!' || c == 0xFF01 || c == 0xFE57 || c == 0x203C; }
bool is_question(UChar32 c) {
  return c == '?' || c == 0xFF1F || c == 0xFE56 || c == 0x2047 || c == 0x2048 || c == 0x2049 || c == 0x203D ||
         c == 0x037E /* Greek question mark */ || c == 0x061F || c == 0x055E;
}

// Unicode's Sentence_Terminal, the Greek question mark and the Khmer khan (Terminal_Punctuation
// only), the ellipsis, and the language's own (the colon in Arabic).
bool is_terminal(UChar32 c, std::string_view extra) {
  if (c < 0x80) {
    return c == '.' || c == '!' || c == '?' ||
           (c > 0 && extra.find(static_cast<char>(c)) != std::string_view::npos);
  }
  return u_hasBinaryProperty(c, UCHAR_S_TERM) || c == 0x037E || c == 0x17D4 || c == 0x17D5 || c == 0x2026;
}

// Terminals of scripts that put spaces between sentences end one only before white space
// ("3.14", "Yahoo!Japan", "example.com"); those of Chinese, Japanese, Ethiopic, Burmese and
// the like end one wherever they stand. The fullwidth full stop is also a decimal point.
bool needs_space_after(UChar32 c) {
  return c < 0x0600 || (c >= 0x2000 && c <= 0x206F) || c == 0xFF0E || c == 0xFE52;
}

bool is_dash(UChar32 c) { return c == '-' || u_charType(c) == U_DASH_PUNCTUATION; }

// Quotation marks that double as apostrophes: before a letter ("Jr.'s") they close nothing.
bool is_apostrophe_like(UChar32 c) { return c == '\'' || c == 0x2019; }

bool is_quote(UChar32 c) {
  return c == '"' || c == '\'' || u_charType(c) == U_INITIAL_PUNCTUATION ||
         u_charType(c) == U_FINAL_PUNCTUATION || c == 0x201E || c == 0x201A;
}

// Marks that open a quotation or bracket, or a Spanish question or exclamation.
bool is_opening_mark(UChar32 c) {
  return c == '"' || c == '\'' || c == 0xA1 || c == 0xBF || u_charType(c) == U_START_PUNCTUATION ||
         u_charType(c) == U_INITIAL_PUNCTUATION || u_charType(c) == U_FINAL_PUNCTUATION;
}

bool is_closing_bracket(UChar32 c) {
  return c == ')' || c == ']' || c == '}' || u_charType(c) == U_END_PUNCTUATION;
}

// Characters that stand at the start of a list item (a leading "-", "*", "+" or dash only at
// the start of a line, where it cannot be a minus or a hyphen).
bool is_bullet(UChar32 c) {
  switch (c) {
    case 0x2022:
    case 0x2023:
    case 0x2043:
    case 0x2219:
    case 0x25E6:
    case 0x25AA:
    case 0x25AB:
    case 0x25CF:
    case 0x25CB:
    case 0x25A0:
    case 0x25A1:
    case 0x25BA:
    case 0x25B6:
    case 0x25C6:
    case 0x25C7:
    case 0x27A2:
    case 0x27A4:
    case 0x2713:
    case 0x2714:
    case 0x2717:
    case 0x2718:
      return true;
    default:
      return false;
  }
}
bool is_line_bullet(UChar32 c) {
  return is_bullet(c) || c == '-' || c == '*' || c == '+' || c == 0x2013 || c == 0x2014;
}

bool is_thai_or_lao(UChar32 c) { return c >= 0x0E00 && c <= 0x0EFF; }

// Character properties with an ASCII fast path: most text the rules look at is ASCII.
bool is_alpha(UChar32 c) { return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c); }
bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(c); }
bool is_upper(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) || u_istitle(c); }
bool is_letter_or_digit(UChar32 c) { return is_alpha(c) || is_digit(c); }
bool is_word_part(UChar32 c) {
  return is_letter_or_digit(c) ||
         (c >= 0x80 && (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK));
}
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// ---------------------------------------------------------------------------------------
// List markers: "1.", "2)", "3.)", "(4)", "a.", "b)", "(c)", "ii.", "A)".

struct ListMarker {
  enum class Kind : std::uint8_t { kNumber, kLower, kUpper, kRoman };
  enum class Style : std::uint8_t { kPeriod, kParenthesis, kPeriodParenthesis, kEnclosed };
  Kind kind = Kind::kNumber;
  Style style = Style::kPeriod;
  unsigned value = 0;

  friend bool operator==(const ListMarker&, const ListMarker&) = default;
  ListMarker successor() const { return {kind, style, value + 1}; }
};

constexpr std::array<std::string_view, 12> kRomanNumerals = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                             "vii", "viii", "ix",  "x",  "xi", "xii"};

unsigned roman_value(std::string_view s) {
  for (std::size_t i = 0; i < kRomanNumerals.size(); ++i) {
    if (kRomanNumerals[i] == s) return static_cast<unsigned>(i + 1);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// The scan of one paragraph.

// What a run of terminals is made of: "?!", "...", ". . . .", "." followed by "’)".
struct Run {
  std::size_t begin = 0;  // the first terminal
  std::size_t end = 0;    // after the last terminal or closing mark
  std::size_t cut = 0;    // where the sentence ends if the run ends it
  unsigned periods = 0;
  bool ellipsis = false;
  bool question = false;
  bool exclamation = false;
  bool other_terminal = false;  // a script's own full stop: "。", "।", "።"
  bool colon = false;           // a language's extra terminal: ":" in Arabic, ";" in Greek
  bool needs_space = true;      // every terminal of the run ends a sentence only before white space
  bool closed = false;          // a closing quotation mark or bracket follows the terminals
};

// The word before a run, as the rules see it.
struct Previous {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string folded;  // simple case fold, inner periods kept: "u.s", "dr"
  unsigned letters = 0;
  unsigned digits = 0;
  bool empty = true;
  bool numeric = false;        // "100.00", "1,000", "20.09"
  bool small_integer = false;  // "12": an ordinal or list number
  bool roman = false;          // "XII"
  bool multi_period = false;   // "U.S", "a.m", "z.B": short parts joined by periods
  bool single_letter = false;  // "E", "p", "N°", "د"
  bool url_like = false;       // "example.com/x", "jane@example.com", "www.x"
  bool long_word = false;      // longer than kMaxFoldedWord: read as its last kMaxFoldedWord bytes
  bool ends_lower = false;
  bool has_upper = false;
  AbbreviationKind listed = AbbreviationKind::kNone;

  bool abbreviation_like() const {
    return listed != AbbreviationKind::kNone || multi_period || single_letter;
  }
};

// What follows a run after its white space.
struct Next {
  enum class Kind : std::uint8_t { kEnd, kLower, kUpper, kCaseless, kDigit, kOther };
  Kind kind = Kind::kEnd;
  bool dash_then_lower = false;     // "? — he said", "! - деп"
  bool starter = false;             // a capitalized stopword: "The", "He", "Wir"
  bool initial = false;             // "A." in "J. A. Smith"
  bool always_capitalized = false;  // English "I"
  bool abbreviation = false;        // "Ltd." in "Acme Co. Ltd.": a plain abbreviation of the language
};

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t begin, std::size_t end, const Language& language,
          std::vector<std::size_t>& breaks)
      : text_(text),
        begin_(begin),
        end_(end),
        language_(language),
        orthography_(language.orthography()),
        breaks_(breaks),
        line_begin_(begin) {
    // The scan stops at the bytes that may start a candidate: ASCII punctuation that can end
    // or hold a sentence, line breaks, and the first byte of every non-ASCII character.
    for (unsigned byte = 0xC0; byte < 0x100; ++byte) stops_[byte] = true;
    for (char c : std::string_view(".!?([{\"'\n\r")) stops_[static_cast<unsigned char>(c)] = true;
    for (char c : orthography_.extra_terminals) stops_[static_cast<unsigned char>(c)] = true;
  }

  void scan() {
    const char* const bytes = text_.data();
    std::size_t i = start_sentence(begin_);
    while (i < end_) {
      if (!stops_[static_cast<unsigned char>(bytes[i])]) {
        ++i;
        continue;
      }
      check_stop();
      i = visit(i);
    }
  }

 private:
  // --- navigation -----------------------------------------------------------------------

  UChar32 at(std::size_t i) const { return i < end_ ? code_point_at(text_, i) : -1; }
  UChar32 before(std::size_t i) const { return i > begin_ ? code_point_before(text_, i) : -1; }
  std::size_t after(std::size_t i) const {
    next_code_point(text_, i);
    return i;
  }
  std::size_t skip_space(std::size_t i) const {
    return std::min(skip_white_space(text_.substr(0, end_), i), end_);
  }
  bool space_before(std::size_t i) const {
    const UChar32 c = before(i);
    return c < 0 || is_white_space(c);
  }

  // --- sentences --------------------------------------------------------------------------

  // Ends the current sentence at `at` (when it holds anything) and starts the next one
  // there; returns where scanning goes on.
  std::size_t cut(std::size_t where) {
    if (where > begin_ && where < end_ && (breaks_.empty() || breaks_.back() < where) &&
        trim_end(text_, sentence_begin_, where) > sentence_begin_) {
      breaks_.push_back(where);
    }
    return start_sentence(where);
  }

  // Starts a sentence at the first character at or after `from`; a bullet or list marker
  // that opens it is read past, so that its period ends nothing. Returns where scanning goes on.
  std::size_t start_sentence(std::size_t from) {
    sentence_begin_ = skip_space(from);
    content_checked_ = sentence_begin_;
    has_content_ = false;
    std::size_t i = sentence_begin_;
    if (i < end_ && is_line_bullet(at(i))) {
      const std::size_t bullet_end = after(i);
      if (is_bullet(at(i)) || (bullet_end < end_ && is_white_space(at(bullet_end))))
        i = skip_space(bullet_end);
    }
    if (const auto marker = parse_marker(i)) {
      expect(marker->first.successor());
      return marker->second;
    }
    return i;
  }
  // Whether the sentence holds a letter or digit before `where` (amortized O(1) per call).
  bool has_content_before(std::size_t where) {
    while (!has_content_ && content_checked_ < where) {
      std::size_t next = content_checked_;
      has_content_ = is_letter_or_digit(next_code_point(text_, next));
      if (!has_content_) content_checked_ = next;
    }
    return has_content_ && content_checked_ < where;
  }

  // --- list markers -----------------------------------------------------------------------

  // Makes the scan stop at the first byte of `marker`, the list item it expects next.
  void expect(const ListMarker& marker) {
    if (expected_first_byte_ != kNoByte && !is_fixed_stop(expected_first_byte_))
      stops_[expected_first_byte_] = false;
    expected_.reset();
    expected_first_byte_ = kNoByte;
    const bool in_range = marker.kind == ListMarker::Kind::kNumber  ? marker.value <= kMaxListNumber
                          : marker.kind == ListMarker::Kind::kRoman ? marker.value <= kRomanNumerals.size()
                                                                    : marker.value <= 26;
    if (!in_range) return;
    expected_ = marker;
    switch (marker.kind) {
      case ListMarker::Kind::kNumber:
        expected_first_byte_ = static_cast<unsigned char>(std::to_string(marker.value)[0]);
        break;
      case ListMarker::Kind::kLower:
        expected_first_byte_ = 'a' + marker.value - 1;
        break;
      case ListMarker::Kind::kUpper:
        expected_first_byte_ = 'A' + marker.value - 1;
        break;
      case ListMarker::Kind::kRoman:
        expected_first_byte_ = static_cast<unsigned char>(kRomanNumerals[marker.value - 1][0]);
        break;
    }
    if (marker.style == ListMarker::Style::kEnclosed) expected_first_byte_ = '(';
    stops_[expected_first_byte_] = true;
  }

  bool is_fixed_stop(unsigned byte) const {
    return byte >= 0xC0 ||
           std::string_view(".!?([{\"'\n\r").find(static_cast<char>(byte)) != std::string_view::npos ||
           orthography_.extra_terminals.find(static_cast<char>(byte)) != std::string_view::npos;
  }

  // The list marker at i and the first character after its white space, if one is there.
  std::optional<std::pair<ListMarker, std::size_t>> parse_marker(std::size_t i) const {
    ListMarker marker;
    const bool enclosed = i < end_ && text_[i] == '(';
    if (enclosed) ++i;
    std::size_t j = i;
    while (j < end_ && j - i < 4 &&
           (is_ascii_digit(text_[j]) || is_ascii_lower(text_[j]) ||
            (j == i && text_[j] >= 'A' && text_[j] <= 'Z'))) {
      ++j;
    }
    const std::string_view label = text_.substr(i, j - i);
    if (label.empty()) return std::nullopt;
    if (std::all_of(label.begin(), label.end(), is_ascii_digit)) {
      if (label.size() > 3) return std::nullopt;
      marker.kind = ListMarker::Kind::kNumber;
      marker.value = static_cast<unsigned>(std::stoul(std::string(label)));
    } else if (label.size() == 1 && is_ascii_lower(label[0]) &&
               !(label == "i" && !(expected_ && expected_->kind == ListMarker::Kind::kLower))) {
      marker.kind = ListMarker::Kind::kLower;
      marker.value = static_cast<unsigned>(label[0] - 'a' + 1);
    } else if (label.size() == 1 && label[0] >= 'A' && label[0] <= 'Z') {
      marker.kind = ListMarker::Kind::kUpper;
      marker.value = static_cast<unsigned>(label[0] - 'A' + 1);
    } else if (const unsigned value = roman_value(label)) {
      marker.kind = ListMarker::Kind::kRoman;
      marker.value = value;
    } else {
      return std::nullopt;
    }
    const std::string_view rest = text_.substr(j, end_ - j);
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
    if (marker_end >= end_ || !is_white_space(at(marker_end))) return std::nullopt;
    const std::size_t item = skip_space(marker_end);
    if (item >= end_) return std::nullopt;
    return std::make_pair(marker, item);
  }

  // Whether the list item the scan expects starts at i, after white space or a bullet.
  bool starts_expected_item(std::size_t i) const {
    if (!expected_ || !space_before(i)) return false;
    const auto marker = parse_marker(i);
    return marker && marker->first == *expected_;
  }

  // --- the visit of one candidate ---------------------------------------------------------

  std::size_t visit(std::size_t i) {
    const std::size_t next = after(i);
    const UChar32 c = at(i);
    if (is_line_break(c)) return visit_line_break(i);
    if (starts_expected_item(i)) return cut(i);
    if (is_terminal(c, orthography_.extra_terminals)) return visit_terminal(i);
    if (is_opening_mark(c)) return visit_opening_mark(i, c, next);
    if (c >= 0x80) {
      if (is_bullet(c) && space_before(i)) return cut(i);
      if (is_thai_or_lao(c)) return visit_thai(next);
    }
    return next;
  }

  std::size_t visit_line_break(std::size_t i) {
    const std::size_t next = i + line_break_length(text_.substr(0, end_), i);
    const std::size_t line_end = i;
    const std::size_t line = line_begin_;
    line_begin_ = skip_space(next);
    if (line_begin_ >= end_) return next;
    if (starts_item(line_begin_) || is_heading(line, line_end)) return cut(i);
    return next;
  }

  bool starts_item(std::size_t i) const {
    const UChar32 c = at(i);
    if (is_bullet(c)) return true;
    if (is_line_bullet(c)) {
      const std::size_t bullet_end = after(i);
      return bullet_end < end_ && is_white_space(at(bullet_end));
    }
    return parse_marker(i).has_value();
  }

  // Whether the line [line, line_end) is a heading over the line at line_begin_: a sentence
  // of its own that began with the line.
  bool is_heading(std::size_t line, std::size_t line_end) const {
    if (sentence_begin_ != skip_space(line) || sentence_begin_ >= line_end) return false;
    const std::size_t end = trim_end(text_, sentence_begin_, line_end);
    if (!reads_as_headline(text_, sentence_begin_, end, kMaxHeadingWords)) return false;
    const std::size_t next_end = find_line_break(text_.substr(0, end_), line_begin_);
    return heads_next_line(text_, sentence_begin_, end, line_begin_, trim_end(text_, line_begin_, next_end));
  }

  // Thai and Lao put a space, and no punctuation, between sentences.
  std::size_t visit_thai(std::size_t next) {
    std::size_t j = next;
    while (j < end_ && text_[j] == ' ') ++j;
    if (j > next && j < end_ && is_thai_or_lao(at(j))) return cut(next);
    return next;
  }

  std::size_t visit_terminal(std::size_t i) {
    const Run run = read_run(i);
    if (!has_content_before(run.begin)) return run.end;  // ". . . The practice": it opens the sentence
    if (const auto at_cut = decide(run)) return cut(*at_cut);
    return run.end;
  }

  // A quotation or bracket that closes within reach holds its terminals: the scan goes on at
  // its closing mark, reading a terminal right before it ("great.'", "маму?»") as a run.
  std::size_t visit_opening_mark(std::size_t i, UChar32 c, std::size_t next) {
    const std::size_t close = find_closing_mark(i, c, next);
    if (close == kNone) return next;
    std::size_t terminal = close;
    std::size_t k = close;
    while (k > next) {
      std::size_t previous = k;
      const UChar32 p = previous_code_point(text_, previous);
      // Quotation marks and spaced dots, not brackets: the "[...]" in "stairways [...]\"" is
      // an omission inside the quotation, not its end.
      if (is_terminal(p, orthography_.extra_terminals) || is_quote(p) ||
          (p == ' ' && previous > next && is_period(code_point_before(text_, previous)))) {
        k = previous;
        if (is_terminal(p, orthography_.extra_terminals)) terminal = previous;
        continue;
      }
      break;
    }
    if (terminal == close) return after(close);
    const Run run = read_run(terminal);
    if (!has_content_before(run.begin)) return run.end;
    if (const auto at_cut = decide(run)) return cut(*at_cut);
    return run.end;
  }

  // --- quotations and brackets ------------------------------------------------------------

  bool opening_context(std::size_t i) const {
    const UChar32 p = before(i);
    return p < 0 || is_white_space(p) || is_opening_mark(p) || is_dash(p) || p == '/';
  }

  // The closing mark of the quotation or bracket that c at i opens, or kNone when c opens
  // none here or it does not close within kMaxQuotedBytes in the paragraph.
  std::size_t find_closing_mark(std::size_t i, UChar32 c, std::size_t next) {
    const UChar32 following = at(next);
    const bool word_follows = following >= 0 && is_letter_or_digit(following);
    const bool text_follows = following >= 0 && !is_white_space(following);
    UChar32 close = 0;
    UChar32 close2 = 0;       // a second closing mark of the same quotation style
    bool nests = false;       // an inner opening mark of the same kind needs its own close
    bool apostrophe = false;  // the closing mark doubles as an apostrophe ("don't")
    switch (c) {
      case '"':
        if (!opening_context(i) || !text_follows) return kNone;
        close = '"';
        break;
      case '\'':
        // Not "'90s": an apostrophe before digits opens nothing.
        if (!opening_context(i) || !word_follows || is_digit(following)) return kNone;
        close = '\'';
        close2 = 0x2019;
        apostrophe = true;
        break;
      case 0x2018:  // ‘ opens wherever it stands ("他说：‘…’", "(‘…’)")
        if (!text_follows) return kNone;
        close = 0x2019;
        apostrophe = true;
        break;
      case 0x201A:  // ‚ German
        close = 0x2018;
        close2 = 0x2019;
        break;
      case 0x201C:  // “ (a German closing mark is read as part of its „ quotation)
        if (!text_follows) return kNone;
        close = 0x201D;
        break;
      case 0x201E:  // „ German, Polish, Slovak
        close = 0x201C;
        close2 = 0x201D;
        break;
      case 0x201D:  // ” opening in Swedish and Finnish
        if (!opening_context(i) || !text_follows) return kNone;
        close = 0x201D;
        break;
      case 0xAB:  // « (French puts a space after it)
        if (following < 0) return kNone;
        close = 0xBB;
        nests = true;
        break;
      case 0xBB:  // » opening in Danish and German
        if (!opening_context(i) || !text_follows) return kNone;
        close = 0xAB;
        break;
      case 0x2039:  // ‹
        if (following < 0) return kNone;
        close = 0x203A;
        break;
      case 0x203A:  // ›
        if (!opening_context(i) || !text_follows) return kNone;
        close = 0x2039;
        break;
      default:
        if (u_charType(c) != U_START_PUNCTUATION) return kNone;
        close = u_getBidiPairedBracket(c);
        if (close == c) return kNone;
        nests = true;
        break;
    }
    const std::size_t limit = std::min(end_, i + kMaxQuotedBytes);
    std::size_t from = next;
    for (const auto& [mark, until] : searched_) {
      if (mark == close && until > from) from = until;
    }
    unsigned depth = 0;
    bool seen_close = false;
    for (std::size_t k = from; k < limit;) {
      const std::size_t at_k = k;
      const UChar32 d = next_code_point(text_, k);
      if (nests && d == c) {
        ++depth;
      } else if (reopens(c, d, at_k, k)) {
        // '"Many ... them. "So I'm ...': the quotation was left open (news style for a quote
        // running over paragraphs), so it holds nothing.
        return kNone;
      } else if (d == close || (close2 != 0 && d == close2)) {
        seen_close = true;
        if (apostrophe && (at(k) >= 0 && is_letter_or_digit(at(k)))) continue;  // "don't"
        if (apostrophe && is_white_space(before(at_k))) continue;
        if (depth == 0) return at_k;
        --depth;
      }
    }
    // No closing mark at all up to `limit`: later searches for it start there.
    if (!seen_close) remember_search(close, limit);
    return kNone;
  }

  // Whether the mark d at `at_d` (followed by `after_d`) opens another quotation of the kind
  // `opening` opened, which does not nest: a straight double quote with white space before
  // it and text after it, or a second “.
  bool reopens(UChar32 opening, UChar32 d, std::size_t at_d, std::size_t after_d) const {
    if (opening == 0x201C) return d == 0x201C;
    if (opening != '"' || d != '"') return false;
    const UChar32 following = at(after_d);
    return is_white_space(before(at_d)) && following >= 0 && !is_white_space(following);
  }

  void remember_search(UChar32 mark, std::size_t until) {
    for (auto& [searched_mark, searched_until] : searched_) {
      if (searched_mark == mark) {
        searched_until = std::max(searched_until, until);
        return;
      }
    }
    searched_.emplace_back(mark, until);
  }

  // --- runs of terminals ------------------------------------------------------------------

  Run read_run(std::size_t i) const {
    Run run;
    run.begin = i;
    const bool first_attached = !space_before(i) && is_period(at(i));
    std::size_t first_period_end = kNone;
    bool spaced = false;
    while (i < end_) {
      std::size_t next = i;
      const UChar32 c = next_code_point(text_, next);
      if (is_period(c)) {
        ++run.periods;
        if (first_period_end == kNone) first_period_end = next;
        run.needs_space = run.needs_space && needs_space_after(c);
      } else if (is_ellipsis(c)) {
        run.periods += 3;
        run.ellipsis = true;
      } else if (is_terminal(c, orthography_.extra_terminals)) {
        if (is_exclamation(c)) {
          run.exclamation = true;
        } else if (is_question(c) || (c == ';' && !orthography_.extra_terminals.empty())) {
          run.question = true;
        } else if (c < 0x80) {
          run.colon = true;
        } else {
          run.other_terminal = true;
        }
        run.needs_space = run.needs_space && needs_space_after(c);
      } else if (is_closing_bracket(c) || (is_quote(c) && !(is_apostrophe_like(c) && starts_word_at(next)))) {
        run.closed = true;
      } else if ((c == ' ' || c == 0xA0 || c == 0x202F) && next < end_ &&
                 (at(next) == 0xBB || at(next) == 0x203A)) {
        // French spacing: "livraisons »."
      } else if (c == ' ' && run.periods > 0 && !run.closed && is_spaced_dot(next)) {
        spaced = true;  // ". . .": the dots of a spaced ellipsis belong together
      } else {
        break;
      }
      i = next;
    }
    run.end = skip_reference(i);
    run.ellipsis = run.ellipsis || run.periods >= 3;
    run.cut = run.end;
    // "compounds. . . . The": a full stop, then an ellipsis that opens the next sentence.
    if (first_attached && spaced && run.periods >= 4 && first_period_end != kNone) run.cut = first_period_end;
    return run;
  }

  bool starts_word_at(std::size_t i) const { return i < end_ && is_letter_or_digit(at(i)); }

  // A dot at i that continues a spaced ellipsis: a single dot followed by white space, a
  // closing mark or the end; not a word (". .NET") or an unspaced ellipsis ("raak. ...en").
  bool is_spaced_dot(std::size_t i) const {
    if (i >= end_ || text_[i] != '.') return false;
    const UChar32 c = at(i + 1);
    return c < 0 || is_white_space(c) || is_quote(c) || is_closing_bracket(c);
  }

  // A footnote reference right after a terminal ("in 1990.[3] He") belongs to the sentence.
  std::size_t skip_reference(std::size_t i) const {
    if (i >= end_ || text_[i] != '[') return i;
    std::size_t j = i + 1;
    bool digit = false;
    while (j < end_ && j - i < 12 &&
           (is_ascii_digit(text_[j]) || text_[j] == ',' || text_[j] == ' ' || text_[j] == '-')) {
      digit = digit || is_ascii_digit(text_[j]);
      ++j;
    }
    return digit && j < end_ && text_[j] == ']' ? j + 1 : i;
  }

  // --- decisions --------------------------------------------------------------------------

  // Where the sentence ends if `run` ends it; nullopt when it goes on.
  std::optional<std::size_t> decide(const Run& run) const {
    if (run.end >= end_) return std::nullopt;  // the paragraph ends here anyway
    const UChar32 c = at(run.end);
    if (!is_white_space(c)) {
      if (!run.needs_space) {
        // "「おはよう。」と言った": a quotative particle after the quotation goes on with it.
        if (run.closed && (c == 0x3068 || c == 0x3063)) return std::nullopt;
        return u_ispunct(c) && !is_opening_mark(c) ? std::nullopt : std::optional(run.cut);
      }
      return joins_without_space(run) ? std::optional(run.cut) : std::nullopt;
    }
    const Next next = read_next(run.end);
    bool ends;
    if (run.question || run.exclamation || run.other_terminal) {
      ends = mark_ends(run, next);
    } else if (run.colon) {
      ends = next.kind == Next::Kind::kLower || next.kind == Next::Kind::kUpper ||
             next.kind == Next::Kind::kCaseless;
    } else if (run.ellipsis) {
      ends = ellipsis_ends(run, next);
    } else {
      ends = period_ends(run, next);
    }
    return ends ? std::optional(run.cut) : std::nullopt;
  }

  // "?", "!" and the full stops of other scripts.
  bool mark_ends(const Run& run, const Next& next) const {
    if (next.dash_then_lower) return false;
    if (run.exclamation && !run.question && !run.other_terminal && !run.closed && is_exclamation_name(run))
      return false;
    if (next.kind != Next::Kind::kLower) return true;
    // '"Where?" he asked', "Yahoo! in the", but "кім? не?"
    if (run.closed) return false;
    if (run.exclamation && !run.question) return false;
    // "Do They Know It's Christmas? is expected to sell": the title of a work.
    return !ends_title(run.begin);
  }

  // Whether the words before `end` read as a title in title case: the last word capitalized
  // and, going back, capitalized words and short lower-case ones ("to", "be", "a") with at
  // least two capitalized ("Who Wants to be a Millionaire", "Shall We Dance").
  bool ends_title(std::size_t end) const {
    constexpr std::size_t kMaxWords = 6;
    constexpr std::size_t kMaxShortWord = 3;
    std::size_t capitalized = 0;
    std::size_t k = end;
    for (std::size_t words = 0; words < kMaxWords && k > sentence_begin_; ++words) {
      while (k > sentence_begin_ && is_white_space(code_point_before(text_, k)))
        previous_code_point(text_, k);
      if (k <= sentence_begin_) break;
      UChar32 first = 0;
      std::size_t letters = 0;
      const std::size_t word_end = k;
      while (k > sentence_begin_) {
        std::size_t j = k;
        const UChar32 c = previous_code_point(text_, j);
        if (is_white_space(c)) break;
        if (word_end - j > kMaxFoldedWord) return capitalized >= 2;
        if (is_alpha(c)) {
          first = c;
          ++letters;
        }
        k = j;
      }
      if (first != 0 && is_upper(first)) {
        ++capitalized;
      } else if (words == 0 || letters > kMaxShortWord) {
        break;
      }
    }
    return capitalized >= 2;
  }

  // "Yahoo!": a name the language lists with its exclamation mark.
  bool is_exclamation_name(const Run& run) const {
    if (run.end - run.begin != 1) return false;
    Previous previous = read_previous(run.begin);
    if (previous.empty || previous.long_word) return false;
    previous.folded += '!';
    return language_.abbreviation(previous.folded) != AbbreviationKind::kNone;
  }

  bool ellipsis_ends(const Run& run, const Next& next) const {
    if (next.dash_then_lower) return false;
    switch (next.kind) {
      case Next::Kind::kLower:
        return false;
      case Next::Kind::kDigit:
        return run.periods >= 4;
      case Next::Kind::kUpper:
        if (run.periods >= 4) return true;          // an ellipsis and a full stop
        if (next.always_capitalized) return false;  // "the thing is . . . I didn't"
        return !orthography_.capitalized_nouns || next.starter;
      default:
        return true;
    }
  }

  bool period_ends(const Run& run, const Next& next) const {
    if (next.dash_then_lower) return false;
    const Previous previous = read_previous(run.begin);
    switch (next.kind) {
      case Next::Kind::kEnd:
        return true;
      case Next::Kind::kLower:
        return orthography_.period_ends_before_lower_case && !previous.empty && !previous.abbreviation_like();
      case Next::Kind::kUpper:
        return period_ends_before_capital(previous, next);
      default:
        return !previous.abbreviation_like();  // "p. 55", "N°. 1026", "Пл. \"20", "د. ديفيد"
    }
  }

  bool period_ends_before_capital(const Previous& previous, const Next& next) const {
    if (previous.empty) return true;
    const bool starts = next.starter && !next.initial;
    // "at 6 P.M. Mr. Smith": a unit after a number ends its sentence, unless the sentence
    // would be nothing more than the number ("At 5 a.m. Mr. Smith went"). A single letter
    // stays ambiguous ("150 г. Саргон"): see below.
    if ((previous.multi_period || previous.listed != AbbreviationKind::kNone) && !previous.single_letter &&
        number_before(previous.begin)) {
      return words_before(previous.begin, kMaxFragmentWords + 2) > kMaxFragmentWords + 1;
    }
    if (previous.listed == AbbreviationKind::kPrefix) return false;
    // "U.S. Government", "Albert I. Jones", but "the E.U. How", "you and I. Did". In lower
    // case ("y.o.y.", "i.v.") an abbreviation stands after what it qualifies, like "etc.".
    if (previous.multi_period && !previous.has_upper) return !orthography_.capitalized_nouns || starts;
    if (previous.multi_period || previous.single_letter) return starts;
    // "Acme Co. Ltd.": one abbreviation after another names one thing.
    if (previous.listed != AbbreviationKind::kNone && next.abbreviation) return false;
    if (previous.listed != AbbreviationKind::kNone) return !orthography_.capitalized_nouns || starts;
    if (orthography_.ordinal_period && (previous.small_integer || previous.roman)) return starts;
    return true;
  }

  // "Hello world.Today is": a full stop between a word and a capital, no space between.
  bool joins_without_space(const Run& run) const {
    if (run.ellipsis || run.periods + (run.question ? 1 : 0) + (run.exclamation ? 1 : 0) != 1) return false;
    if (!is_upper(at(run.end))) return false;
    if (link_mark_ahead(run.end)) return false;
    const Previous previous = read_previous(run.begin);
    if (previous.empty || previous.url_like) return false;
    if (previous.numeric) return true;
    return previous.letters >= 2 && previous.ends_lower && previous.listed == AbbreviationKind::kNone;
  }

  // Whether a mark of a URL, an e-mail address or a domain name ("@", "/", ".au" in
  // "example.Com.au", not "Tuesday.Mr. Smith") lies between `from` and the next white space.
  // The stretch of text is read once, and the last such mark in it kept: the runs of one
  // stretch ("X?X?X?…") do not each read it again to its end.
  bool link_mark_ahead(std::size_t from) const {
    if (from < stretch_.begin || from >= stretch_.end) {
      stretch_ = {from, from, kNone};
      for (std::size_t k = from; k < end_;) {
        const std::size_t mark = k;
        const UChar32 c = next_code_point(text_, k);
        if (is_white_space(c)) break;
        if (c == '@' || c == '/' || c == ':' || c == '=' || c == '_' || c == '\\' ||
            (c == '.' && starts_word_at(k))) {
          stretch_.last_link_mark = mark;
        }
        stretch_.end = k;
      }
    }
    return stretch_.last_link_mark != kNone && stretch_.last_link_mark >= from;
  }

  Previous read_previous(std::size_t end) const {
    Previous previous;
    std::size_t begin = end;
    while (begin > sentence_begin_) {
      std::size_t k = begin;
      if (is_white_space(previous_code_point(text_, k))) break;
      if (end - k > kMaxFoldedWord) {
        previous.long_word = true;
        break;
      }
      begin = k;
    }
    // Leading quotes, brackets and signs are not part of the word: "(U.S", "$100.00".
    while (!previous.long_word && begin < end && !is_letter_or_digit(at(begin))) begin = after(begin);
    previous.begin = begin;
    previous.end = end;
    previous.empty = begin == end;
    if (previous.empty) return previous;
    bool inner_period = false;
    bool only_digits = true;
    bool numeric = true;
    bool roman = true;
    unsigned part = 0;     // letters in the current period-separated part
    unsigned longest = 0;  // letters in the longest part
    UChar32 last_letter = 0;
    for (std::size_t k = begin; k < end;) {
      const UChar32 c = next_code_point(text_, k);
      if (is_alpha(c)) {
        ++previous.letters;
        ++part;
        last_letter = c;
        previous.has_upper = previous.has_upper || is_upper(c);
      } else if (is_digit(c)) {
        ++previous.digits;
      } else if (c == '.') {
        inner_period = true;
        longest = std::max(longest, part);
        part = 0;
      } else if (c == '@' || c == '/' || c == ':') {
        previous.url_like = true;
      }
      only_digits = only_digits && is_digit(c);
      numeric = numeric && (is_digit(c) || c == '.' || c == ',' || c == '/' || c == '-' || c == ':');
      roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M');
      if (previous.folded.size() < kMaxFoldedWord) append_simple_fold(c, previous.folded);
    }
    longest = std::max(longest, part);
    const std::size_t length = end - begin;
    previous.url_like = previous.url_like || previous.folded.starts_with("www.");
    previous.ends_lower = last_letter != 0 && is_lower(last_letter);
    if (previous.long_word) return previous;  // no number, abbreviation or initial
    previous.numeric = numeric && is_digit(at(begin));
    previous.small_integer = only_digits && length <= 3;
    previous.roman = roman && length >= 2 && length <= 7;
    previous.multi_period = inner_period && !previous.url_like && previous.digits == 0 && longest <= 2;
    previous.single_letter = previous.letters == 1 && previous.digits == 0 && !inner_period;
    if (!previous.url_like && !previous.numeric && previous.folded.size() < kMaxFoldedWord) {
      previous.listed = language_.abbreviation(previous.folded);
    }
    return previous;
  }

  // Whether the word before the one at `word` is a number ("5 a.m.", "150 г.").
  bool number_before(std::size_t word) const {
    std::size_t k = word;
    while (k > sentence_begin_ && is_white_space(code_point_before(text_, k))) previous_code_point(text_, k);
    if (k == word || k <= sentence_begin_) return false;
    const UChar32 last = code_point_before(text_, k);
    if (!is_digit(last)) return false;
    const std::size_t number_end = k;
    while (k > sentence_begin_) {
      std::size_t j = k;
      const UChar32 c = previous_code_point(text_, j);
      if (is_white_space(c)) break;
      if (number_end - j > kMaxFoldedWord) return false;
      if (!is_digit(c) && c != '.' && c != ',' && c != '$' && c != 0xA3 && c != 0x20AC) return false;
      k = j;
    }
    return true;
  }

  // The number of words in the sentence before `word`, counting up to `limit`.
  std::size_t words_before(std::size_t word, std::size_t limit) const {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t k = sentence_begin_; k < word && words < limit;) {
      const UChar32 c = next_code_point(text_, k);
      const bool part = is_letter_or_digit(c);
      if (part && !in_word) ++words;
      in_word = part || (in_word && !is_white_space(c));
    }
    return words;
  }

  Next read_next(std::size_t after_run) const {
    Next next;
    std::size_t i = skip_space(after_run);
    if (i >= end_) return next;
    if (is_dash(at(i))) {
      const std::size_t word = skip_space(after(i));
      next.dash_then_lower = word > after(i) && word < end_ && is_lower(at(word));
    }
    while (i < end_ && is_opening_mark(at(i))) i = after(i);
    const UChar32 c = at(i);
    if (c < 0) return next;
    if (is_lower(c)) {
      next.kind = Next::Kind::kLower;
    } else if (is_upper(c)) {
      next.kind = Next::Kind::kUpper;
    } else if (is_alpha(c)) {
      next.kind = Next::Kind::kCaseless;
    } else if (is_digit(c)) {
      next.kind = Next::Kind::kDigit;
    } else {
      next.kind = Next::Kind::kOther;
    }
    if (next.kind != Next::Kind::kUpper) return next;
    std::string& word = scratch_;
    word.clear();
    std::size_t k = i;
    unsigned letters = 0;
    while (k < end_ && word.size() < kMaxFoldedWord) {
      std::size_t j = k;
      const UChar32 d = next_code_point(text_, j);
      const bool apostrophe = (d == '\'' || d == 0x2019) && j < end_ && is_alpha(at(j));
      if (!is_word_part(d) && !apostrophe) break;
      letters += is_alpha(d) ? 1 : 0;
      append_simple_fold(d, word);
      k = j;
    }
    next.initial = letters == 1 && k < end_ && text_[k] == '.';
    next.abbreviation =
        k < end_ && text_[k] == '.' && language_.abbreviation(word) == AbbreviationKind::kPlain;
    next.starter = language_.is_stopword(word);
    for (std::string_view always : orthography_.always_capitalized) next.always_capitalized |= word == always;
    return next;
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr unsigned kNoByte = 0x100;

  std::string_view text_;
  std::size_t begin_;
  std::size_t end_;
  const Language& language_;
  const Orthography& orthography_;
  std::vector<std::size_t>& breaks_;
  std::array<bool, 256> stops_{};
  std::size_t sentence_begin_ = 0;
  std::size_t line_begin_ = 0;
  std::size_t content_checked_ = 0;
  bool has_content_ = false;
  std::optional<ListMarker> expected_;
  unsigned expected_first_byte_ = kNoByte;
  std::vector<std::pair<UChar32, std::size_t>> searched_;
  // The stretch of non-space text [begin, end) that link_mark_ahead last read, and the last
  // mark of a link in it (kNone: none).
  struct Stretch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t last_link_mark = kNone;
  };
  mutable Stretch stretch_;
  mutable std::string scratch_;
};

// Share of the words of three letters or more that start with a capital letter.
double capitalized_share(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  std::size_t capitalized = 0;
  std::size_t letters = 0;
  bool upper_first = false;
  auto finish_word = [&] {
    if (letters >= 3) {
      ++words;
      capitalized += upper_first ? 1 : 0;
    }
    letters = 0;
  };
  for (std::size_t i = begin; i < end;) {
    const UChar32 c = next_code_point(text, i);
    if (is_white_space(c)) {
      finish_word();
    } else if (is_alpha(c) && letters++ == 0) {
      upper_first = is_upper(c);
    }
  }
  finish_word();
  return words == 0 ? 0.0 : static_cast<double>(capitalized) / static_cast<double>(words);
}

}  // namespace

void find_sentence_breaks(std::string_view text, std::size_t begin, std::size_t end, const Language& language,
                          std::vector<std::size_t>& breaks) {
  Scanner(text, begin, end, language, breaks).scan();
}

bool reads_as_headline(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_words) {
  bool has_letter = false;
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = begin; i < end;) {
    const UChar32 c = next_code_point(text, i);
    has_letter = has_letter || is_alpha(c);
    const bool space = is_white_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  if (!has_letter || words > max_words || end <= begin) return false;
  std::size_t last = end;
  UChar32 c = previous_code_point(text, last);
  while (last > begin && (is_closing_bracket(c) || is_quote(c))) c = previous_code_point(text, last);
  return !(u_hasBinaryProperty(c, UCHAR_S_TERM) || u_hasBinaryProperty(c, UCHAR_TERMINAL_PUNCTUATION));
}

bool heads_next_line(std::string_view text, std::size_t begin, std::size_t end, std::size_t next_begin,
                     std::size_t next_end) {
  if (next_begin >= next_end) return true;
  if (is_lower(code_point_at(text, next_begin))) return false;
  if (text[begin] == '#') return true;
  const bool title_case = capitalized_share(text, begin, end) >= 0.6;
  const bool short_line = 2 * (end - begin) <= next_end - next_begin;
  return title_case || short_line;
}

}  // namespace salience::detail
