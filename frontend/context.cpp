// context.cpp — types::Context: ownership and interning of types, objects, scopes and packages.
//
// Invariants:
//   * Composite types are interned by a key made of their exact components (pointers, lengths,
//     names, flags), so structurally identical types built from the same components are the same
//     Type*. Spelled variants (byte, rune, any, named parameters: see types.h) are distinct keys;
//     each type's canonical() is computed at creation by re-interning with canonical components.
//   * Basic types are immutable process-wide singletons (shared by every Context), so
//     defaultType() needs no Context.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "frontend/diagnostics.h"
#include "frontend/info.h"

namespace mgo::types {

namespace {

const char* basicName(Kind k) {
  switch (k) {
    case Kind::Invalid: return "invalid type";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Int8: return "int8";
    case Kind::Int16: return "int16";
    case Kind::Int32: return "int32";
    case Kind::Int64: return "int64";
    case Kind::Uint: return "uint";
    case Kind::Uint8: return "uint8";
    case Kind::Uint16: return "uint16";
    case Kind::Uint32: return "uint32";
    case Kind::Uint64: return "uint64";
    case Kind::Uintptr: return "uintptr";
    case Kind::Float32: return "float32";
    case Kind::Float64: return "float64";
    case Kind::Complex64: return "complex64";
    case Kind::Complex128: return "complex128";
    case Kind::String: return "string";
    case Kind::UnsafePointer: return "unsafe.Pointer";
    case Kind::UntypedBool: return "untyped bool";
    case Kind::UntypedInt: return "untyped int";
    case Kind::UntypedRune: return "untyped rune";
    case Kind::UntypedFloat: return "untyped float";
    case Kind::UntypedString: return "untyped string";
    case Kind::UntypedNil: return "untyped nil";
    default: return nullptr;
  }
}

constexpr int kBasicCount = static_cast<int>(Kind::UntypedNil) + 1;

const Basic* const* basicTable() {
  static const Basic* table[kBasicCount] = {};
  static bool init = [] {
    for (int i = 0; i < kBasicCount; ++i) table[i] = new Basic(static_cast<Kind>(i), basicName(static_cast<Kind>(i)));
    return true;
  }();
  (void)init;
  return table;
}

std::string ptrKey(const void* p) {
  return std::to_string(reinterpret_cast<uintptr_t>(p));
}

}  // namespace

const Type* defaultType(const Type* t) {
  if (!t) return t;
  switch (t->kind()) {
    case Kind::UntypedBool: return basicTable()[static_cast<int>(Kind::Bool)];
    case Kind::UntypedInt: return basicTable()[static_cast<int>(Kind::Int)];
    case Kind::UntypedRune: return basicTable()[static_cast<int>(Kind::Int32)];
    case Kind::UntypedFloat: return basicTable()[static_cast<int>(Kind::Float64)];
    case Kind::UntypedString: return basicTable()[static_cast<int>(Kind::String)];
    default: return t;
  }
}

struct Context::Impl {
  std::unordered_map<std::string, std::unique_ptr<Type>> interned;
  std::vector<std::unique_ptr<Type>> unique;  // spelled singletons and Named types
  std::vector<std::unique_ptr<Scope>> scopes;
  std::vector<std::unique_ptr<Package>> packages;
  std::map<std::string, Package*> libraries;
  std::vector<Named*> named;
  const Interface* emptyInterface = nullptr;
};

Context::Context() : impl_(std::make_unique<Impl>()) {
  // Spelled aliases of the universe (byte, rune, any).
  auto byteType = std::make_unique<Basic>(Kind::Uint8, "byte");
  byteType->canonical_ = basic(Kind::Uint8);
  byte_ = byteType.get();
  impl_->unique.push_back(std::move(byteType));
  auto runeType = std::make_unique<Basic>(Kind::Int32, "rune");
  runeType->canonical_ = basic(Kind::Int32);
  rune_ = runeType.get();
  impl_->unique.push_back(std::move(runeType));
  auto anyType = std::make_unique<Interface>(std::vector<InterfaceMethod>{}, /*isAny=*/true);
  anyType->canonical_ = emptyInterface();
  any_ = anyType.get();
  impl_->unique.push_back(std::move(anyType));
  buildUniverse();
}

Context::~Context() = default;

const Basic* Context::basic(Kind k) const {
  MGO_ASSERT(static_cast<int>(k) < kBasicCount, "not a basic kind");
  return basicTable()[static_cast<int>(k)];
}

template <class T>
const T* Context::intern(std::string key, std::unique_ptr<T> type, const Type* canonical) {
  auto it = impl_->interned.find(key);
  if (it != impl_->interned.end()) return static_cast<const T*>(it->second.get());
  if (canonical) type->canonical_ = canonical;
  const T* raw = type.get();
  impl_->interned.emplace(std::move(key), std::move(type));
  return raw;
}

static bool isCanon(const Type* t) { return t->canonical() == t; }

const Array* Context::arrayOf(const Type* elem, int64_t len) {
  const Type* canon = isCanon(elem) ? nullptr : arrayOf(elem->canonical(), len);
  return intern("A" + std::to_string(len) + ":" + ptrKey(elem), std::make_unique<Array>(elem, len), canon);
}

const Slice* Context::sliceOf(const Type* elem) {
  const Type* canon = isCanon(elem) ? nullptr : sliceOf(elem->canonical());
  return intern("S" + ptrKey(elem), std::make_unique<Slice>(elem), canon);
}

const Pointer* Context::pointerTo(const Type* elem) {
  const Type* canon = isCanon(elem) ? nullptr : pointerTo(elem->canonical());
  return intern("P" + ptrKey(elem), std::make_unique<Pointer>(elem), canon);
}

const Map* Context::mapOf(const Type* key, const Type* elem) {
  const Type* canon = isCanon(key) && isCanon(elem) ? nullptr : mapOf(key->canonical(), elem->canonical());
  return intern("M" + ptrKey(key) + ":" + ptrKey(elem), std::make_unique<Map>(key, elem), canon);
}

const Chan* Context::chanOf(ast::ChanDir dir, const Type* elem) {
  const Type* canon = isCanon(elem) ? nullptr : chanOf(dir, elem->canonical());
  return intern("C" + std::to_string(static_cast<int>(dir)) + ":" + ptrKey(elem),
                std::make_unique<Chan>(dir, elem), canon);
}

const Tuple* Context::tuple(std::vector<const Type*> types) { return namedTuple(std::move(types), {}); }

const Tuple* Context::namedTuple(std::vector<const Type*> types, std::vector<std::string> names) {
  bool anyName = false;
  for (const std::string& n : names) anyName |= !n.empty();
  if (!anyName) names.clear();
  bool canonical = names.empty();
  std::string key = "T";
  for (const Type* t : types) {
    key += ptrKey(t) + ",";
    canonical &= isCanon(t);
  }
  key += "|";
  for (const std::string& n : names) key += n + ",";
  const Type* canon = nullptr;
  if (!canonical) {
    std::vector<const Type*> ctypes;
    for (const Type* t : types) ctypes.push_back(t->canonical());
    canon = namedTuple(std::move(ctypes), {});
  }
  return intern(std::move(key), std::make_unique<Tuple>(std::move(types), std::move(names)), canon);
}

const Signature* Context::signature(const Tuple* params, const Tuple* results, bool variadic) {
  if (!params) params = tuple({});
  if (!results) results = tuple({});
  const Type* canon = isCanon(params) && isCanon(results)
                          ? nullptr
                          : signature(static_cast<const Tuple*>(params->canonical()),
                                      static_cast<const Tuple*>(results->canonical()), variadic);
  return intern("F" + ptrKey(params) + ":" + ptrKey(results) + (variadic ? "v" : ""),
                std::make_unique<Signature>(params, results, variadic), canon);
}

const Struct* Context::structOf(std::vector<StructField> fields) {
  std::string key = "R";
  bool canonical = true;
  for (const StructField& f : fields) {
    key += f.name + " " + ptrKey(f.type) + (f.embedded ? " e " : " - ") + std::to_string(f.tag.size()) + ":" + f.tag;
    // Go spec: an unexported field name is distinct from the same name in another package, so
    // struct{ s string } of package errors is not the type struct{ s string } of main.
    bool exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
    if (!exported && f.var && f.var->pkg()) key += " @" + std::to_string(reinterpret_cast<uintptr_t>(f.var->pkg()));
    key += ";";
    canonical &= isCanon(f.type);
  }
  // Struct types declared at different places are identical when their fields are; the field
  // objects (declaration positions) of the first declaration are kept.
  const Type* canon = nullptr;
  if (!canonical) {
    std::vector<StructField> cfields = fields;
    for (StructField& f : cfields) f.type = f.type->canonical();
    canon = structOf(std::move(cfields));
  }
  return intern(std::move(key), std::make_unique<Struct>(std::move(fields)), canon);
}

const Interface* Context::interfaceOf(std::vector<InterfaceMethod> methods) {
  std::sort(methods.begin(), methods.end(),
            [](const InterfaceMethod& a, const InterfaceMethod& b) { return a.name < b.name; });
  std::string key = "I";
  bool canonical = true;
  for (const InterfaceMethod& m : methods) {
    key += m.name + " " + ptrKey(m.sig) + ";";
    canonical &= isCanon(m.sig);
  }
  const Type* canon = nullptr;
  if (!canonical) {
    std::vector<InterfaceMethod> cm = methods;
    for (InterfaceMethod& m : cm) m.sig = static_cast<const Signature*>(m.sig->canonical());
    canon = interfaceOf(std::move(cm));
  }
  return intern(std::move(key), std::make_unique<Interface>(std::move(methods)), canon);
}

const Interface* Context::emptyInterface() {
  if (!impl_->emptyInterface) impl_->emptyInterface = interfaceOf({});
  return impl_->emptyInterface;
}

Named* Context::newNamed(TypeName* obj) {
  auto named = std::make_unique<Named>(obj);
  Named* raw = named.get();
  impl_->unique.push_back(std::move(named));
  impl_->named.push_back(raw);
  return raw;
}

Scope* Context::newScope(Scope* parent, Scope::Kind kind) {
  impl_->scopes.push_back(std::make_unique<Scope>(parent, kind));
  return impl_->scopes.back().get();
}

Package* Context::newPackage(std::string path, std::string name) {
  Scope* scope = newScope(universe_, Scope::Kind::Package);
  impl_->packages.push_back(std::make_unique<Package>(std::move(path), std::move(name), scope));
  return impl_->packages.back().get();
}

Package* buildLibraryPackage(Context& ctx, const std::string& path);  // library.cpp

Package* Context::libraryPackage(const std::string& path) {
  auto it = impl_->libraries.find(path);
  if (it != impl_->libraries.end()) return it->second;
  Package* pkg = buildLibraryPackage(*this, path);
  impl_->libraries[path] = pkg;
  return pkg;
}

void Context::canonicalizeObjects(const Package* only) {
  for (Named* n : impl_->named)
    if (n->underlyingType() && (!only || n->obj()->pkg() == only)) n->setUnderlying(n->underlyingType()->canonical());
  for (auto& obj : objects_) {
    if (!obj->type()) continue;
    if (only && obj->pkg() != only) continue;
    if (!obj->pkg() && obj->parent() == universe_) continue;  // byte, rune, any keep their spelling
    obj->setType(obj->type()->canonical());
  }
}

}  // namespace mgo::types
