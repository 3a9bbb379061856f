// batch.cpp — one batch: set-up of function signatures, the walk, closure capture decisions,
// gc's size limits, the solve, and reading decisions and parameter summaries back (model: Go's
// escape.go Batch/initFunc/flowClosure/finish/paramTag).
//
// Invariants: a closure captures a variable by value only if it is never reassigned, never
// address-taken and at most 128 bytes (gc's rule); otherwise the closure holds its address, so
// the variable moves to the heap exactly when the closure does. Objects beyond gc's limits
// (explicit variables > 10 MB; new/&T{}/make > 64 KB; make with a non-constant size) are flowed
// to the heap before solving.
#include "analysis/escape/batch.h"

#include "analysis/escape/type_facts.h"
#include "analysis/escape/walker.h"
#include "frontend/objects.h"

namespace mgo::escape {

Batch::Batch(const types::Info& info, const Options& options, Summaries& summaries, Result& result)
    : info(info),
      options(options),
      graph(options.explain || options.verbosity >= 2),
      describer(info),
      summaries(summaries),
      result(result) {}

FuncNode* Batch::newFuncNode(const ast::Node* decl, const FuncNode* outer, std::string name) {
  FuncNode& fn = funcs.emplace_back();
  fn.decl = decl;
  fn.outer = outer;
  fn.name = std::move(name);
  return &fn;
}

Location* Batch::varLoc(const types::Var* v) {
  auto it = varLocs.find(v);
  return it == varLocs.end() ? nullptr : it->second;
}

Location* Batch::declareVar(const types::Var* v, const FuncNode* fn, int loopDepth, LocKind kind) {
  Location* loc = graph.newLocation(kind, fn, loopDepth, false);
  loc->var = v;
  loc->name = v->name();
  loc->pos = v->pos();
  loc->width = typeSize(v->type());
  loc->reported = fn->reported;
  varLocs[v] = loc;
  return loc;
}

Location* Batch::newAlloc(const FuncNode* fn, int loopDepth, const ast::Node* site, SiteKind kind, std::string name,
                          ast::Pos pos, bool reported) {
  Location* loc = graph.newLocation(LocKind::Alloc, fn, loopDepth, /*transient=*/true);
  loc->site = site;
  loc->name = std::move(name);
  loc->pos = pos;
  loc->reported = reported && (fn->reported || (fn == initFn_ && isDynamicInit(site)));
  allocs_.push_back({loc, kind});
  return loc;
}

// gc initialises package variables statically except for maps and make(...), whose sites it
// analyses in the package's init function (and reports).
bool Batch::isDynamicInit(const ast::Node* site) const {
  if (auto* lit = ast::as<ast::CompositeLit>(site)) {
    const types::TypeAndValue* tv = info.typeOf(lit);
    return tv && tv->type && tv->type->underlying()->kind() == types::Kind::Map;
  }
  if (auto* call = ast::as<ast::CallExpr>(site)) {
    auto* id = ast::as<ast::Ident>(call->fun);
    types::Object* obj = id ? info.objectOf(id) : nullptr;
    return obj && obj->kind() == types::ObjKind::Builtin &&
           static_cast<const types::Builtin*>(obj)->id() == types::BuiltinId::Make;
  }
  return false;
}

namespace {

std::string funcDeclName(const ast::FuncDecl* decl, const types::Info& info) {
  std::string name = decl->name ? decl->name->name : "?";
  if (!decl->recv || decl->recv->names.size() > 1) return name;
  const types::TypeAndValue* tv = info.typeOf(decl->recv->type);
  const types::Type* t = tv ? tv->type : nullptr;
  bool ptr = t && t->kind() == types::Kind::Pointer;
  const types::Type* base = ptr ? static_cast<const types::Pointer*>(t)->elem() : t;
  std::string tname = base && base->isNamed() && static_cast<const types::Named*>(base)->obj()
                          ? static_cast<const types::Named*>(base)->obj()->name()
                          : "?";
  return ptr ? "(*" + tname + ")." + name : tname + "." + name;
}

}  // namespace

// Parameters and results from the AST (unnamed and blank ones get no location).
static void initSignature(Batch& b, FuncNode* fn, const ast::Field* recv, const ast::FuncTypeExpr* type) {
  auto addParam = [&](const ast::Field* field) {
    const types::TypeAndValue* ftv = b.info.typeOf(field->type);
    const types::Type* fieldType = ftv ? ftv->type : nullptr;
    if (field->names.empty()) {
      fn->params.push_back(nullptr);
      fn->paramHasPointers.push_back(hasPointers(fieldType));
      fn->paramNames.push_back("");
      fn->paramPos.push_back(field->pos);
      return;
    }
    for (const ast::Ident* id : field->names) {
      types::Object* obj = b.info.objectOf(id);
      auto* v = obj && obj->kind() == types::ObjKind::Var ? static_cast<const types::Var*>(obj) : nullptr;
      Location* loc = nullptr;
      if (v && id->name != "_") {
        loc = b.declareVar(v, fn, 1, LocKind::Param);
        loc->pos = id->pos;
      }
      fn->params.push_back(loc);
      fn->paramHasPointers.push_back(hasPointers(v ? v->type() : fieldType));
      fn->paramNames.push_back(id->name);
      fn->paramPos.push_back(id->pos);
    }
  };
  if (recv) addParam(recv);
  if (!type) return;
  for (const ast::Field* f : type->params) addParam(f);
  int index = 0;
  for (const ast::Field* f : type->results) {
    const types::TypeAndValue* ftv = b.info.typeOf(f->type);
    const types::Type* fieldType = ftv ? ftv->type : nullptr;
    auto addResult = [&](const ast::Ident* id) {
      types::Object* obj = id ? b.info.objectOf(id) : nullptr;
      auto* v = obj && obj->kind() == types::ObjKind::Var ? static_cast<const types::Var*>(obj) : nullptr;
      Location* loc;
      if (v) {
        loc = b.declareVar(v, fn, 1, LocKind::Result);
        loc->pos = id->pos;
        if (id->name == "_") loc->name = "~b" + std::to_string(index);
      } else {
        loc = b.graph.newLocation(LocKind::Result, fn, 1, false);
        loc->name = "~r" + std::to_string(index);
        loc->pos = f->pos;
        loc->reported = false;
      }
      loc->resultIndex = index + 1;
      fn->results.push_back(loc);
      fn->resultTypes.push_back(v ? v->type() : fieldType);
      ++index;
    };
    if (f->names.empty()) addResult(nullptr);
    for (const ast::Ident* id : f->names) addResult(id);
  }
}

void Batch::addFunc(const types::Func* fn, const ast::FuncDecl* decl) {
  FuncNode* node = newFuncNode(decl, nullptr, funcDeclName(decl, info));
  node->obj = fn;
  if (fn) batchFuncs[fn] = node;
  decls_.push_back({decl, node});
  collectFuncFacts(decl, info, facts);
  initSignature(*this, node, decl->recv, decl->type);
}

void Batch::initFuncLit(FuncNode* fn, const ast::FuncLit* lit) {
  literalFuncs[lit] = fn;
  initSignature(*this, fn, nullptr, lit->type);
}

void Batch::addPackageInit(const std::vector<types::Initializer>& inits) {
  inits_ = inits;
  initFn_ = newFuncNode(nullptr, nullptr, "init");
  initFn_->reported = false;
  for (const types::Initializer& init : inits)
    if (init.rhs) collectFuncFacts(init.rhs, info, facts);
}

void Batch::run() {
  walkAll();
  flowClosures();
  applySizeLimits();
  graph.solve();
  finish();
}

void Batch::walkAll() {
  for (auto& [decl, node] : decls_) FuncWalker(*this, node).walkBody(decl->body);
  if (initFn_) FuncWalker(*this, initFn_).walkPackageInit(inits_);
}

void Batch::flowClosures() {
  for (PendingClosure& c : closures) {
    for (size_t i = 0; i < c.captured.size(); ++i) {
      Location* loc = c.captured[i];
      bool byValue = !loc->addrtaken && !loc->reassigned && loc->width <= 128;
      if (graph.explaining() && c.fn->reported && i < c.capturedNames.size()) {
        const FuncNode* owner = loc->fn;
        result.explanations.push_back(
            {c.capturedPos[i], (owner ? owner->name : std::string("?")) + " capturing by " + (byValue ? "value" : "ref") +
                                   ": " + c.capturedNames[i] + " (addr=" + (loc->addrtaken ? "true" : "false") +
                                   " assign=" + (loc->reassigned ? "true" : "false") +
                                   " width=" + std::to_string(loc->width) + ")"});
      }
      Hole k = c.k;
      if (!byValue) k = graph.addr(k, loc->name, loc->pos, "reference");
      graph.flow(graph.note(k, loc->name, loc->pos, "captured by a closure"), loc);
    }
  }
  closures.clear();
}

void Batch::applySizeLimits() {
  for (Location& loc : graph.locations()) {
    if (!loc.heapReason) continue;
    std::string where = loc.kind == LocKind::Alloc ? loc.name : loc.name;
    graph.flow(graph.addr(graph.heapHole(), where, loc.pos, loc.heapReason), &loc);
  }
}

void Batch::tagParams(FuncNode* fn) {
  std::vector<Leaks> tags;
  for (size_t i = 0; i < fn->params.size(); ++i) {
    Location* loc = fn->params[i];
    const std::string& name = fn->paramNames[i];
    Leaks esc;
    if (!fn->paramHasPointers[i]) {
      tags.push_back(Leaks::heapLeak());  // scalars: nothing to track
      continue;
    }
    if (!loc) {  // unnamed or blank: unused, does not escape
      tags.push_back(esc);
      continue;
    }
    esc = loc->paramEsc;
    esc.optimize();
    tags.push_back(esc);
    result.summaries.push_back({fn->name, name, loc->pos, esc});
    if (!fn->reported || loc->escapes) continue;
    if (esc.empty()) result.decisions.push_back({loc->pos, name + " does not escape", "no-leak", {}});
    if (int x = esc.heap(); x >= 0)
      result.decisions.push_back({loc->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + name, "leak", loc->why});
    for (int r = 0; r < Leaks::kNumResults; ++r)
      if (int x = esc.result(r); x >= 0 && size_t(r) < fn->results.size())
        result.decisions.push_back({loc->pos,
                                    "leaking param: " + name + " to result " + fn->results[size_t(r)]->name +
                                        " level=" + std::to_string(x),
                                    "leak", loc->why});
  }
  if (fn->obj) summaries[fn->obj] = tags;
}

void Batch::finish() {
  for (FuncNode& fn : funcs)
    if (fn.decl && fn.reported) tagParams(&fn);
    else if (fn.obj) tagParams(&fn);
  for (const Location& loc : graph.locations()) {
    if (loc.kind == LocKind::Var || loc.kind == LocKind::Param || loc.kind == LocKind::Result) {
      if (!loc.escapes || !loc.var) continue;
      result.markVarOnHeap(loc.var);
      if (loc.reported) result.decisions.push_back({loc.pos, "moved to heap: " + loc.name, "moved-to-heap", loc.why});
    }
  }
  for (const AllocRecord& a : allocs_) {
    const Location* loc = a.loc;
    if (loc->escapes) {
      result.markSiteOnHeap(loc->site, a.kind);
      if (loc->reported) result.decisions.push_back({loc->pos, loc->name + " escapes to heap", "escapes", loc->why});
    } else {
      result.markSiteOnStack(loc->site, a.kind);
      if (loc->reported) result.decisions.push_back({loc->pos, loc->name + " does not escape", "does-not-escape", {}});
    }
  }
  const auto& lines = graph.explanation();
  result.explanations.insert(result.explanations.end(), lines.begin(), lines.end());
}

}  // namespace mgo::escape
