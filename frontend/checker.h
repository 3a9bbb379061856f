// checker.h — the type checker's entry point (Go spec rules for the mini-Go subset).
//
// Invariants: check() reports every user error through the DiagnosticEngine (Go 1.19 wording) and
// never aborts on bad input; on success (no errors) `info` satisfies the invariants of info.h and
// the program can be lowered by codegen.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"

namespace mgo::types {

// Source packages already checked (dependency order), by import path: the imports of a package
// that are not built-in library packages resolve here.
using ImportMap = std::map<std::string, Package*>;

struct CheckResult {
  Package* package = nullptr;  // the checked package
  Func* mainFunc = nullptr;    // main.main, if present
};

// Checks `pkg` (all files). `requireMain`: report "function main is undeclared in the main package"
// when package main has no func main (false for `mgo escape` on a library package).
// Checks several packages into one Info: call it once per package, imported packages first,
// passing the packages checked so far in `imports`; each run appends its PackageInit to
// info.packageInits (so those come out in dependency order).
CheckResult check(const ast::Package& pkg, Context& ctx, Info& info, DiagnosticEngine& diags,
                  bool requireMain, const ImportMap* imports = nullptr);

// Checks a program's packages (dependency order, main last, as PackageLoader gives them) into one
// Info, stopping at the first package that reports errors (as go build stops at the first package
// that does not compile), then canonicalises every object. requireMain applies to the last
// package. Returns false on errors; *mainResult gets the last package's result.
bool checkProgram(const std::vector<ast::Package*>& packages, Context& ctx, Info& info, DiagnosticEngine& diags,
                  bool requireMain, CheckResult* mainResult);

}  // namespace mgo::types
