// graph.cpp — building the escape-analysis graph: locations, holes and assignment edges
// (model: Go's escape/graph.go). See graph.h for the model and its invariants.
//
// Invariants kept here: a hole's derefs never drop below -1 (the & operator applies only to
// addressable operands and &x is not addressable); a flow into the blank sink is dropped; a
// flow `heap = &src` marks src as escaping immediately (it would be found by the solver anyway).
#include "analysis/escape/graph.h"

#include "frontend/diagnostics.h"

namespace mgo::escape {

bool containsClosure(const FuncNode* fn, const FuncNode* inner) {
  if (!fn || !inner || fn == inner) return false;
  for (const FuncNode* f = inner->outer; f; f = f->outer)
    if (f == fn) return true;
  return false;
}

Hole Hole::shift(int delta) const {
  Hole k = *this;
  k.derefs += delta;
  MGO_ASSERT(k.derefs >= -1, "derefs underflow");
  k.addrtaken = delta < 0;
  return k;
}

Graph::Graph(bool explain) : explain_(explain) {
  heap_.kind = LocKind::Heap;
  heap_.escapes = true;
  heap_.name = "{heap}";
  blank_.kind = LocKind::Blank;
  blank_.name = "_";
}

Location* Graph::newLocation(LocKind kind, const FuncNode* fn, int loopDepth, bool transient) {
  Location& loc = locs_.emplace_back();
  loc.kind = kind;
  loc.fn = fn;
  loc.loopDepth = loopDepth;
  loc.transient = transient;
  return &loc;
}

Hole Graph::note(Hole k, const std::string& where, ast::Pos pos, const char* why) {
  if (!explain_) return k;
  Note& n = notes_.emplace_back();
  n.next = k.notes;
  n.where = where;
  n.pos = pos;
  n.why = why;
  k.notes = &n;
  return k;
}

void Graph::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blank_) return;
  if (dst == src && k.derefs >= 0) return;  // dst = dst, dst = *dst, ...
  if (dst->escapes && k.derefs < 0) {       // dst = &src
    if (explain_ && src->reported && !src->escapes) {
      addExplanation(src->pos, src->name + " escapes to heap:");
      std::vector<ExplainLine> lines;
      explainFlow(lines, src->pos, dst, src, k.derefs, k.notes);
      explainLines_.insert(explainLines_.end(), lines.begin(), lines.end());
      src->why = lines;
    }
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

Hole Graph::teeHole(const std::vector<Hole>& ks, const FuncNode* fn, int loopDepth) {
  if (ks.empty()) return discardHole();
  if (ks.size() == 1) return ks[0];
  // "p = &q" and "p = &tmp; tmp = q" are not equivalent, so every hole must have derefs >= 0.
  Location* tmp = newLocation(LocKind::Temp, fn, loopDepth, /*transient=*/true);
  tmp->reported = false;
  for (const Hole& k : ks) {
    MGO_ASSERT(k.derefs >= 0, "teeHole: negative derefs");
    flow(k, tmp);
  }
  return Hole{tmp};
}

Hole Graph::later(Hole k, const FuncNode* fn, int loopDepth) {
  Location* tmp = newLocation(LocKind::Temp, fn, loopDepth, /*transient=*/false);
  tmp->reported = false;
  flow(k, tmp);
  return Hole{tmp};
}

std::string Graph::describe(const Location* l) {
  if (l->kind == LocKind::Heap) return "{heap}";
  if (l->kind == LocKind::Temp || l->name.empty()) return "{temp}";
  if (l->kind == LocKind::Alloc) return "{storage for " + l->name + "}";
  return l->name;
}

}  // namespace mgo::escape
