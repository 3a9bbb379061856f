// link.cpp — links the object file with the runtime archive using the system C compiler driver:
//   cc -o OUT obj.o libmgo_runtime.a -lstdc++ -lm -lpthread
//
// Invariant: runs cc directly with execvp (no shell), so paths with spaces or metacharacters are
// safe; cc's own diagnostics go to our stderr.
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "codegen/codegen.h"

namespace mgo::codegen {

bool linkExecutable(const std::string& objectPath, const std::string& runtimeArchive,
                    const std::string& outputPath, std::string& error) {
  std::vector<std::string> args = {"cc", "-o", outputPath, objectPath, runtimeArchive,
                                   "-lstdc++", "-lm", "-lpthread"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    error = std::string("fork: ") + std::strerror(errno);
    return false;
  }
  if (pid == 0) {
    execvp("cc", argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      error = std::string("waitpid: ") + std::strerror(errno);
      return false;
    }
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  error = WIFEXITED(status) && WEXITSTATUS(status) == 127 ? "cannot run cc" : "linking failed";
  return false;
}

}  // namespace mgo::codegen
