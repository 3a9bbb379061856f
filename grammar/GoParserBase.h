// GoParserBase.h — superclass of the generated GoParser: the composite-literal predicate and the
// stack guard.
//
// Invariants:
//   * complitAllowed() implements Go's rule (cmd/compile/internal/syntax pexpr, `xnest`): after a
//     primary expression that may be a type name (T, pkg.T, T[A], or such a thing in parentheses),
//     `{` opens a composite literal unless the expression sits directly in an if/for/switch header;
//     parentheses, brackets, call arguments, literal values and function bodies lift the
//     restriction again. It inspects only the parse-tree context chain, so it is correct both
//     during ANTLR's prediction (where `_ctx` is the expression parsed so far) and inside the
//     alternative (where `_ctx` is the new composite-literal context).
//   * When a stack limit is set, entering a rule with the C++ stack below the limit throws
//     NestingTooDeep (not a RecognitionException: it unwinds the whole parse), so pathological
//     input can never overflow the stack.
#pragma once
#include <stdexcept>

#include "antlr4-runtime.h"

namespace mgo_antlr {

struct NestingTooDeep : std::runtime_error {
  explicit NestingTooDeep(antlr4::Token* at) : std::runtime_error("exceeded max nesting depth"), token(at) {}
  antlr4::Token* token;
};

class GoParserBase : public antlr4::Parser {
 public:
  explicit GoParserBase(antlr4::TokenStream* input) : antlr4::Parser(input) {}

  // Rules may not be entered while the stack pointer is below `lowest` (nullptr: no limit).
  void setStackLimit(const char* lowest) { stackLimit_ = lowest; }
  // True if the current stack frame is below the limit.
  static bool stackExhausted(const char* limit) {
    return limit && static_cast<const char*>(__builtin_frame_address(0)) < limit;
  }

  void enterRule(antlr4::ParserRuleContext* localctx, size_t state, size_t ruleIndex) override {
    checkStack();
    antlr4::Parser::enterRule(localctx, state, ruleIndex);
  }
  void enterRecursionRule(antlr4::ParserRuleContext* localctx, size_t ruleIndex) override {
    checkStack();
    antlr4::Parser::enterRecursionRule(localctx, ruleIndex);
  }
  void enterRecursionRule(antlr4::ParserRuleContext* localctx, size_t state, size_t ruleIndex,
                          int precedence) override {
    checkStack();
    antlr4::Parser::enterRecursionRule(localctx, state, ruleIndex, precedence);
  }

 protected:
  bool complitAllowed();

 private:
  void checkStack() {
    if (stackExhausted(stackLimit_)) throw NestingTooDeep(getCurrentToken());
  }
  const char* stackLimit_ = nullptr;
};

}  // namespace mgo_antlr
