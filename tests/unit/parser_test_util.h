// parser_test_util.h — helpers shared by the parser unit tests: parse a source text and return
// the AST dump (frontend/ast_dump.h) or the diagnostics as "line:col: message" lines.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/ast_dump.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/source.h"

namespace parser_test {

struct Parsed {
  mgo::SourceManager sources;
  mgo::ast::Arena arena;
  mgo::DiagnosticEngine diags;
  mgo::ast::File* file = nullptr;

  // Diagnostics as "line:col: message" (the file name stripped), sorted as printed.
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (std::string line : diags.formatted(sources)) {
      if (line.rfind("x.go:", 0) == 0) line = line.substr(5);
      out.push_back(line);
    }
    return out;
  }
  std::string firstMessage() const {
    auto all = messages();
    return all.empty() ? "" : all.front();
  }
};

inline std::unique_ptr<Parsed> parse(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  int32_t index = p->sources.addFile("x.go", text);
  p->file = mgo::parseFile(p->sources, index, p->arena, p->diags);
  return p;
}

// The dump of a whole file, or "ERROR <first diagnostic>" when there were errors.
inline std::string dumpFile(const std::string& text, bool positions = false) {
  auto p = parse(text);
  if (p->diags.hasErrors() || !p->file) return "ERROR " + p->firstMessage();
  return mgo::dumpAst(p->file, {positions});
}

inline const mgo::ast::FuncDecl* lastFunc(const mgo::ast::File* file) {
  const mgo::ast::FuncDecl* fn = nullptr;
  for (auto* d : file->decls)
    if (auto* f = mgo::ast::as<mgo::ast::FuncDecl>(d)) fn = f;
  return fn;
}

// The statements of `body` placed in `func f() { ... }` (dumps separated by a space).
inline std::string dumpStmts(const std::string& body, bool positions = false) {
  auto p = parse("package p\n\nfunc f() {\n" + body + "\n}\n");
  if (p->diags.hasErrors() || !p->file) return "ERROR " + p->firstMessage();
  std::string out;
  for (auto* s : lastFunc(p->file)->body->stmts) {
    if (!out.empty()) out += " ";
    out += mgo::dumpAst(s, {positions});
  }
  return out;
}

// The expression `expr` as the value of `var _ = expr`.
inline std::string dumpExpr(const std::string& expr, bool positions = false) {
  auto p = parse("package p\n\nvar _ = " + expr + "\n");
  if (p->diags.hasErrors() || !p->file) return "ERROR " + p->firstMessage();
  auto* decl = static_cast<const mgo::ast::GenDecl*>(p->file->decls.back());
  auto* spec = static_cast<const mgo::ast::ValueSpec*>(decl->specs.at(0));
  return mgo::dumpAst(spec->values.at(0), {positions});
}

// The type `type` as the type of `var _ type`.
inline std::string dumpType(const std::string& type, bool positions = false) {
  auto p = parse("package p\n\nvar _ " + type + "\n");
  if (p->diags.hasErrors() || !p->file) return "ERROR " + p->firstMessage();
  auto* decl = static_cast<const mgo::ast::GenDecl*>(p->file->decls.back());
  auto* spec = static_cast<const mgo::ast::ValueSpec*>(decl->specs.at(0));
  return mgo::dumpAst(spec->type, {positions});
}

// The first diagnostic of a whole file ("" if none).
inline std::string firstError(const std::string& text) { return parse(text)->firstMessage(); }

// The first diagnostic of `body` in `package p; func f() {...}` (line numbers: body starts at 4).
inline std::string bodyError(const std::string& body) {
  return parse("package p\n\nfunc f() {\n" + body + "\n}\n")->firstMessage();
}

}  // namespace parser_test
