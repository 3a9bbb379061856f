// source.h — owns the text of every source file of a compilation and turns ast::Pos into
// "file:line:col". Invariant: a file index handed out by addFile stays valid for the manager's life.
#pragma once
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace mgo {

struct SourceFile {
  std::string path;  // as given on the command line (printed in diagnostics)
  std::string text;
};

class SourceManager {
 public:
  // Reads `path`; returns the file index or -1 (and sets `error`) if it cannot be read.
  int32_t loadFile(const std::string& path, std::string& error);
  int32_t addFile(std::string path, std::string text);
  const SourceFile& file(int32_t index) const { return files_.at(static_cast<size_t>(index)); }
  size_t fileCount() const { return files_.size(); }
  std::string format(ast::Pos pos) const;  // "path:line:col"

 private:
  std::vector<SourceFile> files_;
};

}  // namespace mgo
