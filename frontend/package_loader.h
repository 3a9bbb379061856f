// package_loader.h — finds, parses and orders the source packages of a program, as `go build`
// does for a module: the main package (one or more files, or every .go/.mgo file of a directory)
// and, transitively, every package it imports from its own module (the go.mod `module` path found
// in the main package's directory or a parent: `import "example.com/app/book"` is the directory
// <module root>/book) and every library package written in mini-Go (library_sources.h; files
// named $MGOROOT/src/<path>/<file>). Purely native library packages (fmt, sync, ...) are not
// loaded here: the checker takes them from the Context; any other import is left to the
// checker, which reports it as unsupported.
//
// Invariants:
//   * packages() is in dependency order: every package comes after the packages it imports; the
//     main package is last. Each package is loaded and parsed once, whatever the number of its
//     importers.
//   * Every problem is a diagnostic at the position of the import or package clause concerned
//     (import cycles, missing packages, importing a program, files of one directory that disagree
//     on their package name), or a message in error() for I/O problems without a position.
//   * Files of a directory are taken in name order, without *_test.go files.
#pragma once
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace mgo {

struct Module {
  std::string path;  // module path from go.mod ("" when there is no go.mod)
  std::string root;  // directory holding go.mod (absolute)
};

class PackageLoader {
 public:
  // Packages are created in `storage` (owned by the caller, like the arena their files live in).
  PackageLoader(SourceManager& sources, ast::Arena& arena, DiagnosticEngine& diags, std::deque<ast::Package>& storage)
      : sources_(sources), arena_(arena), diags_(diags), storage_(storage) {}

  // Loads the main package from `target`: a directory, or .go/.mgo files of one directory.
  // Returns false when anything failed (diagnostics reported, or error() set).
  bool loadProgram(const std::vector<std::string>& target);
  // As loadProgram, for files already in `sources` (tests, `mgo escape`).
  bool loadProgramFiles(const std::vector<int32_t>& fileIndices);

  const std::vector<ast::Package*>& packages() const { return order_; }
  const std::string& error() const { return error_; }
  const Module& module() const { return module_; }

 private:
  struct Loading {
    ast::Package* pkg = nullptr;
    bool done = false;  // imports loaded (false while on the DFS stack)
  };

  // Parses the files of one package; files disagreeing on the package name are reported at
  // mismatchPos (the import), or at the first disagreeing package clause when it is invalid.
  bool parsePackage(ast::Package& pkg, const std::vector<int32_t>& files, ast::Pos mismatchPos);
  bool loadImports(ast::Package& pkg, std::vector<std::string>& stack);
  // Adds the files of module package `path` to sources_ (a diagnostic at pos if there are none).
  bool loadModuleFiles(const std::string& path, ast::Pos pos, std::vector<int32_t>& indices);
  ast::Package* loadImported(const std::string& path, const ast::ImportSpec* spec, std::vector<std::string>& stack);
  void findModule(const std::string& dir);
  bool listSourceFiles(const std::string& dir, std::vector<std::string>& files);

  SourceManager& sources_;
  ast::Arena& arena_;
  DiagnosticEngine& diags_;
  Module module_;
  std::deque<ast::Package>& storage_;
  std::vector<ast::Package*> order_;  // dependency order
  std::map<std::string, Loading> byPath_;
  std::string error_;
  std::string mainImportPath_;  // e.g. example.com/app/cmd/tool; "command-line-arguments" without a module
};

// The directory part of a path ("." when there is none).
std::string directoryOf(const std::string& path);

}  // namespace mgo
