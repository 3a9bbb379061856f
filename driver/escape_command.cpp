// escape_command.cpp — `mgo escape [-m=N] [--json] FILE|DIR`: prints the escape-analysis decisions
// (analysis/escape) for a program (a file or a package directory, with the packages it imports
// from its module), in Go 1.19's `go build -gcflags='-m -l'` wording, sorted by
// position; `-m=2` adds Go's flow explanations; `--json` writes the decisions with flow paths.
// The file may be any package (no `func main` required): it is analysed, never linked.
// Exit status: 0, 1 on compile errors, 2 on usage errors.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "codegen/compile.h"
#include "driver/commands.h"

namespace mgo::driver {

int cmdEscape(const std::vector<std::string>& args) {
  int verbosity = 1;
  bool json = false;
  std::string file;
  for (const std::string& a : args) {
    if (a == "-m" || a == "-m=1") verbosity = 1;
    else if (a == "-m=2" || a == "-m -m") verbosity = 2;
    else if (a == "--json" || a == "-json") json = true;
    else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "mgo escape: flag provided but not defined: %s\nusage: mgo escape [-m=1|-m=2] [--json] file.go\n", a.c_str());
      return 2;
    } else if (file.empty()) file = a;
    else {
      std::fprintf(stderr, "mgo escape: only one file may be given\nusage: mgo escape [-m=1|-m=2] [--json] file.go\n");
      return 2;
    }
  }
  if (file.empty()) {
    std::fprintf(stderr, "usage: mgo escape [-m=1|-m=2] [--json] file.go\n");
    return 2;
  }
  FrontEnd fe;
  std::string ioError;
  if (!runFrontEnd(fe, {file}, /*requireMain=*/false, ioError) || !fe.escape) {
    if (!ioError.empty()) std::fprintf(stderr, "mgo: %s\n", ioError.c_str());
    fe.diags.print(fe.sources, stderr);
    return 1;
  }
  if (json) {
    escape::writeJson(*fe.escape, fe.sources, std::cout);
    std::cout.flush();
    return 0;
  }
  printEscapeDiagnostics(fe, verbosity);
  return 0;
}

void printEscapeDiagnostics(const FrontEnd& fe, int verbosity) {
  // Like go build, which prints -m output only for the packages it compiles (not the standard
  // library), decisions inside library packages written in mini-Go are not shown.
  for (const std::string& line : escape::formatDiagnostics(*fe.escape, fe.sources, verbosity))
    if (line.rfind("$MGOROOT/", 0) != 0) std::printf("%s\n", line.c_str());
  std::fflush(stdout);
}

}  // namespace mgo::driver
