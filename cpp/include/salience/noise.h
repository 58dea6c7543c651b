// Boilerplate detection: sentences that belong to the page, not to the story.
//
// News text scraped from the web carries bylines ("By . Daily Mail Reporter ."),
// time stamps ("PUBLISHED: . 14:11 EST, 25 October 2013"), calls to action ("Click here",
// "Scroll down for video", "Follow @name"), credits ("contributed to this report",
// "All rights reserved", "©") and similar lines. The patterns were read off the most
// frequent short sentences and sentence openings of the CNN/Daily Mail development set
// and BBC News (see noise.cpp for the list); they are generic page furniture, not the
// wording of any one document.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace salience {

// 1 when `sentence` (UTF-8, one sentence as segment() gives it) is boilerplate, else 0.
// Case-sensitive on markers written in capitals ("PUBLISHED:"), case-insensitive on the
// rest. Never throws. O(length of the sentence times the number of patterns).
double boilerplate(std::string_view sentence) noexcept;

// The boilerplate score of each of a document's sentences, in order: boilerplate() of
// each, and also 1 for the name that follows a bare "By ." ("By . Associated Press .":
// a few capitalized words). O(total length).
std::vector<double> boilerplate(std::span<const std::string_view> sentences);

}  // namespace salience
