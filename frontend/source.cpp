// source.cpp — see source.h.
#include "frontend/source.h"

#include <fstream>
#include <sstream>

namespace mgo {

int32_t SourceManager::loadFile(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "open " + path + ": no such file or directory";
    return -1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return addFile(path, text.str());
}

int32_t SourceManager::addFile(std::string path, std::string text) {
  files_.push_back(SourceFile{std::move(path), std::move(text)});
  return static_cast<int32_t>(files_.size() - 1);
}

std::string SourceManager::format(ast::Pos pos) const {
  std::string out = pos.file >= 0 && static_cast<size_t>(pos.file) < files_.size()
                        ? files_[static_cast<size_t>(pos.file)].path
                        : std::string("<unknown>");
  out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
  return out;
}

}  // namespace mgo
