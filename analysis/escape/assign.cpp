// assign.cpp — destinations of assignments (model: Go's escape/assign.go). addr(e) evaluates an
// assignable expression and returns the hole that stores into it: a local variable's location;
// the heap for globals, for anything reached through a pointer, slice or map (the stored value
// may be read by anyone holding that pointer); a field or array element of a local variable is
// the variable itself (no field sensitivity, like gc).
//
// Invariant: an assignment marks its destination variables as reassigned, except the defining
// assignment of a variable (x := v, var x = v): closures capture by value only variables that are
// never reassigned after their capture.
#include "analysis/escape/type_facts.h"
#include "analysis/escape/walker.h"
#include "frontend/objects.h"

namespace mgo::escape {

namespace {
const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;
}  // namespace

Hole FuncWalker::dcl(const types::Var* v) {
  if (!v) return b_.graph.discardHole();
  Location* loc = b_.varLoc(v);
  if (!loc) loc = b_.declareVar(v, fn_, loopDepth_, LocKind::Var);
  loc->loopDepth = loopDepth_;
  if (loc->kind == LocKind::Var && typeSize(v->type()) > kMaxStackVarSize) loc->heapReason = "too large for stack";
  return Hole{loc};
}

Hole FuncWalker::addr(const ast::Expr* e) {
  const ast::Expr* u = unparen(e);
  if (!u) return b_.graph.discardHole();
  if (auto* id = ast::as<ast::Ident>(u)) {
    if (id->name == "_") return b_.graph.discardHole();
    if (const types::Var* v = localVar(u)) {
      Location* loc = b_.varLoc(v);
      return loc ? Hole{loc} : b_.graph.heapHole();
    }
    return b_.graph.heapHole();  // package variable
  }
  if (auto* sel = ast::as<ast::SelectorExpr>(u)) {
    auto it = b_.info.selections.find(sel);
    if (it == b_.info.selections.end()) return b_.graph.heapHole();  // pkg.Var
    bool takesAddress = false;
    if (selectionShift(b_.info, sel, false, takesAddress) > 0) {  // through a pointer
      discard(sel->x);
      return b_.graph.heapHole();
    }
    return addr(sel->x);
  }
  if (auto* ix = ast::as<ast::IndexExpr>(u)) {
    const types::Type* xt = typeOf(ix->x);
    const types::Type* xu = xt ? xt->underlying() : nullptr;
    if (xu && xu->kind() == types::Kind::Map) {
      discard(ix->x);
      exprAs(note(b_.graph.heapHole(), ix, "key of map put"), ix->index,
             static_cast<const types::Map*>(xu)->key(), gcPos(ix));
      return b_.graph.heapHole();
    }
    discard(ix->index);
    if (xu && xu->kind() == types::Kind::Array) return addr(ix->x);
    discard(ix->x);
    return b_.graph.heapHole();
  }
  discard(u);  // *p
  return b_.graph.heapHole();
}

void FuncWalker::markReassigned(const std::vector<Hole>& ks, const std::vector<bool>& isDefinition) {
  for (size_t i = 0; i < ks.size(); ++i) {
    if (i < isDefinition.size() && isDefinition[i]) continue;
    Location* loc = ks[i].dst;
    if (loc && loc != b_.graph.blankLoc() && loc != b_.graph.heapLoc()) loc->reassigned = true;
  }
}

namespace {

bool mayAffectMemory(const ast::Expr* e, const types::Info& info) {
  e = unparen(e);
  if (!e) return false;
  const types::TypeAndValue* tv = info.typeOf(e);
  if (tv && tv->mode == types::Mode::Constant) return false;
  switch (e->kind) {
    case ast::NodeKind::Ident: case ast::NodeKind::BasicLit: return false;
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      return mayAffectMemory(b->x, info) || mayAffectMemory(b->y, info);
    }
    case ast::NodeKind::IndexExpr: {
      auto* i = static_cast<const ast::IndexExpr*>(e);
      return mayAffectMemory(i->x, info) || mayAffectMemory(i->index, info);
    }
    case ast::NodeKind::UnaryExpr: return mayAffectMemory(static_cast<const ast::UnaryExpr*>(e)->x, info);
    case ast::NodeKind::StarExpr: return mayAffectMemory(static_cast<const ast::StarExpr*>(e)->x, info);
    case ast::NodeKind::SelectorExpr: return mayAffectMemory(static_cast<const ast::SelectorExpr*>(e)->x, info);
    default: return true;
  }
}

// ir.SameSafeExpr: the two expressions denote the same storage without side effects.
bool sameSafeExpr(const ast::Expr* a, const ast::Expr* b, const types::Info& info) {
  a = unparen(a);
  b = unparen(b);
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case ast::NodeKind::Ident: {
      types::Object* oa = info.objectOf(static_cast<const ast::Ident*>(a));
      return oa && oa == info.objectOf(static_cast<const ast::Ident*>(b));
    }
    case ast::NodeKind::SelectorExpr: {
      auto* sa = static_cast<const ast::SelectorExpr*>(a);
      auto* sb = static_cast<const ast::SelectorExpr*>(b);
      return sa->sel && sb->sel && sa->sel->name == sb->sel->name && sameSafeExpr(sa->x, sb->x, info);
    }
    case ast::NodeKind::StarExpr:
      return sameSafeExpr(static_cast<const ast::StarExpr*>(a)->x, static_cast<const ast::StarExpr*>(b)->x, info);
    case ast::NodeKind::IndexExpr: {
      auto* ia = static_cast<const ast::IndexExpr*>(a);
      auto* ib = static_cast<const ast::IndexExpr*>(b);
      return sameSafeExpr(ia->x, ib->x, info) && sameSafeExpr(ia->index, ib->index, info);
    }
    case ast::NodeKind::BasicLit:
      return static_cast<const ast::BasicLit*>(a)->value == static_cast<const ast::BasicLit*>(b)->value;
    default:
      return false;
  }
}

// The variable whose pointee `e` denotes: *p or p.f with p a pointer variable.
const ast::Ident* derefBase(const ast::Expr* e, const types::Info& info) {
  e = unparen(e);
  if (auto* s = ast::as<ast::StarExpr>(e)) return ast::as<ast::Ident>(unparen(s->x));
  if (auto* sel = ast::as<ast::SelectorExpr>(e)) {
    auto it = info.selections.find(sel);
    if (it == info.selections.end() || !it->second.indirect) return nullptr;
    return ast::as<ast::Ident>(unparen(sel->x));
  }
  return nullptr;
}

}  // namespace

bool FuncWalker::isSelfAssign(const ast::Expr* dst, const ast::Expr* src) const {
  const types::Info& info = b_.info;
  dst = unparen(dst);
  src = unparen(src);
  if (!dst || !src) return false;
  // b.buf = b.buf[n:m]: stores no new pointer into *b.
  if (auto* sl = ast::as<ast::SliceExpr>(src)) {
    const types::Type* xt = typeOf(sl->x);
    bool arraySlice = xt && xt->underlying()->kind() == types::Kind::Array;
    const ast::Ident* d = derefBase(dst, info);
    const ast::Ident* s = derefBase(sl->x, info);
    if (!arraySlice && d && s && info.objectOf(d) && info.objectOf(d) == info.objectOf(s)) return true;
  }
  if (dst->kind != src->kind) return false;
  if (auto* ds = ast::as<ast::SelectorExpr>(dst)) {
    auto* ss = static_cast<const ast::SelectorExpr*>(src);
    auto di = info.selections.find(ds);
    auto si = info.selections.find(ss);
    if (di == info.selections.end() || si == info.selections.end()) return false;
    if (di->second.kind != types::Selection::Kind::FieldVal || si->second.kind != types::Selection::Kind::FieldVal) return false;
    if (di->second.indirect != si->second.indirect) return false;
    return sameSafeExpr(ds->x, ss->x, info);
  }
  if (auto* di = ast::as<ast::IndexExpr>(dst)) {
    auto* si = static_cast<const ast::IndexExpr*>(src);
    const types::Type* xt = typeOf(di->x);
    if (xt && xt->underlying()->kind() == types::Kind::Map) return false;
    if (mayAffectMemory(di->index, info) || mayAffectMemory(si->index, info)) return false;
    return sameSafeExpr(di->x, si->x, info);
  }
  return false;
}

}  // namespace mgo::escape
