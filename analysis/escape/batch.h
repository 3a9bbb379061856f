// batch.h — escape analysis of one batch of functions: a strongly connected component of the call
// graph together with every function literal nested in it (model: Go's escape.go `batch` and
// `escape`). The batch owns the graph; FuncWalker lowers one function body into it (expr.cpp,
// stmt.cpp, call.cpp, assign.cpp); Batch::finish reads the solution back into the Result and
// computes the parameters' leak summaries ("tags") that later batches apply at call sites.
//
// Invariants: every variable of a function in the batch has exactly one location, created at its
// declaration with the loop depth of the declaration; every allocation site evaluated in the
// batch has one location (keyed by node in Result); functions outside the batch are only known
// by their summaries (Summaries) or, for library functions, by library.cpp's table.
#pragma once
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/escape/describe.h"
#include "analysis/escape/escape.h"
#include "analysis/escape/graph.h"
#include "frontend/info.h"

namespace mgo::escape {

// Facts about a whole top-level declaration computed before walking (walker_prepass.cpp).
struct FuncFacts {
  // Free variables of every function literal, in order of first reference (Go's ClosureVars).
  std::unordered_map<const ast::FuncLit*, std::vector<const types::Var*>> captures;
  // Local variables that are assigned after their definition or whose address is taken
  // (ir.Reassigned): such variables have no static value.
  std::unordered_set<const types::Var*> reassigned;
  // The defining expression of a local variable (x := e, var x = e), for static callee lookup.
  std::unordered_map<const types::Var*, const ast::Expr*> definitions;
};
void collectFuncFacts(const ast::Node* root, const types::Info& info, FuncFacts& facts);

// Leak summaries of functions from earlier batches: receiver first, then parameters.
using Summaries = std::unordered_map<const types::Func*, std::vector<Leaks>>;

class Batch {
 public:
  Batch(const types::Info& info, const Options& options, Summaries& summaries, Result& result);

  // Adds a declared function (call before walk()).
  void addFunc(const types::Func* fn, const ast::FuncDecl* decl);
  // Adds the package initialiser: package-level variable initialisers (decisions not reported
  // for its own allocations, as gc initialises them statically).
  void addPackageInit(const std::vector<types::Initializer>& inits);
  void run();

  // --- used by FuncWalker ---
  const types::Info& info;
  const Options& options;
  Graph graph;
  Describer describer;
  Summaries& summaries;
  Result& result;
  FuncFacts facts;

  struct PendingClosure {
    Hole k;
    const FuncNode* fn;                         // the closure (or go/defer wrapper)
    std::vector<Location*> captured;            // captured variables' locations
    std::vector<std::string> capturedNames;
    std::vector<ast::Pos> capturedPos;
  };
  std::vector<PendingClosure> closures;

  std::unordered_map<const types::Var*, Location*> varLocs;
  std::unordered_map<const types::Func*, FuncNode*> batchFuncs;  // declared functions in this batch
  std::unordered_map<const ast::FuncLit*, FuncNode*> literalFuncs;
  std::deque<FuncNode> funcs;

  // Alloc sites keyed by node and by kind (see Result).
  Location* newAlloc(const FuncNode* fn, int loopDepth, const ast::Node* site, SiteKind kind, std::string name,
                     ast::Pos pos, bool reported);
  Location* varLoc(const types::Var* v);  // nullptr for globals / unknown
  Location* declareVar(const types::Var* v, const FuncNode* fn, int loopDepth, LocKind kind);
  FuncNode* newFuncNode(const ast::Node* decl, const FuncNode* outer, std::string name);
  void initFuncLit(FuncNode* fn, const ast::FuncLit* lit);

 private:
  bool isDynamicInit(const ast::Node* site) const;
  void initFuncDecl(FuncNode* fn, const types::Func* obj, const ast::FuncDecl* decl);
  void walkAll();
  void flowClosures();
  void applySizeLimits();
  void finish();
  void tagParams(FuncNode* fn);

  struct AllocRecord {
    Location* loc;
    SiteKind kind;
  };
  std::vector<AllocRecord> allocs_;
  std::vector<std::pair<const ast::FuncDecl*, FuncNode*>> decls_;
  std::vector<types::Initializer> inits_;
  FuncNode* initFn_ = nullptr;
};

}  // namespace mgo::escape
