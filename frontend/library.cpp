// library.cpp — the built-in library packages (fmt, os, strings, strconv, math; sync, sync/atomic,
// time and runtime are in library_concurrency.cpp): their exported
// functions, variables and constants with the exact Go 1.19 signatures and values. The runtime
// implements them (runtime/abi.h "Library packages"); codegen lowers calls by qualified name.
//
// Invariants: a library Package is created at most once per Context (Context::libraryPackage
// caches it); every object has pkg() == that package and an invalid position; signatures are
// spelled (parameter names, byte, any) so diagnostics print as Go's do, and are canonicalised
// with every other object when checking ends.
#include <climits>
#include <cstdint>
#include <functional>

#include "frontend/library_builder.h"

namespace mgo::types {

namespace {

void buildFmt(Context& ctx, LibraryBuilder& b) {
  const Type* anys = ctx.sliceOf(ctx.anyType());
  const Type* str = b.t(Kind::String);
  const Type* integer = b.t(Kind::Int);
  const Type* error = ctx.universe()->lookupLocal("error")->type();
  b.func("Print", {{"a", anys}}, {{"n", integer}, {"err", error}}, true);
  b.func("Println", {{"a", anys}}, {{"n", integer}, {"err", error}}, true);
  b.func("Printf", {{"format", str}, {"a", anys}}, {{"n", integer}, {"err", error}}, true);
  b.func("Sprint", {{"a", anys}}, {{"", str}}, true);
  b.func("Sprintln", {{"a", anys}}, {{"", str}}, true);
  b.func("Sprintf", {{"format", str}, {"a", anys}}, {{"", str}}, true);
  // type Stringer interface { String() string }
  const Signature* stringSig = ctx.signature(ctx.tuple({}), ctx.tuple({str}), false);
  b.namedType("Stringer", ctx.interfaceOf({{"String", stringSig}}));
}

void buildOs(Context& ctx, LibraryBuilder& b) {
  b.func("Exit", {{"code", b.t(Kind::Int)}}, {});
  b.var("Args", ctx.sliceOf(b.t(Kind::String)));
}

void buildStrings(Context& ctx, LibraryBuilder& b) {
  const Type* s = b.t(Kind::String);
  const Type* i = b.t(Kind::Int);
  const Type* bl = b.t(Kind::Bool);
  const Type* ss = ctx.sliceOf(s);
  b.func("Contains", {{"s", s}, {"substr", s}}, {{"", bl}});
  b.func("HasPrefix", {{"s", s}, {"prefix", s}}, {{"", bl}});
  b.func("HasSuffix", {{"s", s}, {"suffix", s}}, {{"", bl}});
  b.func("Index", {{"s", s}, {"substr", s}}, {{"", i}});
  b.func("LastIndex", {{"s", s}, {"substr", s}}, {{"", i}});
  b.func("Count", {{"s", s}, {"substr", s}}, {{"", i}});
  b.func("Repeat", {{"s", s}, {"count", i}}, {{"", s}});
  b.func("Replace", {{"s", s}, {"old", s}, {"new", s}, {"n", i}}, {{"", s}});
  b.func("ReplaceAll", {{"s", s}, {"old", s}, {"new", s}}, {{"", s}});
  b.func("ToUpper", {{"s", s}}, {{"", s}});
  b.func("ToLower", {{"s", s}}, {{"", s}});
  b.func("TrimSpace", {{"s", s}}, {{"", s}});
  b.func("Trim", {{"s", s}, {"cutset", s}}, {{"", s}});
  b.func("TrimPrefix", {{"s", s}, {"prefix", s}}, {{"", s}});
  b.func("TrimSuffix", {{"s", s}, {"suffix", s}}, {{"", s}});
  b.func("Title", {{"s", s}}, {{"", s}});
  b.func("Split", {{"s", s}, {"sep", s}}, {{"", ss}});
  b.func("Fields", {{"s", s}}, {{"", ss}});
  b.func("Join", {{"elems", ss}, {"sep", s}}, {{"", s}});
}

void buildStrconv(Context& ctx, LibraryBuilder& b) {
  const Type* s = b.t(Kind::String);
  const Type* i = b.t(Kind::Int);
  b.func("Itoa", {{"i", i}}, {{"", s}});
  b.func("FormatInt", {{"i", b.t(Kind::Int64)}, {"base", i}}, {{"", s}});
  b.func("FormatUint", {{"i", b.t(Kind::Uint64)}, {"base", i}}, {{"", s}});
  b.func("FormatFloat", {{"f", b.t(Kind::Float64)}, {"fmt", ctx.byteType()}, {"prec", i}, {"bitSize", i}}, {{"", s}});
  b.func("FormatBool", {{"b", b.t(Kind::Bool)}}, {{"", s}});
  b.func("Quote", {{"s", s}}, {{"", s}});
  b.func("QuoteRune", {{"r", ctx.runeType()}}, {{"", s}});
}

void buildMath(Context& ctx, LibraryBuilder& b) {
  const Type* f = b.t(Kind::Float64);
  for (const char* name : {"Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Exp", "Log", "Log2", "Log10", "Sin", "Cos",
                           "Tan", "Cbrt", "Round"})
    b.func(name, {{"x", f}}, {{"", f}});
  b.func("Pow", {{"x", f}, {"y", f}}, {{"", f}});
  b.func("Max", {{"x", f}, {"y", f}}, {{"", f}});
  b.func("Min", {{"x", f}, {"y", f}}, {{"", f}});
  b.func("Mod", {{"x", f}, {"y", f}}, {{"", f}});
  b.func("Hypot", {{"p", f}, {"q", f}}, {{"", f}});
  b.func("Inf", {{"sign", b.t(Kind::Int)}}, {{"", f}});
  b.func("NaN", {}, {{"", f}});
  b.func("IsNaN", {{"f", f}}, {{"is", b.t(Kind::Bool)}});
  b.func("IsInf", {{"f", f}, {"sign", b.t(Kind::Int)}}, {{"", b.t(Kind::Bool)}});

  // Mathematical constants (math/const.go).
  b.floatConst("E", "2.71828182845904523536028747135266249775724709369995957496696763");
  b.floatConst("Pi", "3.14159265358979323846264338327950288419716939937510582097494459");
  b.floatConst("Phi", "1.61803398874989484820458683436563811772030917980576286213544862");
  b.floatConst("Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974");
  b.floatConst("SqrtE", "1.64872127070012814684865078831848549818386223306662457232049386");
  b.floatConst("SqrtPi", "1.77245385090551602729816748334114518279754945612238712821380779");
  b.floatConst("SqrtPhi", "1.27201964951406896425242246173749149171560804184009624861664038");
  b.floatConst("Ln2", "0.693147180559945309417232121458176568075500134360255254120680009");
  b.floatConst("Log2E", "1.44269504088896340735992468100189213742664595415298593413544941");  // 1/Ln2
  b.floatConst("Ln10", "2.30258509299404568401799145468436420760110148862877297603332790");
  b.floatConst("Log10E", "0.434294481903251827651128918916605082294397005803666566114453783");  // 1/Ln10
  b.floatConst("MaxFloat32", "0x1.fffffep127");  // 0x1p127 * (1 + (1 - 0x1p-23))
  b.floatConst("SmallestNonzeroFloat32", "0x1p-149");
  b.floatConst("MaxFloat64", "0x1.fffffffffffffp1023");  // 0x1p1023 * (1 + (1 - 0x1p-52))
  b.floatConst("SmallestNonzeroFloat64", "0x1p-1074");

  // Integer limit values (untyped).
  b.intConst("MaxInt", "9223372036854775807");
  b.intConst("MinInt", INT64_MIN);
  b.intConst("MaxInt8", 127);
  b.intConst("MinInt8", -128);
  b.intConst("MaxInt16", 32767);
  b.intConst("MinInt16", -32768);
  b.intConst("MaxInt32", 2147483647);
  b.intConst("MinInt32", -2147483648LL);
  b.intConst("MaxInt64", "9223372036854775807");
  b.intConst("MinInt64", INT64_MIN);
  b.intConst("MaxUint", "18446744073709551615");
  b.intConst("MaxUint8", 255);
  b.intConst("MaxUint16", 65535);
  b.intConst("MaxUint32", 4294967295LL);
  b.intConst("MaxUint64", "18446744073709551615");
}

}  // namespace

bool isLibraryPackagePath(const std::string& path) {
  static const char* const known[] = {"fmt", "os", "strings", "strconv", "math", "sync", "sync/atomic", "time", "runtime"};
  for (const char* k : known)
    if (path == k) return true;
  return false;
}

Package* buildLibraryPackage(Context& ctx, const std::string& path) {
  if (!isLibraryPackagePath(path)) return nullptr;
  std::string name = path.substr(path.rfind('/') + 1);  // "sync/atomic" -> atomic
  Package* pkg = ctx.newPackage(path, name);
  pkg->isLibrary = true;
  LibraryBuilder b(ctx, pkg);
  if (path == "fmt") buildFmt(ctx, b);
  else if (path == "os") buildOs(ctx, b);
  else if (path == "strings") buildStrings(ctx, b);
  else if (path == "strconv") buildStrconv(ctx, b);
  else if (path == "math") buildMath(ctx, b);
  else if (path == "sync") buildSync(ctx, b);
  else if (path == "sync/atomic") buildAtomic(ctx, b);
  else if (path == "time") buildTime(ctx, b);
  else if (path == "runtime") buildRuntime(ctx, b);
  return pkg;
}

}  // namespace mgo::types
