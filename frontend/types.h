// types.h — the Go type representation used by the checker, escape analysis and codegen.
//
// Invariants:
//   * Types are created only by types::Context and interned: two identical types (Go spec "Type
//     identity") are the same Type*. Named types are identical only to themselves; unnamed
//     composite types are interned structurally (struct fields by name, type, embedded flag and
//     tag; func signatures by parameter/result types and variadic flag, never by names).
//     Hence `a == b` (pointer equality) is type identity, and Type* is a valid map key.
//   * Untyped constant types (UntypedInt, ...) only appear on constant expressions and nil; every
//     expression that reaches codegen has a typed type in types::Info (the checker converts
//     untyped operands to their context or default type and records that final type).
//   * A Named type's underlying() is never a Named type. Until resolved it is nullptr (only while
//     the checker runs).
//   * Spelled variants (additive, checker-internal): to print diagnostics as Go does, the checker
//     may create types that are identical to, but not pointer-equal with, an interned type: the
//     aliases byte/rune (Basic with kind Uint8/Int32 printed "byte"/"rune"), `any` (printed "any"),
//     func types and tuples that remember parameter names, and composites built from those.
//     Every type has a canonical() representative; identical(a, b) compares canonical types.
//     When types::check() returns, every type reachable from Info, from objects and from Named
//     underlying types is canonical, so for later phases `a == b` is again type identity.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace mgo::types {

class Object;
class TypeName;
class Func;
class Var;

enum class Kind : uint8_t {
  Invalid,
  // basic
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  // composite
  Array, Slice, Struct, Pointer, Signature, Interface, Map, Chan, Named, Tuple,
};

class Type {
 public:
  explicit Type(Kind k) : kind_(k) {}
  virtual ~Type() = default;
  Kind kind() const { return kind_; }
  // The underlying type (Go spec): itself for every type but Named.
  const Type* underlying() const;
  bool isNamed() const { return kind_ == Kind::Named; }
  // The canonical representative of this type's identity class (itself unless this is a spelled
  // variant, see the file comment). Set by types::Context when the type is created.
  const Type* canonical() const { return canonical_ ? canonical_ : this; }

 private:
  friend class Context;
  Kind kind_;
  const Type* canonical_ = nullptr;
};

// Go spec "Type identity" (also valid for spelled variants during checking).
inline bool identical(const Type* a, const Type* b) { return a->canonical() == b->canonical(); }

// bool, int, ..., string, unsafe.Pointer and the untyped kinds. byte/rune are aliases: the
// universe maps them to the Uint8/Int32 basic types (Go prints "uint8"/"int32" for them).
class Basic : public Type {
 public:
  Basic(Kind k, std::string name) : Type(k), name_(std::move(name)) {}
  const std::string& name() const { return name_; }

 private:
  std::string name_;
};

class Array : public Type {
 public:
  Array(const Type* elem, int64_t len) : Type(Kind::Array), elem_(elem), len_(len) {}
  const Type* elem() const { return elem_; }
  int64_t len() const { return len_; }

 private:
  const Type* elem_;
  int64_t len_;
};

class Slice : public Type {
 public:
  explicit Slice(const Type* elem) : Type(Kind::Slice), elem_(elem) {}
  const Type* elem() const { return elem_; }

 private:
  const Type* elem_;
};

struct StructField {
  std::string name;      // for an embedded field: the type name (T for T and *T)
  const Type* type;
  bool embedded = false;
  std::string tag;
  Var* var = nullptr;    // the field's object (declaration position, for diagnostics)
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

class Struct : public Type {
 public:
  explicit Struct(std::vector<StructField> fields) : Type(Kind::Struct), fields_(std::move(fields)) {}
  const std::vector<StructField>& fields() const { return fields_; }
  int fieldIndex(const std::string& name) const;  // -1 if absent (direct fields only)

 private:
  std::vector<StructField> fields_;
};

class Pointer : public Type {
 public:
  explicit Pointer(const Type* elem) : Type(Kind::Pointer), elem_(elem) {}
  const Type* elem() const { return elem_; }

 private:
  const Type* elem_;
};

// An ordered list of types: function parameters/results and multi-value expressions.
// `names` (additive; empty, or one per type) are the parameter names of a spelled signature, used
// only for printing ("func(x int) string"); canonical tuples have no names.
class Tuple : public Type {
 public:
  explicit Tuple(std::vector<const Type*> types, std::vector<std::string> names = {})
      : Type(Kind::Tuple), types_(std::move(types)), names_(std::move(names)) {}
  const std::vector<const Type*>& types() const { return types_; }
  const std::vector<std::string>& names() const { return names_; }
  size_t size() const { return types_.size(); }
  const Type* at(size_t i) const { return types_[i]; }

 private:
  std::vector<const Type*> types_;
  std::vector<std::string> names_;
};

// A function type. Methods' signatures do not include the receiver (see types::Func::recv).
// For a variadic signature the last parameter's type is a Slice ([]T for ...T).
class Signature : public Type {
 public:
  Signature(const Tuple* params, const Tuple* results, bool variadic)
      : Type(Kind::Signature), params_(params), results_(results), variadic_(variadic) {}
  const Tuple* params() const { return params_; }
  const Tuple* results() const { return results_; }
  bool variadic() const { return variadic_; }

 private:
  const Tuple* params_;
  const Tuple* results_;
  bool variadic_;
};

struct InterfaceMethod {
  std::string name;
  const Signature* sig;
};

// Methods sorted by name, embedded interfaces already flattened. `any` is the empty interface
// (during checking a spelled variant with isAny() prints as "any").
class Interface : public Type {
 public:
  explicit Interface(std::vector<InterfaceMethod> methods, bool isAny = false)
      : Type(Kind::Interface), methods_(std::move(methods)), isAny_(isAny) {}
  const std::vector<InterfaceMethod>& methods() const { return methods_; }
  bool empty() const { return methods_.empty(); }
  bool isAny() const { return isAny_; }

 private:
  std::vector<InterfaceMethod> methods_;
  bool isAny_ = false;
};

class Map : public Type {
 public:
  Map(const Type* key, const Type* elem) : Type(Kind::Map), key_(key), elem_(elem) {}
  const Type* key() const { return key_; }
  const Type* elem() const { return elem_; }

 private:
  const Type* key_;
  const Type* elem_;
};

class Chan : public Type {
 public:
  Chan(ast::ChanDir dir, const Type* elem) : Type(Kind::Chan), dir_(dir), elem_(elem) {}
  ast::ChanDir dir() const { return dir_; }
  const Type* elem() const { return elem_; }

 private:
  ast::ChanDir dir_;
  const Type* elem_;
};

// A defined type `type T U`. Methods are declared on it (value and pointer receivers alike).
class Named : public Type {
 public:
  explicit Named(TypeName* obj) : Type(Kind::Named), obj_(obj) {}
  TypeName* obj() const { return obj_; }
  const Type* underlyingType() const { return underlying_; }
  void setUnderlying(const Type* u) { underlying_ = u; }
  const std::vector<Func*>& methods() const { return methods_; }
  void addMethod(Func* f) { methods_.push_back(f); }
  Func* findMethod(const std::string& name) const;

 private:
  TypeName* obj_;
  const Type* underlying_ = nullptr;
  std::vector<Func*> methods_;
};

// ---------------------------------------------------------------------------------------------
// Predicates (Go spec terms). All take possibly-named types and look at the underlying type.
// ---------------------------------------------------------------------------------------------
bool isBoolean(const Type* t);
bool isInteger(const Type* t);     // includes untyped int and rune
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);       // includes untyped float
bool isNumeric(const Type* t);
bool isString(const Type* t);
bool isUntyped(const Type* t);
bool isConstType(const Type* t);   // basic types that may be constants
bool isInterface(const Type* t);
bool isComparable(const Type* t);
bool isOrdered(const Type* t);
bool hasNil(const Type* t);        // pointer, slice, map, chan, func, interface, unsafe.Pointer
// Go's default type of an untyped type (UntypedInt -> int, UntypedRune -> int32 (rune),
// UntypedFloat -> float64, UntypedBool -> bool, UntypedString -> string); identity otherwise.
const Type* defaultType(const Type* t);

// The type's text as Go's types2 prints it in diagnostics and as fmt's %T prints it:
// "int", "[]string", "map[string]int", "*main.user" (qualified with the package name when
// `qualify` is true: %T and descriptor names), "func(int) string", "struct{x int}", "untyped int".
// qualify == false: types2 style ("struct{x int; y string}", "interface{}", spelled names such as
//   byte/rune/any and parameter names kept; types of package main unqualified).
// qualify == true: reflect style as fmt's %T prints it ("struct { x int; y string }",
//   "interface {}", "[]uint8", "main.T"); spelled variants print as their canonical type.
std::string typeString(const Type* t, bool qualify = false);
// A tuple as types2 prints it in "have (...)/want (...)" lines: "(int, string)"; `variadic`
// prints the last element as "...T".
std::string tupleString(const Tuple* t, bool variadic);

}  // namespace mgo::types
