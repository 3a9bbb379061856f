// runtime_lib_math_test.cpp — package math (runtime/lib_math.cpp): results compared bit for bit
// (as hex of math.Float64bits) with what Go 1.19 computed for the expression in the comment above
// each CHECK, on this amd64 machine with FMA (Go's Exp takes its FMA path when the CPU has AVX and
// FMA, and so does ours: on a CPU without FMA both would agree on different bits for a few Exp /
// Pow inputs).
#include <bit>
#include <cmath>
#include <cstdio>
#include <limits>

#include "runtime_fmt_support.h"

using namespace fmttest;

namespace {

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::bit_cast<double>(uint64_t(0x7FF8000000000001));  // Go's math.NaN()

std::string bitsHex(double v) {
  uint64_t b;
  std::memcpy(&b, &v, 8);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(b));
  return buf;
}

}  // namespace

TEST_CASE("math: (expected strings from Go 1.19)") {
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(0.5)), 16)
  CHECK(bitsHex(mgo_math_Exp(0.5)) == "3ffa61298e1e069c"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(1.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(1.0)) == "4005bf0a8b145769"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(2.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(2.0)) == "401d8e64b8d4ddae"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(2.5)), 16)
  CHECK(bitsHex(mgo_math_Exp(2.5)) == "40285d6fd931e0bb"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(3.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(3.0)) == "403415e5bf6fb106"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(10.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(10.0)) == "40d5829dcf950560"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(0.1)), 16)
  CHECK(bitsHex(mgo_math_Exp(0.1)) == "3ff1aec7b35a00d4"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(1e-10)), 16)
  CHECK(bitsHex(mgo_math_Exp(1e-10)) == "3ff000000006df38"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(123.456)), 16)
  CHECK(bitsHex(mgo_math_Exp(123.456)) == "4b11428e1cbc0143"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(700.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(700.0)) == "7f0d945df4f8ec8e"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(709.78)), 16)
  CHECK(bitsHex(mgo_math_Exp(709.78)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(710.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(710.0)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(-1.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(-1.0)) == "3fd78b56362cef38"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(-745.2)), 16)
  CHECK(bitsHex(mgo_math_Exp(-745.2)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(-750.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(-750.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(1e-310)), 16)
  CHECK(bitsHex(mgo_math_Exp(1e-310)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Exp(kInf)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(math.Inf(-1))), 16)
  CHECK(bitsHex(mgo_math_Exp(-kInf)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Exp(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(0.0)), 16)
  CHECK(bitsHex(mgo_math_Exp(0.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Exp(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Exp(-0.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(0.5)), 16)
  CHECK(bitsHex(mgo_math_Log(0.5)) == "bfe62e42fefa39ef"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(0.5)), 16)
  CHECK(bitsHex(mgo_math_Log2(0.5)) == "bff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(0.5)), 16)
  CHECK(bitsHex(mgo_math_Log10(0.5)) == "bfd34413509f79ff"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(1.0)), 16)
  CHECK(bitsHex(mgo_math_Log(1.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(1.0)), 16)
  CHECK(bitsHex(mgo_math_Log2(1.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(1.0)), 16)
  CHECK(bitsHex(mgo_math_Log10(1.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(2.0)), 16)
  CHECK(bitsHex(mgo_math_Log(2.0)) == "3fe62e42fefa39ef"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(2.0)), 16)
  CHECK(bitsHex(mgo_math_Log2(2.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(2.0)), 16)
  CHECK(bitsHex(mgo_math_Log10(2.0)) == "3fd34413509f79ff"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(10.0)), 16)
  CHECK(bitsHex(mgo_math_Log(10.0)) == "40026bb1bbb55516"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(10.0)), 16)
  CHECK(bitsHex(mgo_math_Log2(10.0)) == "400a934f0979a371"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(10.0)), 16)
  CHECK(bitsHex(mgo_math_Log10(10.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(0.1)), 16)
  CHECK(bitsHex(mgo_math_Log(0.1)) == "c0026bb1bbb55515"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(0.1)), 16)
  CHECK(bitsHex(mgo_math_Log2(0.1)) == "c00a934f0979a371"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(0.1)), 16)
  CHECK(bitsHex(mgo_math_Log10(0.1)) == "bfefffffffffffff"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(1e-300)), 16)
  CHECK(bitsHex(mgo_math_Log(1e-300)) == "c085963447f87fb5"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(1e-300)), 16)
  CHECK(bitsHex(mgo_math_Log2(1e-300)) == "c08f24a09f1a8b89"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(1e-300)), 16)
  CHECK(bitsHex(mgo_math_Log10(1e-300)) == "c072c00000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Log(1e+300)) == "4085963447f87fb5"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Log2(1e+300)) == "408f24a09f1a8b89"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Log10(1e+300)) == "4072c00000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(123.456)), 16)
  CHECK(bitsHex(mgo_math_Log(123.456)) == "401343774f3e2362"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(123.456)), 16)
  CHECK(bitsHex(mgo_math_Log2(123.456)) == "401bca9a03b1083a"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(123.456)), 16)
  CHECK(bitsHex(mgo_math_Log10(123.456)) == "4000bb6abfc968ef"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(1e-310)), 16)
  CHECK(bitsHex(mgo_math_Log(1e-310)) == "c08628ae3f3c2ff6"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(1e-310)), 16)
  CHECK(bitsHex(mgo_math_Log2(1e-310)) == "c0901730dabca5f6"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(1e-310)), 16)
  CHECK(bitsHex(mgo_math_Log10(1e-310)) == "c0733f3a51bf529c"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(0.7)), 16)
  CHECK(bitsHex(mgo_math_Log(0.7)) == "bfd6d3c324e13f50"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(0.7)), 16)
  CHECK(bitsHex(mgo_math_Log2(0.7)) == "bfe0776228967d13"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(0.7)), 16)
  CHECK(bitsHex(mgo_math_Log10(0.7)) == "bfc3d3d3d21ccf04"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(0.75)), 16)
  CHECK(bitsHex(mgo_math_Log(0.75)) == "bfd269621134db92"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(0.75)), 16)
  CHECK(bitsHex(mgo_math_Log2(0.75)) == "bfda8ff971810a5d"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(0.75)), 16)
  CHECK(bitsHex(mgo_math_Log10(0.75)) == "bfbffbfc2bbc7802"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Log(kInf)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Log2(kInf)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Log10(kInf)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Log(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Log2(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Log10(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(0.0)), 16)
  CHECK(bitsHex(mgo_math_Log(0.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(0.0)), 16)
  CHECK(bitsHex(mgo_math_Log2(0.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(0.0)), 16)
  CHECK(bitsHex(mgo_math_Log10(0.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(-1.0)), 16)
  CHECK(bitsHex(mgo_math_Log(-1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(-1.0)), 16)
  CHECK(bitsHex(mgo_math_Log2(-1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(-1.0)), 16)
  CHECK(bitsHex(mgo_math_Log10(-1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Log(-0.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log2(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Log2(-0.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Log10(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Log10(-0.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(1.1, 10.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(1.1, 10.0)) == "4004bffc0c03023d"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(2.0, 0.5)), 16)
  CHECK(bitsHex(mgo_math_Pow(2.0, 0.5)) == "3ff6a09e667f3bcd"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(2.0, 10.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(2.0, 10.0)) == "4090000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(10.0, -2.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(10.0, -2.0)) == "3f847ae147ae147b"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(1.5, 2.5)), 16)
  CHECK(bitsHex(mgo_math_Pow(1.5, 2.5)) == "40060b9fd68a4555"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(2.0, -1074.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(2.0, -1074.0)) == "1"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(2.0, 1024.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(2.0, 1024.0)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(-2.0, 3.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(-2.0, 3.0)) == "c020000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(-2.0, 0.5)), 16)
  CHECK(bitsHex(mgo_math_Pow(-2.0, 0.5)) == "fff8000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(0.0, -1.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(0.0, -1.0)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(math.Copysign(0, -1), -3.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(-0.0, -3.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(math.Copysign(0, -1), 3.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(-0.0, 3.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(0.0, 2.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(0.0, 2.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(math.Inf(1), -1.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(kInf, -1.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(math.Inf(-1), 3.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(-kInf, 3.0)) == "fff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(math.Inf(-1), 2.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(-kInf, 2.0)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(-1.0, math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Pow(-1.0, kInf)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(0.5, math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Pow(0.5, kInf)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(2.0, math.Inf(-1))), 16)
  CHECK(bitsHex(mgo_math_Pow(2.0, -kInf)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(math.NaN(), 0.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(kNaN, 0.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(1.0, math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Pow(1.0, kNaN)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(7.0, 1e+20)), 16)
  CHECK(bitsHex(mgo_math_Pow(7.0, 1e+20)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(3.0, 0.3333333333333333)), 16)
  CHECK(bitsHex(mgo_math_Pow(3.0, 0.3333333333333333)) == "3ff7137449123ef7"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(1.0000001, 1000000000.0)), 16)
  CHECK(bitsHex(mgo_math_Pow(1.0000001, 1000000000.0)) == "48f349445a543ab1"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(9.0, -0.5)), 16)
  CHECK(bitsHex(mgo_math_Pow(9.0, -0.5)) == "3fd5555555555555"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(123.456, 7.89)), 16)
  CHECK(bitsHex(mgo_math_Pow(123.456, 7.89)) == "435c37e53d5e93d1"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Pow(2.0, 0.1)), 16)
  CHECK(bitsHex(mgo_math_Pow(2.0, 0.1)) == "3ff125fbee250664"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(0.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(0.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(0.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(0.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(0.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(0.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Sin(-0.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Cos(-0.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Tan(-0.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(0.5)), 16)
  CHECK(bitsHex(mgo_math_Sin(0.5)) == "3fdeaee8744b05f0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(0.5)), 16)
  CHECK(bitsHex(mgo_math_Cos(0.5)) == "3fec1528065b7d50"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(0.5)), 16)
  CHECK(bitsHex(mgo_math_Tan(0.5)) == "3fe17b4f5bf3474a"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(1.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(1.0)) == "3feaed548f090cee"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(1.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(1.0)) == "3fe14a280fb5068c"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(1.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(1.0)) == "3ff8eb245cbee3a5"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(2.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(2.0)) == "3fed18f6ead1b445"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(2.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(2.0)) == "bfdaa22657537205"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(2.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(2.0)) == "c0017af62e0950f8"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(3.141592653589793)), 16)
  CHECK(bitsHex(mgo_math_Sin(3.141592653589793)) == "3ca1a62633145c00"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(3.141592653589793)), 16)
  CHECK(bitsHex(mgo_math_Cos(3.141592653589793)) == "bff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(3.141592653589793)), 16)
  CHECK(bitsHex(mgo_math_Tan(3.141592653589793)) == "bca1a62633145c00"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(10.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(10.0)) == "bfe1689ef5f34f53"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(10.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(10.0)) == "bfead9ac890c6b1f"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(10.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(10.0)) == "3fe4bf5f34be3783"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(100.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(100.0)) == "bfe03425b78c4db8"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(100.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(100.0)) == "3feb981dbf665fdf"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(100.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(100.0)) == "bfe2ca74d62b5d37"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(1000000.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(1000000.0)) == "bfd6664b2568d867"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(1000000.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(1000000.0)) == "3fedf9df9906d32c"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(1000000.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(1000000.0)) == "bfd7e9768ab734c0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(1000000000.0)), 16)
  CHECK(bitsHex(mgo_math_Sin(1000000000.0)) == "3fe1778cae83c69a"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(1000000000.0)), 16)
  CHECK(bitsHex(mgo_math_Cos(1000000000.0)) == "3feacff8c7364234"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(1000000000.0)), 16)
  CHECK(bitsHex(mgo_math_Tan(1000000000.0)) == "3fe4d8b249e3dba5"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(1e+22)), 16)
  CHECK(bitsHex(mgo_math_Sin(1e+22)) == "bfeb453ab76bf398"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(1e+22)), 16)
  CHECK(bitsHex(mgo_math_Cos(1e+22)) == "3fe0be2cef01c8f3"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(1e+22)), 16)
  CHECK(bitsHex(mgo_math_Tan(1e+22)) == "bffa0f79c1b6b259"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Sin(1e+300)) == "bfea2c16b010e386"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Cos(1e+300)) == "bfe2699022adc4c1"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Tan(1e+300)) == "3ff6be411f37ac76"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(-2.5)), 16)
  CHECK(bitsHex(mgo_math_Sin(-2.5)) == "bfe326af0dcfcab0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(-2.5)), 16)
  CHECK(bitsHex(mgo_math_Cos(-2.5)) == "bfe9a2f7ef858b7d"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(-2.5)), 16)
  CHECK(bitsHex(mgo_math_Tan(-2.5)) == "3fe7e79b4e00bb15"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Sin(kInf)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Cos(kInf)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Tan(kInf)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Sin(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Cos(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Tan(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(0.7853981633974483)), 16)
  CHECK(bitsHex(mgo_math_Sin(0.7853981633974483)) == "3fe6a09e667f3bcc"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(0.7853981633974483)), 16)
  CHECK(bitsHex(mgo_math_Cos(0.7853981633974483)) == "3fe6a09e667f3bcd"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(0.7853981633974483)), 16)
  CHECK(bitsHex(mgo_math_Tan(0.7853981633974483)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Sin(1.5707963267948966)), 16)
  CHECK(bitsHex(mgo_math_Sin(1.5707963267948966)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cos(1.5707963267948966)), 16)
  CHECK(bitsHex(mgo_math_Cos(1.5707963267948966)) == "3c91a62633145c00"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Tan(1.5707963267948966)), 16)
  CHECK(bitsHex(mgo_math_Tan(1.5707963267948966)) == "434d02967c31cdc0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(27.0)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(27.0)) == "4008000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(2.0)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(2.0)) == "3ff428a2f98d728b"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(-8.0)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(-8.0)) == "c000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(1e-310)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(1e-310)) == "2a7a9d1b0b5d7427"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(0.001)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(0.001)) == "3fb999999999999a"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(1e+300)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(1e+300)) == "54b249ad2594c37d"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Cbrt(kInf)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Cbrt(-0.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Cbrt(kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Cbrt(10.0)), 16)
  CHECK(bitsHex(mgo_math_Cbrt(10.0)) == "40013c484138704f"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(3.0, 4.0)), 16)
  CHECK(bitsHex(mgo_math_Hypot(3.0, 4.0)) == "4014000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(1e+300, 1e+300)), 16)
  CHECK(bitsHex(mgo_math_Hypot(1e+300, 1e+300)) == "7e40e4d50f99b211"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(0.0, 0.0)), 16)
  CHECK(bitsHex(mgo_math_Hypot(0.0, 0.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(math.Inf(1), math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Hypot(kInf, kNaN)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(math.NaN(), 1.0)), 16)
  CHECK(bitsHex(mgo_math_Hypot(kNaN, 1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(-5.0, 12.0)), 16)
  CHECK(bitsHex(mgo_math_Hypot(-5.0, 12.0)) == "402a000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(1e-320, 1e-320)), 16)
  CHECK(bitsHex(mgo_math_Hypot(1e-320, 1e-320)) == "b2e"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Hypot(1.0, 1e-20)), 16)
  CHECK(bitsHex(mgo_math_Hypot(1.0, 1e-20)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(7.0, 3.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(7.0, 3.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(-7.0, 3.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(-7.0, 3.0)) == "bff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(7.0, -3.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(7.0, -3.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(1e+300, 3.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(1e+300, 3.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(5.5, 0.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(5.5, 0.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(math.Inf(1), 1.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(kInf, 1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(1.0, math.Inf(1))), 16)
  CHECK(bitsHex(mgo_math_Mod(1.0, kInf)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(0.1, 0.03)), 16)
  CHECK(bitsHex(mgo_math_Mod(0.1, 0.03)) == "3f847ae147ae1480"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Mod(math.Copysign(0, -1), 1.0)), 16)
  CHECK(bitsHex(mgo_math_Mod(-0.0, 1.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Max(1.0, 2.0)), 16)
  CHECK(bitsHex(mgo_math_Max(1.0, 2.0)) == "4000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Min(1.0, 2.0)), 16)
  CHECK(bitsHex(mgo_math_Min(1.0, 2.0)) == "3ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Max(math.Copysign(0, -1), 0.0)), 16)
  CHECK(bitsHex(mgo_math_Max(-0.0, 0.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Min(math.Copysign(0, -1), 0.0)), 16)
  CHECK(bitsHex(mgo_math_Min(-0.0, 0.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Max(0.0, math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Max(0.0, -0.0)) == "0"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Min(0.0, math.Copysign(0, -1))), 16)
  CHECK(bitsHex(mgo_math_Min(0.0, -0.0)) == "8000000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Max(math.NaN(), 1.0)), 16)
  CHECK(bitsHex(mgo_math_Max(kNaN, 1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Min(math.NaN(), 1.0)), 16)
  CHECK(bitsHex(mgo_math_Min(kNaN, 1.0)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Max(math.Inf(1), math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Max(kInf, kNaN)) == "7ff0000000000000"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Min(math.Inf(1), math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Min(kInf, kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Max(math.Inf(-1), math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Max(-kInf, kNaN)) == "7ff8000000000001"s);
  // Go: strconv.FormatUint(math.Float64bits(math.Min(math.Inf(-1), math.NaN())), 16)
  CHECK(bitsHex(mgo_math_Min(-kInf, kNaN)) == "fff0000000000000"s);
}

