// lower_switch.cpp — expression switches (with fallthrough), type switches and select.
//
// Invariants:
//   * The tag is evaluated once; cases are tested in source order, each case expression at most
//     once and only if no earlier case matched (Go's order); default runs only if none matched,
//     wherever it appears in the source.
//   * `fallthrough` branches to the body block of the next clause in source order
//     (fallthroughBlock is saved/restored around each body).
//   * A type switch compares the dynamic type descriptor pointer (concrete types) or checks the
//     method set (interface types); the clause variable has the case type when the clause lists
//     exactly one type, otherwise the guard's interface type.
//   * select evaluates every channel operand and send value in source order, then calls mgo_select
//     once with the cases in source order; the result index picks the clause (-1 = default).
#include "codegen/function_lowering.h"

namespace mgo::codegen {

void FunctionLowering::lowerSwitch(const ast::SwitchStmt* s, const std::string& label) {
  lowerStmt(s->init);
  RValue tag;
  if (s->tag) tag = copyToTemp(lowerExpr(s->tag));
  llvm::BasicBlock* endBB = newBlock("switch.end");
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->clauses.size(); ++i) bodies.push_back(newBlock("case.body"));
  llvm::BasicBlock* defaultBB = endBB;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const ast::CaseClause* c = s->clauses[i];
    if (c->isDefault || c->list.empty()) {
      defaultBB = bodies[i];
      continue;
    }
    for (const ast::Expr* e : c->list) {
      llvm::Value* match;
      if (tag.valid()) {
        RValue v = lowerExpr(e);
        if (isInterfaceType(tag.type) && !isInterfaceType(v.type)) {
          match = compare(ast::Op::Eql, tag, convertTo(v, tag.type));
        } else if (!isInterfaceType(tag.type) && isInterfaceType(v.type)) {
          match = compare(ast::Op::Eql, convertTo(tag, v.type), v);
        } else {
          match = compare(ast::Op::Eql, tag, convertTo(v, tag.type));
        }
      } else {
        match = lowerExpr(e).v;
      }
      llvm::BasicBlock* next = newBlock("case.next");
      b.CreateCondBr(match, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(defaultBB);
  targets.push_back(Target{s, label, endBB, nullptr});
  llvm::BasicBlock* savedFallthrough = fallthroughBlock;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    b.SetInsertPoint(bodies[i]);
    fallthroughBlock = i + 1 < bodies.size() ? bodies[i + 1] : endBB;
    lowerStmts(s->clauses[i]->body);
    branchTo(endBB);
  }
  fallthroughBlock = savedFallthrough;
  targets.pop_back();
  b.SetInsertPoint(endBB);
}

void FunctionLowering::lowerTypeSwitch(const ast::TypeSwitchStmt* s, const std::string& label) {
  lowerStmt(s->init);
  RValue x = lowerExpr(s->guard->x);
  llvm::Value* dynType = b.CreateExtractValue(x.v, {0}, "dyntype");
  llvm::Value* data = b.CreateExtractValue(x.v, {1}, "data");
  llvm::BasicBlock* endBB = newBlock("typeswitch.end");
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->clauses.size(); ++i) bodies.push_back(newBlock("typecase.body"));
  llvm::BasicBlock* defaultBB = endBB;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const ast::CaseClause* c = s->clauses[i];
    if (c->isDefault || c->list.empty()) {
      defaultBB = bodies[i];
      continue;
    }
    for (const ast::Expr* e : c->list) {
      llvm::Value* match;
      const types::TypeAndValue& etv = tv(e);
      if (etv.mode != types::Mode::TypeExpr) {
        match = b.CreateIsNull(dynType);  // case nil
      } else {
        match = typeMatches(dynType, etv.type);
      }
      llvm::BasicBlock* next = newBlock("typecase.next");
      b.CreateCondBr(match, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(defaultBB);
  targets.push_back(Target{s, label, endBB, nullptr});
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const ast::CaseClause* c = s->clauses[i];
    b.SetInsertPoint(bodies[i]);
    if (s->binding) {
      auto it = m.info.implicits.find(c);
      if (it != m.info.implicits.end() && it->second && it->second->kind() == types::ObjKind::Var) {
        auto* var = static_cast<const types::Var*>(it->second);
        llvm::Value* addr = declareVar(var, /*zero=*/false);
        const types::Type* vt = var->type();
        if (isInterfaceType(vt)) {
          store(convertTo(x, vt), addr);
        } else {
          store(unboxAs(data, vt), addr);
        }
      }
    }
    lowerStmts(c->body);
    branchTo(endBB);
  }
  targets.pop_back();
  b.SetInsertPoint(endBB);
}

void FunctionLowering::lowerSelect(const ast::SelectStmt* s, const std::string& label) {
  auto* caseTy = llvm::StructType::get(m.llvm, {m.ptr, m.ptr, m.i64});
  struct CaseInfo {
    const ast::CommClause* clause;
    int index = -1;                    // index in the mgo_select_case array
    llvm::Value* elem = nullptr;       // receive buffer
    const types::Type* elemType = nullptr;
    const ast::AssignStmt* assign = nullptr;
  };
  std::vector<CaseInfo> infos;
  bool hasDefault = false;
  int n = 0;
  for (const ast::CommClause* c : s->clauses) {
    CaseInfo ci{c};
    if (!c->comm) {
      hasDefault = true;
    } else {
      ci.index = n++;
    }
    infos.push_back(ci);
  }
  llvm::Value* cases = n ? static_cast<llvm::Value*>(createAlloca(llvm::ArrayType::get(caseTy, static_cast<uint64_t>(n)), "select.cases"))
                         : llvm::ConstantPointerNull::get(m.ptr);
  auto recvOperand = [&](const ast::Expr* e) -> const ast::Expr* {
    auto* u = ast::as<ast::UnaryExpr>(unparen(e));
    MGO_ASSERT(u && u->op == ast::Op::Arrow, "select receive without <-");
    return u->x;
  };
  for (CaseInfo& ci : infos) {
    if (ci.index < 0) continue;
    const ast::Stmt* comm = ci.clause->comm;
    llvm::Value* slot = b.CreateConstGEP2_32(llvm::ArrayType::get(caseTy, static_cast<uint64_t>(n)), cases, 0,
                                             static_cast<unsigned>(ci.index));
    llvm::Value* chan;
    llvm::Value* elem;
    int64_t dir;
    if (auto* send = ast::as<ast::SendStmt>(comm)) {
      RValue c = lowerExpr(send->chan);
      auto* ct = static_cast<const types::Chan*>(under(c.type));
      RValue v = convertTo(lowerExpr(send->value), ct->elem());
      elem = tempFor(ct->elem(), "send");
      store(v, elem);
      chan = c.v;
      dir = 1;
    } else {
      const ast::Expr* chanExpr;
      if (auto* es = ast::as<ast::ExprStmt>(comm)) {
        chanExpr = recvOperand(es->x);
      } else {
        ci.assign = ast::as<ast::AssignStmt>(comm);
        MGO_ASSERT(ci.assign, "bad select case");
        chanExpr = recvOperand(ci.assign->rhs[0]);
      }
      RValue c = lowerExpr(chanExpr);
      ci.elemType = static_cast<const types::Chan*>(under(c.type))->elem();
      ci.elem = tempFor(ci.elemType, "recv");
      storeZero(ci.elem, ci.elemType);
      elem = ci.elem;
      chan = c.v;
      dir = 2;
    }
    b.CreateStore(chan, b.CreateStructGEP(caseTy, slot, 0));
    b.CreateStore(elem, b.CreateStructGEP(caseTy, slot, 1));
    b.CreateStore(b.getInt64(dir), b.CreateStructGEP(caseTy, slot, 2));
  }
  llvm::Value* okSlot = createAlloca(m.i8, "select.ok");
  llvm::Value* chosen = b.CreateCall(m.runtime("mgo_select"),
                                     {cases, b.getInt64(n), b.getInt1(hasDefault), okSlot});
  llvm::BasicBlock* endBB = newBlock("select.end");
  llvm::SwitchInst* sw = b.CreateSwitch(chosen, endBB, static_cast<unsigned>(infos.size()));
  targets.push_back(Target{s, label, endBB, nullptr});
  const types::Type* boolT = m.typeContext.basic(types::Kind::Bool);
  for (CaseInfo& ci : infos) {
    llvm::BasicBlock* body = newBlock("select.case");
    sw->addCase(b.getInt64(ci.index), body);
    b.SetInsertPoint(body);
    if (ci.assign) {
      RValue v = load(ci.elem, ci.elemType);
      llvm::Value* ok = b.CreateTrunc(b.CreateLoad(m.i8, okSlot), m.i1);
      bool define = ci.assign->tok == ast::AssignTok::Define;
      defineOrAssign(ci.assign->lhs[0], v, define);
      if (ci.assign->lhs.size() > 1) defineOrAssign(ci.assign->lhs[1], RValue{ok, boolT}, define);
    }
    lowerStmts(ci.clause->body);
    branchTo(endBB);
  }
  targets.pop_back();
  b.SetInsertPoint(endBB);
}

}  // namespace mgo::codegen
