// solve.cpp — the escape-analysis solver (model: Go's escape/solve.go).
//
// walkAll computes, from every location `root`, the minimal number of dereferences along any
// assignment path from every other location to root (Bellman-Ford over a graph with -1 edges;
// intermediate counts are bounded below by 0 because "root = &l; l = x" means l's address, not
// x's, flows to root). Whenever a location l's address (derefs < 0) reaches a root that outlives
// l, l must be heap allocated: it "escapes" and is re-walked as a root itself, since whatever it
// points to now lives as long as the heap. Parameters reached from the heap or from one of their
// function's results record a leak (Leaks). Each location is re-queued only on its transitions
// !escapes -> escapes and transient -> !transient, each of which happens at most once, so the
// number of walks is linear in the number of locations.
//
// Invariants established: (1) no heap (escaping) location holds the address of a non-escaping
// location; (2) no location that outlives another (result, outer loop level, enclosing function)
// holds its address unless that other location escapes.
#include <algorithm>

#include "analysis/escape/graph.h"
#include "frontend/diagnostics.h"

namespace mgo::escape {

void Graph::solve() {
  std::vector<Location*> todo;
  todo.reserve(locs_.size() + 1);
  for (Location& loc : locs_) {
    loc.queued = true;
    todo.push_back(&loc);
  }
  heap_.queued = true;
  todo.push_back(&heap_);

  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkOne(root, ++walkgen, todo);
  }
}

void Graph::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& queue) {
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      l->queued = true;
      queue.push_back(l);
    }
  };
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;

  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();

    int derefs = l->derefs;
    bool addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        enqueue(l);
      }
    }

    if (outlives(root, l)) {
      if (l->isParam()) {
        if (explain_ && !l->escapes) {
          addExplanation(l->pos, "parameter " + l->name + " leaks to " + describe(root) + " with derefs=" +
                                     std::to_string(derefs) + ":");
          auto path = explainPath(root, l);
          for (auto& line : path) explainLines_.push_back(line);
          l->why.insert(l->why.end(), path.begin(), path.end());
        }
        // leakTo: a result of the same function that does not itself escape is summarised as a
        // result leak; anything else is a heap leak.
        if (!root->escapes && root->isResult() && root->fn == l->fn &&
            root->resultIndex - 1 < Leaks::kNumResults) {
          l->paramEsc.addResult(root->resultIndex - 1, derefs);
        } else {
          l->paramEsc.addHeap(derefs);
        }
      }
      if (addressOf && !l->escapes) {
        if (explain_ && l->reported) {
          addExplanation(l->pos, l->name + " escapes to heap:");
          auto path = explainPath(root, l);
          for (auto& line : path) explainLines_.push_back(line);
          l->why = path;
        }
        l->escapes = true;
        enqueue(l);
        continue;
      }
    }

    for (size_t i = 0; i < l->edges.size(); ++i) {
      const Edge& edge = l->edges[i];
      if (edge.src->escapes) continue;
      int d = derefs + edge.derefs;
      if (edge.src->walkgen != walkgen || edge.src->derefs > d) {
        edge.src->walkgen = walkgen;
        edge.src->derefs = d;
        edge.src->dst = l;
        edge.src->dstEdgeIdx = int(i);
        todo.push_back(edge.src);
      }
    }
  }
}

bool Graph::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  if (l->isResult()) {
    // Callers may keep results forever, except for directly called closures whose results stay
    // in the enclosing function: *(func() *int { return &u }()) = 42 keeps u on the stack.
    if (containsClosure(other->fn, l->fn) && l->fn->closureCalled) return false;
    return true;
  }
  // Same function: l outlives other if declared outside other's loop.
  if (l->fn == other->fn && l->loopDepth < other->loopDepth) return true;
  // other is declared in a closure nested in l's function.
  if (containsClosure(l->fn, other->fn)) return true;
  return false;
}

std::vector<ExplainLine> Graph::explainPath(const Location* root, const Location* src) const {
  std::vector<ExplainLine> out;
  std::vector<const Location*> visited;
  ast::Pos pos = src->pos;
  while (true) {
    if (std::find(visited.begin(), visited.end(), src) != visited.end()) {
      out.push_back({pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518"});
      break;
    }
    visited.push_back(src);
    const Location* dst = src->dst;
    if (!dst || src->dstEdgeIdx < 0 || size_t(src->dstEdgeIdx) >= dst->edges.size()) break;
    const Edge& edge = dst->edges[size_t(src->dstEdgeIdx)];
    MGO_ASSERT(edge.src == src, "path inconsistency");
    explainFlow(out, pos, dst, src, edge.derefs, edge.notes);
    if (dst == root) break;
    src = dst;
  }
  return out;
}

void Graph::explainFlow(std::vector<ExplainLine>& out, ast::Pos pos, const Location* dst, const Location* src,
                        int derefs, const Note* notes) const {
  std::string ops = derefs < 0 ? "&" : std::string(size_t(derefs), '*');
  out.push_back({pos, "  flow: " + describe(dst) + " = " + ops + describe(src) + ":"});
  for (const Note* n = notes; n; n = n->next)
    out.push_back({pos, "    from " + n->where + " (" + n->why + ") at @" + std::to_string(n->pos.file) + ":" + std::to_string(n->pos.line) + ":" +
                            std::to_string(n->pos.col)});
}

}  // namespace mgo::escape
