// check_selector.cpp — selectors x.f (types2's selector in call.go and lookup.go): qualified
// identifiers of library packages, fields and methods found through embedded fields (breadth
// first, ambiguity at equal depth), method values and method expressions, with Info::selections.
//
// Invariants: a method with a pointer receiver is found on a non-addressable value only through
// a pointer (else "cannot call pointer method"); Selection::path lists the field indices followed,
// ending with the field index (fields) or the method's position in the embedding chain.
#include <set>

#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

struct Embedded {
  const Type* type;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

std::vector<int> concat(const std::vector<int>& a, int i) {
  std::vector<int> r = a;
  r.push_back(i);
  return r;
}

}  // namespace

// Unexported fields and methods of another package's types (sync.WaitGroup's state, book.Book's
// id ...) do not match a selector written in this package (Go's sameId).
bool Checker::hiddenMember(const Object* obj) const {
  return obj && obj->pkg() && obj->pkg() != package_ && !obj->exported();
}

Object* Checker::lookupFieldOrMethod(const Type* T, bool addressable, const std::string& name, std::vector<int>& index,
                                     bool& indirect) {
  index.clear();
  indirect = false;
  if (name == "_") return nullptr;
  const Type* typ = T;
  bool isPtr = false;
  if (T->kind() == Kind::Pointer) {
    typ = static_cast<const Pointer*>(T)->elem();
    isPtr = true;
    if (isInterface(typ)) return nullptr;
  }
  std::vector<Embedded> current{{typ, {}, isPtr, false}};
  std::set<const Named*> seen;
  Object* obj = nullptr;
  while (!current.empty()) {
    std::vector<Embedded> next;
    for (const Embedded& e : current) {
      const Type* t = e.type;
      if (t->kind() == Kind::Named) {
        auto* named = static_cast<const Named*>(t);
        if (seen.count(named)) continue;
        seen.insert(named);
        const auto& methods = named->methods();
        for (size_t i = 0; i < methods.size(); ++i) {
          if (methods[i]->name() != name || hiddenMember(methods[i])) continue;
          index = concat(e.index, static_cast<int>(i));
          if (obj || e.multiples) {
            indirect = false;
            return nullptr;  // collision (index non-empty: ambiguous)
          }
          obj = methods[i];
          indirect = e.indirect;
          goto nextEntry;
        }
      }
      {
        const Type* u = t->underlying();
        if (!u) continue;
        if (u->kind() == Kind::Struct) {
          const auto& fields = static_cast<const Struct*>(u)->fields();
          for (size_t i = 0; i < fields.size(); ++i) {
            const StructField& f = fields[i];
            if (f.name == name && !hiddenMember(f.var)) {
              index = concat(e.index, static_cast<int>(i));
              if (obj || e.multiples) {
                indirect = false;
                return nullptr;
              }
              obj = f.var;
              indirect = e.indirect;
              continue;
            }
            if (!obj && f.embedded) {
              const Type* ft = f.type;
              bool p = false;
              if (ft->kind() == Kind::Pointer) {
                ft = static_cast<const Pointer*>(ft)->elem();
                p = true;
              }
              next.push_back({ft, concat(e.index, static_cast<int>(i)), e.indirect || p, e.multiples});
            }
          }
        } else if (u->kind() == Kind::Interface) {
          auto* iface = static_cast<const Interface*>(u);
          const auto& methods = iface->methods();
          for (size_t i = 0; i < methods.size(); ++i) {
            if (methods[i].name != name) continue;
            index = concat(e.index, static_cast<int>(i));
            if (obj || e.multiples) {
              indirect = false;
              return nullptr;
            }
            obj = interfaceMethod(iface, methods[i]);
            indirect = e.indirect;
          }
        }
      }
    nextEntry:;
    }
    if (obj) {
      if (auto* f = dynamic_cast<Func*>(obj)) {
        // Methods of interfaces have no receiver; others may require an addressable receiver.
        if (f->recv && f->pointerRecv() && !indirect && !addressable) {
          index.clear();
          indirect = true;
          return nullptr;
        }
      }
      return obj;
    }
    // Consolidate multiples: the same type reached several times at this depth.
    std::vector<Embedded> consolidated;
    for (Embedded& e : next) {
      bool found = false;
      for (Embedded& c : consolidated) {
        if (identical(c.type, e.type)) {
          c.multiples = true;
          found = true;
          break;
        }
      }
      if (!found) consolidated.push_back(e);
    }
    current = std::move(consolidated);
  }
  index.clear();
  return nullptr;
}

Func* Checker::interfaceMethod(const Interface* iface, const InterfaceMethod& m) {
  auto key = std::make_pair(iface, m.name);
  auto it = ifaceMethods_.find(key);
  if (it != ifaceMethods_.end()) return it->second;
  auto* fn = ctx_.newObject<Func>(m.name, m.sig, ast::Pos{}, nullptr);
  ifaceMethods_[key] = fn;
  return fn;
}

void Checker::selector(Operand& x, ast::SelectorExpr* e, Named* def) {
  const std::string& sel = e->sel->name;
  std::vector<int> index;
  bool indirect = false;
  Object* obj = nullptr;

  if (auto* id = ast::as<ast::Ident>(e->x)) {
    Object* o = env_.scope->lookup(id->name);
    if (auto* pname = dynamic_cast<PkgName*>(o)) {
      recordUse(id, pname);
      pname->used = true;
      Package* pkg = pname->imported();
      Object* exp = pkg->scope()->lookupLocal(sel);
      if (!exp && unsupportedImports_.count(pkg)) goto Error;  // reported at the import
      if (!exp) {
        errorAt(e->sel, "undefined: " + pkg->name() + "." + sel);
        goto Error;
      }
      if (!exp->exported()) errorAt(e->sel, sel + " not exported by package " + pkg->name());
      recordUse(e->sel, exp);
      switch (exp->kind()) {
        case ObjKind::Const:
          x.mode = OpMode::Constant;
          x.type = exp->type();
          x.val = static_cast<Const*>(exp)->value();
          break;
        case ObjKind::TypeName:
          x.mode = OpMode::TypeExpr;
          x.type = exp->type();
          break;
        case ObjKind::Var:
          x.mode = OpMode::Variable;
          x.type = exp->type();
          break;
        case ObjKind::Func:
          x.mode = OpMode::Value;
          x.type = exp->type();
          break;
        default:
          goto Error;
      }
      x.expr = e;
      return;
    }
  }

  exprOrType(x, e->x);
  switch (x.mode) {
    case OpMode::TypeExpr:
      if (def && x.type == def) {
        cycleError({def->obj()});
        goto Error;
      }
      break;
    case OpMode::Builtin: {
      ast::Pos dot = e->sel->pos;
      if (dot.col > 1) dot.col -= 1;
      error(dot, "cannot select on " + str(x));
      goto Error;
    }
    case OpMode::Invalid:
      goto Error;
    default:
      break;
  }

  obj = lookupFieldOrMethod(x.type, x.mode == OpMode::Variable, sel, index, indirect);
  if (!obj) {
    if (x.type->underlying()->kind() == Kind::Invalid) goto Error;
    if (!index.empty()) {
      errorAt(e->sel, "ambiguous selector " + str(x.expr) + "." + sel);
      goto Error;
    }
    if (indirect) {
      errorAt(e->sel, "cannot call pointer method " + sel + " on " + str(x.type));
      goto Error;
    }
    std::string why;
    const Type* u = x.type->underlying();
    if (u->kind() == Kind::Pointer && isInterface(static_cast<const Pointer*>(u)->elem())) {
      why = "type " + str(x.type) + " is pointer to interface, not interface";
    } else {
      why = "type " + str(x.type) + " has no field or method " + sel;
      if (!sel.empty()) {
        std::string changed = sel;
        char c = changed[0];
        if (c >= 'A' && c <= 'Z')
          changed[0] = static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z')
          changed[0] = static_cast<char>(c - 'a' + 'A');
        std::vector<int> idx2;
        bool ind2;
        if (changed != sel && lookupFieldOrMethod(x.type, x.mode == OpMode::Variable, changed, idx2, ind2))
          why += ", but does have " + changed;
      }
    }
    errorAt(e->sel, str(x.expr) + "." + sel + " undefined (" + why + ")");
    goto Error;
  }

  if (auto* m = dynamic_cast<Func*>(obj); m && !m->type()) objDecl(m, nullptr);

  if (x.mode == OpMode::TypeExpr) {
    auto* m = dynamic_cast<Func*>(obj);
    if (!m) {
      errorAt(e->sel, str(x.expr) + "." + sel + " undefined (type " + str(x.type) + " has no method " + sel + ")");
      goto Error;
    }
    recordSelection(e, Selection::Kind::MethodExpr, x.type, m, index, indirect);
    recordUse(e->sel, m);
    const Signature* sig = m->signature();
    std::vector<const Type*> params{x.type};
    std::vector<std::string> names{""};
    for (size_t i = 0; i < sig->params()->size(); ++i) {
      params.push_back(sig->params()->at(i));
      names.push_back(i < sig->params()->names().size() ? sig->params()->names()[i] : "");
    }
    if (names.size() > 1 && !names[1].empty()) names[0] = m->recv && !m->recv->name().empty() ? m->recv->name() : "_";
    x.mode = OpMode::Value;
    x.type = ctx_.signature(ctx_.namedTuple(params, names), sig->results(), sig->variadic());
    addDeclDep(m);
  } else if (obj->kind() == ObjKind::Var) {
    recordSelection(e, Selection::Kind::FieldVal, x.type, obj, index, indirect);
    recordUse(e->sel, obj);
    x.mode = (x.mode == OpMode::Variable || indirect) ? OpMode::Variable : OpMode::Value;
    x.type = obj->type();
  } else {
    auto* m = static_cast<Func*>(obj);
    recordSelection(e, Selection::Kind::MethodVal, x.type, m, index, indirect);
    recordUse(e->sel, m);
    x.mode = OpMode::Value;
    x.type = m->type();
    addDeclDep(m);
  }
  x.expr = e;
  return;

Error:
  x.mode = OpMode::Invalid;
  x.expr = e;
}

}  // namespace mgo::types
