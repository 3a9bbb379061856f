// lib_time.cpp — package time's clock readings and Duration/Time methods (the timers themselves are
// in timer.cpp). Ports of Go 1.19's time.go (Duration.String with fmtFrac/fmtInt, Seconds, ...).
//
// Invariants: a time.Time is {int64 wall (Unix ns), int64 mono (monotonic ns, 0 when unknown: a
// value received from a timer channel)} — the layout frontend/library_concurrency.cpp declares.
// Differences of two Times use the monotonic readings when both have one, as Go does. Results
// that are strings are fresh no-scan GC objects.
#include <cstring>

#include "abi.h"

namespace {

struct GoTime {
  int64_t wall;
  int64_t mono;
};

constexpr int64_t kSecond = 1000000000;

// fmtFrac formats the fraction of v/10**prec (e.g. ".12345") into the tail of buf[0:w], omitting
// trailing zeros and the point when the fraction is 0. Returns the new start and v/10**prec.
int fmtFrac(char* buf, int w, uint64_t& v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; ++i) {
    int digit = int(v % 10);
    print = print || digit != 0;
    if (print) buf[--w] = char(digit + '0');
    v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}

int fmtInt(char* buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    while (v > 0) {
      buf[--w] = char(v % 10 + '0');
      v /= 10;
    }
  }
  return w;
}

mgo_string makeString(const char* p, int n) {
  auto* out = static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(n), true));
  std::memcpy(out, p, size_t(n));
  return mgo_string{out, n};
}

int64_t difference(const GoTime* t, const GoTime* u) {
  if (t->mono != 0 && u->mono != 0) return t->mono - u->mono;
  return t->wall - u->wall;
}

}  // namespace

extern "C" {

mgo_string mgo_time_Duration_String(int64_t d) {
  char buf[32];
  int w = int(sizeof buf);
  uint64_t u = uint64_t(d);
  bool neg = d < 0;
  if (neg) u = -u;
  if (u < uint64_t(kSecond)) {
    int prec = 0;
    buf[--w] = 's';
    --w;
    if (u == 0) return makeString("0s", 2);
    if (u < 1000) {
      prec = 0;
      buf[w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      --w;  // U+00B5 'µ' micro sign == 0xC2 0xB5
      buf[w] = char(0xC2);
      buf[w + 1] = char(0xB5);
    } else {
      prec = 6;
      buf[w] = 'm';
    }
    w = fmtFrac(buf, w, u, prec);
    w = fmtInt(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmtFrac(buf, w, u, 9);
    w = fmtInt(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmtInt(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmtInt(buf, w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return makeString(buf + w, int(sizeof buf) - w);
}

int64_t mgo_time_Duration_Nanoseconds(int64_t d) { return d; }
int64_t mgo_time_Duration_Microseconds(int64_t d) { return d / 1000; }
int64_t mgo_time_Duration_Milliseconds(int64_t d) { return d / 1000000; }
double mgo_time_Duration_Seconds(int64_t d) { return double(d / kSecond) + double(d % kSecond) / 1e9; }
double mgo_time_Duration_Minutes(int64_t d) {
  const int64_t minute = 60 * kSecond;
  return double(d / minute) + double(d % minute) / (60 * 1e9);
}
double mgo_time_Duration_Hours(int64_t d) {
  const int64_t hour = 3600 * kSecond;
  return double(d / hour) + double(d % hour) / (60 * 60 * 1e9);
}

void mgo_time_Now(void* out) {
  auto* t = static_cast<GoTime*>(out);
  t->wall = mgo_time_now_unix_nano();
  t->mono = mgo_time_nanotime();
  if (t->mono == 0) t->mono = 1;  // 0 means "no monotonic reading"
}

int64_t mgo_time_Since(const void* t) {
  GoTime now;
  mgo_time_Now(&now);
  return difference(&now, static_cast<const GoTime*>(t));
}

int64_t mgo_time_Until(const void* t) {
  GoTime now;
  mgo_time_Now(&now);
  return difference(static_cast<const GoTime*>(t), &now);
}

int64_t mgo_time_Time_Sub(const void* t, const void* u) {
  return difference(static_cast<const GoTime*>(t), static_cast<const GoTime*>(u));
}

void mgo_time_Time_Add(void* out, const void* t, int64_t d) {
  auto* o = static_cast<GoTime*>(out);
  const auto* in = static_cast<const GoTime*>(t);
  o->wall = in->wall + d;
  o->mono = in->mono != 0 ? in->mono + d : 0;
}

bool mgo_time_Time_Before(const void* t, const void* u) {
  return difference(static_cast<const GoTime*>(t), static_cast<const GoTime*>(u)) < 0;
}

bool mgo_time_Time_After(const void* t, const void* u) {
  return difference(static_cast<const GoTime*>(t), static_cast<const GoTime*>(u)) > 0;
}

int64_t mgo_time_Time_UnixNano(const void* t) { return static_cast<const GoTime*>(t)->wall; }
int64_t mgo_time_Time_UnixMilli(const void* t) { return static_cast<const GoTime*>(t)->wall / 1000000; }
int64_t mgo_time_Time_Unix(const void* t) {
  int64_t w = static_cast<const GoTime*>(t)->wall;
  return w >= 0 ? w / kSecond : -((-w + kSecond - 1) / kSecond);
}

}  // extern "C"
