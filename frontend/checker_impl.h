// checker_impl.h — internal state and operations of the type checker (a port of the parts of Go's
// cmd/compile/internal/types2 that mini-Go needs; method names follow types2 so the Go sources can
// be read side by side). Not part of the front end's public interface: see checker.h.
//
// Invariants:
//   * Diagnostics use types2's wording in compiler mode (CompilerErrorMessages) and the position
//     types2 reports: the start of the offending expression unless stated otherwise.
//   * An Operand whose mode is Invalid has already been reported (or follows from an earlier
//     error); no further error is reported for it.
//   * Untyped expressions are kept in `untyped_` until their final type is known
//     (updateExprType); at the end whatever is left is recorded with its default type.
//   * Package-level objects are type-checked lazily and exactly once (objDecl with colours and an
//     object path for cycle detection, as in types2).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/checker.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"

namespace mgo::types {

// Operand modes (types2's operandMode); mapped to types::Mode when recorded.
enum class OpMode : uint8_t { Invalid, NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, NilValue, CommaOk };

struct Operand {
  OpMode mode = OpMode::Invalid;
  const ast::Expr* expr = nullptr;
  const Type* type = nullptr;
  ConstValue val;
  BuiltinId id = BuiltinId::Len;
  bool isNil() const { return mode == OpMode::NilValue; }
  bool invalid() const { return mode == OpMode::Invalid; }
};

enum class ExprKind : uint8_t { Conversion, Expression, Statement };

// Per package-level object: what is needed to type-check it on demand.
struct DeclInfo {
  Scope* file = nullptr;
  std::vector<Var*> lhs;          // for `var a, b = f()`: all variables of the spec
  ast::Expr* vtype = nullptr;     // const/var type expression
  ast::Expr* init = nullptr;      // const/var initialiser
  bool inherited = false;         // const with implicit (repeated) initialiser
  ast::TypeSpec* tdecl = nullptr;
  ast::FuncDecl* fdecl = nullptr;
  int order = 0;                  // source order of the object
  std::vector<Object*> deps;      // package-level objects this declaration refers to (ordered)
  std::unordered_set<Object*> depSet;
  void addDep(Object* obj) {
    if (depSet.insert(obj).second) deps.push_back(obj);
  }
  bool hasInitializer() const { return init != nullptr; }
};

// Statement context bits (types2's stmtContext).
enum : unsigned { kBreakOk = 1, kContinueOk = 2, kFallthroughOk = 4, kFinalSwitchCase = 8, kInTypeSwitch = 16 };

struct UntypedInfo {
  bool isLhs = false;  // lhs of a non-constant shift
  OpMode mode = OpMode::Invalid;
  const Type* type = nullptr;
  ConstValue val;
  bool hasVal = false;
};

// A diagnostic with continuation lines (types2's error_ with several parts).
struct ErrorPart {
  ast::Pos pos;  // invalid: no position printed
  std::string msg;
};

class Checker {
 public:
  Checker(const ast::Package& pkg, Context& ctx, Info& info, DiagnosticEngine& diags,
          const ImportMap* sourceImports = nullptr);
  CheckResult run(bool requireMain);

  // --- errors (checker.cpp) ---
  void error(ast::Pos pos, const std::string& msg);
  void softError(ast::Pos pos, const std::string& msg) { error(pos, msg); }
  void errorAt(const Operand& x, const std::string& msg) { error(posOf(x), msg); }
  void errorAt(const ast::Node* n, const std::string& msg) { error(startPos(n), msg); }
  void report(const std::vector<ErrorPart>& parts);
  // syntax.StartPos as gc computes it for our AST: the node's first token, except a key:value
  // element (gc: the colon) and a slice expression (gc: its '[').
  static ast::Pos startPos(const ast::Node* n) {
    if (auto* es = ast::as<ast::ExprStmt>(n); es && es->x) return syntaxPos(es->x);
    if (auto* kv = ast::as<ast::KeyValueExpr>(n); kv && kv->colon.valid()) return kv->colon;
    if (auto* se = ast::as<ast::SliceExpr>(n); se && se->lbrack.valid()) return se->lbrack;
    return n->pos;
  }
  // The position gc's syntax package gives an expression node (Node.Pos()): the operator of a
  // binary expression, the '(' of a call, the '[' of an index or slice expression.
  static ast::Pos syntaxPos(const ast::Expr* e) {
    if (auto* b = ast::as<ast::BinaryExpr>(e); b && b->opPos.valid()) return b->opPos;
    if (auto* c = ast::as<ast::CallExpr>(e); c && c->lparen.valid()) return c->lparen;
    if (auto* i = ast::as<ast::IndexExpr>(e); i && i->lbrack.valid()) return i->lbrack;
    if (auto* s = ast::as<ast::SliceExpr>(e); s && s->lbrack.valid()) return s->lbrack;
    return e->pos;
  }
  ast::Pos posOf(const Operand& x) const { return x.expr ? startPos(x.expr) : ast::Pos{}; }
  std::string str(const Operand& x) const;       // operandString
  std::string str(const Type* t) const { return typeString(t, false); }
  std::string str(const ast::Expr* e) const;     // syntax.String
  std::string unsupported(ast::Pos pos, const std::string& what);  // reports "unsupported: what"

  // --- recording (checker.cpp) ---
  void record(Operand& x);
  void recordTypeAndValue(const ast::Expr* e, OpMode mode, const Type* type, const ConstValue* val);
  void recordDef(ast::Ident* id, Object* obj) { info_.defs[id] = obj; }
  void recordUse(ast::Ident* id, Object* obj) { info_.uses[id] = obj; }
  void recordScope(const ast::Node* n, Scope* s) { info_.scopes[n] = s; }
  void recordSelection(ast::SelectorExpr* e, Selection::Kind kind, const Type* recv, Object* obj,
                       const std::vector<int>& index, bool indirect);
  void recordCommaOkTypes(const ast::Expr* e, const Type* a, const Type* b);
  void recordBuiltinType(const ast::Expr* fun, const Signature* sig);
  void rememberUntyped(const ast::Expr* e, bool isLhs, OpMode mode, const Type* type, const ConstValue* val);
  void recordUntyped();

  // --- declarations (check_decl.cpp) ---
  void collectObjects();
  void packageObjects();
  void declare(Scope* scope, ast::Ident* id, Object* obj);
  void declarePkgObj(ast::Ident* id, Object* obj, DeclInfo* d);
  void objDecl(Object* obj, Named* def);
  bool validCycle(Object* obj);
  void cycleError(const std::vector<Object*>& cycle);
  void constDecl(Const* obj, ast::Expr* typ, ast::Expr* init, bool inherited);
  void varDecl(Var* obj, const std::vector<Var*>& lhs, ast::Expr* typ, ast::Expr* init);
  void typeDecl(TypeName* obj, ast::TypeSpec* tdecl, Named* def);
  void funcDecl(Func* obj, DeclInfo* d);
  void collectMethods(TypeName* obj);
  void checkFieldUniqueness(Named* base);
  void validType(Named* root);
  void processDelayed(size_t top);
  void declStmt(ast::GenDecl* d);
  void addDeclDep(Object* to);
  int colorOf(Object* obj) const;
  void setColor(Object* obj, int c) { color_[obj] = c; }

  // --- type expressions (check_typexpr.cpp) ---
  const Type* typ(ast::Expr* e) { return definedType(e, nullptr); }
  const Type* varType(ast::Expr* e);
  const Type* definedType(ast::Expr* e, Named* def);
  const Type* typInternal(ast::Expr* e, Named* def);
  int64_t arrayLength(ast::Expr* e);
  const Signature* funcType(Scope* scope, ast::Field* recv, ast::FuncTypeExpr* ftype, Func* fn,
                            std::vector<Var*>* params, std::vector<Var*>* results, Var** recvVar);
  void collectParams(Scope* scope, const std::vector<ast::Field*>& fields, bool variadicOk, VarRole role,
                     std::vector<Var*>& vars, std::vector<const Type*>& types, std::vector<std::string>& names,
                     bool& variadic);
  const Type* structType(ast::StructTypeExpr* e);
  const Type* interfaceType(ast::InterfaceTypeExpr* e);
  void validVarType(ast::Expr* e, const Type* t) {}

  // --- expressions (check_expr.cpp) ---
  ExprKind rawExpr(Operand& x, ast::Expr* e, const Type* hint);
  ExprKind exprInternal(Operand& x, ast::Expr* e, const Type* hint);
  void expr(Operand& x, ast::Expr* e);
  void multiExpr(Operand& x, ast::Expr* e);
  void exprWithHint(Operand& x, ast::Expr* e, const Type* hint);
  void exprOrType(Operand& x, ast::Expr* e);
  void exclude(Operand& x, unsigned modeset);
  void singleValue(Operand& x);
  void use(ast::Expr* e);
  void useLhs(ast::Expr* e);
  void ident(Operand& x, ast::Ident* e, Named* def, bool wantType);
  void basicLit(Operand& x, ast::BasicLit* e);
  void funcLit(Operand& x, ast::FuncLit* e);
  void unary(Operand& x, ast::UnaryExpr* e);
  void binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Op op, ast::Pos opPos);
  void shift(Operand& x, Operand& y, ast::Expr* e, ast::Op op);
  void comparison(Operand& x, Operand& y, ast::Op op, bool switchCase);
  bool opPredicate(Operand& x, ast::Op op, bool unaryOp);
  void overflow(Operand& x, ast::Pos opPos);
  std::string incomparableCause(const Type* t);
  std::string kindString(const Type* t);

  // --- untyped conversion (check_untyped.cpp) ---
  void updateExprType(const ast::Expr* e, const Type* t, bool final) { updateExprType0(nullptr, e, t, final); }
  void updateExprType0(const ast::Expr* parent, const ast::Expr* e, const Type* t, bool final);
  void updateExprVal(const ast::Expr* e, const ConstValue& v);
  void convertUntyped(Operand& x, const Type* target);
  enum class ConvCode : uint8_t { Ok, Truncated, Overflow, InvalidConst, InvalidUntyped };
  const Type* implicitTypeAndValue(Operand& x, const Type* target, ConstValue& val, bool& hasVal, ConvCode& code);
  ConvCode representation(const Operand& x, const Type* basic, ConstValue& rounded);
  void representable(Operand& x, const Type* basic);
  void invalidConversion(ConvCode code, const Operand& x, const Type* target);
  const Type* defaultTypeOf(const Type* t);  // spelled default (rune for untyped rune)

  // --- composite literals, selectors, index (check_composite.cpp, check_selector.cpp, check_index.cpp) ---
  void compositeLit(Operand& x, ast::CompositeLit* e, const Type* hint);
  int64_t indexedElts(const std::vector<ast::Expr*>& elts, const Type* elem, int64_t length);
  void selector(Operand& x, ast::SelectorExpr* e, Named* def);
  Object* lookupFieldOrMethod(const Type* T, bool addressable, const std::string& name, std::vector<int>& index,
                              bool& indirect);
  Func* interfaceMethod(const Interface* iface, const InterfaceMethod& m);
  void indexExpr(Operand& x, ast::IndexExpr* e);
  void sliceExpr(Operand& x, ast::SliceExpr* e);
  bool index(ast::Expr* idx, int64_t max, int64_t& value);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);

  // --- calls, builtins, conversions (check_call.cpp, check_builtin.cpp, check_conversion.cpp) ---
  ExprKind callExpr(Operand& x, ast::CallExpr* call);
  void exprList(const std::vector<ast::Expr*>& elist, bool allowCommaOk, std::vector<Operand>& out, bool& commaOk);
  void arguments(ast::CallExpr* call, const Signature* sig, std::vector<Operand>& args);
  std::string typesSummary(const std::vector<const Type*>& list, bool variadic);
  bool builtin(Operand& x, ast::CallExpr* call, BuiltinId id);
  void conversion(Operand& x, const Type* T);
  bool convertibleTo(const Operand& x, const Type* T, std::string* cause);
  bool assignableTo(const Operand& x, const Type* T, std::string* reason);
  // `cause`: "V does not implement T (why)"; `why`: just "(why)".
  bool implements(const Type* V, const Type* T, std::string* cause, std::string* why = nullptr);
  bool missingMethod(const Type* V, const Interface* T, std::string& name, bool& wrongType, bool& ptrRecv);

  // --- assignments (check_assign.cpp) ---
  void assignment(Operand& x, const Type* T, const std::string& context);
  void initConst(Const* lhs, Operand& x);
  const Type* initVar(Var* lhs, Operand& x, const std::string& context);
  const Type* assignVar(ast::Expr* lhs, Operand& x);
  void initVars(const std::vector<Var*>& lhs, const std::vector<ast::Expr*>& rhs, ast::Stmt* returnStmt);
  void assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);
  void assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals);
  void shortVarDecl(ast::Pos pos, const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);

  // --- statements (check_stmt.cpp, check_switch.cpp) ---
  void funcBody(DeclInfo* decl, const Signature* sig, Scope* scope, ast::BlockStmt* body, const ConstValue* iota);
  void stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list);
  void stmt(unsigned ctxt, ast::Stmt* s);
  void openScope(const ast::Node* n);
  void closeScope();
  void simpleStmt(ast::Stmt* s) {
    if (s) stmt(0, s);
  }
  void suspendedCall(const char* keyword, ast::Expr* call);
  void returnStmt(ast::ReturnStmt* s);
  void ifStmt(unsigned ctxt, ast::IfStmt* s);
  void switchStmt(unsigned ctxt, ast::SwitchStmt* s);
  void typeSwitchStmt(unsigned ctxt, ast::TypeSwitchStmt* s);
  template <typename Clause>
  void multipleDefaults(const std::vector<Clause*>& clauses);
  void selectStmt(unsigned ctxt, ast::SelectStmt* s);
  void forStmt(unsigned ctxt, ast::ForStmt* s);
  void rangeStmt(unsigned ctxt, ast::RangeStmt* s);
  void caseValues(Operand& x, const std::vector<ast::Expr*>& values, std::vector<std::pair<Operand, ast::Pos>>& seen);
  bool isTerminating(ast::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label);
  bool isTerminatingSwitch(const std::vector<ast::CaseClause*>& body, const std::string& label);
  void usage(Scope* scope);

  // --- labels and branches (check_labels.cpp), init order (init_order.cpp), unused imports ---
  void checkBranches(ast::BlockStmt* body);
  void initOrder();
  void unusedImports();

  // --- state ---
  const ast::Package& pkg_;
  Context& ctx_;
  Info& info_;
  DiagnosticEngine& diags_;
  Package* package_ = nullptr;
  bool firstErr_ = false;

  std::unordered_map<Object*, DeclInfo*> objMap_;
  std::vector<Object*> objList_;                 // package-level objects in source order
  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  std::unordered_map<TypeName*, std::vector<Func*>> methods_;  // methods by receiver base type name
  std::vector<Func*> methodList_;
  std::unordered_map<Object*, int> color_;       // 0 white, 1 black, >= 2 grey (2 + path index)
  std::vector<Object*> objPath_;
  std::vector<PkgName*> imports_;
  const ImportMap* sourceImports_ = nullptr;  // source packages checked before this one
  // An unexported field or method of another package: invisible to selectors here (Go's sameId).
  bool hiddenMember(const Object* obj) const;
  // Imports mini-Go rejects (reported once as unsupported): their members, and every name when
  // a dot import brings in unknown ones, are invalid without further errors.
  std::unordered_set<const Package*> unsupportedImports_;
  bool unknownDotImport_ = false;
  std::vector<std::pair<Scope*, ast::File*>> fileScopes_;
  std::unordered_map<const ast::Expr*, UntypedInfo> untyped_;
  std::unordered_set<const ast::CallExpr*> isPanic_;
  std::unordered_set<Object*> universeObjs_;
  std::vector<std::function<void()>> delayed_;   // types2's check.later actions
  std::unordered_set<const Named*> invalidTypes_, validTypes_;
  std::unordered_map<Scope*, std::vector<Scope*>> scopeChildren_;  // for usage()
  std::unordered_set<Scope*> funcScopes_;        // function (and literal) scopes
  std::map<std::pair<const Interface*, std::string>, Func*> ifaceMethods_;  // method objects of interfaces
  bool hasCallOrRecv_ = false;                   // for len/cap of arrays being constant
  std::vector<std::unique_ptr<ast::Ident>> synthetic_;  // e.g. the `true` tag of tagless switches

  // Current environment (types2's environment).
  struct Env {
    DeclInfo* decl = nullptr;
    Scope* scope = nullptr;
    const ConstValue* iota = nullptr;  // non-null inside a constant declaration
    ast::Pos errpos;                   // for inherited constant initialisers
    const Signature* sig = nullptr;
    Func* func = nullptr;
    std::vector<Var*>* results = nullptr;
    int funcDepth = 0;                 // index into funcStack_ of the innermost function
  };
  Env env_;

  // Function nesting for closure captures: funcStack_[0] is the declared function, then literals.
  std::vector<const ast::FuncLit*> funcStack_;
  std::unordered_map<const Var*, int> varDepth_;  // function depth at which a local var was declared
  void noteVarUse(Var* v);
};

// Expression printing as cmd/compile/internal/syntax.String (ShortForm).
std::string exprString(const ast::Node* e);
// Go's spelling of an operator ("+", "&^", "<-").
const char* opString(ast::Op op);
// Removes parentheses.
ast::Expr* unparen(ast::Expr* e);
const ast::Expr* unparen(const ast::Expr* e);

}  // namespace mgo::types
