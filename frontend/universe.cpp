// universe.cpp — the universe scope (Go spec "Predeclared identifiers"): basic types, the aliases
// byte/rune/any (spelled variants, see types.h), error, true/false/iota, nil and the built-in
// functions.
//
// Invariant: built once per Context, before any package scope (package scopes are its children).
#include "frontend/info.h"

namespace mgo::types {

void Context::buildUniverse() {
  universe_ = newScope(nullptr, Scope::Kind::Universe);
  auto defineType = [&](const std::string& name, const Type* type) {
    auto* obj = newObject<TypeName>(name, type, ast::Pos{}, nullptr);
    universe_->insert(obj);
    obj->setParent(universe_);
    return obj;
  };
  static const Kind kinds[] = {Kind::Bool,    Kind::Int,     Kind::Int8,      Kind::Int16,     Kind::Int32,
                               Kind::Int64,   Kind::Uint,    Kind::Uint8,     Kind::Uint16,    Kind::Uint32,
                               Kind::Uint64,  Kind::Uintptr, Kind::Float32,   Kind::Float64,   Kind::Complex64,
                               Kind::Complex128, Kind::String};
  for (Kind k : kinds) defineType(basic(k)->name(), basic(k));
  defineType("byte", byte_)->isAlias = true;
  defineType("rune", rune_)->isAlias = true;
  defineType("any", any_)->isAlias = true;

  // type error interface { Error() string }
  TypeName* errorName = defineType("error", nullptr);
  Named* errorType = newNamed(errorName);
  errorName->setType(errorType);
  const Signature* errorSig = signature(tuple({}), tuple({basic(Kind::String)}), false);
  errorType->setUnderlying(interfaceOf({InterfaceMethod{"Error", errorSig}}));

  auto defineConst = [&](const std::string& name, const Type* type, ConstValue value) {
    auto* obj = newObject<Const>(name, type, ast::Pos{}, nullptr, std::move(value));
    universe_->insert(obj);
    obj->setParent(universe_);
  };
  defineConst("true", basic(Kind::UntypedBool), ConstValue::makeBool(true));
  defineConst("false", basic(Kind::UntypedBool), ConstValue::makeBool(false));
  defineConst("iota", basic(Kind::UntypedInt), ConstValue::makeInt(0));

  auto* nil = newObject<Nil>(basic(Kind::UntypedNil));
  universe_->insert(nil);
  nil->setParent(universe_);

  static const std::pair<const char*, BuiltinId> builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},     {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag},     {"len", BuiltinId::Len},         {"make", BuiltinId::Make},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (const auto& [name, id] : builtins) {
    auto* obj = newObject<Builtin>(name, id);
    universe_->insert(obj);
    obj->setParent(universe_);
  }
}

}  // namespace mgo::types
