// init_order.cpp — package-level initialisation order (types2's initorder.go, Go spec "Package
// initialization"): variables are initialised in dependency order, ties broken by declaration
// order; dependencies through functions count (a function's references are those of its body).
// Cycles are reported as "initialization loop for x".
//
// Invariant: Info::initOrder lists each variable initialiser once (a multi-variable
// `var a, b = f()` is one Initializer with both variables).
#include <algorithm>
#include <map>
#include <set>

#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

struct GraphNode {
  Object* obj;
  std::set<GraphNode*> pred, succ;
  int ndeps = 0;
  int order = 0;
};

bool isDependency(Object* obj) {
  return obj->kind() == ObjKind::Const || obj->kind() == ObjKind::Var || obj->kind() == ObjKind::Func;
}

}  // namespace

void Checker::initOrder() {
  info_.initOrder.clear();
  std::map<Object*, std::unique_ptr<GraphNode>> M;
  std::vector<GraphNode*> nodes;
  for (Object* obj : objList_) {
    if (!isDependency(obj)) continue;
    auto n = std::make_unique<GraphNode>();
    n->obj = obj;
    n->order = objMap_[obj]->order;
    nodes.push_back(n.get());
    M[obj] = std::move(n);
  }
  for (GraphNode* n : nodes) {
    for (Object* d : objMap_[n->obj]->deps) {
      auto it = M.find(d);
      if (it == M.end()) continue;
      n->succ.insert(it->second.get());
      it->second->pred.insert(n);
    }
  }
  // Remove function nodes, connecting their predecessors to their successors.
  std::vector<GraphNode*> funcs, G;
  for (GraphNode* n : nodes) (n->obj->kind() == ObjKind::Func ? funcs : G).push_back(n);
  std::stable_sort(funcs.begin(), funcs.end(), [](GraphNode* a, GraphNode* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (GraphNode* n : funcs) {
    for (GraphNode* p : n->pred) {
      if (p == n) continue;
      for (GraphNode* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (GraphNode* s : n->succ) s->pred.erase(n);
  }
  for (GraphNode* n : G) n->ndeps = static_cast<int>(n->succ.size());

  // Depth-first search for a path from `from` to `to` in the original dependency graph.
  std::function<bool(Object*, Object*, std::set<Object*>&, std::vector<Object*>&)> findPath =
      [&](Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) -> bool {
    if (seen.count(from)) return false;
    seen.insert(from);
    auto it = objMap_.find(from);
    if (it == objMap_.end()) return false;
    for (Object* d : it->second->deps) {
      if (d == to) {
        path.push_back(d);
        return true;
      }
      if (findPath(d, to, seen, path)) {
        path.push_back(d);
        return true;
      }
    }
    return false;
  };

  std::set<DeclInfo*> emitted;
  // Priority queue by (number of outstanding dependencies, source order).
  auto key = [](GraphNode* n) { return std::make_pair(n->ndeps, n->order); };
  std::set<std::pair<std::pair<int, int>, GraphNode*>> pq;
  for (GraphNode* n : G) pq.insert({key(n), n});
  while (!pq.empty()) {
    GraphNode* n = pq.begin()->second;
    pq.erase(pq.begin());
    if (n->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle;
      if (findPath(n->obj, n->obj, seen, cycle)) {
        // cycle is in reverse order: cycle[0] == n->obj
        Object* obj = cycle[0];
        std::vector<ErrorPart> err;
        err.push_back({obj->pos(), "initialization loop for " + obj->name()});
        for (size_t i = cycle.size(); i > 0; --i) {
          err.push_back({obj->pos(), obj->name() + " refers to"});
          obj = cycle[i - 1];
        }
        err.push_back({obj->pos(), obj->name()});
        report(err);
      }
    }
    for (GraphNode* p : n->pred) {
      auto it = pq.find({key(p), p});
      if (it == pq.end()) {
        p->ndeps--;
        continue;
      }
      pq.erase(it);
      p->ndeps--;
      pq.insert({key(p), p});
    }
    auto* v = dynamic_cast<Var*>(n->obj);
    if (!v) continue;
    DeclInfo* d = objMap_[v];
    if (!d->hasInitializer() || emitted.count(d)) continue;
    emitted.insert(d);
    Initializer init;
    init.lhs = d->lhs.empty() ? std::vector<Var*>{v} : d->lhs;
    init.rhs = d->init;
    info_.initOrder.push_back(std::move(init));
  }
}

void Checker::unusedImports() {
  for (PkgName* obj : imports_) {
    if (obj->used || obj->name() == "_") continue;
    const std::string& path = obj->imported()->path();
    std::string elem = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    if (obj->name().empty() || obj->name() == "." || obj->name() == elem)
      error(obj->pos(), "imported and not used: " + quoteGoString(path));
    else
      error(obj->pos(), "imported and not used: " + quoteGoString(path) + " as " + obj->name());
  }
}

}  // namespace mgo::types
