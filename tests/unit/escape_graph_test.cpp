// escape_graph_test.cpp — the escape solver on hand-built graphs (no parser): Go's rules for
// addresses flowing to the heap, to results (leak summaries with levels), across loop levels and
// into closures, and the Leaks summary encoding.
#include <doctest/doctest.h>

#include "analysis/escape/graph.h"
#include "analysis/escape/leaks.h"

using namespace mgo::escape;

namespace {

struct Fixture {
  Graph g{false};
  FuncNode fn;
  Location* var(const char* name, int depth = 1) {
    Location* l = g.newLocation(LocKind::Var, &fn, depth, false);
    l->name = name;
    return l;
  }
  Location* param(const char* name) {
    Location* l = g.newLocation(LocKind::Param, &fn, 1, false);
    l->name = name;
    return l;
  }
  Location* result(int index) {
    Location* l = g.newLocation(LocKind::Result, &fn, 1, false);
    l->name = "~r" + std::to_string(index);
    l->resultIndex = index + 1;
    return l;
  }
  Location* alloc(const char* name, int depth = 1) {
    Location* l = g.newLocation(LocKind::Alloc, &fn, depth, true);
    l->name = name;
    return l;
  }
};

}  // namespace

TEST_CASE("p = &q with p unused keeps q on the stack") {
  Fixture f;
  Location* p = f.var("p");
  Location* q = f.var("q");
  f.g.flow(Hole{p}.shift(-1), q);
  f.g.solve();
  CHECK_FALSE(q->escapes);
  CHECK(q->addrtaken);
}

TEST_CASE("storing an address in the heap moves the variable to the heap") {
  Fixture f;
  Location* q = f.var("q");
  Location* p = f.var("p");
  f.g.flow(Hole{p}.shift(-1), q);  // p = &q
  f.g.flow(f.g.heapHole(), p);     // global = p
  f.g.solve();
  CHECK(q->escapes);
  CHECK_FALSE(p->escapes);  // p's value (an address) went to the heap, not p's own address
}

TEST_CASE("dereferences cancel addresses: global = *p with p = &q does not move q") {
  Fixture f;
  Location* q = f.var("q");
  Location* p = f.var("p");
  f.g.flow(Hole{p}.shift(-1), q);             // p = &q
  f.g.flow(f.g.heapHole().shift(1), p);       // global = *p
  f.g.solve();
  CHECK_FALSE(q->escapes);
}

TEST_CASE("returning an address: the result outlives the frame") {
  Fixture f;
  Location* u = f.var("u");
  Location* r = f.result(0);
  f.g.flow(Hole{r}.shift(-1), u);  // return &u
  f.g.solve();
  CHECK(u->escapes);
}

TEST_CASE("parameter leak summaries: result levels and heap") {
  Fixture f;
  Location* p = f.param("p");
  Location* q = f.param("q");
  Location* s = f.param("s");
  Location* r0 = f.result(0);
  Location* r1 = f.result(1);
  f.g.flow(Hole{r0}, p);                 // return p        -> level 0
  f.g.flow(Hole{r1}.shift(2), q);        // return **q      -> level 2
  f.g.flow(f.g.heapHole().shift(1), s);  // global = *s     -> content
  f.g.solve();
  CHECK(p->paramEsc.result(0) == 0);
  CHECK(p->paramEsc.heap() == -1);
  CHECK(q->paramEsc.result(1) == 2);
  CHECK(s->paramEsc.heap() == 1);
  CHECK(s->paramEsc.result(0) == -1);
}

TEST_CASE("an address kept across loop iterations escapes (loopDepth)") {
  Fixture f;
  Location* p = f.var("p", 1);
  Location* x = f.var("x", 2);  // declared inside the loop
  Location* y = f.var("y", 1);  // declared outside the loop
  f.g.flow(Hole{p}.shift(-1), x);
  f.g.flow(Hole{p}.shift(-1), y);
  f.g.solve();
  CHECK(x->escapes);
  CHECK_FALSE(y->escapes);
}

TEST_CASE("allocations flowing nowhere stay on the stack; chains propagate") {
  Fixture f;
  Location* a = f.alloc("new(int)");
  Location* b = f.alloc("&T{...}");
  Location* p = f.var("p");
  Location* q = f.var("q");
  f.g.flow(Hole{p}.shift(-1), a);  // p = new(int)
  f.g.flow(Hole{q}.shift(-1), b);  // q = &T{...}
  Location* t = f.var("t");
  f.g.flow(Hole{t}, q);            // t = q
  f.g.flow(f.g.heapHole(), t);     // global = t
  f.g.solve();
  CHECK_FALSE(a->escapes);
  CHECK(b->escapes);
}

TEST_CASE("a heap object's contents are the heap: whatever it points to escapes") {
  Fixture f;
  Location* obj = f.alloc("&node{...}");
  Location* x = f.var("x");
  Location* p = f.var("p");
  f.g.flow(Hole{p}.shift(-1), obj);     // p = &node{}
  f.g.flow(Hole{obj}.shift(-1), x);     // obj.next = &x   (modelled as obj = &x)
  f.g.flow(f.g.heapHole(), p);          // global = p
  f.g.solve();
  CHECK(obj->escapes);
  CHECK(x->escapes);
}

TEST_CASE("closures: variables of the enclosing function outlive the closure's own") {
  Graph g{false};
  FuncNode outer;
  FuncNode inner;
  inner.outer = &outer;
  CHECK(containsClosure(&outer, &inner));
  CHECK_FALSE(containsClosure(&inner, &outer));
  Location* l = g.newLocation(LocKind::Var, &outer, 1, false);   // var l *int (outer)
  Location* v = g.newLocation(LocKind::Var, &inner, 1, false);   // v declared in the closure
  g.flow(Hole{l}.shift(-1), v);                                  // l = &v inside the closure
  g.solve();
  CHECK(v->escapes);
}

TEST_CASE("directly called closures may return addresses of the caller's variables") {
  Graph g{false};
  FuncNode outer;
  FuncNode lit;
  lit.outer = &outer;
  lit.closureCalled = true;
  Location* u = g.newLocation(LocKind::Var, &outer, 1, false);
  Location* r = g.newLocation(LocKind::Result, &lit, 1, false);
  r->resultIndex = 1;
  g.flow(Hole{r}.shift(-1), u);  // func() *int { return &u }()
  g.solve();
  CHECK_FALSE(u->escapes);
}

TEST_CASE("teeHole feeds several destinations") {
  Fixture f;
  Location* x = f.var("x");
  Location* p = f.var("p");
  Hole tee = f.g.teeHole({Hole{p}, f.g.heapHole()}, &f.fn, 1);
  f.g.flow(tee.shift(-1), x);  // (p, global) = &x
  f.g.solve();
  CHECK(x->escapes);
}

TEST_CASE("Leaks: encoding, optimisation and description") {
  Leaks l;
  CHECK(l.empty());
  CHECK(l.describe() == "none");
  l.addResult(0, 2);
  l.addResult(0, 1);  // keeps the minimum
  CHECK(l.result(0) == 1);
  l.addHeap(1);
  l.optimize();       // a heap path at level 1 subsumes the result path at level 1
  CHECK(l.result(0) == -1);
  CHECK(l.heap() == 1);
  CHECK(Leaks::heapLeak().heap() == 0);
  Leaks m;
  m.addResult(2, 0);
  m.addHeap(3);
  m.optimize();
  CHECK(m.result(2) == 0);
  CHECK(m.describe() == "heap=3 r2=0");
}

TEST_CASE("solver is linear-ish: a long chain resolves") {
  Fixture f;
  std::vector<Location*> chain;
  for (int i = 0; i < 20000; ++i) chain.push_back(f.var("v"));
  for (int i = 1; i < 20000; ++i) f.g.flow(Hole{chain[size_t(i)]}, chain[size_t(i - 1)]);
  Location* x = f.var("x");
  f.g.flow(Hole{chain[0]}.shift(-1), x);
  f.g.flow(f.g.heapHole(), chain.back());
  f.g.solve();
  CHECK(x->escapes);
}
