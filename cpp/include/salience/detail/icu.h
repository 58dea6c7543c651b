// ICU plumbing shared by the segmentation and term stages. Internal.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string_view>

#include "salience/language.h"

namespace salience::detail {

// A UTF-8 UText over a string that outlives it: ICU reads the bytes in place, so its
// boundary positions are byte offsets into that string and no UTF-16 copy is made.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view text);
  ~Utf8Text();
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  UText* get() noexcept { return text_; }

 private:
  UText* text_ = nullptr;
};

// Break iterators are costly to create and not thread-safe, so each thread keeps one word
// iterator per language and reuses it across calls. The reference is valid for the calling
// thread's lifetime; set its text before use.
icu::BreakIterator& thread_word_iterator(const Language& language);

}  // namespace salience::detail
