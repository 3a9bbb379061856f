// ast.h — the owned abstract syntax tree of a mini-Go package (model: Go's go/ast).
//
// Invariants:
//   * Every node is owned by exactly one ast::Arena; nodes refer to each other by raw pointers that
//     stay valid as long as the arena lives. Nodes are immutable once the builder returns: later
//     phases record their results in side tables keyed by node pointer (types::Info, escape::Result).
//   * Types and values share the Expr hierarchy, as in Go (the checker decides which an Expr is).
//   * Every node has a valid Pos (file index, 1-based line, 1-based byte column) of its first token,
//     except where a field comment says otherwise. Optional children are nullptr when absent.
//   * Parenthesised expressions are kept (ParenExpr) so diagnostics can quote source faithfully.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mgo::ast {

struct Pos {
  int32_t file = -1;  // index into SourceManager
  int32_t line = 0;
  int32_t col = 0;
  bool valid() const { return line > 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
  friend auto operator<=>(const Pos&, const Pos&) = default;
};

// Operators and assignment tokens (Go spec "Operators and punctuation").
enum class Op : uint8_t {
  None,
  Add, Sub, Mul, Quo, Rem,                // + - * / %
  And, Or, Xor, Shl, Shr, AndNot,         // & | ^ << >> &^
  LAnd, LOr,                              // && ||
  Eql, Neq, Lss, Leq, Gtr, Geq,           // == != < <= > >=
  Not, Arrow,                             // ! <-   (unary)
};
const char* opSpelling(Op op);  // "+", "&^", "<-", ...

enum class AssignTok : uint8_t {
  Assign,  // =
  Define,  // :=
  OpAssign // += -= ... (AssignStmt::op holds the binary operator)
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };
enum class ChanDir : uint8_t { Both, Send, Recv };
enum class BranchTok : uint8_t { Break, Continue, Goto, Fallthrough };
enum class DeclTok : uint8_t { Import, Const, Type, Var };

// ---------------------------------------------------------------------------------------------
// Base classes
// ---------------------------------------------------------------------------------------------
enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, KeyValueExpr, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt, GoStmt,
  DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt, CaseClause, SwitchStmt, TypeSwitchStmt,
  CommClause, SelectStmt, ForStmt, RangeStmt,
  // declarations and the rest
  Field, ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl, File,
};

struct Node {
  NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
};

struct Expr : Node { using Node::Node; };
struct Stmt : Node { using Node::Node; };
struct Decl : Node { using Node::Node; };

// Checked downcast helpers: `as<Ident>(e)` is nullptr unless e->kind == NodeKind::Ident.
template <class T> T* as(Node* n) { return n && n->kind == T::Kind ? static_cast<T*>(n) : nullptr; }
template <class T> const T* as(const Node* n) { return n && n->kind == T::Kind ? static_cast<const T*>(n) : nullptr; }
template <class T> bool is(const Node* n) { return n && n->kind == T::Kind; }

#define MGO_AST_NODE(Name, Base)                                   \
  static constexpr NodeKind Kind = NodeKind::Name;                 \
  explicit Name(Pos p) : Base(NodeKind::Name, p) {}

struct BlockStmt;
struct FuncTypeExpr;
struct Field;

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------
struct BadExpr : Expr { MGO_AST_NODE(BadExpr, Expr) };

struct Ident : Expr {
  MGO_AST_NODE(Ident, Expr)
  std::string name;  // "_" for the blank identifier
};

struct BasicLit : Expr {
  MGO_AST_NODE(BasicLit, Expr)
  LitKind litKind = LitKind::Int;
  std::string value;  // the literal exactly as in the source: 0x1F, 1_000, 'a', "a\n", `raw`
};

// type{elts}; `type` is nullptr for an elided inner literal ([]T{{1,2}}).
struct CompositeLit : Expr {
  MGO_AST_NODE(CompositeLit, Expr)
  Expr* type = nullptr;
  std::vector<Expr*> elts;  // KeyValueExpr for keyed elements
  Pos lbrace, rbrace;
};

struct KeyValueExpr : Expr {
  MGO_AST_NODE(KeyValueExpr, Expr)  // pos = position of the key
  Expr* key = nullptr;
  Expr* value = nullptr;
  Pos colon;
};

struct FuncLit : Expr {
  MGO_AST_NODE(FuncLit, Expr)  // pos = the `func` keyword
  FuncTypeExpr* type = nullptr;
  BlockStmt* body = nullptr;
};

struct ParenExpr : Expr {
  MGO_AST_NODE(ParenExpr, Expr)
  Expr* x = nullptr;
};

struct SelectorExpr : Expr {
  MGO_AST_NODE(SelectorExpr, Expr)  // pos = pos of x
  Expr* x = nullptr;
  struct Ident* sel = nullptr;
};

struct IndexExpr : Expr {
  MGO_AST_NODE(IndexExpr, Expr)  // pos = pos of x
  Expr* x = nullptr;
  Expr* index = nullptr;  // generic instantiation x[A, B] is reported unsupported by the builder
  Pos lbrack, rbrack;
};

struct SliceExpr : Expr {
  MGO_AST_NODE(SliceExpr, Expr)  // pos = pos of x
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack, rbrack;
};

// x.(type) has type == nullptr (only valid in a type switch guard).
struct TypeAssertExpr : Expr {
  MGO_AST_NODE(TypeAssertExpr, Expr)  // pos = pos of x
  Expr* x = nullptr;
  Expr* type = nullptr;
  Pos lparen;
};

struct CallExpr : Expr {
  MGO_AST_NODE(CallExpr, Expr)  // pos = pos of fun
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(xs...)
  Pos lparen, ellipsis, rparen;
};

// *x: dereference, or pointer type when x is a type.
struct StarExpr : Expr {
  MGO_AST_NODE(StarExpr, Expr)
  Expr* x = nullptr;
};

// + - ! ^ & <-   (pos = operator position)
struct UnaryExpr : Expr {
  MGO_AST_NODE(UnaryExpr, Expr)
  Op op = Op::None;
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  MGO_AST_NODE(BinaryExpr, Expr)  // pos = pos of x
  Op op = Op::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
  Pos opPos;
};

// ---------------------------------------------------------------------------------------------
// Type expressions
// ---------------------------------------------------------------------------------------------
// [len]elem, []elem (len == nullptr), [...]elem (len is an Ellipsis with elt == nullptr).
struct ArrayTypeExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::ArrayType;
  explicit ArrayTypeExpr(Pos p) : Expr(NodeKind::ArrayType, p) {}
  Expr* len = nullptr;
  Expr* elem = nullptr;
};

// A field, parameter, result or interface method: names may be empty (anonymous parameter,
// embedded field, embedded interface). For an interface method, `type` is a FuncTypeExpr.
struct Field : Node {
  MGO_AST_NODE(Field, Node)
  std::vector<Ident*> names;
  Expr* type = nullptr;
  BasicLit* tag = nullptr;  // struct tags (kept, ignored)
};

struct StructTypeExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::StructType;
  explicit StructTypeExpr(Pos p) : Expr(NodeKind::StructType, p) {}
  std::vector<Field*> fields;
};

// Parameters: a variadic last parameter has type Ellipsis{elt = T}.
struct FuncTypeExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::FuncType;
  explicit FuncTypeExpr(Pos p) : Expr(NodeKind::FuncType, p) {}
  std::vector<Field*> params;
  std::vector<Field*> results;
  bool hasTypeParams = false;  // generics: reported unsupported
};

struct InterfaceTypeExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::InterfaceType;
  explicit InterfaceTypeExpr(Pos p) : Expr(NodeKind::InterfaceType, p) {}
  std::vector<Field*> methods;  // names.size()==1 → method; names empty → embedded interface
};

struct MapTypeExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::MapType;
  explicit MapTypeExpr(Pos p) : Expr(NodeKind::MapType, p) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct ChanTypeExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::ChanType;
  explicit ChanTypeExpr(Pos p) : Expr(NodeKind::ChanType, p) {}
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

// `...T` in a parameter list, or `...` in [...]T (elt == nullptr).
struct EllipsisExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::Ellipsis;
  explicit EllipsisExpr(Pos p) : Expr(NodeKind::Ellipsis, p) {}
  Expr* elt = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------
struct BadStmt : Stmt { MGO_AST_NODE(BadStmt, Stmt) };
struct GenDecl;

struct DeclStmt : Stmt {
  MGO_AST_NODE(DeclStmt, Stmt)
  GenDecl* decl = nullptr;  // const, type or var
};

struct EmptyStmt : Stmt {
  MGO_AST_NODE(EmptyStmt, Stmt)
  bool implicit = false;  // a `;` inserted by the lexer
};

struct LabeledStmt : Stmt {
  MGO_AST_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  MGO_AST_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  MGO_AST_NODE(SendStmt, Stmt)  // pos = pos of chan
  Expr* chan = nullptr;
  Expr* value = nullptr;
  Pos arrow;
};

struct IncDecStmt : Stmt {
  MGO_AST_NODE(IncDecStmt, Stmt)  // pos = pos of x
  Expr* x = nullptr;
  bool inc = true;
  Pos tokPos;
};

struct AssignStmt : Stmt {
  MGO_AST_NODE(AssignStmt, Stmt)  // pos = pos of lhs[0]
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  AssignTok tok = AssignTok::Assign;
  Op op = Op::None;  // for OpAssign: the binary operator (+ for +=)
  Pos tokPos;
};

struct GoStmt : Stmt {
  MGO_AST_NODE(GoStmt, Stmt)
  CallExpr* call = nullptr;  // nullptr if the operand was not a call (checker reports it)
  Expr* expr = nullptr;      // the operand as written
};

struct DeferStmt : Stmt {
  MGO_AST_NODE(DeferStmt, Stmt)
  CallExpr* call = nullptr;
  Expr* expr = nullptr;
};

struct ReturnStmt : Stmt {
  MGO_AST_NODE(ReturnStmt, Stmt)
  std::vector<Expr*> results;
};

struct BranchStmt : Stmt {
  MGO_AST_NODE(BranchStmt, Stmt)
  BranchTok tok = BranchTok::Break;
  Ident* label = nullptr;
};

struct BlockStmt : Stmt {
  MGO_AST_NODE(BlockStmt, Stmt)  // pos = `{`
  std::vector<Stmt*> stmts;
  Pos rbrace;
};

struct IfStmt : Stmt {
  MGO_AST_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* els = nullptr;  // BlockStmt or IfStmt
};

// case list: body   (list empty for `default`)
struct CaseClause : Stmt {
  MGO_AST_NODE(CaseClause, Stmt)
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
};

struct SwitchStmt : Stmt {
  MGO_AST_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr for a tagless switch
  std::vector<CaseClause*> clauses;
  Pos lbrace, rbrace;
};

// switch [init;] [x :=] y.(type) { ... }
struct TypeSwitchStmt : Stmt {
  MGO_AST_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Ident* binding = nullptr;      // x in `x := y.(type)`, or nullptr
  TypeAssertExpr* guard = nullptr;  // y.(type)
  std::vector<CaseClause*> clauses;  // list holds type expressions (Ident "nil" for nil)
  Pos lbrace, rbrace;
};

// case send/recv: body   (comm == nullptr for default)
struct CommClause : Stmt {
  MGO_AST_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] =/:= <-c)
  std::vector<Stmt*> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  MGO_AST_NODE(SelectStmt, Stmt)
  std::vector<CommClause*> clauses;
  Pos lbrace, rbrace;
};

struct ForStmt : Stmt {
  MGO_AST_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for [key[, value] (:= | =)] range x body
struct RangeStmt : Stmt {
  MGO_AST_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool define = false;  // := (otherwise = or no variables)
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  Pos rangePos;
};

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------
struct ImportSpec : Node {
  MGO_AST_NODE(ImportSpec, Node)
  Ident* name = nullptr;  // explicit name, `_` or `.`; nullptr if absent
  std::string path;       // unquoted import path
  Pos pathPos;
};

struct ValueSpec : Node {
  MGO_AST_NODE(ValueSpec, Node)
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;  // for const specs with implicit repetition: the values inherited
                              // from the previous spec (same Expr* shared), see `implicitValues`
  bool implicitValues = false;
  int64_t iota = 0;           // position within the const group
};

struct TypeSpec : Node {
  MGO_AST_NODE(TypeSpec, Node)
  Ident* name = nullptr;
  bool alias = false;         // type A = B
  bool hasTypeParams = false; // generics: reported unsupported
  Expr* type = nullptr;
};

struct GenDecl : Decl {
  MGO_AST_NODE(GenDecl, Decl)
  DeclTok tok = DeclTok::Var;
  std::vector<Node*> specs;  // ImportSpec, ValueSpec or TypeSpec
};

struct FuncDecl : Decl {
  MGO_AST_NODE(FuncDecl, Decl)  // pos = `func`
  Field* recv = nullptr;        // method receiver, or nullptr
  Ident* name = nullptr;
  FuncTypeExpr* type = nullptr;
  BlockStmt* body = nullptr;    // nullptr for a body-less declaration
};

struct File : Node {
  MGO_AST_NODE(File, Node)
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;
  std::vector<Decl*> decls;  // in source order (import GenDecls included)
};

#undef MGO_AST_NODE

// Owns every node of one or more files.
class Arena {
 public:
  template <class T>
  T* make(Pos p) {
    auto node = std::make_unique<T>(p);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// A package: the files of one directory sharing a package clause.
struct Package {
  std::string name;
  std::string path = "main";  // import path ("main" for the program's main package)
  std::vector<File*> files;
};

}  // namespace mgo::ast
