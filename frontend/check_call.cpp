// check_call.cpp — calls (types2's callExpr, exprList, arguments): conversions T(x), built-in
// calls, function and method calls with argument count checks ("not enough arguments in call to
// f\n\thave (...)\n\twant (...)") and assignability of each argument.
//
// Invariant: the callee expression is recorded (for built-ins with the signature of this
// particular call, mode Builtin); a call with one result has that result's type, with several
// results a Tuple.
#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

// types2's predeclaredFuncs[id].kind: whether a built-in call is an expression or a statement.
ExprKind builtinKind(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append:
    case BuiltinId::Cap:
    case BuiltinId::Complex:
    case BuiltinId::Imag:
    case BuiltinId::Len:
    case BuiltinId::Make:
    case BuiltinId::New:
    case BuiltinId::Real:
      return ExprKind::Expression;
    default:
      return ExprKind::Statement;
  }
}

}  // namespace

ExprKind Checker::callExpr(Operand& x, ast::CallExpr* call) {
  if (ast::is<ast::IndexExpr>(call->fun)) {
    // f[T](...) would be a generic instantiation; a plain index expression yielding a function
    // value is checked normally.
  }
  exprOrType(x, call->fun);
  switch (x.mode) {
    case OpMode::Invalid:
      for (ast::Expr* a : call->args) use(a);
      x.expr = call;
      return ExprKind::Statement;
    case OpMode::TypeExpr: {
      const Type* T = x.type;
      x.mode = OpMode::Invalid;
      size_t n = call->args.size();
      if (n == 0) {
        errorAt(call, "missing argument in conversion to " + str(T));
      } else if (n == 1) {
        expr(x, call->args[0]);
        if (x.mode != OpMode::Invalid) {
          if (call->hasEllipsis) {
            errorAt(call->args[0], "invalid use of ... in type conversion to " + str(T));
            x.mode = OpMode::Invalid;
          } else {
            conversion(x, T);
          }
        }
      } else {
        for (ast::Expr* a : call->args) use(a);
        errorAt(call->args[n - 1], "too many arguments in conversion to " + str(T));
      }
      x.expr = call;
      return ExprKind::Conversion;
    }
    case OpMode::Builtin: {
      BuiltinId id = x.id;
      if (!builtin(x, call, id)) x.mode = OpMode::Invalid;
      x.expr = call;
      if (x.mode != OpMode::Invalid && x.mode != OpMode::Constant) hasCallOrRecv_ = true;
      return builtinKind(id);
    }
    default:
      break;
  }
  const Type* u = x.type->underlying();
  if (u->kind() != Kind::Signature) {
    errorAt(x, "invalid operation: cannot call non-function " + str(x));
    x.mode = OpMode::Invalid;
    x.expr = call;
    return ExprKind::Statement;
  }
  auto* sig = static_cast<const Signature*>(u);
  std::vector<Operand> args;
  bool commaOk = false;
  exprList(call->args, false, args, commaOk);
  arguments(call, sig, args);
  switch (sig->results()->size()) {
    case 0:
      x.mode = OpMode::NoValue;
      break;
    case 1:
      x.mode = OpMode::Value;
      x.type = sig->results()->at(0);
      break;
    default:
      x.mode = OpMode::Value;
      x.type = sig->results();
      break;
  }
  x.expr = call;
  hasCallOrRecv_ = true;
  return ExprKind::Statement;
}

void Checker::exprList(const std::vector<ast::Expr*>& elist, bool allowCommaOk, std::vector<Operand>& out,
                       bool& commaOk) {
  commaOk = false;
  out.clear();
  if (elist.empty()) return;
  if (elist.size() == 1) {
    Operand x;
    multiExpr(x, elist[0]);
    if (x.mode != OpMode::Invalid && x.type && x.type->kind() == Kind::Tuple) {
      auto* t = static_cast<const Tuple*>(x.type);
      for (const Type* ty : t->types()) {
        Operand v;
        v.mode = OpMode::Value;
        v.expr = elist[0];
        v.type = ty;
        out.push_back(v);
      }
      return;
    }
    if (allowCommaOk && (x.mode == OpMode::MapIndex || x.mode == OpMode::CommaOk)) {
      x.mode = OpMode::Value;
      out.push_back(x);
      Operand ok;
      ok.mode = OpMode::Value;
      ok.expr = elist[0];
      ok.type = ctx_.basic(Kind::UntypedBool);
      out.push_back(ok);
      commaOk = true;
      return;
    }
    out.push_back(x);
    return;
  }
  for (ast::Expr* e : elist) {
    Operand x;
    expr(x, e);
    out.push_back(x);
  }
}

std::string Checker::typesSummary(const std::vector<const Type*>& list, bool variadic) {
  std::string res = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) res += ", ";
    const Type* t = list[i];
    std::string s;
    if (!t || t->kind() == Kind::Invalid) {
      s = "<T>";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) {
        s = "number";
      } else {
        s = static_cast<const Basic*>(t)->name();
        if (s.rfind("untyped ", 0) == 0) s = s.substr(8);
      }
    } else if (variadic && i + 1 == list.size() && t->kind() == Kind::Slice) {
      s = "..." + str(static_cast<const Slice*>(t)->elem());
    } else {
      s = str(t);
    }
    res += s;
  }
  return res + ")";
}

void Checker::arguments(ast::CallExpr* call, const Signature* sig, std::vector<Operand>& args) {
  for (Operand& a : args) {
    if (a.mode == OpMode::TypeExpr) {
      errorAt(a, str(a) + " used as value");
      return;
    }
    if (a.mode == OpMode::Invalid) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params()->size();
  bool ddd = call->hasEllipsis;
  std::vector<const Type*> sigParams = sig->params()->types();
  if (sig->variadic()) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + str(call->args[0]));
        return;
      }
    } else {
      if (nargs + 1 >= npars) {
        std::vector<const Type*> vars(sigParams.begin(), sigParams.begin() + static_cast<long>(npars - 1));
        const Type* last = sigParams[npars - 1];
        const Type* elem = static_cast<const Slice*>(last->underlying())->elem();
        while (vars.size() < nargs) vars.push_back(elem);
        sigParams = vars;
        npars = nargs;
      } else {
        npars--;  // for the error message below
      }
    }
  } else if (ddd) {
    errorAt(call, "cannot use ... in call to non-variadic " + str(call->fun));
    return;
  }
  if (nargs != npars) {
    const ast::Node* at = call;
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr;
    }
    std::vector<const Type*> have;
    for (const Operand& a : args) have.push_back(a.type);
    std::vector<ErrorPart> err;
    err.push_back({at->pos, qualifier + " arguments in call to " + str(call->fun)});
    err.push_back({ast::Pos{}, "have " + typesSummary(have, false)});
    err.push_back({ast::Pos{}, "want " + typesSummary(sig->params()->types(), sig->variadic())});
    report(err);
    return;
  }
  std::string context = "argument to " + str(call->fun);
  for (size_t i = 0; i < nargs; ++i) assignment(args[i], sigParams[i], context);
}

}  // namespace mgo::types
