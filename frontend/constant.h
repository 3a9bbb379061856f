// constant.h — exact values of Go constant expressions (Go spec "Constants", "Constant expressions").
//
// Invariants:
//   * Integer constants are arbitrary-precision signed integers (llvm::APSInt whose bit width grows
//     as needed; Go's limit of 512 bits is enforced by the checker, "constant overflow").
//   * Float constants are exact rationals (numerator and denominator of at most 4096 bits each,
//     as go/constant's ratVal) whenever possible, so 0.1 + 0.2 == 0.3 as in Go; values that do
//     not fit (huge exponents, long computations) fall back to llvm::APFloat in IEEE quad
//     precision (113-bit mantissa). floatVal() is always available (the quad approximation);
//     conversions to float32/float64 round the exact value once.
//   * Rune constants are Int values (the checker tracks "untyped rune" through the type).
//   * Complex constants are not supported (mini-Go has no complex numbers).
//   * A ConstValue of kind Unknown is the result of an erroneous constant expression; it is
//     accepted silently everywhere to avoid follow-on errors.
#pragma once
#include <cstdint>
#include <string>

#include <llvm/ADT/APFloat.h>
#include <llvm/ADT/APSInt.h>

#include "frontend/ast.h"

namespace mgo::types {

class ConstValue {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };

  ConstValue() = default;
  static ConstValue makeBool(bool b);
  static ConstValue makeString(std::string s);
  static ConstValue makeInt(int64_t v);
  static ConstValue makeUint(uint64_t v);
  static ConstValue makeInt(llvm::APSInt v);
  static ConstValue makeFloat(llvm::APFloat v);
  static ConstValue makeFloat(double v);
  // Parses a Go literal (decimal/hex/octal/binary ints with '_', floats incl. hex floats, runes
  // with escapes, interpreted and raw strings). Returns Unknown and sets `error` on a bad literal.
  static ConstValue fromLiteral(ast::LitKind kind, const std::string& text, std::string& error);

  Kind kind() const { return kind_; }
  bool isUnknown() const { return kind_ == Kind::Unknown; }
  bool boolVal() const;
  const std::string& stringVal() const;
  const llvm::APSInt& intVal() const;
  const llvm::APFloat& floatVal() const;

  // Conversions between representations (int <-> float); `exact` is false if rounding occurred
  // (e.g. 1.5 to int). Int->Float is exact for values below 2^113.
  ConstValue toInt(bool& exact) const;
  ConstValue toFloat() const;

  // For codegen: the value truncated/converted to the machine representation. The checker has
  // already verified that the value is representable in the expression's final type.
  int64_t toInt64() const;
  uint64_t toUint64() const;
  double toDouble() const;
  float toFloat32() const;

  // Whether the value fits in the basic type `k` (rounding floats to float32/float64 is allowed).
  bool representable(class Type const* basicType) const;
  // (additive) Detailed representability, as types2's representableConst: on Ok, `rounded` (if
  // non-null) receives the value in the representation of the type (Int for integer types, Float
  // rounded to float32/float64 precision for float types). Otherwise why it failed: Truncated
  // (non-integral float to an integer type), Overflows (numeric, out of range), Invalid (kinds).
  enum class Repr : uint8_t { Ok, Overflows, Truncated, Invalid };
  Repr representation(class Type const* basicType, ConstValue* rounded) const;

  // Go's spelling in diagnostics: 300, 1e+100, "abc", true; floats as types2 prints them.
  std::string toString() const;

  // (additive) -1, 0 or 1 for numeric values (0 otherwise).
  int sign() const;
  // (additive) Whether a Float value is held exactly (as a rational).
  bool isExactFloat() const { return kind_ == Kind::Float && exact_; }
  // (additive) A Float value from an exact fraction num/den (den > 0); falls back to quad
  // precision when the reduced fraction is too large.
  static ConstValue makeRatio(llvm::APInt num, llvm::APInt den);

 private:
  friend struct ConstOps;
  Kind kind_ = Kind::Unknown;
  bool bool_ = false;
  std::string string_;
  llvm::APSInt int_;
  llvm::APFloat float_{0.0};
  bool exact_ = false;          // Float: num_/den_ hold the exact value
  llvm::APInt num_{64, 0};      // signed numerator
  llvm::APInt den_{64, 1};      // positive denominator
};

// Binary/unary/shift/compare operations on constants with Go semantics. The `type` argument is the
// operation's (possibly untyped) type: integer division truncates for integer types; typed
// results are NOT range-checked here (the checker does that, to produce the right diagnostic).
// Division by zero yields Unknown with `divByZero` set.
ConstValue constBinaryOp(ast::Op op, const ConstValue& x, const ConstValue& y, const class Type* type,
                         bool& divByZero);
ConstValue constUnaryOp(ast::Op op, const ConstValue& x, const class Type* type);
ConstValue constShift(ast::Op op, const ConstValue& x, uint64_t shift);
bool constCompare(ast::Op op, const ConstValue& x, const ConstValue& y);

// (additive) Go's strconv.Quote (printable non-ASCII runes kept, invalid bytes as \xNN).
std::string quoteGoString(const std::string& s);

}  // namespace mgo::types
