// Errors thrown by the salience core. Every public call documents which it throws.
#pragma once

#include <stdexcept>
#include <string>

namespace salience {

// A caller passed an argument outside its documented domain (an unknown language, a zero
// budget, text that is not UTF-8). The Python binding maps it to ValueError.
class InvalidArgument : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// A library that salience relies on (ICU, Snowball) failed where it should not have: a bug
// or a broken installation, never the caller's input. The binding maps it to SalienceError.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace salience
