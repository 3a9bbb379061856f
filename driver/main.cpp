// main.cpp — the `mgo` command line:
//   mgo build [-o output] [-O0..-O3] [-g] [-m|-m=2] [--check-escape] (dir | file.go...)
//   mgo run [-O0..-O3] [-g] [--check-escape] (dir | file.go...) [args...]
//   mgo ir [-O0..-O3] [-g] [--check-escape] (dir | file.go...)
// A program is a directory of package main, or .go/.mgo files of one directory; it imports the
// packages of its module (go.mod) by import path (frontend/package_loader.h).
//   mgo version | mgo help [command] | mgo --help
//
// Invariants / exit statuses: 0 success; 1 compile errors (diagnostics on stderr, sorted, Go's
// format) or I/O and link failures; 2 usage errors (a usage line on stderr); 3 internal compiler
// errors. `mgo run` exits with the program's status (128+N when it is killed by signal N) and
// always deletes its temporary executable. The runtime archive is found beside this executable.
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <llvm/Support/raw_ostream.h>

#include "codegen/compile.h"
#include "driver/commands.h"

namespace {

constexpr const char* kVersion = "mgo version 0.1 (mini-Go, Go 1.19 subset; LLVM 19)";

const char* usageLine(const std::string& cmd) {
  if (cmd == "run") return "usage: mgo run [-O0..-O3] [-g] [--check-escape] (dir | file.go...) [arguments...]";
  if (cmd == "ir") return "usage: mgo ir [-O0..-O3] [-g] [--check-escape] (dir | file.go...)";
  return "usage: mgo build [-o output] [-O0..-O3] [-g] [-m|-m=2] [--check-escape] (dir | file.go...)";
}

void printHelp(const std::string& cmd) {
  if (cmd == "build") {
    std::printf("%s\n\nCompiles the mini-Go program (package main: the .go/.mgo files named, or every .go/.mgo file of\n"
                "the directory dir) with the packages it imports from its module (go.mod in its directory or a\n"
                "parent: import \"<module path>/sub\" is the package in directory sub), and links it with the mgo\n"
                "runtime. The executable is named after the first file (without extension) or the directory\n"
                "unless -o is given.\n"
                "  -o output   name of the executable\n  -O0..-O3    optimisation level (default -O2)\n"
                "  -g          emit DWARF line tables\n"
                "  -m, -m=2    print escape-analysis decisions as go build -gcflags='-m -l' does\n"
                "  --check-escape\n"
                "              soundness check of the escape analysis: every stack object lives in a\n"
                "              checked frame that becomes inaccessible when its function returns; a\n"
                "              later access through a pointer into it stops the program with\n"
                "              \"fatal error: escape check: access to dead stack object\" (exit 2)\n", usageLine("build"));
  } else if (cmd == "escape") {
    std::printf("usage: mgo escape [-m=1|-m=2] [--json] file.go\n\nPrints the stack/heap decisions of the escape\n"
                "analysis for every allocation in file.go (any package; nothing is linked), in the wording of\n"
                "go build -gcflags='-m -l', sorted by position. -m=2 adds the flow explanations; --json writes\n"
                "the decisions with their flow paths as JSON.\n");
  } else if (cmd == "run") {
    std::printf("%s\n\nCompiles the program (as mgo build does) to a temporary executable, runs it with the arguments and exits\n"
                "with its exit status.\n  --check-escape   check the escape analysis at run time (see mgo help build)\n",
                usageLine("run"));
  } else if (cmd == "ir") {
    std::printf("%s\n\nPrints the LLVM IR of the program (after optimisation at the given level).\n",
                usageLine("ir"));
  } else {
    std::printf("mgo compiles mini-Go (a subset of Go 1.19) to native executables.\n\n"
                "Usage:\n\n\tmgo <command> [arguments]\n\nThe commands are:\n\n"
                "\tbuild       compile a program\n\trun         compile and run a program\n"
                "\tir          print the LLVM IR of a program\n\tescape      print escape-analysis decisions\n\tversion     print the mgo version\n"
                "\thelp        help on a command (mgo help build)\n");
  }
}

int usageError(const std::string& cmd, const std::string& message = "") {
  if (!message.empty()) std::fprintf(stderr, "mgo %s: %s\n", cmd.c_str(), message.c_str());
  std::fprintf(stderr, "%s\n", usageLine(cmd));
  return 2;
}

struct Flags {
  std::string output;
  int optLevel = 2;
  bool debugInfo = false;
  std::vector<std::string> targets;  // one package directory, or the .go/.mgo files of package main
  std::vector<std::string> programArgs;
  int escapeVerbosity = 0;  // build -m / -m=2: print escape decisions
  bool checkEscape = false;  // build/run --check-escape: checked frames (codegen/escape_check.h)
};

// Parses the flags of build/run/ir. Returns false on a usage error (message in `error`).
bool parseFlags(const std::string& cmd, const std::vector<std::string>& args, Flags& flags, std::string& error) {
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" && cmd == "build") {
      if (i + 1 >= args.size()) {
        error = "flag needs an argument: -o";
        return false;
      }
      flags.output = args[++i];
    } else if (a.size() == 3 && a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3') {
      flags.optLevel = a[2] - '0';
    } else if (a == "-g") {
      flags.debugInfo = true;
    } else if ((a == "-m" || a == "-m=1" || a == "-m=2") && cmd == "build") {
      flags.escapeVerbosity = a == "-m=2" ? 2 : 1;
    } else if ((a == "--check-escape" || a == "-check-escape")) {
      flags.checkEscape = true;
    } else if (a == "--") {
      ++i;
      break;
    } else if (!a.empty() && a[0] == '-') {
      error = "flag provided but not defined: " + a;
      return false;
    } else {
      break;
    }
  }
  if (i >= args.size()) {
    error = "no file given";
    return false;
  }
  auto isSourceFile = [](const std::string& f) {
    auto endsWith = [&](const std::string& s) { return f.size() > s.size() && f.compare(f.size() - s.size(), s.size(), s) == 0; };
    return endsWith(".go") || endsWith(".mgo");
  };
  struct stat st;
  if (stat(args[i].c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    flags.targets.push_back(args[i++]);  // a package directory
  } else {
    // Files of the main package: every leading .go/.mgo argument (go run's rule).
    while (i < args.size() && isSourceFile(args[i])) flags.targets.push_back(args[i++]);
    if (flags.targets.empty()) {
      error = "named files must be .go or .mgo files: " + args[i];
      return false;
    }
  }
  for (; i < args.size(); ++i) {
    if (cmd != "run") {
      error = isSourceFile(args[i]) ? "named files must all be in one directory" : "only one package may be given: " + args[i];
      return false;
    }
    flags.programArgs.push_back(args[i]);
  }
  return true;
}

// go build's rule: a file program is named after its first file (without extension), a directory
// program after the directory (the module path's last element when it is ".").
std::string defaultOutputName(const std::vector<std::string>& targets) {
  std::string t = targets[0];
  while (t.size() > 1 && t.back() == '/') t.pop_back();
  struct stat st;
  if (stat(t.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    char resolved[PATH_MAX];
    if (realpath(t.c_str(), resolved)) t = resolved;
    std::string base = t.substr(t.rfind('/') == std::string::npos ? 0 : t.rfind('/') + 1);
    return base.empty() ? "a.out" : base;
  }
  std::string base = t.substr(t.rfind('/') == std::string::npos ? 0 : t.rfind('/') + 1);
  auto dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base = base.substr(0, dot);
  return base;
}

// Loads and checks the program (with the packages it imports); prints diagnostics. Returns the
// exit status (0 = ok).
int frontEnd(mgo::FrontEnd& fe, const std::vector<std::string>& targets) {
  std::string ioError;
  if (!mgo::runFrontEnd(fe, targets, /*requireMain=*/true, ioError)) {
    if (!ioError.empty()) std::fprintf(stderr, "mgo: %s\n", ioError.c_str());
    fe.diags.print(fe.sources, stderr);
    return 1;
  }
  return 0;
}

mgo::codegen::Options codegenOptions(const Flags& flags, const std::string& runtimeArchive) {
  mgo::codegen::Options options;
  options.optLevel = flags.optLevel;
  options.debugInfo = flags.debugInfo;
  options.checkEscape = flags.checkEscape;
  options.schedulerHooks = !runtimeArchive.empty() && mgo::runtimeHasSchedulerHooks(runtimeArchive);
  return options;
}

int reportBackEndError(const std::string& error) {
  std::fprintf(stderr, "%s\n", error.c_str());
  return error.rfind("internal compiler error", 0) == 0 ? 3 : 1;
}

int cmdBuild(const std::vector<std::string>& args) {
  Flags flags;
  std::string error;
  if (!parseFlags("build", args, flags, error)) return usageError("build", error);
  std::string runtime = mgo::findRuntimeArchive();
  if (runtime.empty()) {
    std::fprintf(stderr, "mgo: cannot find libmgo_runtime.a beside the mgo executable\n");
    return 1;
  }
  mgo::FrontEnd fe;
  if (int status = frontEnd(fe, flags.targets)) return status;
  if (flags.escapeVerbosity && fe.escape) mgo::driver::printEscapeDiagnostics(fe, flags.escapeVerbosity);
  std::string output = flags.output.empty() ? defaultOutputName(flags.targets) : flags.output;
  // The linker replaces its output file; never let it replace a device such as /dev/null
  // (as root that deletes /dev/null): build into a temporary file and discard it instead.
  struct stat outputStat;
  bool exists = stat(output.c_str(), &outputStat) == 0;
  if (exists && S_ISDIR(outputStat.st_mode)) {
    std::fprintf(stderr, "mgo build: build output \"%s\" already exists and is a directory\n", output.c_str());
    return 1;
  }
  bool discard = exists && !S_ISREG(outputStat.st_mode);
  if (discard) {
    const char* tmpdir = std::getenv("TMPDIR");
    output = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/mgo-discard-XXXXXX";
    int fd = mkstemp(output.data());
    if (fd < 0) {
      std::fprintf(stderr, "mgo: cannot create a temporary file\n");
      return 1;
    }
    close(fd);
  }
  bool built = mgo::buildExecutable(fe, codegenOptions(flags, runtime), runtime, output, error);
  if (discard) unlink(output.c_str());
  if (!built) return reportBackEndError(error);
  return 0;
}

int cmdIR(const std::vector<std::string>& args) {
  Flags flags;
  std::string error;
  if (!parseFlags("ir", args, flags, error)) return usageError("ir", error);
  mgo::FrontEnd fe;
  if (int status = frontEnd(fe, flags.targets)) return status;
  mgo::GeneratedModule gm;
  if (!mgo::generateModule(fe, codegenOptions(flags, mgo::findRuntimeArchive()), gm, error))
    return reportBackEndError(error);
  gm.module->print(llvm::outs(), nullptr);
  llvm::outs().flush();
  return 0;
}

int cmdRun(const std::vector<std::string>& args) {
  Flags flags;
  std::string error;
  if (!parseFlags("run", args, flags, error)) return usageError("run", error);
  std::string runtime = mgo::findRuntimeArchive();
  if (runtime.empty()) {
    std::fprintf(stderr, "mgo: cannot find libmgo_runtime.a beside the mgo executable\n");
    return 1;
  }
  mgo::FrontEnd fe;
  if (int status = frontEnd(fe, flags.targets)) return status;
  const char* tmpdir = std::getenv("TMPDIR");
  std::string exe = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/mgo-run-XXXXXX";
  int fd = mkstemp(exe.data());
  if (fd < 0) {
    std::fprintf(stderr, "mgo: cannot create a temporary file\n");
    return 1;
  }
  close(fd);
  if (!mgo::buildExecutable(fe, codegenOptions(flags, runtime), runtime, exe, error)) {
    unlink(exe.c_str());
    return reportBackEndError(error);
  }
  std::fflush(stdout);
  std::fflush(stderr);
  std::vector<std::string> argvStrings{flags.targets[0]};
  for (const std::string& a : flags.programArgs) argvStrings.push_back(a);
  std::vector<char*> argv;
  for (std::string& a : argvStrings) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    unlink(exe.c_str());
    std::fprintf(stderr, "mgo: fork: %s\n", std::strerror(errno));
    return 1;
  }
  if (pid == 0) {
    execv(exe.c_str(), argv.data());
    std::fprintf(stderr, "mgo: exec: %s\n", std::strerror(errno));
    _exit(127);
  }
  // The child gets terminal signals (^C) itself; we only wait for it.
  signal(SIGINT, SIG_IGN);
  signal(SIGQUIT, SIG_IGN);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  unlink(exe.c_str());
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    printHelp("");
    return 2;
  }
  std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "--help" || cmd == "-h" || cmd == "-help") {
    printHelp("");
    return 0;
  }
  if (cmd == "help") {
    printHelp(rest.empty() ? "" : rest[0]);
    return 0;
  }
  if (cmd == "version") {
    std::printf("%s\n", kVersion);
    return 0;
  }
  if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h" || rest[0] == "-help")) {
    printHelp(cmd);
    return 0;
  }
  if (cmd == "build") return cmdBuild(rest);
  if (cmd == "run") return cmdRun(rest);
  if (cmd == "ir") return cmdIR(rest);
  if (cmd == "escape") return mgo::driver::cmdEscape(rest);
  std::fprintf(stderr, "mgo %s: unknown command\nRun 'mgo help' for usage.\n", cmd.c_str());
  return 2;
}
