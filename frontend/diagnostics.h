// diagnostics.h — user-facing compile errors (not compiler bugs: see MGO_ASSERT below).
//
// Invariants: diagnostics are reported as "file:line:col: message", sorted by position when
// printed (stable for equal positions); at most `kMaxErrors` (10, like Go) are printed and then
// "too many errors". A position reported twice with the same message is printed once. As in gc,
// the 10 printed are the first 10 reported (one syntax error per line), and "too many errors"
// carries the position of the 10th reported error (see formatted()).
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace mgo {

class SourceManager;

// A note is a continuation line of a diagnostic (types2 prints e.g. "\tFILE:L:C: other
// declaration of x" or "\thave (int)"); it is printed after the message as "\n\t" followed by
// "file:line:col: " when its position is valid, then the text. (Additive, used by the checker.)
struct DiagnosticNote {
  ast::Pos pos;
  std::string message;
};

struct Diagnostic {
  ast::Pos pos;
  std::string message;
  std::vector<DiagnosticNote> notes;
};

class DiagnosticEngine {
 public:
  static constexpr size_t kMaxErrors = 10;
  void error(ast::Pos pos, std::string message);
  void error(ast::Pos pos, std::string message, std::vector<DiagnosticNote> notes);
  // (additive) A reference to a source position inside a message ("label L already defined at
  // ./x.go:4:1"): formatted() replaces it with "file:line:col".
  static std::string posRef(ast::Pos pos);
  bool hasErrors() const { return !diags_.empty(); }
  size_t count() const { return diags_.size(); }
  const std::vector<Diagnostic>& all() const { return diags_; }
  // Sorted, de-duplicated, truncated to kMaxErrors (+ "too many errors"), one per line.
  void print(const SourceManager& sources, std::FILE* out) const;
  std::vector<std::string> formatted(const SourceManager& sources) const;

 private:
  std::vector<Diagnostic> diags_;
};

[[noreturn]] void internalError(const char* file, int line, const std::string& what);

}  // namespace mgo

// Compiler bugs: abort with "internal compiler error".
#define MGO_ASSERT(cond, what) \
  do { if (!(cond)) ::mgo::internalError(__FILE__, __LINE__, std::string("assertion failed: ") + #cond + ": " + (what)); } while (0)
#define MGO_UNREACHABLE(what) ::mgo::internalError(__FILE__, __LINE__, std::string("unreachable: ") + (what))
