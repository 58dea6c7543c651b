// Summarizes one UTF-8 file once, for memory profiles of the core alone:
//
//   valgrind --tool=massif --massif-out-file=massif.out build/.../summarize_file doc.txt
//   ms_print massif.out
//
// Prints the file's size, the spans and candidates found and the seconds taken.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "salience/summarizer.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = std::move(buffer).str();

  const salience::Summarizer summarizer(salience::Options{});
  const auto start = std::chrono::steady_clock::now();
  const salience::Summary summary = summarizer.summarize(text, {salience::BudgetKind::kSentences, 3});
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::cout << text.size() << " bytes, " << summary.spans.size() << " spans, " << summary.ranking.size()
            << " candidates, " << seconds.count() << " s\n";
  return 0;
}
