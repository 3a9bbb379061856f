// expr.cpp — escape flows of expressions (model: Go's escape/expr.go). expr(k, e) models
// evaluating e and storing its value into hole k: a variable flows its location; &x takes an
// address (-1); *p, p.f through a pointer, s[i] of a slice dereference (+1); allocation sites
// (new, &T{}, slice/map literals, make, closures, string conversions and concatenation,
// interface boxes) "spill": they get a location whose address flows to k.
//
// Invariant: every sub-expression is evaluated (into the blank hole when its value is unused),
// so every allocation site nested anywhere gets a location and a decision.
#include "analysis/escape/type_facts.h"
#include "analysis/escape/walker.h"
#include "frontend/objects.h"

namespace mgo::escape {

namespace {
const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;
}  // namespace

const types::Type* FuncWalker::typeOf(const ast::Expr* e) const {
  const types::TypeAndValue* tv = e ? b_.info.typeOf(e) : nullptr;
  return tv ? tv->type : nullptr;
}

bool FuncWalker::isConstant(const ast::Expr* e) const {
  const types::TypeAndValue* tv = e ? b_.info.typeOf(e) : nullptr;
  return tv && tv->mode == types::Mode::Constant;
}

const types::Var* FuncWalker::localVar(const ast::Expr* e) const {
  auto* id = ast::as<ast::Ident>(unparen(e));
  if (!id) return nullptr;
  types::Object* obj = b_.info.objectOf(id);
  if (!obj || obj->kind() != types::ObjKind::Var) return nullptr;
  auto* v = static_cast<const types::Var*>(obj);
  return v->isGlobal() || v->role() == types::VarRole::Field ? nullptr : v;
}

ast::Pos FuncWalker::convPos(const ast::Expr* operand, ast::Pos contextPos) const {
  // gc gives an implicit conversion the noder's current position; for a variable or function
  // name (no position of its own) that is the position of the enclosing construct.
  const ast::Expr* u = unparen(operand);
  if (auto* id = ast::as<ast::Ident>(u)) {
    types::Object* obj = b_.info.objectOf(id);
    if (obj && (obj->kind() == types::ObjKind::Var || obj->kind() == types::ObjKind::Func) && contextPos.valid())
      return contextPos;
  }
  return gcPos(operand);
}

Hole FuncWalker::note(Hole k, const ast::Node* where, const char* why) {
  if (!b_.graph.explaining()) return k;
  std::string text;
  if (auto* e = dynamic_cast<const ast::Expr*>(where)) text = describe(e);
  else if (auto* s = dynamic_cast<const ast::Stmt*>(where)) text = b_.describer.stmt(s);
  return b_.graph.note(k, text, gcPos(where), why);
}

Hole FuncWalker::noteExpr(Hole k, const ast::Expr* where, const char* why) { return note(k, where, why); }

Hole FuncWalker::dotType(Hole k, const types::Type* t, const ast::Node* where, const char* why) {
  if (t && !types::isInterface(t) && !isDirectIface(t)) k = k.shift(1);
  return note(k, where, why);
}

Hole FuncWalker::spill(Hole k, const ast::Node* site, SiteKind kind, const std::string& name, ast::Pos pos,
                       bool reported, const char* heapReason) {
  Location* loc = b_.newAlloc(fn_, loopDepth_, site, kind, name, pos, reported);
  loc->heapReason = heapReason;
  b_.graph.flow(note(k.shift(-1), site, "spill"), loc);
  return Hole{loc};
}

void FuncWalker::exprAs(Hole k, const ast::Expr* e, const types::Type* target, ast::Pos contextPos) {
  if (!e) return;
  const types::Type* src = typeOf(e);
  bool boxing = target && types::isInterface(target) && src && !types::isInterface(src) &&
                src->kind() != types::Kind::UntypedNil;
  if (!boxing) {
    expr(k, e);
    return;
  }
  if (k.derefs >= 0 && !hasPointers(target)) k.dst = b_.graph.blankLoc();
  if (!isDirectIface(src)) {
    k = spill(k, e, SiteKind::Box, describe(e), convPos(e, contextPos));
  }
  k = note(k, e, "interface-converted");
  if (isConstant(e)) return;
  expr(k, e);
}

void FuncWalker::expr(Hole k, const ast::Expr* e) {
  if (!e) return;
  const types::TypeAndValue* tv = b_.info.typeOf(e);
  if (k.derefs >= 0 && tv && tv->type && !types::isUntyped(tv->type) && !hasPointers(tv->type))
    k.dst = b_.graph.blankLoc();
  if (tv && (tv->mode == types::Mode::Constant || tv->mode == types::Mode::TypeExpr)) return;

  switch (e->kind) {
    case ast::NodeKind::Ident: {
      if (const types::Var* v = localVar(e))
        if (Location* loc = b_.varLoc(v)) b_.graph.flow(k, loc);
      return;
    }
    case ast::NodeKind::BasicLit:
      return;
    case ast::NodeKind::ParenExpr:
      expr(k, static_cast<const ast::ParenExpr*>(e)->x);
      return;
    case ast::NodeKind::FuncLit:
      closure(k, static_cast<const ast::FuncLit*>(e));
      return;
    case ast::NodeKind::CompositeLit:
      compositeLit(k, static_cast<const ast::CompositeLit*>(e), tv ? tv->type : nullptr);
      return;
    case ast::NodeKind::SelectorExpr:
      selector(k, static_cast<const ast::SelectorExpr*>(e));
      return;
    case ast::NodeKind::IndexExpr: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      const types::Type* xt = typeOf(ix->x);
      const types::Type* xu = xt ? xt->underlying() : nullptr;
      if (xu && xu->kind() == types::Kind::Map) {
        discard(ix->x);
        auto* m = static_cast<const types::Map*>(xu);
        exprAs(b_.graph.discardHole(), ix->index, m->key(), gcPos(ix));
        return;
      }
      if (xu && xu->kind() == types::Kind::Array) {
        expr(note(k, ix, "fixed-array-index-of"), ix->x);
      } else if (xu && xu->kind() == types::Kind::Pointer) {  // p[i] on *[N]T: (*p)[i]
        expr(deref(note(k, ix, "fixed-array-index-of"), ix, "indirection"), ix->x);
      } else {
        expr(deref(k, ix, "dot of pointer"), ix->x);
      }
      discard(ix->index);
      return;
    }
    case ast::NodeKind::SliceExpr: {
      auto* sl = static_cast<const ast::SliceExpr*>(e);
      const types::Type* xt = typeOf(sl->x);
      const types::Type* xu = xt ? xt->underlying() : nullptr;
      Hole kk = note(k, sl, "slice");
      if (xu && xu->kind() == types::Kind::Array) kk = addrOf(kk, sl, "address-of");  // a[:] is (&a)[:]
      expr(kk, sl->x);
      discard(sl->low);
      discard(sl->high);
      discard(sl->max);
      return;
    }
    case ast::NodeKind::TypeAssertExpr: {
      auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
      expr(dotType(k, tv ? tv->type : nullptr, ta, "dot"), ta->x);
      return;
    }
    case ast::NodeKind::CallExpr: {
      std::vector<Hole> ks{k};
      call(&ks, static_cast<const ast::CallExpr*>(e));
      return;
    }
    case ast::NodeKind::StarExpr:
      expr(deref(k, e, "indirection"), static_cast<const ast::StarExpr*>(e)->x);
      return;
    case ast::NodeKind::UnaryExpr: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      if (u->op == ast::Op::And) {
        const ast::Expr* x = unparen(u->x);
        if (auto* lit = ast::as<ast::CompositeLit>(x)) {  // &T{...}
          const types::Type* elem = typeOf(lit);
          const char* reason = elem && typeSize(elem) > kMaxImplicitStackVarSize ? "too large for stack" : nullptr;
          Hole litK = spill(k, u, SiteKind::Alloc, describe(u), gcPos(u), true, reason);
          compositeLit(litK, lit, elem);
          return;
        }
        expr(addrOf(k, u, "address-of"), u->x);
        return;
      }
      discard(u->x);
      return;
    }
    case ast::NodeKind::BinaryExpr:
      binary(k, static_cast<const ast::BinaryExpr*>(e));
      return;
    case ast::NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      discard(kv->key);
      expr(k, kv->value);
      return;
    }
    default:
      return;  // type expressions, bad expressions
  }
}

void FuncWalker::binary(Hole k, const ast::BinaryExpr* bin) {
  const types::Type* t = typeOf(bin);
  if (bin->op == ast::Op::Add && t && types::isString(t) && !isConstant(bin)) {
    // gc's OADDSTR: one allocation for the whole chain; the operands never escape through it.
    spill(k, bin, SiteKind::Alloc, describe(bin), gcPos(bin));
    std::vector<const ast::Expr*> parts;
    std::vector<const ast::Expr*> stack{bin};
    while (!stack.empty()) {
      const ast::Expr* x = stack.back();
      stack.pop_back();
      auto* b = ast::as<ast::BinaryExpr>(unparen(x));
      if (b && b->op == ast::Op::Add && !isConstant(b) && typeOf(b) && types::isString(typeOf(b))) {
        stack.push_back(b->y);
        stack.push_back(b->x);
      } else {
        discard(x);
      }
    }
    return;
  }
  // Comparisons between an interface and a concrete value box the concrete operand.
  const types::Type* xt = typeOf(bin->x);
  const types::Type* yt = typeOf(bin->y);
  bool cmp = bin->op == ast::Op::Eql || bin->op == ast::Op::Neq;
  if (cmp && xt && yt && types::isInterface(xt) && !types::isInterface(yt)) {
    discard(bin->x);
    exprAs(b_.graph.discardHole(), bin->y, xt, gcPos(bin));
    return;
  }
  if (cmp && xt && yt && types::isInterface(yt) && !types::isInterface(xt)) {
    exprAs(b_.graph.discardHole(), bin->x, yt, gcPos(bin));
    discard(bin->y);
    return;
  }
  discard(bin->x);
  discard(bin->y);
}

int selectionShift(const types::Info& info, const ast::SelectorExpr* sel, bool forMethod, bool& takesAddress) {
  takesAddress = false;
  auto it = info.selections.find(sel);
  if (it == info.selections.end()) return 0;
  const types::Selection& s = it->second;
  const types::TypeAndValue* xtv = info.typeOf(sel->x);
  const types::Type* t = xtv ? xtv->type : s.recv;
  int derefs = 0;
  size_t hops = s.path.size();
  if (hops > 0) hops -= 1;  // the last index is the selected field or method itself
  for (size_t i = 0; i < hops && t; ++i) {
    const types::Type* u = t->underlying();
    if (u && u->kind() == types::Kind::Pointer) {
      ++derefs;
      t = static_cast<const types::Pointer*>(u)->elem();
      u = t ? t->underlying() : nullptr;
    }
    if (!u || u->kind() != types::Kind::Struct) break;
    auto& fields = static_cast<const types::Struct*>(u)->fields();
    int idx = s.path[i];
    if (idx < 0 || size_t(idx) >= fields.size()) break;
    t = fields[size_t(idx)].type;
  }
  const types::Type* u = t ? t->underlying() : nullptr;
  bool holderIsPtr = u && u->kind() == types::Kind::Pointer;
  if (!forMethod) return derefs + (holderIsPtr ? 1 : 0);
  auto* m = s.obj && s.obj->kind() == types::ObjKind::Func ? static_cast<const types::Func*>(s.obj) : nullptr;
  bool wantsPtr = m ? m->pointerRecv() : s.addressOfRecv;
  if (!m && s.derefRecv) wantsPtr = false;
  if (wantsPtr && !holderIsPtr) {
    takesAddress = true;
    return derefs;  // caller applies & (-1) first
  }
  if (!wantsPtr && holderIsPtr) return derefs + 1;
  return derefs;
}

void FuncWalker::selector(Hole k, const ast::SelectorExpr* sel) {
  auto it = b_.info.selections.find(sel);
  if (it == b_.info.selections.end()) return;  // pkg.Name: globals and functions live forever
  const types::Selection& s = it->second;
  if (s.kind == types::Selection::Kind::MethodVal) {
    methodValue(k, sel);
    return;
  }
  if (s.kind == types::Selection::Kind::MethodExpr) return;
  bool takesAddress = false;
  int derefs = selectionShift(b_.info, sel, false, takesAddress);
  Hole kk = note(k, sel, derefs > 0 ? "dot of pointer" : "dot");
  for (int i = 0; i < derefs; ++i) kk = kk.shift(1);
  expr(kk, sel->x);
}

void FuncWalker::compositeLit(Hole k, const ast::CompositeLit* lit, const types::Type* litType) {
  const types::Type* u = litType ? litType->underlying() : nullptr;
  if (u && u->kind() == types::Kind::Pointer) {  // elided &T in []*T{{...}}
    const types::Type* elem = static_cast<const types::Pointer*>(u)->elem();
    std::string name = "&" + b_.describer.type(elem) + (lit->elts.empty() ? "{}" : "{...}");
    const char* reason = typeSize(elem) > kMaxImplicitStackVarSize ? "too large for stack" : nullptr;
    k = spill(k, lit, SiteKind::Alloc, name, gcPos(lit), true, reason);
    litType = elem;
    u = elem ? elem->underlying() : nullptr;
  }
  if (!u) {
    for (const ast::Expr* elt : lit->elts) discard(elt);
    return;
  }
  auto value = [](const ast::Expr* elt) -> const ast::Expr* {
    if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) return kv->value;
    return elt;
  };
  auto eltPos = [](const ast::Expr* elt) { return gcPos(elt); };
  switch (u->kind()) {
    case types::Kind::Struct: {
      auto& fields = static_cast<const types::Struct*>(u)->fields();
      Hole kk = note(k, lit, "struct literal element");
      for (size_t i = 0; i < lit->elts.size(); ++i) {
        const ast::Expr* elt = lit->elts[i];
        const types::Type* ft = nullptr;
        if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) {
          if (auto* id = ast::as<ast::Ident>(kv->key)) {
            int idx = static_cast<const types::Struct*>(u)->fieldIndex(id->name);
            if (idx >= 0) ft = fields[size_t(idx)].type;
          }
        } else if (i < fields.size()) {
          ft = fields[i].type;
        }
        exprAs(kk, value(elt), ft, eltPos(elt));
      }
      return;
    }
    case types::Kind::Array: {
      const types::Type* et = static_cast<const types::Array*>(u)->elem();
      Hole kk = note(k, lit, "array literal element");
      for (const ast::Expr* elt : lit->elts) {
        if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) discard(kv->key);
        exprAs(kk, value(elt), et, eltPos(elt));
      }
      return;
    }
    case types::Kind::Slice: {
      const types::Type* et = static_cast<const types::Slice*>(u)->elem();
      std::string name = b_.describer.compositeType(lit) + (lit->elts.empty() ? "{}" : "{...}");
      Hole kk = spill(k, lit, SiteKind::Alloc, name, gcPos(lit));
      kk = note(kk, lit, "slice-literal-element");
      for (const ast::Expr* elt : lit->elts) {
        if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) discard(kv->key);
        exprAs(kk, value(elt), et, eltPos(elt));
      }
      return;
    }
    case types::Kind::Map: {
      auto* m = static_cast<const types::Map*>(u);
      std::string name = b_.describer.compositeType(lit) + (lit->elts.empty() ? "{}" : "{...}");
      spill(k, lit, SiteKind::Alloc, name, gcPos(lit));
      // Map keys and values are always stored in the heap.
      for (const ast::Expr* elt : lit->elts) {
        auto* kv = ast::as<ast::KeyValueExpr>(elt);
        if (!kv) {
          discard(elt);
          continue;
        }
        exprAs(note(b_.graph.heapHole(), lit, "map literal key"), kv->key, m->key(), gcPos(kv));
        exprAs(note(b_.graph.heapHole(), lit, "map literal value"), kv->value, m->elem(), gcPos(kv));
      }
      return;
    }
    default:
      for (const ast::Expr* elt : lit->elts) discard(value(elt));
      return;
  }
}

void FuncWalker::methodValue(Hole k, const ast::SelectorExpr* sel) {
  // x.m as a value: a closure capturing the receiver. The method may be called at any time later,
  // so its results are assumed to flow to the heap.
  const types::Selection& s = b_.info.selections.at(sel);
  auto* m = s.obj && s.obj->kind() == types::ObjKind::Func ? static_cast<const types::Func*>(s.obj) : nullptr;
  Hole closureK = spill(k, sel, SiteKind::Alloc, describe(sel), gcPos(sel));
  std::vector<Hole> ks;
  if (m)
    for (size_t i = 0; i < m->signature()->results()->size(); ++i) ks.push_back(b_.graph.heapHole());
  Hole paramK = b_.graph.heapHole();
  const types::Type* xt = typeOf(sel->x);
  if (m && !(xt && types::isInterface(xt))) {
    // Receiver summary: same rule as a static call (call.cpp's tagHole), receiver = slot 0.
    paramK = receiverTagHole(*this, m, &ks);
  }
  Hole kk = b_.graph.teeHole({paramK, closureK}, fn_, loopDepth_);
  bool takesAddress = false;
  int derefs = selectionShift(b_.info, sel, true, takesAddress);
  if (takesAddress) kk = addrOf(kk, sel, "address-of");
  for (int i = 0; i < derefs; ++i) kk = kk.shift(1);
  expr(kk, sel->x);
}

void FuncWalker::closure(Hole k, const ast::FuncLit* lit) {
  Hole closureK = spill(k, lit, SiteKind::Alloc, "func literal", lit->pos);
  std::string name = fn_->outer ? fn_->name + "." + std::to_string(++fn_->closureCounter)
                                : fn_->name + ".func" + std::to_string(++fn_->closureCounter);
  FuncNode* inner = b_.newFuncNode(lit, fn_, name);
  Batch::PendingClosure pending{closureK, inner, {}, {}, {}};
  auto it = b_.facts.captures.find(lit);
  if (it != b_.facts.captures.end()) {
    for (const types::Var* v : it->second) {
      Location* loc = b_.varLoc(v);
      if (!loc) continue;
      if (!loc->captured) {
        loc->captured = true;
        // Ignore reassignments in straight-line code preceding the first capture.
        if (loc->loopDepth == loopDepth_) loc->reassigned = false;
      }
      pending.captured.push_back(loc);
      pending.capturedNames.push_back(v->name());
      pending.capturedPos.push_back(v->pos());
    }
  }
  b_.closures.push_back(pending);
  b_.initFuncLit(inner, lit);
  FuncWalker(b_, inner).walkBody(lit->body);
}

}  // namespace mgo::escape
