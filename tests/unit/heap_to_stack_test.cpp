// heap_to_stack_test.cpp — HeapToStackPass on hand-written IR: which runtime allocations become
// stack slots (address used only by loads/stores/GEPs/nocapture calls) and which must stay on the
// heap (returned, stored, passed to an unknown call, carried through a phi into the next iteration).
#include <doctest/doctest.h>

#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

#include "codegen/heap_to_stack.h"

namespace {

// The prefix every test module shares: the runtime's allocators and a 24-byte type descriptor
// laid out as runtime/abi.h's struct mgo_type begins (size, align, ...).
const char* kPrelude = R"IR(
%mgo.type = type { i64, i32, i8, i8, i16, ptr }
@desc24 = constant %mgo.type { i64 24, i32 8, i8 25, i8 0, i16 0, ptr null }
@desc4k = constant %mgo.type { i64 4096, i32 8, i8 25, i8 0, i16 0, ptr null }
@global = global ptr null
declare ptr @mgo_alloc(ptr)
declare ptr @mgo_alloc_bytes(i64, i1)
declare void @unknown(ptr)
declare void @reads(ptr nocapture readonly)
)IR";

// Runs the pass over every function of `body` (appended to the prelude) and returns the
// function named `name` printed as text.
std::string transform(const std::string& body, const std::string& name) {
  llvm::LLVMContext context;
  llvm::SMDiagnostic error;
  std::unique_ptr<llvm::Module> module = llvm::parseAssemblyString(std::string(kPrelude) + body, error, context);
  REQUIRE_MESSAGE(module != nullptr, error.getMessage().str());
  llvm::PassBuilder builder;
  llvm::FunctionAnalysisManager analyses;
  builder.registerFunctionAnalyses(analyses);
  mgo::codegen::HeapToStackPass pass;
  for (llvm::Function& f : *module)
    if (!f.isDeclaration()) pass.run(f, analyses);
  std::string text;
  llvm::raw_string_ostream os(text);
  module->getFunction(name)->print(os);
  return os.str();
}

}  // namespace

TEST_CASE("an allocation used only by loads and stores becomes a zeroed stack slot") {
  std::string out = transform(R"IR(
define i64 @local() {
  %p = call ptr @mgo_alloc(ptr @desc24)
  %f = getelementptr inbounds i8, ptr %p, i64 8
  store i64 7, ptr %f
  call void @reads(ptr %p)
  %v = load i64, ptr %f
  ret i64 %v
}
)IR", "local");
  CHECK(out.find("@mgo_alloc") == std::string::npos);
  CHECK(out.find("alloca [24 x i8]") != std::string::npos);
  CHECK(out.find("llvm.memset") != std::string::npos);
}

TEST_CASE("constant-size raw byte allocations are converted too") {
  std::string out = transform(R"IR(
define i8 @bytes() {
  %p = call ptr @mgo_alloc_bytes(i64 16, i1 true)
  store i8 1, ptr %p
  %v = load i8, ptr %p
  ret i8 %v
}
)IR", "bytes");
  CHECK(out.find("@mgo_alloc_bytes") == std::string::npos);
  CHECK(out.find("alloca [16 x i8]") != std::string::npos);
}

TEST_CASE("escaping addresses keep the heap allocation") {
  const char* cases[][2] = {
      {"define ptr @returned() {\n  %p = call ptr @mgo_alloc(ptr @desc24)\n  ret ptr %p\n}\n", "returned"},
      {"define void @stored() {\n  %p = call ptr @mgo_alloc(ptr @desc24)\n  store ptr %p, ptr @global\n  ret void\n}\n",
       "stored"},
      {"define void @passed() {\n  %p = call ptr @mgo_alloc(ptr @desc24)\n  call void @unknown(ptr %p)\n  ret void\n}\n",
       "passed"},
      {"define i64 @asint() {\n  %p = call ptr @mgo_alloc(ptr @desc24)\n  %i = ptrtoint ptr %p to i64\n  ret i64 %i\n}\n",
       "asint"},
      {"define void @toolarge() {\n  %p = call ptr @mgo_alloc(ptr @desc4k)\n  store i8 1, ptr %p\n  ret void\n}\n",
       "toolarge"},
      {"define void @dynamic(i64 %n) {\n  %p = call ptr @mgo_alloc_bytes(i64 %n, i1 true)\n  store i8 1, ptr %p\n"
       "  ret void\n}\n",
       "dynamic"},
  };
  for (auto& c : cases) {
    CAPTURE(c[1]);
    std::string out = transform(c[0], c[1]);
    CHECK(out.find("call ptr @mgo_alloc") != std::string::npos);
    CHECK(out.find("alloca") == std::string::npos);
  }
}

TEST_CASE("a pointer carried to the next loop iteration through a phi stays on the heap") {
  // prev = p of the previous iteration: one reused stack slot would make prev and p alias.
  std::string out = transform(R"IR(
define i64 @carried(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %prev = phi ptr [ null, %entry ], [ %p, %loop ]
  %p = call ptr @mgo_alloc(ptr @desc24)
  store i64 %i, ptr %p
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  %v = load i64, ptr %prev
  ret i64 %v
}
)IR", "carried");
  CHECK(out.find("call ptr @mgo_alloc") != std::string::npos);
  CHECK(out.find("alloca") == std::string::npos);
}
