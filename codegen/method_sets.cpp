// method_sets.cpp — the method set of a type as the runtime's method tables need it: every method
// callable through an interface holding a T (or *T), including methods promoted through embedded
// fields, each with the embedded-field path that leads to its receiver. A port of go/types'
// NewMethodSet (methodset.go).
//
// Invariants:
//   * Breadth-first over the embedded fields, one depth at a time: a name found at a shallower depth
//     (as a method or as a field) hides every deeper one; two methods (or a method and a field) of
//     the same name at the same depth collide and neither is in the set; a type embedded twice at
//     the same depth makes all its members collide (consolidateMultiples).
//   * A method with a pointer receiver is in the method set of a value type only when a pointer
//     indirection lies on its path (an embedded *S); methods of embedded interfaces always are.
//   * Unexported members of library types are invisible from package main (Go's sameId).
//   * Entries are sorted by name (the runtime's tables are).
#include <algorithm>
#include <map>
#include <set>

#include "codegen/module_context.h"

namespace mgo::codegen {

namespace {

struct Embedded {
  const types::Type* type;
  std::vector<int> path;
  bool indirect;   // a pointer was followed to reach this type (or the set is of a pointer type)
  bool multiples;  // the type occurs several times at this depth
};

struct Candidate {
  MethodSetEntry entry;
  bool indirect = false;
  bool collision = false;
};

bool hiddenLibraryMember(const types::Object* obj) {
  return obj && obj->pkg() && obj->pkg()->isLibrary && !obj->exported();
}

std::vector<int> concat(const std::vector<int>& path, int i) {
  std::vector<int> r = path;
  r.push_back(i);
  return r;
}

void addCandidate(std::map<std::string, Candidate>& set, const std::string& name, Candidate c, bool multiples) {
  auto [it, inserted] = set.emplace(name, c);
  if (!inserted || multiples) it->second.collision = true;
}

}  // namespace

std::vector<MethodSetEntry> methodSetOf(const types::Type* t) {
  const types::Type* typ = t;
  bool isPtr = false;
  if (t->kind() == types::Kind::Pointer) {
    typ = static_cast<const types::Pointer*>(t)->elem();
    isPtr = true;
    if (isInterfaceType(typ)) return {};
  }
  if (isInterfaceType(typ)) return {};  // an interface's own methods are dispatched dynamically
  std::map<std::string, const Candidate*> base;  // nullptr: a collision or a field hides the name
  std::vector<std::unique_ptr<Candidate>> owned;
  std::vector<Embedded> current{{typ, {}, isPtr, false}};
  std::set<const types::Named*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    std::map<std::string, Candidate> mset;
    std::set<std::string> fset;
    for (const Embedded& e : current) {
      if (e.type->kind() == types::Kind::Named) {
        auto* named = static_cast<const types::Named*>(e.type);
        if (seen.count(named)) continue;
        seen.insert(named);
        for (const types::Func* m : named->methods()) {
          if (hiddenLibraryMember(m)) continue;
          Candidate c;
          c.entry.name = m->name();
          c.entry.method = m;
          c.entry.sig = m->signature();
          c.entry.path = e.path;
          c.indirect = e.indirect;
          addCandidate(mset, m->name(), c, e.multiples);
        }
      }
      const types::Type* u = under(e.type);
      if (u->kind() == types::Kind::Struct) {
        const auto& fields = static_cast<const types::Struct*>(u)->fields();
        for (size_t i = 0; i < fields.size(); ++i) {
          const types::StructField& f = fields[i];
          if (hiddenLibraryMember(f.var)) continue;
          fset.insert(f.name);
          if (!f.embedded) continue;
          const types::Type* ft = f.type;
          bool p = false;
          if (ft->kind() == types::Kind::Pointer) {
            ft = static_cast<const types::Pointer*>(ft)->elem();
            p = true;
          }
          next.push_back({ft, concat(e.path, static_cast<int>(i)), e.indirect || p, e.multiples});
        }
      } else if (u->kind() == types::Kind::Interface && !e.path.empty()) {
        for (const types::InterfaceMethod& im : static_cast<const types::Interface*>(u)->methods()) {
          Candidate c;
          c.entry.name = im.name;
          c.entry.method = nullptr;
          c.entry.sig = im.sig;
          c.entry.path = e.path;
          c.entry.viaInterface = true;
          c.indirect = true;
          addCandidate(mset, im.name, c, e.multiples);
        }
      }
    }
    for (auto& [name, c] : mset) {
      if (base.count(name)) continue;
      if (c.collision || fset.count(name)) {
        base[name] = nullptr;
        continue;
      }
      owned.push_back(std::make_unique<Candidate>(c));
      base[name] = owned.back().get();
    }
    for (const std::string& name : fset)
      if (!base.count(name)) base[name] = nullptr;
    // consolidateMultiples: one entry per type, marked when it occurs more than once.
    std::vector<Embedded> merged;
    for (Embedded& e : next) {
      auto same = std::find_if(merged.begin(), merged.end(), [&](const Embedded& x) { return x.type == e.type; });
      if (same != merged.end()) same->multiples = true;
      else merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }
  std::vector<MethodSetEntry> out;
  for (const auto& [name, c] : base) {  // std::map: sorted by name
    if (!c) continue;
    if (!isPtr && !c->indirect && c->entry.method && c->entry.method->pointerRecv()) continue;
    out.push_back(c->entry);
  }
  return out;
}

}  // namespace mgo::codegen
