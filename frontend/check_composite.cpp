// check_composite.cpp — composite literals (types2's exprInternal CompositeLit case and
// indexedElts): struct literals (keyed or positional), arrays (incl. [...]T and indexed
// elements), slices and maps (duplicate constant keys), elided element types and &T elision.
//
// Invariant: an elided literal element whose hint is a pointer type *T (as in []*T{{...}}) is
// recorded with type *T: it denotes &T{...}.
#include <map>

#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

// types2's keyVal: a key identifying equal constants of different kinds (1, 1.0).
std::string keyVal(const ConstValue& v) {
  switch (v.kind()) {
    case ConstValue::Kind::Float: {
      bool exact;
      ConstValue i = v.toInt(exact);
      if (i.kind() == ConstValue::Kind::Int && exact) return "i" + i.toString();
      char buf[64];
      std::snprintf(buf, sizeof buf, "f%.17g", v.toDouble());
      return buf;
    }
    case ConstValue::Kind::Int: return "i" + v.toString();
    case ConstValue::Kind::String: return "s" + v.stringVal();
    case ConstValue::Kind::Bool: return v.boolVal() ? "btrue" : "bfalse";
    default: return "?";
  }
}

}  // namespace

int64_t Checker::indexedElts(const std::vector<ast::Expr*>& elts, const Type* elem, int64_t length) {
  std::map<int64_t, bool> visited;
  int64_t index = 0, max = 0;
  for (ast::Expr* e : elts) {
    bool validIndex = false;
    ast::Expr* eval = e;
    if (auto* kv = ast::as<ast::KeyValueExpr>(e)) {
      int64_t i = -1;
      if (this->index(kv->key, length, i)) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          errorAt(e, "index " + str(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      errorAt(e, "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited[index]) errorAt(e, "duplicate index " + std::to_string(index) + " in array or slice literal");
      visited[index] = true;
    }
    ++index;
    if (index > max) max = index;
    Operand x;
    exprWithHint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

void Checker::compositeLit(Operand& x, ast::CompositeLit* e, const Type* hint) {
  const Type* typ = nullptr;
  const Type* base = nullptr;
  const Type* openArrayElem = nullptr;  // [...]T
  if (e->type) {
    auto* atyp = ast::as<ast::ArrayTypeExpr>(e->type);
    auto* dots = atyp ? ast::as<ast::EllipsisExpr>(atyp->len) : nullptr;
    if (dots && !dots->elt) {
      openArrayElem = varType(atyp->elem);
    } else {
      typ = this->typ(e->type);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = hint;
    if (const Type* u = hint->underlying(); u->kind() == Kind::Pointer) base = static_cast<const Pointer*>(u)->elem();
  } else {
    errorAt(e, "missing type in composite literal");
    x.mode = OpMode::Invalid;
    return;
  }

  if (openArrayElem) {
    int64_t n = indexedElts(e->elts, openArrayElem, -1);
    typ = ctx_.arrayOf(openArrayElem, n);
    recordTypeAndValue(e->type, OpMode::TypeExpr, typ, nullptr);
    x.mode = OpMode::Value;
    x.type = typ;
    return;
  }

  const Type* u = base->underlying();
  switch (u->kind()) {
    case Kind::Struct: {
      auto* st = static_cast<const Struct*>(u);
      if (e->elts.empty()) break;
      const auto& fields = st->fields();
      if (ast::is<ast::KeyValueExpr>(e->elts[0])) {
        std::vector<bool> visited(fields.size(), false);
        for (ast::Expr* el : e->elts) {
          auto* kv = ast::as<ast::KeyValueExpr>(el);
          if (!kv) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* key = ast::as<ast::Ident>(kv->key);
          Operand v;
          expr(v, kv->value);
          if (!key) {
            errorAt(kv, "invalid field name " + str(kv->key) + " in struct literal");
            continue;
          }
          int i = st->fieldIndex(key->name);
          if (i < 0 || hiddenMember(fields[static_cast<size_t>(i)].var)) {
            errorAt(kv->key, "unknown field '" + key->name + "' in struct literal of type " + str(base));
            continue;
          }
          const StructField& fld = fields[static_cast<size_t>(i)];
          if (fld.var) recordUse(key, fld.var);
          assignment(v, fld.type, "struct literal");
          if (visited[static_cast<size_t>(i)]) {
            errorAt(kv, "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          visited[static_cast<size_t>(i)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); ++i) {
          ast::Expr* el = e->elts[i];
          if (auto* kv = ast::as<ast::KeyValueExpr>(el)) {
            errorAt(kv, "mixture of field:value and value elements in struct literal");
            continue;
          }
          Operand v;
          expr(v, el);
          if (i >= fields.size()) {
            errorAt(v, "too many values in " + str(base) + "{…}");
            break;
          }
          if (hiddenMember(fields[i].var)) {
            errorAt(v, "implicit assignment to unexported field " + fields[i].name + " in " + str(base) + " literal");
            continue;
          }
          assignment(v, fields[i].type, "struct literal");
        }
        if (e->elts.size() < fields.size()) error(e->rbrace.valid() ? e->rbrace : e->pos, "too few values in " + str(base) + "{…}");
      }
      break;
    }
    case Kind::Array: {
      auto* at = static_cast<const Array*>(u);
      indexedElts(e->elts, at->elem(), at->len());
      break;
    }
    case Kind::Slice:
      indexedElts(e->elts, static_cast<const Slice*>(u)->elem(), -1);
      break;
    case Kind::Map: {
      auto* mt = static_cast<const Map*>(u);
      bool keyIsInterface = isInterface(mt->key());
      std::map<std::string, std::vector<const Type*>> visited;
      for (ast::Expr* el : e->elts) {
        auto* kv = ast::as<ast::KeyValueExpr>(el);
        if (!kv) {
          errorAt(el, "missing key in map literal");
          continue;
        }
        Operand k;
        exprWithHint(k, kv->key, mt->key());
        assignment(k, mt->key(), "map literal");
        if (k.mode == OpMode::Invalid) continue;
        if (k.mode == OpMode::Constant) {
          std::string key = keyVal(k.val);
          bool duplicate = false;
          auto& types = visited[key];
          if (keyIsInterface) {
            for (const Type* t : types)
              if (identical(t, k.type)) duplicate = true;
            types.push_back(k.type);
          } else {
            duplicate = !types.empty();
            types.push_back(k.type);
          }
          if (duplicate) {
            errorAt(k, "duplicate key " + k.val.toString() + " in map literal");
            continue;
          }
        }
        Operand v;
        exprWithHint(v, kv->value, mt->elem());
        assignment(v, mt->elem(), "map literal");
      }
      break;
    }
    default: {
      for (ast::Expr* el : e->elts) {
        if (auto* kv = ast::as<ast::KeyValueExpr>(el)) el = kv->value;
        use(el);
      }
      if (u->kind() != Kind::Invalid) errorAt(e, "invalid composite literal type " + str(typ));
      x.mode = OpMode::Invalid;
      return;
    }
  }
  x.mode = OpMode::Value;
  x.type = typ;
}

}  // namespace mgo::types
