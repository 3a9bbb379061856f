// lower_package.cpp — the package as a whole: every declared function and method, package-level
// variables and the initialiser `mgo_main_init`.
//
// Invariants:
//   * Every function with a body in types::Info::funcs is lowered exactly once (methods included);
//     unused internal functions are left for LLVM's global DCE.
//   * mgo_main_init first registers every pointer-containing package variable (of every package)
//     as a GC root, then initialises the packages in types::Info::packageInits order (imported
//     packages first): each package's variables in Go's order, then its init() functions in
//     source order.
//   * The module has the TargetMachine's DataLayout and triple before any type is sized.
#include "codegen/escape_check.h"
#include "codegen/function_lowering.h"
#include "frontend/ast_walk.h"

namespace mgo::codegen {

namespace {

std::vector<const types::Var*> packageVariables(const ast::Package& pkg, const types::Info& info) {
  std::vector<const types::Var*> vars;
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* d : file->decls) {
      auto* gd = ast::as<ast::GenDecl>(d);
      if (!gd || gd->tok != ast::DeclTok::Var) continue;
      for (const ast::Node* spec : gd->specs) {
        auto* vs = ast::as<ast::ValueSpec>(spec);
        if (!vs) continue;
        for (const ast::Ident* id : vs->names) {
          auto it = info.defs.find(id);
          if (it != info.defs.end() && it->second && it->second->kind() == types::ObjKind::Var)
            vars.push_back(static_cast<const types::Var*>(it->second));
        }
      }
    }
  }
  return vars;
}

void lowerInit(ModuleContext& m, const ast::Package& pkg) {
  auto* initTy = llvm::FunctionType::get(m.voidTy, {m.ptr}, false);
  auto* init = llvm::Function::Create(initTy, llvm::GlobalValue::ExternalLinkage, "mgo_main_init", m.module);
  m.addCommonAttributes(init);
  FunctionLowering f(m, init);
  f.beginSynthetic();
  for (const types::Var* v : packageVariables(pkg, m.info)) {
    if (v->name() == "_") continue;
    llvm::GlobalVariable* gv = m.globalFor(v);
    if (m.hasPointers(v->type()) && m.sizeOf(v->type()) > 0)
      f.b.CreateCall(m.runtime("mgo_gc_register_root"), {gv, f.b.getInt64(static_cast<int64_t>(m.sizeOf(v->type())))});
  }
  for (const types::Info::PackageInit& pkgInit : m.info.packageInits) {
    for (const types::Initializer& in : pkgInit.vars) {
      std::vector<RValue> values;
      if (in.lhs.size() == 1) values.push_back(f.lowerExpr(in.rhs));
      else values = f.lowerMulti(in.rhs, in.lhs.size());
      for (size_t i = 0; i < in.lhs.size(); ++i) {
        const types::Var* v = in.lhs[i];
        if (!v || v->name() == "_") continue;
        f.store(f.convertTo(values[i], v->type()), m.globalFor(v));
      }
    }
    for (const types::Func* fn : pkgInit.initFuncs) {
      const types::Signature* sig = fn->signature();
      f.emitGoCall(m.functionFor(fn), m.abiOf(sig, nullptr), nullptr, nullptr, {}, sig);
    }
  }
  if (!f.terminated()) f.b.CreateRetVoid();
  if (m.options.checkEscape) instrumentEscapeCheck(*init);  // package initialisers' stack objects
}

}  // namespace

std::unique_ptr<llvm::Module> lowerPackage(llvm::LLVMContext& llvmContext, const ast::Package& pkg,
                                           const types::Info& info, types::Context& typeContext,
                                           const escape::Result& escape, const SourceManager& sources,
                                           const Options& options, llvm::TargetMachine& target) {
  auto module = std::make_unique<llvm::Module>(pkg.name.empty() ? "main" : pkg.name, llvmContext);
  module->setDataLayout(target.createDataLayout());
  module->setTargetTriple(target.getTargetTriple().str());
  if (target.getRelocationModel() == llvm::Reloc::PIC_) module->setPICLevel(llvm::PICLevel::BigPIC);
  module->setPIELevel(llvm::PIELevel::Large);
  {
    ModuleContext m(*module, info, typeContext, escape, sources, options);
    m.setPackageName(pkg.name.empty() ? "main" : pkg.name);
    for (const types::Func* fn : info.funcs) {
      if (!fn->decl || !fn->decl->body) continue;
      llvm::Function* llfn = m.functionFor(fn);
      FuncSpec spec;
      spec.sig = fn->signature();
      spec.recv = fn->recv;
      spec.recvType = fn->recv ? fn->recv->type() : nullptr;
      spec.params.assign(fn->params.begin(), fn->params.end());
      spec.results.assign(fn->results.begin(), fn->results.end());
      spec.body = fn->decl->body;
      spec.pos = fn->decl->pos;
      spec.name = fn->qualifiedName();
      FunctionLowering fl(m, llfn);
      fl.lowerBody(spec);
    }
    lowerInit(m, pkg);
    m.finalizeDebugInfo();
  }
  return module;
}

}  // namespace mgo::codegen
