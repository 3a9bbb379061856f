// lower_builtin.cpp — the predeclared functions: len, cap, append, copy, delete, make, new, panic,
// print, println, recover, close.
//
// Invariants:
//   * append grows through mgo_growslice (Go 1.19's growth policy) only when the new length exceeds
//     the capacity; otherwise it writes in place. Appended slices are moved with memmove (source
//     and destination may overlap: append(s[:1], s[2:]...)).
//   * make/new allocate through the runtime when escape::Result::allocOnHeap(site) (always, for
//     make of slices/maps/chans); new(T) may use a zeroed stack slot when the site does not escape.
//   * print/println write to stderr under mgo_print_lock so one call's output is contiguous.
#include <llvm/IR/MDBuilder.h>

#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

llvm::Value* toI64(FunctionLowering& f, const RValue& v) {
  if (v.v->getType() == f.m.i64) return v.v;
  if (isUnsignedInt(v.type)) return f.b.CreateZExt(v.v, f.m.i64);
  return f.b.CreateSExt(v.v, f.m.i64);
}

}  // namespace

RValue FunctionLowering::lenOf(const RValue& v) {
  const types::Type* intT = m.typeContext.basic(types::Kind::Int);
  const types::Type* u = under(v.type);
  switch (u->kind()) {
    case types::Kind::String: case types::Kind::UntypedString: case types::Kind::Slice:
      return RValue{b.CreateExtractValue(v.v, {1}), intT};
    case types::Kind::Array:
      return RValue{b.getInt64(static_cast<const types::Array*>(u)->len()), intT};
    case types::Kind::Pointer:
      return RValue{b.getInt64(static_cast<const types::Array*>(under(static_cast<const types::Pointer*>(u)->elem()))->len()), intT};
    case types::Kind::Map: return RValue{b.CreateCall(m.runtime("mgo_map_len"), {v.v}), intT};
    case types::Kind::Chan: return RValue{b.CreateCall(m.runtime("mgo_chan_len"), {v.v}), intT};
    default: MGO_UNREACHABLE("len of unsupported type");
  }
}

llvm::Value* FunctionLowering::growSlice(llvm::Value* slice, const types::Type* sliceType, llvm::Value* newLen) {
  const types::Type* elemT = static_cast<const types::Slice*>(under(sliceType))->elem();
  llvm::Value* p = b.CreateExtractValue(slice, {0});
  llvm::Value* len = b.CreateExtractValue(slice, {1});
  llvm::Value* cap = b.CreateExtractValue(slice, {2});
  llvm::BasicBlock* from = b.GetInsertBlock();
  llvm::BasicBlock* growBB = newBlock("append.grow");
  llvm::BasicBlock* doneBB = newBlock("append.done");
  b.CreateCondBr(b.CreateICmpUGT(newLen, cap), growBB, doneBB,
                 llvm::MDBuilder(m.llvm).createBranchWeights(1, 64));
  b.SetInsertPoint(growBB);
  llvm::Value* out = createAlloca(m.sliceTy, "grown");
  b.CreateCall(m.runtime("mgo_growslice"), {out, m.typeDescriptor(elemT), p, len, cap, newLen});
  llvm::Value* grown = b.CreateLoad(m.sliceTy, out);
  llvm::BasicBlock* growEnd = b.GetInsertBlock();
  b.CreateBr(doneBB);
  b.SetInsertPoint(doneBB);
  llvm::PHINode* phi = b.CreatePHI(m.sliceTy, 2, "appended");
  phi->addIncoming(slice, from);
  phi->addIncoming(grown, growEnd);
  llvm::Value* r = b.CreateInsertValue(phi, newLen, {1});
  return r;
}

RValue FunctionLowering::appendValues(const RValue& slice, const std::vector<RValue>& values) {
  if (values.empty()) return slice;
  const types::Type* elemT = static_cast<const types::Slice*>(under(slice.type))->elem();
  std::vector<RValue> vals;
  for (const RValue& v : values) vals.push_back(copyToTemp(convertTo(v, elemT)));
  llvm::Value* len = b.CreateExtractValue(slice.v, {1});
  llvm::Value* newLen = b.CreateAdd(len, b.getInt64(static_cast<int64_t>(vals.size())));
  llvm::Value* r = growSlice(slice.v, slice.type, newLen);
  llvm::Value* p = b.CreateExtractValue(r, {0});
  for (size_t i = 0; i < vals.size(); ++i) {
    llvm::Value* idx = b.CreateAdd(len, b.getInt64(static_cast<int64_t>(i)));
    store(vals[i], b.CreateGEP(m.memType(elemT), p, idx));
  }
  return RValue{r, slice.type};
}

RValue FunctionLowering::appendSlice(const RValue& slice, const RValue& other) {
  const types::Type* elemT = static_cast<const types::Slice*>(under(slice.type))->elem();
  uint64_t esize = m.sizeOf(elemT);
  llvm::Value* len = b.CreateExtractValue(slice.v, {1});
  llvm::Value* srcPtr = b.CreateExtractValue(other.v, {0});
  llvm::Value* srcLen = b.CreateExtractValue(other.v, {1});
  llvm::Value* newLen = b.CreateAdd(len, srcLen);
  llvm::Value* r = growSlice(slice.v, slice.type, newLen);
  llvm::Value* p = b.CreateExtractValue(r, {0});
  llvm::Value* dst = b.CreateGEP(m.memType(elemT), p, len);
  if (esize > 0) {
    llvm::Value* bytes = b.CreateMul(srcLen, b.getInt64(static_cast<int64_t>(esize)));
    b.CreateMemMove(dst, llvm::MaybeAlign(1), srcPtr, llvm::MaybeAlign(1), bytes);
  }
  return RValue{r, slice.type};
}

std::vector<RValue> FunctionLowering::lowerBuiltinCall(const ast::CallExpr* call, types::BuiltinId id) {
  const types::Type* resultT = tv(call).type;
  const types::Type* intT = m.typeContext.basic(types::Kind::Int);
  auto arg = [&](size_t i) { return lowerExpr(call->args[i]); };
  switch (id) {
    case types::BuiltinId::Len: return {lenOf(arg(0))};
    case types::BuiltinId::Cap: {
      RValue v = arg(0);
      const types::Type* u = under(v.type);
      if (u->kind() == types::Kind::Slice) return {RValue{b.CreateExtractValue(v.v, {2}), intT}};
      if (u->kind() == types::Kind::Chan) return {RValue{b.CreateCall(m.runtime("mgo_chan_cap"), {v.v}), intT}};
      return {lenOf(v)};
    }
    case types::BuiltinId::Append: {
      RValue s = convertTo(arg(0), resultT);
      if (call->hasEllipsis) return {appendSlice(s, arg(1))};
      std::vector<RValue> vals;
      for (size_t i = 1; i < call->args.size(); ++i) vals.push_back(arg(i));
      return {appendValues(s, vals)};
    }
    case types::BuiltinId::Copy: {
      RValue dst = arg(0);
      RValue src = arg(1);
      const types::Type* elemT = static_cast<const types::Slice*>(under(dst.type))->elem();
      llvm::Value* n = b.CreateCall(m.runtime("mgo_slice_copy"),
                                    {b.CreateExtractValue(dst.v, {0}), b.CreateExtractValue(dst.v, {1}),
                                     b.CreateExtractValue(src.v, {0}), b.CreateExtractValue(src.v, {1}),
                                     b.getInt64(static_cast<int64_t>(m.sizeOf(elemT)))});
      return {RValue{n, intT}};
    }
    case types::BuiltinId::Delete: {
      RValue mp = arg(0);
      auto* mt = static_cast<const types::Map*>(under(mp.type));
      llvm::Value* key = materializeKey(call->args[1], mt->key());
      b.CreateCall(m.runtime("mgo_map_delete"), {m.typeDescriptor(mp.type), mp.v, key});
      return {};
    }
    case types::BuiltinId::Make: {
      const types::Type* t = tv(call->args[0]).type;
      const types::Type* u = under(t);
      if (u->kind() == types::Kind::Slice) {
        llvm::Value* len = toI64(*this, arg(1));
        llvm::Value* cap = call->args.size() > 2 ? toI64(*this, arg(2)) : len;
        llvm::Value* out = createAlloca(m.sliceTy, "made");
        b.CreateCall(m.runtime("mgo_make_slice"),
                     {out, m.typeDescriptor(static_cast<const types::Slice*>(u)->elem()), len, cap});
        return {RValue{b.CreateLoad(m.sliceTy, out), t}};
      }
      llvm::Value* hint = call->args.size() > 1 ? toI64(*this, arg(1)) : b.getInt64(0);
      if (u->kind() == types::Kind::Map)
        return {RValue{b.CreateCall(m.runtime("mgo_map_make"), {m.typeDescriptor(t), hint}), t}};
      if (u->kind() == types::Kind::Chan)
        return {RValue{b.CreateCall(m.runtime("mgo_chan_make"), {m.typeDescriptor(t), hint}), t}};
      MGO_UNREACHABLE("make of unsupported type");
    }
    case types::BuiltinId::New: {
      const types::Type* t = tv(call->args[0]).type;
      if (m.escape.allocOnHeap(call)) return {RValue{heapAlloc(t), resultT}};
      llvm::Value* slot = tempFor(t, "new");
      storeZero(slot, t);
      return {RValue{slot, resultT}};
    }
    case types::BuiltinId::Panic: {
      RValue v = arg(0);
      const types::Type* anyT = m.typeContext.emptyInterface();
      RValue e = isInterfaceType(v.type) ? v : box(v, anyT, /*onStack=*/true);
      llvm::CallInst* ci = b.CreateCall(m.runtime("mgo_panic_value"),
                                        {b.CreateExtractValue(e.v, {0}), b.CreateExtractValue(e.v, {1})});
      ci->setDoesNotReturn();
      b.CreateUnreachable();
      startDeadBlock();
      return {};
    }
    case types::BuiltinId::Print:
    case types::BuiltinId::Println: {
      bool ln = id == types::BuiltinId::Println;
      std::vector<RValue> vals;
      for (size_t i = 0; i < call->args.size(); ++i) vals.push_back(arg(i));
      b.CreateCall(m.runtime("mgo_print_lock"), {});
      for (size_t i = 0; i < vals.size(); ++i) {
        if (ln && i > 0) b.CreateCall(m.runtime("mgo_print_space"), {});
        const RValue& v = vals[i];
        const types::Type* u = under(v.type);
        switch (u->kind()) {
          case types::Kind::Bool: b.CreateCall(m.runtime("mgo_print_bool"), {v.v}); break;
          case types::Kind::Float32: case types::Kind::Float64:
            b.CreateCall(m.runtime("mgo_print_float"), {b.CreateFPExt(v.v, m.f64)});
            break;
          case types::Kind::String:
            b.CreateCall(m.runtime("mgo_print_string"), {b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1})});
            break;
          case types::Kind::Slice:
            b.CreateCall(m.runtime("mgo_print_slice"),
                         {b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1}), b.CreateExtractValue(v.v, {2})});
            break;
          case types::Kind::Pointer: case types::Kind::Map: case types::Kind::Chan:
          case types::Kind::Signature: case types::Kind::UnsafePointer:
            b.CreateCall(m.runtime("mgo_print_pointer"), {v.v});
            break;
          case types::Kind::UntypedNil: {
            llvm::Constant* s = m.stringConstant("nil");
            b.CreateCall(m.runtime("mgo_print_string"), {s->getAggregateElement(0u), s->getAggregateElement(1u)});
            break;
          }
          case types::Kind::Interface: {
            llvm::Constant* open = m.stringConstant("(");
            llvm::Constant* comma = m.stringConstant(",");
            llvm::Constant* close = m.stringConstant(")");
            auto ps = [&](llvm::Constant* s) {
              b.CreateCall(m.runtime("mgo_print_string"), {s->getAggregateElement(0u), s->getAggregateElement(1u)});
            };
            ps(open);
            b.CreateCall(m.runtime("mgo_print_pointer"), {b.CreateExtractValue(v.v, {0})});
            ps(comma);
            b.CreateCall(m.runtime("mgo_print_pointer"), {b.CreateExtractValue(v.v, {1})});
            ps(close);
            break;
          }
          default:
            if (isUnsignedInt(u)) b.CreateCall(m.runtime("mgo_print_uint"), {b.CreateZExt(v.v, m.i64)});
            else if (types::isInteger(u)) b.CreateCall(m.runtime("mgo_print_int"), {b.CreateSExt(v.v, m.i64)});
            else MGO_UNREACHABLE("print of unsupported type");
        }
      }
      if (ln) b.CreateCall(m.runtime("mgo_print_newline"), {});
      b.CreateCall(m.runtime("mgo_print_unlock"), {});
      return {};
    }
    case types::BuiltinId::Recover:
      return {lowerRecover()};  // lower_recover.cpp
    case types::BuiltinId::Close:
      b.CreateCall(m.runtime("mgo_chan_close"), {arg(0).v});
      return {};
    default:
      MGO_UNREACHABLE("builtin not supported by codegen");
  }
}

}  // namespace mgo::codegen
