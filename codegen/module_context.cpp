// module_context.cpp — construction of the module-wide state, string constants, LLVM functions
// for Go functions, constant closures for top-level functions used as values, package globals and
// debug-info bookkeeping.
//
// Invariants:
//   * main.main is the external `mgo_main_main`; every other Go function has internal linkage and
//     Go's qualified name ("main.f", "main.T.m", "main.(*T).m"); init functions get unique names.
//   * A top-level function used as a value is the constant global closure {ptr @f}: one per
//     function, so equal func values of the same function share the object. A library function
//     has no body of its own: its LLVM function is a Go-ABI wrapper around the library call.
//   * String constants are private unnamed_addr byte arrays, deduplicated by content; the empty
//     string is {null, 0}.
#include "codegen/module_context.h"

#include <llvm/BinaryFormat/Dwarf.h>

namespace mgo::codegen {

ModuleContext::ModuleContext(llvm::Module& m, const types::Info& inf, types::Context& tctx,
                             const escape::Result& esc, const SourceManager& src, const Options& opts)
    : llvm(m.getContext()),
      module(m),
      layout(m.getDataLayout()),
      info(inf),
      typeContext(tctx),
      escape(esc),
      sources(src),
      options(opts) {
  voidTy = llvm::Type::getVoidTy(llvm);
  i1 = llvm::Type::getInt1Ty(llvm);
  i8 = llvm::Type::getInt8Ty(llvm);
  i16 = llvm::Type::getInt16Ty(llvm);
  i32 = llvm::Type::getInt32Ty(llvm);
  i64 = llvm::Type::getInt64Ty(llvm);
  f32 = llvm::Type::getFloatTy(llvm);
  f64 = llvm::Type::getDoubleTy(llvm);
  ptr = llvm::PointerType::get(llvm, 0);
  stringTy = llvm::StructType::create(llvm, {ptr, i64}, "mgo.string");
  sliceTy = llvm::StructType::create(llvm, {ptr, i64, i64}, "mgo.slice");
  efaceTy = llvm::StructType::create(llvm, {ptr, ptr}, "mgo.eface");
  typeDescTy = llvm::StructType::create(
      llvm, {i64, i32, i8, i8, i16, ptr, ptr, ptr, i64, ptr, i32, i32, ptr, ptr, i64}, "mgo.type");
  fieldDescTy = llvm::StructType::create(llvm, {ptr, ptr, i64, i8, i8}, "mgo.field");
  methodDescTy = llvm::StructType::create(llvm, {ptr, ptr, ptr}, "mgo.method");
  mapIterTy = llvm::StructType::create(llvm, {ptr, llvm::ArrayType::get(i64, 6)}, "mgo.map_iter");
  if (options.debugInfo) {
    diBuilder_ = std::make_unique<llvm::DIBuilder>(module);
    std::string path = sources.fileCount() ? sources.file(0).path : "main.go";
    std::string dir = ".";
    if (auto slash = path.rfind('/'); slash != std::string::npos) {
      dir = path.substr(0, slash);
      path = path.substr(slash + 1);
    }
    llvm::DIFile* file = diBuilder_->createFile(path, dir);
    diUnit_ = diBuilder_->createCompileUnit(llvm::dwarf::DW_LANG_Go, file, "mgo", options.optLevel > 0,
                                            "", 0);
    module.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
    module.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  }
}

ModuleContext::~ModuleContext() = default;

llvm::DIFile* ModuleContext::diFile(int32_t fileIndex) {
  if (!diBuilder_) return nullptr;
  auto it = diFiles_.find(fileIndex);
  if (it != diFiles_.end()) return it->second;
  std::string path = fileIndex >= 0 && static_cast<size_t>(fileIndex) < sources.fileCount()
                         ? sources.file(fileIndex).path
                         : "main.go";
  std::string dir = ".";
  if (auto slash = path.rfind('/'); slash != std::string::npos) {
    dir = path.substr(0, slash);
    path = path.substr(slash + 1);
  }
  llvm::DIFile* f = diBuilder_->createFile(path, dir);
  diFiles_[fileIndex] = f;
  return f;
}

void ModuleContext::finalizeDebugInfo() {
  if (diBuilder_) diBuilder_->finalize();
}

llvm::Constant* ModuleContext::stringConstant(std::string_view text) {
  if (text.empty()) return llvm::ConstantStruct::get(stringTy, {llvm::ConstantPointerNull::get(ptr), llvm::ConstantInt::get(i64, 0)});
  std::string key(text);
  auto it = strings_.find(key);
  if (it != strings_.end()) return it->second;
  llvm::Constant* data = llvm::ConstantDataArray::getString(llvm, key, /*AddNull=*/false);
  auto* gv = new llvm::GlobalVariable(module, data->getType(), true, llvm::GlobalValue::PrivateLinkage,
                                      data, "str");
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(llvm::Align(1));
  llvm::Constant* value = llvm::ConstantStruct::get(
      stringTy, {gv, llvm::ConstantInt::get(i64, static_cast<int64_t>(key.size()))});
  strings_[key] = value;
  return value;
}

llvm::Constant* ModuleContext::cString(std::string_view text) {
  std::string key(text);
  auto it = cStrings_.find(key);
  if (it != cStrings_.end()) return it->second;
  llvm::Constant* data = llvm::ConstantDataArray::getString(llvm, key, /*AddNull=*/true);
  auto* gv = new llvm::GlobalVariable(module, data->getType(), true, llvm::GlobalValue::PrivateLinkage,
                                      data, "cstr");
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(llvm::Align(1));
  cStrings_[key] = gv;
  return gv;
}

std::string ModuleContext::uniqueName(const std::string& base) {
  int n = ++nameCounters_[base];
  return base + std::to_string(n);
}

void ModuleContext::addCommonAttributes(llvm::Function* fn) {
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  fn->addFnAttr("frame-pointer", "all");
  if (options.schedulerHooks) {
    fn->addFnAttr("split-stack");
    // Go code lives in its own section: the runtime (also split-stack, runtime/stack.h) serves
    // preemption requests only in prologues of Go code (__start/__stop_mgo_go_text).
    // markMethodWrapper moves wrappers to "mgo_wrappers", which counts as Go code too.
    if (!fn->hasSection()) fn->setSection("mgo_go_text");
  }
}

llvm::Function* ModuleContext::createGoFunction(const std::string& name, const FuncABI& abi,
                                                llvm::GlobalValue::LinkageTypes linkage) {
  auto* fn = llvm::Function::Create(abi.type, linkage, name, module);
  addCommonAttributes(fn);
  for (unsigned i = 1; i <= abi.numOutParams; ++i) {
    fn->addParamAttr(i, llvm::Attribute::NoAlias);
  }
  return fn;
}

llvm::Function* ModuleContext::functionFor(const types::Func* f) {
  auto it = functions_.find(f);
  if (it != functions_.end()) return it->second;
  // A body-less function of a library package in mini-Go is a runtime call too (lower_library.cpp).
  bool runtimeIntrinsic = f->decl && !f->decl->body && f->pkg() && f->pkg()->isLibrarySource;
  if (((!f->decl && f->pkg() && f->pkg()->isLibrary) || runtimeIntrinsic) && !f->recv) {
    llvm::Function* wrapper = libraryFunctionWrapper(f);
    functions_[f] = wrapper;
    return wrapper;
  }
  if (!f->decl && f->recv && f->pkg() && f->pkg()->isLibrary) {
    llvm::Function* method = libraryMethodFunction(f);
    functions_[f] = method;
    return method;
  }
  MGO_ASSERT(f->decl != nullptr, "no declaration for function " + f->qualifiedName());
  const types::Type* recvType = f->recv ? f->recv->type() : nullptr;
  const FuncABI& abi = abiOf(f->signature(), recvType);
  bool isMain = !f->recv && f->name() == "main" && f->pkg() && f->pkg()->name() == "main";
  std::string name;
  if (isMain) name = "mgo_main_main";
  else if (!f->recv && f->name() == "init") name = uniqueName(packageName_ + ".init.");
  else name = f->qualifiedName();
  llvm::Function* fn;
  if (isMain) {
    // void mgo_main_main(void) for the runtime; our ABI adds ctx, harmless for the C caller
    // (an unused argument register).
    fn = createGoFunction(name, abi, llvm::GlobalValue::ExternalLinkage);
  } else {
    fn = createGoFunction(name, abi, llvm::GlobalValue::InternalLinkage);
  }
  functions_[f] = fn;
  return fn;
}

llvm::Constant* ModuleContext::closureConstant(llvm::Function* code) {
  auto it = closureConstants_.find(code);
  if (it != closureConstants_.end()) return it->second;
  auto* ty = llvm::StructType::get(llvm, llvm::ArrayRef<llvm::Type*>{ptr});  // not the (ctx, bool isPacked) overload
  auto* gv = new llvm::GlobalVariable(module, ty, true, llvm::GlobalValue::PrivateLinkage,
                                      llvm::ConstantStruct::get(ty, {code}), code->getName() + ".f");
  gv->setAlignment(llvm::Align(8));
  closureConstants_[code] = gv;
  return gv;
}

llvm::Constant* ModuleContext::funcValue(const types::Func* f) { return closureConstant(functionFor(f)); }

llvm::GlobalVariable* ModuleContext::globalFor(const types::Var* var) {
  auto it = globals_.find(var);
  if (it != globals_.end()) return it->second;
  std::string name = (var->pkg() ? var->pkg()->name() : packageName_) + "." + var->name();
  auto* gv = new llvm::GlobalVariable(module, memType(var->type()), false,
                                      llvm::GlobalValue::InternalLinkage, zeroMem(var->type()), name);
  gv->setAlignment(llvm::Align(std::max<uint64_t>(8, alignOf(var->type()))));
  globals_[var] = gv;
  return gv;
}

}  // namespace mgo::codegen
