// lower_recover.cpp — the builtin recover() and the table of the runtime's panic value types.
//
// recover() lowers to `mgo_recover(llvm.frameaddress(0))` (runtime/recover.cpp decides whether
// the calling function was called directly by the deferred call a panic is running, from the
// frame-pointer chain). The function calling it is marked noinline: inlined into its caller, its
// frame would be the caller's and recover() would answer for the wrong function. The call is
// never a tail call (the frame must still be there). Method wrappers live in the section
// "mgo_wrappers" (markMethodWrapper): recover() treats their frames as Go treats wrapper frames,
// so `defer i.M()` (through a method table wrapper) can recover in M.
//
// The first recover() of a module also emits `mgo_runtime_types` (weak_odr; abi.h): descriptors
// of runtime.boundsError, runtime.errorString, runtime.plainError, *runtime.TypeAssertionError
// and string built like the module's own (same descriptor for string, same method-name constants),
// so that recovered runtime errors satisfy x.(error), x.(runtime.Error) and x.(string) tests, which
// compare descriptor and method-name addresses. Their methods are the runtime's mgo_rt_* functions
// (Go ABI: ctx = pointer to the value). Programs without recover() cannot observe these values
// except through the panic printer, which works with the runtime's own fallback table.
// Invariant: the layouts match runtime/runtime_errors.h (boundsError {int64 x; int y; bool
// signed; uint8 code}, 24 bytes; errorString / plainError a string; TypeAssertionError {msg string}).
#include <llvm/IR/Intrinsics.h>

#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

constexpr uint8_t kKindString = 24, kKindStruct = 25, kKindPointer = 22;
constexpr uint8_t kNoPointers = 1, kNamed = 2, kComparable = 4;

struct DescriptorSpec {
  const char* name;
  uint64_t size;
  uint8_t kind;
  uint8_t flags;
  llvm::Constant* elem = nullptr;
  uint64_t len = 0;
  llvm::Constant* fields = nullptr;
  unsigned nmethods = 0;
  llvm::Constant* methods = nullptr;
};

llvm::Constant* descriptor(ModuleContext& m, const DescriptorSpec& d) {
  llvm::Constant* null = llvm::ConstantPointerNull::get(m.ptr);
  llvm::Constant* init = llvm::ConstantStruct::get(
      m.typeDescTy,
      {llvm::ConstantInt::get(m.i64, d.size), llvm::ConstantInt::get(m.i32, 8), llvm::ConstantInt::get(m.i8, d.kind),
       llvm::ConstantInt::get(m.i8, d.flags), llvm::ConstantInt::get(m.i16, 0), m.cString(d.name),
       d.elem ? d.elem : null, null, llvm::ConstantInt::get(m.i64, d.len), d.fields ? d.fields : null,
       llvm::ConstantInt::get(m.i32, 0), llvm::ConstantInt::get(m.i32, d.nmethods), d.methods ? d.methods : null,
       null, llvm::ConstantInt::get(m.i64, 0)});
  return new llvm::GlobalVariable(m.module, m.typeDescTy, true, llvm::GlobalValue::InternalLinkage, init,
                                  std::string("mgo.type.") + d.name);
}

// {Error, RuntimeError} calling the runtime's mgo_rt_<prefix>_Error.
llvm::Constant* errorMethods(ModuleContext& m, const std::string& prefix) {
  types::Context& tc = m.typeContext;
  const types::Type* str = tc.basic(types::Kind::String);
  const types::Signature* errorSig = tc.signature(tc.tuple({}), tc.tuple({str}), false);
  const types::Signature* markerSig = tc.signature(tc.tuple({}), tc.tuple({}), false);
  llvm::Constant* errorFn = llvm::cast<llvm::Constant>(
      m.module.getOrInsertFunction("mgo_rt_" + prefix + "_Error", llvm::FunctionType::get(m.stringTy, {m.ptr}, false))
          .getCallee());
  llvm::Constant* markerFn = llvm::cast<llvm::Constant>(
      m.module.getOrInsertFunction("mgo_rt_RuntimeError", llvm::FunctionType::get(m.voidTy, {m.ptr}, false)).getCallee());
  std::vector<llvm::Constant*> entries{
      llvm::ConstantStruct::get(m.methodDescTy, {m.methodNameConstant("Error"), m.typeDescriptor(errorSig), errorFn}),
      llvm::ConstantStruct::get(m.methodDescTy,
                                {m.methodNameConstant("RuntimeError"), m.typeDescriptor(markerSig), markerFn})};
  auto* arrTy = llvm::ArrayType::get(m.methodDescTy, entries.size());
  return new llvm::GlobalVariable(m.module, arrTy, true, llvm::GlobalValue::InternalLinkage,
                                  llvm::ConstantArray::get(arrTy, entries), "mgo.methods.runtime." + prefix);
}

llvm::Constant* fieldTable(ModuleContext& m, const std::string& name,
                           const std::vector<std::tuple<const char*, types::Kind, uint64_t>>& fields) {
  std::vector<llvm::Constant*> entries;
  for (const auto& [fieldName, kind, offset] : fields)
    entries.push_back(llvm::ConstantStruct::get(
        m.fieldDescTy, {m.cString(fieldName), m.typeDescriptor(m.typeContext.basic(kind)),
                        llvm::ConstantInt::get(m.i64, offset), llvm::ConstantInt::get(m.i8, 0),
                        llvm::ConstantInt::get(m.i8, 0)}));
  auto* arrTy = llvm::ArrayType::get(m.fieldDescTy, entries.size());
  return new llvm::GlobalVariable(m.module, arrTy, true, llvm::GlobalValue::InternalLinkage,
                                  llvm::ConstantArray::get(arrTy, entries), "mgo.type." + name + ".fields");
}

void emitRuntimeTypes(ModuleContext& m) {
  if (m.module.getGlobalVariable("mgo_runtime_types")) return;
  DescriptorSpec bounds{"runtime.boundsError", 24, kKindStruct, kNoPointers | kNamed | kComparable};
  bounds.len = 4;
  bounds.fields = fieldTable(m, "runtime.boundsError",
                             {{"x", types::Kind::Int64, 0}, {"y", types::Kind::Int, 8},
                              {"signed", types::Kind::Bool, 16}, {"code", types::Kind::Uint8, 17}});
  bounds.nmethods = 2;
  bounds.methods = errorMethods(m, "boundsError");
  DescriptorSpec errorString{"runtime.errorString", 16, kKindString, kNamed | kComparable};
  errorString.nmethods = 2;
  errorString.methods = errorMethods(m, "errorString");
  DescriptorSpec plainError{"runtime.plainError", 16, kKindString, kNamed | kComparable};
  plainError.nmethods = 2;
  plainError.methods = errorMethods(m, "plainError");
  DescriptorSpec assertion{"runtime.TypeAssertionError", 16, kKindStruct, kNamed | kComparable};
  assertion.len = 1;
  assertion.fields = fieldTable(m, "runtime.TypeAssertionError", {{"msg", types::Kind::String, 0}});
  DescriptorSpec assertionPtr{"*runtime.TypeAssertionError", 8, kKindPointer, kComparable};
  assertionPtr.elem = descriptor(m, assertion);
  assertionPtr.nmethods = 2;
  assertionPtr.methods = errorMethods(m, "TypeAssertionError");
  std::vector<llvm::Constant*> table{descriptor(m, bounds), descriptor(m, errorString), descriptor(m, plainError),
                                     descriptor(m, assertionPtr),
                                     m.typeDescriptor(m.typeContext.basic(types::Kind::String))};
  auto* arrTy = llvm::ArrayType::get(m.ptr, table.size());
  new llvm::GlobalVariable(m.module, arrTy, true, llvm::GlobalValue::WeakODRLinkage,
                           llvm::ConstantArray::get(arrTy, table), "mgo_runtime_types");
}

}  // namespace

void markMethodWrapper(llvm::Function* wrapper) { wrapper->setSection("mgo_wrappers"); }

RValue FunctionLowering::lowerRecover() {
  emitRuntimeTypes(m);
  fn->addFnAttr(llvm::Attribute::NoInline);
  llvm::Value* frame = b.CreateCall(m.intrinsic(llvm::Intrinsic::frameaddress, {m.ptr}), {b.getInt32(0)});
  llvm::FunctionCallee recover =
      m.module.getOrInsertFunction("mgo_recover", llvm::FunctionType::get(m.efaceTy, {m.ptr}, false));
  llvm::CallInst* value = b.CreateCall(recover, {frame});
  value->setTailCallKind(llvm::CallInst::TCK_NoTail);
  return RValue{value, m.typeContext.emptyInterface()};
}

}  // namespace mgo::codegen
