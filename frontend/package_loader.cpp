// package_loader.cpp — implementation of package_loader.h: module discovery (go.mod), directory
// listing, parsing, and a depth-first walk of the imports that yields dependency order and
// reports import cycles with Go's wording.
//
// Invariants: byPath_ holds every package ever started; a package is appended to order_ only
// after all its imports are, so order_ is a topological order. A cycle is reported once, at the
// import that closes it, and that import is not followed.
#include "frontend/package_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/info.h"
#include "frontend/library_sources.h"
#include "frontend/parser.h"

namespace mgo {

namespace fs = std::filesystem;

std::string directoryOf(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

namespace {

bool hasSourceExtension(const std::string& name) {
  auto endsWith = [&](const std::string& s) {
    return name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  return (endsWith(".go") || endsWith(".mgo")) && !endsWith("_test.go");
}

// The `module` directive of a go.mod file ("" if absent).
std::string modulePathOf(const std::string& gomod) {
  std::ifstream in(gomod);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string keyword, path;
    if (words >> keyword && keyword == "module" && words >> path) {
      if (path.size() >= 2 && path.front() == '"' && path.back() == '"') path = path.substr(1, path.size() - 2);
      return path;
    }
  }
  return "";
}

// How a file of a package directory is named in diagnostics, as go build names it: relative to
// the working directory when it lies below it ("./main.go" in it), else absolute.
std::string displayPath(const fs::path& file) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (!ec) {
    fs::path rel = file.lexically_relative(cwd);
    if (!rel.empty() && rel.native().rfind("..", 0) != 0) {
      std::string r = rel.string();
      return r.find('/') == std::string::npos ? "./" + r : r;  // go build's "./main.go"
    }
  }
  return file.string();
}

}  // namespace

void PackageLoader::findModule(const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec);
  if (ec) return;
  d = d.lexically_normal();
  for (;;) {
    fs::path gomod = d / "go.mod";
    if (fs::is_regular_file(gomod, ec)) {
      module_.path = modulePathOf(gomod.string());
      module_.root = d.string();
      if (!module_.root.empty() && module_.root.back() == '/' && module_.root.size() > 1) module_.root.pop_back();
      return;
    }
    if (!d.has_parent_path() || d.parent_path() == d) return;
    d = d.parent_path();
  }
}

bool PackageLoader::listSourceFiles(const std::string& dir, std::vector<std::string>& files) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return false;
  for (const fs::directory_entry& e : it) {
    std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.' || name[0] == '_') continue;  // go build ignores these too
    if (e.is_regular_file(ec) && hasSourceExtension(name)) files.push_back(name);
  }
  std::sort(files.begin(), files.end());
  return true;
}

bool PackageLoader::parsePackage(ast::Package& pkg, const std::vector<int32_t>& files, ast::Pos mismatchPos) {
  bool ok = true;
  std::string mismatch;  // files disagreeing on the package name (reported at mismatchPos)
  const ast::File* first = nullptr;
  for (int32_t index : files) {
    ast::File* file = parseFile(sources_, index, arena_, diags_);
    if (!file) {
      ok = false;
      continue;
    }
    if (file->packageName) {
      if (!first) {
        first = file;
        pkg.name = file->packageName->name;
      } else if (file->packageName->name != pkg.name && mismatch.empty()) {
        auto base = [&](const ast::File* f) {
          const std::string& p = sources_.file(f->packageName->pos.file).path;
          return p.substr(p.rfind('/') == std::string::npos ? 0 : p.rfind('/') + 1);
        };
        std::error_code ec;
        fs::path dir = fs::absolute(directoryOf(sources_.file(index).path), ec).lexically_normal();
        mismatch = "found packages " + pkg.name + " (" + base(first) + ") and " + file->packageName->name + " (" +
                   base(file) + ") in " + dir.string();
        if (!mismatchPos.valid()) mismatchPos = file->packageName->pos;
      }
    }
    pkg.files.push_back(file);
  }
  if (!mismatch.empty()) {
    diags_.error(mismatchPos, mismatch);
    ok = false;
  }
  return ok;
}

ast::Package* PackageLoader::loadImported(const std::string& path, const ast::ImportSpec* spec,
                                          std::vector<std::string>& stack) {
  ast::Pos pos = spec->pathPos.valid() ? spec->pathPos : spec->pos;
  auto found = byPath_.find(path);
  if (found != byPath_.end()) {
    if (!found->second.done) {
      // The go command's report: the whole import stack from the main package.
      std::string chain = "package " + mainImportPath_;
      for (size_t i = 1; i < stack.size(); ++i) chain += "\n\timports " + stack[i];
      diags_.error(pos, chain + "\n\timports " + path + ": import cycle not allowed");
      return nullptr;
    }
    return found->second.pkg;
  }
  std::vector<int32_t> indices;
  if (const LibrarySourcePackage* lib = librarySourcePackage(path)) {
    for (const LibrarySourceFile& f : lib->files)
      indices.push_back(sources_.addFile("$MGOROOT/src/" + path + "/" + f.name, f.text));
  } else if (!loadModuleFiles(path, pos, indices)) {
    byPath_[path] = Loading{nullptr, true};  // reported once; later importers just fail
    return nullptr;
  }
  ast::Package& pkg = storage_.emplace_back();
  pkg.path = path;
  byPath_[path] = Loading{&pkg, false};
  bool parsed = parsePackage(pkg, indices, pos);  // the go command reports a mismatch at the import
  if (parsed && pkg.name == "main") diags_.error(pos, "import \"" + path + "\" is a program, not an importable package");
  if (!parsed || pkg.name == "main") {
    byPath_[path] = Loading{nullptr, true};  // not "in progress": a later import is no cycle
    return nullptr;
  }
  stack.push_back(path);
  bool ok = loadImports(pkg, stack);
  stack.pop_back();
  byPath_[path].done = true;
  order_.push_back(&pkg);
  return ok ? &pkg : nullptr;
}

bool PackageLoader::loadModuleFiles(const std::string& path, ast::Pos pos, std::vector<int32_t>& indices) {
  std::string rel = path == module_.path ? "" : path.substr(module_.path.size() + 1);
  fs::path dir = fs::path(module_.root) / rel;
  std::vector<std::string> names;
  std::error_code ec;
  if (!fs::is_directory(dir, ec) || !listSourceFiles(dir.string(), names) || names.empty()) {
    // The go command's wording, advice included.
    diags_.error(pos, "no required module provides package " + path + "; to add it:\n\tgo get " + path);
    return false;
  }
  for (const std::string& name : names) {
    std::ifstream in(dir / name, std::ios::binary);
    if (!in) {
      diags_.error(pos, "open " + (dir / name).string() + ": cannot read file");
      return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    indices.push_back(sources_.addFile(displayPath(dir / name), text.str()));
  }
  return true;
}

bool PackageLoader::loadImports(ast::Package& pkg, std::vector<std::string>& stack) {
  bool ok = true;
  for (const ast::File* file : pkg.files) {
    for (const ast::ImportSpec* spec : file->imports) {
      const std::string& path = spec->path;
      if (librarySourcePackage(path)) {  // written in mini-Go (possibly with native members too)
        if (!loadImported(path, spec, stack)) ok = false;
        continue;
      }
      if (types::isLibraryPackagePath(path)) continue;
      bool inModule = !module_.path.empty() &&
                      (path == module_.path || (path.size() > module_.path.size() &&
                                                path.compare(0, module_.path.size(), module_.path) == 0 &&
                                                path[module_.path.size()] == '/'));
      if (!inModule) continue;  // the checker reports it as an unsupported import
      if (!loadImported(path, spec, stack)) ok = false;
    }
  }
  return ok;
}

bool PackageLoader::loadProgramFiles(const std::vector<int32_t>& fileIndices) {
  if (fileIndices.empty()) return false;
  std::string mainDir = directoryOf(sources_.file(fileIndices[0]).path);
  findModule(mainDir);
  // The main package's import path, as the go command names it in import stacks.
  mainImportPath_ = "command-line-arguments";
  std::error_code ec;
  fs::path absMain = fs::absolute(mainDir, ec).lexically_normal();
  if (!module_.path.empty() && !ec) {
    std::string rel = absMain.lexically_relative(module_.root).string();
    if (!rel.empty() && rel.back() == '/') rel.pop_back();
    if (rel == "." || rel.empty()) mainImportPath_ = module_.path;
    else if (rel.rfind("..", 0) != 0) mainImportPath_ = module_.path + "/" + rel;
  }
  ast::Package& main = storage_.emplace_back();
  main.path = "main";
  if (!parsePackage(main, fileIndices, ast::Pos{})) return false;
  std::vector<std::string> stack{"main"};
  byPath_["main"] = Loading{&main, false};
  bool ok = loadImports(main, stack);
  byPath_["main"].done = true;
  order_.push_back(&main);
  // Errors the parser reported without giving up (gc type-checks such files anyway) do not
  // stop here: the checker reports its errors too.
  return ok;
}

bool PackageLoader::loadProgram(const std::vector<std::string>& target) {
  std::vector<std::string> files;
  std::error_code ec;
  if (target.size() == 1 && fs::is_directory(target[0], ec)) {
    std::string dir = target[0];
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    std::vector<std::string> names;
    if (!listSourceFiles(dir, names)) {
      error_ = "open " + dir + ": cannot read directory";
      return false;
    }
    if (names.empty()) {
      error_ = "no Go files in " + dir;
      return false;
    }
    std::error_code absError;
    fs::path absDir = fs::absolute(dir, absError).lexically_normal();
    for (const std::string& n : names) files.push_back(absError ? dir + "/" + n : displayPath(absDir / n));
  } else {
    files = target;
    for (const std::string& f : files) {
      if (directoryOf(f) != directoryOf(files[0])) {
        error_ = "named files must all be in one directory; have " + directoryOf(files[0]) + " and " + directoryOf(f);
        return false;
      }
    }
  }
  std::vector<int32_t> indices;
  for (const std::string& f : files) {
    int32_t index = sources_.loadFile(f, error_);
    if (index < 0) return false;
    indices.push_back(index);
  }
  return loadProgramFiles(indices);
}

}  // namespace mgo
