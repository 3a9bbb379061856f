// graph.h — the escape-analysis data-flow graph (model: Go's cmd/compile/internal/escape/graph.go).
//
// Vertices ("locations") stand for storage: every variable, parameter and result of a function,
// every allocation site (new, &T{}, slice/map literals, make, closures, string conversions and
// concatenations, interface boxes, implicit `...` slices), plus temporaries, the heap and the
// blank sink. An edge dst <- src with weight `derefs` records an assignment whose value is
//
//     dst = &src   (-1)      dst = src   (0)      dst = *src   (1)      dst = **src  (2) ...
//
// A "hole" is the context an expression is evaluated into: a destination location plus the
// dereferences still to apply. The two invariants the solver (solve.cpp) establishes are Go's:
//   (1) a pointer to a stack object is never stored in the heap, and
//   (2) a pointer to a stack object never outlives that object (function return, or reuse of
//       the storage by a later loop iteration: loopDepth).
// The graph knows nothing about the AST beyond opaque node pointers and positions, so unit tests
// can build graphs by hand.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "analysis/escape/escape.h"
#include "analysis/escape/leaks.h"
#include "frontend/ast.h"

namespace mgo::types { class Var; class Func; class Type; }

namespace mgo::escape {

// A function analysed in a batch: a declared function/method, a function literal (closure, whose
// `outer` is the enclosing function) or the package initialiser (decl == nullptr).
struct FuncNode {
  const ast::Node* decl = nullptr;       // ast::FuncDecl or ast::FuncLit
  const types::Func* obj = nullptr;      // for declared functions
  const FuncNode* outer = nullptr;       // enclosing function of a closure
  std::string name;                      // Go's spelling: "f", "(*T).m", "f.func1"
  bool closureCalled = false;            // a function literal called directly: func(){...}()
  bool reported = true;                  // emit -m decisions for its parameters
  int closureCounter = 0;                // numbering of nested literals (f.func1, f.func2, ...)
  std::vector<struct Location*> params;  // receiver first, then parameters (nullptr: unnamed/blank)
  std::vector<bool> paramHasPointers;
  std::vector<std::string> paramNames;
  std::vector<ast::Pos> paramPos;
  std::vector<struct Location*> results; // one per result slot
  std::vector<const types::Type*> resultTypes;
};

// Whether closure `inner` is (transitively) nested inside `fn` (never true for fn == inner).
bool containsClosure(const FuncNode* fn, const FuncNode* inner);

// One line of -m=2 output (position, text without the "file:line:col: " prefix).
using ExplainLine = Line;

enum class LocKind : uint8_t { Heap, Blank, Var, Param, Result, Alloc, Temp };

// Why a flow exists, for -m=2 explanations and JSON flow paths ("from &u (address-of) at f:3:9").
struct Note {
  const Note* next = nullptr;
  std::string where;  // the expression or statement, as Go prints it
  ast::Pos pos;
  const char* why = "";
};

struct Location;

struct Edge {
  Location* src;
  int derefs;  // >= -1
  const Note* notes;
};

struct Location {
  LocKind kind = LocKind::Temp;
  std::string name;          // Go's %v of the variable or expression ("u", "~r0", "new(int)")
  ast::Pos pos;              // where decisions about it are reported
  const ast::Node* site = nullptr;     // the allocation-site node (Alloc)
  const types::Var* var = nullptr;     // the variable (Var, Param, Result)
  const FuncNode* fn = nullptr;        // enclosing function (nullptr for heap/blank)
  int loopDepth = 0;
  int resultIndex = 0;       // 1-based index of a result location, else 0
  bool reported = true;      // produce an -m decision ("moved to heap", "... escapes to heap")
  std::vector<Edge> edges;   // incoming

  // Solver state (solve.cpp).
  int derefs = 0;
  uint32_t walkgen = 0;
  Location* dst = nullptr;
  int dstEdgeIdx = -1;
  bool queued = false;

  bool escapes = false;      // must be heap allocated
  bool transient = false;    // address does not outlive the statement
  Leaks paramEsc;            // for parameters: their leak summary
  int64_t width = 8;         // size of the variable (closure capture by value up to 128 bytes)
  const char* heapReason = nullptr;  // gc's HeapAllocReason: "too large for stack", "non-constant size"
  std::vector<ExplainLine> why;      // while explaining: the flow that made it escape / leak

  bool captured = false;     // captured by a closure
  bool reassigned = false;   // assigned after its declaration
  bool addrtaken = false;    // its address is taken somewhere

  bool isParam() const { return kind == LocKind::Param; }
  bool isResult() const { return kind == LocKind::Result; }
};

// An evaluation context: storing a value into `dst` after `derefs` dereferences.
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;            // >= -1
  const Note* notes = nullptr;
  bool addrtaken = false;    // the context takes the address of the expression

  Hole shift(int delta) const;
};



class Graph {
 public:
  explicit Graph(bool explain);
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  bool explaining() const { return explain_; }
  Location* heapLoc() { return &heap_; }
  Location* blankLoc() { return &blank_; }
  Hole heapHole() { return Hole{&heap_}; }
  Hole discardHole() { return Hole{&blank_}; }

  Location* newLocation(LocKind kind, const FuncNode* fn, int loopDepth, bool transient);
  const std::deque<Location>& locations() const { return locs_; }
  std::deque<Location>& locations() { return locs_; }

  // k.note(where, why): only recorded while explaining.
  Hole note(Hole k, const std::string& where, ast::Pos pos, const char* why);
  Hole deref(Hole k, const std::string& where, ast::Pos pos, const char* why) { return note(k.shift(1), where, pos, why); }
  Hole addr(Hole k, const std::string& where, ast::Pos pos, const char* why) { return note(k.shift(-1), where, pos, why); }

  // Records the assignment k = src.
  void flow(Hole k, Location* src);
  // A temporary that flows into each of ks (all with derefs >= 0), or the blank hole.
  Hole teeHole(const std::vector<Hole>& ks, const FuncNode* fn, int loopDepth);
  // A hole flowing into k "some time later" (keeps storage alive, e.g. top-level defer args).
  Hole later(Hole k, const FuncNode* fn, int loopDepth);

  // Solves the graph (walkAll): sets escapes/transient and parameters' leak sets.
  void solve();
  bool outlives(const Location* l, const Location* other) const;

  // -m=2 explanation lines gathered while flowing and solving.
  const std::vector<ExplainLine>& explanation() const { return explainLines_; }
  void addExplanation(ast::Pos pos, std::string text) { explainLines_.push_back({pos, std::move(text)}); }
  // Flow path from `src` to its walk root, as Go's -m=2 "flow:" lines (used for JSON as well).
  std::vector<ExplainLine> explainPath(const Location* root, const Location* src) const;

  static std::string describe(const Location* l);  // "{heap}", "u", "{storage for new(int)}"

  void explainFlow(std::vector<ExplainLine>& out, ast::Pos pos, const Location* dst, const Location* src,
                   int derefs, const Note* notes) const;

 private:
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);

  bool explain_;
  Location heap_;
  Location blank_;
  std::deque<Location> locs_;
  std::deque<Note> notes_;
  std::vector<ExplainLine> explainLines_;
};

}  // namespace mgo::escape
