// walker.h — lowers one function body into the batch's escape graph (model: Go's escape/expr.go,
// stmt.go, call.go, assign.go). Every construct is visited exactly once, even when its value is
// discarded, so that every allocation site gets a location and every side effect its flows.
//
// Invariants: a hole with derefs >= 0 whose expression has no pointers is redirected to the blank
// sink; implicit conversions to interface types (arguments, assignments, returns, literal
// elements, sends, append) box the operand at a Box site unless gc stores the type directly in
// the interface word (pointer-shaped types: then the operand flows unchanged and codegen's box,
// if any, is on the heap).
#pragma once
#include <string>
#include <vector>

#include "analysis/escape/batch.h"

namespace mgo::escape {

class FuncWalker {
 public:
  FuncWalker(Batch& batch, FuncNode* fn) : b_(batch), fn_(fn) {}
  void walkBody(const ast::BlockStmt* body);
  void walkPackageInit(const std::vector<types::Initializer>& inits);

  // --- expr.cpp ---
  void expr(Hole k, const ast::Expr* e);
  // Evaluates e into k after an implicit conversion to `target` (boxing into an interface).
  // `convPos` is where gc reports the box when e is a plain variable name.
  void exprAs(Hole k, const ast::Expr* e, const types::Type* target, ast::Pos convPos);
  void discard(const ast::Expr* e) { expr(b_.graph.discardHole(), e); }
  Hole spill(Hole k, const ast::Node* site, SiteKind kind, const std::string& name, ast::Pos pos,
             bool reported = true, const char* heapReason = nullptr);

  // --- assign.cpp ---
  Hole addr(const ast::Expr* e);
  Hole dcl(const types::Var* v);
  void markReassigned(const std::vector<Hole>& ks, const std::vector<bool>& isDefinition);
  bool isSelfAssign(const ast::Expr* dst, const ast::Expr* src) const;

  // --- stmt.cpp ---
  void stmt(const ast::Stmt* s);
  void block(const std::vector<ast::Stmt*>& stmts);

  // --- call.cpp ---
  // Evaluates a call; ks (may be null) are the holes for its results.
  void call(const std::vector<Hole>* ks, const ast::CallExpr* call);
  void goDefer(const ast::Stmt* s, const ast::CallExpr* call, bool isGo);

  // Helpers shared by the files.
  const types::Type* typeOf(const ast::Expr* e) const;
  bool isConstant(const ast::Expr* e) const;
  const types::Var* localVar(const ast::Expr* e) const;  // a non-global variable named by e
  ast::Pos convPos(const ast::Expr* operand, ast::Pos contextPos) const;
  Hole note(Hole k, const ast::Node* where, const char* why);
  Hole noteExpr(Hole k, const ast::Expr* where, const char* why);
  Hole deref(Hole k, const ast::Node* where, const char* why) { return note(k.shift(1), where, why); }
  Hole addrOf(Hole k, const ast::Node* where, const char* why) { return note(k.shift(-1), where, why); }
  Hole dotType(Hole k, const types::Type* t, const ast::Node* where, const char* why);
  std::string describe(const ast::Expr* e) const { return b_.describer.expr(e); }
  Batch& batch() { return b_; }
  FuncNode* fn() { return fn_; }
  int loopDepth() const { return loopDepth_; }

 private:
  void closure(Hole k, const ast::FuncLit* lit);
  void compositeLit(Hole k, const ast::CompositeLit* lit, const types::Type* litType);
  void selector(Hole k, const ast::SelectorExpr* sel);
  void methodValue(Hole k, const ast::SelectorExpr* sel);
  void binary(Hole k, const ast::BinaryExpr* bin);
  void rangeStmt(const ast::RangeStmt* r);
  void typeSwitch(const ast::TypeSwitchStmt* s);
  void assign(const ast::AssignStmt* a);
  void valueSpec(const ast::ValueSpec* spec);
  void returnStmt(const ast::ReturnStmt* r);

  friend struct CallLowering;
  Batch& b_;
  FuncNode* fn_;
  int loopDepth_ = 1;
  std::vector<std::string> loopingLabels_;
};

// The hole for a method's receiver argument at a static call (summary or in-batch parameter).
Hole receiverTagHole(FuncWalker& w, const types::Func* m, const std::vector<Hole>* ks);

// The receiver adjustments of a selection: derefs through embedded pointers, then & or * for
// the method's receiver kind. Returns the net shift to apply to a hole evaluating sel->x.
int selectionShift(const types::Info& info, const ast::SelectorExpr* sel, bool forMethod, bool& takesAddress);

}  // namespace mgo::escape
