// Data files compiled into the library (stopword, abbreviation and opener lists), generated
// at build time from cpp/data/ by cmake/EmbedResources.cmake. Internal: not part of the
// public API.
#pragma once

#include <span>
#include <string_view>

namespace salience::detail {

struct Resource {
  std::string_view key;      // file name without extension, e.g. "en"
  std::string_view content;  // the file's bytes, UTF-8
};

// Stopword lists, one entry per language code, sorted by key.
std::span<const Resource> stopword_resources();

// Abbreviation lists (cpp/data/abbreviations), one entry per language code, sorted by key.
std::span<const Resource> abbreviation_resources();

// Opener lists (cpp/data/openers), one entry per language code, sorted by key.
std::span<const Resource> opener_resources();
// Filler lists (cpp/data/fillers): words of speech without content, for transcripts.
std::span<const Resource> filler_resources();

}  // namespace salience::detail
