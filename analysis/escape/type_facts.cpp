// type_facts.cpp — pointer-ness, sizes and interface representation of Go types (see
// type_facts.h). Recursion through named types is cut by a visited set where types can be
// recursive (struct fields through pointers, slices, maps).
#include "analysis/escape/type_facts.h"

#include <unordered_set>

#include "frontend/objects.h"

namespace mgo::escape {

using types::Kind;

bool hasPointers(const types::Type* t) {
  if (!t) return true;
  const types::Type* u = t->underlying();
  if (!u) return true;
  switch (u->kind()) {
    case Kind::String: case Kind::UntypedString: case Kind::UnsafePointer: case Kind::Slice:
    case Kind::Pointer: case Kind::Signature: case Kind::Interface: case Kind::Map: case Kind::Chan:
    case Kind::UntypedNil:
      return true;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      return a->len() > 0 && hasPointers(a->elem());
    }
    case Kind::Struct:
      for (const auto& f : static_cast<const types::Struct*>(u)->fields())
        if (hasPointers(f.type)) return true;
      return false;
    case Kind::Tuple:
      for (const types::Type* e : static_cast<const types::Tuple*>(u)->types())
        if (hasPointers(e)) return true;
      return false;
    case Kind::Invalid:
      return true;
    default:
      return false;  // booleans, numbers
  }
}

int64_t typeAlign(const types::Type* t) {
  const types::Type* u = t ? t->underlying() : nullptr;
  if (!u) return 8;
  switch (u->kind()) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: case Kind::Complex64: return 4;
    case Kind::Array: return typeAlign(static_cast<const types::Array*>(u)->elem());
    case Kind::Struct: {
      int64_t a = 1;
      for (const auto& f : static_cast<const types::Struct*>(u)->fields()) a = std::max(a, typeAlign(f.type));
      return a;
    }
    default: return 8;
  }
}

static int64_t saturatingMul(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  if (a > INT64_MAX / b) return INT64_MAX;
  return a * b;
}

int64_t typeSize(const types::Type* t) {
  const types::Type* u = t ? t->underlying() : nullptr;
  if (!u) return 8;
  switch (u->kind()) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 4;
    case Kind::Complex128: return 16;
    case Kind::String: case Kind::Interface: return 16;
    case Kind::Slice: return 24;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      return saturatingMul(a->len(), typeSize(a->elem()));
    }
    case Kind::Struct: {
      int64_t off = 0, maxAlign = 1;
      for (const auto& f : static_cast<const types::Struct*>(u)->fields()) {
        int64_t al = typeAlign(f.type);
        maxAlign = std::max(maxAlign, al);
        off = (off + al - 1) / al * al;
        int64_t sz = typeSize(f.type);
        off = (sz > INT64_MAX - off) ? INT64_MAX : off + sz;
      }
      return off == INT64_MAX ? off : (off + maxAlign - 1) / maxAlign * maxAlign;
    }
    default: return 8;
  }
}

bool isDirectIface(const types::Type* t) {
  const types::Type* u = t ? t->underlying() : nullptr;
  if (!u) return false;
  switch (u->kind()) {
    case Kind::Pointer: case Kind::Chan: case Kind::Map: case Kind::Signature: case Kind::UnsafePointer:
      return true;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      return a->len() == 1 && isDirectIface(a->elem());
    }
    case Kind::Struct: {
      auto& fs = static_cast<const types::Struct*>(u)->fields();
      return fs.size() == 1 && isDirectIface(fs[0].type);
    }
    default: return false;
  }
}

static bool hasFormattingMethod(const types::Named* n) {
  for (const types::Func* m : n->methods()) {
    const std::string& name = m->name();
    if (name == "String" || name == "Error" || name == "Format" || name == "GoString") return true;
  }
  return false;
}

static bool mayRun(const types::Type* t, std::unordered_set<const types::Type*>& seen) {
  if (!t || !seen.insert(t).second) return false;
  if (t->isNamed()) {
    auto* n = static_cast<const types::Named*>(t);
    if (hasFormattingMethod(n)) return true;
  }
  const types::Type* u = t->underlying();
  if (!u) return true;
  switch (u->kind()) {
    case Kind::Interface: case Kind::Invalid: case Kind::Tuple: return true;
    case Kind::Pointer: return mayRun(static_cast<const types::Pointer*>(u)->elem(), seen);
    case Kind::Slice: return mayRun(static_cast<const types::Slice*>(u)->elem(), seen);
    case Kind::Array: return mayRun(static_cast<const types::Array*>(u)->elem(), seen);
    case Kind::Map: {
      auto* m = static_cast<const types::Map*>(u);
      return mayRun(m->key(), seen) || mayRun(m->elem(), seen);
    }
    case Kind::Struct:
      for (const auto& f : static_cast<const types::Struct*>(u)->fields())
        if (mayRun(f.type, seen)) return true;
      return false;
    default: return false;  // basic types, channels and funcs are printed without calling methods
  }
}

bool mayRunUserMethods(const types::Type* t) {
  std::unordered_set<const types::Type*> seen;
  return mayRun(t, seen);
}

}  // namespace mgo::escape
