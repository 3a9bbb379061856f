// type_descriptors.cpp — one constant mgo_type (runtime/abi.h) per Go type used at run time.
//
// Invariants:
//   * Exactly one descriptor per types::Type* (types are interned): pointer equality of two
//     descriptors is type identity, which type switches / assertions rely on.
//   * The global is registered in the cache before its initialiser is built, so recursive types
//     (type node struct { next *node }) terminate.
//   * size/align/offsets come from the module DataLayout (the same one the object is emitted with).
//   * Method tables hold the full method set (promoted methods included, methodSetOf) sorted by
//     name; every entry's `name` is the shared constant methodNameConstant(name), so lookups may
//     compare pointers.
#include <algorithm>

#include "codegen/module_context.h"

namespace mgo::codegen {

using types::Kind;

namespace {

uint8_t runtimeKind(const types::Type* t) {
  switch (under(t)->kind()) {
    case Kind::Bool: case Kind::UntypedBool: return 1;
    case Kind::Int: case Kind::UntypedInt: return 2;
    case Kind::Int8: return 3;
    case Kind::Int16: return 4;
    case Kind::Int32: case Kind::UntypedRune: return 5;
    case Kind::Int64: return 6;
    case Kind::Uint: return 7;
    case Kind::Uint8: return 8;
    case Kind::Uint16: return 9;
    case Kind::Uint32: return 10;
    case Kind::Uint64: return 11;
    case Kind::Uintptr: return 12;
    case Kind::Float32: return 13;
    case Kind::Float64: case Kind::UntypedFloat: return 14;
    case Kind::Complex64: return 15;
    case Kind::Complex128: return 16;
    case Kind::Array: return 17;
    case Kind::Chan: return 18;
    case Kind::Signature: return 19;
    case Kind::Interface: return 20;
    case Kind::Map: return 21;
    case Kind::Pointer: case Kind::UntypedNil: return 22;
    case Kind::Slice: return 23;
    case Kind::String: case Kind::UntypedString: return 24;
    case Kind::Struct: return 25;
    case Kind::UnsafePointer: return 26;
    default: return 0;
  }
}

}  // namespace

llvm::Constant* ModuleContext::methodNameConstant(const std::string& name) {
  auto it = methodNames_.find(name);
  if (it != methodNames_.end()) return it->second;
  llvm::Constant* c = cString(name);
  methodNames_[name] = c;
  return c;
}

llvm::Constant* ModuleContext::typeDescriptor(const types::Type* t) {
  MGO_ASSERT(t != nullptr, "descriptor of null type");
  if (types::isUntyped(t)) t = types::defaultType(t);
  auto it = descriptors_.find(t);
  if (it != descriptors_.end()) return it->second;
  auto* gv = new llvm::GlobalVariable(module, typeDescTy, /*isConstant=*/true,
                                      llvm::GlobalValue::InternalLinkage, nullptr,
                                      "mgo.type." + types::typeString(t, true));
  gv->setAlignment(llvm::Align(8));
  descriptors_[t] = gv;
  gv->setInitializer(buildTypeDescriptor(t, gv));
  return gv;
}

llvm::Constant* ModuleContext::methodTable(const types::Type* t, unsigned& count) {
  count = 0;
  bool pointer = t->kind() == Kind::Pointer;
  std::vector<MethodSetEntry> methods = methodSetOf(t);  // promoted methods included, sorted
  std::vector<llvm::Constant*> entries;
  if (isInterfaceType(t)) {
    // An interface type's own methods, with no code (fn == NULL): never a dynamic type, but
    // errors.As reads them from *target's type to check that a value implements it.
    for (const auto& im : static_cast<const types::Interface*>(under(t))->methods())
      entries.push_back(llvm::ConstantStruct::get(
          methodDescTy, {methodNameConstant(im.name), typeDescriptor(im.sig), llvm::ConstantPointerNull::get(ptr)}));
  }
  if (methods.empty() && entries.empty()) return llvm::ConstantPointerNull::get(ptr);
  for (const MethodSetEntry& e : methods) {
    llvm::Function* fn;
    if (!e.path.empty() || !e.method) fn = promotedMethodWrapper(*this, t, e);
    else if (e.method->decl) fn = methodTableWrapper(e.method, pointer);
    else fn = libraryMethodWrapper(e.method, pointer);
    entries.push_back(llvm::ConstantStruct::get(
        methodDescTy, {methodNameConstant(e.name), typeDescriptor(e.sig), fn}));
  }
  count = static_cast<unsigned>(entries.size());
  auto* arrTy = llvm::ArrayType::get(methodDescTy, entries.size());
  auto* table = new llvm::GlobalVariable(module, arrTy, true, llvm::GlobalValue::InternalLinkage,
                                         llvm::ConstantArray::get(arrTy, entries),
                                         "mgo.methods." + types::typeString(t, true));
  return table;
}

llvm::Constant* ModuleContext::buildTypeDescriptor(const types::Type* t, llvm::GlobalVariable* gv) {
  const types::Type* u = under(t);
  llvm::Constant* null = llvm::ConstantPointerNull::get(ptr);
  uint64_t size = sizeOf(t);
  uint32_t align = static_cast<uint32_t>(alignOf(t));
  uint8_t flags = 0;
  if (!hasPointers(t)) flags |= 1;
  if (t->kind() == Kind::Named) flags |= 2;
  if (types::isComparable(t)) flags |= 4;
  llvm::Constant* elem = null;
  llvm::Constant* key = null;
  uint64_t len = 0;
  llvm::Constant* fields = null;
  uint32_t chanDir = 0;
  llvm::Constant* funcParams = null;
  uint64_t funcResults = 0;
  switch (u->kind()) {
    case Kind::Pointer: elem = typeDescriptor(static_cast<const types::Pointer*>(u)->elem()); break;
    case Kind::Slice: elem = typeDescriptor(static_cast<const types::Slice*>(u)->elem()); break;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      elem = typeDescriptor(a->elem());
      len = static_cast<uint64_t>(a->len());
      break;
    }
    case Kind::Map: {
      auto* m = static_cast<const types::Map*>(u);
      key = typeDescriptor(m->key());
      elem = typeDescriptor(m->elem());
      break;
    }
    case Kind::Chan: {
      auto* c = static_cast<const types::Chan*>(u);
      elem = typeDescriptor(c->elem());
      chanDir = c->dir() == ast::ChanDir::Recv ? 1 : c->dir() == ast::ChanDir::Send ? 2 : 3;
      break;
    }
    case Kind::Struct: {
      auto* st = static_cast<const types::Struct*>(u);
      len = st->fields().size();
      if (len > 0) {
        std::vector<llvm::Constant*> entries;
        for (unsigned i = 0; i < st->fields().size(); ++i) {
          const auto& f = st->fields()[i];
          entries.push_back(llvm::ConstantStruct::get(
              fieldDescTy, {cString(f.name), typeDescriptor(f.type),
                            llvm::ConstantInt::get(i64, fieldOffset(u, i)),
                            llvm::ConstantInt::get(i8, f.embedded ? 1 : 0),
                            llvm::ConstantInt::get(i8, f.exported() ? 1 : 0)}));
        }
        auto* arrTy = llvm::ArrayType::get(fieldDescTy, entries.size());
        fields = new llvm::GlobalVariable(module, arrTy, true, llvm::GlobalValue::InternalLinkage,
                                          llvm::ConstantArray::get(arrTy, entries),
                                          gv->getName() + ".fields");
      }
      break;
    }
    case Kind::Signature: {
      auto* sig = static_cast<const types::Signature*>(u);
      std::vector<llvm::Constant*> entries;
      size_t np = sig->params() ? sig->params()->size() : 0;
      size_t nr = sig->results() ? sig->results()->size() : 0;
      for (size_t i = 0; i < np; ++i) entries.push_back(typeDescriptor(sig->params()->at(i)));
      for (size_t i = 0; i < nr; ++i) entries.push_back(typeDescriptor(sig->results()->at(i)));
      len = np;
      funcResults = nr | (sig->variadic() ? (uint64_t{1} << 63) : 0);
      if (!entries.empty()) {
        auto* arrTy = llvm::ArrayType::get(ptr, entries.size());
        funcParams = new llvm::GlobalVariable(module, arrTy, true, llvm::GlobalValue::InternalLinkage,
                                              llvm::ConstantArray::get(arrTy, entries),
                                              gv->getName() + ".params");
      }
      break;
    }
    default:
      break;
  }
  unsigned nmethods = 0;
  llvm::Constant* methods = methodTable(t, nmethods);
  return llvm::ConstantStruct::get(
      typeDescTy,
      {llvm::ConstantInt::get(i64, size), llvm::ConstantInt::get(i32, align),
       llvm::ConstantInt::get(i8, runtimeKind(t)), llvm::ConstantInt::get(i8, flags),
       llvm::ConstantInt::get(i16, 0), cString(runtimeTypeName(t)), elem, key,
       llvm::ConstantInt::get(i64, len), fields, llvm::ConstantInt::get(i32, chanDir),
       llvm::ConstantInt::get(i32, nmethods), methods, funcParams,
       llvm::ConstantInt::get(i64, funcResults)});
}

}  // namespace mgo::codegen
