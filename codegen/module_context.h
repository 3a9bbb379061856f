// module_context.h — module-wide lowering state: LLVM types by Go type, the calling convention of
// Go functions, runtime declarations, type descriptors, string constants, package globals and the
// LLVM functions of Go functions / function literals / generated wrappers.
//
// Invariants:
//   * Every cache is keyed by types::Type* (types are interned, so pointer identity is identity).
//   * A Go value of "aggregate" type (struct or array) is always handled in memory: expressions
//     produce its address, parameters receive a pointer to a caller-owned copy, results are written
//     through hidden out-pointers. Every other type is a first-class SSA value (valueType), with
//     bool as i1 in SSA and i8 in memory (memType).
//   * Go calling convention (every Go function, method, closure body and wrapper):
//       (ptr ctx, ptr out_0 .. out_k  [aggregate results], recv?, params...)
//       -> void | scalar result | { scalar results }
//     `ctx` is the closure object (ignored by top-level functions); aggregate params are `ptr`.
//   * Type descriptors are unique per Type*, so descriptor pointer equality is type identity at run
//     time (type switches and assertions compare pointers).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <llvm/IR/DataLayout.h>
#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include "analysis/escape/escape.h"
#include "codegen/codegen.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"
#include "frontend/objects.h"
#include "frontend/source.h"
#include "frontend/types.h"

namespace mgo::codegen {

// How a Go signature maps onto an LLVM function type (see the file comment).
struct FuncABI {
  llvm::FunctionType* type = nullptr;
  llvm::Type* returnType = nullptr;           // void, a scalar, or a struct of scalars
  std::vector<bool> resultInMemory;           // per Go result
  std::vector<int> resultSlot;                // out-param index (in memory) or return-struct index
  unsigned numOutParams = 0;
  unsigned numScalarResults = 0;
  bool hasRecv = false;
  unsigned recvArg = 0;                       // LLVM arg index of the receiver (if hasRecv)
  unsigned firstParamArg = 0;                 // LLVM arg index of the first Go parameter
};

class ModuleContext {
 public:
  ModuleContext(llvm::Module& module, const types::Info& info, types::Context& typeContext,
                const escape::Result& escape, const SourceManager& sources, const Options& options);
  ~ModuleContext();

  llvm::LLVMContext& llvm;
  llvm::Module& module;
  const llvm::DataLayout& layout;
  const types::Info& info;
  types::Context& typeContext;
  const escape::Result& escape;
  const SourceManager& sources;
  const Options& options;

  // Common LLVM types.
  llvm::Type* voidTy;
  llvm::IntegerType* i1;
  llvm::IntegerType* i8;
  llvm::IntegerType* i16;
  llvm::IntegerType* i32;
  llvm::IntegerType* i64;
  llvm::Type* f32;
  llvm::Type* f64;
  llvm::PointerType* ptr;
  llvm::StructType* stringTy;   // {ptr, i64}
  llvm::StructType* sliceTy;    // {ptr, i64, i64}
  llvm::StructType* efaceTy;    // {ptr, ptr}
  llvm::StructType* typeDescTy; // mgo_type
  llvm::StructType* fieldDescTy;
  llvm::StructType* methodDescTy;
  llvm::StructType* mapIterTy;  // mgo_map_iter

  // ---- llvm_types.cpp ----
  llvm::Type* memType(const types::Type* t);    // in-memory representation
  llvm::Type* valueType(const types::Type* t);  // SSA representation (ptr for aggregates)
  bool isAggregate(const types::Type* t) const; // struct or array: handled in memory
  uint64_t sizeOf(const types::Type* t);
  uint64_t alignOf(const types::Type* t);
  uint64_t fieldOffset(const types::Type* structType, unsigned index);
  bool hasPointers(const types::Type* t) const;
  const FuncABI& abiOf(const types::Signature* sig, const types::Type* recvType);
  // Go's %T spelling of a type ("main.T", "struct { A int }", "func(int) string").
  std::string runtimeTypeName(const types::Type* t);

  // ---- type_descriptors.cpp ----
  llvm::Constant* typeDescriptor(const types::Type* t);
  // Name constant shared by every method table entry of that name (pointer-comparable).
  llvm::Constant* methodNameConstant(const std::string& name);

  // ---- runtime_decls.cpp ----
  llvm::FunctionCallee runtime(std::string_view name);
  llvm::Function* intrinsic(unsigned id, llvm::ArrayRef<llvm::Type*> types);

  // ---- module_context.cpp ----
  llvm::Constant* stringConstant(std::string_view text);  // Go string {ptr, len}
  llvm::Constant* cString(std::string_view text);         // ptr to NUL-terminated bytes
  llvm::Function* functionFor(const types::Func* fn);     // declares on first use
  llvm::Constant* funcValue(const types::Func* fn);       // constant closure {ptr @f}
  llvm::Constant* closureConstant(llvm::Function* code);  // constant closure {ptr code}
  llvm::GlobalVariable* globalFor(const types::Var* var);
  std::string uniqueName(const std::string& base);        // "main.f.func1" style counters
  // The LLVM function used when a method is called through an interface or the method table:
  // (ptr data, params...) with `data` pointing at the receiver value (see abi.h mgo_method).
  llvm::Function* methodTableWrapper(const types::Func* method, bool receiverIsPointer);
  // A library function (strings.ToUpper ...) used as a func value: a Go-ABI wrapper around the
  // library call (lower_closure.cpp). functionFor() returns it for library functions.
  llvm::Function* libraryFunctionWrapper(const types::Func* fn);
  // Method-table entry for a library method (time.Duration.String ...). lower_library.cpp.
  llvm::Function* libraryMethodWrapper(const types::Func* method, bool receiverIsPointer);
  // The Go-ABI function of a library method (what functionFor gives for it). lower_library.cpp.
  llvm::Function* libraryMethodFunction(const types::Func* method);
  // Package-level constant zero value of a Go type in memory.
  llvm::Constant* zeroMem(const types::Type* t) { return llvm::Constant::getNullValue(memType(t)); }

  // Functions and attributes.
  llvm::Function* createGoFunction(const std::string& name, const FuncABI& abi,
                                   llvm::GlobalValue::LinkageTypes linkage);
  void addCommonAttributes(llvm::Function* fn);

  // Debug info (nullptr unless options.debugInfo).
  llvm::DIBuilder* di() { return diBuilder_.get(); }
  llvm::DIFile* diFile(int32_t fileIndex);
  llvm::DICompileUnit* diCompileUnit() { return diUnit_; }
  void finalizeDebugInfo();

  const std::string& packageName() const { return packageName_; }
  void setPackageName(std::string name) { packageName_ = std::move(name); }

 private:
  llvm::Type* computeMemType(const types::Type* t);
  llvm::Constant* buildTypeDescriptor(const types::Type* t, llvm::GlobalVariable* gv);
  llvm::Constant* methodTable(const types::Type* t, unsigned& count);

  std::unordered_map<const types::Type*, llvm::Type*> memTypes_;
  std::map<std::pair<const types::Signature*, const types::Type*>, FuncABI> abis_;
  std::unordered_map<const types::Type*, llvm::GlobalVariable*> descriptors_;
  std::unordered_map<std::string, llvm::Constant*> methodNames_;
  std::unordered_map<std::string, llvm::Constant*> strings_;
  std::unordered_map<std::string, llvm::Constant*> cStrings_;
  std::unordered_map<const types::Func*, llvm::Function*> functions_;
  std::unordered_map<const llvm::Function*, llvm::Constant*> closureConstants_;
  std::unordered_map<const types::Var*, llvm::GlobalVariable*> globals_;
  std::map<std::pair<const types::Func*, bool>, llvm::Function*> methodWrappers_;
  std::unordered_map<std::string, int> nameCounters_;
  std::unique_ptr<llvm::DIBuilder> diBuilder_;
  llvm::DICompileUnit* diUnit_ = nullptr;
  std::unordered_map<int32_t, llvm::DIFile*> diFiles_;
  std::string packageName_ = "main";
};

// Small helpers shared by the lowering files.
const types::Type* under(const types::Type* t);
bool isKind(const types::Type* t, types::Kind k);  // on the underlying type
bool isSignedInt(const types::Type* t);
bool isUnsignedInt(const types::Type* t);
bool isFloatType(const types::Type* t);
bool isStringType(const types::Type* t);
bool isInterfaceType(const types::Type* t);

// One method of a type's method set, promoted ones included (method_sets.cpp).
struct MethodSetEntry {
  std::string name;
  const types::Func* method = nullptr;     // nullptr for a method of an embedded interface
  const types::Signature* sig = nullptr;   // without receiver
  std::vector<int> path;                   // embedded fields from the type to the receiver operand
  bool viaInterface = false;               // dispatched through an embedded interface field
};
// The method set of t (T or *T) sorted by name, as Go's types.NewMethodSet computes it.
std::vector<MethodSetEntry> methodSetOf(const types::Type* t);
// The method-table entry (abi.h mgo_method fn: ctx = pointer to the boxed t) of a method reached
// through embedded fields (lower_closure.cpp).
llvm::Function* promotedMethodWrapper(ModuleContext& m, const types::Type* t, const MethodSetEntry& e);

}  // namespace mgo::codegen
