// The pybind11 module salience._core: converts between Python and the C++ core, nothing
// more. Each part is registered by a register_*.cpp file (register.h); the format of the
// results is rows.h's.
#include <pybind11/pybind11.h>

#include "register.h"
#include "salience/error.h"

namespace py = pybind11;

PYBIND11_MODULE(_core, m) {
  m.doc() = "The C++ core of salience. Private: use the salience package.";
  py::register_exception<salience::Error>(m, "SalienceError", PyExc_RuntimeError);
  salience::binding::register_rows(m);
  salience::binding::register_segmentation(m);
  salience::binding::register_keyphrases(m);
  salience::binding::register_corpus(m);
  auto summarizer = salience::binding::register_summarizer(m);
  salience::binding::register_batch(m, summarizer);
  salience::binding::register_documents(summarizer);
}
