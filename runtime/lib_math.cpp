// lib_math.cpp — package math functions with Go 1.19's exact results on amd64 (and the same code
// elsewhere). Go implements Exp, Log and Hypot in amd64 assembly (exp_amd64.s with its FMA variant
// chosen at start-up like Go's useFMA, log_amd64.s, hypot_amd64.s) and Pow, Sin, Cos, Tan, Cbrt,
// Log2, Log10 in portable Go on top of them; all are ported operation by operation here, because
// libm's (often correctly rounded) results differ from Go's in the last bit, which shows in
// shortest-form printing. Mod, Max, Min, Inf, NaN, IsNaN, IsInf follow Go's special cases.
// Sqrt, Floor, Ceil, Trunc, Abs, Round are exact operations: codegen uses LLVM intrinsics for them.
// Invariant: this file must be compiled without floating-point contraction (no implicit FMA; the
// default x86-64 target has none) so every operation rounds exactly where Go's does.
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

#include "abi.h"

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace {

constexpr double fromBits(uint64_t b) { return std::bit_cast<double>(b); }
uint64_t toBits(double x) { return std::bit_cast<uint64_t>(x); }

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = fromBits(0x7FF8000000000001);  // Go's math.NaN()
constexpr double kFourOverPi = fromBits(0x3ff45f306dc9c883);  // float64(4 / Pi)
constexpr double kPiOver4 = fromBits(0x3fe921fb54442d18);
constexpr double kInvLn10 = fromBits(0x3fdbcb7b1526e50e);     // float64(1 / Ln10)
constexpr double kInvLn2 = fromBits(0x3ff71547652b82fe);      // float64(1 / Ln2)

bool isInf(double x, int sign) { return (sign >= 0 && x == kInf) || (sign <= 0 && x == -kInf); }

bool useFMA() {
#if defined(__x86_64__)
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
#else
  return false;
#endif
}

// CVTSD2SL: round to nearest (even); out of range gives INT32_MIN.
int32_t cvtsd2sl(double x) {
#if defined(__x86_64__)
  return _mm_cvtsd_si32(_mm_set_sd(x));
#else
  if (!(x > -2147483648.5 && x < 2147483647.5)) return INT32_MIN;
  return int32_t(std::nearbyint(x));
#endif
}

// exp_amd64.s archExp.
double archExp(double x) {
  constexpr double LOG2E = fromBits(0x3ff71547652b82fe);
  constexpr double LN2U = fromBits(0x3fe62e42fefa3000);
  constexpr double LN2L = fromBits(0x3d53de6af278ece6);
  constexpr double Overflow = fromBits(0x40862e42fefa39ef);
  static constexpr double c[9] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                                  8.3333333333333333333e-3, 1.3888888888888888889e-3,
                                  1.9841269841269841270e-4, 2.4801587301587301587e-5};
  uint64_t bits = toBits(x);
  if ((bits & ~(uint64_t(1) << 63)) >= 0x7FF0000000000000) {
    if (bits == 0xFFF0000000000000) return 0;  // -Inf
    return x;                                   // NaN or +Inf
  }
  if (x > Overflow) return kInf;
  int32_t bx = cvtsd2sl(LOG2E * x);
  double fx = double(bx);
  double x0 = x, x1;
  if (useFMA()) {
    x0 = std::fma(-fx, LN2U, x0);
    x0 = std::fma(-fx, LN2L, x0);
    x0 *= 0.0625;
    x1 = c[8];
    x1 = std::fma(x1, x0, c[7]);
    x1 = std::fma(x1, x0, c[6]);
    x1 = std::fma(x1, x0, c[5]);
    x1 = std::fma(x1, x0, c[4]);
    x1 = std::fma(x1, x0, c[3]);
    x1 = std::fma(x1, x0, c[0]);
    x1 = std::fma(x1, x0, c[1]);
    x0 *= x1;
    for (int i = 0; i < 3; ++i) {
      x1 = x0 + c[2];
      x0 *= x1;
    }
    x1 = x0 + c[2];
    x0 = std::fma(x0, x1, c[1]);
  } else {
    x0 -= LN2U * fx;
    x0 -= LN2L * fx;
    x0 *= 0.0625;
    x1 = c[8] * x0;
    x1 += c[7];
    x1 *= x0;
    x1 += c[6];
    x1 *= x0;
    x1 += c[5];
    x1 *= x0;
    x1 += c[4];
    x1 *= x0;
    x1 += c[3];
    x1 *= x0;
    x1 += c[0];
    x1 *= x0;
    x1 += c[1];
    x0 *= x1;
    for (int i = 0; i < 4; ++i) {
      x1 = c[2] + x0;
      x0 *= x1;
    }
    x0 += c[1];
  }
  // ldexp: fr * 2**exponent
  int32_t e = bx + 0x3FF;
  if (e <= 0) {  // denormal
    if (e < -52) return 0;
    e += 0x3FE;
    x0 *= fromBits(uint64_t(uint32_t(e)) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return kInf;
  }
  return x0 * fromBits(uint64_t(uint32_t(e)) << 52);
}

// log_amd64.s archLog (note: no normalisation of subnormal inputs, exactly as the assembly).
double archLog(double x) {
  constexpr double HSqrt2 = 7.07106781186547524401e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                   L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                   L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  uint64_t bits = toBits(x);
  if ((bits & ~(uint64_t(1) << 63)) == 0) return -kInf;
  if (int64_t(bits) < 0) return kNaN;
  if (bits >= 0x7FF0000000000000) return x;
  double f1 = fromBits((bits & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = double(int32_t((bits >> 52) & 0x7FF) - 0x3FE);
  if (!(HSqrt2 <= f1)) {  // CMPSD not-less-than, mask picks 1.0
    k -= 1.0;
    f1 *= 2.0;
  } else {
    f1 *= 1.0;
  }
  double f = f1 - 1.0;
  double s = f / (2.0 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

// Go's normalize / Frexp / Ldexp / Modf.
double normalize(double x, int* exp) {
  constexpr double SmallestNormal = 2.2250738585072014e-308;
  if (std::fabs(x) < SmallestNormal) {
    *exp = -52;
    return x * double(uint64_t(1) << 52);
  }
  *exp = 0;
  return x;
}

double goFrexp(double f, int* exp) {
  *exp = 0;
  if (f == 0 || std::isinf(f) || std::isnan(f)) return f;
  f = normalize(f, exp);
  uint64_t x = toBits(f);
  *exp += int((x >> 52) & 0x7FF) - 1023 + 1;
  x &= ~(uint64_t(0x7FF) << 52);
  x |= uint64_t(-1 + 1023) << 52;
  return fromBits(x);
}

double goLdexp(double frac, int exp) {
  if (frac == 0 || std::isinf(frac) || std::isnan(frac)) return frac;
  int e;
  frac = normalize(frac, &e);
  exp += e;
  uint64_t x = toBits(frac);
  exp += int((x >> 52) & 0x7FF) - 1023;
  if (exp < -1075) return std::copysign(0.0, frac);
  if (exp > 1023) return frac < 0 ? -kInf : kInf;
  double m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1.0 / double(uint64_t(1) << 53);
  }
  x &= ~(uint64_t(0x7FF) << 52);
  x |= uint64_t(exp + 1023) << 52;
  return m * fromBits(x);
}

bool isOddInt(double x) {
  double xi;
  double xf = std::modf(x, &xi);
  if (xf != 0) return false;
  if (!(std::fabs(xi) < 9223372036854775808.0)) return false;  // Go's int64(xi) is MinInt64: even
  return (int64_t(xi) & 1) == 1;
}

double goPow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(kInf, x) : kInf;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == isInf(y, 1)) return 0;
    return kInf;
  }
  if (std::isinf(x)) {
    if (isInf(x, -1)) return goPow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return kInf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);

  double yi;
  double yf = std::modf(std::fabs(y), &yi);
  if (yf != 0 && x < 0) return kNaN;
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return kInf;
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = archExp(yf * archLog(x));
  }
  int xe;
  double x1 = goFrexp(x, &xe);
  int64_t xe64 = xe;
  for (int64_t i = int64_t(yi); i != 0; i >>= 1) {
    if (xe64 < -(1 << 12) || (1 << 12) < xe64) {
      ae += xe64;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe64;
    }
    x1 *= x1;
    xe64 <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe64--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  // Go's Ldexp takes an int: ae fits easily (|ae| is bounded by the loop's overflow guard).
  return goLdexp(a1, int(ae));
}

// trig_reduce.go: Payne-Hanek reduction for |x| >= 1<<29.
constexpr double kReduceThreshold = double(1 << 29);
const uint64_t kMPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

double trigReduce(double x, uint64_t* jOut) {
  if (x < kPiOver4) {
    *jOut = 0;
    return x;
  }
  uint64_t ix = toBits(x);
  int exp = int((ix >> 52) & 0x7FF) - 1023 - 52;
  ix &= ~(uint64_t(0x7FF) << 52);
  ix |= uint64_t(1) << 52;
  unsigned digit = unsigned(exp + 61) / 64, bitshift = unsigned(exp + 61) % 64;
  auto shl = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v << s; };
  auto shr = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v >> s; };
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  unsigned __int128 p2 = (unsigned __int128)z2 * ix;
  unsigned __int128 p1 = (unsigned __int128)z1 * ix;
  uint64_t z2hi = uint64_t(p2 >> 64);
  uint64_t z1hi = uint64_t(p1 >> 64), z1lo = uint64_t(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = unsigned(hi == 0 ? 64 : __builtin_clzll(hi));
  uint64_t e = uint64_t(1023 - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - 52;
  hi |= e << 52;
  double z = fromBits(hi);
  if ((j & 1) == 1) {
    j++;
    j &= 7;
    z--;
  }
  *jOut = j;
  return z * kPiOver4;
}

constexpr double PI4A = 7.85398125648498535156e-1;
constexpr double PI4B = 3.77489470793079817668e-8;
constexpr double PI4C = 2.69515142907905952645e-15;
constexpr double kSin[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                           -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
constexpr double kCos[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                           2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};

// The octant j and reduced argument z of x >= 0 (sin.go / tan.go).
double reduce(double x, uint64_t* j) {
  if (x >= kReduceThreshold) return trigReduce(x, j);
  *j = uint64_t(x * kFourOverPi);
  double y = double(*j);
  if ((*j & 1) == 1) {
    (*j)++;
    y++;
  }
  return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

double sinPoly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

double goSin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return kNaN;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z = reduce(x, &j);
  j &= 7;
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double goCos(double x) {
  if (std::isnan(x) || std::isinf(x)) return kNaN;
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z = reduce(x, &j);
  j &= 7;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double goTan(double x) {
  static constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  static constexpr double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                                 2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return kNaN;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z = reduce(x, &j);  // tan does not reduce j modulo 8 (only bit 1 matters)
  double zz = z * z;
  double y;
  if (zz > 1e-14) {
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  } else {
    y = z;
  }
  if ((j & 2) == 2) y = -1 / y;
  return sign ? -y : y;
}

double goCbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = fromBits(toBits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = double(uint64_t(1) << 54);
    t *= x;
    t = fromBits(toBits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = fromBits((toBits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// hypot_amd64.s archHypot.
double goHypot(double p, double q) {
  uint64_t pb = toBits(p) & ~(uint64_t(1) << 63), qb = toBits(q) & ~(uint64_t(1) << 63);
  constexpr uint64_t PosInf = 0x7FF0000000000000;
  if (pb >= PosInf || qb >= PosInf) {
    if (pb == PosInf || qb == PosInf) return kInf;
    return kNaN;
  }
  if ((pb | qb) == 0) return 0;
  double a = fromBits(pb), b = fromBits(qb);
  double mx = a > b ? a : b;  // MAXSD / MINSD on non-NaN values
  double mn = a < b ? a : b;
  mn /= mx;
  mn *= mn;
  mn += 1.0;
  mn = std::sqrt(mn);
  return mx * mn;
}

}  // namespace

extern "C" {

double mgo_math_Mod(double x, double y) {
  if (y == 0 || std::isinf(x) || std::isnan(x) || std::isnan(y)) return kNaN;
  return std::fmod(x, y);  // exact, and the sign of x, as Go's mod
}
double mgo_math_Inf(int64_t sign) { return sign >= 0 ? kInf : -kInf; }
double mgo_math_NaN(void) { return kNaN; }
bool mgo_math_IsNaN(double x) { return x != x; }
bool mgo_math_IsInf(double x, int64_t sign) {
  return (sign >= 0 && x > std::numeric_limits<double>::max()) || (sign <= 0 && x < -std::numeric_limits<double>::max());
}
double mgo_math_Max(double x, double y) {
  if (isInf(x, 1) || isInf(y, 1)) return kInf;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double mgo_math_Min(double x, double y) {
  if (isInf(x, -1) || isInf(y, -1)) return -kInf;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
double mgo_math_Exp(double x) { return archExp(x); }
double mgo_math_Log(double x) { return archLog(x); }
double mgo_math_Log2(double x) {
  int exp;
  double frac = goFrexp(x, &exp);
  if (frac == 0.5) return double(exp - 1);
  return archLog(frac) * kInvLn2 + double(exp);
}
double mgo_math_Log10(double x) { return archLog(x) * kInvLn10; }
double mgo_math_Pow(double x, double y) { return goPow(x, y); }
double mgo_math_Sin(double x) { return goSin(x); }
double mgo_math_Cos(double x) { return goCos(x); }
double mgo_math_Tan(double x) { return goTan(x); }
double mgo_math_Cbrt(double x) { return goCbrt(x); }
double mgo_math_Hypot(double p, double q) { return goHypot(p, q); }

}  // extern "C"
