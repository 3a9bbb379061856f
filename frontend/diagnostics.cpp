// diagnostics.cpp — see diagnostics.h.
#include "frontend/diagnostics.h"

#include <algorithm>

#include "frontend/source.h"

namespace mgo {

void DiagnosticEngine::error(ast::Pos pos, std::string message) {
  diags_.push_back(Diagnostic{pos, std::move(message)});
}

std::vector<std::string> DiagnosticEngine::formatted(const SourceManager& sources) const {
  std::vector<Diagnostic> sorted = diags_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<std::string> lines;
  const Diagnostic* previous = nullptr;
  size_t printed = 0;
  for (const Diagnostic& d : sorted) {
    if (previous && previous->pos == d.pos && previous->message == d.message) continue;
    previous = &d;
    if (printed == kMaxErrors) {
      lines.push_back(sources.format(d.pos) + ": too many errors");
      break;
    }
    lines.push_back(sources.format(d.pos) + ": " + d.message);
    ++printed;
  }
  return lines;
}

void DiagnosticEngine::print(const SourceManager& sources, std::FILE* out) const {
  for (const std::string& line : formatted(sources)) std::fprintf(out, "%s\n", line.c_str());
}

void internalError(const char* file, int line, const std::string& what) {
  std::fprintf(stderr, "mgo: internal compiler error: %s (%s:%d)\n", what.c_str(), file, line);
  std::abort();
}

}  // namespace mgo
