// heap_to_stack.h — HeapToStackPass: after inlining, a runtime heap allocation whose address
// provably stays in its function becomes a zeroed stack slot (see heap_to_stack.cpp for the rules).
#pragma once
#include <llvm/IR/PassManager.h>

namespace mgo::codegen {

struct HeapToStackPass : llvm::PassInfoMixin<HeapToStackPass> {
  llvm::PreservedAnalyses run(llvm::Function& function, llvm::FunctionAnalysisManager& analyses);
};

}  // namespace mgo::codegen
