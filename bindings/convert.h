// Conversions between Python objects and the core's types that more than one register_*.cpp
// file needs. Inputs are converted first, then the GIL is released for the core's work.
#pragma once

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

#include "salience/selection.h"

namespace salience::binding {

namespace py = pybind11;

// A Python str as UTF-8, and what keeps those bytes alive.
struct Utf8 {
  std::string_view text;
  py::object owner;  // none when the bytes are the str's own
};

// `text` as UTF-8. TypeError when it is not a str; ValueError naming the code-point offset
// of a lone surrogate, which UTF-8 cannot encode.
Utf8 to_utf8(py::handle text);

// The budget of `kind` as Python names it ("sentences", "ratio", "words", "chars");
// ValueError for another name.
Budget to_budget(const std::string& kind, double value);

}  // namespace salience::binding
