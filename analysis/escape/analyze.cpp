// analyze.cpp — the entry point: functions bottom-up over the call graph's strongly connected
// components (callgraph.cpp), one Batch each, summaries flowing from callees to callers; then the
// package-level variable initialisers of each package.
//
// Invariant: when a batch runs, every function it calls outside itself has a summary (analysed
// earlier) or is a library function (library.cpp) or is treated as leaking everything.
#include "analysis/escape/batch.h"
#include "analysis/escape/callgraph.h"

namespace mgo::escape {

Result analyze(const ast::Package& pkg, const types::Info& info, const Options& options) {
  Result result;
  Summaries summaries;
  for (const auto& component : bottomUpComponents(pkg, info)) {
    Batch batch(info, options, summaries, result);
    for (const DeclaredFunc& f : component) batch.addFunc(f.obj, f.decl);
    batch.run();
  }
  for (const types::Info::PackageInit& pkgInit : info.packageInits) {
    if (pkgInit.vars.empty()) continue;
    Batch batch(info, options, summaries, result);
    batch.addPackageInit(pkgInit.vars);
    batch.run();
  }
  return result;
}

}  // namespace mgo::escape
