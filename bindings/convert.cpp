#include "convert.h"

#include <cstdio>
#include <utility>

namespace salience::binding {

// An ASCII str is read in place (its characters are its UTF-8). Any other str is encoded
// into a temporary bytes object rather than through PyUnicode_AsUTF8AndSize, which would
// cache a UTF-8 copy inside the caller's str for its whole life.
Utf8 to_utf8(py::handle text) {
  if (!PyUnicode_Check(text.ptr())) {
    throw py::type_error(std::string("text must be str, not ") + Py_TYPE(text.ptr())->tp_name);
  }
  if (PyUnicode_IS_ASCII(text.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();
    return {{data, static_cast<std::size_t>(size)}, py::none()};
  }
  if (PyObject* bytes = PyUnicode_AsUTF8String(text.ptr())) {
    auto owner = py::reinterpret_steal<py::object>(bytes);
    return {{PyBytes_AS_STRING(bytes), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes))}, std::move(owner)};
  }
  PyErr_Clear();
  const Py_ssize_t length = PyUnicode_GetLength(text.ptr());
  for (Py_ssize_t i = 0; i < length; ++i) {
    const Py_UCS4 c = PyUnicode_ReadChar(text.ptr(), i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      char code[8];
      std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(c));
      throw py::value_error("text holds a lone surrogate U+" + std::string(code) + " at offset " +
                            std::to_string(i) + ": only valid Unicode can be summarized");
    }
  }
  throw py::value_error("text cannot be encoded as UTF-8");
}

Budget to_budget(const std::string& kind, double value) {
  if (kind == "sentences") return {BudgetKind::kSentences, value};
  if (kind == "ratio") return {BudgetKind::kRatio, value};
  if (kind == "words") return {BudgetKind::kWords, value};
  if (kind == "chars") return {BudgetKind::kChars, value};
  throw py::value_error("budget must be one of 'sentences', 'ratio', 'words', 'chars', got '" + kind + "'");
}

}  // namespace salience::binding
