// checker.cpp — the type checker's driver (types2's check.go): phases of checkFiles, error
// reporting (types2's err/report), recording into types::Info, and operand printing.
//
// Invariants:
//   * Phases run in types2's order: collect objects, package objects (lazily, in source order),
//     function bodies, init order, unused imports, untyped leftovers; then every type held by
//     Info and by objects is canonicalised (see types.h, "spelled variants").
//   * An error message containing "invalid operand" or "invalid type" after its start is dropped
//     once an error has been reported (types2's follow-on error suppression).
#include <pthread.h>

#include "frontend/checker_impl.h"
#include "frontend/library_sources.h"

namespace mgo::types {

namespace {

struct CheckJob {
  const ast::Package* pkg;
  Context* ctx;
  Info* info;
  DiagnosticEngine* diags;
  bool requireMain;
  const ImportMap* imports;
  CheckResult result;
};

void* runCheckJob(void* arg) {
  auto* job = static_cast<CheckJob*>(arg);
  Checker checker(*job->pkg, *job->ctx, *job->info, *job->diags, job->imports);
  job->result = checker.run(job->requireMain);
  return nullptr;
}

}  // namespace

// The checker recurses over the AST; it runs on a thread with a large stack so that deeply
// nested (but syntactically valid) programs cannot overflow the default 8 MB stack.
CheckResult check(const ast::Package& pkg, Context& ctx, Info& info, DiagnosticEngine& diags, bool requireMain,
                  const ImportMap* imports) {
  CheckJob job{&pkg, &ctx, &info, &diags, requireMain, imports, {}};
  pthread_attr_t attr;
  pthread_t thread;
  bool started = false;
  if (pthread_attr_init(&attr) == 0) {
    if (pthread_attr_setstacksize(&attr, size_t{512} << 20) == 0)
      started = pthread_create(&thread, &attr, runCheckJob, &job) == 0;
    pthread_attr_destroy(&attr);
  }
  if (started)
    pthread_join(thread, nullptr);
  else
    runCheckJob(&job);
  return job.result;
}

bool checkProgram(const std::vector<ast::Package*>& packages, Context& ctx, Info& info, DiagnosticEngine& diags,
                  bool requireMain, CheckResult* mainResult) {
  ImportMap checked;
  for (const ast::Package* pkg : packages) {
    bool isMain = pkg == packages.back();
    size_t errorsBefore = diags.count();  // the main file may carry parser errors already
    CheckResult r = check(*pkg, ctx, info, diags, isMain && requireMain, &checked);
    if (diags.count() != errorsBefore) return false;
    checked[pkg->path] = r.package;
    if (isMain && mainResult) *mainResult = r;
  }
  ctx.canonicalizeObjects();  // library objects too, now that every package is checked
  return !diags.hasErrors();
}

Checker::Checker(const ast::Package& pkg, Context& ctx, Info& info, DiagnosticEngine& diags,
                 const ImportMap* sourceImports)
    : pkg_(pkg), ctx_(ctx), info_(info), diags_(diags), sourceImports_(sourceImports) {}

namespace {

// Canonicalises every type recorded in `info` (see types.h).
void canonicalizeInfo(Info& info) {
  for (auto& [expr, tv] : info.types)
    if (tv.type) tv.type = tv.type->canonical();
  for (auto& [expr, sel] : info.selections)
    if (sel.recv) sel.recv = sel.recv->canonical();
}

}  // namespace

CheckResult Checker::run(bool requireMain) {
  CheckResult result;
  package_ = ctx_.newPackage(pkg_.path, pkg_.name.empty() ? "main" : pkg_.name);
  if (librarySourcePackage(pkg_.path)) {
    // Native members first (library.cpp): the source files add to them.
    package_->isLibrarySource = true;
    if (Package* native = ctx_.libraryPackage(pkg_.path))
      for (const auto& [name, obj] : native->scope()->entries()) package_->scope()->insert(obj);
  }
  info_.initFuncs.clear();
  result.package = package_;
  size_t errorsBefore = diags_.count();

  collectObjects();
  packageObjects();
  // Function bodies are checked after all package-level objects (types2's delayed actions).
  for (Object* obj : objList_) {
    auto* fn = dynamic_cast<Func*>(obj);
    if (!fn) continue;
    if (!fn->type()) objDecl(fn, nullptr);
  }
  for (Func* fn : info_.funcs) {
    DeclInfo* d = objMap_.count(fn) ? objMap_[fn] : nullptr;
    if (!d || !d->fdecl || !d->fdecl->body) continue;
    Env saved = env_;
    env_ = Env{};
    env_.decl = d;
    env_.func = fn;
    env_.results = &fn->results;
    funcStack_.assign(1, nullptr);
    auto it = info_.scopes.find(d->fdecl->type);
    Scope* scope = it != info_.scopes.end() ? it->second : nullptr;
    if (scope) funcBody(d, fn->signature(), scope, d->fdecl->body, nullptr);
    env_ = saved;
  }
  initOrder();
  unusedImports();
  recordUntyped();

  // Errors reported by later gc phases only when type checking succeeded.
  if (diags_.count() == errorsBefore) {
    for (Func* fn : info_.funcs) {
      DeclInfo* d = objMap_.count(fn) ? objMap_[fn] : nullptr;
      if (d && d->fdecl && !d->fdecl->body && fn->name() != "init" && !package_->isLibrarySource)
        error(fn->pos(), "missing function body");
    }
  }
  if (auto* mainObj = dynamic_cast<Func*>(package_->scope()->lookupLocal("main"))) result.mainFunc = mainObj;
  if (requireMain && package_->name() == "main" && !result.mainFunc && diags_.count() == errorsBefore) {
    // gc's linker reports this without a source position; we use the package clause.
    ast::Pos pos;
    if (!pkg_.files.empty() && pkg_.files[0]->packageName) pos = pkg_.files[0]->packageName->pos;
    error(pos, "function main is undeclared in the main package");
  }

  // With several packages (sourceImports_ given), objects stay spelled until the last package is
  // checked and the caller canonicalises everything: later packages' diagnostics print imported
  // signatures as written (func(rune) rune, []byte), as gc does.
  if (!sourceImports_) ctx_.canonicalizeObjects();
  canonicalizeInfo(info_);
  info_.packageInits.push_back({package_, info_.initOrder, info_.initFuncs});
  return result;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------
void Checker::error(ast::Pos pos, const std::string& msg) {
  if (firstErr_) {
    size_t a = msg.find("invalid operand"), b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  if (env_.errpos.valid()) pos = env_.errpos;
  firstErr_ = true;
  diags_.error(pos, msg);
}

void Checker::report(const std::vector<ErrorPart>& parts) {
  if (parts.empty()) return;
  std::vector<DiagnosticNote> notes;
  for (size_t i = 1; i < parts.size(); ++i) notes.push_back(DiagnosticNote{parts[i].pos, parts[i].msg});
  ast::Pos pos = parts[0].pos;
  if (env_.errpos.valid()) pos = env_.errpos;
  firstErr_ = true;
  diags_.error(pos, parts[0].msg, std::move(notes));
}

std::string Checker::unsupported(ast::Pos pos, const std::string& what) {
  std::string msg = "unsupported: " + what;
  error(pos, msg);
  return msg;
}

std::string Checker::str(const ast::Expr* e) const { return exprString(e); }

// types2's operandString.
std::string Checker::str(const Operand& x) const {
  if (x.mode == OpMode::NilValue) {
    if (!x.type || x.type->kind() == Kind::Invalid) return "nil (with invalid type)";
    if (x.type->kind() == Kind::UntypedNil) return "nil";
    return "nil (of type " + str(x.type) + ")";
  }
  std::string out;
  std::string expr;
  if (x.expr) {
    expr = exprString(x.expr);
  } else if (x.mode == OpMode::TypeExpr) {
    expr = str(x.type);
  } else if (x.mode == OpMode::Constant) {
    expr = x.val.toString();
  }
  if (!expr.empty()) out += expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case OpMode::Invalid:
    case OpMode::NoValue:
    case OpMode::Builtin:
    case OpMode::TypeExpr:
      break;
    default:
      if (x.type) {
        if (isUntyped(x.type)) {
          out += static_cast<const Basic*>(x.type)->name() + " ";
          break;
        }
        hasType = true;
      }
  }
  static const char* const modeNames[] = {"invalid operand", "no value", "built-in", "type", "constant",
                                          "variable", "map index expression", "value", "nil", "comma, ok expression"};
  out += modeNames[static_cast<int>(x.mode)];
  if (x.mode == OpMode::Constant) {
    std::string s = x.val.toString();
    if (s != expr) out += " " + s;
  }
  if (hasType) {
    if (x.type->kind() != Kind::Invalid)
      out += " of type " + str(x.type);
    else
      out += " with invalid type";
  }
  if (!expr.empty()) out += ")";
  return out;
}

// ---------------------------------------------------------------------------------------------
// Recording
// ---------------------------------------------------------------------------------------------
static Mode infoMode(OpMode m) {
  switch (m) {
    case OpMode::Invalid: return Mode::Invalid;
    case OpMode::NoValue: return Mode::NoValue;
    case OpMode::Builtin: return Mode::Builtin;
    case OpMode::TypeExpr: return Mode::TypeExpr;
    case OpMode::Constant: return Mode::Constant;
    case OpMode::Variable: return Mode::Variable;
    case OpMode::MapIndex: return Mode::MapIndex;
    case OpMode::Value: return Mode::Value;
    case OpMode::NilValue: return Mode::Value;
    case OpMode::CommaOk: return Mode::CommaOk;
  }
  return Mode::Invalid;
}

void Checker::record(Operand& x) {
  const Type* t = nullptr;
  switch (x.mode) {
    case OpMode::Invalid: t = ctx_.invalid(); break;
    case OpMode::NoValue: t = ctx_.tuple({}); break;
    default: t = x.type; break;
  }
  if (!x.expr || !t) return;
  if (isUntyped(t)) {
    rememberUntyped(x.expr, false, x.mode, t, x.mode == OpMode::Constant ? &x.val : nullptr);
  } else {
    recordTypeAndValue(x.expr, x.mode, t, x.mode == OpMode::Constant ? &x.val : nullptr);
  }
}

void Checker::recordTypeAndValue(const ast::Expr* e, OpMode mode, const Type* type, const ConstValue* val) {
  if (mode == OpMode::Invalid || !e || !type) return;
  TypeAndValue tv;
  tv.mode = infoMode(mode);
  tv.type = type;
  if (mode == OpMode::Constant && val) {
    tv.value = *val;
    // Keep the value's representation consistent with its type (Int for integers, Float for
    // floats) so codegen can read it directly.
    if (!isUntyped(type) || type->kind() != Kind::UntypedFloat) {
      ConstValue rounded;
      if (!val->isUnknown() && isNumeric(type) && val->representation(type, &rounded) == ConstValue::Repr::Ok)
        tv.value = rounded;
    }
  }
  info_.types[e] = std::move(tv);
}

void Checker::rememberUntyped(const ast::Expr* e, bool isLhs, OpMode mode, const Type* type, const ConstValue* val) {
  UntypedInfo& u = untyped_[e];
  u.isLhs = isLhs;
  u.mode = mode;
  u.type = type;
  u.hasVal = val != nullptr;
  if (val) u.val = *val;
}

void Checker::recordUntyped() {
  // Whatever is still untyped was never materialised (e.g. operands of constant expressions);
  // record it with its default type when the value fits, else with the untyped type.
  for (auto& [e, u] : untyped_) {
    const Type* t = u.type;
    if (u.mode == OpMode::NilValue) {
      recordTypeAndValue(e, u.mode, t, nullptr);
      continue;
    }
    const Type* def = defaultType(t);
    if (u.hasVal && !u.val.isUnknown()) {
      if (u.val.representable(def)) t = def;
    } else if (!u.hasVal) {
      t = def;
    }
    recordTypeAndValue(e, u.mode, t, u.hasVal ? &u.val : nullptr);
  }
  untyped_.clear();
}

void Checker::recordSelection(ast::SelectorExpr* e, Selection::Kind kind, const Type* recv, Object* obj,
                              const std::vector<int>& index, bool indirect) {
  Selection sel;
  sel.kind = kind;
  sel.recv = recv;
  sel.obj = obj;
  sel.path = index;
  sel.indirect = indirect;
  if (kind == Selection::Kind::MethodVal) {
    auto* fn = static_cast<Func*>(obj);
    // Receiver adjustments at the call site: the type reached at the end of the embedding path.
    const Type* t = recv;
    bool isPtr = t->underlying()->kind() == Kind::Pointer && t->kind() != Kind::Named;
    if (index.size() > 1) {
      // Walk the embedded fields to find the type that holds the method.
      const Type* cur = recv;
      for (size_t i = 0; i + 1 < index.size(); ++i) {
        const Type* u = cur->underlying();
        if (u->kind() == Kind::Pointer) u = static_cast<const Pointer*>(u)->elem()->underlying();
        if (u->kind() != Kind::Struct) break;
        cur = static_cast<const Struct*>(u)->fields()[static_cast<size_t>(index[i])].type;
      }
      t = cur;
      isPtr = t->kind() == Kind::Pointer;
    }
    bool wantsPtr = fn->pointerRecv();
    sel.addressOfRecv = wantsPtr && !isPtr;
    sel.derefRecv = !wantsPtr && isPtr;
  }
  info_.selections[e] = std::move(sel);
}

void Checker::recordCommaOkTypes(const ast::Expr* e, const Type* a, const Type* b) {
  if (!a || !b) return;
  const Type* tup = ctx_.tuple({a, b});
  for (;;) {
    auto it = info_.types.find(e);
    if (it != info_.types.end()) it->second.type = tup;
    auto* p = ast::as<ast::ParenExpr>(e);
    if (!p) break;
    e = p->x;
  }
}

void Checker::recordBuiltinType(const ast::Expr* fun, const Signature* sig) {
  for (;;) {
    recordTypeAndValue(fun, OpMode::Builtin, sig, nullptr);
    auto* p = ast::as<ast::ParenExpr>(fun);
    if (!p) break;
    fun = p->x;
  }
}

ast::Expr* unparen(ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}

const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace mgo::types
