// check_untyped.cpp — untyped operands (types2's updateExprType, implicitTypeAndValue,
// convertUntyped, representable): an untyped expression gets its final type only when it is
// used in a typed context; its sub-expressions are then updated recursively and constants are
// checked for representability in the final type.
//
// Invariant: when an untyped expression's final type becomes known it is removed from untyped_
// and recorded with that type (and a value in the type's representation).
#include "frontend/checker_impl.h"

namespace mgo::types {

const Type* Checker::defaultTypeOf(const Type* t) {
  if (t && t->kind() == Kind::UntypedRune) return ctx_.runeType();
  return defaultType(t);
}

void Checker::updateExprType0(const ast::Expr* parent, const ast::Expr* x, const Type* typ, bool final) {
  auto it = untyped_.find(x);
  if (it == untyped_.end()) return;
  UntypedInfo old = it->second;

  using K = ast::NodeKind;
  switch (x->kind) {
    case K::ParenExpr:
      updateExprType0(x, static_cast<const ast::ParenExpr*>(x)->x, typ, final);
      break;
    case K::UnaryExpr:
      if (!old.hasVal) updateExprType0(x, static_cast<const ast::UnaryExpr*>(x)->x, typ, final);
      break;
    case K::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(x);
      if (old.hasVal) break;
      bool cmp = b->op == ast::Op::Eql || b->op == ast::Op::Neq || b->op == ast::Op::Lss || b->op == ast::Op::Leq ||
                 b->op == ast::Op::Gtr || b->op == ast::Op::Geq;
      if (cmp) {
        // The result type is independent of the operand types.
      } else if (b->op == ast::Op::Shl || b->op == ast::Op::Shr) {
        updateExprType0(x, b->x, typ, final);
      } else {
        updateExprType0(x, b->x, typ, final);
        updateExprType0(x, b->y, typ, final);
      }
      break;
    }
    default:
      break;
  }

  it = untyped_.find(x);
  if (it == untyped_.end()) return;
  if (!final && isUntyped(typ)) {
    it->second.type = typ->underlying();
    return;
  }
  untyped_.erase(it);

  if (old.isLhs) {
    if (!isInteger(typ)) {
      errorAt(x, "invalid operation: " + str(parent) + " (shift of type " + str(typ) + ")");
      return;
    }
  }
  ConstValue val = old.val;
  if (old.hasVal) {
    Operand c;
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, typ);
    if (c.mode == OpMode::Invalid) return;
    val = c.val;
  }
  recordTypeAndValue(x, old.mode, typ, old.hasVal ? &val : nullptr);
}

void Checker::updateExprVal(const ast::Expr* e, const ConstValue& v) {
  auto it = untyped_.find(e);
  if (it != untyped_.end()) {
    it->second.val = v;
    it->second.hasVal = true;
  }
}

void Checker::convertUntyped(Operand& x, const Type* target) {
  ConstValue val;
  bool hasVal = false;
  ConvCode code = ConvCode::Ok;
  const Type* newType = implicitTypeAndValue(x, target, val, hasVal, code);
  if (code != ConvCode::Ok) {
    invalidConversion(code, x, target->underlying());
    x.mode = OpMode::Invalid;
    return;
  }
  if (hasVal) {
    x.val = val;
    updateExprVal(x.expr, val);
  }
  if (newType != x.type) {
    x.type = newType;
    updateExprType(x.expr, newType, false);
  }
}

const Type* Checker::implicitTypeAndValue(Operand& x, const Type* target, ConstValue& val, bool& hasVal,
                                          ConvCode& code) {
  code = ConvCode::Ok;
  hasVal = false;
  if (x.mode == OpMode::Invalid || !isUntyped(x.type) || target->kind() == Kind::Invalid) return x.type;
  if (isUntyped(target)) {
    Kind xk = x.type->kind(), tk = target->kind();
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      code = ConvCode::InvalidUntyped;
      return nullptr;
    }
    return x.type;
  }
  if (x.isNil()) {
    if (hasNil(target)) return target;
    code = ConvCode::InvalidUntyped;
    return nullptr;
  }
  const Type* u = target->underlying();
  if (u->kind() <= Kind::UntypedNil) {  // basic
    if (x.mode == OpMode::Constant) {
      ConstValue rounded;
      ConvCode c = representation(x, u, rounded);
      if (c != ConvCode::Ok) {
        code = c;
        return nullptr;
      }
      val = rounded;
      hasVal = true;
      return target;
    }
    switch (x.type->kind()) {
      case Kind::UntypedBool:
        if (!isBoolean(target)) code = ConvCode::InvalidUntyped;
        break;
      case Kind::UntypedInt:
      case Kind::UntypedRune:
      case Kind::UntypedFloat:
        if (!isNumeric(target)) code = ConvCode::InvalidUntyped;
        break;
      case Kind::UntypedString:
        if (!isString(target)) code = ConvCode::InvalidUntyped;
        break;
      default:
        code = ConvCode::InvalidUntyped;
    }
    return code == ConvCode::Ok ? target : nullptr;
  }
  if (u->kind() == Kind::Interface) {
    if (!static_cast<const Interface*>(u)->empty()) {
      code = ConvCode::InvalidUntyped;
      return nullptr;
    }
    return defaultTypeOf(x.type);
  }
  code = ConvCode::InvalidUntyped;
  return nullptr;
}

Checker::ConvCode Checker::representation(const Operand& x, const Type* basic, ConstValue& rounded) {
  switch (x.val.representation(basic, &rounded)) {
    case ConstValue::Repr::Ok:
      return ConvCode::Ok;
    case ConstValue::Repr::Truncated:
      if (isNumeric(x.type) && isNumeric(basic)) return ConvCode::Truncated;
      return ConvCode::InvalidConst;
    case ConstValue::Repr::Overflows:
      if (isNumeric(x.type) && isNumeric(basic)) {
        if (!isInteger(x.type) && isInteger(basic)) return ConvCode::Truncated;
        return ConvCode::Overflow;
      }
      return ConvCode::InvalidConst;
    case ConstValue::Repr::Invalid:
      return ConvCode::InvalidConst;
  }
  return ConvCode::InvalidConst;
}

void Checker::representable(Operand& x, const Type* basic) {
  ConstValue rounded;
  ConvCode code = representation(x, basic, rounded);
  if (code != ConvCode::Ok) {
    invalidConversion(code, x, basic);
    x.mode = OpMode::Invalid;
    return;
  }
  x.val = rounded;
}

void Checker::invalidConversion(ConvCode code, const Operand& x, const Type* target) {
  switch (code) {
    case ConvCode::Truncated:
      errorAt(x, str(x) + " truncated to " + str(target));
      break;
    case ConvCode::Overflow:
      errorAt(x, str(x) + " overflows " + str(target));
      break;
    default:
      errorAt(x, "cannot convert " + str(x) + " to " + str(target));
      break;
  }
}

}  // namespace mgo::types
