// lower_chan.cpp — channel send and receive expressions (select is in lower_switch.cpp).
//
// Invariants: element values cross the runtime boundary by pointer to a caller-owned stack slot
// (the runtime copies them); the channel operand is evaluated before the sent value (Go's order).
#include "codegen/function_lowering.h"

namespace mgo::codegen {

RValue FunctionLowering::lowerRecv(const ast::Expr* chanExpr, const types::Type* elemType, bool commaOk,
                                   llvm::Value** okOut) {
  RValue ch = lowerExpr(chanExpr);
  const types::Type* elem = static_cast<const types::Chan*>(under(ch.type))->elem();
  llvm::Value* slot = tempFor(elem, "recv");
  if (commaOk) {
    *okOut = b.CreateCall(m.runtime("mgo_chan_recv2"), {ch.v, slot});
  } else {
    b.CreateCall(m.runtime("mgo_chan_recv"), {ch.v, slot});
  }
  RValue v = load(slot, elem);
  if (elemType && elemType != elem && !isKind(elemType, types::Kind::Tuple)) v.type = elemType;
  return v;
}

void FunctionLowering::lowerSend(const ast::SendStmt* s) {
  RValue ch = lowerExpr(s->chan);
  const types::Type* elem = static_cast<const types::Chan*>(under(ch.type))->elem();
  RValue v = convertTo(lowerExpr(s->value), elem);
  llvm::Value* slot = tempFor(elem, "send");
  store(v, slot);
  b.CreateCall(m.runtime("mgo_chan_send"), {ch.v, slot});
}

}  // namespace mgo::codegen
