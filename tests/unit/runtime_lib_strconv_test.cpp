// runtime_lib_strconv_test.cpp — package strconv (runtime/lib_strconv.cpp, strconv_*.cpp) through
// its C entry points. Each CHECK's expected value is what Go 1.19 printed for the Go expression in
// the comment above it.
#include <cmath>
#include <limits>

#include "runtime_fmt_support.h"

using namespace fmttest;

namespace {

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const uint8_t* P(std::string_view s) { return reinterpret_cast<const uint8_t*>(s.data()); }
int64_t L(std::string_view s) { return int64_t(s.size()); }

std::string Itoa(int64_t v) { return text(mgo_strconv_Itoa(v)); }
std::string FormatInt(int64_t v, int64_t base) { return text(mgo_strconv_FormatInt(v, base)); }
std::string FormatUint(uint64_t v, int64_t base) { return text(mgo_strconv_FormatUint(v, base)); }
std::string FormatFloat(double v, char fmt, int64_t prec, int64_t bits) {
  return text(mgo_strconv_FormatFloat(v, uint8_t(fmt), prec, bits));
}
std::string FormatBool(bool v) { return text(mgo_strconv_FormatBool(v)); }
std::string Quote(std::string_view s) { return text(mgo_strconv_Quote(P(s), L(s))); }
std::string QuoteRune(int32_t r) { return text(mgo_strconv_QuoteRune(r)); }
std::string QuoteToASCII(std::string_view s) { return text(mgo_strconv_QuoteToASCII(P(s), L(s))); }
std::string QuoteRuneToASCII(int32_t r) { return text(mgo_strconv_QuoteRuneToASCII(r)); }
bool IsPrint(int32_t r) { return mgo_strconv_IsPrint(r); }
bool CanBackquote(std::string_view s) { return mgo_strconv_CanBackquote(P(s), L(s)); }

}  // namespace

TEST_CASE("strconv: (expected strings from Go 1.19)") {
  // Go: strconv.Itoa(0)
  CHECK(Itoa(0) == "0"s);
  // Go: strconv.Itoa(-42)
  CHECK(Itoa(-42) == "-42"s);
  // Go: strconv.Itoa(math.MinInt64)
  CHECK(Itoa(INT64_MIN) == "-9223372036854775808"s);
  // Go: strconv.Itoa(math.MaxInt64)
  CHECK(Itoa(INT64_MAX) == "9223372036854775807"s);
  // Go: strconv.FormatInt(-255, 16)
  CHECK(FormatInt(-255, 16) == "-ff"s);
  // Go: strconv.FormatInt(35, 36)
  CHECK(FormatInt(35, 36) == "z"s);
  // Go: strconv.FormatInt(math.MinInt64, 2)
  CHECK(FormatInt(INT64_MIN, 2) == "-1000000000000000000000000000000000000000000000000000000000000000"s);
  // Go: strconv.FormatInt(100, 7)
  CHECK(FormatInt(100, 7) == "202"s);
  // Go: strconv.FormatUint(math.MaxUint64, 2)
  CHECK(FormatUint(UINT64_MAX, 2) == "1111111111111111111111111111111111111111111111111111111111111111"s);
  // Go: strconv.FormatUint(math.MaxUint64, 10)
  CHECK(FormatUint(UINT64_MAX, 10) == "18446744073709551615"s);
  // Go: strconv.FormatUint(0, 36)
  CHECK(FormatUint(0, 36) == "0"s);
  // Go: strconv.FormatFloat(0.1, 'e', -1, 64)
  CHECK(FormatFloat(0.1, 'e', -1, 64) == "1e-01"s);
  // Go: strconv.FormatFloat(0.1, 'f', -1, 32)
  CHECK(FormatFloat(0.1, 'f', -1, 32) == "0.1"s);
  // Go: strconv.FormatFloat(123456.789, 'g', 3, 64)
  CHECK(FormatFloat(123456.789, 'g', 3, 64) == "1.23e+05"s);
  // Go: strconv.FormatFloat(1e-07, 'G', -1, 64)
  CHECK(FormatFloat(1e-07, 'G', -1, 64) == "1E-07"s);
  // Go: strconv.FormatFloat(1.0, 'b', -1, 64)
  CHECK(FormatFloat(1.0, 'b', -1, 64) == "4503599627370496p-52"s);
  // Go: strconv.FormatFloat(1.5, 'x', -1, 64)
  CHECK(FormatFloat(1.5, 'x', -1, 64) == "0x1.8p+00"s);
  // Go: strconv.FormatFloat(2.675, 'f', 2, 64)
  CHECK(FormatFloat(2.675, 'f', 2, 64) == "2.67"s);
  // Go: strconv.FormatFloat(1234.5678, 'e', 0, 64)
  CHECK(FormatFloat(1234.5678, 'e', 0, 64) == "1e+03"s);
  // Go: strconv.FormatFloat(0.0, 'g', -1, 64)
  CHECK(FormatFloat(0.0, 'g', -1, 64) == "0"s);
  // Go: strconv.FormatFloat(math.Copysign(0, -1), 'f', 3, 64)
  CHECK(FormatFloat(-0.0, 'f', 3, 64) == "-0.000"s);
  // Go: strconv.FormatFloat(1e+21, 'f', -1, 64)
  CHECK(FormatFloat(1e+21, 'f', -1, 64) == "1000000000000000000000"s);
  // Go: strconv.FormatFloat(1e+21, 'g', -1, 64)
  CHECK(FormatFloat(1e+21, 'g', -1, 64) == "1e+21"s);
  // Go: strconv.FormatFloat(3.0, 'f', -1, 64)
  CHECK(FormatFloat(3.0, 'f', -1, 64) == "3"s);
  // Go: strconv.FormatFloat(1000000.0, 'e', -1, 32)
  CHECK(FormatFloat(1000000.0, 'e', -1, 32) == "1e+06"s);
  // Go: strconv.FormatFloat(0.000123, 'g', 2, 64)
  CHECK(FormatFloat(0.000123, 'g', 2, 64) == "0.00012"s);
  // Go: strconv.FormatFloat(123.0, 'g', 2, 64)
  CHECK(FormatFloat(123.0, 'g', 2, 64) == "1.2e+02"s);
  // Go: strconv.FormatFloat(100.0, 'g', 3, 64)
  CHECK(FormatFloat(100.0, 'g', 3, 64) == "100"s);
  // Go: strconv.FormatFloat(5e-324, 'e', -1, 64)
  CHECK(FormatFloat(5e-324, 'e', -1, 64) == "5e-324"s);
  // Go: strconv.FormatFloat(5e-324, 'g', 20, 64)
  CHECK(FormatFloat(5e-324, 'g', 20, 64) == "4.9406564584124654418e-324"s);
  // Go: strconv.FormatFloat(0.1, 'f', 25, 32)
  CHECK(FormatFloat(0.1, 'f', 25, 32) == "0.1000000014901161193847656"s);
  // Go: strconv.FormatFloat(16777217.0, 'f', -1, 32)
  CHECK(FormatFloat(16777217.0, 'f', -1, 32) == "16777216"s);
  // Go: strconv.FormatFloat(1.0, 'X', 3, 64)
  CHECK(FormatFloat(1.0, 'X', 3, 64) == "0X1.000P+00"s);
  // Go: strconv.FormatFloat(0.3, 'e', 20, 64)
  CHECK(FormatFloat(0.3, 'e', 20, 64) == "2.99999999999999988898e-01"s);
  // Go: strconv.FormatFloat(1.5, 'z', -1, 64)
  CHECK(FormatFloat(1.5, 'z', -1, 64) == "%z"s);
  // Go: strconv.FormatFloat(0.0, 'E', 2, 64)
  CHECK(FormatFloat(0.0, 'E', 2, 64) == "0.00E+00"s);
  // Go: strconv.FormatFloat(math.Inf(1), 'g', -1, 64)
  CHECK(FormatFloat(kInf, 'g', -1, 64) == "+Inf"s);
  // Go: strconv.FormatFloat(math.Inf(-1), 'f', 2, 64)
  CHECK(FormatFloat(-kInf, 'f', 2, 64) == "-Inf"s);
  // Go: strconv.FormatFloat(math.NaN(), 'e', -1, 32)
  CHECK(FormatFloat(kNaN, 'e', -1, 32) == "NaN"s);
  // Go: strconv.FormatBool(true)
  CHECK(FormatBool(true) == "true"s);
  // Go: strconv.FormatBool(false)
  CHECK(FormatBool(false) == "false"s);
  // Go: strconv.Quote("h\u00e9llo\x0a\x00\u263a\u2028\"\\")
  CHECK(Quote("héllo\012\000☺\342\200\250\"\\"sv) == "\"héllo\\n\\x00☺\\u2028\\\"\\\\\""s);
  // Go: strconv.Quote("a\xffb")
  CHECK(Quote("a\xff" "b"sv) == "\"a\\xffb\""s);
  // Go: strconv.Quote("\U0001f600\u00ad\x7f\x09")
  CHECK(Quote("😀\302\255\177\011"sv) == "\"😀\\u00ad\\x7f\\t\""s);
  // Go: strconv.Quote("")
  CHECK(Quote(""sv) == "\"\""s);
  // Go: strconv.QuoteRune('☺')
  CHECK(QuoteRune(0x263A) == "'☺'"s);
  // Go: strconv.QuoteRune('\a')
  CHECK(QuoteRune(7) == "'\\a'"s);
  // Go: strconv.QuoteRune(0xD800)
  CHECK(QuoteRune(0xD800) == "'�'"s);
  // Go: strconv.QuoteRune('\'')
  CHECK(QuoteRune('\'') == "'\\''"s);
  // Go: strconv.QuoteRune('"')
  CHECK(QuoteRune('"') == "'\"'"s);
  // Go: strconv.QuoteRune(-1)
  CHECK(QuoteRune(-1) == "'�'"s);
  // Go: strconv.QuoteToASCII("h\u00e9llo \u263a \U0001f600")
  CHECK(QuoteToASCII("héllo ☺ 😀"sv) == "\"h\\u00e9llo \\u263a \\U0001f600\""s);
  // Go: strconv.QuoteRuneToASCII('☺')
  CHECK(QuoteRuneToASCII(0x263A) == "'\\u263a'"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0x263A))
  CHECK(std::string(IsPrint(0x263A) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0xAD))
  CHECK(std::string(IsPrint(0xAD) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0x378))
  CHECK(std::string(IsPrint(0x378) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0x1F600))
  CHECK(std::string(IsPrint(0x1F600) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0xE0001))
  CHECK(std::string(IsPrint(0xE0001) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0x10FFFF))
  CHECK(std::string(IsPrint(0x10FFFF) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0x3000))
  CHECK(std::string(IsPrint(0x3000) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strconv.IsPrint(0x2F))
  CHECK(std::string(IsPrint(0x2F) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strconv.CanBackquote("a`b"))
  CHECK(std::string(CanBackquote("a`b"sv) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strconv.CanBackquote("a\x09b"))
  CHECK(std::string(CanBackquote("a\011b"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strconv.CanBackquote("\ufeff"))
  CHECK(std::string(CanBackquote("\357\273\277"sv) ? "true" : "false") == "false"s);
}

