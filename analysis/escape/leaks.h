// leaks.h — a parameter's leak summary (model: Go's cmd/compile/internal/escape/leaks.go).
//
// A Leaks value records, for one parameter (or receiver) of a function, the minimum number of
// dereferences along any assignment path from that parameter to (a) the heap and (b) each of the
// function's first kNumResults results. -1 means "no such path". Callers apply the summary at
// every static call site: an argument flows to the heap hole shifted by heap(), and to the hole
// of result i shifted by result(i).
//
// Invariants: every recorded count is >= 0 (a parameter is a value; its own address never flows
// anywhere through the summary); after optimize(), no result path is as long as or longer than
// the heap path (a heap path subsumes it).
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace mgo::escape {

class Leaks {
 public:
  static constexpr int kNumResults = 7;

  // The "leaks everything to the heap" summary used for unknown callees.
  static Leaks heapLeak() { Leaks l; l.addHeap(0); return l; }

  bool empty() const { return slots_ == std::array<uint8_t, 1 + kNumResults>{}; }
  int heap() const { return get(0); }
  int result(int i) const { return get(1 + i); }
  void addHeap(int derefs) { add(0, derefs); }
  void addResult(int i, int derefs) { add(1 + i, derefs); }

  // Removes result paths made redundant by an equal-or-shorter heap path.
  void optimize() {
    int h = heap();
    if (h < 0) return;
    for (int i = 0; i < kNumResults; ++i)
      if (result(i) >= h) set(1 + i, -1);
  }

  // Text form for docs/JSON: "heap=0", "content", "r0=1 r2=0", "none".
  std::string describe() const {
    std::string out;
    if (heap() >= 0) out += "heap=" + std::to_string(heap());
    for (int i = 0; i < kNumResults; ++i)
      if (result(i) >= 0) out += (out.empty() ? "" : " ") + std::string("r") + std::to_string(i) + "=" + std::to_string(result(i));
    return out.empty() ? "none" : out;
  }

  friend bool operator==(const Leaks&, const Leaks&) = default;

 private:
  int get(int i) const { return int(slots_[i]) - 1; }
  void set(int i, int derefs) { slots_[i] = uint8_t(std::clamp(derefs + 1, 0, 255)); }
  void add(int i, int derefs) {
    int old = get(i);
    if (old < 0 || derefs < old) set(i, derefs);
  }
  std::array<uint8_t, 1 + kNumResults> slots_{};
};

}  // namespace mgo::escape
