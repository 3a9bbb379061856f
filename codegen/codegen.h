// codegen.h — public entry points of the back end: lowering a checked package to an LLVM module,
// verifying, optimising, emitting an object file and linking an executable.
//
// Invariants:
//   * lowerPackage() is only called on a package the checker accepted without errors; anything it
//     cannot lower is a compiler bug (MGO_ASSERT), never a user error.
//   * The module is created with the DataLayout and triple of the TargetMachine that will emit it,
//     so every size/offset computed during lowering (type descriptors) matches the object code.
#pragma once
#include <memory>
#include <string>

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include "analysis/escape/escape.h"
#include "frontend/ast.h"
#include "frontend/info.h"
#include "frontend/source.h"

namespace mgo::codegen {

struct Options {
  int optLevel = 2;        // 0..3
  bool debugInfo = false;  // -g: DWARF line tables
  // Emit the goroutine-runtime hooks (split-stack prologues, loop back-edge preemption polls).
  // Only valid when the runtime archive provides __morestack and mgo_preempt_poll.
  bool schedulerHooks = false;
  // --check-escape: every function's stack objects live in the runtime's checked region and
  // become inaccessible when it returns (codegen/escape_check.h, runtime/escape_check.cpp).
  bool checkEscape = false;
};

// Lowers the checked package. `sources` is used for debug info file names only.
std::unique_ptr<llvm::Module> lowerPackage(llvm::LLVMContext& llvmContext, const ast::Package& pkg,
                                           const types::Info& info, types::Context& typeContext,
                                           const escape::Result& escape, const SourceManager& sources,
                                           const Options& options, llvm::TargetMachine& target);

// The host TargetMachine (PIC). Returns nullptr and sets `error` on failure.
std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(int optLevel, std::string& error);

// llvm::verifyModule; returns false and the verifier's report in `error` if the module is invalid.
bool verifyModule(const llvm::Module& module, std::string& error);

// Runs the new-pass-manager default pipeline for `optLevel` (0 = buildO0DefaultPipeline).
void optimizeModule(llvm::Module& module, llvm::TargetMachine& target, int optLevel);

// Writes a relocatable object file.
bool emitObjectFile(llvm::Module& module, llvm::TargetMachine& target, const std::string& path,
                    std::string& error);

// Links `objectPath` with the runtime archive into `outputPath` using the system `cc`.
bool linkExecutable(const std::string& objectPath, const std::string& runtimeArchive,
                    const std::string& outputPath, std::string& error);

}  // namespace mgo::codegen
