// pipeline.cpp — module verification and the optimisation pipeline (new pass manager).
//
// Invariants: optimizeModule() runs only on a module that verifyModule() accepted; -O0 runs
// buildO0DefaultPipeline (always-inline and the like only), -O1..-O3 the per-module default
// pipeline of that level, with the TargetMachine's analyses (TTI) registered.
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/EarlyCSE.h>
#include <llvm/Transforms/Scalar/SROA.h>

#include "codegen/codegen.h"
#include "codegen/heap_to_stack.h"

namespace mgo::codegen {

bool verifyModule(const llvm::Module& module, std::string& error) {
  llvm::raw_string_ostream os(error);
  bool broken = llvm::verifyModule(module, &os);
  os.flush();
  return !broken;
}

void optimizeModule(llvm::Module& module, llvm::TargetMachine& target, int optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopUnrolling = optLevel >= 2;
  tuning.LoopVectorization = optLevel >= 2;
  tuning.SLPVectorization = optLevel >= 2;
  llvm::PassBuilder pb(&target, tuning);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  pb.registerScalarOptimizerLateEPCallback([](llvm::FunctionPassManager& fpm, llvm::OptimizationLevel level) {
    if (level == llvm::OptimizationLevel::O0) return;  // the O0 pipeline invokes this EP too
    fpm.addPass(HeapToStackPass());
    fpm.addPass(llvm::SROAPass(llvm::SROAOptions::ModifyCFG));
    fpm.addPass(llvm::EarlyCSEPass(/*UseMemorySSA=*/false));
    fpm.addPass(llvm::InstCombinePass());
  });
  llvm::ModulePassManager mpm;
  switch (optLevel) {
    case 0: mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0); break;
    case 1: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1); break;
    case 3: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3); break;
    default: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2); break;
  }
  mpm.run(module, mam);
}

}  // namespace mgo::codegen
