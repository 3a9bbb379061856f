// check_expr.cpp — expressions (types2's expr.go and the ident part of typexpr.go): operands,
// identifiers, literals, function literals, unary and binary operators, shifts and comparisons,
// constant folding with overflow checks.
//
// Invariants:
//   * rawExpr records every checked expression (typed at once, untyped in untyped_).
//   * A use of a local variable from an enclosing function marks it captured by every function
//     literal between its declaration and the use (Info::captures).
#include <algorithm>

#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

bool constIsZero(const ConstValue& v) {
  switch (v.kind()) {
    case ConstValue::Kind::Int: return v.intVal().isZero();
    case ConstValue::Kind::Float: return v.floatVal().isZero();
    default: return false;
  }
}

bool constIsNegative(const ConstValue& v) {
  switch (v.kind()) {
    case ConstValue::Kind::Int: return v.intVal().isNegative();
    case ConstValue::Kind::Float: return v.floatVal().isNegative() && !v.floatVal().isZero();
    default: return false;
  }
}

bool isComparisonOp(ast::Op op) {
  return op == ast::Op::Eql || op == ast::Op::Neq || op == ast::Op::Lss || op == ast::Op::Leq || op == ast::Op::Gtr ||
         op == ast::Op::Geq;
}

bool isShiftOp(ast::Op op) { return op == ast::Op::Shl || op == ast::Op::Shr; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------
ExprKind Checker::rawExpr(Operand& x, ast::Expr* e, const Type* hint) {
  ExprKind kind = exprInternal(x, e, hint);
  record(x);
  return kind;
}

void Checker::expr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
  singleValue(x);
}

void Checker::multiExpr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
}

void Checker::exprWithHint(Operand& x, ast::Expr* e, const Type* hint) {
  rawExpr(x, e, hint);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
  singleValue(x);
}

void Checker::exprOrType(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << static_cast<int>(OpMode::NoValue));
  singleValue(x);
}

void Checker::exclude(Operand& x, unsigned modeset) {
  if (!(modeset & (1u << static_cast<int>(x.mode)))) return;
  std::string msg;
  switch (x.mode) {
    case OpMode::NoValue:
      msg = (modeset & (1u << static_cast<int>(OpMode::TypeExpr))) ? str(x) + " used as value"
                                                                   : str(x) + " used as value or type";
      break;
    case OpMode::Builtin:
      msg = str(x) + " must be called";
      break;
    case OpMode::TypeExpr:
      msg = str(x) + " is not an expression";
      break;
    default:
      return;
  }
  errorAt(x, msg);
  x.mode = OpMode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == OpMode::Value && x.type && x.type->kind() == Kind::Tuple) {
    errorAt(x, "multiple-value " + str(x) + " in single-value context");
    x.mode = OpMode::Invalid;
  }
}

void Checker::use(ast::Expr* e) {
  if (!e) return;
  if (auto* id = ast::as<ast::Ident>(e); id && id->name == "_") return;
  Operand x;
  rawExpr(x, e, nullptr);
}

// Like use, but an identifier denoting a local variable is not marked used (types2's useLHS).
void Checker::useLhs(ast::Expr* e) {
  if (!e) return;
  if (auto* id = ast::as<ast::Ident>(unparen(e))) {
    if (id->name == "_") return;
    Object* obj = env_.scope->lookup(id->name);
    auto* v = dynamic_cast<Var*>(obj);
    if (v && v->pkg() == package_) {
      bool used = v->used;
      Operand x;
      rawExpr(x, e, nullptr);
      v->used = used;
      return;
    }
  }
  use(e);
}

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------
void Checker::noteVarUse(Var* v) {
  if (v->isGlobal() || v->role() == VarRole::Field) return;
  auto it = varDepth_.find(v);
  int depth = it == varDepth_.end() ? 0 : it->second;
  for (int d = depth + 1; d <= env_.funcDepth && d < static_cast<int>(funcStack_.size()); ++d) {
    const ast::FuncLit* lit = funcStack_[static_cast<size_t>(d)];
    if (!lit) continue;
    std::vector<Var*>& caps = info_.captures[lit];
    if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
  }
}

void Checker::ident(Operand& x, ast::Ident* e, Named* def, bool wantType) {
  x.mode = OpMode::Invalid;
  x.expr = e;
  x.type = ctx_.invalid();
  Object* obj = env_.scope ? env_.scope->lookup(e->name) : nullptr;
  if (!obj) {
    if (e->name == "_")
      errorAt(e, "cannot use _ as value or type");
    else if (!unknownDotImport_)  // else it may come from the unsupported import
      errorAt(e, "undefined: " + e->name);
    return;
  }
  recordUse(e, obj);
  const Type* typ = obj->type();
  if (!typ || (obj->kind() == ObjKind::TypeName && wantType)) {
    objDecl(obj, def);
    typ = obj->type();
  }
  if (!typ && obj->kind() != ObjKind::PkgName && obj->kind() != ObjKind::Builtin) typ = ctx_.invalid();

  switch (obj->kind()) {
    case ObjKind::PkgName:
      errorAt(e, "use of package " + obj->name() + " not in selector");
      return;
    case ObjKind::Const: {
      addDeclDep(obj);
      if (typ->kind() == Kind::Invalid) return;
      if (obj->parent() == ctx_.universe() && obj->name() == "iota") {
        if (!env_.iota) {
          errorAt(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *env_.iota;
      } else {
        x.val = static_cast<Const*>(obj)->value();
      }
      x.mode = OpMode::Constant;
      break;
    }
    case ObjKind::TypeName:
      if (obj->parent() == ctx_.universe() && (typ->kind() == Kind::Complex64 || typ->kind() == Kind::Complex128)) {
        unsupported(e->pos, "complex numbers");
        return;
      }
      x.mode = OpMode::TypeExpr;
      break;
    case ObjKind::Var: {
      auto* v = static_cast<Var*>(obj);
      if (v->pkg() == package_) v->used = true;
      noteVarUse(v);
      addDeclDep(obj);
      if (typ->kind() == Kind::Invalid) return;
      x.mode = OpMode::Variable;
      break;
    }
    case ObjKind::Func:
      addDeclDep(obj);
      x.mode = OpMode::Value;
      break;
    case ObjKind::Builtin:
      x.id = static_cast<Builtin*>(obj)->id();
      x.mode = OpMode::Builtin;
      typ = ctx_.invalid();
      break;
    case ObjKind::Nil:
      x.mode = OpMode::NilValue;
      break;
    default:
      return;
  }
  x.type = typ;
}

// ---------------------------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------------------------
void Checker::basicLit(Operand& x, ast::BasicLit* e) {
  Kind k = Kind::Invalid;
  switch (e->litKind) {
    case ast::LitKind::Int: k = Kind::UntypedInt; break;
    case ast::LitKind::Float: k = Kind::UntypedFloat; break;
    case ast::LitKind::Char: k = Kind::UntypedRune; break;
    case ast::LitKind::String: k = Kind::UntypedString; break;
    case ast::LitKind::Imag:
      unsupported(e->pos, "complex numbers");
      x.mode = OpMode::Invalid;
      return;
  }
  if (e->value.size() > 10000 && k != Kind::UntypedString) {
    errorAt(e, "excessively long constant: " + e->value.substr(0, 10) + "... (" + std::to_string(e->value.size()) +
                   " chars)");
    x.mode = OpMode::Invalid;
    return;
  }
  std::string err;
  ConstValue v = ConstValue::fromLiteral(e->litKind, e->value, err);
  if (v.isUnknown()) {
    errorAt(e, "malformed constant: " + e->value);
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Constant;
  x.type = ctx_.basic(k);
  x.val = std::move(v);
}

void Checker::funcLit(Operand& x, ast::FuncLit* e) {
  Scope* scope = ctx_.newScope(env_.scope, Scope::Kind::Function);
  funcScopes_.insert(scope);
  std::vector<Var*> params, results;
  const Signature* sig = funcType(scope, nullptr, e->type, nullptr, &params, &results, nullptr);
  funcStack_.push_back(e);
  int depth = static_cast<int>(funcStack_.size()) - 1;
  for (Var* v : params) varDepth_[v] = depth;
  for (Var* v : results) varDepth_[v] = depth;
  info_.captures[e];  // every literal has an entry (possibly empty)
  if (e->body) {
    Env saved = env_;
    env_.scope = scope;
    env_.sig = sig;
    env_.results = &results;
    env_.funcDepth = depth;
    funcBody(env_.decl, sig, scope, e->body, env_.iota);
    env_ = saved;
  }
  funcStack_.pop_back();
  x.mode = OpMode::Value;
  x.type = sig;
}

// ---------------------------------------------------------------------------------------------
// The expression switch
// ---------------------------------------------------------------------------------------------
ExprKind Checker::exprInternal(Operand& x, ast::Expr* e, const Type* hint) {
  x.mode = OpMode::Invalid;
  x.type = ctx_.invalid();
  x.expr = e;
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::BadExpr:
      goto Error;
    case K::Ident:
      ident(x, static_cast<ast::Ident*>(e), nullptr, false);
      break;
    case K::Ellipsis:
      errorAt(e, "invalid use of '...'");
      goto Error;
    case K::BasicLit:
      basicLit(x, static_cast<ast::BasicLit*>(e));
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case K::FuncLit:
      funcLit(x, static_cast<ast::FuncLit*>(e));
      break;
    case K::CompositeLit:
      compositeLit(x, static_cast<ast::CompositeLit*>(e), hint);
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case K::ParenExpr: {
      ExprKind kind = rawExpr(x, static_cast<ast::ParenExpr*>(e)->x, nullptr);
      x.expr = e;
      return kind;
    }
    case K::SelectorExpr:
      selector(x, static_cast<ast::SelectorExpr*>(e), nullptr);
      break;
    case K::IndexExpr:
      indexExpr(x, static_cast<ast::IndexExpr*>(e));
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case K::SliceExpr:
      sliceExpr(x, static_cast<ast::SliceExpr*>(e));
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case K::TypeAssertExpr: {
      auto* ta = static_cast<ast::TypeAssertExpr*>(e);
      expr(x, ta->x);
      if (x.mode == OpMode::Invalid) goto Error;
      if (!isInterface(x.type)) {
        errorAt(x, "invalid operation: " + str(x) + " is not an interface");
        goto Error;
      }
      if (!ta->type) {
        errorAt(e, "invalid syntax tree: use of .(type) outside type switch");
        goto Error;
      }
      const Type* T = varType(ta->type);
      if (T->kind() == Kind::Invalid) goto Error;
      std::string cause;
      if (!isInterface(T) && !implements(T, x.type, nullptr, &cause)) {
        errorAt(e, "impossible type assertion: " + str(e) + "\n\t" + str(T) + " does not implement " + str(x.type) +
                       " " + cause);
      }
      x.mode = OpMode::CommaOk;
      x.type = T;
      break;
    }
    case K::CallExpr:
      return callExpr(x, static_cast<ast::CallExpr*>(e));
    case K::StarExpr: {
      auto* s = static_cast<ast::StarExpr*>(e);
      exprOrType(x, s->x);
      switch (x.mode) {
        case OpMode::Invalid:
          goto Error;
        case OpMode::TypeExpr:
          x.type = ctx_.pointerTo(x.type);
          break;
        default: {
          const Type* u = x.type->underlying();
          if (u->kind() != Kind::Pointer) {
            errorAt(x, "invalid operation: cannot indirect " + str(x));
            goto Error;
          }
          x.mode = OpMode::Variable;
          x.type = static_cast<const Pointer*>(u)->elem();
          break;
        }
      }
      break;
    }
    case K::UnaryExpr: {
      auto* u = static_cast<ast::UnaryExpr*>(e);
      unary(x, u);
      if (x.mode == OpMode::Invalid) goto Error;
      if (u->op == ast::Op::Arrow) {
        x.expr = e;
        return ExprKind::Statement;
      }
      break;
    }
    case K::BinaryExpr: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->opPos);
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    }
    case K::KeyValueExpr:
      errorAt(e, "invalid syntax tree: no key:value expected");
      goto Error;
    case K::ArrayType:
    case K::StructType:
    case K::FuncType:
    case K::InterfaceType:
    case K::MapType:
    case K::ChanType:
      x.mode = OpMode::TypeExpr;
      x.type = typ(e);
      break;
    default:
      errorAt(e, "invalid syntax tree: unexpected expression");
      goto Error;
  }
  x.expr = e;
  return ExprKind::Expression;

Error:
  x.mode = OpMode::Invalid;
  x.expr = e;
  return ExprKind::Statement;
}

// ---------------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------------
bool Checker::opPredicate(Operand& x, ast::Op op, bool unaryOp) {
  const Type* t = x.type;
  bool ok = true;
  switch (op) {
    case ast::Op::Add:
      ok = unaryOp ? isNumeric(t) : (isNumeric(t) || isString(t));
      break;
    case ast::Op::Sub:
    case ast::Op::Mul:
    case ast::Op::Quo:
      ok = isNumeric(t);
      break;
    case ast::Op::Rem:
    case ast::Op::And:
    case ast::Op::Or:
    case ast::Op::Xor:
    case ast::Op::AndNot:
      ok = isInteger(t);
      break;
    case ast::Op::LAnd:
    case ast::Op::LOr:
    case ast::Op::Not:
      ok = isBoolean(t);
      break;
    default:
      errorAt(x, "invalid syntax tree: unknown operator " + std::string(opString(op)));
      return false;
  }
  if (!ok) {
    errorAt(x, "invalid operation: operator " + std::string(opString(op)) + " not defined on " + str(x));
    return false;
  }
  return true;
}

void Checker::overflow(Operand& x, ast::Pos opPos) {
  if (x.val.isUnknown()) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (!isUntyped(x.type)) {
    representable(x, x.type->underlying());
    return;
  }
  if (x.val.kind() == ConstValue::Kind::Int && x.val.intVal().getSignificantBits() - 1 > 512) {
    std::string name;
    if (auto* b = ast::as<ast::BinaryExpr>(x.expr)) {
      switch (b->op) {
        case ast::Op::Add: name = "addition"; break;
        case ast::Op::Sub: name = "subtraction"; break;
        case ast::Op::Xor: name = "bitwise XOR"; break;
        case ast::Op::Mul: name = "multiplication"; break;
        case ast::Op::Shl: name = "shift"; break;
        default: break;
      }
    } else if (auto* u = ast::as<ast::UnaryExpr>(x.expr)) {
      if (u->op == ast::Op::Xor) name = "bitwise complement";
    }
    error(opPos, "constant " + name + " overflow");
    x.val = ConstValue();
  }
}

void Checker::unary(Operand& x, ast::UnaryExpr* e) {
  expr(x, e->x);
  if (x.mode == OpMode::Invalid) return;
  switch (e->op) {
    case ast::Op::And: {
      if (!ast::is<ast::CompositeLit>(unparen(e->x)) && x.mode != OpMode::Variable) {
        errorAt(x, "invalid operation: cannot take address of " + str(x));
        x.mode = OpMode::Invalid;
        return;
      }
      x.mode = OpMode::Value;
      x.type = ctx_.pointerTo(x.type);
      return;
    }
    case ast::Op::Arrow: {
      const Type* u = x.type->underlying();
      if (u->kind() != Kind::Chan) {
        errorAt(x, "invalid operation: cannot receive from non-channel " + str(x));
        x.mode = OpMode::Invalid;
        return;
      }
      auto* ch = static_cast<const Chan*>(u);
      if (ch->dir() == ast::ChanDir::Send) {
        errorAt(x, "invalid operation: cannot receive from send-only channel " + str(x));
        x.mode = OpMode::Invalid;
        return;
      }
      x.mode = OpMode::CommaOk;
      x.type = ch->elem();
      return;
    }
    default:
      break;
  }
  if (!opPredicate(x, e->op, true)) {
    x.mode = OpMode::Invalid;
    return;
  }
  if (x.mode == OpMode::Constant) {
    if (x.val.isUnknown()) return;
    x.val = constUnaryOp(e->op, x.val, x.type);
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = OpMode::Value;
}

void Checker::binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Op op, ast::Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == OpMode::Invalid) return;
  if (y.mode == OpMode::Invalid) {
    x.mode = OpMode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShiftOp(op)) {
    shift(x, y, e, op);
    return;
  }
  auto canMix = [&](const Operand& a, const Operand& b) {
    if (isInterface(a.type) || isInterface(b.type)) return true;
    if (isBoolean(a.type) != isBoolean(b.type)) return false;
    if (isString(a.type) != isString(b.type)) return false;
    if (a.isNil() && !hasNil(b.type)) return false;
    if (b.isNil() && !hasNil(a.type)) return false;
    return true;
  };
  if (canMix(x, y)) {
    convertUntyped(x, y.type);
    if (x.mode == OpMode::Invalid) return;
    convertUntyped(y, x.type);
    if (y.mode == OpMode::Invalid) {
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (isComparisonOp(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type->kind() != Kind::Invalid && y.type->kind() != Kind::Invalid) {
      if (e)
        errorAt(x, "invalid operation: " + str(e) + " (mismatched types " + str(x.type) + " and " + str(y.type) + ")");
      else
        errorAt(x, "invalid operation: " + str(lhs) + " " + opString(op) + "= " + str(rhs) + " (mismatched types " +
                       str(x.type) + " and " + str(y.type) + ")");
    }
    x.mode = OpMode::Invalid;
    return;
  }
  if (!opPredicate(x, op, false)) {
    x.mode = OpMode::Invalid;
    return;
  }
  if (op == ast::Op::Quo || op == ast::Op::Rem) {
    if ((x.mode == OpMode::Constant || isInteger(x.type)) && y.mode == OpMode::Constant && constIsZero(y.val)) {
      errorAt(y, "invalid operation: division by zero");
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    if (x.val.isUnknown() || y.val.isUnknown()) {
      x.val = ConstValue();
      return;
    }
    bool divByZero = false;
    x.val = constBinaryOp(op, x.val, y.val, isInteger(x.type) ? x.type : nullptr, divByZero);
    if (e) x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = OpMode::Value;
}

void Checker::shift(Operand& x, Operand& y, ast::Expr* e, ast::Op op) {
  ConstValue xval;
  bool exact = false;
  if (x.mode == OpMode::Constant) xval = x.val.toInt(exact);
  bool lhsOk = isInteger(x.type) || (isUntyped(x.type) && xval.kind() == ConstValue::Kind::Int);
  if (!lhsOk) {
    errorAt(x, "invalid operation: shifted operand " + str(x) + " must be integer");
    x.mode = OpMode::Invalid;
    return;
  }
  if (y.mode == OpMode::Constant) {
    ConstValue yval = y.val.toInt(exact);
    if (yval.kind() == ConstValue::Kind::Int && yval.intVal().isNegative()) {
      errorAt(y, "invalid operation: negative shift count " + str(y));
      x.mode = OpMode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      representable(y, ctx_.basic(Kind::Uint));
      if (y.mode == OpMode::Invalid) {
        x.mode = OpMode::Invalid;
        return;
      }
    }
  } else {
    if (isInteger(y.type)) {
      // ok (signed shift counts are allowed since Go 1.13)
    } else if (isUntyped(y.type)) {
      convertUntyped(y, ctx_.basic(Kind::Uint));
      if (y.mode == OpMode::Invalid) {
        x.mode = OpMode::Invalid;
        return;
      }
    } else {
      errorAt(y, "invalid operation: shift count " + str(y) + " must be integer");
      x.mode = OpMode::Invalid;
      return;
    }
  }

  if (x.mode == OpMode::Constant) {
    if (y.mode == OpMode::Constant) {
      if (x.val.isUnknown() || y.val.isUnknown()) {
        x.val = ConstValue();
        if (!isInteger(x.type)) x.type = ctx_.basic(Kind::UntypedInt);
        return;
      }
      const uint64_t shiftBound = 1023 - 1 + 52;
      ConstValue yv = y.val.toInt(exact);
      bool ok = yv.kind() == ConstValue::Kind::Int && !yv.intVal().isNegative() && yv.intVal().getActiveBits() <= 64;
      uint64_t s = ok ? yv.toUint64() : 0;
      if (!ok || s > shiftBound) {
        errorAt(y, "invalid operation: invalid shift count " + str(y));
        x.mode = OpMode::Invalid;
        return;
      }
      if (!isInteger(x.type)) x.type = ctx_.basic(Kind::UntypedInt);
      x.val = constShift(op, xval, s);
      if (e) x.expr = e;
      ast::Pos opPos = e ? static_cast<ast::BinaryExpr*>(e)->opPos : posOf(x);
      overflow(x, opPos);
      return;
    }
    if (isUntyped(x.type)) {
      // Non-constant shift of an untyped constant: the constant's type is what it would be if
      // the shift were replaced by its left operand alone (decided later by updateExprType).
      auto it = untyped_.find(x.expr);
      if (it != untyped_.end()) it->second.isLhs = true;
      x.mode = OpMode::Value;
      return;
    }
  }
  if (!isInteger(x.type)) {
    errorAt(x, "invalid operation: shifted operand " + str(x) + " must be integer");
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
}

std::string Checker::kindString(const Type* t) {
  switch (t->underlying()->kind()) {
    case Kind::Array: return "array";
    case Kind::Slice: return "slice";
    case Kind::Struct: return "struct";
    case Kind::Pointer: return "pointer";
    case Kind::Signature: return "func";
    case Kind::Interface: return "interface";
    case Kind::Map: return "map";
    case Kind::Chan: return "chan";
    default: return str(t);
  }
}

std::string Checker::incomparableCause(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind()) {
    case Kind::Slice:
    case Kind::Signature:
    case Kind::Map:
      return kindString(t) + " can only be compared to nil";
    case Kind::Struct:
      for (const StructField& f : static_cast<const Struct*>(u)->fields())
        if (!isComparable(f.type)) return "struct containing " + str(f.type) + " cannot be compared";
      return "";
    case Kind::Array:
      if (!isComparable(static_cast<const Array*>(u)->elem())) return str(u) + " cannot be compared";
      return "";
    default:
      return "";
  }
}

void Checker::comparison(Operand& x, Operand& y, ast::Op op, bool switchCase) {
  if (switchCase) op = ast::Op::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + str(x.type) + " and " + str(y.type);
    goto Error;
  }
  switch (op) {
    case ast::Op::Eql:
    case ast::Op::Neq:
      if (x.isNil() || y.isNil()) {
        const Type* t = x.isNil() ? y.type : x.type;
        if (!hasNil(t)) {
          errOp = &y;
          goto Error;
        }
      } else if (!isComparable(x.type)) {
        errOp = &x;
        cause = incomparableCause(x.type);
        goto Error;
      } else if (!isComparable(y.type)) {
        errOp = &y;
        cause = incomparableCause(y.type);
        goto Error;
      }
      break;
    default:
      if (!isOrdered(x.type)) {
        errOp = &x;
        goto Error;
      }
      if (!isOrdered(y.type)) {
        errOp = &y;
        goto Error;
      }
      break;
  }
  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    x.val = ConstValue::makeBool(constCompare(op, x.val, y.val));
  } else {
    x.mode = OpMode::Value;
    updateExprType(x.expr, defaultTypeOf(x.type), true);
    updateExprType(y.expr, defaultTypeOf(y.type), true);
  }
  x.type = ctx_.basic(Kind::UntypedBool);
  return;

Error:
  if (cause.empty()) cause = "operator " + std::string(opString(op)) + " not defined on " + kindString(errOp->type);
  if (switchCase)
    errorAt(x, "invalid case " + str(x.expr) + " in switch on " + str(y.expr) + " (" + cause + ")");
  else
    errorAt(*errOp, "invalid operation: " + str(x.expr) + " " + opString(op) + " " + str(y.expr) + " (" + cause + ")");
  x.mode = OpMode::Invalid;
}

}  // namespace mgo::types
