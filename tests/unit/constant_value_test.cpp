// constant_value_test.cpp — exact constant arithmetic, literal parsing, representability and
// printing (expected spellings are those of Go 1.19's go/constant and types2).
#include <doctest/doctest.h>

#include "frontend/constant.h"
#include "frontend/info.h"

using namespace mgo;
using namespace mgo::types;

namespace {

ConstValue lit(ast::LitKind kind, const std::string& text) {
  std::string error;
  ConstValue v = ConstValue::fromLiteral(kind, text, error);
  INFO("literal " << text << ": " << error);
  CHECK(error.empty());
  return v;
}

ConstValue intLit(const std::string& t) { return lit(ast::LitKind::Int, t); }
ConstValue floatLit(const std::string& t) { return lit(ast::LitKind::Float, t); }

ConstValue bin(ast::Op op, const ConstValue& x, const ConstValue& y, const Type* type) {
  bool divByZero = false;
  ConstValue r = constBinaryOp(op, x, y, type, divByZero);
  CHECK_FALSE(divByZero);
  return r;
}

}  // namespace

TEST_CASE("integer literals in every base, with underscores") {
  CHECK(intLit("0").toString() == "0");
  CHECK(intLit("1_000").toString() == "1000");
  CHECK(intLit("0x1F").toString() == "31");
  CHECK(intLit("0X_ff").toString() == "255");
  CHECK(intLit("0b1010").toString() == "10");
  CHECK(intLit("0o17").toString() == "15");
  CHECK(intLit("017").toString() == "15");
  CHECK(intLit("18446744073709551615").toString() == "18446744073709551615");
  CHECK(intLit("123456789012345678901234567890").toString() == "123456789012345678901234567890");
  std::string error;
  ConstValue bad = ConstValue::fromLiteral(ast::LitKind::Int, "09", error);
  CHECK(bad.isUnknown());
  CHECK_FALSE(error.empty());
}

TEST_CASE("float literals, decimal and hexadecimal") {
  CHECK(floatLit("0x1p-2").toDouble() == 0.25);
  CHECK(floatLit("1.5").toString() == "1.5");
  CHECK(floatLit("1e100").toString() == "1e+100");
  CHECK(floatLit("1_000.5").toDouble() == 1000.5);
  CHECK(floatLit(".5").toDouble() == 0.5);
  CHECK(floatLit("1e3").toString() == "1000");
  CHECK(floatLit("0.1").toString() == "0.1");
  CHECK(floatLit("1e-7").toString() == "1e-07");
  CHECK(floatLit("123456789.0").toString() == "1.23457e+08");
  CHECK(floatLit("1e500").toString() == "1e+500");
  CHECK(floatLit("0x1.fffffffffffffp1023").toDouble() == 1.7976931348623157e308);
}

TEST_CASE("rune literals") {
  CHECK(lit(ast::LitKind::Char, "'a'").toInt64() == 97);
  CHECK(lit(ast::LitKind::Char, "'\\n'").toInt64() == 10);
  CHECK(lit(ast::LitKind::Char, "'\\u00e9'").toInt64() == 0xe9);
  CHECK(lit(ast::LitKind::Char, "'é'").toInt64() == 0xe9);
  CHECK(lit(ast::LitKind::Char, "'\\x41'").toInt64() == 0x41);
  CHECK(lit(ast::LitKind::Char, "'\\101'").toInt64() == 65);
  CHECK(lit(ast::LitKind::Char, "'\\''").toInt64() == 39);
  CHECK(lit(ast::LitKind::Char, "'\\U0001F600'").toInt64() == 0x1F600);
  std::string error;
  CHECK(ConstValue::fromLiteral(ast::LitKind::Char, "'ab'", error).isUnknown());
}

TEST_CASE("string literals: escapes, bytes and raw strings") {
  CHECK(lit(ast::LitKind::String, "\"a\\n\"").stringVal() == "a\n");
  CHECK(lit(ast::LitKind::String, "\"\\xff\"").stringVal() == std::string("\xff"));
  CHECK(lit(ast::LitKind::String, "\"\\u00e9\"").stringVal() == "é");
  CHECK(lit(ast::LitKind::String, "\"\\377\"").stringVal() == std::string("\xff"));
  CHECK(lit(ast::LitKind::String, "`a\\n\r\nb`").stringVal() == "a\\n\nb");
  CHECK(lit(ast::LitKind::String, "\"héllo\"").stringVal() == "héllo");
  // Printing as go/constant: strconv.Quote.
  CHECK(lit(ast::LitKind::String, "\"\\xff\"").toString() == "\"\\xff\"");
  CHECK(lit(ast::LitKind::String, "\"a\\tb\"").toString() == "\"a\\tb\"");
  CHECK(lit(ast::LitKind::String, "\"é\"").toString() == "\"é\"");
}

TEST_CASE("arbitrary-precision integer arithmetic") {
  Context ctx;
  const Type* untypedInt = ctx.basic(Kind::UntypedInt);
  ConstValue big = constShift(ast::Op::Shl, ConstValue::makeInt(1), 100);
  CHECK(big.toString() == "1267650600228229401496703205376");
  ConstValue back = constShift(ast::Op::Shr, big, 98);
  CHECK(back.toString() == "4");
  CHECK(bin(ast::Op::Mul, big, big, untypedInt).toString() ==
        "1606938044258990275541962092341162602522202993782792835301376");
  CHECK(bin(ast::Op::Sub, ConstValue::makeInt(0), big, untypedInt).toString() == "-1267650600228229401496703205376");
  CHECK(bin(ast::Op::Quo, ConstValue::makeInt(7), ConstValue::makeInt(2), untypedInt).toString() == "3");
  CHECK(bin(ast::Op::Quo, ConstValue::makeInt(-7), ConstValue::makeInt(2), untypedInt).toString() == "-3");
  CHECK(bin(ast::Op::Rem, ConstValue::makeInt(-7), ConstValue::makeInt(2), untypedInt).toString() == "-1");
  CHECK(bin(ast::Op::AndNot, ConstValue::makeInt(0xff), ConstValue::makeInt(0x0f), untypedInt).toString() == "240");
  CHECK(constUnaryOp(ast::Op::Xor, ConstValue::makeInt(0), untypedInt).toString() == "-1");
  CHECK(constUnaryOp(ast::Op::Xor, ConstValue::makeInt(1), ctx.basic(Kind::Uint8)).toString() == "254");
  CHECK(constUnaryOp(ast::Op::Sub, intLit("9223372036854775808"), untypedInt).toString() == "-9223372036854775808");
  bool divByZero = false;
  ConstValue r = constBinaryOp(ast::Op::Quo, ConstValue::makeInt(1), ConstValue::makeInt(0), untypedInt, divByZero);
  CHECK(divByZero);
  CHECK(r.isUnknown());
}

TEST_CASE("untyped float arithmetic and int/float mixing") {
  Context ctx;
  const Type* untypedFloat = ctx.basic(Kind::UntypedFloat);
  const Type* untypedInt = ctx.basic(Kind::UntypedInt);
  // Integer division for untyped int operands, exact division otherwise.
  CHECK(bin(ast::Op::Quo, ConstValue::makeInt(3), ConstValue::makeInt(2), untypedInt).toString() == "1");
  CHECK(bin(ast::Op::Quo, ConstValue::makeInt(3), ConstValue::makeInt(2), untypedFloat).toString() == "1.5");
  CHECK(bin(ast::Op::Add, floatLit("0.5"), ConstValue::makeInt(1), untypedFloat).toString() == "1.5");
  ConstValue third = bin(ast::Op::Quo, ConstValue::makeInt(1), ConstValue::makeInt(3), untypedFloat);
  CHECK(third.toString() == "0.333333");
  CHECK(third.toDouble() == 1.0 / 3.0);
  CHECK(constCompare(ast::Op::Lss, ConstValue::makeInt(1), floatLit("1.5")));
  CHECK(constCompare(ast::Op::Eql, ConstValue::makeInt(2), floatLit("2.0")));
  CHECK(constCompare(ast::Op::Gtr, ConstValue::makeString("b"), ConstValue::makeString("a")));
}

TEST_CASE("representability and rounding") {
  Context ctx;
  auto repr = [&](const ConstValue& v, Kind k) { return v.representation(ctx.basic(k), nullptr); };
  using R = ConstValue::Repr;
  CHECK(repr(ConstValue::makeInt(127), Kind::Int8) == R::Ok);
  CHECK(repr(ConstValue::makeInt(128), Kind::Int8) == R::Overflows);
  CHECK(repr(ConstValue::makeInt(-128), Kind::Int8) == R::Ok);
  CHECK(repr(ConstValue::makeInt(256), Kind::Uint8) == R::Overflows);
  CHECK(repr(ConstValue::makeInt(-1), Kind::Uint) == R::Overflows);
  CHECK(repr(intLit("18446744073709551615"), Kind::Uint64) == R::Ok);
  CHECK(repr(intLit("18446744073709551615"), Kind::Int64) == R::Overflows);
  CHECK(repr(intLit("9223372036854775807"), Kind::Int) == R::Ok);
  CHECK(repr(floatLit("1.0"), Kind::Int) == R::Ok);
  CHECK(repr(floatLit("1.5"), Kind::Int) == R::Truncated);
  CHECK(repr(floatLit("1e300"), Kind::Float32) == R::Overflows);
  CHECK(repr(floatLit("1e300"), Kind::Float64) == R::Ok);
  CHECK(repr(ConstValue::makeString("a"), Kind::Int) == R::Invalid);
  CHECK(repr(ConstValue::makeInt(1), Kind::String) == R::Invalid);
  CHECK(repr(ConstValue::makeBool(true), Kind::Bool) == R::Ok);

  ConstValue rounded;
  CHECK(floatLit("0.1").representation(ctx.basic(Kind::Float32), &rounded) == R::Ok);
  CHECK(static_cast<double>(rounded.toFloat32()) == static_cast<double>(0.1f));
  CHECK(rounded.toDouble() == static_cast<double>(0.1f));
  CHECK(floatLit("3.0").representation(ctx.basic(Kind::Int), &rounded) == R::Ok);
  CHECK(rounded.kind() == ConstValue::Kind::Int);
  CHECK(rounded.toInt64() == 3);
}

TEST_CASE("conversions for codegen") {
  CHECK(ConstValue::makeInt(-1).toUint64() == ~0ull);
  CHECK(intLit("18446744073709551615").toUint64() == ~0ull);
  CHECK(ConstValue::makeInt(5).toDouble() == 5.0);
  bool exact = false;
  CHECK(floatLit("2.5").toInt(exact).isUnknown());
  CHECK_FALSE(exact);
  CHECK(floatLit("1e20").toInt(exact).toString() == "100000000000000000000");
  CHECK(exact);
}

TEST_CASE("float constants are exact rationals, as in go/constant") {
  Context ctx;
  const Type* uf = ctx.basic(Kind::UntypedFloat);
  // 0.1 + 0.2 == 0.3, 1.1*1.1 == 1.21 and 1.0/3*3 == 1 hold exactly (Go prints true for all).
  CHECK(constCompare(ast::Op::Eql, bin(ast::Op::Add, floatLit("0.1"), floatLit("0.2"), uf), floatLit("0.3")));
  CHECK(constCompare(ast::Op::Eql, bin(ast::Op::Mul, floatLit("1.1"), floatLit("1.1"), uf), floatLit("1.21")));
  ConstValue third = bin(ast::Op::Quo, floatLit("1.0"), ConstValue::makeInt(3), uf);
  CHECK(third.isExactFloat());
  CHECK(constCompare(ast::Op::Eql, bin(ast::Op::Mul, third, ConstValue::makeInt(3), uf), ConstValue::makeInt(1)));
  bool exact = false;
  CHECK(bin(ast::Op::Mul, third, ConstValue::makeInt(3), uf).toInt(exact).toString() == "1");
  // Rounding to float32 happens once, from the exact value (Go's test/float_lit2.go):
  // max32 + ulp32/2 - 1 rounds down to MaxFloat32 instead of overflowing.
  ConstValue max32 = floatLit("0x1.fffffep127");
  ConstValue halfUlp = floatLit("0x1p103");
  ConstValue v = bin(ast::Op::Sub, bin(ast::Op::Add, max32, halfUlp, uf), ConstValue::makeInt(1), uf);
  CHECK(v.representation(ctx.basic(Kind::Float32), nullptr) == ConstValue::Repr::Ok);
  CHECK(bin(ast::Op::Add, max32, halfUlp, uf).representation(ctx.basic(Kind::Float32), nullptr) ==
        ConstValue::Repr::Overflows);
  // Huge exponents fall back to quad precision and still print as Go does.
  CHECK(floatLit("1e4000").toString() == "1e+4000");
  CHECK_FALSE(floatLit("1e4000").isExactFloat());
  CHECK(floatLit("2.5e-3").toString() == "0.0025");
  CHECK(floatLit("0x1p-2").isExactFloat());
  CHECK(ConstValue::makeFloat(0.1).toDouble() == 0.1);
  CHECK(floatLit("1.5").sign() == 1);
  CHECK(constUnaryOp(ast::Op::Sub, floatLit("1.5"), uf).sign() == -1);
}
