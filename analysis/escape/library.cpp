// library.cpp — the summaries table (see library.h). Spelling: one string per parameter:
//   "-"        no pointers flow anywhere (read only during the call)
//   "h0"/"h1"  leaks to the heap at 0/1 dereferences ("leaking param" / "leaking param content")
//   "r0"       flows to result 0 unchanged (the result may be the argument or a slice of it)
//   "r0.1"     its content flows to result 0 (result points at what the argument points at)
// several flows are joined by '+': "r0+h1".
#include "analysis/escape/library.h"

#include <string_view>
#include <unordered_map>

namespace mgo::escape {

namespace {

Leaks parseSpec(std::string_view spec) {
  Leaks l;
  size_t start = 0;
  while (start < spec.size()) {
    size_t end = spec.find('+', start);
    if (end == std::string_view::npos) end = spec.size();
    std::string_view part = spec.substr(start, end - start);
    if (part.size() >= 2 && part[0] == 'h') l.addHeap(part[1] - '0');
    if (part.size() >= 2 && part[0] == 'r') {
      int idx = part[1] - '0';
      int level = part.size() >= 4 && part[2] == '.' ? part[3] - '0' : 0;
      l.addResult(idx, level);
    }
    start = end + 1;
  }
  return l;
}

struct Entry {
  const char* name;
  std::vector<const char*> params;
  bool formats = false;
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = {
      // fmt: arguments are formatted during the call and never retained.
      {"fmt.Println", {"-"}, true},
      {"fmt.Print", {"-"}, true},
      {"fmt.Printf", {"-", "-"}, true},
      {"fmt.Sprintf", {"-", "-"}, true},
      {"fmt.Sprint", {"-"}, true},
      {"fmt.Sprintln", {"-"}, true},
      {"fmt.Errorf", {"-", "h0"}, false},  // %w keeps the wrapped error: conservative
      // strings: results may share storage with the argument.
      {"strings.Contains", {"-", "-"}},
      {"strings.ContainsRune", {"-", "-"}},
      {"strings.ContainsAny", {"-", "-"}},
      {"strings.HasPrefix", {"-", "-"}},
      {"strings.HasSuffix", {"-", "-"}},
      {"strings.Index", {"-", "-"}},
      {"strings.IndexByte", {"-", "-"}},
      {"strings.IndexRune", {"-", "-"}},
      {"strings.LastIndex", {"-", "-"}},
      {"strings.Count", {"-", "-"}},
      {"strings.Compare", {"-", "-"}},
      {"strings.EqualFold", {"-", "-"}},
      {"strings.Join", {"r0.1", "-"}},  // Join([]string{s}, sep) may return s itself
      {"strings.Split", {"h0", "-"}},   // substrings stored in a new heap slice
      {"strings.Fields", {"h0"}},
      {"strings.Repeat", {"r0", "-"}},
      {"strings.Replace", {"r0", "-", "-", "-"}},
      {"strings.ReplaceAll", {"r0", "-", "-"}},
      {"strings.ToUpper", {"r0"}},
      {"strings.ToLower", {"r0"}},
      {"strings.Title", {"r0"}},
      {"strings.TrimSpace", {"r0"}},
      {"strings.Trim", {"r0", "-"}},
      {"strings.TrimLeft", {"r0", "-"}},
      {"strings.TrimRight", {"r0", "-"}},
      {"strings.TrimPrefix", {"r0", "-"}},
      {"strings.TrimSuffix", {"r0", "-"}},
      {"strings.(*Builder).WriteString", {"-", "-"}},
      {"strings.(*Builder).WriteByte", {"-", "-"}},
      {"strings.(*Builder).WriteRune", {"-", "-"}},
      {"strings.(*Builder).String", {"r0.1"}},
      {"strings.(*Builder).Len", {"-"}},
      {"strings.(*Builder).Grow", {"-", "-"}},
      {"strings.(*Builder).Reset", {"-"}},
      // strconv: parse errors (*NumError) keep a copy of the input: conservative h0.
      {"strconv.Itoa", {"-"}},
      {"strconv.FormatInt", {"-", "-"}},
      {"strconv.FormatBool", {"-"}},
      {"strconv.FormatFloat", {"-", "-", "-", "-"}},
      {"strconv.Quote", {"-"}},
      {"strconv.Atoi", {"h0"}},
      {"strconv.ParseInt", {"h0", "-", "-"}},
      {"strconv.ParseFloat", {"h0", "-"}},
      {"strconv.ParseBool", {"h0"}},
      // sync: the receiver is only used during the call.
      {"sync.(*WaitGroup).Add", {"-", "-"}},
      {"sync.(*WaitGroup).Done", {"-"}},
      {"sync.(*WaitGroup).Wait", {"-"}},
      {"sync.(*Mutex).Lock", {"-"}},
      {"sync.(*Mutex).Unlock", {"-"}},
      {"sync.(*RWMutex).Lock", {"-"}},
      {"sync.(*RWMutex).Unlock", {"-"}},
      {"sync.(*RWMutex).RLock", {"-"}},
      {"sync.(*RWMutex).RUnlock", {"-"}},
      {"sync.(*Once).Do", {"-", "-"}},  // f is called before Do returns, never retained
      // errors
      {"errors.New", {"h0"}},
      // runtime, time, os, math: scalars only, or nothing retained.
      {"runtime.Gosched", {}},
      {"runtime.GC", {}},
      {"runtime.NumGoroutine", {}},
      {"runtime.GOMAXPROCS", {"-"}},
      {"time.Sleep", {"-"}},
      {"time.Now", {}},
      {"time.Since", {"-"}},
      {"os.Exit", {"-"}},
      {"sort.Ints", {"-"}},
      {"sort.Strings", {"-"}},
      {"unicode.IsUpper", {"-"}},
      {"unicode.IsLower", {"-"}},
      {"unicode.IsDigit", {"-"}},
      {"unicode.IsLetter", {"-"}},
      {"unicode.IsSpace", {"-"}},
      {"unicode.ToUpper", {"-"}},
      {"unicode.ToLower", {"-"}},
      // Runtime intrinsics of the library packages written in mini-Go (runtime/golib, body-less
      // functions; runtime/lib_errors.cpp, lib_sort.cpp, lib_os_file.cpp, lib_strconv_parse.cpp,
      // lib_strings_builder.cpp): they read their arguments during the call only, except
      // bytesAsString, whose result shares the slice's bytes.
      {"errors.dynamicTypeComparable", {"-"}},
      {"errors.checkAsTarget", {"-", "-"}},
      {"sort.sliceLen", {"-"}},
      {"sort.swapSliceElements", {"-", "-", "-"}},
      {"sort.kindName", {"-"}},
      {"os.write", {"-", "-"}},
      {"os.errnoText", {"-"}},
      {"strconv.parseFloatText", {"-", "-"}},
      {"strings.bytesAsString", {"r0"}},
  };
  return table;
}

}  // namespace

const LibrarySummary* librarySummary(const std::string& qualifiedName) {
  static const std::unordered_map<std::string, LibrarySummary> summaries = [] {
    std::unordered_map<std::string, LibrarySummary> out;
    for (const Entry& e : entries()) {
      LibrarySummary s;
      for (const char* spec : e.params) s.params.push_back(parseSpec(spec));
      s.formatsArgs = e.formats;
      out.emplace(e.name, std::move(s));
    }
    return out;
  }();
  auto it = summaries.find(qualifiedName);
  if (it != summaries.end()) return &it->second;
  // sync/atomic: the address is read/written during the call and never retained (gc instead
  // sees the intrinsics' unsafe.Pointer and moves every atomically accessed variable to the heap).
  // Every parameter (and receiver) is scalar or such an address: nothing flows anywhere.
  if (qualifiedName.rfind("atomic.", 0) == 0) {
    static const LibrarySummary none3{{Leaks{}, Leaks{}, Leaks{}}, false};
    return &none3;
  }
  if (qualifiedName.rfind("math.", 0) == 0) {  // every math function takes and returns numbers
    static const LibrarySummary numbers{};
    return &numbers;
  }
  return nullptr;
}

}  // namespace mgo::escape
