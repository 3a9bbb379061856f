// check_conversion.cpp — conversions T(x) and assignability (types2's conversions.go,
// operand.go assignableTo, lookup.go implements/missingMethod).
//
// Invariants: constant conversions to constant types yield constants (representability checked,
// integer-to-string conversions produce the UTF-8 encoding or "\uFFFD"); after a conversion of an
// untyped operand, the operand's recorded type is final (its default type when converted to a
// non-constant type or an interface).
#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

bool hasName(const Type* t) { return t->kind() == Kind::Named || t->kind() <= Kind::UntypedNil; }

bool isBytesOrRunes(const Type* u) {
  if (u->kind() != Kind::Slice) return false;
  const Type* e = static_cast<const Slice*>(u)->elem()->underlying();
  return e->kind() == Kind::Uint8 || e->kind() == Kind::Int32;
}

bool isIntegerOrFloat(const Type* t) { return isInteger(t) || isFloat(t); }

// Identity ignoring struct tags (Go spec conversion rules).
bool identicalIgnoreTags(const Type* a, const Type* b) {
  a = a->canonical();
  b = b->canonical();
  if (a == b) return true;
  if (a->kind() != b->kind()) return false;
  switch (a->kind()) {
    case Kind::Struct: {
      const auto& fa = static_cast<const Struct*>(a)->fields();
      const auto& fb = static_cast<const Struct*>(b)->fields();
      if (fa.size() != fb.size()) return false;
      for (size_t i = 0; i < fa.size(); ++i)
        if (fa[i].name != fb[i].name || fa[i].embedded != fb[i].embedded || !identicalIgnoreTags(fa[i].type, fb[i].type))
          return false;
      return true;
    }
    case Kind::Pointer:
      return identicalIgnoreTags(static_cast<const Pointer*>(a)->elem(), static_cast<const Pointer*>(b)->elem());
    case Kind::Slice:
      return identicalIgnoreTags(static_cast<const Slice*>(a)->elem(), static_cast<const Slice*>(b)->elem());
    case Kind::Array:
      return static_cast<const Array*>(a)->len() == static_cast<const Array*>(b)->len() &&
             identicalIgnoreTags(static_cast<const Array*>(a)->elem(), static_cast<const Array*>(b)->elem());
    default:
      return false;
  }
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

}  // namespace

void Checker::conversion(Operand& x, const Type* T) {
  bool constArg = x.mode == OpMode::Constant;
  bool ok = false;
  std::string cause;
  const Type* tu = T->underlying();
  if (constArg && isConstType(T)) {
    ConstValue rounded;
    if (x.val.representation(tu, &rounded) == ConstValue::Repr::Ok) {
      x.val = rounded;
      ok = true;
    } else if (isInteger(x.type) && isString(tu)) {
      uint32_t cp = 0xFFFD;
      if (x.val.kind() == ConstValue::Kind::Int && !x.val.intVal().isNegative() && x.val.intVal().getActiveBits() <= 32) {
        uint64_t v = x.val.toUint64();
        if (v <= 0x10FFFF && !(v >= 0xD800 && v < 0xE000)) cp = static_cast<uint32_t>(v);
      }
      std::string s;
      appendUtf8(s, cp);
      x.val = ConstValue::makeString(s);
      ok = true;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = OpMode::Value;
  }
  if (!ok) {
    std::vector<ErrorPart> err;
    if (!cause.empty()) {
      err.push_back({posOf(x), "cannot convert " + str(x) + " to type " + str(T) + ":"});
      err.push_back({ast::Pos{}, cause});
    } else {
      err.push_back({posOf(x), "cannot convert " + str(x) + " to type " + str(T)});
    }
    report(err);
    x.mode = OpMode::Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    const Type* final = T;
    if (isInterface(T) || (constArg && !isConstType(T)) || x.isNil()) {
      final = defaultTypeOf(x.type);
    } else if (x.mode == OpMode::Constant && isInteger(x.type) && isString(tu)) {
      final = defaultTypeOf(x.type);  // the integer operand keeps its (default) integer type
    }
    updateExprType(x.expr, final, true);
  }
  x.type = T;
}

bool Checker::convertibleTo(const Operand& x, const Type* T, std::string* cause) {
  if (assignableTo(x, T, cause)) return true;
  const Type* V = x.type;
  const Type* Vu = V->underlying();
  const Type* Tu = T->underlying();
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V->kind() == Kind::Pointer && T->kind() == Kind::Pointer) {
    if (identicalIgnoreTags(static_cast<const Pointer*>(V)->elem()->underlying(),
                            static_cast<const Pointer*>(T)->elem()->underlying()))
      return true;
  }
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  if (Vu->kind() == Kind::Slice && Tu->kind() == Kind::Pointer) {
    const Type* a = static_cast<const Pointer*>(Tu)->elem()->underlying();
    if (a->kind() == Kind::Array &&
        identical(static_cast<const Slice*>(Vu)->elem(), static_cast<const Array*>(a)->elem()))
      return true;
  }
  return false;
}

bool Checker::assignableTo(const Operand& x, const Type* T, std::string* reason) {
  if (x.mode == OpMode::Invalid || T->kind() == Kind::Invalid) return true;
  const Type* V = x.type;
  if (!V || V->kind() == Kind::Invalid) return true;
  if (identical(V, T)) return true;
  const Type* Vu = V->underlying();
  const Type* Tu = T->underlying();
  if (isUntyped(Vu)) {
    Operand copy = x;
    ConstValue val;
    bool hasVal;
    ConvCode code;
    return implicitTypeAndValue(copy, T, val, hasVal, code) != nullptr;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  if (Tu->kind() == Kind::Interface) return implements(V, T, reason);
  if (Vu->kind() == Kind::Interface) {
    if (implements(T, V, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (Vu->kind() == Kind::Chan && static_cast<const Chan*>(Vu)->dir() == ast::ChanDir::Both) {
    if (Tu->kind() == Kind::Chan && identical(static_cast<const Chan*>(Vu)->elem(), static_cast<const Chan*>(Tu)->elem()))
      return !hasName(V) || !hasName(T);
  }
  return false;
}

bool Checker::missingMethod(const Type* V, const Interface* T, std::string& name, bool& wrongType, bool& ptrRecv) {
  wrongType = false;
  ptrRecv = false;
  const Type* Vu = V->underlying();
  if (Vu->kind() == Kind::Interface) {
    auto* vi = static_cast<const Interface*>(Vu);
    for (const InterfaceMethod& m : T->methods()) {
      bool found = false;
      for (const InterfaceMethod& vm : vi->methods()) {
        if (vm.name == m.name) {
          found = true;
          if (!identical(vm.sig, m.sig)) {
            name = m.name;
            wrongType = true;
            return true;
          }
        }
      }
      if (!found) {
        name = m.name;
        return true;
      }
    }
    return false;
  }
  for (const InterfaceMethod& m : T->methods()) {
    std::vector<int> index;
    bool indirect;
    Object* obj = lookupFieldOrMethod(V, false, m.name, index, indirect);
    auto* f = dynamic_cast<Func*>(obj);
    if (!f) {
      name = m.name;
      if (!obj && indirect) ptrRecv = true;
      return true;
    }
    if (!f->type()) objDecl(f, nullptr);
    if (!identical(f->type(), m.sig)) {
      name = m.name;
      wrongType = true;
      return true;
    }
  }
  return false;
}

bool Checker::implements(const Type* V, const Type* T, std::string* cause, std::string* whyOut) {
  const Type* Tu = T->underlying();
  if (Tu->kind() != Kind::Interface) {
    if (cause) *cause = str(T) + " is not an interface";
    return false;
  }
  auto* ti = static_cast<const Interface*>(Tu);
  if (ti->empty()) return true;
  std::string name;
  bool wrongType, ptrRecv;
  if (!missingMethod(V, ti, name, wrongType, ptrRecv)) return true;
  if (cause || whyOut) {
    // types2's missingMethodReason (compiler wording).
    std::string why;
    if (ptrRecv) {
      why = "(" + name + " method has pointer receiver)";
    } else if (wrongType) {
      const Signature* want = nullptr;
      for (const InterfaceMethod& m : ti->methods())
        if (m.name == name) want = m.sig;
      const Type* have = nullptr;
      std::vector<int> index;
      bool indirect;
      if (Object* obj = lookupFieldOrMethod(V, false, name, index, indirect)) have = obj->type();
      if (V->underlying()->kind() == Kind::Interface)
        for (const InterfaceMethod& m : static_cast<const Interface*>(V->underlying())->methods())
          if (m.name == name) have = m.sig;
      auto sigText = [&](const Type* t) {
        std::string s = t ? str(t) : std::string("func()");
        return name + (s.rfind("func", 0) == 0 ? s.substr(4) : s);
      };
      why = "(wrong type for " + name + " method)\n\t\thave " + sigText(have) + "\n\t\twant " + sigText(want);
    } else {
      const Type* vu = V->underlying();
      if (vu->kind() == Kind::Pointer && isInterface(static_cast<const Pointer*>(vu)->elem()))
        why = "(type " + str(V) + " is pointer to interface, not interface)";
      else
        why = "(missing " + name + " method)";
    }
    if (cause) *cause = str(V) + " does not implement " + str(T) + " " + why;
    if (whyOut) *whyOut = why;
  }
  return false;
}

}  // namespace mgo::types
