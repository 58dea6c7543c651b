#include "salience/detect.h"

#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "salience/detail/char_class.h"
#include "salience/detail/hash.h"
#include "salience/detail/languages.h"
#include "salience/detail/unicode.h"
#include "salience/detail/words.h"
#include "salience/error.h"
#include "salience/language.h"
#include "salience/utf8.h"

namespace salience {
namespace {

// What one occurrence of a hinted letter (the language table's `letters`) adds, shared
// among the candidates that list it: a quarter of a stopword's evidence (each stopword adds 1,
// shared among the languages that list it). A letter is weaker evidence than a function word,
// since names and loanwords carry foreign letters ("Peña" in English text), yet a few of them
// outweigh one shared stopword ("PersianByLetters", "UkrainianByLetters" in detect_test.cpp).
// Set by hand with the detector (no measurement of it is recorded); kMinimumMargin below is
// one letter's worth.
constexpr double kLetterWeight = 0.25;

// Indonesian and Malay share their function words, and their stopword lists (spaCy's Malay
// list is its Indonesian one): when one of them wins, these words, which only one of the two
// uses, decide between them, and Indonesian, the larger, wins a tie.
struct WordHint {
  std::string_view word;
  std::string_view code;
};
constexpr std::string_view kCloseLanguages[] = {"id", "ms"};
constexpr WordHint kWordHints[] = {
    {"karena", "id"},     {"saja", "id"},     {"bisa", "id"},     {"yaitu", "id"},
    {"pemerintah", "id"}, {"tersebut", "id"}, {"kerana", "ms"},   {"sahaja", "ms"},
    {"boleh", "ms"},      {"iaitu", "ms"},    {"kerajaan", "ms"}, {"beliau", "ms"},
};

// A text is taken for its script's most widely written language (its script_default in the
// language table: English for Latin, the language salience assumes when told none) unless
// another language of the script has
// positive evidence: a score of at least kMinimumEvidence, at least kMinimumMargin more than
// the default language's (a tie goes to the default), from at least kMinimumPieces distinct
// stopwords or hinted letters. A single word is not enough: stopword lists hold words that
// are content words in English too (Slovenian lists "december" and "x", Polish "ok"), so
// "December", "Tesla Model X" and "OK!" stay English. The margin is one hinted letter's
// worth: languages that share most function words with the default (Persian with Arabic)
// are told from it by their letters.
constexpr double kMinimumEvidence = 1.0;
constexpr double kMinimumMargin = kLetterWeight;
constexpr std::size_t kMinimumPieces = 2;

UScriptCode script_of(UChar32 c) {
  if (c < 0x80) return USCRIPT_LATIN;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) return USCRIPT_KATAKANA_OR_HIRAGANA;
  return U_SUCCESS(status) != 0 ? script : USCRIPT_INVALID_CODE;
}

struct Candidate {
  std::string_view code;
  std::size_t bit;                  // position in supported_codes()
  std::string_view hinted_letters;  // the language table's `letters`
  double score = 0.0;
  std::size_t letters = 0;  // occurrences of letters hinting at this language
};

// A word of the sample that is a stopword of some candidates.
struct StopwordHit {
  std::uint64_t word_hash;
  std::uint64_t languages;  // a bit per position in supported_codes()
};

struct Written {
  std::string_view code;
  std::size_t bit;  // position in supported_codes()
  UScriptCode script;
  bool script_default;       // the language a text of the script is taken for without evidence
  std::string_view letters;  // letters hinting at it
};

// The supported languages with the script each is written in (the language table's), in
// supported_codes() order.
const std::vector<Written>& languages_by_script() {
  static const std::vector<Written> written = [] {
    std::vector<Written> built;
    const std::vector<std::string>& codes = Language::supported_codes();
    for (std::size_t bit = 0; bit < codes.size() && bit < 64; ++bit) {
      if (const detail::LanguageFacts* facts = detail::language_facts(codes[bit])) {
        built.push_back({facts->code, bit, facts->script, facts->script_default, facts->letters});
      }
    }
    return built;
  }();
  return written;
}

// The script with the most letters in `sample`; kana anywhere makes the text Japanese, as
// Japanese mixes kana with Han.
UScriptCode dominant_script(std::string_view sample) {
  std::vector<std::pair<UScriptCode, std::size_t>> counts;
  std::size_t kana = 0;
  std::size_t ascii_letters = 0;
  for (std::size_t i = 0; i < sample.size();) {
    const auto byte = static_cast<unsigned char>(sample[i]);
    if (byte < 0x80) {
      ascii_letters += detail::is_letter(byte) ? 1 : 0;
      ++i;
      continue;
    }
    const UChar32 c = detail::next_code_point(sample, i);
    if (!detail::is_letter(c)) continue;
    const UScriptCode script = script_of(c);
    kana += script == USCRIPT_KATAKANA_OR_HIRAGANA ? 1 : 0;
    bool found = false;
    for (auto& [known, count] : counts) {
      if (known == script) {
        ++count;
        found = true;
        break;
      }
    }
    if (!found) counts.emplace_back(script, 1);
  }
  if (kana > 0) return USCRIPT_KATAKANA_OR_HIRAGANA;
  UScriptCode best = ascii_letters > 0 ? USCRIPT_LATIN : USCRIPT_INVALID_CODE;
  std::size_t most = ascii_letters;
  for (const auto& [script, count] : counts) {
    if (count > most) {
      best = script;
      most = count;
    }
  }
  return best;
}

// Every stopword of every supported language, with the set of languages that list it (a
// bit per position in supported_codes()), so that a word of the sample costs one lookup: an
// open-addressing table at most half full, the words laid out in one string.
class StopwordIndex {
 public:
  StopwordIndex() {
    std::unordered_map<std::string, std::uint64_t> languages;
    const std::vector<std::string>& codes = Language::supported_codes();
    for (std::size_t bit = 0; bit < codes.size() && bit < 64; ++bit) {
      for (const std::string_view word : Language::get(codes[bit]).stopwords()) {
        languages[std::string(word)] |= std::uint64_t{1} << bit;
        longest_ = std::max(longest_, word.size());
      }
    }
    slots_.resize(std::bit_ceil(2 * languages.size() + 1));
    filter_.resize((std::size_t{1} << kFilterBits) / 64);
    const std::size_t mask = slots_.size() - 1;
    for (const auto& [word, listing] : languages) {
      const std::uint64_t hash = detail::hash_bytes(word);
      filter_[filter_bit(hash) / 64] |= filter_mask(hash);
      std::size_t index = hash & mask;
      while (slots_[index].languages != 0) index = (index + 1) & mask;
      slots_[index] = {listing, static_cast<std::uint32_t>(words_.size()),
                       static_cast<std::uint32_t>(word.size())};
      words_ += word;
    }
  }

  // The languages that list `word` (case-folded), 0 for none. O(length of the word).
  std::uint64_t languages(std::string_view word) const noexcept {
    const std::uint64_t hash = detail::hash_bytes(word);
    if ((filter_[filter_bit(hash) / 64] & filter_mask(hash)) == 0) return 0;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t index = hash & mask;; index = (index + 1) & mask) {
      const Slot& slot = slots_[index];
      if (slot.languages == 0) return 0;
      if (std::string_view(words_).substr(slot.begin, slot.size) == word) return slot.languages;
    }
  }

  std::size_t longest() const noexcept { return longest_; }  // bytes of the longest stopword

 private:
  struct Slot {
    std::uint64_t languages = 0;  // 0: an empty slot
    std::uint32_t begin = 0;      // the word is words_[begin, begin + size)
    std::uint32_t size = 0;
  };

  // A bit for each value of a hash's top kFilterBits bits, set for every stopword's: most
  // words of a text are no stopword, and most of those are turned away by this 32 KiB
  // bitmap, which stays in cache, without a probe of the table, which does not.
  static constexpr unsigned kFilterBits = 18;
  static std::size_t filter_bit(std::uint64_t hash) noexcept {
    return static_cast<std::size_t>(hash >> (64 - kFilterBits));
  }
  static std::uint64_t filter_mask(std::uint64_t hash) noexcept {
    return std::uint64_t{1} << (filter_bit(hash) % 64);
  }

  std::vector<Slot> slots_;
  std::vector<std::uint64_t> filter_;
  std::string words_;
  std::size_t longest_ = 0;
};

const StopwordIndex& stopword_index() {
  static const StopwordIndex index;
  return index;
}

// Appends the simple case folding of `piece` to `folded`.
void fold(std::string_view sample, const detail::Piece& piece, std::string& folded) {
  // Its ASCII start (all of most words) is lowered in place of one push_back a byte.
  std::size_t i = piece.begin;
  const std::size_t ascii_begin = folded.size();
  folded.resize(ascii_begin + (piece.end - piece.begin));
  char* out = folded.data() + ascii_begin;
  for (; i < piece.end && static_cast<unsigned char>(sample[i]) < 0x80; ++i) {
    const char byte = sample[i];
    *out++ = byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : byte;
  }
  folded.resize(ascii_begin + (i - piece.begin));
  while (i < piece.end) {
    const auto byte = static_cast<unsigned char>(sample[i]);
    if (byte < 0x80) {
      folded.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte));
      ++i;
    } else {
      detail::append_simple_fold(detail::next_code_point(sample, i), folded);
    }
  }
}

// Adds each candidate's stopword evidence to its score, and collects the words that hit.
void score_stopwords(std::string_view sample, std::vector<Candidate>& candidates,
                     std::vector<StopwordHit>& hits) {
  const auto& index = stopword_index();
  std::uint64_t mask = 0;
  std::array<std::size_t, 64> candidate_of_bit{};
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    mask |= std::uint64_t{1} << candidates[k].bit;
    candidate_of_bit[candidates[k].bit] = k;
  }
  // Kept between calls: a batch detects the language of every text.
  thread_local std::vector<detail::Piece> pieces;
  pieces.clear();
  detail::split_words(sample, 0, sample.size(), pieces);
  thread_local std::string folded;
  for (const detail::Piece& piece : pieces) {
    if (piece.kind != detail::PieceKind::kWord || piece.end - piece.begin > index.longest()) continue;
    folded.clear();
    fold(sample, piece, folded);
    const std::uint64_t listing = index.languages(folded) & mask;
    if (listing == 0) continue;
    hits.push_back({detail::hash_bytes(folded), listing});
    const double share = 1.0 / static_cast<double>(std::popcount(listing));
    for (std::uint64_t bits = listing; bits != 0; bits &= bits - 1) {
      candidates[candidate_of_bit[static_cast<std::size_t>(std::countr_zero(bits))]].score += share;
    }
  }
}

// Between Indonesian and Malay, by the words only one of them uses.
std::string_view choose_close_language(std::string_view sample) {
  std::vector<detail::Piece> pieces;
  detail::split_words(sample, 0, sample.size(), pieces);
  std::string folded;
  int malay = 0;
  for (const detail::Piece& piece : pieces) {
    folded.clear();
    fold(sample, piece, folded);
    for (const WordHint& hint : kWordHints) {
      if (hint.word == folded) malay += hint.code == "ms" ? 1 : -1;
    }
  }
  return malay > 0 ? "ms" : "id";
}

void score_letters(std::string_view sample, std::vector<Candidate>& candidates) {
  std::string letter;
  std::vector<Candidate*> sharing;  // the candidates that list a letter
  for (std::size_t i = 0; i < sample.size();) {
    if (static_cast<unsigned char>(sample[i]) < 0x80) {  // no ASCII letter is a hint
      ++i;
      continue;
    }
    const UChar32 c = detail::next_code_point(sample, i);
    if (!u_isalpha(c)) continue;
    letter.clear();
    detail::append_simple_fold(c, letter);
    sharing.clear();
    for (Candidate& candidate : candidates) {
      if (candidate.hinted_letters.find(letter) != std::string_view::npos) sharing.push_back(&candidate);
    }
    for (Candidate* candidate : sharing) {
      candidate->score += kLetterWeight / static_cast<double>(sharing.size());
      ++candidate->letters;
    }
  }
}

// How many distinct words of `hits` are stopwords of the language at `bit`. Sorts `hits`.
std::size_t distinct_stopwords(std::vector<StopwordHit>& hits, std::size_t bit) {
  std::sort(hits.begin(), hits.end(),
            [](const StopwordHit& a, const StopwordHit& b) { return a.word_hash < b.word_hash; });
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const bool listed = ((hits[i].languages >> bit) & 1) != 0;
    if (listed && (i == 0 || hits[i].word_hash != hits[i - 1].word_hash)) ++distinct;
  }
  return distinct;
}

// Whether `best` has the evidence to be chosen over `fallback`, the script's default.
bool outweighs(const Candidate& best, const Candidate* fallback, std::vector<StopwordHit>& hits) {
  if (best.score < kMinimumEvidence) return false;
  if (fallback == nullptr || fallback == &best) return true;
  if (best.score - fallback->score < kMinimumMargin) return false;
  return distinct_stopwords(hits, best.bit) + best.letters >= kMinimumPieces;
}

}  // namespace

std::string_view detect_language(std::string_view text) {
  // Cut the sample at a character boundary.
  std::size_t size = std::min(text.size(), kDetectBytes);
  while (size < text.size() && size > 0 && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80) --size;
  const std::string_view sample = text.substr(0, size);
  if (const auto invalid = find_invalid_utf8(sample)) {
    throw InvalidArgument("text is not valid UTF-8 at byte " + std::to_string(*invalid));
  }
  // An ASCII sample (most English text) is Latin if it has a letter, and holds none of the
  // letters that hint at a language: both passes over its code points can be skipped.
  const bool ascii = detail::is_ascii(sample);
  UScriptCode script = USCRIPT_INVALID_CODE;
  if (!ascii) {
    script = dominant_script(sample);
  } else if (std::any_of(sample.begin(), sample.end(), [](char c) { return detail::is_letter(c); })) {
    script = USCRIPT_LATIN;
  }
  std::vector<Candidate> candidates;
  for (const Written& language : languages_by_script()) {
    if (language.script == script) candidates.push_back({language.code, language.bit, language.letters});
  }
  if (candidates.empty()) return {};
  if (candidates.size() == 1) return candidates.front().code;
  // Kept between calls: a batch detects the language of every text.
  thread_local std::vector<StopwordHit> hits;
  hits.clear();
  score_stopwords(sample, candidates, hits);
  if (!ascii) score_letters(sample, candidates);
  const Candidate* best = &candidates.front();
  for (const Candidate& candidate : candidates) {
    if (candidate.score > best->score) best = &candidate;
  }
  std::string_view default_code;
  for (const Written& language : languages_by_script()) {
    if (language.script == script && language.script_default) default_code = language.code;
  }
  const Candidate* fallback = nullptr;
  for (const Candidate& candidate : candidates) {
    if (candidate.code == default_code) fallback = &candidate;
  }
  if (!default_code.empty() && !outweighs(*best, fallback, hits)) return default_code;
  for (std::string_view close : kCloseLanguages) {
    if (best->code == close) return choose_close_language(sample);
  }
  return best->code;
}

std::string_view detect_language_or(std::string_view text, std::string_view fallback) {
  try {
    const std::string_view detected = detect_language(text);
    return detected.empty() ? fallback : detected;
  } catch (const InvalidArgument&) {
    return fallback;
  }
}

}  // namespace salience
