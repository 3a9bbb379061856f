// library.h — hand-written escape summaries of the built-in library packages (fmt, strings,
// strconv, sync, errors, time, math, os, sort, unicode, runtime, ...), keyed by
// types::Func::qualifiedName() ("fmt.Println", "strings.(*Builder).WriteString").
//
// Contract with the runtime (runtime/*.cpp implements these functions): a parameter summarised
// as not leaking is only read during the call and never retained; a result leak (rK=n) means the
// result may alias the parameter's storage at n dereferences. Functions missing from the table
// leak every parameter to the heap (sound default).
#pragma once
#include <string>
#include <vector>

#include "analysis/escape/leaks.h"

namespace mgo::escape {

struct LibrarySummary {
  std::vector<Leaks> params;  // receiver first (for methods), then parameters
  // fmt-style formatting of `...any` arguments: the arguments do not escape, except values whose
  // type could run a user-defined String/Error/Format/GoString method, which leak to the heap.
  bool formatsArgs = false;
};

const LibrarySummary* librarySummary(const std::string& qualifiedName);

}  // namespace mgo::escape
