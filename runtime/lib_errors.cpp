// lib_errors.cpp — the runtime intrinsics of package errors (runtime/golib/errors/errors.go): the
// parts of Go's errors.Is and errors.As that Go does with reflection, over type descriptors.
//
// Invariants: type descriptors are unique per type (abi.h), so type identity is pointer equality;
// an interface type's descriptor lists its methods (name, signature, fn == NULL), a concrete
// type's its method set; a value implements an interface iff every interface method has a method
// of the same name and identical signature. An `any` holding a pointer has data -> the pointer.
#include <cstring>

#include "abi.h"

namespace {

bool hasMethod(const mgo_type* t, const mgo_method& want) {
  for (uint32_t i = 0; i < t->nmethods; ++i) {
    const mgo_method& m = t->methods[i];
    if (m.fn && m.signature == want.signature && std::strcmp(m.name, want.name) == 0) return true;
  }
  return false;
}

// Whether concrete type v implements interface type iface.
bool implements(const mgo_type* v, const mgo_type* iface) {
  for (uint32_t i = 0; i < iface->nmethods; ++i)
    if (!hasMethod(v, iface->methods[i])) return false;
  return true;
}

}  // namespace

extern "C" {

bool mgo_errors_dynamicTypeComparable(const mgo_type* t, void* /*data*/) {
  return t && (t->flags & MGO_TFLAG_COMPARABLE);
}

int64_t mgo_errors_checkAsTarget(const mgo_type* t, void* data, const mgo_type* errorPtr, void* /*unused*/) {
  if (!t || t->kind != MGO_POINTER || *static_cast<void* const*>(data) == nullptr) return 1;
  const mgo_type* target = t->elem;
  if (target->kind == MGO_INTERFACE) return 0;
  return implements(target, errorPtr->elem) ? 0 : 2;
}

bool mgo_errors_assignIfAssignable(const mgo_type* errType, void* errData, const mgo_type* t, void* data) {
  const mgo_type* target = t->elem;
  void* dst = *static_cast<void* const*>(data);
  if (target->kind == MGO_INTERFACE) {
    if (!implements(errType, target)) return false;
    *static_cast<mgo_eface*>(dst) = mgo_eface{errType, errData};  // every interface is {type, data}
    return true;
  }
  if (errType != target) return false;
  std::memmove(dst, errData, target->size);
  return true;
}

}  // extern "C"
