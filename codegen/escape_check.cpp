// escape_check.cpp — `--check-escape` instrumentation of one lowered function (escape_check.h).
//
// Invariants:
//   * Runs after the body is complete; the entry block starts with the function's static allocas
//     (FunctionLowering::createAlloca puts them there). They are laid out at increasing offsets
//     (each at its own alignment, at most 16) inside one frame of `size` bytes returned by
//     `ptr mgo_escape_check_enter(i64 size)`, inserted at the very start of the entry block, so
//     the frame dominates every former use of an alloca.
//   * Every `ret` is preceded by `mgo_escape_check_exit(frame)`, after the result values have been
//     loaded (finishReturnBlock loads them before ret). Paths ending in `unreachable` (panics,
//     which run the deferred calls and exit; there is no recover) never release the frame.
//   * Only allocas whose address may be captured (llvm::PointerMayBeCaptured: passed to a call,
//     stored, returned, converted to an integer) move; an alloca used only by loads, stores and
//     memory intrinsics in its own function cannot be reached once the function has returned, so
//     it stays on the machine stack (this keeps functions like fib free of syscalls). Dynamic
//     allocas (none are emitted today) stay on the machine stack too.
#include "codegen/escape_check.h"

#include <vector>

#include <llvm/Analysis/CaptureTracking.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>

namespace mgo::codegen {

void instrumentEscapeCheck(llvm::Function& fn) {
  if (fn.empty()) return;
  llvm::BasicBlock& entry = fn.getEntryBlock();
  const llvm::DataLayout& dl = fn.getParent()->getDataLayout();
  std::vector<llvm::AllocaInst*> allocas;
  for (llvm::Instruction& inst : entry)
    if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&inst);
        a && a->isStaticAlloca() && llvm::PointerMayBeCaptured(a, /*ReturnCaptures=*/true, /*StoreCaptures=*/true))
      allocas.push_back(a);
  if (allocas.empty()) return;

  llvm::LLVMContext& ctx = fn.getContext();
  llvm::Type* ptrTy = llvm::PointerType::get(ctx, 0);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  llvm::Module& module = *fn.getParent();
  llvm::FunctionCallee enter = module.getOrInsertFunction("mgo_escape_check_enter", ptrTy, i64);
  llvm::FunctionCallee exit = module.getOrInsertFunction("mgo_escape_check_exit", llvm::Type::getVoidTy(ctx), ptrTy);

  llvm::IRBuilder<> b(&entry, entry.begin());
  llvm::CallInst* frame = b.CreateCall(enter, {llvm::ConstantInt::get(i64, 0)}, "check.frame");
  uint64_t offset = 0;
  for (llvm::AllocaInst* a : allocas) {
    uint64_t align = std::min<uint64_t>(std::max<uint64_t>(a->getAlign().value(), 1), 16);
    offset = (offset + align - 1) / align * align;
    uint64_t size = a->getAllocationSize(dl).value_or(llvm::TypeSize::getFixed(0)).getFixedValue();
    b.SetInsertPoint(a);  // the GEP takes the alloca's place (after the frame call, before its uses)
    llvm::Value* addr = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), frame, offset, a->getName() + ".checked");
    a->replaceAllUsesWith(addr);
    a->eraseFromParent();
    offset += size ? size : 1;
  }
  frame->setArgOperand(0, llvm::ConstantInt::get(i64, offset));

  std::vector<llvm::ReturnInst*> returns;
  for (llvm::BasicBlock& bb : fn)
    if (auto* r = llvm::dyn_cast_or_null<llvm::ReturnInst>(bb.getTerminator())) returns.push_back(r);
  for (llvm::ReturnInst* r : returns) llvm::CallInst::Create(exit, {frame}, "", r);
}

}  // namespace mgo::codegen
