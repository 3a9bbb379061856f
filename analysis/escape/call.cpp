// call.cpp — escape flows of calls, conversions, built-ins and go/defer (model: Go's
// escape/call.go). An argument flows into its parameter's hole: for a callee in the current
// batch, the parameter's own location (and the callee's result locations flow to the call's
// result holes); for an analysed callee, the holes its leak summary names (heap shifted by the
// summary's level, result k's hole shifted by its level); for a library function, its
// hand-written summary (library.cpp); for an unknown callee (function value, interface method),
// the heap. Variadic arguments are packed into an implicit slice ("... argument").
//
// go/defer: gc wraps the call in a closure that captures the evaluated arguments; the closure
// lives on the heap for `go` and for `defer` inside a loop, and until function exit for a
// top-level defer. Arguments are copied into temporaries captured by that closure.
#include <functional>

#include "analysis/escape/library.h"
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

struct Callee {
  enum class Kind { Dynamic, Static, Interface } kind = Kind::Dynamic;
  const types::Func* func = nullptr;
  FuncNode* node = nullptr;                    // in this batch
  const std::vector<Leaks>* summary = nullptr; // analysed earlier
  const LibrarySummary* library = nullptr;     // library function with a table entry
  bool libraryUnknown = false;                 // library function without one: heap
  const ast::FuncLit* literal = nullptr;
  const ast::SelectorExpr* methodSel = nullptr;  // x.m(...): receiver is methodSel->x
  bool methodExpr = false;                       // T.m(x, ...): receiver is args[0]
  bool hasReceiver = false;
};

}  // namespace

struct CallLowering {
  FuncWalker& w;
  Batch& b;
  std::vector<Location*>* wrapCaptures = nullptr;  // inside a go/defer wrapper

  // Go's argument(): evaluates `e` (through `eval`) into k, copying it into a temporary that the
  // go/defer wrapper captures when there is one.
  void argument(Hole k, const ast::Expr* e, bool trivial, int64_t width, const std::function<void(Hole)>& eval) {
    if (wrapCaptures && !trivial) {
      Location* tmp = b.graph.newLocation(LocKind::Temp, w.fn(), w.loopDepth(), false);
      tmp->reported = false;
      tmp->width = width;
      eval(Hole{tmp});
      tmp->captured = true;
      wrapCaptures->push_back(tmp);
      b.graph.flow(k, tmp);
      return;
    }
    eval(k);
  }
  bool trivialArg(const ast::Expr* e, const types::Type* target) const {
    const types::Type* src = w.typeOf(e);
    bool boxes = target && types::isInterface(target) && src && !types::isInterface(src) &&
                 src->kind() != types::Kind::UntypedNil;
    if (boxes) return false;
    if (w.isConstant(e)) return true;
    const ast::Expr* u = unparen(e);
    if (auto* id = ast::as<ast::Ident>(u)) {
      types::Object* obj = b.info.objectOf(id);
      if (obj && (obj->kind() == types::ObjKind::Nil || obj->kind() == types::ObjKind::Func)) return true;
    }
    if (auto* sel = ast::as<ast::SelectorExpr>(u)) {
      auto it = b.info.selections.find(sel);
      if (it == b.info.selections.end()) {
        types::Object* obj = b.info.objectOf(sel->sel);
        if (obj && obj->kind() == types::ObjKind::Func) return true;
      } else if (it->second.kind == types::Selection::Kind::MethodExpr) {
        return true;
      }
    }
    return false;
  }
  void valueArgument(Hole k, const ast::Expr* e, const types::Type* target, ast::Pos ctx) {
    const types::Type* t = target ? target : w.typeOf(e);
    argument(k, e, trivialArg(e, target), t ? typeSize(t) : 8,
             [&](Hole h) { w.exprAs(h, e, target, ctx); });
  }
  void discardArgument(const ast::Expr* e) {
    if (!e) return;
    const types::TypeAndValue* tv = b.info.typeOf(e);
    if (tv && tv->mode == types::Mode::TypeExpr) return;
    valueArgument(b.graph.discardHole(), e, nullptr, gcPos(e));
  }

  Callee resolve(const ast::CallExpr* call) const;
  Hole tagHole(const std::vector<Hole>* ks, const Callee& c, size_t slot);
  void run(const std::vector<Hole>* ks, const ast::CallExpr* call);
  void conversion(const std::vector<Hole>* ks, const ast::CallExpr* call);
  void builtin(const std::vector<Hole>* ks, const ast::CallExpr* call, types::BuiltinId id);
  Hole holeFromLeaks(const std::vector<Hole>* ks, const Leaks& l);
};

static Hole applyLeaks(FuncWalker& w, const std::vector<Hole>* ks, const Leaks& l) {
  Batch& b = w.batch();
  std::vector<Hole> tagKs;
  if (int x = l.heap(); x >= 0) tagKs.push_back(b.graph.heapHole().shift(x));
  if (ks)
    for (int i = 0; i < Leaks::kNumResults && size_t(i) < ks->size(); ++i)
      if (int x = l.result(i); x >= 0) tagKs.push_back((*ks)[size_t(i)].shift(x));
  return b.graph.teeHole(tagKs, w.fn(), w.loopDepth());
}

Hole CallLowering::holeFromLeaks(const std::vector<Hole>* ks, const Leaks& l) { return applyLeaks(w, ks, l); }

// A function implemented by the runtime: a native library member (library.cpp) or a body-less
// function of a library package written in mini-Go (runtime intrinsic); both use the summaries
// table (library.h), and without an entry leak everything.
static bool runtimeImplemented(const types::Func* f) {
  if (!f->pkg()) return false;
  return f->pkg()->isLibrary || (f->pkg()->isLibrarySource && f->decl && !f->decl->body);
}

Hole receiverTagHole(FuncWalker& w, const types::Func* m, const std::vector<Hole>* ks) {
  Batch& b = w.batch();
  auto it = b.batchFuncs.find(m);
  if (it != b.batchFuncs.end()) {
    Location* loc = it->second->params.empty() ? nullptr : it->second->params[0];
    return loc ? Hole{loc} : b.graph.discardHole();
  }
  auto sit = b.summaries.find(m);
  if (sit != b.summaries.end() && !sit->second.empty()) return applyLeaks(w, ks, sit->second[0]);
  if (runtimeImplemented(m))
    if (const LibrarySummary* lib = librarySummary(m->qualifiedName()); lib && !lib->params.empty())
      return applyLeaks(w, ks, lib->params[0]);
  return b.graph.heapHole();
}

Callee CallLowering::resolve(const ast::CallExpr* call) const {
  Callee c;
  auto staticFunc = [&](const types::Func* f) {
    c.kind = Callee::Kind::Static;
    c.func = f;
    if (auto it = b.batchFuncs.find(f); it != b.batchFuncs.end()) c.node = it->second;
    else if (auto sit = b.summaries.find(f); sit != b.summaries.end()) c.summary = &sit->second;
    else if (runtimeImplemented(f)) {
      c.library = librarySummary(f->qualifiedName());
      c.libraryUnknown = c.library == nullptr;
    } else {
      c.libraryUnknown = true;  // a function the analysis never saw: assume the worst
    }
  };
  const ast::Expr* fun = unparen(call->fun);
  // ir.StaticValue: follow never-reassigned local variables to their definitions.
  for (int guard = 0; guard < 16; ++guard) {
    const types::Var* v = w.localVar(fun);
    if (!v || v->role() != types::VarRole::Local || b.facts.reassigned.count(v)) break;
    auto it = b.facts.definitions.find(v);
    if (it == b.facts.definitions.end() || !it->second) break;
    fun = unparen(it->second);
  }
  if (auto* lit = ast::as<ast::FuncLit>(fun)) {
    c.kind = Callee::Kind::Static;
    c.literal = lit;
    return c;
  }
  if (auto* id = ast::as<ast::Ident>(fun)) {
    types::Object* obj = b.info.objectOf(id);
    if (obj && obj->kind() == types::ObjKind::Func) staticFunc(static_cast<const types::Func*>(obj));
    return c;
  }
  if (auto* sel = ast::as<ast::SelectorExpr>(fun)) {
    auto it = b.info.selections.find(sel);
    if (it == b.info.selections.end()) {
      types::Object* obj = b.info.objectOf(sel->sel);
      if (obj && obj->kind() == types::ObjKind::Func) staticFunc(static_cast<const types::Func*>(obj));
      return c;
    }
    const types::Selection& s = it->second;
    auto* m = s.obj && s.obj->kind() == types::ObjKind::Func ? static_cast<const types::Func*>(s.obj) : nullptr;
    if (s.kind == types::Selection::Kind::MethodVal && fun == unparen(call->fun)) {
      const types::Type* xt = w.typeOf(sel->x);
      c.methodSel = sel;
      c.hasReceiver = true;
      if (!m || (xt && types::isInterface(xt))) {
        c.kind = Callee::Kind::Interface;
        return c;
      }
      staticFunc(m);
      return c;
    }
    if (s.kind == types::Selection::Kind::MethodExpr && m) {
      staticFunc(m);
      c.methodExpr = true;
      c.hasReceiver = true;
      return c;
    }
  }
  return c;
}

Hole CallLowering::tagHole(const std::vector<Hole>* ks, const Callee& c, size_t slot) {
  if (c.kind != Callee::Kind::Static) return b.graph.heapHole();
  if (c.node) {
    Location* loc = slot < c.node->params.size() ? c.node->params[slot] : nullptr;
    return loc ? Hole{loc} : b.graph.discardHole();
  }
  if (c.summary) return holeFromLeaks(ks, slot < c.summary->size() ? (*c.summary)[slot] : Leaks::heapLeak());
  if (c.library) return holeFromLeaks(ks, slot < c.library->params.size() ? c.library->params[slot] : Leaks::heapLeak());
  return b.graph.heapHole();
}

void CallLowering::run(const std::vector<Hole>* ks, const ast::CallExpr* call) {
  const types::TypeAndValue* ftv = b.info.typeOf(call->fun);
  if (ftv && ftv->mode == types::Mode::TypeExpr) {
    conversion(ks, call);
    return;
  }
  if (auto* id = ast::as<ast::Ident>(unparen(call->fun))) {
    types::Object* obj = b.info.objectOf(id);
    if (obj && obj->kind() == types::ObjKind::Builtin) {
      builtin(ks, call, static_cast<const types::Builtin*>(obj)->id());
      return;
    }
  }
  Callee c = resolve(call);
  const ast::Expr* fun = unparen(call->fun);
  if (ast::is<ast::FuncLit>(fun)) {
    // A directly called closure: its results may refer to the caller's frame.
    // (Set after its FuncNode exists, below.)
  }
  // The callee expression itself (closures are walked here).
  if (!c.methodSel) {
    const types::Type* ft = w.typeOf(call->fun);
    argument(b.graph.discardHole(), call->fun, trivialArg(call->fun, nullptr), ft ? typeSize(ft) : 8,
             [&](Hole h) { w.expr(h, call->fun); });
  }
  if (c.literal) {
    auto it = b.literalFuncs.find(c.literal);
    if (it != b.literalFuncs.end()) {
      c.node = it->second;
      if (ast::is<ast::FuncLit>(fun)) it->second->closureCalled = true;
    } else {
      c.kind = Callee::Kind::Dynamic;
    }
  }
  if (ks && c.node) {
    for (size_t i = 0; i < c.node->results.size() && i < ks->size(); ++i)
      if (Location* r = c.node->results[i]) b.graph.flow((*ks)[i], r);
  }

  const types::Type* calleeType = w.typeOf(call->fun);
  const types::Signature* sig = calleeType && calleeType->underlying() &&
                                        calleeType->underlying()->kind() == types::Kind::Signature
                                    ? static_cast<const types::Signature*>(calleeType->underlying())
                                    : (c.func ? c.func->signature() : nullptr);
  std::vector<const ast::Expr*> args(call->args.begin(), call->args.end());
  size_t slot = 0;
  ast::Pos ctx = gcPos(call);
  if (c.hasReceiver) {
    Hole recvK = c.kind == Callee::Kind::Static ? tagHole(ks, c, 0) : b.graph.heapHole();
    recvK = w.note(recvK, call, "call parameter");
    if (c.methodSel) {
      bool takesAddress = false;
      int derefs = selectionShift(b.info, c.methodSel, true, takesAddress);
      const ast::Expr* x = c.methodSel->x;
      const types::Type* xt = w.typeOf(x);
      argument(recvK, x, false, xt ? typeSize(xt) : 8, [&](Hole h) {
        if (takesAddress) h = w.addrOf(h, c.methodSel, "address-of");
        for (int i = 0; i < derefs; ++i) h = h.shift(1);
        w.expr(h, x);
      });
    } else if (!args.empty()) {  // method expression T.m(recv, ...)
      const ast::Expr* recv = args.front();
      args.erase(args.begin());
      if (!unparen(recv) || !(ast::is<ast::Ident>(unparen(recv)) && false)) ctx = gcPos(recv);
      valueArgument(recvK, recv, nullptr, ctx);
    }
    slot = 1;
  } else if (c.func && c.func->recv) {
    slot = 1;  // method value called through a variable's static value: receiver unknown here
  }
  if (!sig) {
    for (const ast::Expr* a : args) valueArgument(b.graph.heapHole(), a, nullptr, gcPos(a));
    return;
  }
  const auto& params = sig->params()->types();
  // f(g()) with a multi-value g: g's results flow into f's parameters.
  if (args.size() == 1 && params.size() > 1) {
    const types::Type* at = w.typeOf(args[0]);
    if (at && at->kind() == types::Kind::Tuple) {
      std::vector<Hole> holes;
      for (size_t i = 0; i < params.size(); ++i) holes.push_back(w.note(tagHole(ks, c, slot + i), call, "call parameter"));
      if (auto* inner = ast::as<ast::CallExpr>(unparen(args[0]))) {
        if (sig->variadic()) holes.back() = b.graph.heapHole();
        w.call(&holes, inner);
      } else {
        w.discard(args[0]);
      }
      return;
    }
  }
  size_t fixed = sig->variadic() && !call->hasEllipsis ? params.size() - 1 : params.size();
  auto isName = [&](const ast::Expr* a) {
    auto* id = ast::as<ast::Ident>(unparen(a));
    if (!id) return false;
    types::Object* obj = b.info.objectOf(id);
    return obj && (obj->kind() == types::ObjKind::Var || obj->kind() == types::ObjKind::Func);
  };
  for (size_t i = 0; i < args.size() && i < fixed; ++i) {
    if (!isName(args[i])) ctx = gcPos(args[i]);
    valueArgument(w.note(tagHole(ks, c, slot + i), call, "call parameter"), args[i], params[i], ctx);
  }
  if (fixed < params.size() && args.size() > fixed) {
    // Implicit slice for the variadic parameter.
    const types::Type* sliceType = params.back();
    const types::Type* elem = sliceType && sliceType->underlying()->kind() == types::Kind::Slice
                                  ? static_cast<const types::Slice*>(sliceType->underlying())->elem()
                                  : nullptr;
    Hole paramK = w.note(tagHole(ks, c, slot + fixed), call, "call parameter");
    Hole sliceK = w.spill(paramK, call, SiteKind::Variadic, "... argument", gcPos(call));
    sliceK = w.note(sliceK, call, "slice-literal-element");
    bool formats = c.library && c.library->formatsArgs;
    for (size_t i = fixed; i < args.size(); ++i) {
      if (!isName(args[i])) ctx = gcPos(args[i]);
      Hole elemK = sliceK;
      const types::Type* at = w.typeOf(args[i]);
      if (formats && at && mayRunUserMethods(at))  // fmt may call a method that keeps its receiver
        elemK = b.graph.teeHole({sliceK, b.graph.heapHole()}, w.fn(), w.loopDepth());
      valueArgument(elemK, args[i], elem, ctx);
    }
  }
}

void CallLowering::conversion(const std::vector<Hole>* ks, const ast::CallExpr* call) {
  Hole k = ks && !ks->empty() ? (*ks)[0] : b.graph.discardHole();
  if (call->args.empty()) return;
  const ast::Expr* arg = call->args[0];
  if (w.isConstant(call)) return;
  const types::Type* target = w.typeOf(call);
  const types::Type* src = w.typeOf(arg);
  const types::Type* tu = target ? target->underlying() : nullptr;
  const types::Type* su = src ? src->underlying() : nullptr;
  if (!tu || !su) {
    valueArgument(k, arg, nullptr, gcPos(arg));
    return;
  }
  std::string name = w.describe(call);
  if (types::isInterface(target) && !types::isInterface(src)) {
    argument(k, arg, false, typeSize(target), [&](Hole h) {
      if (!isDirectIface(src)) h = w.spill(h, arg, SiteKind::Box, name, gcPos(call));
      h = w.note(h, call, "interface-converted");
      if (!w.isConstant(arg)) w.expr(h, arg);
    });
    return;
  }
  bool toString = types::isString(target) && !types::isString(src);
  bool fromString = types::isString(src) && tu->kind() == types::Kind::Slice;
  if (toString || fromString) {
    if (fromString && w.isConstant(arg) &&
        static_cast<const types::Slice*>(tu)->elem()->underlying()->kind() == types::Kind::Int32)
      name = "[]rune{...}";  // gc turns []rune("const") into a slice literal
    argument(k, arg, true, 8, [&](Hole h) {
      w.spill(h, call, SiteKind::Alloc, name, gcPos(call));
      w.discard(arg);
    });
    return;
  }
  valueArgument(k, arg, nullptr, gcPos(arg));
}

void CallLowering::builtin(const std::vector<Hole>* ks, const ast::CallExpr* call, types::BuiltinId id) {
  Hole k = ks && !ks->empty() ? (*ks)[0] : b.graph.discardHole();
  const auto& args = call->args;
  switch (id) {
    case types::BuiltinId::Append: {
      if (args.empty()) return;
      const types::Type* st = w.typeOf(args[0]);
      const types::Type* su = st ? st->underlying() : nullptr;
      const types::Type* elem = su && su->kind() == types::Kind::Slice ? static_cast<const types::Slice*>(su)->elem() : nullptr;
      Hole appendeeK = k;
      if (!elem || hasPointers(elem))
        appendeeK = b.graph.teeHole({appendeeK, w.deref(b.graph.heapHole(), call, "appendee slice")}, w.fn(), w.loopDepth());
      valueArgument(appendeeK, args[0], nullptr, gcPos(args[0]));
      if (call->hasEllipsis) {
        if (args.size() < 2) return;
        Hole appendedK = b.graph.discardHole();
        const types::Type* at = w.typeOf(args[1]);
        const types::Type* au = at ? at->underlying() : nullptr;
        if (au && au->kind() == types::Kind::Slice && hasPointers(static_cast<const types::Slice*>(au)->elem()))
          appendedK = w.deref(b.graph.heapHole(), call, "appended slice...");
        valueArgument(appendedK, args[1], nullptr, gcPos(args[1]));
      } else {
        ast::Pos ctx = lastVisitedPos(args.back(), b.info);
        for (size_t i = 1; i < args.size(); ++i) valueArgument(w.note(b.graph.heapHole(), call, "appended"), args[i], elem, ctx);
      }
      return;
    }
    case types::BuiltinId::Copy: {
      if (args.size() < 2) return;
      discardArgument(args[0]);
      Hole copiedK = b.graph.discardHole();
      const types::Type* at = w.typeOf(args[1]);
      const types::Type* au = at ? at->underlying() : nullptr;
      if (au && au->kind() == types::Kind::Slice && hasPointers(static_cast<const types::Slice*>(au)->elem()))
        copiedK = w.deref(b.graph.heapHole(), call, "copied slice");
      valueArgument(copiedK, args[1], nullptr, gcPos(args[1]));
      return;
    }
    case types::BuiltinId::Panic: {
      if (args.empty()) return;
      const types::Type* any = nullptr;
      // panic's parameter is interface{}: box like an implicit conversion.
      const types::Type* at = w.typeOf(args[0]);
      if (at && !types::isInterface(at)) {
        Hole h = b.graph.heapHole();
        argument(h, args[0], false, 16, [&](Hole hh) {
          if (!isDirectIface(at)) hh = w.spill(hh, args[0], SiteKind::Box, w.describe(args[0]), lastVisitedPos(args[0], b.info));
          if (!w.isConstant(args[0])) w.expr(hh, args[0]);
        });
      } else {
        valueArgument(b.graph.heapHole(), args[0], any, gcPos(args[0]));
      }
      return;
    }
    case types::BuiltinId::New: {
      const types::Type* t = w.typeOf(call);
      const types::Type* elem = t && t->underlying()->kind() == types::Kind::Pointer
                                    ? static_cast<const types::Pointer*>(t->underlying())->elem()
                                    : nullptr;
      const char* reason = elem && typeSize(elem) > kMaxImplicitStackVarSize ? "too large for stack" : nullptr;
      w.spill(k, call, SiteKind::Alloc, w.describe(call), gcPos(call), true, reason);
      return;
    }
    case types::BuiltinId::Make: {
      const types::Type* t = w.typeOf(call);
      const types::Type* u = t ? t->underlying() : nullptr;
      std::vector<const ast::Expr*> sizes(args.begin() + (args.empty() ? 0 : 1), args.end());
      if (u && u->kind() == types::Kind::Slice) {
        const ast::Expr* r = sizes.size() >= 2 ? sizes[1] : (sizes.empty() ? nullptr : sizes[0]);
        const char* reason = nullptr;
        const types::TypeAndValue* rtv = r ? b.info.typeOf(r) : nullptr;
        bool smallConst = rtv && rtv->mode == types::Mode::Constant &&
                          rtv->value.kind() == types::ConstValue::Kind::Int && rtv->value.toInt64() >= INT32_MIN &&
                          rtv->value.toInt64() <= INT32_MAX;
        if (!smallConst) {
          reason = "non-constant size";
        } else {
          int64_t elemSize = typeSize(static_cast<const types::Slice*>(u)->elem());
          if (elemSize != 0 && rtv->value.toInt64() > kMaxImplicitStackVarSize / elemSize) reason = "too large for stack";
        }
        w.spill(k, call, SiteKind::Alloc, w.describe(call), gcPos(call), true, reason);
      } else if (u && u->kind() == types::Kind::Map) {
        w.spill(k, call, SiteKind::Alloc, w.describe(call), gcPos(call));
      }
      for (const ast::Expr* s : sizes) discardArgument(s);
      return;
    }
    default:
      for (const ast::Expr* a : args) discardArgument(a);
      return;
  }
}

void FuncWalker::call(const std::vector<Hole>* ks, const ast::CallExpr* call) {
  CallLowering lowering{*this, b_};
  lowering.run(ks, call);
}

void FuncWalker::goDefer(const ast::Stmt* s, const ast::CallExpr* call, bool isGo) {
  Hole k = b_.graph.heapHole();
  if (!isGo && loopDepth_ == 1) {
    // Top-level defer arguments don't escape to the heap, but must last until they're invoked.
    k = b_.graph.later(b_.graph.discardHole(), fn_, loopDepth_);
  }
  if (!call) return;
  const types::TypeAndValue* ftv = b_.info.typeOf(call->fun);
  bool isConversion = ftv && ftv->mode == types::Mode::TypeExpr;
  bool isBuiltin = false;
  if (auto* id = ast::as<ast::Ident>([&] {
        const ast::Expr* f = call->fun;
        while (auto* p = ast::as<ast::ParenExpr>(f)) f = p->x;
        return f;
      }())) {
    types::Object* obj = b_.info.objectOf(id);
    isBuiltin = obj && obj->kind() == types::ObjKind::Builtin;
  }
  bool isMethod = false;
  if (auto* sel = ast::as<ast::SelectorExpr>(call->fun)) {
    auto it = b_.info.selections.find(sel);
    isMethod = it != b_.info.selections.end() && it->second.kind != types::Selection::Kind::FieldVal;
  }
  const types::Type* ft = ftv ? ftv->type : nullptr;
  const types::Type* fu = ft ? ft->underlying() : nullptr;
  if (!isConversion && !isBuiltin && !isMethod && fu && fu->kind() == types::Kind::Signature) {
    auto* sig = static_cast<const types::Signature*>(fu);
    if (sig->params()->size() == 0 && sig->results()->size() == 0) {
      // Already a zero-argument call: the function value itself is what runs later.
      CallLowering lowering{*this, b_};
      Callee c = lowering.resolve(call);
      expr(note(k, s, isGo ? "go" : "defer"), call->fun);
      (void)c;
      return;
    }
  }
  // Wrap: func() { f(tmp1, tmp2) } capturing the evaluated arguments.
  FuncNode* wrapper = b_.newFuncNode(s, fn_, fn_->name + ".gowrap");
  wrapper->reported = false;
  std::vector<Location*> captures;
  CallLowering lowering{*this, b_, &captures};
  lowering.run(nullptr, call);
  Hole closureK = spill(k, s, SiteKind::Alloc, "func literal", s->pos, /*reported=*/false);
  Batch::PendingClosure pending{closureK, wrapper, captures, {}, {}};
  b_.closures.push_back(pending);
}

}  // namespace mgo::escape
