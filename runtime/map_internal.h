// map_internal.h — hashing/equality helpers shared by map.cpp and hash.cpp.
#pragma once
#include <cstdint>

#include "abi.h"

namespace mgo::rt {

uint64_t hashBytes(const void* data, uint64_t n, uint64_t seed);
uint64_t hashValue(const mgo_type* t, const void* v, uint64_t seed);
bool equalValues(const mgo_type* t, const void* a, const void* b);

}  // namespace mgo::rt
