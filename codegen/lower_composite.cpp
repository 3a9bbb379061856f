// lower_composite.cpp — composite literals: structs, arrays, slices, maps, and elided &T{...}
// elements of slice/array/map literals.
//
// Invariants:
//   * A struct/array literal is built in a FRESH zeroed temporary (or the fresh heap object of
//     &T{...}), never directly in the assignment's destination, so `s = S{a: s.b}` reads the old s.
//   * Nested literals with elided types are filled in place inside their parent's storage;
//     fillComposite of a slice or map type (from &[]T{...}) stores the literal's value.
//   * Slice literals allocate their backing array with mgo_alloc_array when the site escapes
//     (escape::Result::allocOnHeap), otherwise on the stack; an empty literal is a non-nil empty
//     slice pointing at mgo.zerobase, like Go's runtime.zerobase.
//   * Map literals call mgo_map_make with the element count as hint, then assign in source order.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

llvm::Constant* zeroBase(ModuleContext& m) {
  if (llvm::GlobalVariable* gv = m.module.getGlobalVariable("mgo.zerobase", true)) return gv;
  auto* gv = new llvm::GlobalVariable(m.module, m.i64, false, llvm::GlobalValue::InternalLinkage,
                                      llvm::ConstantInt::get(m.i64, 0), "mgo.zerobase");
  return gv;
}

// Number of elements of an array/slice literal: max index + 1.
int64_t literalLength(const FunctionLowering& f, const ast::CompositeLit* lit) {
  int64_t idx = 0, len = 0;
  for (const ast::Expr* e : lit->elts) {
    if (auto* kv = ast::as<ast::KeyValueExpr>(e)) idx = f.tv(kv->key).value.toInt64();
    ++idx;
    len = std::max(len, idx);
  }
  return len;
}

}  // namespace

RValue FunctionLowering::lowerCompositeLit(const ast::CompositeLit* lit, llvm::Value* into,
                                          const types::Type* type) {
  const types::Type* t = type ? type : typeOf(lit);
  const types::Type* u = under(t);
  switch (u->kind()) {
    case types::Kind::Pointer: {
      // Elided &T{...} inside a slice/array/map literal.
      const types::Type* et = static_cast<const types::Pointer*>(u)->elem();
      llvm::Value* addr = m.escape.allocOnHeap(lit) ? heapAlloc(et) : nullptr;
      if (!addr) {
        addr = tempFor(et, "lit");
        storeZero(addr, et);
      }
      fillComposite(lit, et, addr);
      return RValue{addr, t};
    }
    case types::Kind::Struct:
    case types::Kind::Array: {
      llvm::Value* addr = into;
      if (!addr) {
        addr = tempFor(t, "lit");
        storeZero(addr, t);
      }
      fillComposite(lit, t, addr);
      return RValue{addr, t};
    }
    case types::Kind::Slice: {
      const types::Type* elemT = static_cast<const types::Slice*>(u)->elem();
      int64_t n = literalLength(*this, lit);
      llvm::Value* base;
      if (n == 0) {
        base = zeroBase(m);
      } else if (m.escape.allocOnHeap(lit)) {
        base = b.CreateCall(m.runtime("mgo_alloc_array"), {m.typeDescriptor(elemT), b.getInt64(n)});
      } else {
        auto* arrTy = llvm::ArrayType::get(m.memType(elemT), static_cast<uint64_t>(n));
        llvm::AllocaInst* a = createAlloca(arrTy, "slicelit");
        a->setAlignment(llvm::Align(std::max<uint64_t>(m.alignOf(elemT), 1)));
        b.CreateMemSet(a, b.getInt8(0), m.layout.getTypeAllocSize(arrTy), a->getAlign());
        base = a;
      }
      int64_t idx = 0;
      for (const ast::Expr* e : lit->elts) {
        const ast::Expr* val = e;
        if (auto* kv = ast::as<ast::KeyValueExpr>(e)) {
          idx = tv(kv->key).value.toInt64();
          val = kv->value;
        }
        llvm::Value* slot = b.CreateGEP(m.memType(elemT), base, b.getInt64(idx));
        auto* inner = ast::as<ast::CompositeLit>(unparen(val));
        if (inner && !inner->type && !isKind(elemT, types::Kind::Pointer) && m.isAggregate(elemT)) {
          fillComposite(inner, elemT, slot);
        } else {
          store(convertTo(lowerExpr(val), elemT), slot);
        }
        ++idx;
      }
      llvm::Value* r = llvm::UndefValue::get(m.sliceTy);
      r = b.CreateInsertValue(r, base, {0});
      r = b.CreateInsertValue(r, b.getInt64(n), {1});
      r = b.CreateInsertValue(r, b.getInt64(n), {2});
      return RValue{r, t};
    }
    case types::Kind::Map: {
      auto* mt = static_cast<const types::Map*>(u);
      llvm::Value* mp = b.CreateCall(m.runtime("mgo_map_make"),
                                     {m.typeDescriptor(t), b.getInt64(static_cast<int64_t>(lit->elts.size()))});
      for (const ast::Expr* e : lit->elts) {
        auto* kv = ast::as<ast::KeyValueExpr>(e);
        MGO_ASSERT(kv != nullptr, "map literal element without key");
        llvm::Value* key = materializeKey(kv->key, mt->key());
        RValue v = convertTo(lowerExpr(kv->value), mt->elem());
        llvm::Value* slot = b.CreateCall(m.runtime("mgo_map_assign"), {m.typeDescriptor(t), mp, key});
        store(v, slot);
      }
      return RValue{mp, t};
    }
    default:
      MGO_UNREACHABLE("composite literal of unsupported type");
  }
}

void FunctionLowering::fillComposite(const ast::CompositeLit* lit, const types::Type* t, llvm::Value* addr) {
  const types::Type* u = under(t);
  auto storeElem = [&](const ast::Expr* val, const types::Type* elemT, llvm::Value* slot) {
    auto* inner = ast::as<ast::CompositeLit>(unparen(val));
    if (inner && !inner->type && m.isAggregate(elemT) && !isKind(typeOf(inner), types::Kind::Pointer)) {
      fillComposite(inner, elemT, slot);
      return;
    }
    store(convertTo(lowerExpr(val), elemT), slot);
  };
  if (u->kind() == types::Kind::Struct) {
    auto* st = static_cast<const types::Struct*>(u);
    llvm::Type* sty = m.memType(st);
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      const ast::Expr* e = lit->elts[i];
      int field = static_cast<int>(i);
      const ast::Expr* val = e;
      if (auto* kv = ast::as<ast::KeyValueExpr>(e)) {
        auto* key = ast::as<ast::Ident>(kv->key);
        MGO_ASSERT(key != nullptr, "struct literal key is not a field name");
        field = st->fieldIndex(key->name);
        MGO_ASSERT(field >= 0, "unknown field " + key->name);
        val = kv->value;
      }
      const types::Type* ft = st->fields()[static_cast<size_t>(field)].type;
      storeElem(val, ft, b.CreateStructGEP(sty, addr, static_cast<unsigned>(field)));
    }
    return;
  }
  if (u->kind() == types::Kind::Slice || u->kind() == types::Kind::Map) {
    // &[]T{...} / &map[K]V{...}: the literal's header or map pointer is the pointee.
    store(lowerCompositeLit(lit, nullptr, t), addr);
    return;
  }
  MGO_ASSERT(u->kind() == types::Kind::Array, "fillComposite of a non-struct/array");
  auto* at = static_cast<const types::Array*>(u);
  llvm::Type* ety = m.memType(at->elem());
  int64_t idx = 0;
  for (const ast::Expr* e : lit->elts) {
    const ast::Expr* val = e;
    if (auto* kv = ast::as<ast::KeyValueExpr>(e)) {
      idx = tv(kv->key).value.toInt64();
      val = kv->value;
    }
    storeElem(val, at->elem(), b.CreateGEP(ety, addr, b.getInt64(idx)));
    ++idx;
  }
}

}  // namespace mgo::codegen
