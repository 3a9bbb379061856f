// check_typexpr.cpp — type expressions (types2's typexpr.go, signature.go, struct.go,
// interface.go): named types, arrays, slices, pointers, maps, channels, structs, function
// signatures (parameters declared in the function scope) and interfaces.
//
// Invariants: every type expression checked is recorded in Info with mode TypeExpr; an erroneous
// type expression yields the Invalid type (never nullptr) after reporting one error.
#include "frontend/checker_impl.h"

namespace mgo::types {

const Type* Checker::varType(ast::Expr* e) { return definedType(e, nullptr); }

const Type* Checker::definedType(ast::Expr* e, Named* def) {
  const Type* t = typInternal(e, def);
  if (!t) t = ctx_.invalid();
  recordTypeAndValue(e, OpMode::TypeExpr, t, nullptr);
  return t;
}

const Type* Checker::typInternal(ast::Expr* e0, Named* def) {
  using K = ast::NodeKind;
  switch (e0->kind) {
    case K::BadExpr:
      return ctx_.invalid();
    case K::Ident: {
      auto* e = static_cast<ast::Ident*>(e0);
      Operand x;
      ident(x, e, def, true);
      switch (x.mode) {
        case OpMode::TypeExpr:
          return x.type;
        case OpMode::Invalid:
          return ctx_.invalid();
        case OpMode::NoValue:
          errorAt(x, str(x) + " used as type");
          return ctx_.invalid();
        default:
          errorAt(x, str(x) + " is not a type");
          return ctx_.invalid();
      }
    }
    case K::SelectorExpr: {
      auto* e = static_cast<ast::SelectorExpr*>(e0);
      Operand x;
      selector(x, e, def);
      switch (x.mode) {
        case OpMode::TypeExpr:
          return x.type;
        case OpMode::Invalid:
          return ctx_.invalid();
        case OpMode::NoValue:
          errorAt(x, str(x) + " used as type");
          return ctx_.invalid();
        default:
          errorAt(x, str(x) + " is not a type");
          return ctx_.invalid();
      }
    }
    case K::IndexExpr:
      unsupported(e0->pos, "generic type instantiation");
      return ctx_.invalid();
    case K::ParenExpr:
      return definedType(static_cast<ast::ParenExpr*>(e0)->x, def);
    case K::ArrayType: {
      auto* e = static_cast<ast::ArrayTypeExpr*>(e0);
      if (!e->len) return ctx_.sliceOf(varType(e->elem));
      if (auto* dots = ast::as<ast::EllipsisExpr>(e->len); dots && !dots->elt) {
        errorAt(e, "invalid use of [...] array (outside a composite literal)");
        varType(e->elem);
        return ctx_.invalid();
      }
      int64_t n = arrayLength(e->len);
      const Type* elem = varType(e->elem);
      if (n < 0) return ctx_.invalid();
      return ctx_.arrayOf(elem, n);
    }
    case K::Ellipsis: {
      auto* e = static_cast<ast::EllipsisExpr*>(e0);
      errorAt(e, "invalid use of '...'");
      if (e->elt) use(e->elt);
      return ctx_.invalid();
    }
    case K::StructType:
      return structType(static_cast<ast::StructTypeExpr*>(e0));
    case K::StarExpr: {
      const Type* base = varType(static_cast<ast::StarExpr*>(e0)->x);
      if (base->kind() == Kind::Invalid) return ctx_.invalid();
      return ctx_.pointerTo(base);
    }
    case K::FuncType: {
      auto* e = static_cast<ast::FuncTypeExpr*>(e0);
      Scope* scope = ctx_.newScope(env_.scope, Scope::Kind::Function);
      return funcType(scope, nullptr, e, nullptr, nullptr, nullptr, nullptr);
    }
    case K::InterfaceType:
      return interfaceType(static_cast<ast::InterfaceTypeExpr*>(e0));
    case K::MapType: {
      auto* e = static_cast<ast::MapTypeExpr*>(e0);
      const Type* key = varType(e->key);
      const Type* elem = varType(e->value);
      const Map* m = ctx_.mapOf(key, elem);
      ast::Expr* keyExpr = e->key;
      delayed_.push_back([this, key, keyExpr] {
        if (!isComparable(key)) errorAt(keyExpr, "invalid map key type " + str(key));
      });
      return m;
    }
    case K::ChanType: {
      auto* e = static_cast<ast::ChanTypeExpr*>(e0);
      return ctx_.chanOf(e->dir, varType(e->value));
    }
    default: {
      errorAt(e0, str(e0) + " is not a type");
      return ctx_.invalid();
    }
  }
}

int64_t Checker::arrayLength(ast::Expr* e) {
  if (auto* name = ast::as<ast::Ident>(e)) {
    Object* obj = env_.scope->lookup(name->name);
    if (!obj) {
      errorAt(name, "undeclared name " + name->name + " for array length");
      return -1;
    }
    if (obj->kind() != ObjKind::Const) {
      errorAt(name, "invalid array length " + name->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != OpMode::Constant) {
    if (x.mode != OpMode::Invalid) errorAt(x, "array length " + str(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    bool exact;
    ConstValue v = x.val.toInt(exact);
    if (v.kind() == ConstValue::Kind::Int) {
      if (v.representable(ctx_.basic(Kind::Int))) {
        int64_t n = v.toInt64();
        if (n >= 0) return n;
        errorAt(x, "invalid array length " + str(x));
        return -1;
      }
    }
  }
  errorAt(x, "array length " + str(x) + " must be integer");
  return -1;
}

void Checker::collectParams(Scope* scope, const std::vector<ast::Field*>& fields, bool variadicOk, VarRole role,
                            std::vector<Var*>& vars, std::vector<const Type*>& types,
                            std::vector<std::string>& names, bool& variadic) {
  for (size_t i = 0; i < fields.size(); ++i) {
    ast::Field* field = fields[i];
    ast::Expr* ftype = field->type;
    bool isVariadic = false;
    if (auto* dots = ast::as<ast::EllipsisExpr>(ftype); dots && dots->elt) {
      ftype = dots->elt;
      if (variadicOk && i + 1 == fields.size() && field->names.size() <= 1) {
        isVariadic = true;
        variadic = true;
      } else {
        errorAt(dots, "can only use ... with final parameter in list");
      }
    }
    const Type* t = varType(ftype);
    if (isVariadic) {
      t = ctx_.sliceOf(t);
      recordTypeAndValue(field->type, OpMode::TypeExpr, t, nullptr);
    }
    if (field->names.empty()) {
      auto* v = ctx_.newObject<Var>("", t, field->type->pos, package_, role);
      v->used = true;
      info_.implicits[field] = v;
      vars.push_back(v);
      types.push_back(t);
      names.push_back("");
      continue;
    }
    for (ast::Ident* name : field->names) {
      auto* v = ctx_.newObject<Var>(name->name, t, name->pos, package_, role);
      v->used = true;  // parameters are always "used"
      declare(scope, name, v);
      vars.push_back(v);
      types.push_back(t);
      names.push_back(name->name);
    }
  }
}

const Signature* Checker::funcType(Scope* scope, ast::Field* recvField, ast::FuncTypeExpr* ftype, Func* fn,
                                   std::vector<Var*>* paramsOut, std::vector<Var*>* resultsOut, Var** recvOut) {
  recordScope(ftype, scope);
  if (ftype->hasTypeParams && !fn) unsupported(ftype->pos, "generic functions");
  // Parameter types are resolved in the current (enclosing) scope; names are declared in `scope`.

  Var* recv = nullptr;
  if (recvField) {
    std::vector<Var*> rvars;
    std::vector<const Type*> rtypes;
    std::vector<std::string> rnames;
    bool dummy = false;
    collectParams(scope, {recvField}, false, VarRole::Receiver, rvars, rtypes, rnames, dummy);
    if (rvars.empty()) {
      recv = ctx_.newObject<Var>("", ctx_.invalid(), recvField->pos, package_, VarRole::Receiver);
    } else {
      if (rvars.size() > 1) error(rvars.back()->pos(), "method must have exactly one receiver");
      recv = rvars[0];
    }
    // Validate the receiver type (types2 delays this until the base type is set up).
    delayed_.push_back([this, recv] {
      const Type* rt = recv->type();
      if (rt->kind() == Kind::Pointer) rt = static_cast<const Pointer*>(rt)->elem();
      if (rt->kind() == Kind::Invalid) return;
      ast::Pos pos = recv->pos();
      if (rt->kind() == Kind::Named) {
        auto* n = static_cast<const Named*>(rt);
        if (n->obj()->pkg() != package_) {
          error(pos, "cannot define new methods on non-local type " + str(rt));
          return;
        }
        const Type* u = n->underlyingType();
        if (u && (u->kind() == Kind::Pointer || u->kind() == Kind::Interface))
          error(pos, "invalid receiver type " + str(rt) + " (pointer or interface type)");
        return;
      }
      if (rt->kind() <= Kind::UntypedNil) {
        error(pos, "cannot define new methods on non-local type " + str(rt));
        return;
      }
      error(pos, "invalid receiver type " + str(recv->type()));
    });
  }

  std::vector<Var*> params, results;
  std::vector<const Type*> ptypes, rtypes;
  std::vector<std::string> pnames, rnames;
  bool variadic = false, dummy = false;
  collectParams(scope, ftype->params, true, VarRole::Param, params, ptypes, pnames, variadic);
  collectParams(scope, ftype->results, false, VarRole::Result, results, rtypes, rnames, dummy);

  if (paramsOut) *paramsOut = params;
  if (resultsOut) *resultsOut = results;
  if (recvOut) *recvOut = recv;
  const Signature* sig = ctx_.signature(ctx_.namedTuple(ptypes, pnames), ctx_.namedTuple(rtypes, rnames), variadic);
  recordTypeAndValue(ftype, OpMode::TypeExpr, sig, nullptr);
  return sig;
}

const Type* Checker::structType(ast::StructTypeExpr* e) {
  std::vector<StructField> fields;
  std::map<std::string, Var*> seen;
  auto add = [&](const std::string& name, const Type* t, bool embedded, ast::Pos pos, ast::Ident* id,
                 const std::string& tag) {
    auto* v = ctx_.newObject<Var>(name, t, pos, package_, VarRole::Field);
    v->embedded = embedded;
    if (name != "_") {
      auto [it, inserted] = seen.emplace(name, v);
      if (!inserted) {
        std::vector<ErrorPart> err;
        err.push_back({pos, name + " redeclared"});
        err.push_back({it->second->pos(), "other declaration of " + name});
        report(err);
      }
    }
    if (id) recordDef(id, v);
    fields.push_back(StructField{name, t, embedded, tag, v});
  };
  for (ast::Field* f : e->fields) {
    std::string tag;
    if (f->tag) {
      std::string err;
      ConstValue v = ConstValue::fromLiteral(ast::LitKind::String, f->tag->value, err);
      if (v.kind() == ConstValue::Kind::String) tag = v.stringVal();
    }
    const Type* t = varType(f->type);
    if (!f->names.empty()) {
      for (ast::Ident* name : f->names) add(name->name, t, false, name->pos, name, tag);
      continue;
    }
    // Embedded field: T, *T, pkg.T or *pkg.T; the field name is the type name.
    ast::Expr* te = unparen(f->type);
    bool ptr = false;
    if (auto* star = ast::as<ast::StarExpr>(te)) {
      ptr = true;
      te = unparen(star->x);
    }
    ast::Ident* nameId = nullptr;
    if (auto* id = ast::as<ast::Ident>(te))
      nameId = id;
    else if (auto* sel = ast::as<ast::SelectorExpr>(te))
      nameId = sel->sel;
    if (!nameId) {
      errorAt(f->type, "invalid embedded field type " + str(f->type));
      add("_", t, true, f->type->pos, nullptr, tag);
      continue;
    }
    ast::Pos pos = nameId->pos;
    if (t->kind() != Kind::Invalid) {
      // t is T or *T (the pointer type when ptr); check the embedded base type T.
      const Type* base = ptr && t->kind() == Kind::Pointer ? static_cast<const Pointer*>(t)->elem() : t;
      const Type* u = base->underlying();
      if (u->kind() == Kind::Pointer) {
        errorAt(f->type, "embedded field type cannot be a pointer");
      } else if (ptr && u->kind() == Kind::Interface) {
        errorAt(f->type, "embedded field type cannot be a pointer to an interface");
      }
    }
    add(nameId->name, t, true, pos, nullptr, tag);
    (void)pos;
  }
  return ctx_.structOf(std::move(fields));
}

const Type* Checker::interfaceType(ast::InterfaceTypeExpr* e) {
  std::vector<InterfaceMethod> methods;
  std::map<std::string, bool> seen;
  for (ast::Field* f : e->methods) {
    if (f->names.empty()) {
      const Type* t = typ(f->type);
      if (t->kind() == Kind::Invalid) continue;
      const Type* u = t->underlying();
      if (!u || u->kind() != Kind::Interface) {
        errorAt(f->type, "interface contains type constraints");
        continue;
      }
      for (const InterfaceMethod& m : static_cast<const Interface*>(u)->methods()) {
        if (seen.emplace(m.name, true).second) methods.push_back(m);
      }
      continue;
    }
    ast::Ident* name = f->names[0];
    if (name->name == "_") {
      errorAt(name, "methods must have a unique non-blank name");
      continue;
    }
    auto* ft = ast::as<ast::FuncTypeExpr>(f->type);
    if (!ft) continue;
    Scope* scope = ctx_.newScope(env_.scope, Scope::Kind::Function);
    const Signature* sig = funcType(scope, nullptr, ft, nullptr, nullptr, nullptr, nullptr);
    if (!seen.emplace(name->name, true).second) {
      errorAt(name, "duplicate method " + name->name);
      continue;
    }
    auto* fn = ctx_.newObject<Func>(name->name, sig, name->pos, package_);
    recordDef(name, fn);
    methods.push_back(InterfaceMethod{name->name, sig});
  }
  if (methods.empty()) return ctx_.emptyInterface();
  return ctx_.interfaceOf(std::move(methods));
}

}  // namespace mgo::types
