// fmt_print.cpp — Go 1.19's fmt/print.go value printing over mgo type descriptors: printArg
// (top-level operand), printValue (recursive walk: structs with field names for %+v / %#v, maps
// sorted as internal/fmtsort, arrays, slices, byte slices with %s %q %x %X, pointers — `&{...}`
// at depth 0, addresses below — interfaces, funcs, chans), handleMethods (Error() / String() /
// GoString() from the type's method table, called under catchPanic as in Go: a panicking method
// prints "<nil>" for a nil pointer receiver, else %!verb(PANIC=String method: value)), badVerb and
// the per-kind verb dispatch.
//
// Invariants: `data` always points at the value; `any` inside values is an mgo_eface; values
// reached through unexported struct fields never have their methods called (canInterface), and
// nothing calls methods while an error form %!verb(type=value) is printed (erroring), as in Go.
#include "fmt_internal.h"
#include "recover_catch.h"
#include "utf8.h"

namespace mgo::rt {

namespace {

bool isSignedKind(uint8_t k) { return k >= MGO_INT && k <= MGO_INT64; }
bool isUnsignedKind(uint8_t k) { return k >= MGO_UINT && k <= MGO_UINTPTR; }

int64_t readSigned(uint8_t kind, const void* p) {
  switch (kind) {
    case MGO_INT8: return *static_cast<const int8_t*>(p);
    case MGO_INT16: return *static_cast<const int16_t*>(p);
    case MGO_INT32: return *static_cast<const int32_t*>(p);
    default: return *static_cast<const int64_t*>(p);
  }
}

uint64_t readUnsigned(uint8_t kind, const void* p) {
  switch (kind) {
    case MGO_UINT8: return *static_cast<const uint8_t*>(p);
    case MGO_UINT16: return *static_cast<const uint16_t*>(p);
    case MGO_UINT32: return *static_cast<const uint32_t*>(p);
    default: return *static_cast<const uint64_t*>(p);
  }
}

// A method `name() string` in t's method table (value method set of t), or nullptr.
using StringMethod = mgo_string (*)(const void* receiver);
StringMethod findStringMethod(const mgo_type* t, const char* name) {
  for (uint32_t i = 0; i < t->nmethods; ++i) {
    const mgo_method& m = t->methods[i];
    if (!m.fn || std::strcmp(m.name, name) != 0) continue;
    const mgo_type* sig = m.signature;
    if (!sig || sig->len != 0 || (sig->func_results & ~(uint64_t(1) << 63)) != 1) return nullptr;
    if (!sig->func_params || sig->func_params[0]->kind != MGO_STRING) return nullptr;
    return reinterpret_cast<StringMethod>(m.fn);
  }
  return nullptr;
}

// The machine word of a pointer-shaped value (Go's reflect.Value.Pointer()).
uintptr_t pointerWord(const mgo_type* t, const void* data) {
  switch (t->kind) {
    case MGO_SLICE: return reinterpret_cast<uintptr_t>(static_cast<const mgo_slice*>(data)->ptr);
    case MGO_FUNC: {
      // A func value is a pointer to a closure whose first word is the code pointer.
      auto closure = *static_cast<void* const* const*>(data);
      return closure ? reinterpret_cast<uintptr_t>(*closure) : 0;
    }
    default: return *static_cast<const uintptr_t*>(data);
  }
}

bool isPointerShaped(uint8_t k) {
  return k == MGO_CHAN || k == MGO_FUNC || k == MGO_MAP || k == MGO_POINTER || k == MGO_SLICE ||
         k == MGO_UNSAFE_POINTER;
}

}  // namespace

void Printer::badVerb(int32_t verb, const mgo_type* t, const void* data) {
  erroring = true;
  buf.append("%!", 2);
  writeRuneTo(buf, verb);
  buf.push('(');
  if (t) {
    buf.append(t->name);
    buf.push('=');
    printValue(t, data, 'v', 0, true);
  } else {
    buf.append("<nil>", 5);
  }
  buf.push(')');
  erroring = false;
}

void Printer::fmtBool(bool v, int32_t verb, const mgo_type* t, const void* data) {
  if (verb == 't' || verb == 'v') fmt.fmtBoolean(v);
  else badVerb(verb, t, data);
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt.f.sharp;
  fmt.f.sharp = leading0x;
  fmt.fmtInteger(v, 16, false, 'v', kLowerDigits);
  fmt.f.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb, const mgo_type* t, const void* data) {
  switch (verb) {
    case 'v':
      if (fmt.f.sharpV && !isSigned) fmt0x64(v, true);
      else fmt.fmtInteger(v, 10, isSigned, verb, kLowerDigits);
      return;
    case 'd': fmt.fmtInteger(v, 10, isSigned, verb, kLowerDigits); return;
    case 'b': fmt.fmtInteger(v, 2, isSigned, verb, kLowerDigits); return;
    case 'o': case 'O': fmt.fmtInteger(v, 8, isSigned, verb, kLowerDigits); return;
    case 'x': fmt.fmtInteger(v, 16, isSigned, verb, kLowerDigits); return;
    case 'X': fmt.fmtInteger(v, 16, isSigned, verb, kUpperDigits); return;
    case 'c': fmt.fmtC(v); return;
    case 'q': fmt.fmtQc(v); return;
    case 'U': fmt.fmtUnicode(v); return;
    default: badVerb(verb, t, data); return;
  }
}

void Printer::fmtFloat(double v, int size, int32_t verb, const mgo_type* t, const void* data) {
  switch (verb) {
    case 'v': fmt.fmtFloat(v, size, 'g', -1); return;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt.fmtFloat(v, size, verb, -1); return;
    case 'f': case 'e': case 'E': fmt.fmtFloat(v, size, verb, 6); return;
    case 'F': fmt.fmtFloat(v, size, 'f', 6); return;
    default: badVerb(verb, t, data); return;
  }
}

void Printer::fmtComplex(double re, double im, int size, int32_t verb, const mgo_type* t, const void* data) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
      bool oldPlus = fmt.f.plus;
      buf.push('(');
      fmtFloat(re, size / 2, verb, t, data);
      fmt.f.plus = true;
      fmtFloat(im, size / 2, verb, t, data);
      buf.append("i)", 2);
      fmt.f.plus = oldPlus;
      return;
    }
    default: badVerb(verb, t, data); return;
  }
}

void Printer::fmtString(const uint8_t* s, int64_t n, int32_t verb, const mgo_type* t, const void* data) {
  switch (verb) {
    case 'v':
      if (fmt.f.sharpV) fmt.fmtQ(s, n);
      else fmt.fmtS(s, n);
      return;
    case 's': fmt.fmtS(s, n); return;
    case 'x': fmt.fmtSbx(s, n, kLowerDigits); return;
    case 'X': fmt.fmtSbx(s, n, kUpperDigits); return;
    case 'q': fmt.fmtQ(s, n); return;
    default: badVerb(verb, t, data); return;
  }
}

void Printer::fmtBytes(const uint8_t* s, int64_t n, bool isNil, int32_t verb, const char* typeString,
                       const mgo_type* t, const void* data) {
  switch (verb) {
    case 'v': case 'd':
      if (fmt.f.sharpV) {
        buf.append(typeString);
        if (isNil) {
          buf.append("(nil)", 5);
          return;
        }
        buf.push('{');
        for (int64_t i = 0; i < n; ++i) {
          if (i > 0) buf.append(", ", 2);
          fmt0x64(s[i], true);
        }
        buf.push('}');
      } else {
        buf.push('[');
        for (int64_t i = 0; i < n; ++i) {
          if (i > 0) buf.push(' ');
          fmt.fmtInteger(s[i], 10, false, verb, kLowerDigits);
        }
        buf.push(']');
      }
      return;
    case 's': fmt.fmtBs(s, n); return;
    case 'x': fmt.fmtSbx(s, n, kLowerDigits); return;
    case 'X': fmt.fmtSbx(s, n, kUpperDigits); return;
    case 'q': fmt.fmtQ(s, n); return;
    default: printValue(t, data, verb, 0, true); return;
  }
}

void Printer::fmtPointer(const mgo_type* t, const void* data, int32_t verb) {
  if (!isPointerShaped(t->kind)) {
    badVerb(verb, t, data);
    return;
  }
  uintptr_t u = pointerWord(t, data);
  switch (verb) {
    case 'v':
      if (fmt.f.sharpV) {
        buf.push('(');
        buf.append(t->name);
        buf.append(")(", 2);
        if (u == 0) buf.append("nil", 3);
        else fmt0x64(u, true);
        buf.push(')');
      } else {
        if (u == 0) fmt.pad("<nil>", 5);
        else fmt0x64(u, !fmt.f.sharp);
      }
      return;
    case 'p': fmt0x64(u, !fmt.f.sharp); return;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmtInteger(u, false, verb, t, data); return;
    default: badVerb(verb, t, data); return;
  }
}

namespace {

// A String()/Error()/GoString() call made under callCatchingPanic, and the state catchPanic needs.
struct MethodCall {
  StringMethod method;
  const void* receiver;
  mgo_string result;
  Printer* printer;
  const mgo_type* t;
  int32_t verb;
  const char* name;
};

void callMethod(void* arg) {
  auto* call = static_cast<MethodCall*>(arg);
  call->result = call->method(call->receiver);
}

void onMethodPanic(mgo_eface err, void* ctx) {
  auto* call = static_cast<MethodCall*>(ctx);
  call->printer->catchPanic(err, call->t, call->receiver, call->verb, call->name);
}

}  // namespace

// Go's catchPanic, run as the deferred call of a panic in the method `method` of the operand
// (t, data) printed with verb; err is recover()'s value.
void Printer::catchPanic(mgo_eface err, const mgo_type* t, const void* data, int32_t verb, const char* method) {
  if (!err.type) return;  // recover() == nil (panic(nil)): nothing is printed
  // A nil pointer receiver: most likely a String method that does not guard against nil, or a
  // value method called through a nil pointer.
  if (t->kind == MGO_POINTER && *static_cast<void* const*>(data) == nullptr) {
    buf.append("<nil>", 5);  // unpadded, as Go 1.19's p.buf.writeString
    return;
  }
  // Nested panics: the recursion in printArg cannot succeed.
  if (panicking) mgo_panic_value(err);
  FmtFlags oldFlags = fmt.f;
  fmt.clearflags();  // the panic message is printed with the default behaviour
  buf.append("%!", 2);
  writeRuneTo(buf, verb);
  buf.append("(PANIC=", 7);
  buf.append(method);
  buf.append(" method: ", 9);
  panicking = true;
  printArg(err, 'v');
  panicking = false;
  buf.push(')');
  fmt.f = oldFlags;
}

// Go's handleMethods, without Formatter (mini-Go has no fmt.State). String()/Error()/GoString()
// come from the descriptor's method table (the value's method set: a method of *T is not found
// on a T), called with a pointer to the value (abi.h mgo_method) under a deferred catchPanic.
bool Printer::handleMethods(const mgo_type* t, const void* data, int32_t verb) {
  if (erroring) return false;
  if (verb == 'w') {
    // It is invalid to use %w other than with Errorf, more than once, or with a non-error arg.
    if (!wrapErrs || wrappedData || !findStringMethod(t, "Error")) {
      wrappedData = nullptr;
      wrapErrs = false;
      badVerb(verb, t, data);
      return true;
    }
    wrappedData = data;
    verb = 'v';
  }
  if (t->nmethods == 0) return false;
  StringMethod method = nullptr;
  const char* name = nullptr;
  bool goSyntax = fmt.f.sharpV;
  if (goSyntax) {
    method = findStringMethod(t, name = "GoString");
  } else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
    method = findStringMethod(t, name = "Error");
    if (!method) method = findStringMethod(t, name = "String");
  }
  if (!method) return false;
  MethodCall call{method, data, mgo_string{nullptr, 0}, this, t, verb, name};
  if (callCatchingPanic(&callMethod, &call, &onMethodPanic, &call)) return true;
  if (goSyntax) fmt.fmtS(call.result.ptr, call.result.len);
  else fmtString(call.result.ptr, call.result.len, verb, t, data);
  return true;
}

void Printer::printArg(const mgo_eface& arg, int32_t verb) {
  const mgo_type* t = arg.type;
  if (!t) {
    if (verb == 'T' || verb == 'v') fmt.pad("<nil>", 5);
    else badVerb(verb, nullptr, nullptr);
    return;
  }
  if (verb == 'T') {
    fmt.fmtS(reinterpret_cast<const uint8_t*>(t->name), int64_t(std::strlen(t->name)));
    return;
  }
  const void* data = arg.data;
  if (verb == 'p') {
    fmtPointer(t, data, 'p');
    return;
  }
  // Go's fast path for the predeclared types (no methods possible), including []byte.
  if (!(t->flags & MGO_TFLAG_NAMED)) {
    uint8_t k = t->kind;
    if (isSignedKind(k)) return fmtInteger(uint64_t(readSigned(k, data)), true, verb, t, data);
    if (isUnsignedKind(k)) return fmtInteger(readUnsigned(k, data), false, verb, t, data);
    switch (k) {
      case MGO_STRING: {
        auto* s = static_cast<const mgo_string*>(data);
        return fmtString(s->ptr, s->len, verb, t, data);
      }
      case MGO_BOOL: return fmtBool(*static_cast<const uint8_t*>(data) != 0, verb, t, data);
      case MGO_FLOAT64: return fmtFloat(*static_cast<const double*>(data), 64, verb, t, data);
      case MGO_FLOAT32: return fmtFloat(*static_cast<const float*>(data), 32, verb, t, data);
      case MGO_SLICE:
        if (t->elem->kind == MGO_UINT8 && !(t->elem->flags & MGO_TFLAG_NAMED)) {
          auto* s = static_cast<const mgo_slice*>(data);
          return fmtBytes(static_cast<const uint8_t*>(s->ptr), s->len, s->ptr == nullptr, verb, "[]byte", t, data);
        }
        break;
    }
  }
  if (!handleMethods(t, data, verb)) printValue(t, data, verb, 0, true);
}

void Printer::printList(const mgo_type* t, const uint8_t* base, int64_t n, bool isNilSlice, int32_t verb,
                        int depth, bool canInterface) {
  const mgo_type* elem = t->elem;
  if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == MGO_UINT8) {
    return fmtBytes(base, n, isNilSlice, verb, t->name, t, nullptr);
  }
  if (fmt.f.sharpV) {
    buf.append(t->name);
    if (isNilSlice) {
      buf.append("(nil)", 5);
      return;
    }
    buf.push('{');
    for (int64_t i = 0; i < n; ++i) {
      if (i > 0) buf.append(", ", 2);
      printValue(elem, base + uint64_t(i) * elem->size, verb, depth + 1, canInterface);
    }
    buf.push('}');
    return;
  }
  buf.push('[');
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) buf.push(' ');
    printValue(elem, base + uint64_t(i) * elem->size, verb, depth + 1, canInterface);
  }
  buf.push(']');
}

void Printer::printMap(const mgo_type* t, const void* data, int32_t verb, int depth, bool canInterface) {
  mgo_map* m = *static_cast<mgo_map* const*>(data);
  if (fmt.f.sharpV) {
    buf.append(t->name);
    if (!m) {
      buf.append("(nil)", 5);
      return;
    }
    buf.push('{');
  } else {
    buf.append("map[", 4);
  }
  int64_t n = m ? mgo_map_len(m) : 0;
  if (n > 0) {
    // Key and value pointers, sorted by key; on the stack for small maps.
    constexpr int64_t kSmall = 16;
    const void* small[2 * kSmall];
    const void** keys = n <= kSmall ? small : static_cast<const void**>(std::malloc(size_t(2 * n) * sizeof(void*)));
    if (!keys) std::abort();
    const void** vals = keys + n;
    mgo_map_iter it{};
    mgo_map_iter_init(t, m, &it);
    void* key;
    void* val;
    int64_t count = 0;
    while (count < n && mgo_map_iter_next(&it, &key, &val)) {
      keys[count] = key;
      vals[count] = val;
      ++count;
    }
    sortMapEntries(t->key, keys, vals, size_t(count));
    for (int64_t i = 0; i < count; ++i) {
      if (i > 0) {
        if (fmt.f.sharpV) buf.append(", ", 2);
        else buf.push(' ');
      }
      printValue(t->key, keys[i], verb, depth + 1, canInterface);
      buf.push(':');
      printValue(t->elem, vals[i], verb, depth + 1, canInterface);
    }
    if (keys != small) std::free(keys);
  }
  buf.push(fmt.f.sharpV ? '}' : ']');
}

void Printer::printValue(const mgo_type* t, const void* data, int32_t verb, int depth, bool canInterface) {
  if (depth > 0 && canInterface && handleMethods(t, data, verb)) return;
  uint8_t k = t->kind;
  if (isSignedKind(k)) return fmtInteger(uint64_t(readSigned(k, data)), true, verb, t, data);
  if (isUnsignedKind(k)) return fmtInteger(readUnsigned(k, data), false, verb, t, data);
  switch (k) {
    case MGO_BOOL: return fmtBool(*static_cast<const uint8_t*>(data) != 0, verb, t, data);
    case MGO_FLOAT32: return fmtFloat(*static_cast<const float*>(data), 32, verb, t, data);
    case MGO_FLOAT64: return fmtFloat(*static_cast<const double*>(data), 64, verb, t, data);
    case MGO_COMPLEX64: {
      auto* c = static_cast<const float*>(data);
      return fmtComplex(c[0], c[1], 64, verb, t, data);
    }
    case MGO_COMPLEX128: {
      auto* c = static_cast<const double*>(data);
      return fmtComplex(c[0], c[1], 128, verb, t, data);
    }
    case MGO_STRING: {
      auto* s = static_cast<const mgo_string*>(data);
      return fmtString(s->ptr, s->len, verb, t, data);
    }
    case MGO_MAP: return printMap(t, data, verb, depth, canInterface);
    case MGO_STRUCT: {
      if (fmt.f.sharpV) buf.append(t->name);
      buf.push('{');
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& field = t->fields[i];
        if (i > 0) {
          if (fmt.f.sharpV) buf.append(", ", 2);
          else buf.push(' ');
        }
        if ((fmt.f.plusV || fmt.f.sharpV) && field.name && field.name[0]) {
          buf.append(field.name);
          buf.push(':');
        }
        const mgo_type* ft = field.type;
        const void* fp = static_cast<const uint8_t*>(data) + field.offset;
        // getField: a non-nil interface field is printed as its dynamic value.
        if (ft->kind == MGO_INTERFACE) {
          auto* e = static_cast<const mgo_eface*>(fp);
          if (e->type) {
            ft = e->type;
            fp = e->data;
          }
        }
        printValue(ft, fp, verb, depth + 1, canInterface && field.exported);
      }
      buf.push('}');
      return;
    }
    case MGO_INTERFACE: {
      auto* e = static_cast<const mgo_eface*>(data);
      if (!e->type) {
        if (fmt.f.sharpV) {
          buf.append(t->name);
          buf.append("(nil)", 5);
        } else {
          buf.append("<nil>", 5);
        }
        return;
      }
      return printValue(e->type, e->data, verb, depth + 1, canInterface);
    }
    case MGO_ARRAY:
      return printList(t, static_cast<const uint8_t*>(data), int64_t(t->len), false, verb, depth, canInterface);
    case MGO_SLICE: {
      auto* s = static_cast<const mgo_slice*>(data);
      return printList(t, static_cast<const uint8_t*>(s->ptr), s->len, s->ptr == nullptr, verb, depth,
                       canInterface);
    }
    case MGO_POINTER: {
      const void* target = *static_cast<void* const*>(data);
      if (depth == 0 && target) {
        uint8_t ek = t->elem->kind;
        if (ek == MGO_ARRAY || ek == MGO_SLICE || ek == MGO_STRUCT || ek == MGO_MAP) {
          buf.push('&');
          return printValue(t->elem, target, verb, depth + 1, canInterface);
        }
      }
      return fmtPointer(t, data, verb);
    }
    case MGO_CHAN: case MGO_FUNC: case MGO_UNSAFE_POINTER:
      return fmtPointer(t, data, verb);
  }
  buf.push('?');
  buf.append(t->name);
  buf.push('?');
}

}  // namespace mgo::rt
