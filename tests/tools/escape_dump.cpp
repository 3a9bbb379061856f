// escape_dump.cpp — parse + type-check + escape-analyse one file and print the decisions, like
// `mgo escape`: Go's `-m` lines sorted by position (`-m=2` adds flow explanations, `--json` prints
// the JSON form). Used by the escape test suite (tests/escape.cmake) and the speed benchmark.
//
// Usage: mgo_escape_dump [escape] [--json] [-m|-m=2] [--time] FILE
// Exit status: 0 on success, 1 if the file does not parse or check (diagnostics on stderr).
#include <chrono>
#include <deque>
#include <cstdio>
#include <iostream>
#include <string>

#include "analysis/escape/escape.h"
#include "frontend/ast.h"
#include "frontend/checker.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"
#include "frontend/package_loader.h"
#include "frontend/parser.h"
#include "frontend/source.h"

int main(int argc, char** argv) {
  std::string path;
  bool json = false, timing = false;
  int verbosity = 1;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "escape") continue;
    if (arg == "--json") json = true;
    else if (arg == "--time") timing = true;
    else if (arg == "-m") verbosity = 1;
    else if (arg.rfind("-m=", 0) == 0) verbosity = std::stoi(arg.substr(3));
    else path = arg;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: mgo_escape_dump [--json] [-m=2] [--time] file.go\n");
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
  std::deque<mgo::ast::Package> storage;
  mgo::PackageLoader loader(sources, arena, diags, storage);  // imports of library sources too
  if (!loader.loadProgramFiles({file})) {
    diags.print(sources, stderr);
    return 1;
  }
  mgo::types::Context ctx;
  mgo::types::Info info;
  if (!mgo::types::checkProgram(loader.packages(), ctx, info, diags, /*requireMain=*/false, nullptr)) {
    diags.print(sources, stderr);
    return 1;
  }
  mgo::ast::Package pkg;  // the whole program, as analysed by mgo
  for (mgo::ast::Package* p : loader.packages())
    for (mgo::ast::File* f : p->files) pkg.files.push_back(f);
  pkg.name = loader.packages().back()->name;
  mgo::escape::Options options;
  options.verbosity = verbosity;
  options.explain = json || verbosity >= 2;
  auto start = std::chrono::steady_clock::now();
  mgo::escape::Result result = mgo::escape::analyze(pkg, info, options);
  auto end = std::chrono::steady_clock::now();
  if (json) {
    mgo::escape::writeJson(result, sources, std::cout);
  } else {
    for (const std::string& line : mgo::escape::formatDiagnostics(result, sources, verbosity))
      if (line.rfind("$MGOROOT/", 0) != 0) std::cout << line << "\n";  // not inside library sources
  }
  if (timing)
    std::fprintf(stderr, "escape analysis: %.3f ms\n",
                 std::chrono::duration<double, std::milli>(end - start).count());
  return 0;
}
