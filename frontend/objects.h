// objects.h — named language entities (Go spec "Declarations and scope") and lexical scopes.
//
// Invariants:
//   * Objects are owned by types::Context and live as long as it does.
//   * Every declared identifier maps to exactly one Object (types::Info::defs); every use maps to
//     the Object it resolves to (types::Info::uses).
//   * Scope lookup walks parents: block -> ... -> function -> file -> package -> universe.
//   * Objects of the built-in library packages (fmt, strings, ...) are Func/Const/Var objects with
//     `pkg` set to that Package; codegen lowers calls to them by their qualified name
//     ("fmt.Println"), see Func::qualifiedName().
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/types.h"

namespace mgo::types {

class Scope;
class Package;

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

class Object {
 public:
  Object(ObjKind k, std::string name, const Type* type, ast::Pos pos, Package* pkg)
      : kind_(k), name_(std::move(name)), type_(type), pos_(pos), pkg_(pkg) {}
  virtual ~Object() = default;
  ObjKind kind() const { return kind_; }
  const std::string& name() const { return name_; }
  const Type* type() const { return type_; }
  void setType(const Type* t) { type_ = t; }
  ast::Pos pos() const { return pos_; }
  Package* pkg() const { return pkg_; }       // nullptr for universe objects
  Scope* parent() const { return parent_; }   // the scope the object was declared in
  void setParent(Scope* s) { parent_ = s; }
  bool exported() const { return !name_.empty() && name_[0] >= 'A' && name_[0] <= 'Z'; }

 private:
  ObjKind kind_;
  std::string name_;
  const Type* type_;
  ast::Pos pos_;
  Package* pkg_;
  Scope* parent_ = nullptr;
};

enum class VarRole : uint8_t { Local, Param, Result, Field, Global, Receiver };

class Var : public Object {
 public:
  Var(std::string name, const Type* type, ast::Pos pos, Package* pkg, VarRole role)
      : Object(ObjKind::Var, std::move(name), type, pos, pkg), role_(role) {}
  VarRole role() const { return role_; }
  bool isGlobal() const { return role_ == VarRole::Global; }
  bool used = false;       // for "declared but not used"
  bool embedded = false;   // for struct fields

 private:
  VarRole role_;
};

class Const : public Object {
 public:
  Const(std::string name, const Type* type, ast::Pos pos, Package* pkg, ConstValue value)
      : Object(ObjKind::Const, std::move(name), type, pos, pkg), value_(std::move(value)) {}
  const ConstValue& value() const { return value_; }
  void setValue(ConstValue v) { value_ = std::move(v); }

 private:
  ConstValue value_;
};

class TypeName : public Object {
 public:
  TypeName(std::string name, const Type* type, ast::Pos pos, Package* pkg)
      : Object(ObjKind::TypeName, std::move(name), type, pos, pkg) {}
  bool isAlias = false;
};

// A function or method. For methods, `recv` is the receiver variable (its type is T or *T).
class Func : public Object {
 public:
  Func(std::string name, const Signature* sig, ast::Pos pos, Package* pkg)
      : Object(ObjKind::Func, std::move(name), sig, pos, pkg) {}
  const Signature* signature() const { return static_cast<const Signature*>(type()); }
  ast::FuncDecl* decl = nullptr;   // nullptr for library functions
  Var* recv = nullptr;
  bool pointerRecv() const;        // receiver is *T
  std::vector<Var*> params;        // parameter objects in order (blank/anonymous ones included)
  std::vector<Var*> results;       // result objects (named or anonymous)
  // "main.f", "main.T.m", "main.(*T).m", "fmt.Println"
  std::string qualifiedName() const;
};

class PkgName : public Object {
 public:
  PkgName(std::string name, ast::Pos pos, Package* owner, Package* imported)
      : Object(ObjKind::PkgName, std::move(name), nullptr, pos, owner), imported_(imported) {}
  Package* imported() const { return imported_; }
  bool used = false;

 private:
  Package* imported_;
};

enum class BuiltinId : uint8_t {
  Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic, Print, Println, Real,
  Recover,
};

class Builtin : public Object {
 public:
  Builtin(std::string name, BuiltinId id)
      : Object(ObjKind::Builtin, std::move(name), nullptr, ast::Pos{}, nullptr), id_(id) {}
  BuiltinId id() const { return id_; }

 private:
  BuiltinId id_;
};

class Nil : public Object {
 public:
  explicit Nil(const Type* untypedNil) : Object(ObjKind::Nil, "nil", untypedNil, ast::Pos{}, nullptr) {}
};

class Label : public Object {
 public:
  Label(std::string name, ast::Pos pos) : Object(ObjKind::Label, std::move(name), nullptr, pos, nullptr) {}
  ast::LabeledStmt* stmt = nullptr;
  bool used = false;
};

class Scope {
 public:
  enum class Kind : uint8_t { Universe, Package, File, Function, Block };
  Scope(Scope* parent, Kind kind) : parent_(parent), kind_(kind) {}
  Scope* parent() const { return parent_; }
  Kind kind() const { return kind_; }
  Object* lookupLocal(const std::string& name) const;
  Object* lookup(const std::string& name) const;  // walks parents
  // Inserts obj; returns the previously declared object of the same name in THIS scope (and does
  // not insert) if there is one. Blank names are never inserted.
  Object* insert(Object* obj);
  const std::map<std::string, Object*>& entries() const { return entries_; }

 private:
  Scope* parent_;
  Kind kind_;
  std::map<std::string, Object*> entries_;
};

// A package: the program's own (path "main") or a built-in library package ("fmt", "strings").
class Package {
 public:
  Package(std::string path, std::string name, Scope* scope)
      : path_(std::move(path)), name_(std::move(name)), scope_(scope) {}
  const std::string& path() const { return path_; }
  const std::string& name() const { return name_; }
  Scope* scope() const { return scope_; }
  bool isLibrary = false;  // implemented by the runtime, not compiled from source
  // A library package compiled from mini-Go sources (library_sources.h); its scope also holds
  // the native members of the package of the same path, and its body-less functions are native.
  bool isLibrarySource = false;

 private:
  std::string path_;
  std::string name_;
  Scope* scope_;
};

}  // namespace mgo::types
