#include "salience/detail/sentence_rules.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "salience/detail/char_class.h"
#include "salience/detail/headline.h"
#include "salience/detail/list_markers.h"
#include "salience/detail/quotations.h"
#include "salience/detail/unicode.h"
#include "salience/detail/word_context.h"
#include "salience/stop.h"

namespace salience::detail {
namespace {

// "At 5 a.m. Mr. Smith went": up to this many words before a number, a unit abbreviation
// after it is no sentence end (the sentence would have no verb). From that test case
// (tests/cpp/sentence_rules_test.cpp); one word is the opening preposition.
constexpr std::size_t kMaxFragmentWords = 1;
// A footnote reference after a terminal ("in 1990.[3] He", "[12, 14-16]") holds digits,
// commas, spaces and hyphens: "[" and at most this many bytes before its "]". Longer
// brackets are text of the next sentence. Set by hand (no measurement of it is recorded):
// room for a few references, as Wikipedia text cites them.
constexpr std::size_t kMaxReferenceBytes = 12;
// An editorial note or lettered footnote after a terminal ("[citation needed]", "[a]",
// "[note 3]", "[dubious – discuss]"): a lower-case letter after "[", and at most this many
// bytes before its "]". The longest of Wikipedia's inline cleanup tags in common use
// ("[according to whom?]", "[better source needed]") fit with room to spare.
constexpr std::size_t kMaxNoteBytes = 40;

// The ASCII bytes at which a candidate may start: punctuation that can end or hold a
// sentence, and line breaks. The scan also stops at the first byte of every non-ASCII
// character, at the language's extra terminals and at the first byte of the list item it
// expects next.
constexpr std::string_view kStopBytes = ".!?([{\"'\n\r";
// The ASCII bytes that can start a closing token of tokenized text or a closing mark standing
// alone after a terminal ("''", "-RRB-", '"', ")").
constexpr std::string_view kClosingTokenBytes = "'\"-)]}";
// The lead bytes of two- to four-byte UTF-8 sequences are 0xC2 and up (0xC0 and 0xC1 never
// occur in valid UTF-8).
constexpr unsigned kFirstLeadByte = 0xC0;

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

// The scan of one paragraph: a state machine over its candidates. Between candidates it
// skips bytes by a table (stops_); at each it visits a line break, a list item, a run of
// terminals, an opening quotation mark or bracket, a bullet or a Thai space, decides from
// the words around it (word_context.h) whether a sentence ends there, and cuts. Its state:
// where the current sentence and line began, the list item it expects next, the quotations
// searched for, and the stretch of text last read for links.
class Scanner {
 public:
  Scanner(std::string_view text, std::size_t begin, std::size_t end, const Language& language,
          std::vector<std::size_t>& breaks)
      : text_(text),
        paragraph_(text.substr(0, end)),
        begin_(begin),
        end_(end),
        language_(language),
        orthography_(language.orthography()),
        breaks_(breaks),
        quotations_(paragraph_, begin),
        line_begin_(begin) {
    // The fixed stops (is_fixed_stop), set byte by byte: a paragraph is often short, and
    // asking is_fixed_stop of all 256 bytes would cost more than scanning it.
    for (unsigned byte = kFirstLeadByte; byte < stops_.size(); ++byte) stops_[byte] = true;
    for (char c : kStopBytes) stops_[static_cast<unsigned char>(c)] = true;
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
  std::size_t skip_space(std::size_t i) const { return std::min(skip_white_space(paragraph_, i), end_); }
  bool space_before(std::size_t i) const {
    const UChar32 c = before(i);
    return c < 0 || is_white_space(c);
  }
  bool starts_word_at(std::size_t i) const { return i < end_ && is_letter_or_digit(at(i)); }

  // --- sentences --------------------------------------------------------------------------

  // Ends the current sentence at `where` (when it holds anything) and starts the next one
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
    if (const auto item = parse_marker(i)) {
      expect(item->marker.successor());
      return item->item;
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

  bool is_fixed_stop(unsigned byte) const {
    return byte >= kFirstLeadByte || kStopBytes.find(static_cast<char>(byte)) != std::string_view::npos ||
           orthography_.extra_terminals.find(static_cast<char>(byte)) != std::string_view::npos;
  }

  // Makes the scan stop at the first byte of `marker`, the list item it expects next.
  void expect(const ListMarker& marker) {
    if (expected_first_byte_ != kNoByte && !is_fixed_stop(expected_first_byte_))
      stops_[expected_first_byte_] = false;
    expected_.reset();
    expected_first_byte_ = kNoByte;
    if (!continues_list(marker)) return;
    expected_ = marker;
    expected_first_byte_ = first_byte(marker);
    stops_[expected_first_byte_] = true;
  }

  std::optional<ListItem> parse_marker(std::size_t i) const {
    return parse_list_marker(paragraph_, i, expected_ && expected_->kind == ListMarker::Kind::kLower);
  }

  // Whether the list item the scan expects starts at i, after white space or a bullet.
  bool starts_expected_item(std::size_t i) const {
    if (!expected_ || !space_before(i)) return false;
    const auto item = parse_marker(i);
    return item && item->marker == *expected_;
  }

  // Whether a list item starts the line at i: a bullet, or a list marker.
  bool starts_item(std::size_t i) const {
    const UChar32 c = at(i);
    if (is_bullet(c)) return true;
    if (is_line_bullet(c)) {
      const std::size_t bullet_end = after(i);
      return bullet_end < end_ && is_white_space(at(bullet_end));
    }
    return parse_marker(i).has_value();
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
    const std::size_t next = i + line_break_length(paragraph_, i);
    const std::size_t line_end = i;
    const std::size_t line = line_begin_;
    line_begin_ = skip_space(next);
    if (line_begin_ >= end_) return next;
    if (starts_item(line_begin_) || is_heading(line, line_end)) return cut(i);
    return next;
  }

  // Whether the line [line, line_end) is a heading over the line at line_begin_: a sentence
  // of its own that began with the line.
  bool is_heading(std::size_t line, std::size_t line_end) const {
    if (sentence_begin_ != skip_space(line) || sentence_begin_ >= line_end) return false;
    const std::size_t end = trim_end(text_, sentence_begin_, line_end);
    if (!reads_as_headline(text_, sentence_begin_, end, kMaxHeadingWords)) return false;
    const std::size_t next_end = find_line_break(paragraph_, line_begin_);
    return heads_next_line(text_, sentence_begin_, end, line_begin_, trim_end(text_, line_begin_, next_end));
  }

  // Thai and Lao put a space, and no punctuation, between sentences.
  std::size_t visit_thai(std::size_t next) {
    std::size_t j = next;
    while (j < end_ && text_[j] == ' ') ++j;
    if (j > next && j < end_ && is_thai_or_lao(at(j))) return cut(next);
    return next;
  }

  std::size_t visit_terminal(std::size_t i) { return visit_run(read_run(i)); }

  std::size_t visit_run(const Run& run) {
    if (!has_content_before(run.begin)) return run.end;  // ". . . The practice": it opens the sentence
    if (const auto at_cut = decide(run)) return cut(*at_cut);
    return run.end;
  }

  // A quotation or bracket that closes within reach holds its terminals: the scan goes on at
  // its closing mark, reading a terminal right before it ("great.'", "маму?»") as a run.
  std::size_t visit_opening_mark(std::size_t i, UChar32 c, std::size_t next) {
    const std::size_t close = quotations_.closing_mark(i, c, next);
    if (close == QuotationFinder::kNone) return next;
    std::size_t terminal = close;
    std::size_t k = close;
    while (k > next) {
      std::size_t previous = k;
      const UChar32 p = previous_code_point(text_, previous);
      // Quotation marks and spaced dots, not brackets: the "[...]" in "stairways [...]\"" is
      // an omission inside the quotation, not its end.
      if (is_terminal(p, orthography_.extra_terminals) || is_quote(p) ||
          (p == ' ' && previous > next &&
           is_terminal(code_point_before(text_, previous), orthography_.extra_terminals))) {
        k = previous;
        if (is_terminal(p, orthography_.extra_terminals)) terminal = previous;
        continue;
      }
      break;
    }
    if (terminal == close) return after(close);
    quotation_close_ = close;
    return visit_run(read_run(terminal));
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
      } else if (((c == ' ' || c == 0xA0 || c == 0x202F) && next < end_ &&
                  (at(next) == 0xBB || at(next) == 0x203A)) ||
                 (c == ' ' && (run.question || run.exclamation) && run.periods == 0 && !run.closed &&
                  (starts_ellipsis(next) || repeats_spaced_mark(next)))) {
        // The run goes on over the space: French spacing ("livraisons »."), and an ellipsis or
        // a repeated mark after "?" or "!" ("No? . . . Then", "Yes! ... then": what follows the
        // ellipsis decides; "! !", "? ?").
      } else if (c == ' ' && run.periods > 0 && !run.closed && is_spaced_dot(next)) {
        spaced = true;  // ". . .": the dots of a spaced ellipsis belong together
      } else if (c == ' ' && !run.closed) {
        // A closing mark standing alone after the terminal closes the sentence: pre-tokenized
        // text ("said . '' He", "it . -RRB- The") and e-books ("'I know. ' He paused").
        const std::size_t token_end = closing_token_end(next, run.begin);
        if (token_end == next) break;
        run.closed = true;
        next = token_end;
      } else {
        break;
      }
      i = next;
    }
    run.end = skip_references(i);
    run.ellipsis = run.ellipsis || run.periods >= 3;
    run.cut = run.end;
    // "compounds. . . . The": a full stop, then an ellipsis that opens the next sentence.
    if (first_attached && spaced && run.periods >= 4 && first_period_end != kNone) run.cut = first_period_end;
    return run;
  }

  // A "?" or "!" at i that repeats a spaced one ("ran ? ? No"): standing alone, and before
  // a capital, a quotation mark or the end, as in tokenized text (not "as ? ? 1", where
  // question marks stand for symbols lost in conversion).
  bool repeats_spaced_mark(std::size_t i) const {
    if (!is_spaced_mark(i)) return false;
    const std::size_t j = skip_space(i + 1);
    if (j >= end_) return true;
    const UChar32 c = at(j);
    return is_upper(c) || is_quote(c) || c == '`';
  }

  // Whether an ellipsis starts at i: "…", "..." or ". .".
  bool starts_ellipsis(std::size_t i) const {
    if (at(i) == 0x2026) return true;
    if (i + 2 >= end_ || text_[i] != '.') return false;
    return text_[i + 1] == '.' || (text_[i + 1] == ' ' && text_[i + 2] == '.');
  }

  // A "?" or "!" at i that stands alone: followed by white space, a quotation mark or the end.
  bool is_spaced_mark(std::size_t i) const {
    if (i >= end_ || (text_[i] != '?' && text_[i] != '!')) return false;
    const UChar32 c = at(i + 1);
    return c < 0 || is_white_space(c) || is_quote(c);
  }

  // The end of a closing token at i ("''", "'", "-RRB-", "-RSB-", "-RCB-", ")", "]", "”",
  // and '"' when it closes a quotation opened in the sentence before `terminal`) followed by
  // white space or the end; i if there is none.
  std::size_t closing_token_end(std::size_t i, std::size_t terminal) const {
    // Most sentences go on with a letter: one byte rules them out.
    if (i >= end_ || (static_cast<unsigned char>(text_[i]) < 0x80 &&
                      kClosingTokenBytes.find(text_[i]) == std::string_view::npos))
      return i;
    std::size_t end = i;
    const std::string_view rest = paragraph_.substr(i, 5);
    if (rest.starts_with("''")) {
      end = i + 2;
    } else if (rest == "-RRB-" || rest == "-RSB-" || rest == "-RCB-") {
      end = i + 5;
    } else if (i < end_) {
      const UChar32 c = at(i);
      // A lone "'" closes the quotation found for it, or in tokenized text (not "' Fraid").
      const bool closes = c == '\'' ? i == quotation_close_ || space_before(terminal)
                                    : is_closing_bracket(c) || u_charType(c) == U_FINAL_PUNCTUATION;
      if (closes || (c == '"' && opens_quotation_before(terminal))) {
        end = after(i);
      }
    }
    return end != i && (end >= end_ || is_white_space(at(end))) ? end : i;
  }

  // Whether the sentence holds an odd number of '"' before `where`: the next one closes.
  // Counted on from the last call in the same sentence (amortized O(1) per call as the scan
  // moves forward), so that "a. \" a. \" …" stays linear.
  bool opens_quotation_before(std::size_t where) const {
    if (quotes_.sentence != sentence_begin_ || quotes_.checked > where)
      quotes_ = {sentence_begin_, sentence_begin_, 0};
    for (; quotes_.checked < where; ++quotes_.checked)
      quotes_.count += text_[quotes_.checked] == '"' ? 1U : 0U;
    return quotes_.count % 2 == 1;
  }

  // A dot at i that continues a spaced ellipsis: a single dot followed by white space, a
  // closing mark or the end; not a word (". .NET") or an unspaced ellipsis ("raak. ...en").
  bool is_spaced_dot(std::size_t i) const {
    if (i >= end_ || text_[i] != '.') return false;
    const UChar32 c = at(i + 1);
    return c < 0 || is_white_space(c) || is_quote(c) || is_closing_bracket(c);
  }

  // Footnote markers after a terminal belong to the sentence before, as Wikipedia and web
  // text cite: "1998.[4][5] Later", "rare.[citation needed] Most", "word.¹² Next", and one
  // reference after a space ("rare. [12] Most") when white space or the end follows it.
  std::size_t skip_references(std::size_t i) const {
    std::size_t end = i;
    for (std::size_t j = skip_reference(end); j != end; j = skip_reference(end)) end = j;
    if (end != i) return end;
    if (std::size_t j = skip_superscripts(i); j != i) return j;
    if (i + 2 < end_ && text_[i] == ' ' && text_[i + 1] == '[' && !is_ascii_lower(text_[i + 2])) {
      const std::size_t j = skip_reference(i + 1);
      if (j != i + 1 && (j >= end_ || is_white_space(at(j)))) return j;
    }
    return i;
  }

  // One "[3]", "[12, 14-16]", "[a]" or "[citation needed]" at i; returns i if there is none.
  std::size_t skip_reference(std::size_t i) const {
    if (i + 1 >= end_ || text_[i] != '[') return i;
    std::size_t j = i + 1;
    if (is_ascii_lower(text_[j])) {
      while (j < end_ && j - i < kMaxNoteBytes && text_[j] != ']' && text_[j] != '[' && text_[j] != '\n') ++j;
      return j < end_ && text_[j] == ']' ? j + 1 : i;
    }
    bool digit = false;
    while (j < end_ && j - i < kMaxReferenceBytes &&
           (is_ascii_digit(text_[j]) || text_[j] == ',' || text_[j] == ' ' || text_[j] == '-')) {
      digit = digit || is_ascii_digit(text_[j]);
      ++j;
    }
    return digit && j < end_ && text_[j] == ']' ? j + 1 : i;
  }

  // Superscript digits, maybe separated by commas ("word.¹ Next", "word.²,³ Next").
  std::size_t skip_superscripts(std::size_t i) const {
    // Their UTF-8 sequences start with 0xC2 or 0xE2: anything below is no superscript.
    if (i >= end_ || static_cast<unsigned char>(text_[i]) < 0xC2) return i;
    std::size_t end = i;
    for (std::size_t j = i; j < end_;) {
      const UChar32 c = next_code_point(text_, j);
      if (is_superscript_digit(c)) {
        end = j;
      } else if (c != ',' || end == i) {
        break;
      }
    }
    return end;
  }

  // --- decisions --------------------------------------------------------------------------

  PreviousWord previous_word(std::size_t end) const {
    return read_previous(paragraph_, sentence_begin_, end, language_);
  }

  // The word before a terminal; in pre-tokenized text, where one space stands between a
  // listed abbreviation and its period ("Dr . Jones", "Prof . Lee"), the abbreviation. A
  // single letter before a spaced period stays a word ("hepatitis A . State", "matrix M .").
  PreviousWord spaced_previous_word(std::size_t end) const {
    if (end > sentence_begin_ + 1 && text_[end - 1] == ' ' && !space_before(end - 1) &&
        !is_terminal(before(end - 1), orthography_.extra_terminals)) {
      PreviousWord spaced = previous_word(end - 1);
      if (spaced.listed != AbbreviationKind::kNone && !spaced.single_letter) return spaced;
    }
    return previous_word(end);
  }

  // Where the sentence ends if `run` ends it; nullopt when it goes on.
  std::optional<std::size_t> decide(const Run& run) const {
    if (run.end >= end_) return std::nullopt;  // the paragraph ends here anyway
    const UChar32 c = at(run.end);
    if (!is_white_space(c)) {
      if (!run.needs_space) {
        // "「おはよう。」と言った": a quotative particle after the quotation goes on with it.
        if (run.closed && (c == 0x3068 || c == 0x3063)) return std::nullopt;
        return u_ispunct(c) != 0 && !is_opening_mark(c) ? std::nullopt : std::optional(run.cut);
      }
      return joins_without_space(run) ? std::optional(run.cut) : std::nullopt;
    }
    const NextWord next = read_next(paragraph_, run.end, language_);
    bool ends = false;
    if (run.question || run.exclamation || run.other_terminal) {
      ends = mark_ends(run, next);
    } else if (run.colon) {
      ends = next.kind == NextWord::Kind::kLower || next.kind == NextWord::Kind::kUpper ||
             next.kind == NextWord::Kind::kCaseless;
    } else if (run.ellipsis) {
      ends = ellipsis_ends(run, next);
    } else {
      ends = period_ends(run, next);
    }
    return ends ? std::optional(run.cut) : std::nullopt;
  }

  // "?", "!" and the full stops of other scripts.
  bool mark_ends(const Run& run, const NextWord& next) const {
    if (next.dash_then_lower) return false;
    if (run.exclamation && !run.question && !run.other_terminal && !run.closed && is_exclamation_name(run))
      return false;
    if (next.kind != NextWord::Kind::kLower) return true;
    // '"Where?" he asked', "Yahoo! in the", "No?... then", but "кім? не?"
    if (run.closed || run.ellipsis) return false;
    if (run.exclamation && !run.question) return false;
    // "Do They Know It's Christmas? is expected to sell": the title of a work.
    return !ends_title(paragraph_, sentence_begin_, run.begin);
  }

  // "Yahoo!": a name the language lists with its exclamation mark.
  bool is_exclamation_name(const Run& run) const {
    if (run.end - run.begin != 1) return false;
    PreviousWord previous = previous_word(run.begin);
    if (previous.empty || previous.long_word) return false;
    previous.folded += '!';
    return language_.abbreviation(previous.folded) != AbbreviationKind::kNone;
  }

  bool ellipsis_ends(const Run& run, const NextWord& next) const {
    if (next.dash_then_lower) return false;
    switch (next.kind) {
      case NextWord::Kind::kLower:
        return false;
      case NextWord::Kind::kDigit:
        return run.periods >= 4;
      case NextWord::Kind::kUpper:
        if (run.periods >= 4) return true;          // an ellipsis and a full stop
        if (next.always_capitalized) return false;  // "the thing is . . . I didn't"
        return !orthography_.capitalized_nouns || next.starter;
      default:
        return true;
    }
  }

  bool period_ends(const Run& run, const NextWord& next) const {
    if (next.dash_then_lower) return false;
    const PreviousWord previous = spaced_previous_word(run.begin);
    switch (next.kind) {
      case NextWord::Kind::kEnd:
        return true;
      case NextWord::Kind::kLower:
        return orthography_.period_ends_before_lower_case && !previous.empty && !previous.abbreviation_like();
      case NextWord::Kind::kUpper:
        return period_ends_before_capital(previous, next);
      default:
        return !previous.abbreviation_like();  // "p. 55", "N°. 1026", "Пл. \"20", "د. ديفيد"
    }
  }

  bool period_ends_before_capital(const PreviousWord& previous, const NextWord& next) const {
    if (previous.empty) return true;
    const bool starts = next.starter && !next.initial;
    // "at 6 P.M. Mr. Smith": a unit after a number ends its sentence, unless the sentence
    // would be nothing more than the number ("At 5 a.m. Mr. Smith went"). A single letter
    // stays ambiguous ("150 г. Саргон"): see below.
    if ((previous.multi_period || previous.listed != AbbreviationKind::kNone) && !previous.single_letter &&
        number_before(paragraph_, sentence_begin_, previous.begin)) {
      return words_before(paragraph_, sentence_begin_, previous.begin, kMaxFragmentWords + 2) >
             kMaxFragmentWords + 1;
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
    const PreviousWord previous = previous_word(run.begin);
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

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr unsigned kNoByte = 0x100;

  std::string_view text_;
  std::string_view paragraph_;  // text_ up to end_
  std::size_t begin_;
  std::size_t end_;
  const Language& language_;
  const Orthography& orthography_;
  std::vector<std::size_t>& breaks_;
  QuotationFinder quotations_;
  std::array<bool, 256> stops_{};
  std::size_t sentence_begin_ = 0;
  std::size_t line_begin_ = 0;
  std::size_t content_checked_ = 0;
  bool has_content_ = false;
  std::optional<ListMarker> expected_;
  unsigned expected_first_byte_ = kNoByte;
  // The stretch of non-space text [begin, end) that link_mark_ahead last read, and the last
  // mark of a link in it (kNone: none).
  struct Stretch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t last_link_mark = kNone;
  };
  mutable Stretch stretch_;
  // The '"' counted by opens_quotation_before: in the sentence that began at `sentence`,
  // `count` of them before `checked`.
  struct QuoteCount {
    std::size_t sentence = kNone;
    std::size_t checked = 0;
    unsigned count = 0;
  };
  mutable QuoteCount quotes_;
  std::size_t quotation_close_ = kNone;  // the closing mark visit_opening_mark last found
};

}  // namespace

void find_sentence_breaks(std::string_view text, std::size_t begin, std::size_t end, const Language& language,
                          std::vector<std::size_t>& breaks) {
  Scanner(text, begin, end, language, breaks).scan();
}

}  // namespace salience::detail
