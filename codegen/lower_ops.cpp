// lower_ops.cpp — unary and binary operators with Go semantics.
//
// Invariants:
//   * Integer arithmetic wraps (no nsw/nuw flags); x / 0 and x % 0 call mgo_panic_divide; for
//     signed types MinInt / -1 == MinInt and MinInt % -1 == 0 without executing a trapping idiv.
//   * Shifts: a count >= the width yields 0 (<<, unsigned >>) or all sign bits (signed >>); a
//     negative signed count calls mgo_panic_shift. No shift is ever emitted with an out-of-range
//     count (that would be poison in LLVM).
//   * Float comparisons are ordered except != (true for NaN), as in Go.
//   * Strings compare through the runtime; chains of + on strings become ONE mgo_string_concat.
//   * Comparisons against nil look only at the nil-able part (slice data pointer, interface type).
//   * && and || short-circuit.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

bool isNilExpr(const FunctionLowering& f, const ast::Expr* e) {
  e = f.unparen(e);
  if (auto* id = ast::as<ast::Ident>(e)) {
    types::Object* obj = f.m.info.objectOf(id);
    return obj && obj->kind() == types::ObjKind::Nil;
  }
  return false;
}

}  // namespace

RValue FunctionLowering::lowerUnary(const ast::UnaryExpr* e) {
  const types::Type* t = typeOf(e);
  switch (e->op) {
    case ast::Op::And: {
      const ast::Expr* x = unparen(e->x);
      if (auto* lit = ast::as<ast::CompositeLit>(x)) {
        const types::Type* lt = typeOf(lit);
        if (isKind(lt, types::Kind::Pointer)) lt = static_cast<const types::Pointer*>(under(lt))->elem();
        llvm::Value* addr;
        if (m.escape.allocOnHeap(e)) {
          addr = heapAlloc(lt);
        } else {
          addr = tempFor(lt, "lit");
          storeZero(addr, lt);
        }
        fillComposite(lit, lt, addr);
        return RValue{addr, t};
      }
      return RValue{lowerAddress(x), t};
    }
    case ast::Op::Arrow: return lowerRecv(e->x, t, false, nullptr);
    default:
      break;
  }
  RValue x = lowerExpr(e->x);
  switch (e->op) {
    case ast::Op::Add: return RValue{x.v, t};
    case ast::Op::Sub:
      if (isFloatType(t)) return RValue{b.CreateFNeg(x.v), t};
      return RValue{b.CreateNeg(x.v), t};
    case ast::Op::Not: return RValue{b.CreateNot(x.v), t};
    case ast::Op::Xor: return RValue{b.CreateNot(x.v), t};
    default:
      MGO_UNREACHABLE("unary operator not lowered");
  }
}

RValue FunctionLowering::concatStrings(const std::vector<RValue>& parts) {
  MGO_ASSERT(!parts.empty(), "empty concatenation");
  if (parts.size() == 1) return parts[0];
  auto* arrTy = llvm::ArrayType::get(m.stringTy, parts.size());
  llvm::Value* arr = createAlloca(arrTy, "concat.parts");
  for (size_t i = 0; i < parts.size(); ++i)
    b.CreateStore(parts[i].v, b.CreateConstGEP2_32(arrTy, arr, 0, static_cast<unsigned>(i)));
  llvm::Value* r = b.CreateCall(m.runtime("mgo_string_concat"), {arr, b.getInt64(static_cast<int64_t>(parts.size()))});
  return RValue{r, parts[0].type};
}

RValue FunctionLowering::lowerBinary(const ast::BinaryExpr* e) {
  const types::Type* t = typeOf(e);
  if (e->op == ast::Op::LAnd || e->op == ast::Op::LOr) {
    llvm::Value* x = lowerExpr(e->x).v;
    llvm::BasicBlock* from = b.GetInsertBlock();
    llvm::BasicBlock* rhsBB = newBlock(e->op == ast::Op::LAnd ? "and.rhs" : "or.rhs");
    llvm::BasicBlock* endBB = newBlock("logic.end");
    if (e->op == ast::Op::LAnd) b.CreateCondBr(x, rhsBB, endBB);
    else b.CreateCondBr(x, endBB, rhsBB);
    b.SetInsertPoint(rhsBB);
    llvm::Value* y = lowerExpr(e->y).v;
    llvm::BasicBlock* rhsEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    b.SetInsertPoint(endBB);
    llvm::PHINode* phi = b.CreatePHI(m.i1, 2);
    phi->addIncoming(b.getInt1(e->op == ast::Op::LOr), from);
    phi->addIncoming(y, rhsEnd);
    return RValue{phi, t};
  }
  switch (e->op) {
    case ast::Op::Eql: case ast::Op::Neq: case ast::Op::Lss: case ast::Op::Leq: case ast::Op::Gtr:
    case ast::Op::Geq: {
      bool xNil = isNilExpr(*this, e->x), yNil = isNilExpr(*this, e->y);
      if (xNil || yNil) {
        if (xNil && yNil) return RValue{b.getInt1(e->op == ast::Op::Eql), t};
        RValue v = lowerExpr(xNil ? e->y : e->x);
        llvm::Value* p = v.v;
        if (isKind(v.type, types::Kind::Slice) || isKind(v.type, types::Kind::Interface))
          p = b.CreateExtractValue(p, {0});
        llvm::Value* isNil = b.CreateIsNull(p);
        return RValue{e->op == ast::Op::Eql ? isNil : b.CreateNot(isNil), t};
      }
      RValue x = lowerExpr(e->x);
      RValue y = lowerExpr(e->y);
      if (isInterfaceType(x.type) && !isInterfaceType(y.type)) y = convertTo(y, x.type);
      else if (!isInterfaceType(x.type) && isInterfaceType(y.type)) x = convertTo(x, y.type);
      return RValue{compare(e->op, x, y), t};
    }
    default:
      break;
  }
  if (e->op == ast::Op::Add && isStringType(t)) {
    std::vector<RValue> parts;
    std::function<void(const ast::Expr*)> collect = [&](const ast::Expr* x) {
      const ast::Expr* u = unparen(x);
      auto* be = ast::as<ast::BinaryExpr>(u);
      if (be && be->op == ast::Op::Add && tv(be).mode != types::Mode::Constant && isStringType(typeOf(be))) {
        collect(be->x);
        collect(be->y);
        return;
      }
      RValue v = lowerExpr(x);
      if (auto* c = llvm::dyn_cast<llvm::Constant>(v.v); c && c->isNullValue()) return;  // ""
      parts.push_back(v);
    };
    collect(e);
    if (parts.empty()) return RValue{m.stringConstant(""), t};
    if (parts.size() == 1) return RValue{parts[0].v, t};
    RValue r = concatStrings(parts);
    return RValue{r.v, t};
  }
  RValue x = lowerExpr(e->x);
  RValue y = lowerExpr(e->y);
  return arith(e->op, x, y, t, e->opPos);
}

llvm::Value* FunctionLowering::shift(ast::Op op, llvm::Value* x, llvm::Value* count,
                                     const types::Type* xt, const types::Type* countType) {
  auto* xty = llvm::cast<llvm::IntegerType>(x->getType());
  unsigned width = xty->getBitWidth();
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(count)) {
    // Constant count (already checked non-negative by the type checker).
    uint64_t n = c->getZExtValue();
    if (n >= width) {
      if (op == ast::Op::Shr && isSignedInt(xt)) return b.CreateAShr(x, width - 1);
      return llvm::ConstantInt::get(xty, 0);
    }
    if (op == ast::Op::Shl) return b.CreateShl(x, n);
    return isSignedInt(xt) ? b.CreateAShr(x, n) : b.CreateLShr(x, n);
  }
  if (isSignedInt(countType)) panicIf(b.CreateICmpSLT(count, llvm::ConstantInt::get(count->getType(), 0)), "mgo_panic_shift");
  llvm::Value* cnt = count->getType() == m.i64 ? count : b.CreateZExt(count, m.i64);
  llvm::Value* big = b.CreateICmpUGE(cnt, b.getInt64(width));
  llvm::Value* safe = b.CreateSelect(big, b.getInt64(0), cnt);
  llvm::Value* safeX = b.CreateZExtOrTrunc(safe, xty);
  if (op == ast::Op::Shl) return b.CreateSelect(big, llvm::ConstantInt::get(xty, 0), b.CreateShl(x, safeX));
  if (isSignedInt(xt)) {
    llvm::Value* amount = b.CreateSelect(big, llvm::ConstantInt::get(xty, width - 1), safeX);
    return b.CreateAShr(x, amount);
  }
  return b.CreateSelect(big, llvm::ConstantInt::get(xty, 0), b.CreateLShr(x, safeX));
}

RValue FunctionLowering::arith(ast::Op op, const RValue& xv, const RValue& yv, const types::Type* t, ast::Pos) {
  if (op == ast::Op::Shl || op == ast::Op::Shr) return RValue{shift(op, xv.v, yv.v, t, yv.type), t};
  if (isStringType(t)) {
    MGO_ASSERT(op == ast::Op::Add, "string operator");
    RValue r = concatStrings({xv, yv});
    return RValue{r.v, t};
  }
  llvm::Value* x = xv.v;
  llvm::Value* y = yv.v;
  if (isFloatType(t)) {
    switch (op) {
      case ast::Op::Add: return RValue{b.CreateFAdd(x, y), t};
      case ast::Op::Sub: return RValue{b.CreateFSub(x, y), t};
      case ast::Op::Mul: return RValue{b.CreateFMul(x, y), t};
      case ast::Op::Quo: return RValue{b.CreateFDiv(x, y), t};
      default: MGO_UNREACHABLE("float operator");
    }
  }
  switch (op) {
    case ast::Op::Add: return RValue{b.CreateAdd(x, y), t};
    case ast::Op::Sub: return RValue{b.CreateSub(x, y), t};
    case ast::Op::Mul: return RValue{b.CreateMul(x, y), t};
    case ast::Op::And: return RValue{b.CreateAnd(x, y), t};
    case ast::Op::Or: return RValue{b.CreateOr(x, y), t};
    case ast::Op::Xor: return RValue{b.CreateXor(x, y), t};
    case ast::Op::AndNot: return RValue{b.CreateAnd(x, b.CreateNot(y)), t};
    case ast::Op::Quo:
    case ast::Op::Rem: {
      bool isQuo = op == ast::Op::Quo;
      auto* c = llvm::dyn_cast<llvm::ConstantInt>(y);
      if (!c || c->isZero()) panicIf(b.CreateICmpEQ(y, llvm::ConstantInt::get(y->getType(), 0)), "mgo_panic_divide");
      if (!isSignedInt(t)) return RValue{isQuo ? b.CreateUDiv(x, y) : b.CreateURem(x, y), t};
      if (c && !c->isMinusOne() && !c->isZero()) return RValue{isQuo ? b.CreateSDiv(x, y) : b.CreateSRem(x, y), t};
      llvm::Value* minusOne = llvm::ConstantInt::get(y->getType(), -1, true);
      llvm::Value* isMinusOne = b.CreateICmpEQ(y, minusOne);
      llvm::Value* safeY = b.CreateSelect(isMinusOne, llvm::ConstantInt::get(y->getType(), 1), y);
      if (isQuo) return RValue{b.CreateSelect(isMinusOne, b.CreateNeg(x), b.CreateSDiv(x, safeY)), t};
      return RValue{b.CreateSelect(isMinusOne, llvm::ConstantInt::get(y->getType(), 0), b.CreateSRem(x, safeY)), t};
    }
    default:
      MGO_UNREACHABLE("integer operator not lowered");
  }
}

llvm::Value* FunctionLowering::equalValues(const RValue& x, const RValue& y) {
  const types::Type* t = x.type;
  const types::Type* u = under(t);
  if (isStringType(t)) {
    llvm::Value* xl = b.CreateExtractValue(x.v, {1});
    llvm::Value* yl = b.CreateExtractValue(y.v, {1});
    llvm::BasicBlock* from = b.GetInsertBlock();
    llvm::BasicBlock* cmpBB = newBlock("streq.bytes");
    llvm::BasicBlock* endBB = newBlock("streq.end");
    b.CreateCondBr(b.CreateICmpEQ(xl, yl), cmpBB, endBB);
    b.SetInsertPoint(cmpBB);
    llvm::Value* eq = b.CreateCall(m.runtime("mgo_string_equal"),
                                   {b.CreateExtractValue(x.v, {0}), xl, b.CreateExtractValue(y.v, {0}), yl});
    llvm::BasicBlock* cmpEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    b.SetInsertPoint(endBB);
    llvm::PHINode* phi = b.CreatePHI(m.i1, 2);
    phi->addIncoming(b.getInt1(false), from);
    phi->addIncoming(eq, cmpEnd);
    return phi;
  }
  if (isFloatType(t)) return b.CreateFCmpOEQ(x.v, y.v);
  if (u->kind() == types::Kind::Interface) {
    llvm::Value* xt = b.CreateExtractValue(x.v, {0});
    llvm::Value* yt = b.CreateExtractValue(y.v, {0});
    llvm::BasicBlock* from = b.GetInsertBlock();
    llvm::BasicBlock* sameType = newBlock("ifaceeq.same");
    llvm::BasicBlock* cmpBB = newBlock("ifaceeq.data");
    llvm::BasicBlock* endBB = newBlock("ifaceeq.end");
    b.CreateCondBr(b.CreateICmpEQ(xt, yt), sameType, endBB);
    b.SetInsertPoint(sameType);
    b.CreateCondBr(b.CreateIsNull(xt), endBB, cmpBB);
    b.SetInsertPoint(cmpBB);
    llvm::Value* eq = b.CreateCall(m.runtime("mgo_equal"),
                                   {xt, b.CreateExtractValue(x.v, {1}), b.CreateExtractValue(y.v, {1})});
    b.CreateBr(endBB);
    b.SetInsertPoint(endBB);
    llvm::PHINode* phi = b.CreatePHI(m.i1, 3);
    phi->addIncoming(b.getInt1(false), from);
    phi->addIncoming(b.getInt1(true), sameType);
    phi->addIncoming(eq, cmpBB);
    return phi;
  }
  if (m.isAggregate(t)) {
    if (m.sizeOf(t) == 0) return b.getInt1(true);
    return b.CreateCall(m.runtime("mgo_equal"), {m.typeDescriptor(t), x.v, y.v});
  }
  return b.CreateICmpEQ(x.v, y.v);
}

llvm::Value* FunctionLowering::compare(ast::Op op, const RValue& x, const RValue& y) {
  if (op == ast::Op::Eql) return equalValues(x, y);
  if (op == ast::Op::Neq) {
    if (isFloatType(x.type)) return b.CreateFCmpUNE(x.v, y.v);
    return b.CreateNot(equalValues(x, y));
  }
  const types::Type* t = x.type;
  if (isStringType(t)) {
    llvm::Value* c = b.CreateCall(m.runtime("mgo_string_compare"),
                                  {b.CreateExtractValue(x.v, {0}), b.CreateExtractValue(x.v, {1}),
                                   b.CreateExtractValue(y.v, {0}), b.CreateExtractValue(y.v, {1})});
    llvm::Value* zero = b.getInt64(0);
    switch (op) {
      case ast::Op::Lss: return b.CreateICmpSLT(c, zero);
      case ast::Op::Leq: return b.CreateICmpSLE(c, zero);
      case ast::Op::Gtr: return b.CreateICmpSGT(c, zero);
      case ast::Op::Geq: return b.CreateICmpSGE(c, zero);
      default: break;
    }
  } else if (isFloatType(t)) {
    switch (op) {
      case ast::Op::Lss: return b.CreateFCmpOLT(x.v, y.v);
      case ast::Op::Leq: return b.CreateFCmpOLE(x.v, y.v);
      case ast::Op::Gtr: return b.CreateFCmpOGT(x.v, y.v);
      case ast::Op::Geq: return b.CreateFCmpOGE(x.v, y.v);
      default: break;
    }
  } else {
    bool sign = isSignedInt(t);
    switch (op) {
      case ast::Op::Lss: return sign ? b.CreateICmpSLT(x.v, y.v) : b.CreateICmpULT(x.v, y.v);
      case ast::Op::Leq: return sign ? b.CreateICmpSLE(x.v, y.v) : b.CreateICmpULE(x.v, y.v);
      case ast::Op::Gtr: return sign ? b.CreateICmpSGT(x.v, y.v) : b.CreateICmpUGT(x.v, y.v);
      case ast::Op::Geq: return sign ? b.CreateICmpSGE(x.v, y.v) : b.CreateICmpUGE(x.v, y.v);
      default: break;
    }
  }
  MGO_UNREACHABLE("comparison operator not lowered");
}

}  // namespace mgo::codegen
