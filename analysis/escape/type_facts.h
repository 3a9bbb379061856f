// type_facts.h — the facts about Go types that escape analysis needs: whether a value of the type
// contains pointers, its size on the 64-bit targets (runtime/abi.h layout, equal to gc's), whether
// gc stores it directly in an interface word, and whether formatting it could run user methods.
//
// Invariant: sizes and alignments follow gc's amd64/arm64 rules (struct fields aligned, trailing
// padding, a final zero-size field padded by one byte is NOT modelled: sizes are only compared
// against the 10 MB / 64 KB stack limits, where a byte does not matter).
#pragma once
#include <cstdint>

#include "frontend/types.h"

namespace mgo::escape {

bool hasPointers(const types::Type* t);
int64_t typeSize(const types::Type* t);
int64_t typeAlign(const types::Type* t);
// gc's types.IsDirectIface: pointer-shaped types stored directly in an interface's data word.
bool isDirectIface(const types::Type* t);
// Whether fmt could call a method (String, Error, Format, GoString) declared by the program on a
// value of this type or on something reachable from it, or the type is an interface (whose
// dynamic value may have such methods).
bool mayRunUserMethods(const types::Type* t);

}  // namespace mgo::escape
