// lower_convert.cpp — implicit conversions (assignability: nil, interface boxing, identical
// underlying types), explicit conversions T(x), interface boxing, type assertions and the dynamic
// type tests shared with type switches.
//
// Invariants:
//   * An interface value is {type descriptor*, data*}; data ALWAYS points to a copy of the value
//     (heap by default; stack slots only where the consumer provably does not retain it, e.g. fmt
//     arguments and panic values). Boxed copies are never written again, so unboxing may return
//     the address inside the box.
//   * Interface-to-interface conversion keeps the pair unchanged (same representation).
//   * Float -> integer conversions never produce poison (llvm.fpto[su]i.sat).
//   * A failed x.(T) panics with Go's message "interface conversion: I is D, not T".
#include <llvm/IR/Intrinsics.h>

#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

llvm::Constant* zeroBaseFor(ModuleContext& m) {
  if (llvm::GlobalVariable* gv = m.module.getGlobalVariable("mgo.zerobase", true)) return gv;
  return new llvm::GlobalVariable(m.module, m.i64, false, llvm::GlobalValue::InternalLinkage,
                                  llvm::ConstantInt::get(m.i64, 0), "mgo.zerobase");
}

// i1 mgo.implements(ptr dyntype, ptr names, i64 n): every name is in dyntype's method table.
llvm::Function* implementsHelper(ModuleContext& m) {
  if (llvm::Function* f = m.module.getFunction("mgo.implements")) return f;
  auto* fnTy = llvm::FunctionType::get(m.i1, {m.ptr, m.ptr, m.i64}, false);
  auto* fn = llvm::Function::Create(fnTy, llvm::GlobalValue::InternalLinkage, "mgo.implements", m.module);
  m.addCommonAttributes(fn);
  llvm::IRBuilder<> b(m.llvm);
  auto* entry = llvm::BasicBlock::Create(m.llvm, "entry", fn);
  auto* outer = llvm::BasicBlock::Create(m.llvm, "outer", fn);
  auto* outerBody = llvm::BasicBlock::Create(m.llvm, "outer.body", fn);
  auto* inner = llvm::BasicBlock::Create(m.llvm, "inner", fn);
  auto* innerBody = llvm::BasicBlock::Create(m.llvm, "inner.body", fn);
  auto* innerNext = llvm::BasicBlock::Create(m.llvm, "inner.next", fn);
  auto* found = llvm::BasicBlock::Create(m.llvm, "found", fn);
  auto* yes = llvm::BasicBlock::Create(m.llvm, "yes", fn);
  auto* no = llvm::BasicBlock::Create(m.llvm, "no", fn);
  b.SetInsertPoint(entry);
  llvm::Value* type = fn->getArg(0);
  llvm::Value* names = fn->getArg(1);
  llvm::Value* n = fn->getArg(2);
  auto* nonNull = llvm::BasicBlock::Create(m.llvm, "nonnull", fn);
  b.CreateCondBr(b.CreateIsNull(type), no, nonNull);
  b.SetInsertPoint(nonNull);
  llvm::Value* count = b.CreateZExt(b.CreateLoad(m.i32, b.CreateStructGEP(m.typeDescTy, type, 11)), m.i64);
  llvm::Value* methods = b.CreateLoad(m.ptr, b.CreateStructGEP(m.typeDescTy, type, 12));
  b.CreateBr(outer);
  b.SetInsertPoint(outer);
  llvm::PHINode* i = b.CreatePHI(m.i64, 2);
  i->addIncoming(b.getInt64(0), nonNull);
  b.CreateCondBr(b.CreateICmpULT(i, n), outerBody, yes);
  b.SetInsertPoint(outerBody);
  llvm::Value* want = b.CreateLoad(m.ptr, b.CreateGEP(m.ptr, names, i));
  b.CreateBr(inner);
  b.SetInsertPoint(inner);
  llvm::PHINode* j = b.CreatePHI(m.i64, 2);
  j->addIncoming(b.getInt64(0), outerBody);
  b.CreateCondBr(b.CreateICmpULT(j, count), innerBody, no);
  b.SetInsertPoint(innerBody);
  llvm::Value* entryName = b.CreateLoad(m.ptr, b.CreateStructGEP(m.methodDescTy, b.CreateGEP(m.methodDescTy, methods, j), 0));
  b.CreateCondBr(b.CreateICmpEQ(entryName, want), found, innerNext);
  b.SetInsertPoint(innerNext);
  j->addIncoming(b.CreateAdd(j, b.getInt64(1)), innerNext);
  b.CreateBr(inner);
  b.SetInsertPoint(found);
  i->addIncoming(b.CreateAdd(i, b.getInt64(1)), found);
  b.CreateBr(outer);
  b.SetInsertPoint(yes);
  b.CreateRet(b.getInt1(true));
  b.SetInsertPoint(no);
  b.CreateRet(b.getInt1(false));
  return fn;
}

// noreturn void mgo.panic_assert(ptr dyntype, ptr prefix, i64 prefixlen, ptr suffix, i64 suffixlen)
// panics with a *runtime.TypeAssertionError: prefix + name(dyntype) + suffix ("nil" for a nil dyntype).
llvm::Function* assertPanicHelper(ModuleContext& m) {
  if (llvm::Function* f = m.module.getFunction("mgo.panic_assert")) return f;
  auto* fnTy = llvm::FunctionType::get(m.voidTy, {m.ptr, m.ptr, m.i64, m.ptr, m.i64}, false);
  auto* fn = llvm::Function::Create(fnTy, llvm::GlobalValue::InternalLinkage, "mgo.panic_assert", m.module);
  m.addCommonAttributes(fn);
  fn->addFnAttr(llvm::Attribute::NoReturn);
  fn->addFnAttr(llvm::Attribute::Cold);
  fn->addFnAttr(llvm::Attribute::NoInline);
  llvm::IRBuilder<> b(m.llvm);
  b.SetInsertPoint(llvm::BasicBlock::Create(m.llvm, "entry", fn));
  llvm::Value* type = fn->getArg(0);
  // Load the name from a descriptor, or from a cell holding "nil" for a nil dyntype (a select of
  // two loads would dereference the nil descriptor).
  auto* nilNameCell = new llvm::GlobalVariable(m.module, m.ptr, true, llvm::GlobalValue::PrivateLinkage,
                                               m.cString("nil"), "mgo.nil_type_name");
  llvm::Value* nameAddr = b.CreateSelect(b.CreateIsNull(type), nilNameCell, b.CreateStructGEP(m.typeDescTy, type, 5));
  llvm::Value* namePtr = b.CreateLoad(m.ptr, nameAddr);
  llvm::Value* nameLen = b.CreateCall(m.runtime("strlen"), {namePtr});
  auto* arrTy = llvm::ArrayType::get(m.stringTy, 3);
  llvm::Value* parts = b.CreateAlloca(arrTy);
  auto put = [&](unsigned i, llvm::Value* p, llvm::Value* n) {
    llvm::Value* s = llvm::UndefValue::get(m.stringTy);
    s = b.CreateInsertValue(s, p, {0});
    s = b.CreateInsertValue(s, n, {1});
    b.CreateStore(s, b.CreateConstGEP2_32(arrTy, parts, 0, i));
  };
  put(0, fn->getArg(1), fn->getArg(2));
  put(1, namePtr, nameLen);
  put(2, fn->getArg(3), fn->getArg(4));
  llvm::Value* msg = b.CreateCall(m.runtime("mgo_string_concat"), {parts, b.getInt64(3)});
  // A *runtime.TypeAssertionError with this message (runtime/runtime_errors.cpp).
  llvm::FunctionCallee panicAssert = m.module.getOrInsertFunction(
      "mgo_panic_type_assert", llvm::FunctionType::get(m.voidTy, {m.ptr, m.i64}, false));
  b.CreateCall(panicAssert, {b.CreateExtractValue(msg, {0}), b.CreateExtractValue(msg, {1})})->setDoesNotReturn();
  b.CreateUnreachable();
  return fn;
}

}  // namespace

RValue FunctionLowering::box(const RValue& value, const types::Type* ifaceType, bool onStack) {
  const types::Type* t = value.type;
  if (t->kind() == types::Kind::UntypedNil) return RValue{llvm::Constant::getNullValue(m.efaceTy), ifaceType};
  if (types::isUntyped(t)) t = types::defaultType(t);
  llvm::Value* data;
  if (m.sizeOf(t) == 0) {
    data = zeroBaseFor(m);
  } else if (onStack) {
    data = tempFor(t, "box");
    store(RValue{value.v, t}, data);
  } else {
    data = heapAlloc(t);
    store(RValue{value.v, t}, data);
  }
  llvm::Value* e = llvm::UndefValue::get(m.efaceTy);
  e = b.CreateInsertValue(e, m.typeDescriptor(t), {0});
  e = b.CreateInsertValue(e, data, {1});
  return RValue{e, ifaceType};
}

RValue FunctionLowering::convertTo(const RValue& value, const types::Type* target) {
  MGO_ASSERT(value.valid(), "conversion of a missing value");
  if (value.type == target || !target) return value;
  if (value.type->kind() == types::Kind::UntypedNil) return zeroValue(target);
  if (isInterfaceType(target)) {
    if (isInterfaceType(value.type)) return RValue{value.v, target};
    return box(value, target, /*onStack=*/false);
  }
  return RValue{value.v, target};
}

RValue FunctionLowering::lowerConversion(const ast::CallExpr* call, const types::Type* target) {
  return convertExplicit(lowerExpr(call->args[0]), target);
}

RValue FunctionLowering::convertExplicit(const RValue& v, const types::Type* target) {
  if (isInterfaceType(target) || v.type->kind() == types::Kind::UntypedNil) return convertTo(v, target);
  const types::Type* from = under(v.type);
  const types::Type* to = under(target);
  bool fromInt = types::isInteger(from), toInt = types::isInteger(to);
  bool fromFloat = isFloatType(from), toFloat = isFloatType(to);
  if ((fromInt || fromFloat) && (toInt || toFloat)) {
    llvm::Type* dstTy = m.valueType(target);
    if (fromInt && toInt) {
      return RValue{isUnsignedInt(from) ? b.CreateZExtOrTrunc(v.v, dstTy) : b.CreateSExtOrTrunc(v.v, dstTy), target};
    }
    if (fromInt && toFloat)
      return RValue{isUnsignedInt(from) ? b.CreateUIToFP(v.v, dstTy) : b.CreateSIToFP(v.v, dstTy), target};
    if (fromFloat && toFloat) return RValue{b.CreateFPCast(v.v, dstTy), target};
    auto id = isUnsignedInt(to) ? llvm::Intrinsic::fptoui_sat : llvm::Intrinsic::fptosi_sat;
    return RValue{b.CreateCall(m.intrinsic(id, {dstTy, v.v->getType()}), {v.v}), target};
  }
  if (isStringType(to)) {
    if (fromInt) {
      llvm::Value* r = isUnsignedInt(from) ? b.CreateZExt(v.v, m.i64) : b.CreateSExtOrTrunc(v.v, m.i64);
      if (isUnsignedInt(from) && v.v->getType() == m.i64) r = v.v;
      return RValue{b.CreateCall(m.runtime("mgo_string_from_rune"), {r}), target};
    }
    if (from->kind() == types::Kind::Slice) {
      const types::Type* elem = under(static_cast<const types::Slice*>(from)->elem());
      const char* fn = elem->kind() == types::Kind::Int32 ? "mgo_string_from_runes" : "mgo_string_from_bytes";
      llvm::Value* r = b.CreateCall(m.runtime(fn), {b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1}),
                                                    b.CreateExtractValue(v.v, {2})});
      return RValue{r, target};
    }
    return RValue{v.v, target};
  }
  if (to->kind() == types::Kind::Slice && isStringType(from)) {
    const types::Type* elem = under(static_cast<const types::Slice*>(to)->elem());
    const char* fn = elem->kind() == types::Kind::Int32 ? "mgo_runes_from_string" : "mgo_bytes_from_string";
    llvm::Value* out = createAlloca(m.sliceTy, "conv");
    b.CreateCall(m.runtime(fn), {out, b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1})});
    return RValue{b.CreateLoad(m.sliceTy, out), target};
  }
  // Identical underlying types (or pointer <-> unsafe.Pointer): same representation.
  return RValue{v.v, target};
}

llvm::Value* FunctionLowering::typeMatches(llvm::Value* dynType, const types::Type* target) {
  if (!isInterfaceType(target)) return b.CreateICmpEQ(dynType, m.typeDescriptor(target));
  auto* it = static_cast<const types::Interface*>(under(target));
  if (it->methods().empty()) return b.CreateIsNotNull(dynType);
  std::vector<llvm::Constant*> names;
  for (const auto& method : it->methods()) names.push_back(m.methodNameConstant(method.name));
  auto* arrTy = llvm::ArrayType::get(m.ptr, names.size());
  auto* gv = new llvm::GlobalVariable(m.module, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                      llvm::ConstantArray::get(arrTy, names), "iface.names");
  return b.CreateCall(implementsHelper(m), {dynType, gv, b.getInt64(static_cast<int64_t>(names.size()))});
}

RValue FunctionLowering::unboxAs(llvm::Value* data, const types::Type* t) { return load(data, t); }

RValue FunctionLowering::lowerTypeAssert(const ast::TypeAssertExpr* e, bool commaOk, llvm::Value** okOut) {
  RValue x = lowerExpr(e->x);
  const types::Type* target = tv(e->type).type;
  llvm::Value* dynType = b.CreateExtractValue(x.v, {0});
  llvm::Value* data = b.CreateExtractValue(x.v, {1});
  llvm::Value* ok = typeMatches(dynType, target);
  bool toIface = isInterfaceType(target);
  if (!commaOk) {
    llvm::BasicBlock* fail = newBlock("assert.fail");
    llvm::BasicBlock* cont = newBlock("assert.ok");
    b.CreateCondBr(ok, cont, fail);
    b.SetInsertPoint(fail);
    std::string prefix = "interface conversion: " + m.runtimeTypeName(x.type) + " is ";
    std::string suffix = ", not " + m.runtimeTypeName(target);
    if (toIface) {
      auto* it = static_cast<const types::Interface*>(under(target));
      suffix = " is not " + m.runtimeTypeName(target) + ": missing method " +
               (it->methods().empty() ? std::string() : it->methods()[0].name);
      prefix = "interface conversion: ";
    }
    llvm::Constant* p = m.stringConstant(prefix);
    llvm::Constant* s = m.stringConstant(suffix);
    llvm::CallInst* ci = b.CreateCall(assertPanicHelper(m),
                                      {dynType, p->getAggregateElement(0u), p->getAggregateElement(1u),
                                       s->getAggregateElement(0u), s->getAggregateElement(1u)});
    ci->setDoesNotReturn();
    b.CreateUnreachable();
    b.SetInsertPoint(cont);
    if (toIface) return RValue{x.v, target};
    return unboxAs(data, target);
  }
  *okOut = ok;
  if (toIface) {
    llvm::Value* zero = llvm::Constant::getNullValue(m.efaceTy);
    return RValue{b.CreateSelect(ok, x.v, zero), target};
  }
  if (m.isAggregate(target)) {
    llvm::Value* result = tempFor(target, "assert");
    llvm::BasicBlock* yes = newBlock("assert.yes");
    llvm::BasicBlock* no = newBlock("assert.no");
    llvm::BasicBlock* done = newBlock("assert.done");
    b.CreateCondBr(ok, yes, no);
    b.SetInsertPoint(yes);
    memCopy(result, data, target);
    b.CreateBr(done);
    b.SetInsertPoint(no);
    storeZero(result, target);
    b.CreateBr(done);
    b.SetInsertPoint(done);
    return RValue{result, target};
  }
  llvm::BasicBlock* from = b.GetInsertBlock();
  llvm::BasicBlock* yes = newBlock("assert.yes");
  llvm::BasicBlock* done = newBlock("assert.done");
  b.CreateCondBr(ok, yes, done);
  b.SetInsertPoint(yes);
  RValue v = unboxAs(data, target);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(v.v->getType(), 2);
  phi->addIncoming(llvm::Constant::getNullValue(v.v->getType()), from);
  phi->addIncoming(v.v, yes);
  return RValue{phi, target};
}

}  // namespace mgo::codegen
