// escape.h — stack or heap: the decisions escape analysis hands to codegen, and their -m report.
//
// Model (docs/ESCAPE.md; after Go's cmd/compile/internal/escape): a static data-flow analysis
// over the typed AST. Every variable and allocation site is a location; assignments are edges
// weighted by dereference count (p = &q: -1, p = q: 0, p = *q: 1); a walk from every location
// finds addresses that flow to the heap or outlive their frame. Functions are analysed bottom-up
// over the call graph's strongly connected components; each parameter gets a leak summary that
// is applied at static call sites; library functions (fmt, strings, strconv, sync, ...) carry
// hand-written summaries.
//
// The two invariants hold for every program: (1) a pointer to a stack object is never stored in
// the heap, (2) a pointer to a stack object never outlives that object. Anything the analysis
// has not seen (an allocation site of a function it did not analyse) defaults to the heap.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/escape/leaks.h"
#include "frontend/ast.h"
#include "frontend/info.h"

namespace mgo {
class SourceManager;
}

namespace mgo::escape {

// Which kind of allocation a site node stands for. One node can be several sites: in
// fmt.Println([]byte(s)) the CallExpr is both a conversion (Alloc) and a boxed operand (Box).
enum class SiteKind : uint8_t {
  Alloc,     // new, &T{}, slice/map literal, make, func literal, string conversion/concatenation,
             // method value; the node is the expression itself
  Box,       // the operand of an implicit or explicit conversion to an interface
  Variadic,  // the implicit []T of a variadic call f(a, b, c) (node: the CallExpr)
};

struct Line {
  ast::Pos pos;
  std::string text;
};

// One -m decision ("moved to heap: u", "leaking param: p", "new(int) does not escape").
struct Decision {
  ast::Pos pos;
  std::string message;
  std::string kind;        // "moved-to-heap", "escapes", "does-not-escape", "leak", "no-leak", "self-assign"
  std::vector<Line> flow;  // why (for escapes and leaks): Go's -m=2 flow lines
};

struct ParamSummary {
  std::string function;  // "f", "(*T).m", "f.func1"
  std::string param;
  ast::Pos pos;
  Leaks leaks;
};

struct Options {
  int verbosity = 1;     // 1: -m, 2: -m=2 (adds flow explanations)
  bool explain = false;  // record flow paths (implied by verbosity >= 2; needed for JSON)
};

class Result {
 public:
  // The variable's storage must be a heap object ("moved to heap: x").
  bool varOnHeap(const types::Var* v) const { return heapVars_.count(v) != 0; }
  // The allocation at this site must be on the heap ("... escapes to heap"). Sites the analysis
  // never saw are on the heap.
  bool allocOnHeap(const ast::Node* site) const { return !stackSites_[size_t(SiteKind::Alloc)].count(site); }
  // The box holding a value converted to an interface at this operand must be on the heap.
  bool boxOnHeap(const ast::Expr* operand) const { return !stackSites_[size_t(SiteKind::Box)].count(operand); }
  // The implicit slice of a variadic call must be on the heap.
  bool variadicOnHeap(const ast::CallExpr* call) const {
    return !stackSites_[size_t(SiteKind::Variadic)].count(call);
  }
  bool onHeap(const ast::Node* site, SiteKind kind) const { return !stackSites_[size_t(kind)].count(site); }

  void markVarOnHeap(const types::Var* v) { heapVars_.insert(v); }
  void markSiteOnStack(const ast::Node* site, SiteKind kind = SiteKind::Alloc) { stackSites_[size_t(kind)].insert(site); }
  void markSiteOnHeap(const ast::Node* site, SiteKind kind = SiteKind::Alloc) { stackSites_[size_t(kind)].erase(site); }

  std::vector<Decision> decisions;      // -m lines
  std::vector<Line> explanations;       // extra -m=2 lines (flows, captures)
  std::vector<ParamSummary> summaries;  // every analysed function's parameter summaries

 private:
  std::unordered_set<const types::Var*> heapVars_;
  std::unordered_set<const ast::Node*> stackSites_[3];
};

// Analyses every function of the package (and its package-level initialisers).
Result analyze(const ast::Package& pkg, const types::Info& info, const Options& options = {});

// Go's `-m` output: "file:line:col: message" lines sorted by position (stable: at one position,
// decisions keep the order the analysis made them). verbosity 2 adds the flow explanations.
std::vector<std::string> formatDiagnostics(const Result& result, const SourceManager& sources, int verbosity = 1);
// {"decisions":[{"pos","line","col","message","kind","flow":[...]}],"summaries":[...]}
void writeJson(const Result& result, const SourceManager& sources, std::ostream& out);

}  // namespace mgo::escape
