// checker_test_util.h — helpers for the checker unit tests: parse + type-check a source string
// and return diagnostics in the form of the tests/errors .diag files ("LINE:COL: message", file
// name stripped; continuation lines "\tLINE:COL: note"), or look up recorded types.
//
// Expected diagnostics in the tests come from Go 1.19 (`go build -gcflags=-e` on the same source,
// "./main.go:" removed).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/ast_walk.h"
#include "frontend/checker.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"
#include "frontend/parser.h"
#include "frontend/source.h"
#include "frontend/checker_impl.h"

namespace mgo::testing {

struct CheckRun {
  SourceManager sources;
  ast::Arena arena;
  DiagnosticEngine diags;
  types::Context ctx;
  types::Info info;
  ast::File* file = nullptr;
  bool parsed = false;
  types::CheckResult result;

  // Diagnostics as "LINE:COL: message" (the "./main.go:" prefix removed everywhere).
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (std::string line : diags.formatted(sources)) {
      std::string stripped;
      const std::string prefix = "./main.go:";
      size_t i = 0;
      while (i < line.size()) {
        if (line.compare(i, prefix.size(), prefix) == 0) {
          i += prefix.size();
          continue;
        }
        stripped += line[i++];
      }
      out.push_back(stripped);
    }
    return out;
  }

  std::string errorText() const {
    std::string s;
    for (const std::string& e : errors()) s += e + "\n";
    return s;
  }

  // The first expression (pre-order) whose source text (syntax.String form) is `text`.
  const ast::Expr* find(const std::string& text) const {
    const ast::Expr* found = nullptr;
    ast::inspect(file, [&](const ast::Node* n) {
      if (found) return false;
      switch (n->kind) {
        case ast::NodeKind::Field: case ast::NodeKind::ImportSpec: case ast::NodeKind::ValueSpec:
        case ast::NodeKind::TypeSpec: case ast::NodeKind::GenDecl: case ast::NodeKind::FuncDecl:
        case ast::NodeKind::File:
          return true;
        default:
          break;
      }
      if (static_cast<int>(n->kind) <= static_cast<int>(ast::NodeKind::Ellipsis)) {
        auto* e = static_cast<const ast::Expr*>(n);
        if (types::exprString(e) == text) {
          found = e;
          return false;
        }
      }
      return true;
    });
    return found;
  }

  // "TYPE" or "TYPE = VALUE" for a recorded constant; "<none>" if not recorded.
  std::string typeOf(const std::string& text) const {
    const ast::Expr* e = find(text);
    if (!e) return "<no such expression: " + text + ">";
    const types::TypeAndValue* tv = info.typeOf(e);
    if (!tv) return "<none>";
    std::string s = types::typeString(tv->type, false);
    if (tv->mode == types::Mode::Constant) s += " = " + tv->value.toString();
    return s;
  }
};

inline std::unique_ptr<CheckRun> check(const std::string& src) {
  auto run = std::make_unique<CheckRun>();
  int32_t idx = run->sources.addFile("./main.go", src);
  run->file = parseFile(run->sources, idx, run->arena, run->diags);
  if (!run->file || run->diags.hasErrors()) return run;
  run->parsed = true;
  ast::Package pkg;
  pkg.name = run->file->packageName ? run->file->packageName->name : "main";
  pkg.files.push_back(run->file);
  run->result = types::check(pkg, run->ctx, run->info, run->diags, true);
  return run;
}

// Joins expected lines with "\n" (and a trailing newline) for comparison with errorText().
inline std::string lines(std::initializer_list<const char*> ls) {
  std::string s;
  for (const char* l : ls) s += std::string(l) + "\n";
  return s;
}

}  // namespace mgo::testing
