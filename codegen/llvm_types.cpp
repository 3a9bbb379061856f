// llvm_types.cpp — Go types to LLVM types, sizes and offsets (from the module's DataLayout), the
// Go calling convention (FuncABI) and Go's reflect spelling of type names for %T.
//
// Invariants: memType(t) is the layout the runtime sees (abi.h): bool is one byte, strings
// {ptr,i64}, slices {ptr,i64,i64}, interfaces {ptr,ptr}, maps/chans/funcs/pointers a ptr; structs
// are non-packed LLVM structs of their fields' memTypes, which gives C (= Go amd64/arm64) layout.
#include "codegen/module_context.h"

namespace mgo::codegen {

using types::Kind;

const types::Type* under(const types::Type* t) { return t ? t->underlying() : nullptr; }
bool isKind(const types::Type* t, Kind k) { return t && t->underlying()->kind() == k; }

bool isSignedInt(const types::Type* t) {
  switch (under(t)->kind()) {
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::UntypedInt: case Kind::UntypedRune:
      return true;
    default:
      return false;
  }
}
bool isUnsignedInt(const types::Type* t) {
  switch (under(t)->kind()) {
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr:
      return true;
    default:
      return false;
  }
}
bool isFloatType(const types::Type* t) {
  Kind k = under(t)->kind();
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}
bool isStringType(const types::Type* t) {
  Kind k = under(t)->kind();
  return k == Kind::String || k == Kind::UntypedString;
}
bool isInterfaceType(const types::Type* t) { return isKind(t, Kind::Interface); }

llvm::Type* ModuleContext::memType(const types::Type* t) {
  MGO_ASSERT(t != nullptr, "memType of null type");
  auto it = memTypes_.find(t);
  if (it != memTypes_.end()) return it->second;
  llvm::Type* result = computeMemType(t);
  memTypes_[t] = result;
  return result;
}

llvm::Type* ModuleContext::computeMemType(const types::Type* t) {
  switch (t->kind()) {
    case Kind::Bool: case Kind::UntypedBool: return i8;
    case Kind::Int: case Kind::Uint: case Kind::Int64: case Kind::Uint64: case Kind::Uintptr:
    case Kind::UntypedInt:
      return i64;
    case Kind::Int8: case Kind::Uint8: return i8;
    case Kind::Int16: case Kind::Uint16: return i16;
    case Kind::Int32: case Kind::Uint32: case Kind::UntypedRune: return i32;
    case Kind::Float32: return f32;
    case Kind::Float64: case Kind::UntypedFloat: return f64;
    case Kind::Complex64: return llvm::StructType::get(llvm, {f32, f32});
    case Kind::Complex128: return llvm::StructType::get(llvm, {f64, f64});
    case Kind::String: case Kind::UntypedString: return stringTy;
    case Kind::UnsafePointer: case Kind::UntypedNil: case Kind::Pointer: case Kind::Map:
    case Kind::Chan: case Kind::Signature:
      return ptr;
    case Kind::Slice: return sliceTy;
    case Kind::Interface: return efaceTy;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(t);
      return llvm::ArrayType::get(memType(a->elem()), static_cast<uint64_t>(a->len()));
    }
    case Kind::Struct: {
      std::vector<llvm::Type*> fields;
      for (const auto& f : static_cast<const types::Struct*>(t)->fields()) fields.push_back(memType(f.type));
      return llvm::StructType::get(llvm, fields);
    }
    case Kind::Tuple: {
      std::vector<llvm::Type*> fields;
      for (const types::Type* e : static_cast<const types::Tuple*>(t)->types()) fields.push_back(memType(e));
      return llvm::StructType::get(llvm, fields);
    }
    case Kind::Named: return memType(t->underlying());
    case Kind::Invalid: break;
  }
  MGO_UNREACHABLE("memType of an invalid type");
}

llvm::Type* ModuleContext::valueType(const types::Type* t) {
  if (isAggregate(t)) return ptr;
  Kind k = under(t)->kind();
  if (k == Kind::Bool || k == Kind::UntypedBool) return i1;
  return memType(t);
}

bool ModuleContext::isAggregate(const types::Type* t) const {
  Kind k = under(t)->kind();
  return k == Kind::Struct || k == Kind::Array || k == Kind::Tuple || k == Kind::Complex64 ||
         k == Kind::Complex128;
}

uint64_t ModuleContext::sizeOf(const types::Type* t) { return layout.getTypeAllocSize(memType(t)); }
uint64_t ModuleContext::alignOf(const types::Type* t) { return layout.getABITypeAlign(memType(t)).value(); }

uint64_t ModuleContext::fieldOffset(const types::Type* structType, unsigned index) {
  auto* st = llvm::cast<llvm::StructType>(memType(structType));
  return layout.getStructLayout(st)->getElementOffset(index);
}

bool ModuleContext::hasPointers(const types::Type* t) const {
  t = under(t);
  switch (t->kind()) {
    case Kind::String: case Kind::UntypedString: case Kind::UnsafePointer: case Kind::Pointer:
    case Kind::Slice: case Kind::Map: case Kind::Chan: case Kind::Signature: case Kind::Interface:
    case Kind::UntypedNil:
      return true;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(t);
      return a->len() > 0 && hasPointers(a->elem());
    }
    case Kind::Struct:
      for (const auto& f : static_cast<const types::Struct*>(t)->fields())
        if (hasPointers(f.type)) return true;
      return false;
    case Kind::Tuple:
      for (const types::Type* e : static_cast<const types::Tuple*>(t)->types())
        if (hasPointers(e)) return true;
      return false;
    default:
      return false;
  }
}

const FuncABI& ModuleContext::abiOf(const types::Signature* sig, const types::Type* recvType) {
  auto key = std::make_pair(sig, recvType);
  auto it = abis_.find(key);
  if (it != abis_.end()) return it->second;
  FuncABI abi;
  std::vector<llvm::Type*> params{ptr};  // ctx
  std::vector<llvm::Type*> scalarResults;
  const types::Tuple* results = sig->results();
  size_t nres = results ? results->size() : 0;
  for (size_t i = 0; i < nres; ++i) {
    const types::Type* rt = results->at(i);
    if (isAggregate(rt)) {
      abi.resultInMemory.push_back(true);
      abi.resultSlot.push_back(static_cast<int>(abi.numOutParams++));
      params.push_back(ptr);
    } else {
      abi.resultInMemory.push_back(false);
      abi.resultSlot.push_back(static_cast<int>(scalarResults.size()));
      scalarResults.push_back(valueType(rt));
    }
  }
  abi.numScalarResults = static_cast<unsigned>(scalarResults.size());
  if (recvType) {
    abi.hasRecv = true;
    abi.recvArg = static_cast<unsigned>(params.size());
    params.push_back(valueType(recvType));
  }
  abi.firstParamArg = static_cast<unsigned>(params.size());
  if (sig->params())
    for (const types::Type* pt : sig->params()->types()) params.push_back(valueType(pt));
  if (scalarResults.empty()) abi.returnType = voidTy;
  else if (scalarResults.size() == 1) abi.returnType = scalarResults[0];
  else abi.returnType = llvm::StructType::get(llvm, scalarResults);
  abi.type = llvm::FunctionType::get(abi.returnType, params, false);
  return abis_.emplace(key, std::move(abi)).first->second;
}

// ---------------------------------------------------------------------------------------------
// Go's reflect spelling (what %T prints).
// ---------------------------------------------------------------------------------------------
namespace {

std::string quoteTag(const std::string& tag) {
  std::string out = "\"";
  for (char c : tag) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string ModuleContext::runtimeTypeName(const types::Type* t) {
  switch (t->kind()) {
    case Kind::Named: {
      auto* named = static_cast<const types::Named*>(t);
      const types::TypeName* obj = named->obj();
      if (!obj->pkg()) return obj->name();  // error
      return obj->pkg()->name() + "." + obj->name();
    }
    case Kind::Pointer: return "*" + runtimeTypeName(static_cast<const types::Pointer*>(t)->elem());
    case Kind::Slice: return "[]" + runtimeTypeName(static_cast<const types::Slice*>(t)->elem());
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(t);
      return "[" + std::to_string(a->len()) + "]" + runtimeTypeName(a->elem());
    }
    case Kind::Map: {
      auto* m = static_cast<const types::Map*>(t);
      return "map[" + runtimeTypeName(m->key()) + "]" + runtimeTypeName(m->elem());
    }
    case Kind::Chan: {
      auto* c = static_cast<const types::Chan*>(t);
      std::string elem = runtimeTypeName(c->elem());
      if (c->dir() == ast::ChanDir::Recv) return "<-chan " + elem;
      if (c->dir() == ast::ChanDir::Send) return "chan<- " + elem;
      if (c->elem()->kind() == Kind::Chan &&
          static_cast<const types::Chan*>(c->elem())->dir() == ast::ChanDir::Recv)
        return "chan (" + elem + ")";
      return "chan " + elem;
    }
    case Kind::Signature: {
      auto* sig = static_cast<const types::Signature*>(t);
      std::string out = "func(";
      size_t n = sig->params() ? sig->params()->size() : 0;
      for (size_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        const types::Type* p = sig->params()->at(i);
        if (sig->variadic() && i + 1 == n && p->kind() == Kind::Slice)
          out += "..." + runtimeTypeName(static_cast<const types::Slice*>(p)->elem());
        else
          out += runtimeTypeName(p);
      }
      out += ")";
      size_t nr = sig->results() ? sig->results()->size() : 0;
      if (nr == 1) {
        out += " " + runtimeTypeName(sig->results()->at(0));
      } else if (nr > 1) {
        out += " (";
        for (size_t i = 0; i < nr; ++i) {
          if (i) out += ", ";
          out += runtimeTypeName(sig->results()->at(i));
        }
        out += ")";
      }
      return out;
    }
    case Kind::Struct: {
      auto* st = static_cast<const types::Struct*>(t);
      if (st->fields().empty()) return "struct {}";
      std::string out = "struct { ";
      bool first = true;
      for (const auto& f : st->fields()) {
        if (!first) out += "; ";
        first = false;
        if (f.embedded) out += runtimeTypeName(f.type);
        else out += f.name + " " + runtimeTypeName(f.type);
        if (!f.tag.empty()) out += " " + quoteTag(f.tag);
      }
      return out + " }";
    }
    case Kind::Interface: {
      auto* it = static_cast<const types::Interface*>(t);
      if (it->methods().empty()) return "interface {}";
      std::string out = "interface { ";
      bool first = true;
      for (const auto& m : it->methods()) {
        if (!first) out += "; ";
        first = false;
        out += m.name + runtimeTypeName(m.sig).substr(4);  // drop "func"
      }
      return out + " }";
    }
    case Kind::UnsafePointer: return "unsafe.Pointer";
    case Kind::Bool: case Kind::UntypedBool: return "bool";
    case Kind::Int: case Kind::UntypedInt: return "int";
    case Kind::Int8: return "int8";
    case Kind::Int16: return "int16";
    case Kind::Int32: case Kind::UntypedRune: return "int32";
    case Kind::Int64: return "int64";
    case Kind::Uint: return "uint";
    case Kind::Uint8: return "uint8";
    case Kind::Uint16: return "uint16";
    case Kind::Uint32: return "uint32";
    case Kind::Uint64: return "uint64";
    case Kind::Uintptr: return "uintptr";
    case Kind::Float32: return "float32";
    case Kind::Float64: case Kind::UntypedFloat: return "float64";
    case Kind::Complex64: return "complex64";
    case Kind::Complex128: return "complex128";
    case Kind::String: case Kind::UntypedString: return "string";
    default:
      return types::typeString(t, true);
  }
}

}  // namespace mgo::codegen
