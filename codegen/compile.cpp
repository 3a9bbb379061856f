// compile.cpp — implementation of the pipeline functions of compile.h.
//
// Invariants: temporary object files are created with mkstemps in $TMPDIR (or /tmp) and always
// removed; the LLVMContext outlives the Module and the TargetMachine (GeneratedModule member order).
#include "codegen/compile.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "frontend/package_loader.h"
#include "frontend/parser.h"

namespace mgo {

namespace {

// Checks the loaded packages in dependency order into fe.info, stopping at the first package with
// errors (as go build stops at the first package that does not compile), then analyses the
// whole program.
bool checkAndAnalyse(FrontEnd& fe, const PackageLoader& loader, bool requireMain) {
  if (!types::checkProgram(loader.packages(), fe.types, fe.info, fe.diags, requireMain, &fe.checked)) return false;
  for (const ast::Package* pkg : loader.packages())
    for (ast::File* f : pkg->files) fe.package.files.push_back(f);
  fe.package.name = loader.packages().back()->name;
  fe.escape = escape::analyze(fe.package, fe.info);
  return true;
}

}  // namespace

bool runFrontEnd(FrontEnd& fe, int32_t fileIndex, bool requireMain) {
  PackageLoader loader(fe.sources, fe.arena, fe.diags, fe.packages);
  if (!loader.loadProgramFiles({fileIndex})) return false;  // syntax errors, or imports not found
  return checkAndAnalyse(fe, loader, requireMain);
}

bool runFrontEnd(FrontEnd& fe, const std::vector<std::string>& target, bool requireMain, std::string& ioError) {
  PackageLoader loader(fe.sources, fe.arena, fe.diags, fe.packages);
  if (!loader.loadProgram(target)) {
    ioError = loader.error();
    return false;
  }
  return checkAndAnalyse(fe, loader, requireMain);
}

bool generateModule(FrontEnd& fe, const codegen::Options& options, GeneratedModule& out, std::string& error,
                    bool optimize) {
  out.context = std::make_unique<llvm::LLVMContext>();
  out.target = codegen::createHostTargetMachine(options.optLevel, error);
  if (!out.target) return false;
  out.module = codegen::lowerPackage(*out.context, fe.package, fe.info, fe.types, *fe.escape, fe.sources,
                                     options, *out.target);
  std::string verifyError;
  if (!codegen::verifyModule(*out.module, verifyError)) {
    error = "internal compiler error: invalid LLVM module:\n" + verifyError;
    return false;
  }
  if (optimize) codegen::optimizeModule(*out.module, *out.target, options.optLevel);
  return true;
}

bool buildExecutable(FrontEnd& fe, const codegen::Options& options, const std::string& runtimeArchive,
                     const std::string& outputPath, std::string& error) {
  GeneratedModule gm;
  if (!generateModule(fe, options, gm, error)) return false;
  const char* tmpdir = std::getenv("TMPDIR");
  std::string objPath = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/mgo-XXXXXX.o";
  int fd = mkstemps(objPath.data(), 2);
  if (fd < 0) {
    error = "cannot create a temporary object file";
    return false;
  }
  close(fd);
  bool ok = codegen::emitObjectFile(*gm.module, *gm.target, objPath, error) &&
            codegen::linkExecutable(objPath, runtimeArchive, outputPath, error);
  unlink(objPath.c_str());
  return ok;
}

std::string findRuntimeArchive() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  std::string exe(buf, static_cast<size_t>(n));
  auto slash = exe.rfind('/');
  std::string dir = slash == std::string::npos ? "." : exe.substr(0, slash);
  std::string archive = dir + "/libmgo_runtime.a";
  if (access(archive.c_str(), R_OK) != 0) return "";
  return archive;
}

bool runtimeHasSchedulerHooks(const std::string& runtimeArchive) {
  std::ifstream in(runtimeArchive, std::ios::binary);
  if (!in) return false;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // The archive's symbol index lists every defined global symbol by name.
  return data.find("__morestack") != std::string::npos && data.find("mgo_preempt_poll") != std::string::npos &&
         data.find("mgo_sched_main") != std::string::npos;
}

}  // namespace mgo
