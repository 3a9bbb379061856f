// compile.h — the whole compilation pipeline as reusable functions (driver, tests, `mgo escape`):
//   source -> parseFile -> types::check -> escape::analyze -> codegen::lowerPackage -> verify ->
//   optimise -> object file -> cc link.
//
// Invariants:
//   * FrontEnd owns everything the later phases point into (sources, AST arena, types, info), so it
//     must outlive any module generated from it.
//   * User errors end up in FrontEnd::diags (print with diags.print(sources, stderr)); an invalid
//     LLVM module is an internal compiler error (reported through `error`, never a diagnostic).
#pragma once
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include "analysis/escape/escape.h"
#include "codegen/codegen.h"
#include "frontend/ast.h"
#include "frontend/checker.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"
#include "frontend/source.h"

namespace mgo {

struct FrontEnd {
  SourceManager sources;
  ast::Arena arena;
  DiagnosticEngine diags;
  types::Context types;
  types::Info info;
  std::deque<ast::Package> packages;  // every source package, owned (see PackageLoader)
  // The whole program for escape analysis and codegen: the files of every package, imported
  // packages first (their objects are resolved through `info`).
  ast::Package package;
  types::CheckResult checked;  // of the main package
  std::optional<escape::Result> escape;
};

// Parses and checks file `fileIndex` of fe.sources (with the packages it imports from its
// module), then runs escape analysis. Returns false if any diagnostic was reported.
bool runFrontEnd(FrontEnd& fe, int32_t fileIndex, bool requireMain = true);
// The same for a program given as a directory or as files of one directory (mgo build/run).
// Returns false on diagnostics, or with `ioError` set when the files could not be read.
bool runFrontEnd(FrontEnd& fe, const std::vector<std::string>& target, bool requireMain, std::string& ioError);

struct GeneratedModule {
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::TargetMachine> target;
  std::unique_ptr<llvm::Module> module;
};

// Lowers the checked package, verifies the module and optimises it at options.optLevel.
// `optimize == false` stops after verification (tests inspecting the unoptimised IR).
bool generateModule(FrontEnd& fe, const codegen::Options& options, GeneratedModule& out, std::string& error,
                    bool optimize = true);

// generateModule + object emission (temporary file) + link into `outputPath`.
bool buildExecutable(FrontEnd& fe, const codegen::Options& options, const std::string& runtimeArchive,
                     const std::string& outputPath, std::string& error);

// The runtime archive beside the running executable (readlink /proc/self/exe), or "" if absent.
std::string findRuntimeArchive();

// Whether the runtime archive provides the goroutine scheduler hooks (__morestack and
// mgo_preempt_poll), i.e. whether codegen should emit split-stack prologues and preemption polls.
bool runtimeHasSchedulerHooks(const std::string& runtimeArchive);

}  // namespace mgo
