// lib_math.cpp — package math functions without an LLVM intrinsic, with Go's special cases.
#include <cmath>
#include <limits>

#include "abi.h"

extern "C" {

double mgo_math_Mod(double x, double y) {
  if (y == 0 || std::isinf(x) || std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  return std::fmod(x, y);
}
double mgo_math_Inf(int64_t sign) {
  return sign >= 0 ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
}
double mgo_math_NaN(void) { return std::numeric_limits<double>::quiet_NaN(); }
bool mgo_math_IsNaN(double x) { return x != x; }
bool mgo_math_IsInf(double x, int64_t sign) {
  return (sign >= 0 && x > std::numeric_limits<double>::max()) || (sign <= 0 && x < -std::numeric_limits<double>::max());
}
double mgo_math_Max(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double mgo_math_Min(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

}  // extern "C"
