// lower_stmt.cpp — simple statements, blocks, if, return, break/continue/fallthrough and the
// statement dispatcher.
//
// Invariants:
//   * Assignments follow Go's two phases: index/pointer operands on the left and every expression
//     on the right are evaluated first (left to right), aggregates are snapshotted into temporaries
//     when more than one value is assigned, then the stores happen left to right.
//   * `x op= y` evaluates the location of x once; the current value is read after y is evaluated
//     (gc's order). Map entries use mgo_map_assign, which creates a zero entry if absent.
//   * A statement that follows a terminator is lowered into a fresh unreachable block.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

void FunctionLowering::lowerBlock(const ast::BlockStmt* block) {
  if (block) lowerStmts(block->stmts);
}

void FunctionLowering::lowerStmts(const std::vector<ast::Stmt*>& stmts) {
  for (const ast::Stmt* s : stmts) lowerStmt(s);
}

void FunctionLowering::lowerStmt(const ast::Stmt* s) {
  if (!s) return;
  if (terminated()) startDeadBlock();
  setLocation(s->pos);
  std::string label;
  std::swap(label, pendingLabel);
  switch (s->kind) {
    case ast::NodeKind::BlockStmt: lowerBlock(static_cast<const ast::BlockStmt*>(s)); break;
    case ast::NodeKind::ExprStmt: {
      const ast::Expr* x = static_cast<const ast::ExprStmt*>(s)->x;
      if (auto* call = ast::as<ast::CallExpr>(unparen(x))) lowerCall(call);
      else lowerExpr(x);
      break;
    }
    case ast::NodeKind::AssignStmt: lowerAssign(static_cast<const ast::AssignStmt*>(s)); break;
    case ast::NodeKind::DeclStmt: lowerDeclStmt(static_cast<const ast::DeclStmt*>(s)); break;
    case ast::NodeKind::IncDecStmt: lowerIncDec(static_cast<const ast::IncDecStmt*>(s)); break;
    case ast::NodeKind::ReturnStmt: lowerReturn(static_cast<const ast::ReturnStmt*>(s)); break;
    case ast::NodeKind::IfStmt: lowerIf(static_cast<const ast::IfStmt*>(s)); break;
    case ast::NodeKind::ForStmt: lowerFor(static_cast<const ast::ForStmt*>(s), label); break;
    case ast::NodeKind::RangeStmt: lowerRange(static_cast<const ast::RangeStmt*>(s), label); break;
    case ast::NodeKind::SwitchStmt: lowerSwitch(static_cast<const ast::SwitchStmt*>(s), label); break;
    case ast::NodeKind::TypeSwitchStmt:
      lowerTypeSwitch(static_cast<const ast::TypeSwitchStmt*>(s), label);
      break;
    case ast::NodeKind::SelectStmt: lowerSelect(static_cast<const ast::SelectStmt*>(s), label); break;
    case ast::NodeKind::LabeledStmt: {
      auto* ls = static_cast<const ast::LabeledStmt*>(s);
      pendingLabel = ls->label ? ls->label->name : "";
      auto k = ls->stmt ? ls->stmt->kind : ast::NodeKind::EmptyStmt;
      bool breakable = k == ast::NodeKind::ForStmt || k == ast::NodeKind::RangeStmt ||
                       k == ast::NodeKind::SwitchStmt || k == ast::NodeKind::TypeSwitchStmt ||
                       k == ast::NodeKind::SelectStmt;
      if (breakable) {
        lowerStmt(ls->stmt);
      } else {
        // A labeled block/statement: `break L` is not allowed on it; only lower it.
        pendingLabel.clear();
        lowerStmt(ls->stmt);
      }
      break;
    }
    case ast::NodeKind::BranchStmt: lowerBranch(static_cast<const ast::BranchStmt*>(s)); break;
    case ast::NodeKind::DeferStmt: lowerDefer(static_cast<const ast::DeferStmt*>(s)); break;
    case ast::NodeKind::GoStmt: lowerGo(static_cast<const ast::GoStmt*>(s)); break;
    case ast::NodeKind::SendStmt: lowerSend(static_cast<const ast::SendStmt*>(s)); break;
    case ast::NodeKind::EmptyStmt: break;
    default:
      MGO_UNREACHABLE("statement kind not lowered");
  }
}

// ---------------------------------------------------------------------------------------------
// Assignment
// ---------------------------------------------------------------------------------------------
LValue FunctionLowering::lowerLValue(const ast::Expr* e) {
  e = unparen(e);
  LValue lv;
  if (auto* id = ast::as<ast::Ident>(e); id && id->name == "_") {
    lv.kind = LValue::Kind::Blank;
    return lv;
  }
  if (auto* ix = ast::as<ast::IndexExpr>(e)) {
    const types::Type* xt = typeOf(ix->x);
    if (isKind(xt, types::Kind::Map)) {
      auto* mt = static_cast<const types::Map*>(under(xt));
      lv.kind = LValue::Kind::MapEntry;
      lv.type = mt->elem();
      lv.mapType = xt;
      lv.map = lowerExpr(ix->x).v;
      lv.keyAddr = materializeKey(ix->index, mt->key());
      return lv;
    }
  }
  lv.kind = LValue::Kind::Address;
  lv.type = typeOf(e);
  lv.addr = lowerAddress(e);
  return lv;
}

void FunctionLowering::assignTo(const LValue& lv, const RValue& value) {
  switch (lv.kind) {
    case LValue::Kind::Blank: return;
    case LValue::Kind::Address: store(convertTo(value, lv.type), lv.addr); return;
    case LValue::Kind::MapEntry: {
      RValue v = convertTo(value, lv.type);
      llvm::Value* slot = b.CreateCall(m.runtime("mgo_map_assign"),
                                       {m.typeDescriptor(lv.mapType), lv.map, lv.keyAddr});
      store(v, slot);
      return;
    }
  }
}

void FunctionLowering::defineOrAssign(const ast::Expr* lhs, const RValue& value, bool define) {
  const ast::Expr* e = unparen(lhs);
  if (auto* id = ast::as<ast::Ident>(e)) {
    if (id->name == "_") return;
    if (define) {
      auto it = m.info.defs.find(id);
      if (it != m.info.defs.end() && it->second && it->second->kind() == types::ObjKind::Var) {
        auto* var = static_cast<const types::Var*>(it->second);
        llvm::Value* addr = declareVar(var, /*zero=*/false);
        store(convertTo(value, var->type()), addr);
        return;
      }
    }
  }
  assignTo(lowerLValue(e), value);
}

void FunctionLowering::lowerAssign(const ast::AssignStmt* s) {
  if (s->tok == ast::AssignTok::OpAssign) {
    LValue lv = lowerLValue(s->lhs[0]);
    RValue rhs = lowerExpr(s->rhs[0]);
    RValue cur;
    if (lv.kind == LValue::Kind::MapEntry) {
      llvm::Value* slot = b.CreateCall(m.runtime("mgo_map_assign"),
                                       {m.typeDescriptor(lv.mapType), lv.map, lv.keyAddr});
      lv.kind = LValue::Kind::Address;
      lv.addr = slot;
    }
    cur = load(lv.addr, lv.type);
    RValue result = arith(s->op, cur, rhs, lv.type, s->tokPos);
    store(convertTo(result, lv.type), lv.addr);
    return;
  }
  bool define = s->tok == ast::AssignTok::Define;
  if (s->lhs.size() == s->rhs.size()) {
    if (s->lhs.size() == 1) {
      if (define) {
        RValue v = lowerExpr(s->rhs[0]);
        defineOrAssign(s->lhs[0], v, true);
      } else {
        LValue lv = lowerLValue(s->lhs[0]);
        assignTo(lv, lowerExpr(s->rhs[0]));
      }
      return;
    }
    // Parallel assignment.
    std::vector<LValue> lvs;
    std::vector<bool> isNew(s->lhs.size(), false);
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      const ast::Expr* e = unparen(s->lhs[i]);
      if (define) {
        if (auto* id = ast::as<ast::Ident>(e)) {
          auto it = m.info.defs.find(id);
          if (id->name == "_" || (it != m.info.defs.end() && it->second)) {
            isNew[i] = true;
            lvs.emplace_back();
            continue;
          }
        }
      }
      lvs.push_back(lowerLValue(e));
    }
    std::vector<RValue> values;
    for (const ast::Expr* r : s->rhs) values.push_back(copyToTemp(lowerExpr(r)));
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      if (isNew[i]) defineOrAssign(s->lhs[i], values[i], true);
      else assignTo(lvs[i], values[i]);
    }
    return;
  }
  // a, b := f()  /  v, ok = m[k]  /  v, ok := x.(T)  /  v, ok := <-c
  MGO_ASSERT(s->rhs.size() == 1, "assignment count mismatch");
  std::vector<LValue> lvs(s->lhs.size());
  if (!define)
    for (size_t i = 0; i < s->lhs.size(); ++i) lvs[i] = lowerLValue(s->lhs[i]);
  std::vector<RValue> values = lowerMulti(s->rhs[0], s->lhs.size());
  for (RValue& v : values) v = copyToTemp(v);
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    if (define) defineOrAssign(s->lhs[i], values[i], true);
    else assignTo(lvs[i], values[i]);
  }
}

void FunctionLowering::lowerDeclStmt(const ast::DeclStmt* s) {
  if (!s->decl || s->decl->tok != ast::DeclTok::Var) return;
  for (const ast::Node* spec : s->decl->specs) {
    auto* vs = ast::as<ast::ValueSpec>(spec);
    if (!vs) continue;
    auto varOf = [&](const ast::Ident* id) -> const types::Var* {
      auto it = m.info.defs.find(id);
      if (it == m.info.defs.end() || !it->second || it->second->kind() != types::ObjKind::Var) return nullptr;
      return static_cast<const types::Var*>(it->second);
    };
    if (vs->values.empty()) {
      for (const ast::Ident* id : vs->names)
        if (const types::Var* v = varOf(id)) declareVar(v);
      continue;
    }
    std::vector<RValue> values;
    if (vs->values.size() == vs->names.size()) {
      for (const ast::Expr* e : vs->values) values.push_back(lowerExpr(e));
      if (values.size() > 1)
        for (RValue& v : values) v = copyToTemp(v);
    } else {
      values = lowerMulti(vs->values[0], vs->names.size());
    }
    for (size_t i = 0; i < vs->names.size(); ++i) {
      const types::Var* v = varOf(vs->names[i]);
      if (!v) continue;  // `_`
      llvm::Value* addr = declareVar(v, /*zero=*/false);
      store(convertTo(values[i], v->type()), addr);
    }
  }
}

void FunctionLowering::lowerIncDec(const ast::IncDecStmt* s) {
  LValue lv = lowerLValue(s->x);
  if (lv.kind == LValue::Kind::MapEntry) {
    llvm::Value* slot = b.CreateCall(m.runtime("mgo_map_assign"),
                                     {m.typeDescriptor(lv.mapType), lv.map, lv.keyAddr});
    lv.kind = LValue::Kind::Address;
    lv.addr = slot;
  }
  RValue cur = load(lv.addr, lv.type);
  llvm::Value* next;
  if (isFloatType(lv.type)) {
    llvm::Value* one = llvm::ConstantFP::get(cur.v->getType(), 1.0);
    next = s->inc ? b.CreateFAdd(cur.v, one) : b.CreateFSub(cur.v, one);
  } else {
    llvm::Value* one = llvm::ConstantInt::get(cur.v->getType(), 1);
    next = s->inc ? b.CreateAdd(cur.v, one) : b.CreateSub(cur.v, one);
  }
  store(RValue{next, lv.type}, lv.addr);
}

void FunctionLowering::lowerReturn(const ast::ReturnStmt* s) {
  const types::Tuple* results = spec_ ? spec_->sig->results() : nullptr;
  size_t nres = results ? results->size() : 0;
  std::vector<RValue> values;
  if (!s->results.empty()) {
    if (s->results.size() == nres) {
      for (size_t i = 0; i < nres; ++i) values.push_back(convertTo(lowerExpr(s->results[i]), results->at(i)));
    } else {
      std::vector<RValue> multi = lowerMulti(s->results[0], nres);
      for (size_t i = 0; i < nres; ++i) values.push_back(convertTo(multi[i], results->at(i)));
    }
  }
  emitReturn(values);
}

void FunctionLowering::lowerIf(const ast::IfStmt* s) {
  lowerStmt(s->init);
  llvm::Value* cond = lowerExpr(s->cond).v;
  llvm::BasicBlock* thenBB = newBlock("if.then");
  llvm::BasicBlock* elseBB = s->els ? newBlock("if.else") : nullptr;
  llvm::BasicBlock* endBB = newBlock("if.end");
  b.CreateCondBr(cond, thenBB, elseBB ? elseBB : endBB);
  b.SetInsertPoint(thenBB);
  lowerBlock(s->then);
  branchTo(endBB);
  if (elseBB) {
    b.SetInsertPoint(elseBB);
    lowerStmt(s->els);
    branchTo(endBB);
  }
  b.SetInsertPoint(endBB);
}

void FunctionLowering::lowerBranch(const ast::BranchStmt* s) {
  std::string label = s->label ? s->label->name : "";
  switch (s->tok) {
    case ast::BranchTok::Fallthrough:
      MGO_ASSERT(fallthroughBlock != nullptr, "fallthrough outside switch");
      b.CreateBr(fallthroughBlock);
      break;
    case ast::BranchTok::Break:
    case ast::BranchTok::Continue: {
      bool isBreak = s->tok == ast::BranchTok::Break;
      llvm::BasicBlock* dest = nullptr;
      for (auto it = targets.rbegin(); it != targets.rend() && !dest; ++it) {
        if (!label.empty() && it->label != label) continue;
        if (isBreak) dest = it->breakBlock;
        else dest = it->continueBlock;
      }
      MGO_ASSERT(dest != nullptr, "break/continue without target");
      b.CreateBr(dest);
      break;
    }
    case ast::BranchTok::Goto:
      MGO_UNREACHABLE("goto is not supported");
  }
  startDeadBlock();
}

}  // namespace mgo::codegen
