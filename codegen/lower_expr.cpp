// lower_expr.cpp — the expression dispatcher, constants, identifiers, selectors (fields through
// embedded paths), index and slice expressions, addressable operands and multi-value forms.
//
// Invariants:
//   * Any expression the checker recorded as a constant is lowered from its ConstValue and final
//     type, never from its sub-expressions.
//   * Aggregate values come back as addresses (see function_lowering.h); field and element access
//     on them is a GEP, so x.f.g[i] never copies the intermediate aggregates.
//   * Every element access is bounds-checked (unsigned compare, cold mgo_panic_index block) and
//     every dereference of a pointer that may be nil is nil-checked; slice expressions check in
//     Go's order (high against cap/len first, then low against high) with Go's panic variants.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

const types::TypeAndValue& FunctionLowering::tv(const ast::Expr* e) const {
  auto it = m.info.types.find(e);
  MGO_ASSERT(it != m.info.types.end(), "expression without type information");
  return it->second;
}

const ast::Expr* FunctionLowering::unparen(const ast::Expr* e) const {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}

RValue FunctionLowering::lowerConstant(const types::ConstValue& value, const types::Type* t) {
  if (types::isUntyped(t)) t = types::defaultType(t);
  const types::Type* u = under(t);
  switch (u->kind()) {
    case types::Kind::Bool: return RValue{b.getInt1(value.boolVal()), t};
    case types::Kind::String: return RValue{m.stringConstant(value.stringVal()), t};
    case types::Kind::Float32: return RValue{llvm::ConstantFP::get(m.f32, value.toFloat32()), t};
    case types::Kind::Float64: return RValue{llvm::ConstantFP::get(m.f64, value.toDouble()), t};
    case types::Kind::Interface: {
      // A constant assigned to an interface keeps its default type; box it.
      const types::Type* dt = nullptr;
      switch (value.kind()) {
        case types::ConstValue::Kind::Bool: dt = m.typeContext.basic(types::Kind::Bool); break;
        case types::ConstValue::Kind::String: dt = m.typeContext.basic(types::Kind::String); break;
        case types::ConstValue::Kind::Int: dt = m.typeContext.basic(types::Kind::Int); break;
        default: dt = m.typeContext.basic(types::Kind::Float64); break;
      }
      return convertTo(lowerConstant(value, dt), t);
    }
    default:
      break;
  }
  if (types::isInteger(u)) {
    auto* ty = llvm::cast<llvm::IntegerType>(m.memType(u));
    uint64_t bits = isUnsignedInt(u) ? value.toUint64() : static_cast<uint64_t>(value.toInt64());
    return RValue{llvm::ConstantInt::get(ty, bits), t};
  }
  MGO_UNREACHABLE("constant of unsupported type " + types::typeString(t));
}

RValue FunctionLowering::lowerExpr(const ast::Expr* e) {
  if (!preEvaluated.empty()) {
    auto it = preEvaluated.find(e);
    if (it != preEvaluated.end()) return it->second.at(0);
  }
  const types::TypeAndValue& t = tv(e);
  if (t.mode == types::Mode::Constant && !t.value.isUnknown()) return lowerConstant(t.value, t.type);
  switch (e->kind) {
    case ast::NodeKind::ParenExpr: return lowerExpr(static_cast<const ast::ParenExpr*>(e)->x);
    case ast::NodeKind::Ident: {
      auto* id = static_cast<const ast::Ident*>(e);
      types::Object* obj = m.info.objectOf(id);
      MGO_ASSERT(obj != nullptr, "unresolved identifier " + id->name);
      switch (obj->kind()) {
        case types::ObjKind::Nil:
          if (types::isUntyped(t.type)) return RValue{llvm::ConstantPointerNull::get(m.ptr), t.type};
          return zeroValue(t.type);
        case types::ObjKind::Var: {
          auto* var = static_cast<const types::Var*>(obj);
          if (var->pkg() && var->pkg()->isLibrary) return lowerLibraryValue(var);
          return load(varAddress(var), var->type());
        }
        case types::ObjKind::Func:
          return RValue{m.funcValue(static_cast<const types::Func*>(obj)), t.type};
        default:
          MGO_UNREACHABLE("identifier kind not lowered: " + id->name);
      }
    }
    case ast::NodeKind::FuncLit: return lowerFuncLit(static_cast<const ast::FuncLit*>(e));
    case ast::NodeKind::CompositeLit: return lowerCompositeLit(static_cast<const ast::CompositeLit*>(e));
    case ast::NodeKind::SelectorExpr: return lowerSelector(static_cast<const ast::SelectorExpr*>(e));
    case ast::NodeKind::IndexExpr: return lowerIndex(static_cast<const ast::IndexExpr*>(e));
    case ast::NodeKind::SliceExpr: return lowerSliceExpr(static_cast<const ast::SliceExpr*>(e));
    case ast::NodeKind::TypeAssertExpr:
      return lowerTypeAssert(static_cast<const ast::TypeAssertExpr*>(e), false, nullptr);
    case ast::NodeKind::CallExpr: {
      std::vector<RValue> results = lowerCall(static_cast<const ast::CallExpr*>(e));
      return results.empty() ? RValue{} : results[0];
    }
    case ast::NodeKind::StarExpr: {
      llvm::Value* p = lowerExpr(static_cast<const ast::StarExpr*>(e)->x).v;
      nilCheck(p);
      return load(p, t.type);
    }
    case ast::NodeKind::UnaryExpr: return lowerUnary(static_cast<const ast::UnaryExpr*>(e));
    case ast::NodeKind::BinaryExpr: return lowerBinary(static_cast<const ast::BinaryExpr*>(e));
    default:
      MGO_UNREACHABLE("expression kind not lowered");
  }
}

std::vector<RValue> FunctionLowering::lowerMulti(const ast::Expr* e, size_t count) {
  if (!preEvaluated.empty()) {
    auto it = preEvaluated.find(e);
    if (it != preEvaluated.end()) return it->second;
  }
  e = unparen(e);
  const types::Type* boolT = m.typeContext.basic(types::Kind::Bool);
  if (auto* call = ast::as<ast::CallExpr>(e)) {
    std::vector<RValue> r = lowerCall(call);
    MGO_ASSERT(r.size() == count, "multi-value call arity");
    return r;
  }
  llvm::Value* ok = nullptr;
  RValue v;
  if (auto* ix = ast::as<ast::IndexExpr>(e)) {
    v = lowerMapIndex(ix, true, &ok);
  } else if (auto* ta = ast::as<ast::TypeAssertExpr>(e)) {
    v = lowerTypeAssert(ta, true, &ok);
  } else if (auto* u = ast::as<ast::UnaryExpr>(e); u && u->op == ast::Op::Arrow) {
    v = lowerRecv(u->x, typeOf(u), true, &ok);
  } else {
    MGO_UNREACHABLE("not a multi-value expression");
  }
  MGO_ASSERT(count == 2, "comma-ok form with wrong arity");
  return {v, RValue{ok, boolT}};
}

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------
llvm::Value* FunctionLowering::fieldAddress(llvm::Value* base, const types::Type* baseType,
                                            const std::vector<int>& path, const types::Type** fieldType) {
  const types::Type* cur = baseType;
  if (isKind(cur, types::Kind::Pointer)) {
    nilCheck(base);
    cur = static_cast<const types::Pointer*>(under(cur))->elem();
  }
  for (size_t i = 0; i < path.size(); ++i) {
    auto* st = static_cast<const types::Struct*>(under(cur));
    MGO_ASSERT(st->kind() == types::Kind::Struct, "field path through a non-struct");
    unsigned idx = static_cast<unsigned>(path[i]);
    base = b.CreateStructGEP(m.memType(st), base, idx);
    cur = st->fields()[idx].type;
    if (i + 1 < path.size() && isKind(cur, types::Kind::Pointer)) {
      base = b.CreateLoad(m.ptr, base);
      nilCheck(base);
      cur = static_cast<const types::Pointer*>(under(cur))->elem();
    }
  }
  *fieldType = cur;
  return base;
}

static llvm::Value* indexToI64(FunctionLowering& f, const RValue& v) {
  llvm::Value* x = v.v;
  if (x->getType() == f.m.i64) return x;
  if (isUnsignedInt(v.type)) return f.b.CreateZExt(x, f.m.i64);
  return f.b.CreateSExt(x, f.m.i64);
}

llvm::Value* FunctionLowering::indexAddress(const ast::IndexExpr* e) {
  const types::Type* xt = typeOf(e->x);
  const types::Type* xu = under(xt);
  if (xu->kind() == types::Kind::Slice) {
    llvm::Value* sl = lowerExpr(e->x).v;
    llvm::Value* i = indexToI64(*this, lowerExpr(e->index));
    llvm::Value* p = b.CreateExtractValue(sl, {0});
    llvm::Value* len = b.CreateExtractValue(sl, {1});
    panicIf(b.CreateICmpUGE(i, len), "mgo_panic_index", {i, len});
    const types::Type* elem = static_cast<const types::Slice*>(xu)->elem();
    return b.CreateGEP(m.memType(elem), p, i);
  }
  llvm::Value* base;
  const types::Array* at;
  if (xu->kind() == types::Kind::Pointer) {
    base = lowerExpr(e->x).v;
    at = static_cast<const types::Array*>(under(static_cast<const types::Pointer*>(xu)->elem()));
    llvm::Value* i = indexToI64(*this, lowerExpr(e->index));
    nilCheck(base);
    llvm::Value* len = b.getInt64(at->len());
    panicIf(b.CreateICmpUGE(i, len), "mgo_panic_index", {i, len});
    return b.CreateGEP(m.memType(at->elem()), base, i);
  }
  MGO_ASSERT(xu->kind() == types::Kind::Array, "index of unsupported type");
  at = static_cast<const types::Array*>(xu);
  base = lowerExpr(e->x).v;
  llvm::Value* i = indexToI64(*this, lowerExpr(e->index));
  llvm::Value* len = b.getInt64(at->len());
  panicIf(b.CreateICmpUGE(i, len), "mgo_panic_index", {i, len});
  return b.CreateGEP(m.memType(at->elem()), base, i);
}

llvm::Value* FunctionLowering::lowerAddress(const ast::Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case ast::NodeKind::Ident: {
      types::Object* obj = m.info.objectOf(static_cast<const ast::Ident*>(e));
      if (obj && obj->kind() == types::ObjKind::Var) return varAddress(static_cast<const types::Var*>(obj));
      break;
    }
    case ast::NodeKind::SelectorExpr: {
      auto* sel = static_cast<const ast::SelectorExpr*>(e);
      auto it = m.info.selections.find(sel);
      if (it != m.info.selections.end() && it->second.kind == types::Selection::Kind::FieldVal) {
        const types::Type* xt = typeOf(sel->x);
        llvm::Value* base = isKind(xt, types::Kind::Pointer) ? lowerExpr(sel->x).v : lowerAddress(sel->x);
        const types::Type* ft = nullptr;
        return fieldAddress(base, xt, it->second.path, &ft);
      }
      break;
    }
    case ast::NodeKind::IndexExpr: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      const types::Type* xt = typeOf(ix->x);
      if (isKind(xt, types::Kind::Array)) {
        // Address of an element of an addressable array: index into the array's own storage.
        auto* at = static_cast<const types::Array*>(under(xt));
        llvm::Value* base = lowerAddress(ix->x);
        llvm::Value* i = indexToI64(*this, lowerExpr(ix->index));
        llvm::Value* len = b.getInt64(at->len());
        panicIf(b.CreateICmpUGE(i, len), "mgo_panic_index", {i, len});
        return b.CreateGEP(m.memType(at->elem()), base, i);
      }
      if (!isKind(xt, types::Kind::Map) && !isStringType(xt)) return indexAddress(ix);
      break;
    }
    case ast::NodeKind::StarExpr: {
      llvm::Value* p = lowerExpr(static_cast<const ast::StarExpr*>(e)->x).v;
      nilCheck(p);
      return p;
    }
    default:
      break;
  }
  // Not addressable in Go terms (a call result, a composite literal, a map element): materialise.
  RValue v = lowerExpr(e);
  if (m.isAggregate(v.type)) return copyToTemp(v).v;
  llvm::Value* tmp = tempFor(v.type, "addr.tmp");
  store(v, tmp);
  return tmp;
}

// ---------------------------------------------------------------------------------------------
// Selectors, index and slice expressions
// ---------------------------------------------------------------------------------------------
RValue FunctionLowering::lowerSelector(const ast::SelectorExpr* e) {
  auto it = m.info.selections.find(e);
  if (it == m.info.selections.end()) {
    // Package-qualified identifier (constants were handled by the caller).
    types::Object* obj = m.info.objectOf(e->sel);
    MGO_ASSERT(obj != nullptr, "unresolved qualified identifier " + e->sel->name);
    if (obj->kind() == types::ObjKind::Var) {
      auto* var = static_cast<const types::Var*>(obj);
      if (var->pkg() && var->pkg()->isLibrary) return lowerLibraryValue(var);
      return load(varAddress(var), var->type());
    }
    if (obj->kind() == types::ObjKind::Func) {
      return RValue{m.funcValue(static_cast<const types::Func*>(obj)), typeOf(e)};
    }
    MGO_UNREACHABLE("qualified identifier kind not lowered: " + e->sel->name);
  }
  const types::Selection& s = it->second;
  switch (s.kind) {
    case types::Selection::Kind::FieldVal: {
      const types::Type* xt = typeOf(e->x);
      llvm::Value* base = lowerExpr(e->x).v;
      const types::Type* ft = nullptr;
      llvm::Value* addr = fieldAddress(base, xt, s.path, &ft);
      return load(addr, ft);
    }
    case types::Selection::Kind::MethodVal:
    case types::Selection::Kind::MethodExpr:
      return lowerMethodValue(e, s);
  }
  MGO_UNREACHABLE("selector kind");
}

RValue FunctionLowering::lowerIndex(const ast::IndexExpr* e) {
  const types::Type* xt = typeOf(e->x);
  if (isKind(xt, types::Kind::Map)) return lowerMapIndex(e, false, nullptr);
  if (isStringType(xt)) {
    llvm::Value* s = lowerExpr(e->x).v;
    llvm::Value* i = indexToI64(*this, lowerExpr(e->index));
    llvm::Value* len = b.CreateExtractValue(s, {1});
    panicIf(b.CreateICmpUGE(i, len), "mgo_panic_index", {i, len});
    llvm::Value* p = b.CreateGEP(m.i8, b.CreateExtractValue(s, {0}), i);
    return RValue{b.CreateLoad(m.i8, p), typeOf(e)};
  }
  return load(indexAddress(e), typeOf(e));
}

llvm::Value* FunctionLowering::materializeKey(const ast::Expr* keyExpr, const types::Type* keyType) {
  RValue k = convertTo(lowerExpr(keyExpr), keyType);
  llvm::Value* tmp = tempFor(keyType, "key");
  store(k, tmp);
  return tmp;
}

RValue FunctionLowering::lowerMapIndex(const ast::IndexExpr* e, bool commaOk, llvm::Value** okOut) {
  const types::Type* mt = typeOf(e->x);
  auto* mu = static_cast<const types::Map*>(under(mt));
  llvm::Value* mapv = lowerExpr(e->x).v;
  llvm::Value* key = materializeKey(e->index, mu->key());
  llvm::Value* slot;
  if (commaOk) {
    llvm::Value* okSlot = createAlloca(m.i8, "map.ok");
    slot = b.CreateCall(m.runtime("mgo_map_access2"), {m.typeDescriptor(mt), mapv, key, okSlot});
    *okOut = b.CreateTrunc(b.CreateLoad(m.i8, okSlot), m.i1);
  } else {
    slot = b.CreateCall(m.runtime("mgo_map_access"), {m.typeDescriptor(mt), mapv, key});
  }
  return copyToTemp(load(slot, mu->elem()));
}

RValue FunctionLowering::lowerSliceExpr(const ast::SliceExpr* e) {
  const types::Type* xt = typeOf(e->x);
  const types::Type* xu = under(xt);
  const types::Type* resultT = typeOf(e);
  auto idx = [&](const ast::Expr* x, llvm::Value* dflt) -> llvm::Value* {
    return x ? indexToI64(*this, lowerExpr(x)) : dflt;
  };
  if (isStringType(xt)) {
    llvm::Value* s = lowerExpr(e->x).v;
    llvm::Value* p = b.CreateExtractValue(s, {0});
    llvm::Value* len = b.CreateExtractValue(s, {1});
    llvm::Value* lo = idx(e->low, b.getInt64(0));
    llvm::Value* hi = idx(e->high, len);
    panicIf(b.CreateICmpUGT(hi, len), "mgo_panic_slice_alen", {hi, len});
    panicIf(b.CreateICmpUGT(lo, hi), "mgo_panic_slice_b", {lo, hi});
    llvm::Value* np = b.CreateGEP(m.i8, p, lo);
    llvm::Value* nl = b.CreateSub(hi, lo);
    np = b.CreateSelect(b.CreateICmpEQ(nl, b.getInt64(0)), p, np);
    llvm::Value* r = llvm::UndefValue::get(m.stringTy);
    r = b.CreateInsertValue(r, np, {0});
    r = b.CreateInsertValue(r, nl, {1});
    return RValue{r, resultT};
  }
  llvm::Value* base;
  llvm::Value* len;
  llvm::Value* cap;
  const types::Type* elemT;
  bool isSlice = xu->kind() == types::Kind::Slice;
  if (isSlice) {
    llvm::Value* sl = lowerExpr(e->x).v;
    base = b.CreateExtractValue(sl, {0});
    len = b.CreateExtractValue(sl, {1});
    cap = b.CreateExtractValue(sl, {2});
    elemT = static_cast<const types::Slice*>(xu)->elem();
  } else {
    const types::Array* at;
    if (xu->kind() == types::Kind::Pointer) {
      base = lowerExpr(e->x).v;
      at = static_cast<const types::Array*>(under(static_cast<const types::Pointer*>(xu)->elem()));
      nilCheck(base);
    } else {
      base = lowerAddress(e->x);
      at = static_cast<const types::Array*>(xu);
    }
    len = cap = b.getInt64(at->len());
    elemT = at->elem();
  }
  llvm::Value* lo = idx(e->low, b.getInt64(0));
  llvm::Value* hi;
  llvm::Value* max;
  if (e->slice3) {
    hi = idx(e->high, nullptr);
    max = idx(e->max, nullptr);
    panicIf(b.CreateICmpUGT(max, cap), isSlice ? "mgo_panic_slice3_acap" : "mgo_panic_slice3_alen", {max, cap});
    panicIf(b.CreateICmpUGT(hi, max), "mgo_panic_slice3_b", {hi, max});
    panicIf(b.CreateICmpUGT(lo, hi), "mgo_panic_slice3_c", {lo, hi});
  } else {
    hi = idx(e->high, len);
    max = cap;
    if (e->high) panicIf(b.CreateICmpUGT(hi, cap), isSlice ? "mgo_panic_slice_acap" : "mgo_panic_slice_alen", {hi, cap});
    panicIf(b.CreateICmpUGT(lo, hi), "mgo_panic_slice_b", {lo, hi});
  }
  llvm::Value* nl = b.CreateSub(hi, lo);
  llvm::Value* nc = b.CreateSub(max, lo);
  llvm::Value* np = b.CreateGEP(m.memType(elemT), base, lo);
  np = b.CreateSelect(b.CreateICmpEQ(nc, b.getInt64(0)), base, np);
  llvm::Value* r = llvm::UndefValue::get(m.sliceTy);
  r = b.CreateInsertValue(r, np, {0});
  r = b.CreateInsertValue(r, nl, {1});
  r = b.CreateInsertValue(r, nc, {2});
  return RValue{r, resultT};
}

}  // namespace mgo::codegen
