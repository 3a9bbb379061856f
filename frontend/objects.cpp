// objects.cpp — scopes, object helpers and Info convenience lookups.
//
// Invariant: Scope::insert never replaces an entry; blank identifiers are never inserted.
#include "frontend/objects.h"

#include "frontend/info.h"

namespace mgo::types {

Object* Scope::lookupLocal(const std::string& name) const {
  auto it = entries_.find(name);
  return it == entries_.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s; s = s->parent_)
    if (Object* obj = s->lookupLocal(name)) return obj;
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  if (obj->name() == "_") return nullptr;
  auto [it, inserted] = entries_.emplace(obj->name(), obj);
  return inserted ? nullptr : it->second;
}

bool Func::pointerRecv() const {
  return recv && recv->type() && recv->type()->kind() == Kind::Pointer;
}

std::string Func::qualifiedName() const {
  std::string prefix = pkg() ? pkg()->name() + "." : std::string();
  if (!recv || !recv->type()) return prefix + name();
  const Type* t = recv->type();
  bool ptr = t->kind() == Kind::Pointer;
  if (ptr) t = static_cast<const Pointer*>(t)->elem();
  std::string typeName = t->kind() == Kind::Named ? static_cast<const Named*>(t)->obj()->name() : "?";
  if (ptr) return prefix + "(*" + typeName + ")." + name();
  return prefix + typeName + "." + name();
}

const TypeAndValue* Info::typeOf(const ast::Expr* e) const {
  auto it = types.find(e);
  return it == types.end() ? nullptr : &it->second;
}

Object* Info::objectOf(const ast::Ident* id) const {
  auto it = defs.find(id);
  if (it != defs.end()) return it->second;
  auto jt = uses.find(id);
  return jt == uses.end() ? nullptr : jt->second;
}

}  // namespace mgo::types
