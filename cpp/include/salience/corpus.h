// Stage 3's second source of IDF: document frequencies learned from a corpus.
//
// On its own, a document can only weigh a term by how few of its sentences hold it. A
// corpus of similar documents tells more: a term found in most of them is the genre's
// vocabulary ("said", "year"), one found in few is news. CorpusFrequencies counts, for each
// language, in how many documents each term (a stem, as extract_terms makes it) occurs. A
// Summarizer given one weighs terms by it (see TermStatistics).
//
// Memory grows with the corpus's vocabulary, not its size: a string and a count per term.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "salience/detail/hash.h"
#include "salience/language.h"

namespace salience {

struct DocumentTerms;

class CorpusFrequencies {
 public:
  // The counts of one language.
  struct Table {
    std::uint64_t documents = 0;

    // The number of documents holding `term`; 0 for a term never seen. O(length of term).
    std::uint64_t frequency(std::string_view term) const;

    // Term -> the number of documents holding it.
    using Frequencies = std::unordered_map<std::string, std::uint64_t, detail::StringHash, std::equal_to<>>;
    Frequencies frequencies;

    friend bool operator==(const Table&, const Table&) = default;
  };

  // Counts one document written in `language`: each of its distinct terms once.
  void add(const Language& language, const DocumentTerms& terms);

  // Drops, in every language, the terms held by fewer than `min_documents` documents, then
  // all but the `max_terms` held by most documents (ties: the smaller term in byte order
  // stays). The document counts stay, so a dropped term weighs as one never seen.
  void prune(std::uint64_t min_documents, std::size_t max_terms);

  // The counts of the language with this ISO 639-1 code, or nullptr when no document of
  // it was counted.
  const Table* table(std::string_view language) const;

  // Language code -> its counts, sorted by code.
  const std::map<std::string, Table, std::less<>>& tables() const noexcept { return tables_; }

  // A compact byte string of the counts (deterministic: equal counts give equal bytes).
  // Format 1: "SIDF", the byte 1, then varint (LEB128) fields: the number of languages
  // and for each, sorted by code: the code's length and bytes, the document count, the term
  // count, and each term in byte order as (bytes shared with the previous term, length of
  // the rest, the rest, its document count). O(size of the table).
  std::string serialize() const;

  // The counts `bytes` (as serialize() makes them) hold. Throws InvalidArgument saying what
  // is wrong for bytes that serialize() would not write: another format or version, a
  // truncated or overlong field, an unsupported language, terms out of order, not UTF-8 or
  // not front-coded in full, a count of 0 or above the documents, trailing bytes. So what
  // it reads, serialize() writes back byte for byte. O(size of bytes).
  static CorpusFrequencies deserialize(std::string_view bytes);

  friend bool operator==(const CorpusFrequencies&, const CorpusFrequencies&) = default;

 private:
  std::map<std::string, Table, std::less<>> tables_;
};

// Counts every text in `texts` (UTF-8) on up to `threads` (>= 1) threads of the worker pool.
// A text is read in `language`, or with `language` null in the language detect_language
// finds (`fallback` when it finds none). The calling thread calls `keep_going` about every
// 20 ms; once it returns false the call stops the texts under way (see stop.h) and returns
// false, counting nothing of this call. Throws InvalidArgument, naming the text's position,
// for a text that is not valid UTF-8 or of 2 GiB or more. O(total length).
bool count_documents(CorpusFrequencies& corpus, std::span<const std::string_view> texts,
                     const Language* language, const Language& fallback, std::size_t threads,
                     const std::function<bool()>& keep_going);

}  // namespace salience
