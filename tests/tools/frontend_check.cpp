// frontend_check.cpp — the front end alone (parse + type check), built with ASan+UBSan by
// tests/sanitizers.cmake so that the error and robustness suites also run under sanitizers.
//
// Usage mirrors `mgo build` so the same runners drive it: `mgo_frontend_asan build [flags] FILE`.
// Flags are ignored. Exit status: 0 if the file checks, 1 with diagnostics on stderr otherwise,
// 2 on usage errors. Any sanitizer report aborts the process (non-zero, non-1 status).
#include <cstdio>
#include <deque>
#include <string>

#include "frontend/ast.h"
#include "frontend/checker.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"
#include "frontend/package_loader.h"
#include "frontend/parser.h"
#include "frontend/source.h"

int main(int argc, char** argv) {
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "build" || (!arg.empty() && arg[0] == '-')) {
      if (arg == "-o" && i + 1 < argc) ++i;
      continue;
    }
    path = arg;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: mgo_frontend_asan build file.go\n");
    return 2;
  }
  mgo::SourceManager sources;
  std::string error;
  int32_t file = sources.loadFile(path, error);
  if (file < 0) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  mgo::ast::Arena arena;
  mgo::DiagnosticEngine diags;
  // As mgo does: the file with the packages it imports (library packages written in mini-Go
  // included), checked in dependency order; stop at the first package with errors.
  std::deque<mgo::ast::Package> storage;
  mgo::PackageLoader loader(sources, arena, diags, storage);
  if (loader.loadProgramFiles({file})) {  // false after syntax errors or unloadable imports
    mgo::types::Context ctx;
    mgo::types::Info info;
    mgo::types::checkProgram(loader.packages(), ctx, info, diags, /*requireMain=*/true, nullptr);
  }
  if (diags.hasErrors()) {
    diags.print(sources, stderr);
    return 1;
  }
  return 0;
}
