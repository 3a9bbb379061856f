// checker.h — the type checker's entry point (Go spec rules for the mini-Go subset).
//
// Invariants: check() reports every user error through the DiagnosticEngine (Go 1.19 wording) and
// never aborts on bad input; on success (no errors) `info` satisfies the invariants of info.h and
// the program can be lowered by codegen.
#pragma once
#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/info.h"

namespace mgo::types {

struct CheckResult {
  Package* package = nullptr;  // the checked package
  Func* mainFunc = nullptr;    // main.main, if present
};

// Checks `pkg` (all files). `requireMain`: report "function main is undeclared in the main package"
// when package main has no func main (false for `mgo escape` on a library package).
CheckResult check(const ast::Package& pkg, Context& ctx, Info& info, DiagnosticEngine& diags,
                  bool requireMain);

}  // namespace mgo::types
