// library_sources.h — the library packages written in mini-Go (runtime/golib/<import path>/),
// embedded into the compiler at build time by cmake/embed_go_library.cmake.
//
// A library package may be native (declared in library.cpp, implemented by the C++ runtime), in
// source here, or both: then the package's scope holds the native members and the declarations
// of its source files (see Checker::run), e.g. strings.Split (native) beside strings.Builder.
// Functions declared without a body in these sources are implemented by the runtime and called
// as native library functions are (codegen/lower_library.cpp: mgo_<pkg>_<Name>).
//
// Invariant: packages are sorted by import path, files by name; texts are the files' exact bytes.
#pragma once
#include <string>
#include <vector>

namespace mgo {

struct LibrarySourceFile {
  const char* name;  // file name, e.g. "errors.go"
  const char* text;
};

struct LibrarySourcePackage {
  const char* path;  // import path, e.g. "errors", "math/rand"
  std::vector<LibrarySourceFile> files;
};

const std::vector<LibrarySourcePackage>& librarySourcePackages();

// The embedded sources of the package with this import path, or nullptr.
inline const LibrarySourcePackage* librarySourcePackage(const std::string& path) {
  for (const LibrarySourcePackage& p : librarySourcePackages())
    if (path == p.path) return &p;
  return nullptr;
}

}  // namespace mgo
