// check_decl.cpp — declarations (types2's resolver.go and decl.go): collecting package-level
// objects, lazy type-checking of package-level objects with cycle detection, constant / variable /
// type / function declarations, methods, and local declaration statements.
//
// Invariants:
//   * Every package-level object (methods included) has a DeclInfo in objMap_ and a source order.
//   * objDecl colours: white (0) not started, grey (2 + index in objPath_) in progress, black (1)
//     done. A grey object met again is a cycle, valid only through type definitions or only
//     through values (the latter is reported by initOrder as an initialisation loop).
#include <algorithm>

#include "frontend/checker_impl.h"

namespace mgo::types {

int Checker::colorOf(Object* obj) const {
  auto it = color_.find(obj);
  return it == color_.end() ? 0 : it->second;
}

void Checker::declare(Scope* scope, ast::Ident* id, Object* obj) {
  if (obj->name() != "_") {
    if (Object* alt = scope->insert(obj)) {
      std::vector<ErrorPart> err;
      err.push_back({obj->pos(), obj->name() + " redeclared in this block"});
      if (alt->pos().valid()) err.push_back({alt->pos(), "other declaration of " + alt->name()});
      report(err);
      return;
    }
    obj->setParent(scope);
  }
  if (id) recordDef(id, obj);
}

void Checker::declarePkgObj(ast::Ident* id, Object* obj, DeclInfo* d) {
  if (id->name == "init") {
    errorAt(id, "cannot declare init - must be func");
    return;
  }
  if (id->name == "main" && package_->name() == "main") {
    errorAt(id, "cannot declare main - must be func");
    return;
  }
  declare(package_->scope(), id, obj);
  objMap_[obj] = d;
  d->order = static_cast<int>(objList_.size());
  objList_.push_back(obj);
}

namespace {

// The receiver base type name of a method declaration: T in `func (r T)`, `func (r *T)`.
ast::Ident* unpackRecv(ast::Expr* rtyp, bool& ptr) {
  ptr = false;
  for (;;) {
    if (auto* p = ast::as<ast::ParenExpr>(rtyp)) {
      rtyp = p->x;
    } else if (auto* s = ast::as<ast::StarExpr>(rtyp)) {
      ptr = true;
      rtyp = s->x;
    } else {
      break;
    }
  }
  if (auto* ix = ast::as<ast::IndexExpr>(rtyp)) rtyp = ix->x;
  return ast::as<ast::Ident>(rtyp);
}

}  // namespace

void Checker::collectObjects() {
  struct MethodInfo {
    Func* obj;
    bool ptr;
    ast::Ident* recv;
  };
  std::vector<MethodInfo> methods;
  Scope* pkgScope = package_->scope();

  for (ast::File* file : pkg_.files) {
    if (file->packageName) recordDef(file->packageName, nullptr);
    Scope* fileScope = ctx_.newScope(pkgScope, Scope::Kind::File);
    recordScope(file, fileScope);
    fileScopes_.push_back({fileScope, file});

    for (ast::Decl* decl : file->decls) {
      if (auto* fd = ast::as<ast::FuncDecl>(decl)) {
        const std::string& name = fd->name->name;
        auto* obj = ctx_.newObject<Func>(name, nullptr, fd->name->pos, package_);
        obj->decl = fd;
        if (fd->type && fd->type->hasTypeParams) unsupported(fd->name->pos, "generic functions");
        if (!fd->recv) {
          if (name == "init" || (name == "main" && package_->name() == "main")) {
            if (fd->type && (!fd->type->params.empty() || !fd->type->results.empty()))
              error(fd->name->pos, "func " + name + " must have no arguments and no return values");
          }
          if (name == "init") {
            obj->setParent(pkgScope);
            recordDef(fd->name, obj);
            if (!fd->body) error(obj->pos(), "missing function body");
            info_.initFuncs.push_back(obj);
          } else {
            declare(pkgScope, fd->name, obj);
          }
        } else {
          bool ptr = false;
          ast::Ident* recv = fd->recv->type ? unpackRecv(fd->recv->type, ptr) : nullptr;
          if (recv && name != "_") methods.push_back({obj, ptr, recv});
          recordDef(fd->name, obj);
        }
        auto d = std::make_unique<DeclInfo>();
        d->file = fileScope;
        d->fdecl = fd;
        d->order = static_cast<int>(objList_.size());
        objMap_[obj] = d.get();
        objList_.push_back(obj);
        declInfos_.push_back(std::move(d));
        info_.funcs.push_back(obj);
        continue;
      }
      auto* gd = ast::as<ast::GenDecl>(decl);
      if (!gd) continue;
      switch (gd->tok) {
        case ast::DeclTok::Import:
          for (ast::Node* spec : gd->specs) {
            auto* is = ast::as<ast::ImportSpec>(spec);
            if (!is) continue;
            Package* imp = nullptr;
            if (sourceImports_)
              if (auto it = sourceImports_->find(is->path); it != sourceImports_->end()) imp = it->second;
            if (!imp) imp = ctx_.libraryPackage(is->path);
            bool dot = is->name && is->name->name == ".";
            if (!imp) {
              unsupported(is->pathPos.valid() ? is->pathPos : is->pos, "import of package \"" + is->path + "\"");
              if (dot) {
                unknownDotImport_ = true;
                continue;
              }
              // Still declare the name (as an empty package) so that its uses are not "undefined".
              std::string elem = is->path.substr(is->path.rfind('/') == std::string::npos ? 0 : is->path.rfind('/') + 1);
              imp = ctx_.newPackage(is->path, elem);
              unsupportedImports_.insert(imp);
            }
            std::string name = imp->name();
            if (dot) {
              if (!unsupportedImports_.count(imp)) {
                unsupported(is->name->pos, "dot imports");
                // As Go does, the package's exported names join the file scope.
                for (auto& [member, obj] : imp->scope()->entries())
                  if (obj->exported()) fileScope->insert(obj);
              }
              continue;
            }
            if (is->name) name = is->name->name;
            if (name == "init") {
              errorAt(is, "cannot import package as init - init must be a func");
              continue;
            }
            auto* pkgName = ctx_.newObject<PkgName>(name, is->pos, package_, imp);
            if (is->name)
              recordDef(is->name, pkgName);
            else
              info_.implicits[is] = pkgName;
            if (!unsupportedImports_.count(imp)) imports_.push_back(pkgName);  // else no unused check
            declare(fileScope, nullptr, pkgName);
          }
          break;
        case ast::DeclTok::Const: {
          ast::ValueSpec* last = nullptr;  // last spec with an explicit type or values
          for (ast::Node* spec : gd->specs) {
            auto* vs = ast::as<ast::ValueSpec>(spec);
            if (!vs) continue;
            bool inherited = true;
            if (!vs->implicitValues && (vs->type || !vs->values.empty())) {
              last = vs;
              inherited = false;
            } else if (!last) {
              inherited = false;
            }
            ast::Expr* vtype = last ? last->type : nullptr;
            const std::vector<ast::Expr*> noValues;
            const std::vector<ast::Expr*>& values = last ? last->values : noValues;
            for (size_t i = 0; i < vs->names.size(); ++i) {
              ast::Ident* name = vs->names[i];
              auto* obj = ctx_.newObject<Const>(name->name, nullptr, name->pos, package_, ConstValue::makeInt(vs->iota));
              auto d = std::make_unique<DeclInfo>();
              d->file = fileScope;
              d->vtype = vtype;
              d->init = i < values.size() ? values[i] : nullptr;
              d->inherited = inherited;
              declarePkgObj(name, obj, d.get());
              declInfos_.push_back(std::move(d));
            }
            // arity
            size_t l = vs->names.size(), r = values.size();
            if (l < r) {
              if (inherited)
                error(vs->pos, "extra init expr at " + DiagnosticEngine::posRef(syntaxPos(values[l])));
              else
                errorAt(values[l], "extra init expr " + str(values[l]));
            } else if (l > r) {
              errorAt(vs->names[r], "missing init expr for " + vs->names[r]->name);
            }
          }
          break;
        }
        case ast::DeclTok::Var:
          for (ast::Node* spec : gd->specs) {
            auto* vs = ast::as<ast::ValueSpec>(spec);
            if (!vs) continue;
            std::vector<Var*> lhs;
            for (ast::Ident* name : vs->names)
              lhs.push_back(ctx_.newObject<Var>(name->name, nullptr, name->pos, package_, VarRole::Global));
            DeclInfo* shared = nullptr;
            if (vs->values.size() == 1 && vs->names.size() > 1) {
              auto d = std::make_unique<DeclInfo>();
              d->file = fileScope;
              d->lhs = lhs;
              d->vtype = vs->type;
              d->init = vs->values[0];
              shared = d.get();
              declInfos_.push_back(std::move(d));
            }
            for (size_t i = 0; i < vs->names.size(); ++i) {
              DeclInfo* d = shared;
              if (!d) {
                auto nd = std::make_unique<DeclInfo>();
                nd->file = fileScope;
                nd->vtype = vs->type;
                nd->init = i < vs->values.size() ? vs->values[i] : nullptr;
                if (vs->values.size() == 1) nd->lhs = {lhs[i]};
                d = nd.get();
                declInfos_.push_back(std::move(nd));
              }
              declarePkgObj(vs->names[i], lhs[i], d);
            }
            if (!vs->type || !vs->values.empty()) {
              size_t l = vs->names.size(), r = vs->values.size();
              if (l < r)
                errorAt(vs->values[l], "extra init expr " + str(vs->values[l]));
              else if (l > r && r != 1)
                errorAt(vs->names[r], "missing init expr for " + vs->names[r]->name);
            }
          }
          break;
        case ast::DeclTok::Type:
          for (ast::Node* spec : gd->specs) {
            auto* ts = ast::as<ast::TypeSpec>(spec);
            if (!ts) continue;
            if (ts->hasTypeParams) unsupported(ts->name->pos, "generic types");
            auto* obj = ctx_.newObject<TypeName>(ts->name->name, nullptr, ts->name->pos, package_);
            obj->isAlias = ts->alias;
            auto d = std::make_unique<DeclInfo>();
            d->file = fileScope;
            d->tdecl = ts;
            declarePkgObj(ts->name, obj, d.get());
            declInfos_.push_back(std::move(d));
          }
          break;
      }
    }
  }

  // Names declared in a file scope (imports) must not also be declared in the package scope.
  for (auto& [scope, file] : fileScopes_) {
    for (auto& [name, obj] : scope->entries()) {
      if (Object* alt = pkgScope->lookupLocal(name)) {
        auto* pn = dynamic_cast<PkgName*>(obj);
        std::vector<ErrorPart> err;
        err.push_back({alt->pos(), alt->name() + " already declared through import of package " +
                                       (pn ? pn->imported()->name() + " (\"" + pn->imported()->path() + "\")" : name)});
        err.push_back({obj->pos(), "other declaration of " + name});
        report(err);
      }
    }
  }

  // Associate methods with their receiver base type names.
  for (MethodInfo& m : methods) {
    Object* obj = pkgScope->lookupLocal(m.recv->name);
    auto* tname = dynamic_cast<TypeName*>(obj);
    if (!tname || tname->isAlias) continue;
    methods_[tname].push_back(m.obj);
  }
}

void Checker::packageObjects() {
  for (Object* obj : objList_)
    if (auto* tn = dynamic_cast<TypeName*>(obj); tn && tn->type()) collectMethods(tn);
  std::vector<Object*> aliases, others;
  for (Object* obj : objList_) {
    if (auto* tn = dynamic_cast<TypeName*>(obj)) {
      if (objMap_[tn]->tdecl->alias)
        aliases.push_back(tn);
      else
        objDecl(obj, nullptr);
    } else {
      others.push_back(obj);
    }
  }
  for (Object* obj : aliases) objDecl(obj, nullptr);
  for (Object* obj : others) objDecl(obj, nullptr);
  processDelayed(0);
}

void Checker::processDelayed(size_t top) {
  // Actions may add further actions; process until the queue shrinks back to `top`.
  for (size_t i = top; i < delayed_.size(); ++i) {
    std::function<void()> action = std::move(delayed_[i]);
    action();
  }
  delayed_.resize(top);
}

void Checker::addDeclDep(Object* to) {
  DeclInfo* from = env_.decl;
  if (!from) return;
  if (!objMap_.count(to)) return;  // not a package-level object
  from->addDep(to);
}

void Checker::objDecl(Object* obj, Named* def) {
  int color = colorOf(obj);
  if (color == 0 && obj->type()) {
    setColor(obj, 1);
    return;
  }
  if (color == 1) return;
  if (color >= 2) {
    // Cycle.
    switch (obj->kind()) {
      case ObjKind::Const:
      case ObjKind::Var:
        if (!validCycle(obj) || !obj->type()) obj->setType(ctx_.invalid());
        break;
      case ObjKind::TypeName:
        if (!validCycle(obj)) obj->setType(ctx_.invalid());
        break;
      case ObjKind::Func:
        validCycle(obj);
        break;
      default:
        break;
    }
    return;
  }
  auto it = objMap_.find(obj);
  if (it == objMap_.end()) return;  // local or library object: always typed
  DeclInfo* d = it->second;

  setColor(obj, 2 + static_cast<int>(objPath_.size()));
  objPath_.push_back(obj);

  Env savedEnv = env_;
  std::vector<const ast::FuncLit*> savedStack = std::move(funcStack_);
  funcStack_.clear();
  funcStack_.push_back(nullptr);
  env_ = Env{};
  env_.scope = d->file;

  switch (obj->kind()) {
    case ObjKind::Const:
      env_.decl = d;
      constDecl(static_cast<Const*>(obj), d->vtype, d->init, d->inherited);
      break;
    case ObjKind::Var:
      env_.decl = d;
      varDecl(static_cast<Var*>(obj), d->lhs, d->vtype, d->init);
      break;
    case ObjKind::TypeName:
      typeDecl(static_cast<TypeName*>(obj), d->tdecl, def);
      collectMethods(static_cast<TypeName*>(obj));
      break;
    case ObjKind::Func:
      funcDecl(static_cast<Func*>(obj), d);
      break;
    default:
      break;
  }

  env_ = savedEnv;
  funcStack_ = std::move(savedStack);
  objPath_.pop_back();
  setColor(obj, 1);
}

bool Checker::validCycle(Object* obj) {
  size_t start = static_cast<size_t>(colorOf(obj) - 2);
  std::vector<Object*> cycle(objPath_.begin() + static_cast<long>(start), objPath_.end());
  int nval = 0, ndef = 0;
  for (Object* o : cycle) {
    switch (o->kind()) {
      case ObjKind::Const:
      case ObjKind::Var:
        ++nval;
        break;
      case ObjKind::TypeName: {
        bool alias = static_cast<TypeName*>(o)->isAlias;
        if (auto it = objMap_.find(o); it != objMap_.end() && it->second->tdecl) alias = it->second->tdecl->alias;
        if (!alias) ++ndef;
        break;
      }
      default:
        break;
    }
  }
  if (nval == static_cast<int>(cycle.size())) return true;
  if (nval == 0 && ndef > 0) return true;
  cycleError(cycle);
  return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle) {
  // Start with the object that appears first in the source.
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); ++k)
    if (cycle[k]->pos() < cycle[i]->pos()) i = k;
  Object* obj = cycle[i];
  std::vector<ErrorPart> err;
  if (obj->kind() == ObjKind::TypeName)
    err.push_back({obj->pos(), "invalid recursive type " + obj->name()});
  else
    err.push_back({obj->pos(), "illegal cycle in declaration of " + obj->name()});
  for (size_t n = 0; n < cycle.size(); ++n) {
    err.push_back({obj->pos(), obj->name() + " refers to"});
    i = (i + 1) % cycle.size();
    obj = cycle[i];
  }
  err.push_back({obj->pos(), obj->name()});
  report(err);
}

void Checker::constDecl(Const* obj, ast::Expr* typExpr, ast::Expr* init, bool inherited) {
  ConstValue iota = obj->value();
  const ConstValue* savedIota = env_.iota;
  ast::Pos savedErrpos = env_.errpos;
  env_.iota = &iota;
  env_.errpos = ast::Pos{};
  obj->setValue(ConstValue());

  if (typExpr) {
    const Type* t = typ(typExpr);
    if (!isConstType(t)) {
      if (t->underlying()->kind() != Kind::Invalid) errorAt(typExpr, "invalid constant type " + str(t));
      obj->setType(ctx_.invalid());
      env_.iota = savedIota;
      env_.errpos = savedErrpos;
      return;
    }
    obj->setType(t);
  }
  Operand x;
  if (init) {
    if (inherited) env_.errpos = obj->pos();
    expr(x, init);
  }
  initConst(obj, x);
  env_.iota = savedIota;
  env_.errpos = savedErrpos;
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, ast::Expr* typExpr, ast::Expr* init) {
  if (typExpr) obj->setType(varType(typExpr));
  if (!init) {
    if (!typExpr) obj->setType(ctx_.invalid());
  } else if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    initVar(obj, x, "variable declaration");
  } else {
    if (typExpr)
      for (Var* v : lhs) v->setType(obj->type());
    initVars(lhs, {init}, nullptr);
  }
  if (obj->type() && obj->type()->kind() == Kind::Invalid) obj->used = true;
  for (Var* v : lhs)
    if (v->type() && v->type()->kind() == Kind::Invalid) v->used = true;
}

void Checker::typeDecl(TypeName* obj, ast::TypeSpec* tdecl, Named* def) {
  if (tdecl->alias) {
    obj->isAlias = true;
    obj->setType(ctx_.invalid());  // guard against cycles through the alias
    const Type* rhs = typ(tdecl->type);
    obj->setType(rhs);
    return;
  }
  Named* named = ctx_.newNamed(obj);
  obj->setType(named);
  const Type* rhs = definedType(tdecl->type, named);
  // Resolve the underlying type (following other defined types).
  const Type* u = rhs;
  if (u->kind() == Kind::Named) u = static_cast<const Named*>(u)->underlyingType();
  if (!u) {
    cycleError({obj});
    u = ctx_.invalid();
  }
  named->setUnderlying(u);
  delayed_.push_back([this, named] { validType(named); });
}

// types2's validType: a defined type must not contain itself directly (through arrays and
// struct fields, not through pointers, slices, maps, channels, functions or interfaces).
void Checker::validType(Named* root) {
  std::vector<Named*> path;
  std::function<bool(const Type*)> visit = [&](const Type* t) -> bool {
    switch (t->kind()) {
      case Kind::Array:
        return visit(static_cast<const Array*>(t)->elem());
      case Kind::Struct:
        for (const StructField& f : static_cast<const Struct*>(t)->fields())
          if (!visit(f.type)) return false;
        return true;
      case Kind::Named: {
        auto* n = const_cast<Named*>(static_cast<const Named*>(t));
        if (invalidTypes_.count(n)) return false;
        if (n->obj()->pkg() != package_) return true;
        for (size_t i = 0; i < path.size(); ++i) {
          if (path[i] == n) {
            if (n == root) {
              std::vector<Object*> cycle;
              for (size_t k = i; k < path.size(); ++k) cycle.push_back(path[k]->obj());
              cycleError(cycle);
              for (size_t k = i; k < path.size(); ++k) invalidTypes_.insert(path[k]);
            }
            return false;
          }
        }
        if (validTypes_.count(n)) return true;
        path.push_back(n);
        bool ok = !n->underlyingType() || visit(n->underlyingType());
        path.pop_back();
        if (ok && path.empty()) validTypes_.insert(n);
        return ok;
      }
      default:
        return true;
    }
  };
  visit(root);
}

void Checker::funcDecl(Func* obj, DeclInfo* d) {
  ast::FuncDecl* fdecl = d->fdecl;
  obj->setType(ctx_.signature(ctx_.tuple({}), ctx_.tuple({}), false));  // guard against cycles
  int saved = colorOf(obj);
  setColor(obj, 1);
  Scope* scope = ctx_.newScope(env_.scope, Scope::Kind::Function);  // child of the file scope
  funcScopes_.insert(scope);
  Var* recv = nullptr;
  const Signature* sig = funcType(scope, fdecl->recv, fdecl->type, obj, &obj->params, &obj->results, &recv);
  obj->recv = recv;
  obj->setType(sig);
  setColor(obj, saved);
}

void Checker::collectMethods(TypeName* obj) {
  auto it = methods_.find(obj);
  if (it == methods_.end()) return;
  std::vector<Func*> methods = std::move(it->second);
  methods_.erase(it);
  auto* base = obj->type() && obj->type()->kind() == Kind::Named ? const_cast<Named*>(static_cast<const Named*>(obj->type())) : nullptr;
  std::map<std::string, Object*> mset;
  if (base) {
    for (Func* m : base->methods()) mset[m->name()] = m;
    delayed_.push_back([this, base] { checkFieldUniqueness(base); });
  }
  for (Func* m : methods) {
    auto [pos, inserted] = mset.emplace(m->name(), m);
    if (!inserted) {
      std::vector<ErrorPart> err;
      err.push_back({m->pos(), obj->name() + "." + m->name() + " redeclared in this block"});
      err.push_back({pos->second->pos(), "other declaration of " + m->name()});
      report(err);
      continue;
    }
    if (base) base->addMethod(m);
  }
}

void Checker::checkFieldUniqueness(Named* base) {
  const Type* u = base->underlyingType();
  if (!u || u->kind() != Kind::Struct) return;
  for (const StructField& f : static_cast<const Struct*>(u)->fields()) {
    if (f.name == "_") continue;
    if (Func* m = base->findMethod(f.name)) {
      std::vector<ErrorPart> err;
      err.push_back({m->pos(), "field and method with the same name " + f.name});
      if (f.var) err.push_back({f.var->pos(), "other declaration of " + f.name});
      report(err);
    }
  }
}

void Checker::declStmt(ast::GenDecl* gd) {
  switch (gd->tok) {
    case ast::DeclTok::Import:
      break;
    case ast::DeclTok::Const: {
      ast::ValueSpec* last = nullptr;
      for (ast::Node* spec : gd->specs) {
        auto* vs = ast::as<ast::ValueSpec>(spec);
        if (!vs) continue;
        bool inherited = true;
        if (!vs->implicitValues && (vs->type || !vs->values.empty())) {
          last = vs;
          inherited = false;
        } else if (!last) {
          inherited = false;
        }
        ast::Expr* vtype = last ? last->type : nullptr;
        const std::vector<ast::Expr*> noValues;
        const std::vector<ast::Expr*>& values = last ? last->values : noValues;
        std::vector<Const*> lhs;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          ast::Ident* name = vs->names[i];
          auto* obj = ctx_.newObject<Const>(name->name, nullptr, name->pos, package_, ConstValue::makeInt(vs->iota));
          lhs.push_back(obj);
          constDecl(obj, vtype, i < values.size() ? values[i] : nullptr, inherited);
        }
        size_t l = vs->names.size(), r = values.size();
        if (l < r) {
          if (inherited)
            error(vs->pos, "extra init expr at " + DiagnosticEngine::posRef(syntaxPos(values[l])));
          else
            errorAt(values[l], "extra init expr " + str(values[l]));
        } else if (l > r) {
          errorAt(vs->names[r], "missing init expr for " + vs->names[r]->name);
        }
        for (size_t i = 0; i < vs->names.size(); ++i) declare(env_.scope, vs->names[i], lhs[i]);
      }
      break;
    }
    case ast::DeclTok::Var:
      for (ast::Node* spec : gd->specs) {
        auto* vs = ast::as<ast::ValueSpec>(spec);
        if (!vs) continue;
        std::vector<Var*> lhs0;
        for (ast::Ident* name : vs->names) {
          auto* v = ctx_.newObject<Var>(name->name, nullptr, name->pos, package_, VarRole::Local);
          varDepth_[v] = env_.funcDepth;
          lhs0.push_back(v);
        }
        const auto& values = vs->values;
        for (size_t i = 0; i < lhs0.size(); ++i) {
          std::vector<Var*> lhs;
          ast::Expr* init = nullptr;
          if (values.size() == vs->names.size()) {
            init = values[i];
          } else if (values.size() == 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.size()) {
            init = values[i];
          }
          varDecl(lhs0[i], lhs, vs->type, init);
          if (values.size() == 1 && lhs0.size() > 1) break;
        }
        if (!vs->type || !values.empty()) {
          size_t l = vs->names.size(), r = values.size();
          if (l < r)
            errorAt(values[l], "extra init expr " + str(values[l]));
          else if (l > r && r != 1)
            errorAt(vs->names[r], "missing init expr for " + vs->names[r]->name);
        }
        for (size_t i = 0; i < lhs0.size(); ++i) declare(env_.scope, vs->names[i], lhs0[i]);
      }
      break;
    case ast::DeclTok::Type:
      for (ast::Node* spec : gd->specs) {
        auto* ts = ast::as<ast::TypeSpec>(spec);
        if (!ts) continue;
        if (ts->hasTypeParams) unsupported(ts->name->pos, "generic types");
        auto* obj = ctx_.newObject<TypeName>(ts->name->name, nullptr, ts->name->pos, package_);
        obj->isAlias = ts->alias;
        declare(env_.scope, ts->name, obj);
        setColor(obj, 2 + static_cast<int>(objPath_.size()));
        objPath_.push_back(obj);
        typeDecl(obj, ts, nullptr);
        objPath_.pop_back();
        setColor(obj, 1);
      }
      break;
  }
}

}  // namespace mgo::types
