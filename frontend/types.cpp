// types.cpp — type predicates (Go spec terms) and type printing (types2 and reflect styles).
//
// Invariants: predicates look through Named types to the underlying type and accept spelled
// variants (byte, rune, any) exactly like their canonical types; printing never recurses forever
// (a Named type prints its name, which is the only way a type can refer to itself).
#include "frontend/types.h"

#include "frontend/objects.h"

namespace mgo::types {

const Type* Type::underlying() const {
  if (kind_ == Kind::Named) {
    const Type* u = static_cast<const Named*>(this)->underlyingType();
    return u ? u : this;
  }
  return this;
}

int Struct::fieldIndex(const std::string& name) const {
  for (size_t i = 0; i < fields_.size(); ++i)
    if (fields_[i].name == name) return static_cast<int>(i);
  return -1;
}

Func* Named::findMethod(const std::string& name) const {
  for (Func* f : methods_)
    if (f->name() == name) return f;
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------
static Kind basicKind(const Type* t) {
  if (!t) return Kind::Invalid;
  const Type* u = t->underlying();
  Kind k = u->kind();
  return k <= Kind::UntypedNil ? k : Kind::Invalid;
}

bool isBoolean(const Type* t) {
  Kind k = basicKind(t);
  return k == Kind::Bool || k == Kind::UntypedBool;
}

bool isInteger(const Type* t) {
  Kind k = basicKind(t);
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}

bool isUnsigned(const Type* t) {
  Kind k = basicKind(t);
  return k >= Kind::Uint && k <= Kind::Uintptr;
}

bool isFloat(const Type* t) {
  Kind k = basicKind(t);
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}

bool isNumeric(const Type* t) {
  Kind k = basicKind(t);
  return (k >= Kind::Int && k <= Kind::Complex128) || k == Kind::UntypedInt ||
         k == Kind::UntypedRune || k == Kind::UntypedFloat;
}

bool isString(const Type* t) {
  Kind k = basicKind(t);
  return k == Kind::String || k == Kind::UntypedString;
}

bool isUntyped(const Type* t) {
  // Untyped types are never named.
  if (!t) return false;
  Kind k = t->kind();
  return k >= Kind::UntypedBool && k <= Kind::UntypedNil;
}

bool isConstType(const Type* t) {
  Kind k = basicKind(t);
  return (k >= Kind::Bool && k <= Kind::String) || (k >= Kind::UntypedBool && k <= Kind::UntypedString);
}

bool isInterface(const Type* t) { return t && t->underlying()->kind() == Kind::Interface; }

namespace {

// Comparability with a guard against invalid recursive types (type T struct{ a [1]T }).
bool comparable(const Type* t, std::vector<const Type*>& seen) {
  for (const Type* s : seen)
    if (s == t) return true;
  seen.push_back(t);
  const Type* u = t->underlying();
  switch (u->kind()) {
    case Kind::Invalid:
      return true;  // avoid follow-on errors
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
    case Kind::Tuple:
    case Kind::UntypedNil:
      return false;
    case Kind::Struct:
      for (const StructField& f : static_cast<const Struct*>(u)->fields())
        if (!comparable(f.type, seen)) return false;
      return true;
    case Kind::Array:
      return comparable(static_cast<const Array*>(u)->elem(), seen);
    default:
      return true;
  }
}

}  // namespace

bool isComparable(const Type* t) {
  std::vector<const Type*> seen;
  return comparable(t, seen);
}

bool isOrdered(const Type* t) {
  Kind k = basicKind(t);
  return (k >= Kind::Int && k <= Kind::Float64) || k == Kind::String ||
         (k >= Kind::UntypedInt && k <= Kind::UntypedString);
}

bool hasNil(const Type* t) {
  switch (t->underlying()->kind()) {
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Signature:
    case Kind::Interface:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------
namespace {

class TypeWriter {
 public:
  explicit TypeWriter(bool reflectStyle) : reflect_(reflectStyle) {}
  std::string out;

  void type(const Type* t) {
    if (!t) {
      out += "<nil>";
      return;
    }
    if (reflect_) t = t->canonical();
    switch (t->kind()) {
      case Kind::Named: {
        const TypeName* obj = static_cast<const Named*>(t)->obj();
        if (obj->pkg() && (reflect_ || obj->pkg()->path() != "main")) {
          out += obj->pkg()->name();
          out += '.';
        }
        out += obj->name();
        return;
      }
      case Kind::Array: {
        auto* a = static_cast<const Array*>(t);
        out += "[" + std::to_string(a->len()) + "]";
        type(a->elem());
        return;
      }
      case Kind::Slice:
        out += "[]";
        type(static_cast<const Slice*>(t)->elem());
        return;
      case Kind::Pointer:
        out += "*";
        type(static_cast<const Pointer*>(t)->elem());
        return;
      case Kind::Map: {
        auto* m = static_cast<const Map*>(t);
        out += "map[";
        type(m->key());
        out += "]";
        type(m->elem());
        return;
      }
      case Kind::Chan: {
        auto* c = static_cast<const Chan*>(t);
        bool parens = false;
        switch (c->dir()) {
          case ast::ChanDir::Both: {
            out += "chan ";
            const Type* e = c->elem();
            parens = e->kind() == Kind::Chan && static_cast<const Chan*>(e)->dir() == ast::ChanDir::Recv;
            break;
          }
          case ast::ChanDir::Send: out += "chan<- "; break;
          case ast::ChanDir::Recv: out += "<-chan "; break;
        }
        if (parens) out += "(";
        type(c->elem());
        if (parens) out += ")";
        return;
      }
      case Kind::Struct: {
        auto* s = static_cast<const Struct*>(t);
        if (reflect_ && s->fields().empty()) {
          out += "struct {}";
          return;
        }
        out += reflect_ ? "struct { " : "struct{";
        bool first = true;
        for (const StructField& f : s->fields()) {
          if (!first) out += "; ";
          first = false;
          if (!f.embedded) {
            out += f.name;
            out += ' ';
          }
          type(f.type);
          if (!f.tag.empty()) {
            out += ' ';
            out += quote(f.tag);
          }
        }
        out += reflect_ ? " }" : "}";
        return;
      }
      case Kind::Tuple:
        tuple(static_cast<const Tuple*>(t), false);
        return;
      case Kind::Signature:
        out += "func";
        signature(static_cast<const Signature*>(t));
        return;
      case Kind::Interface: {
        auto* i = static_cast<const Interface*>(t);
        if (!reflect_ && i->isAny()) {
          out += "any";
          return;
        }
        if (i->empty()) {
          out += reflect_ ? "interface {}" : "interface{}";
          return;
        }
        out += reflect_ ? "interface { " : "interface{";
        bool first = true;
        for (const InterfaceMethod& m : i->methods()) {
          if (!first) out += "; ";
          first = false;
          out += m.name;
          signature(m.sig);
        }
        out += reflect_ ? " }" : "}";
        return;
      }
      default:
        if (t->kind() == Kind::Invalid) {
          out += "invalid type";
          return;
        }
        out += static_cast<const Basic*>(t)->name();
        return;
    }
  }

  void tuple(const Tuple* t, bool variadic) {
    out += '(';
    if (t) {
      for (size_t i = 0; i < t->size(); ++i) {
        if (i > 0) out += ", ";
        if (!reflect_ && i < t->names().size() && !t->names()[i].empty()) {
          out += t->names()[i];
          out += ' ';
        }
        const Type* ty = t->at(i);
        if (variadic && i + 1 == t->size() && ty->kind() == Kind::Slice) {
          out += "...";
          type(static_cast<const Slice*>(ty)->elem());
        } else {
          type(ty);
        }
      }
    }
    out += ')';
  }

  void signature(const Signature* sig) {
    tuple(sig->params(), sig->variadic());
    const Tuple* res = sig->results();
    if (!res || res->size() == 0) return;
    out += ' ';
    bool named = !reflect_ && !res->names().empty() && !res->names()[0].empty();
    if (res->size() == 1 && !named) {
      type(res->at(0));
      return;
    }
    tuple(res, false);
  }

  static std::string quote(const std::string& s) {
    static const char* hex = "0123456789abcdef";
    std::string q = "\"";
    for (unsigned char c : s) {
      switch (c) {
        case '"': q += "\\\""; break;
        case '\\': q += "\\\\"; break;
        case '\n': q += "\\n"; break;
        case '\t': q += "\\t"; break;
        case '\r': q += "\\r"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            q += "\\x";
            q += hex[c >> 4];
            q += hex[c & 15];
          } else {
            q += static_cast<char>(c);
          }
      }
    }
    return q + "\"";
  }

 private:
  bool reflect_;
};

}  // namespace

std::string typeString(const Type* t, bool qualify) {
  TypeWriter w(qualify);
  w.type(t);
  return w.out;
}

std::string tupleString(const Tuple* t, bool variadic) {
  TypeWriter w(false);
  w.tuple(t, variadic);
  return w.out;
}

}  // namespace mgo::types
