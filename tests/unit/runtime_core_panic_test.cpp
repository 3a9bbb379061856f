// runtime_core_panic_test.cpp — panics and defer (runtime/panic.cpp, defer.cpp, os.cpp), each in
// a child process whose stderr and exit status are compared with what Go 1.19 prints for the
// equivalent program (quoted next to each case; the goroutine trace after the header line is
// not compared). Deferred calls write to stderr so their order relative to the panic is checked.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "runtime/abi.h"
#include "runtime/runtime_internal.h"

namespace {

struct Init {
  Init() { mgo_runtime_init(nullptr, 0, nullptr); }
} init;

std::string run(void (*fn)(), int* status) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    dup2(fds[1], 1);
    close(fds[0]);
    fn();
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(fds[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

// Everything up to and including the "goroutine N [running]:" line.
std::string head(const std::string& out) {
  size_t g = out.find("goroutine ");
  if (g == std::string::npos) return out;
  size_t nl = out.find('\n', g);
  return out.substr(0, nl == std::string::npos ? out.size() : nl + 1);
}

// A deferred closure {code, message}: writes its message to stderr.
struct Say {
  void (*code)(void*);
  const char* message;
};
void sayCode(void* self) {
  const char* m = static_cast<Say*>(self)->message;
  mgo_write_all(2, m, std::strlen(m));
}
Say* say(const char* message) { return new Say{sayCode, message}; }

struct Thunk {
  void (*code)(void*);
};
Thunk* thunk(void (*fn)(void*)) { return new Thunk{fn}; }

mgo_string str(const char* s) { return mgo_string{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))}; }

const mgo_type kString = {16, 8, MGO_STRING, MGO_TFLAG_COMPARABLE, 0, "string", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kFloat64 = {8, 8, MGO_FLOAT64, 5, 0, "float64", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kMyInt = {8, 8, MGO_INT, 7, 0, "main.MyInt", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kMyStr = {16, 8, MGO_STRING, 6, 0, "main.MyStr", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kBool = {1, 1, MGO_BOOL, 5, 0, "bool", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kUint8 = {1, 1, MGO_UINT8, 5, 0, "uint8", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kComplex = {16, 8, MGO_COMPLEX128, 5, 0, "complex128", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kNamedComplex = {16, 8, MGO_COMPLEX128, 7, 0, "main.C", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kT = {8, 8, MGO_STRUCT, 7, 0, "main.T", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};

// type E struct{ msg string }; func (e E) Error() string { return e.msg }
const mgo_type* const kErrorResults[] = {&kString};
const mgo_type kErrorSig = {8, 8, MGO_FUNC, 0, 0, "func() string", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, kErrorResults, 1};
mgo_string errorMethod(void* receiver) { return *static_cast<mgo_string*>(receiver); }
const mgo_method kEMethods[] = {{"Error", &kErrorSig, reinterpret_cast<void*>(errorMethod)}};
const mgo_type kE = {16, 8, MGO_STRUCT, 6, 0, "main.E", nullptr, nullptr, 1, nullptr, 0, 1, kEMethods, nullptr, 0};

template <class T>
void panicWith(const mgo_type* t, T value) {
  auto* data = new T(value);
  mgo_panic_value(mgo_eface{t, data});
}

}  // namespace

TEST_CASE("runtime error messages, exit status 2, deferred calls first") {
  struct Case {
    void (*fn)();
    const char* expected;
  } cases[] = {
      {[] { mgo_defer_push(say("deferred\n")); mgo_panic_index(5, 3); },
       "deferred\npanic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_index(-1, 3); }, "panic: runtime error: index out of range [-1]\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice_alen(5, 3); }, "panic: runtime error: slice bounds out of range [:5] with length 3\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice_acap(5, 3); }, "panic: runtime error: slice bounds out of range [:5] with capacity 3\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice_b(4, 3); }, "panic: runtime error: slice bounds out of range [4:3]\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice3_alen(5, 3); }, "panic: runtime error: slice bounds out of range [::5] with length 3\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice3_acap(5, 3); }, "panic: runtime error: slice bounds out of range [::5] with capacity 3\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice3_b(4, 3); }, "panic: runtime error: slice bounds out of range [:4:3]\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_slice3_c(5, 4); }, "panic: runtime error: slice bounds out of range [5:4:]\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_divide(); }, "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_shift(); }, "panic: runtime error: negative shift amount\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_nil_map(); }, "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n"},
      {[] { mgo_panic_nil_deref(); },
       "panic: runtime error: invalid memory address or nil pointer dereference\n"
       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n"},
  };
  for (auto& c : cases) {
    int status = 0;
    std::string out = run(c.fn, &status);
    CHECK(status == 2);
    CHECK(head(out) == c.expected);
  }
}

TEST_CASE("nested panics: remaining deferred calls still run, all messages are printed") {
  // Go 1.19: defer fmt.Println("d1"); defer func() { panic("second") }(); defer fmt.Println("d3");
  //          panic("first")  ->  d3 / d1 / panic: first / \tpanic: second / goroutine 1 [running]:
  int status = 0;
  std::string out = run([] {
    mgo_defer_push(say("d1\n"));
    mgo_defer_push(thunk([](void*) { panicWith(&kString, str("second")); }));
    mgo_defer_push(say("d3\n"));
    panicWith(&kString, str("first"));
  }, &status);
  CHECK(status == 2);
  CHECK(head(out) == "d3\nd1\npanic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n");
  // Go 1.19: a nil dereference, then a deferred panic("x"): the signal line comes after both.
  out = run([] {
    mgo_defer_push(thunk([](void*) { panicWith(&kString, str("x")); }));
    mgo_panic_nil_deref();
  }, &status);
  CHECK(head(out) ==
        "panic: runtime error: invalid memory address or nil pointer dereference\n\tpanic: x\n"
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n");
}

TEST_CASE("panic values print like Go's printpanicval") {
  // Go 1.19 outputs of panic(v) for each v:
  struct Case {
    void (*fn)();
    const char* line;
  } cases[] = {
      {[] { panicWith(&kString, str("boom")); }, "panic: boom\n"},
      {[] { panicWith<int64_t>(&kMyInt, 5); }, "panic: main.MyInt(5)\n"},
      {[] { panicWith(&kMyStr, str("x")); }, "panic: main.MyStr(\"x\")\n"},
      {[] { panicWith(&kFloat64, 3.5); }, "panic: +3.500000e+000\n"},
      {[] { panicWith<uint8_t>(&kBool, 1); }, "panic: true\n"},
      {[] { panicWith<uint8_t>(&kUint8, 200); }, "panic: 200\n"},
      {[] { panicWith(&kComplex, std::pair<double, double>(1, 2)); }, "panic: (+1.000000e+000+2.000000e+000i)\n"},
      {[] { panicWith(&kNamedComplex, std::pair<double, double>(1, 0)); }, "panic: main.C(+1.000000e+000+0.000000e+000i)\n"},
      {[] { mgo_panic_value(mgo_eface{nullptr, nullptr}); }, "panic: nil\n"},
      {[] { panicWith(&kE, str("boom err")); }, "panic: boom err\n"},
  };
  for (auto& c : cases) {
    int status = 0;
    std::string out = run(c.fn, &status);
    CHECK(status == 2);
    CHECK(out.substr(0, out.find('\n') + 1) == c.line);
  }
  int status = 0;
  std::string out = run([] { panicWith<int64_t>(&kT, 1); }, &status);  // (main.T) 0xc00001c030
  CHECK(out.rfind("panic: (main.T) 0x", 0) == 0);
}

TEST_CASE("defer: LIFO per frame mark; os.Exit runs no deferred calls") {
  int status = 0;
  std::string out = run([] {
    int64_t outer = mgo_defer_mark();
    mgo_defer_push(say("a\n"));
    int64_t inner = mgo_defer_mark();
    mgo_defer_push(say("b\n"));
    mgo_defer_push(say("c\n"));
    mgo_defer_run(inner);
    mgo_write_all(2, "between\n", 8);
    mgo_defer_run(outer);
    for (int i = 0; i < 1000; i++) mgo_defer_push(say(""));  // growth of the defer stack
    mgo_defer_run(outer);
    mgo_defer_push(say("never\n"));
    mgo_os_Exit(3);
  }, &status);
  CHECK(status == 3);
  CHECK(out == "c\nb\nbetween\na\n");
}
