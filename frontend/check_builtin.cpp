// check_builtin.cpp — calls of the built-in functions (types2's builtins.go): append, cap, close,
// copy, delete, len, make, new, panic, print, println, recover (complex/real/imag are
// unsupported: mini-Go has no complex numbers).
//
// Invariants: len/cap of a constant string, or of an array expression without calls or channel
// receives, is a constant; each call records the callee with the call's signature.
#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

const char* builtinName(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return "append";
    case BuiltinId::Cap: return "cap";
    case BuiltinId::Close: return "close";
    case BuiltinId::Complex: return "complex";
    case BuiltinId::Copy: return "copy";
    case BuiltinId::Delete: return "delete";
    case BuiltinId::Imag: return "imag";
    case BuiltinId::Len: return "len";
    case BuiltinId::Make: return "make";
    case BuiltinId::New: return "new";
    case BuiltinId::Panic: return "panic";
    case BuiltinId::Print: return "print";
    case BuiltinId::Println: return "println";
    case BuiltinId::Real: return "real";
    case BuiltinId::Recover: return "recover";
  }
  return "?";
}

struct BuiltinArity {
  int nargs;
  bool variadic;
};

BuiltinArity builtinArity(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return {1, true};
    case BuiltinId::Cap: return {1, false};
    case BuiltinId::Close: return {1, false};
    case BuiltinId::Complex: return {2, false};
    case BuiltinId::Copy: return {2, false};
    case BuiltinId::Delete: return {2, false};
    case BuiltinId::Imag: return {1, false};
    case BuiltinId::Len: return {1, false};
    case BuiltinId::Make: return {1, true};
    case BuiltinId::New: return {1, false};
    case BuiltinId::Panic: return {1, false};
    case BuiltinId::Print: return {0, true};
    case BuiltinId::Println: return {0, true};
    case BuiltinId::Real: return {1, false};
    case BuiltinId::Recover: return {0, false};
  }
  return {0, false};
}

}  // namespace

bool Checker::builtin(Operand& x, ast::CallExpr* call, BuiltinId id) {
  const char* name = builtinName(id);
  if (call->hasEllipsis && id != BuiltinId::Append) {
    errorAt(call, std::string("invalid operation: invalid use of ... with built-in ") + name);
    for (ast::Expr* a : call->args) use(a);
    return false;
  }
  if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
    unsupported(call->pos, "complex numbers");
    for (ast::Expr* a : call->args) use(a);
    return false;
  }
  bool savedHasCall = hasCallOrRecv_;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) hasCallOrRecv_ = false;
  struct Restore {
    Checker* c;
    bool saved;
    bool active;
    ~Restore() {
      if (active) c->hasCallOrRecv_ = saved;
    }
  } restore{this, savedHasCall, id == BuiltinId::Len || id == BuiltinId::Cap};

  std::vector<Operand> xlist;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    bool commaOk;
    exprList(call->args, false, xlist, commaOk);
    nargs = xlist.size();
    if (nargs > 0) {
      x = xlist[0];
      if (x.mode == OpMode::Invalid) return false;
    }
  }
  auto arg = [&](Operand& o, size_t i) { o = xlist[i]; };
  BuiltinArity ar = builtinArity(id);
  {
    std::string msg;
    if (static_cast<int>(nargs) < ar.nargs)
      msg = "not enough";
    else if (!ar.variadic && static_cast<int>(nargs) > ar.nargs)
      msg = "too many";
    if (!msg.empty()) {
      errorAt(call, "invalid operation: " + msg + " arguments for " + str(call) + " (expected " +
                        std::to_string(ar.nargs) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
  }

  switch (id) {
    case BuiltinId::Append: {
      const Type* S = x.type;
      const Type* su = S->underlying();
      if (su->kind() != Kind::Slice) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + str(x);
        errorAt(x, "first argument to append must be a slice; " + cause);
        return false;
      }
      const Type* T = static_cast<const Slice*>(su)->elem();
      std::vector<Operand> alist{x};
      if (nargs == 2 && call->hasEllipsis) {
        Operand probe = x;
        if (assignableTo(probe, ctx_.sliceOf(ctx_.byteType()), nullptr)) {
          Operand y;
          arg(y, 1);
          if (y.mode == OpMode::Invalid) return false;
          if (isString(y.type)) {
            const Signature* sig = ctx_.signature(ctx_.tuple({S, y.type}), ctx_.tuple({S}), true);
            recordBuiltinType(call->fun, sig);
            // The string operand keeps its own (possibly untyped) type: convert to string.
            if (isUntyped(y.type)) convertUntyped(y, ctx_.basic(Kind::String));
            x.mode = OpMode::Value;
            x.type = S;
            return true;
          }
          alist.push_back(y);
        }
      }
      const Signature* sig = ctx_.signature(ctx_.tuple({S, ctx_.sliceOf(T)}), ctx_.tuple({S}), true);
      std::vector<Operand> args = alist;
      for (size_t i = alist.size(); i < nargs; ++i) {
        Operand o;
        arg(o, i);
        args.push_back(o);
      }
      arguments(call, sig, args);
      x.mode = OpMode::Value;
      x.type = S;
      recordBuiltinType(call->fun, sig);
      break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      OpMode mode = OpMode::Invalid;
      ConstValue val;
      const Type* u = x.type->underlying();
      if (u->kind() == Kind::Pointer) {
        const Type* b = static_cast<const Pointer*>(u)->elem()->underlying();
        if (b->kind() == Kind::Array) u = b;
      }
      switch (u->kind()) {
        case Kind::String:
        case Kind::UntypedString:
          if (id == BuiltinId::Len) {
            if (x.mode == OpMode::Constant) {
              mode = OpMode::Constant;
              val = ConstValue::makeInt(static_cast<int64_t>(x.val.stringVal().size()));
            } else {
              mode = OpMode::Value;
            }
          }
          break;
        case Kind::Array:
          mode = OpMode::Value;
          if (!hasCallOrRecv_) {
            mode = OpMode::Constant;
            val = ConstValue::makeInt(static_cast<const Array*>(u)->len());
          }
          break;
        case Kind::Slice:
        case Kind::Chan:
          mode = OpMode::Value;
          break;
        case Kind::Map:
          if (id == BuiltinId::Len) mode = OpMode::Value;
          break;
        default:
          break;
      }
      if (mode == OpMode::Invalid) {
        if (x.type->underlying()->kind() != Kind::Invalid)
          errorAt(x, "invalid argument: " + str(x) + " for " + name);
        return false;
      }
      // The argument's final type (an untyped constant string argument becomes string).
      if (isUntyped(x.type)) convertUntyped(x, ctx_.basic(Kind::String));
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({x.type}), ctx_.tuple({ctx_.basic(Kind::Int)}), false));
      x.mode = mode;
      x.type = ctx_.basic(Kind::Int);
      x.val = val;
      break;
    }
    case BuiltinId::Close: {
      const Type* u = x.type->underlying();
      if (u->kind() != Kind::Chan) {
        errorAt(x, "invalid operation: cannot close non-channel " + str(x));
        return false;
      }
      if (static_cast<const Chan*>(u)->dir() == ast::ChanDir::Recv) {
        errorAt(x, "invalid operation: cannot close receive-only channel " + str(x));
        return false;
      }
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({x.type}), ctx_.tuple({}), false));
      x.mode = OpMode::NoValue;
      break;
    }
    case BuiltinId::Copy: {
      const Type* dstU = x.type->underlying();
      Operand y;
      arg(y, 1);
      if (y.mode == OpMode::Invalid) return false;
      const Type* srcU = y.type->underlying();
      const Type* srcElem = nullptr;
      if (isString(srcU)) srcElem = ctx_.byteType();
      else if (srcU->kind() == Kind::Slice) srcElem = static_cast<const Slice*>(srcU)->elem();
      if (dstU->kind() != Kind::Slice || !srcElem) {
        errorAt(x, "invalid argument: copy expects slice arguments; found " + str(x) + " and " + str(y));
        return false;
      }
      const Type* dstElem = static_cast<const Slice*>(dstU)->elem();
      if (!identical(dstElem, srcElem)) {
        errorAt(x, "invalid argument: arguments to copy " + str(x) + " and " + str(y) +
                       " have different element types " + str(dstElem) + " and " + str(srcElem));
        return false;
      }
      if (isUntyped(y.type)) convertUntyped(y, ctx_.basic(Kind::String));
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({x.type, y.type}), ctx_.tuple({ctx_.basic(Kind::Int)}), false));
      x.mode = OpMode::Value;
      x.type = ctx_.basic(Kind::Int);
      break;
    }
    case BuiltinId::Delete: {
      const Type* mapT = x.type;
      const Type* u = mapT->underlying();
      if (u->kind() != Kind::Map) {
        errorAt(x, "invalid argument: " + str(x) + " is not a map");
        return false;
      }
      const Type* key = static_cast<const Map*>(u)->key();
      arg(x, 1);
      if (x.mode == OpMode::Invalid) return false;
      assignment(x, key, "argument to delete");
      if (x.mode == OpMode::Invalid) return false;
      x.mode = OpMode::NoValue;
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({mapT, key}), ctx_.tuple({}), false));
      break;
    }
    case BuiltinId::Make: {
      ast::Expr* arg0 = call->args[0];
      const Type* T = varType(arg0);
      if (T->kind() == Kind::Invalid) {
        for (size_t i = 1; i < call->args.size(); ++i) use(call->args[i]);
        return false;
      }
      size_t min;
      switch (T->underlying()->kind()) {
        case Kind::Slice: min = 2; break;
        case Kind::Map:
        case Kind::Chan: min = 1; break;
        default:
          errorAt(arg0, "invalid argument: cannot make " + str(arg0) + "; type must be slice, map, or channel");
          for (size_t i = 1; i < call->args.size(); ++i) use(call->args[i]);
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        errorAt(call, "invalid operation: " + str(call) + " expects " + std::to_string(min) + " or " +
                          std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        for (size_t i = 1; i < call->args.size(); ++i) use(call->args[i]);
        return false;
      }
      std::vector<const Type*> types{T};
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); ++i) {
        int64_t size = -1;
        bool ok = index(call->args[i], -1, size);
        auto it = info_.types.find(call->args[i]);
        types.push_back(ok && it != info_.types.end() ? it->second.type : ctx_.invalid());
        if (ok && size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) errorAt(call->args[1], "invalid argument: length and capacity swapped");
      x.mode = OpMode::Value;
      x.type = T;
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple(types), ctx_.tuple({T}), false));
      break;
    }
    case BuiltinId::New: {
      const Type* T = varType(call->args[0]);
      if (T->kind() == Kind::Invalid) return false;
      x.mode = OpMode::Value;
      x.type = ctx_.pointerTo(T);
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({T}), ctx_.tuple({x.type}), false));
      break;
    }
    case BuiltinId::Panic: {
      if (env_.sig && env_.sig->results()->size() > 0) isPanic_.insert(call);
      assignment(x, ctx_.emptyInterface(), "argument to panic");
      if (x.mode == OpMode::Invalid) return false;
      x.mode = OpMode::NoValue;
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({ctx_.emptyInterface()}), ctx_.tuple({}), false));
      break;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::vector<const Type*> params;
      for (size_t i = 0; i < nargs; ++i) {
        if (i > 0) arg(x, i);
        assignment(x, nullptr, std::string("argument to ") + name);
        if (x.mode == OpMode::Invalid) return false;
        params.push_back(x.type);
      }
      x.mode = OpMode::NoValue;
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple(params), ctx_.tuple({}), false));
      break;
    }
    case BuiltinId::Recover: {
      x.mode = OpMode::Value;
      x.type = ctx_.emptyInterface();
      recordBuiltinType(call->fun, ctx_.signature(ctx_.tuple({}), ctx_.tuple({x.type}), false));
      break;
    }
    default:
      return false;
  }
  return true;
}

}  // namespace mgo::types
