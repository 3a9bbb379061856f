// report.cpp — printing decisions: gc's -m text (sorted by position, stable) and a JSON form with
// the flow paths. Positions inside explanation text are stored as "@FILE:LINE:COL" (file index)
// and expanded here with the SourceManager.
#include <algorithm>
#include <ostream>

#include "analysis/escape/escape.h"
#include "frontend/source.h"

namespace mgo::escape {

namespace {

std::string expandPositions(const std::string& text, const SourceManager& sources) {
  size_t at = text.find(" at @");
  if (at == std::string::npos) return text;
  int file = 0, line = 0, col = 0;
  if (std::sscanf(text.c_str() + at + 5, "%d:%d:%d", &file, &line, &col) != 3) return text;
  ast::Pos p{file, line, col};
  std::string where = (file >= 0 && size_t(file) < sources.fileCount()) ? sources.format(p)
                                                                          : std::to_string(line) + ":" + std::to_string(col);
  return text.substr(0, at) + " at " + where;
}

bool posLess(const ast::Pos& a, const ast::Pos& b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.line != b.line) return a.line < b.line;
  return a.col < b.col;
}

std::string jsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> formatDiagnostics(const Result& result, const SourceManager& sources, int verbosity) {
  std::vector<Line> lines;
  if (verbosity >= 2) lines = result.explanations;
  for (const Decision& d : result.decisions) lines.push_back({d.pos, d.message});
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return posLess(a.pos, b.pos); });
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (const Line& l : lines) out.push_back(sources.format(l.pos) + ": " + expandPositions(l.text, sources));
  return out;
}

void writeJson(const Result& result, const SourceManager& sources, std::ostream& out) {
  std::vector<const Decision*> sorted;
  for (const Decision& d : result.decisions) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Decision* a, const Decision* b) { return posLess(a->pos, b->pos); });
  out << "{\n  \"decisions\": [";
  for (size_t i = 0; i < sorted.size(); ++i) {
    const Decision& d = *sorted[i];
    out << (i ? ",\n" : "\n") << "    {\"pos\": \"" << jsonEscape(sources.format(d.pos)) << "\", \"line\": " << d.pos.line
        << ", \"col\": " << d.pos.col << ", \"kind\": \"" << d.kind << "\", \"message\": \"" << jsonEscape(d.message)
        << "\", \"flow\": [";
    for (size_t j = 0; j < d.flow.size(); ++j)
      out << (j ? ", " : "") << "\"" << jsonEscape(expandPositions(d.flow[j].text, sources)) << "\"";
    out << "]}";
  }
  out << "\n  ],\n  \"summaries\": [";
  for (size_t i = 0; i < result.summaries.size(); ++i) {
    const ParamSummary& s = result.summaries[i];
    out << (i ? ",\n" : "\n") << "    {\"function\": \"" << jsonEscape(s.function) << "\", \"param\": \""
        << jsonEscape(s.param) << "\", \"pos\": \"" << jsonEscape(sources.format(s.pos)) << "\", \"leaks\": \""
        << s.leaks.describe() << "\"}";
  }
  out << "\n  ]\n}\n";
}

}  // namespace mgo::escape
