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

// Emulates gc (cmd/compile/internal/base/print.go): errors are counted in report order, keeping
// only one syntax error per line and dropping a repeat of the previous message on the same line;
// when the 10th error is counted gc stops and prints what it has, sorted by position (identical
// lines once), followed by "POS: too many errors" with the position of that 10th error.
std::vector<std::string> DiagnosticEngine::formatted(const SourceManager& sources) const {
  auto sameLine = [](const Diagnostic* a, ast::Pos b) { return a && a->pos.file == b.file && a->pos.line == b.line; };
  std::vector<Diagnostic> kept;
  const Diagnostic* lastSyntax = nullptr;
  const Diagnostic* lastOther = nullptr;
  bool tooMany = false;
  ast::Pos tooManyPos;
  for (const Diagnostic& d : diags_) {
    if (d.message.rfind("syntax error", 0) == 0) {
      if (sameLine(lastSyntax, d.pos)) continue;
      lastSyntax = &d;
    } else {
      if (sameLine(lastOther, d.pos) && lastOther->message == d.message) continue;
      lastOther = &d;
    }
    kept.push_back(d);
    if (kept.size() >= kMaxErrors) {
      tooMany = true;
      tooManyPos = d.pos;
      break;
    }
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<std::string> lines;
  for (const Diagnostic& d : kept) {
    std::string line = sources.format(d.pos) + ": " + d.message;
    for (const DiagnosticNote& note : d.notes) {
      line += "\n\t";
      if (note.pos.valid()) line += sources.format(note.pos) + ": ";
      line += note.message;
    }
    line = expandPosRefs(sources, line);
    if (!lines.empty() && lines.back() == line) continue;
    lines.push_back(std::move(line));
  }
  if (tooMany) lines.push_back(sources.format(tooManyPos) + ": too many errors");
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
