// codegen_support.h — helpers shared by the codegen unit tests: compile a source snippet through
// the whole pipeline (parse, check, escape, lower, verify) into an LLVM module, and build/run a
// program against the runtime archive of the build tree, capturing its stdout.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/raw_ostream.h>

#include "codegen/compile.h"

namespace codegen_test {

struct Compiled {
  mgo::FrontEnd fe;
  mgo::GeneratedModule gm;
  std::string error;  // diagnostics or back-end error
  bool ok = false;
};

// Parses/checks/lowers `source`; on success the module is verified (and optimised when optLevel
// >= 0, else left as lowered).
inline void compile(Compiled& c, const std::string& source, int optLevel = -1) {
  int32_t file = c.fe.sources.addFile("test.go", source);
  if (!mgo::runFrontEnd(c.fe, file)) {
    for (const std::string& d : c.fe.diags.formatted(c.fe.sources)) c.error += d + "\n";
    return;
  }
  mgo::codegen::Options options;
  options.optLevel = optLevel < 0 ? 0 : optLevel;
  c.ok = mgo::generateModule(c.fe, options, c.gm, c.error, optLevel >= 0);
}

inline std::string irText(const llvm::Module& m) {
  std::string s;
  llvm::raw_string_ostream os(s);
  m.print(os, nullptr);
  return os.str();
}

// Does function `fn` contain a call to `callee`?
inline bool callsFunction(const llvm::Function* fn, const std::string& callee) {
  for (const llvm::BasicBlock& bb : *fn)
    for (const llvm::Instruction& inst : bb)
      if (auto* call = llvm::dyn_cast<llvm::CallInst>(&inst))
        if (const llvm::Function* f = call->getCalledFunction(); f && f->getName() == callee) return true;
  return false;
}

// The runtime archive of the build tree the test binary lives in (build/tests/x or build/x).
inline std::string runtimeArchive() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  std::string dir(buf, static_cast<size_t>(n));
  for (int up = 0; up < 3; ++up) {
    dir = dir.substr(0, dir.rfind('/'));
    std::string candidate = dir + "/libmgo_runtime.a";
    if (access(candidate.c_str(), R_OK) == 0) return candidate;
  }
  return "";
}

struct RunResult {
  bool built = false;
  std::string error;
  std::string out;
  std::string err;
  int status = -1;
};

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Builds `source` at `optLevel` and runs it; stdout/stderr captured through temporary files.
inline RunResult buildAndRun(const std::string& source, int optLevel = 2) {
  RunResult r;
  std::string archive = runtimeArchive();
  if (archive.empty()) {
    r.error = "no runtime archive";
    return r;
  }
  mgo::FrontEnd fe;
  int32_t file = fe.sources.addFile("test.go", source);
  if (!mgo::runFrontEnd(fe, file)) {
    for (const std::string& d : fe.diags.formatted(fe.sources)) r.error += d + "\n";
    return r;
  }
  char exe[] = "/tmp/mgo-cgtest-XXXXXX";
  int fd = mkstemp(exe);
  close(fd);
  mgo::codegen::Options options;
  options.optLevel = optLevel;
  options.schedulerHooks = mgo::runtimeHasSchedulerHooks(archive);
  if (!mgo::buildExecutable(fe, options, archive, exe, r.error)) {
    unlink(exe);
    return r;
  }
  r.built = true;
  std::string outPath = std::string(exe) + ".out", errPath = std::string(exe) + ".err";
  std::string cmd = std::string(exe) + " >" + outPath + " 2>" + errPath;
  int status = std::system(cmd.c_str());
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = readFile(outPath);
  r.err = readFile(errPath);
  unlink(outPath.c_str());
  unlink(errPath.c_str());
  unlink(exe);
  return r;
}

}  // namespace codegen_test
