// checker.cpp — placeholder entry point (the type checker is being written).
#include "frontend/checker.h"

namespace mgo::types {

CheckResult check(const ast::Package& pkg, Context& ctx, Info& info, DiagnosticEngine& diags, bool requireMain) {
  (void)pkg; (void)ctx; (void)info; (void)diags; (void)requireMain;
  return CheckResult{};
}

}  // namespace mgo::types
