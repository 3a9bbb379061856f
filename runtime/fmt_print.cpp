// fmt_print.cpp — the C entry points of package fmt (abi.h): Print/Println/Printf write to stdout
// with one write(2) per call (so concurrent calls never interleave within a call); the Sprint
// family returns GC-heap strings.
#include "fmt_internal.h"
#include "runtime_internal.h"

using namespace mgo::rt;

extern "C" {

int64_t mgo_fmt_print(const mgo_eface* args, int64_t n) {
  std::string s = sprint(args, n, false);
  mgo_write_all(1, s.data(), s.size());
  return int64_t(s.size());
}

int64_t mgo_fmt_println(const mgo_eface* args, int64_t n) {
  std::string s = sprint(args, n, true);
  mgo_write_all(1, s.data(), s.size());
  return int64_t(s.size());
}

int64_t mgo_fmt_printf(const uint8_t* fp, int64_t flen, const mgo_eface* args, int64_t n) {
  std::string s = sprintf(fp, flen, args, n);
  mgo_write_all(1, s.data(), s.size());
  return int64_t(s.size());
}

mgo_string mgo_fmt_sprint(const mgo_eface* args, int64_t n) { return toGoString(sprint(args, n, false)); }
mgo_string mgo_fmt_sprintln(const mgo_eface* args, int64_t n) { return toGoString(sprint(args, n, true)); }
mgo_string mgo_fmt_sprintf(const uint8_t* fp, int64_t flen, const mgo_eface* args, int64_t n) {
  return toGoString(sprintf(fp, flen, args, n));
}

}  // extern "C"
