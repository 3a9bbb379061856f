// check_index.cpp — index and slice expressions (types2's index.go): strings, arrays, pointers to
// arrays, slices and maps; constant index bounds checks ("invalid argument: index 5 out of bounds
// [0:3]"), slice index ordering, 3-index slices.
//
// Invariant: indexing a string yields a non-addressable value of type byte (spelled "byte").
#include "frontend/checker_impl.h"

namespace mgo::types {

void Checker::indexExpr(Operand& x, ast::IndexExpr* e) {
  exprOrType(x, e->x);
  switch (x.mode) {
    case OpMode::Invalid:
      use(e->index);
      return;
    case OpMode::TypeExpr:
      unsupported(e->pos, "generic type instantiation");
      x.mode = OpMode::Invalid;
      return;
    default:
      break;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = x.type->underlying();
  switch (u->kind()) {
    case Kind::String:
    case Kind::UntypedString:
      valid = true;
      if (x.mode == OpMode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
      x.mode = OpMode::Value;
      x.type = ctx_.byteType();
      break;
    case Kind::Array: {
      auto* a = static_cast<const Array*>(u);
      valid = true;
      length = a->len();
      if (x.mode != OpMode::Variable) x.mode = OpMode::Value;
      x.type = a->elem();
      break;
    }
    case Kind::Pointer: {
      const Type* base = static_cast<const Pointer*>(u)->elem()->underlying();
      if (base->kind() == Kind::Array) {
        auto* a = static_cast<const Array*>(base);
        valid = true;
        length = a->len();
        x.mode = OpMode::Variable;
        x.type = a->elem();
      }
      break;
    }
    case Kind::Slice:
      valid = true;
      x.mode = OpMode::Variable;
      x.type = static_cast<const Slice*>(u)->elem();
      break;
    case Kind::Map: {
      auto* m = static_cast<const Map*>(u);
      Operand key;
      expr(key, e->index);
      assignment(key, m->key(), "map index");
      x.mode = OpMode::MapIndex;
      x.type = m->elem();
      x.expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    error(e->lbrack.valid() ? e->lbrack : e->pos, "invalid operation: cannot index " + str(x));
    use(e->index);
    x.mode = OpMode::Invalid;
    return;
  }
  int64_t v;
  index(e->index, length, v);
}

void Checker::sliceExpr(Operand& x, ast::SliceExpr* e) {
  expr(x, e->x);
  if (x.mode == OpMode::Invalid) {
    use(e->low);
    use(e->high);
    use(e->max);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = x.type->underlying();
  switch (u->kind()) {
    case Kind::String:
    case Kind::UntypedString:
      if (e->slice3) {
        ast::Expr* at = e->max ? e->max : static_cast<ast::Expr*>(e);
        errorAt(at, "invalid operation: 3-index slice of string");
        x.mode = OpMode::Invalid;
        return;
      }
      valid = true;
      if (x.mode == OpMode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
      if (isUntyped(x.type)) x.type = ctx_.basic(Kind::String);
      break;
    case Kind::Array: {
      auto* a = static_cast<const Array*>(u);
      valid = true;
      length = a->len();
      if (x.mode != OpMode::Variable) {
        errorAt(x, "invalid operation: " + str(x) + " (slice of unaddressable value)");
        x.mode = OpMode::Invalid;
        return;
      }
      x.type = ctx_.sliceOf(a->elem());
      break;
    }
    case Kind::Pointer: {
      const Type* base = static_cast<const Pointer*>(u)->elem()->underlying();
      if (base->kind() == Kind::Array) {
        auto* a = static_cast<const Array*>(base);
        valid = true;
        length = a->len();
        x.type = ctx_.sliceOf(a->elem());
      }
      break;
    }
    case Kind::Slice:
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    errorAt(x, "invalid operation: cannot slice " + str(x));
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
  if (e->slice3 && (!e->high || !e->max)) {
    errorAt(e, "invalid syntax tree: 2nd and 3rd index required in 3-index slice");
    x.mode = OpMode::Invalid;
    return;
  }
  ast::Expr* idx[3] = {e->low, e->high, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got = -1;
      if (index(idx[i], max, got) && got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; ++i) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < 3; ++j) {
        if (ind[j] >= 0 && ind[j] < ind[i]) {
          errorAt(idx[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
          return;
        }
      }
    }
  }
}

// types2's index: checks an index expression; `value` is its constant value or -1. Returns
// false if the index is invalid (error reported).
bool Checker::index(ast::Expr* idx, int64_t max, int64_t& value) {
  value = -1;
  Operand x;
  expr(x, idx);
  if (!isValidIndex(x, "index", false)) return false;
  if (x.mode != OpMode::Constant) return true;
  if (x.val.isUnknown()) return false;
  int64_t v = x.val.toInt64();
  if (max >= 0 && v >= max) {
    errorAt(x, "invalid argument: index " + x.val.toString() + " out of bounds [0:" + std::to_string(max) + "]");
    return false;
  }
  value = v;
  return true;
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.mode == OpMode::Invalid) return false;
  convertUntyped(x, ctx_.basic(Kind::Int));
  if (x.mode == OpMode::Invalid) return false;
  if (!isInteger(x.type)) {
    errorAt(x, std::string("invalid argument: ") + what + " " + str(x) + " must be integer");
    return false;
  }
  if (x.mode == OpMode::Constant) {
    if (!allowNegative && x.val.kind() == ConstValue::Kind::Int && x.val.intVal().isNegative()) {
      errorAt(x, std::string("invalid argument: ") + what + " " + str(x) + " must not be negative");
      return false;
    }
    ConstValue rounded;
    if (x.val.representation(ctx_.basic(Kind::Int), &rounded) != ConstValue::Repr::Ok) {
      errorAt(x, std::string("invalid argument: ") + what + " " + str(x) + " overflows int");
      return false;
    }
    x.val = rounded;
  }
  return true;
}

}  // namespace mgo::types
