// info.h — what the type checker hands on to later phases (model: go/types.Info), plus the
// Context that owns every type, object and scope.
//
// Invariants:
//   * types::Info::types has an entry for EVERY expression the checker accepted (including type
//     expressions, with mode TypeExpr, and the callee of a call). For constant expressions the
//     recorded type is the FINAL type after implicit conversion (never untyped, except `nil`
//     compared against nil-able types, recorded with the other operand's type where known).
//   * For an implicit conversion of a value to an interface type (assignment of an int to an
//     `any` parameter of fmt.Println, etc.), the operand's own type is recorded; codegen compares
//     it with the target type and boxes.
//   * Info never holds pointers to nodes of other arenas than the one checked.
//   * (documented additions) A `v, ok` form (m[k], x.(T), <-ch assigned to two values) is
//     recorded with a Tuple type (T, bool), as go/types does. An elided composite literal whose
//     element type is a pointer *T ([]*T{{...}}) is recorded with type *T: it denotes &T{...}.
//     Built-in callees (len, append, ...) are recorded with mode Builtin and the signature of
//     that particular call. Operands of constant expressions that are never materialised are
//     recorded with their default type when the value fits it (else their untyped type).
//     Every type recorded is canonical once types::check() returns.
#pragma once
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/objects.h"
#include "frontend/types.h"

namespace mgo::types {

enum class Mode : uint8_t {
  Invalid,
  NoValue,    // call of a function without results
  Builtin,    // a built-in function name (len, append, ...)
  TypeExpr,   // the expression denotes a type
  Constant,   // constant with `value`
  Variable,   // addressable value (x, *p, a[i] of an addressable array, s[i], p.f)
  MapIndex,   // m[k] (assignable, not addressable; v, ok form allowed)
  Value,      // any other value
  CommaOk,    // a value that may be used in a v, ok assignment (type assertion, channel receive)
  PackageName,
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;
  ConstValue value;  // when mode == Constant
};

// A resolved selector x.f / x.m (not used for package-qualified identifiers pkg.Name, which are
// recorded in Info::uses on the selector's Ident).
struct Selection {
  enum class Kind : uint8_t { FieldVal, MethodVal, MethodExpr };
  Kind kind = Kind::FieldVal;
  const Type* recv = nullptr;     // type of x
  Object* obj = nullptr;          // the field Var or method Func
  std::vector<int> path;          // field indices through embedded fields; last is the field
  bool indirect = false;          // a pointer was dereferenced along the path (incl. x itself)
  // For method values/calls: the receiver adjustments needed at the call site. They apply to the
  // receiver operand reached at the end of `path` (x itself when path has one element, else the
  // embedded field selected by path[0..n-2], through automatic dereferences as `indirect` says).
  bool addressOfRecv = false;     // that operand is a T and the method wants *T (auto &x)
  bool derefRecv = false;         // that operand is a *T and the method wants T (auto *x)
};

// One package-level variable initialisation, in Go's initialisation order.
struct Initializer {
  std::vector<Var*> lhs;   // one, or several for `var a, b = f()`
  ast::Expr* rhs = nullptr;
};

struct Info {
  std::unordered_map<const ast::Expr*, TypeAndValue> types;
  std::unordered_map<const ast::Ident*, Object*> defs;   // declarations (nullptr for `_` / package name)
  std::unordered_map<const ast::Ident*, Object*> uses;   // every other identifier use
  std::unordered_map<const ast::Node*, Object*> implicits;  // type-switch clause vars (CaseClause*)
  std::unordered_map<const ast::SelectorExpr*, Selection> selections;
  std::unordered_map<const ast::FuncLit*, std::vector<Var*>> captures;  // free variables of each closure
  std::unordered_map<const ast::Node*, Scope*> scopes;   // File, FuncType, Block, If, For, Switch, CaseClause...
  std::vector<Initializer> initOrder;                   // package variables, Go order (last checked package)
  std::vector<Func*> initFuncs;                         // init() functions in source order (last checked package)
  // Every checked package's initialisation in dependency order (imported packages first, main
  // last), as Go runs it: each package's variables, then its init() functions.
  struct PackageInit {
    Package* pkg = nullptr;
    std::vector<Initializer> vars;
    std::vector<Func*> initFuncs;
  };
  std::vector<PackageInit> packageInits;
  std::vector<Func*> funcs;                             // every function/method declared (all packages)

  // Convenience lookups (nullptr / empty if absent).
  const TypeAndValue* typeOf(const ast::Expr* e) const;
  Object* objectOf(const ast::Ident* id) const;  // defs, then uses
};

// Whether mgo's runtime provides the package with this import path (fmt, strings, sync, ...).
bool isLibraryPackagePath(const std::string& path);

// Owns every Type, Object, Scope and library Package of a compilation; interns types.
class Context {
 public:
  Context();
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  // Basic types (indexed by Kind; byte == Uint8, rune == Int32).
  const Basic* basic(Kind k) const;
  // Spelled variants (see types.h): the aliases byte and rune (canonical: uint8, int32) and `any`
  // (canonical: the empty interface). Used by the checker so diagnostics print as Go's do.
  const Basic* byteType() const { return byte_; }
  const Basic* runeType() const { return rune_; }
  const Interface* anyType() const { return any_; }
  const Type* invalid() const { return basic(Kind::Invalid); }
  // Interned composite types.
  const Array* arrayOf(const Type* elem, int64_t len);
  const Slice* sliceOf(const Type* elem);
  const Pointer* pointerTo(const Type* elem);
  const Map* mapOf(const Type* key, const Type* elem);
  const Chan* chanOf(ast::ChanDir dir, const Type* elem);
  const Tuple* tuple(std::vector<const Type*> types);
  // A spelled tuple remembering parameter names (printing only; canonical: tuple(types)).
  const Tuple* namedTuple(std::vector<const Type*> types, std::vector<std::string> names);
  const Signature* signature(const Tuple* params, const Tuple* results, bool variadic);
  const Struct* structOf(std::vector<StructField> fields);
  const Interface* interfaceOf(std::vector<InterfaceMethod> methods);  // sorts by name
  const Interface* emptyInterface();
  Named* newNamed(TypeName* obj);

  // Owned objects and scopes.
  template <class T, class... Args>
  T* newObject(Args&&... args) {
    auto obj = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = obj.get();
    objects_.push_back(std::move(obj));
    return raw;
  }
  Scope* newScope(Scope* parent, Scope::Kind kind);
  Package* newPackage(std::string path, std::string name);

  Scope* universe() const { return universe_; }
  // Replaces every spelled type held by an owned object (and every Named's underlying type) with
  // its canonical type. Called by types::check() when it finishes.
  // `only`: just the objects of that package (a package checked before others that may still
  // print library or universe types as spelled). Universe objects (byte, rune, any) are never
  // changed, so that later packages' diagnostics still spell them.
  void canonicalizeObjects(const Package* only = nullptr);
  // The built-in library package for an import path ("fmt", "strings", ...), created on first use;
  // nullptr if mgo does not provide it.
  Package* libraryPackage(const std::string& path);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  template <class T> const T* intern(std::string key, std::unique_ptr<T> type, const Type* canonical);
  void buildUniverse();
  std::vector<std::unique_ptr<Object>> objects_;
  Scope* universe_ = nullptr;
  const Basic* byte_ = nullptr;
  const Basic* rune_ = nullptr;
  const Interface* any_ = nullptr;
};

}  // namespace mgo::types
