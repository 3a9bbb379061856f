// diagnostics.cpp — see diagnostics.h.
#include "frontend/diagnostics.h"

#include <algorithm>

#include "frontend/source.h"

namespace mgo {

void DiagnosticEngine::error(ast::Pos pos, std::string message) {
  diags_.push_back(Diagnostic{pos, std::move(message), {}});
}

void DiagnosticEngine::error(ast::Pos pos, std::string message, std::vector<DiagnosticNote> notes) {
  diags_.push_back(Diagnostic{pos, std::move(message), std::move(notes)});
}

std::string DiagnosticEngine::posRef(ast::Pos pos) {
  return "\x01" + std::to_string(pos.file) + "," + std::to_string(pos.line) + "," + std::to_string(pos.col) + "\x02";
}

// Replaces the position references made by posRef.
static std::string expandPosRefs(const SourceManager& sources, const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = text.find('\x01', i);
    size_t end = start == std::string::npos ? std::string::npos : text.find('\x02', start);
    if (end == std::string::npos) {
      out += text.substr(i);
      break;
    }
    out += text.substr(i, start - i);
    ast::Pos pos;
    std::sscanf(text.c_str() + start + 1, "%d,%d,%d", &pos.file, &pos.line, &pos.col);
    out += sources.format(pos);
    i = end + 1;
  }
  return out;
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
    std::string line = sources.format(d.pos) + ": " + d.message;
    for (const DiagnosticNote& note : d.notes) {
      line += "\n\t";
      if (note.pos.valid()) line += sources.format(note.pos) + ": ";
      line += note.message;
    }
    lines.push_back(expandPosRefs(sources, line));
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
