// link.cpp — links the object file with the runtime archive using the system C compiler driver:
//   cc -static -o OUT obj.o libmgo_runtime.a -lstdc++ -lm -lpthread
// Executables are static, as Go's are: no dynamic loader or libstdc++ relocation at start-up
// (peak RSS of a small program drops from ~2.6 MB to ~1.0 MB; Go's is ~1.5 MB). When the static
// C/C++ libraries are missing, the same command without -static is used, with -z now: lazy symbol
// binding (_dl_runtime_resolve saves the vector registers on the caller's stack, 1-3 KB) must not
// run on a small goroutine segment, which keeps only 1 KiB for libc (runtime/stack.h).
//
// Invariant: runs cc directly with execvp (no shell), so paths with spaces or metacharacters are
// safe; the diagnostics of the final attempt go to our stderr.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "codegen/codegen.h"

namespace mgo::codegen {

namespace {

// Runs cc with `args`; with quiet, its stderr is discarded. Returns cc's exit status (127 when it
// cannot be run, -1 with `error` set when fork/wait fail).
int runCompilerDriver(std::vector<std::string> args, bool quiet, std::string& error) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    error = std::string("fork: ") + std::strerror(errno);
    return -1;
  }
  if (pid == 0) {
    if (quiet) {
      int devnull = open("/dev/null", O_WRONLY);
      if (devnull >= 0) dup2(devnull, 2);
    }
    execvp("cc", argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      error = std::string("waitpid: ") + std::strerror(errno);
      return -1;
    }
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

bool linkExecutable(const std::string& objectPath, const std::string& runtimeArchive,
                    const std::string& outputPath, std::string& error) {
  std::vector<std::string> args = {"cc", "-o", outputPath, objectPath, runtimeArchive,
                                   "-lstdc++", "-lm", "-lpthread"};
  std::vector<std::string> staticArgs = args;
  staticArgs.insert(staticArgs.begin() + 1, "-static");
  args.insert(args.begin() + 1, "-Wl,-z,now");
  int status = runCompilerDriver(staticArgs, /*quiet=*/true, error);
  if (status == 0) return true;
  if (status < 0) return false;
  status = runCompilerDriver(args, /*quiet=*/false, error);
  if (status == 0) return true;
  if (status > 0) error = status == 127 ? "cannot run cc" : "linking failed";
  return false;
}

}  // namespace mgo::codegen
