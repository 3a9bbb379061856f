// heap_to_stack.cpp — a late LLVM pass that turns runtime heap allocations into stack slots when,
// after LLVM's inlining, the allocated pointer provably does not outlive the function.
//
// Why: the escape analysis (analysis/escape/) runs on the AST before any inlining, so a helper
// that returns the address of a local (`func newVec() *Vec { v := Vec{}; return &v }`) must heap-
// allocate. Once LLVM has inlined the helper into its caller, the allocation is often used only by
// loads and stores in that caller; Go 1.19 gets this case through its own inliner. This pass is the
// second chance: it runs at the end of each function's simplification (after the CGSCC inliner has
// inlined callees into it) and is followed by SROA/InstCombine, which then dissolve the slot into
// registers.
//
// What is converted: calls `mgo_alloc(@descriptor)` (new(T), moved-to-heap variables, &T{...})
// whose descriptor is a constant global (size = its first field), `mgo_alloc_array(@elem, N)` and
// `mgo_alloc_bytes(N, noscan)` with constant N, of at most kMaxBytes bytes, where every transitive
// use of the pointer is one of:
//   * getelementptr / bitcast / addrspacecast of it (followed),
//   * a load from it, a store *to* it (never a store *of* it),
//   * memset/memcpy/memmove with it as destination or source, lifetime markers,
//   * icmp against it,
//   * an argument of a call in a `nocapture` parameter that the call does not return.
// Anything else (phi, select, ptrtoint, return, store of the pointer, unknown call, invoke) keeps
// the heap allocation.
//
// Invariants:
//   * Soundness: no use chain lets the address survive the function or the loop iteration that
//     made it. Phis and selects are rejected, so a pointer made in one iteration of a loop is never
//     seen in the next; the single entry-block slot may therefore be reused by every iteration.
//   * Go's zeroing: the slot is cleared with memset at the original call, every time it executes.
//   * GC: the slot is on the goroutine stack, which the collector scans conservatively, so heap
//     pointers stored in it stay reachable.
//   * Size: at most kMaxBytes per site keeps frames small (goroutine stacks start small; the split-
//     stack prologue accounts for the larger frame).
#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>

#include "codegen/heap_to_stack.h"

namespace mgo::codegen {

namespace {

constexpr uint64_t kMaxBytes = 1024;

// Size and alignment of a constant type descriptor (runtime/abi.h: struct mgo_type begins with
// uint64 size, uint32 align), or false when the descriptor is not a known constant.
bool descriptorLayout(const llvm::Value* descriptor, uint64_t& size, uint64_t& align) {
  auto* global = llvm::dyn_cast<llvm::GlobalVariable>(descriptor->stripPointerCasts());
  if (!global || !global->hasDefinitiveInitializer()) return false;
  auto* init = global->getInitializer();
  auto* sizeField = llvm::dyn_cast_or_null<llvm::ConstantInt>(init->getAggregateElement(0u));
  auto* alignField = llvm::dyn_cast_or_null<llvm::ConstantInt>(init->getAggregateElement(1u));
  if (!sizeField || !alignField) return false;
  size = sizeField->getZExtValue();
  align = alignField->getZExtValue();
  return true;
}

// The byte size of a convertible allocation call, or 0.
uint64_t allocationSize(const llvm::CallInst* call, uint64_t& align) {
  const llvm::Function* callee = call->getCalledFunction();
  if (!callee) return 0;
  llvm::StringRef name = callee->getName();
  uint64_t size = 0;
  align = 8;
  if (name == "mgo_alloc") {
    if (!descriptorLayout(call->getArgOperand(0), size, align)) return 0;
  } else if (name == "mgo_alloc_array") {
    uint64_t elemSize = 0;
    auto* count = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(1));
    if (!count || count->isNegative() || !descriptorLayout(call->getArgOperand(0), elemSize, align)) return 0;
    if (count->getZExtValue() > kMaxBytes) return 0;
    size = elemSize * count->getZExtValue();
  } else if (name == "mgo_alloc_bytes") {
    auto* bytes = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(0));
    if (!bytes) return 0;
    size = bytes->getZExtValue();
  } else {
    return 0;
  }
  if (size == 0 || size > kMaxBytes) return 0;  // zero-size objects share one address in the runtime
  if (align < 8) align = 8;
  return size;
}

// True when no use of `root` lets its address escape (see the file comment for the rules).
bool addressStaysLocal(llvm::Instruction* root) {
  llvm::SmallVector<llvm::Value*, 16> work{root};
  llvm::SmallPtrSet<llvm::Value*, 16> seen{root};
  while (!work.empty()) {
    llvm::Value* v = work.pop_back_val();
    for (llvm::Use& use : v->uses()) {
      auto* user = llvm::dyn_cast<llvm::Instruction>(use.getUser());
      if (!user) return false;
      if (llvm::isa<llvm::GetElementPtrInst>(user) || llvm::isa<llvm::BitCastInst>(user) ||
          llvm::isa<llvm::AddrSpaceCastInst>(user)) {
        if (seen.insert(user).second) work.push_back(user);
        continue;
      }
      if (llvm::isa<llvm::LoadInst>(user) || llvm::isa<llvm::ICmpInst>(user)) continue;
      if (auto* store = llvm::dyn_cast<llvm::StoreInst>(user)) {
        if (store->getValueOperand() == v) return false;  // the address itself is stored
        continue;
      }
      if (auto* intrinsic = llvm::dyn_cast<llvm::IntrinsicInst>(user)) {
        switch (intrinsic->getIntrinsicID()) {
          case llvm::Intrinsic::lifetime_start:
          case llvm::Intrinsic::lifetime_end:
            continue;
          case llvm::Intrinsic::memset:
          case llvm::Intrinsic::memcpy:
          case llvm::Intrinsic::memcpy_inline:
          case llvm::Intrinsic::memmove:
            if (use.getOperandNo() <= 1) continue;  // destination or source, not the length
            return false;
          default:
            break;
        }
      }
      if (auto* call = llvm::dyn_cast<llvm::CallInst>(user)) {
        if (call->isCallee(&use) || !call->isArgOperand(&use)) return false;
        unsigned arg = call->getArgOperandNo(&use);
        if (!call->doesNotCapture(arg)) return false;
        if (call->paramHasAttr(arg, llvm::Attribute::Returned)) return false;
        continue;
      }
      return false;  // phi, select, ptrtoint, ret, invoke, atomics, ...
    }
  }
  return true;
}

}  // namespace

llvm::PreservedAnalyses HeapToStackPass::run(llvm::Function& function, llvm::FunctionAnalysisManager&) {
  llvm::SmallVector<std::pair<llvm::CallInst*, std::pair<uint64_t, uint64_t>>, 8> candidates;
  for (llvm::Instruction& inst : llvm::instructions(function)) {
    auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
    if (!call) continue;
    uint64_t align = 8;
    uint64_t size = allocationSize(call, align);
    if (size == 0 || !addressStaysLocal(call)) continue;
    candidates.push_back({call, {size, align}});
  }
  if (candidates.empty()) return llvm::PreservedAnalyses::all();
  const llvm::DataLayout& layout = function.getParent()->getDataLayout();
  llvm::BasicBlock& entry = function.getEntryBlock();
  for (auto& [call, layoutPair] : candidates) {
    auto [size, align] = layoutPair;
    llvm::IRBuilder<> entryBuilder(&entry, entry.getFirstInsertionPt());
    llvm::Type* bytes = llvm::ArrayType::get(entryBuilder.getInt8Ty(), size);
    llvm::AllocaInst* slot = entryBuilder.CreateAlloca(bytes, layout.getAllocaAddrSpace(), nullptr,
                                                       call->getName() + ".stack");
    slot->setAlignment(llvm::Align(align));
    llvm::IRBuilder<> at(call);
    at.CreateMemSet(slot, at.getInt8(0), size, llvm::MaybeAlign(align));
    call->replaceAllUsesWith(slot);
    call->eraseFromParent();
  }
  llvm::PreservedAnalyses preserved;
  preserved.preserveSet<llvm::CFGAnalyses>();
  return preserved;
}

}  // namespace mgo::codegen
