#include "salience/corpus.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <limits>

#include "salience/detect.h"
#include "salience/error.h"
#include "salience/segment.h"
#include "salience/stop.h"
#include "salience/terms.h"
#include "salience/utf8.h"
#include "salience/worker_pool.h"

namespace salience {
namespace {

// How often count_documents calls keep_going: the binding's signal interval (bindings/
// without_gil.h), so that Ctrl-C stops a fit within about as long.
constexpr std::chrono::milliseconds kCheckInterval{20};

constexpr std::string_view kMagic = "SIDF";
constexpr char kFormatVersion = 1;

void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void put_bytes(std::string& out, std::string_view bytes) {
  put_varint(out, bytes.size());
  out.append(bytes);
}

// Reads what serialize() wrote, refusing anything else with the reason and byte offset.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw InvalidArgument("not a valid IDF table: " + what + " at byte " + std::to_string(position_));
  }

  std::uint64_t varint(const char* what) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position_ == bytes_.size()) fail(std::string("truncated ") + what);
      const auto byte = static_cast<unsigned char>(bytes_[position_++]);
      if (shift == 63 && byte > 1) fail(std::string(what) + " above 2^64");
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        // One encoding per value, so that equal tables are equal bytes.
        if (byte == 0 && shift > 0) fail(std::string("overlong ") + what);
        return value;
      }
    }
    fail(std::string(what) + " above 2^64");
  }

  std::string_view bytes(std::uint64_t size, const char* what) {
    if (size > bytes_.size() - position_) fail(std::string("truncated ") + what);
    const std::string_view result = bytes_.substr(position_, size);
    position_ += size;
    return result;
  }

  bool done() const noexcept { return position_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t position_ = 0;
};

}  // namespace

std::uint64_t CorpusFrequencies::Table::frequency(std::string_view term) const {
  const auto found = frequencies.find(term);
  return found == frequencies.end() ? 0 : found->second;
}

void CorpusFrequencies::add(const Language& language, const DocumentTerms& terms) {
  Table& table = tables_[language.code()];
  ++table.documents;
  // The vocabulary of a DocumentTerms holds each of its distinct terms once.
  for (const std::string& term : terms.vocabulary) ++table.frequencies[term];
}

void CorpusFrequencies::prune(std::uint64_t min_documents, std::size_t max_terms) {
  for (auto& [code, table] : tables_) {
    std::erase_if(table.frequencies, [&](const auto& entry) { return entry.second < min_documents; });
    if (table.frequencies.size() <= max_terms) continue;
    std::vector<std::pair<std::string_view, std::uint64_t>> ranked(table.frequencies.begin(),
                                                                   table.frequencies.end());
    const auto more_documents = [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::nth_element(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(max_terms), ranked.end(),
                     more_documents);
    Table::Frequencies kept;
    kept.reserve(max_terms);
    for (std::size_t i = 0; i < max_terms; ++i) kept.emplace(ranked[i].first, ranked[i].second);
    table.frequencies = std::move(kept);
  }
}

const CorpusFrequencies::Table* CorpusFrequencies::table(std::string_view language) const {
  const auto found = tables_.find(language);
  return found == tables_.end() ? nullptr : &found->second;
}

std::string CorpusFrequencies::serialize() const {
  std::string out(kMagic);
  out.push_back(kFormatVersion);
  put_varint(out, tables_.size());
  for (const auto& [code, table] : tables_) {
    put_bytes(out, code);
    put_varint(out, table.documents);
    std::vector<std::pair<std::string_view, std::uint64_t>> sorted(table.frequencies.begin(),
                                                                   table.frequencies.end());
    std::sort(sorted.begin(), sorted.end());
    put_varint(out, sorted.size());
    std::string_view previous;
    for (const auto& [term, frequency] : sorted) {
      // Terms in byte order share long prefixes ("govern", "government"): front coding
      // stores each prefix once.
      const auto shared = static_cast<std::size_t>(
          std::mismatch(previous.begin(), previous.end(), term.begin(), term.end()).first - previous.begin());
      put_varint(out, shared);
      put_bytes(out, term.substr(shared));
      put_varint(out, frequency);
      previous = term;
    }
  }
  return out;
}

CorpusFrequencies CorpusFrequencies::deserialize(std::string_view bytes) {
  Reader reader(bytes);
  if (reader.bytes(std::min(bytes.size(), kMagic.size()), "magic") != kMagic) {
    throw InvalidArgument("not a valid IDF table: it does not start with \"SIDF\"");
  }
  const std::string_view version = reader.bytes(1, "format version");
  if (version[0] != kFormatVersion) {
    throw InvalidArgument("IDF table format " + std::to_string(static_cast<unsigned char>(version[0])) +
                          " is not supported: this version of salience reads format " +
                          std::to_string(kFormatVersion));
  }
  CorpusFrequencies corpus;
  const std::uint64_t languages = reader.varint("language count");
  std::string_view previous_code;
  for (std::uint64_t l = 0; l < languages; ++l) {
    const std::string_view code = reader.bytes(reader.varint("language code length"), "language code");
    try {
      Language::get(code);
    } catch (const InvalidArgument&) {
      reader.fail("unsupported language '" + std::string(code) + "'");
    }
    if (l > 0 && code <= previous_code) reader.fail("languages out of order");
    previous_code = code;
    Table& table = corpus.tables_[std::string(code)];
    table.documents = reader.varint("document count");
    const std::uint64_t terms = reader.varint("term count");
    // Each term takes at least 3 bytes, so a count beyond that is a lie to refuse before
    // reserving for it.
    if (terms > bytes.size() / 3) reader.fail("a term count larger than the table");
    table.frequencies.reserve(terms);
    std::string previous;
    std::string term;
    for (std::uint64_t t = 0; t < terms; ++t) {
      const std::uint64_t shared = reader.varint("shared prefix length");
      if (shared > previous.size()) reader.fail("a shared prefix longer than the previous term");
      term.assign(previous, 0, shared);
      term.append(reader.bytes(reader.varint("term length"), "term"));
      if (term.empty() || find_invalid_utf8(term)) reader.fail("a term that is empty or not UTF-8");
      if (t > 0 && term <= previous) reader.fail("terms out of order");
      if (shared < previous.size() && shared < term.size() && term[shared] == previous[shared]) {
        reader.fail("a shared prefix shorter than the one the terms share");
      }
      const std::uint64_t frequency = reader.varint("term's document count");
      if (frequency == 0 || frequency > table.documents) {
        reader.fail("a term's document count of " + std::to_string(frequency) + " outside [1, " +
                    std::to_string(table.documents) + "]");
      }
      table.frequencies.emplace(term, frequency);
      previous.swap(term);
    }
  }
  if (!reader.done()) reader.fail("trailing bytes");
  return corpus;
}

bool count_documents(CorpusFrequencies& corpus, std::span<const std::string_view> texts,
                     const Language* language, const Language& fallback, std::size_t threads,
                     const std::function<bool()>& keep_going) {
  // Each worker extracts one text's terms; the counts are added on this thread, in input
  // order, so that the result does not depend on the number of threads.
  struct Counted {
    const Language* language = nullptr;
    DocumentTerms terms;
    std::exception_ptr error;
  };
  std::vector<Counted> counted(texts.size());
  std::stop_source stop;  // stops the texts under way once keep_going says so
  const std::function<void(std::size_t)> task = [&](std::size_t i) {
    Counted& item = counted[i];
    const StopScope scope(stop.get_token());
    try {
      try {
        require_valid_text(texts[i]);
      } catch (const InvalidArgument& error) {
        throw InvalidArgument("document " + std::to_string(i) + ": " + error.what());
      }
      item.language =
          language != nullptr ? language : &Language::get(detect_language_or(texts[i], fallback.code()));
      const std::vector<Span> spans = segment(texts[i], *item.language);
      item.terms = extract_terms(texts[i], spans, *item.language, TermOffsets::kDrop);
      item.terms.terms = {};  // only the distinct terms (the vocabulary) are counted
    } catch (...) {
      item.error = std::current_exception();
    }
  };
  const auto keep_going_or_stop = [&] {
    if (keep_going()) return true;
    stop.request_stop();
    return false;
  };
  if (!WorkerPool::shared().run(texts.size(), threads, task, keep_going_or_stop, kCheckInterval)) {
    return false;
  }
  for (const Counted& item : counted) {
    if (item.error) std::rethrow_exception(item.error);
  }
  for (const Counted& item : counted) corpus.add(*item.language, item.terms);
  return true;
}

}  // namespace salience
