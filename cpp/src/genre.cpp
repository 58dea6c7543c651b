#include "salience/genre.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "salience/detail/speaker_label.h"

namespace salience {
namespace {

// The thresholds of recognize_genre (genre.h says why each cue is one).
constexpr std::size_t kMinParagraphs = 3;
constexpr std::size_t kMinCitations = 3;
constexpr double kCitationsPerWord = 1.0 / 1000.0;
constexpr std::size_t kMaxReviewWords = 150;    // mean words a paragraph
constexpr std::size_t kMinReviewSentences = 2;  // mean sentences a paragraph
constexpr std::size_t kMaxCitationBytes = 80;   // inside one pair of parentheses or brackets

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return is_upper(c) || is_lower(c); }
bool is_year(std::string_view four) {
  return four.size() == 4 && ((four[0] == '1' && four[1] == '9') || (four[0] == '2' && four[1] == '0')) &&
         is_digit(four[2]) && is_digit(four[3]);
}

struct Citations {
  std::size_t all = 0;
  std::size_t named = 0;  // "et al.", "[12]", "(Smith, 2003)": not a bare "(2003)"
};

// What stands between `open` and its closing `close`, at most kMaxCitationBytes; empty
// when there is no such close or another `open` comes first.
std::string_view enclosed(std::string_view text, std::size_t open, char close) {
  const char opening = text[open];
  for (std::size_t i = open + 1; i < text.size() && i <= open + kMaxCitationBytes; ++i) {
    if (text[i] == close) return text.substr(open + 1, i - open - 1);
    if (text[i] == opening || text[i] == '\n') return {};
  }
  return {};
}

// "[12]", "[3, 7]", "[4-6]": digits, commas, spaces and dashes, at least one digit.
bool is_numbered(std::string_view inside) {
  return !inside.empty() && std::ranges::any_of(inside, is_digit) &&
         std::ranges::all_of(inside, [](char c) { return is_digit(c) || c == ',' || c == ' ' || c == '-'; });
}

// Each kind of citation is found by a search that skips ahead (memchr for a bracket, a
// Boyer-Moore-Horspool searcher for "et al."): this scan reads every text summarized.
Citations count_citations(std::string_view text) {
  Citations citations;
  constexpr std::string_view kEtAl = "et al.";
  const std::boyer_moore_horspool_searcher searcher(kEtAl.begin(), kEtAl.end());
  for (auto from = text.begin(); from != text.end();) {
    const auto [found, after] = searcher(from, text.end());
    if (found == text.end()) break;
    if (found == text.begin() || !is_letter(*(found - 1))) {
      ++citations.all;
      ++citations.named;
    }
    from = after;
  }
  for (std::size_t i = text.find('['); i != std::string_view::npos; i = text.find('[', i + 1)) {
    if (is_numbered(enclosed(text, i, ']'))) {
      ++citations.all;
      ++citations.named;
    }
  }
  for (std::size_t i = text.find('('); i != std::string_view::npos; i = text.find('(', i + 1)) {
    std::string_view inside = enclosed(text, i, ')');
    if (!inside.empty() && is_lower(inside.back())) inside.remove_suffix(1);  // "2003a"
    if (inside.size() >= 4 && is_year(inside.substr(inside.size() - 4))) {
      ++citations.all;
      if (std::ranges::any_of(inside, is_letter)) ++citations.named;
    }
  }
  return citations;
}

// Whether `text` holds a first-person singular word ("I", "me", "my", "I'm", "I've", ...)
// outside quotation marks: a reviewer writes in the first person, a reporter quotes people
// who do.
bool has_first_person(std::string_view text) {
  constexpr std::string_view kOpeningQuote = "\u201C";
  constexpr std::string_view kClosingQuote = "\u201D";
  bool quoted = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      quoted = !quoted;
      ++i;
      continue;
    }
    if (text.substr(i, kOpeningQuote.size()) == kOpeningQuote ||
        text.substr(i, kClosingQuote.size()) == kClosingQuote) {
      quoted = text[i + 2] == kOpeningQuote.back();
      i += kOpeningQuote.size();
      continue;
    }
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_letter(text[end])) ++end;
    const std::string_view word = text.substr(i, end - i);
    if (!quoted && (word == "I" || word == "me" || word == "my" || word == "My" || word == "Me")) return true;
    i = end;
  }
  return false;
}

struct Paragraph {
  std::size_t begin = 0;  // byte offsets: its first sentence's begin, its last one's end
  std::size_t end = 0;
  std::size_t words = 0;
  std::size_t sentences = 0;
};

}  // namespace

std::string_view genre_name(Genre genre) noexcept {
  for (const auto& [value, name] : kGenreNames) {
    if (value == genre) return name;
  }
  return "general";
}

std::optional<Genre> genre_named(std::string_view name) noexcept {
  for (const auto& [value, genre_name] : kGenreNames) {
    if (genre_name == name) return value;
  }
  return std::nullopt;
}

Genre recognize_genre(std::string_view text, std::span<const Span> spans,
                      std::span<const std::size_t> words) {
  std::vector<Paragraph> paragraphs;
  bool published = false;  // a title or a dateline
  std::size_t total_words = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& span = spans[i];
    if (span.kind != SpanKind::kSentence) {
      published = true;
      continue;
    }
    total_words += words[i];
    if (paragraphs.empty() || paragraphs.back().sentences == 0 || spans[i - 1].paragraph != span.paragraph ||
        spans[i - 1].kind != SpanKind::kSentence) {
      paragraphs.push_back({span.begin, span.end, 0, 0});
    }
    Paragraph& paragraph = paragraphs.back();
    paragraph.end = span.end;
    paragraph.words += words[i];
    ++paragraph.sentences;
  }
  const std::size_t count = paragraphs.size();
  if (detail::is_transcript(text, spans)) return Genre::kTranscript;
  const Citations citations = count_citations(text);
  if (citations.all >= kMinCitations && citations.named > 0 &&
      static_cast<double>(citations.all) >= kCitationsPerWord * static_cast<double>(total_words)) {
    return Genre::kPaper;
  }
  if (published) return Genre::kNews;
  std::size_t sentences = 0;
  for (const Paragraph& paragraph : paragraphs) sentences += paragraph.sentences;
  if (count >= kMinParagraphs && total_words <= kMaxReviewWords * count &&
      sentences >= kMinReviewSentences * count) {
    const auto personal = static_cast<std::size_t>(std::ranges::count_if(paragraphs, [&](const Paragraph& p) {
      return has_first_person(text.substr(p.begin, p.end - p.begin));
    }));
    if (2 * personal >= count) return Genre::kReviews;
  }
  return Genre::kGeneral;
}

ScoringOptions genre_scoring(Genre genre) noexcept {
  ScoringOptions options;
  switch (genre) {
    case Genre::kGeneral:
    case Genre::kNews:
      break;
    case Genre::kTranscript:
      options.position_weight = 0.2;
      options.length_weight = 1.0;
      options.min_words = 20;
      options.max_words = 60;
      break;
    case Genre::kReviews:
      options.position_weight = 0.0;
      break;
    case Genre::kPaper:
      options.position_scope = PositionScope::kSections;
      break;
  }
  return options;
}

ScoringOverrides ScoringOverrides::fixing(const ScoringOptions& options) {
  return {options.tfidf_weight,
          options.position_weight,
          options.position_curve,
          options.position_decay,
          options.title_weight,
          options.length_weight,
          options.min_words,
          options.max_words,
          options.noise_weight,
          options.query_weight,
          options.query_position_weight};
}

ScoringOptions ScoringOverrides::over(ScoringOptions defaults) const {
  if (tfidf_weight) defaults.tfidf_weight = *tfidf_weight;
  if (position_weight) defaults.position_weight = *position_weight;
  if (position_curve) defaults.position_curve = *position_curve;
  if (position_decay) defaults.position_decay = *position_decay;
  if (title_weight) defaults.title_weight = *title_weight;
  if (length_weight) defaults.length_weight = *length_weight;
  if (min_words) defaults.min_words = *min_words;
  if (max_words) defaults.max_words = *max_words;
  if (noise_weight) defaults.noise_weight = *noise_weight;
  if (query_weight) defaults.query_weight = *query_weight;
  if (query_position_weight) defaults.query_position_weight = *query_position_weight;
  return defaults;  // position_scope is the genre's alone
}

}  // namespace salience
