// syntax_errors.h — turns ANTLR's first syntax error into Go's message (cmd/compile/internal/
// syntax wording: "syntax error: unexpected X, expecting Y", "... at end of statement",
// "... in composite literal; possibly missing comma or }", "non-declaration statement outside
// function body", ...).
//
// Invariants:
//   * GoErrorStrategy never recovers: the first error is recorded (when recording is on) and the
//     parse is abandoned by throwing SyntaxAbort, which is not an ANTLR RecognitionException and
//     so unwinds every rule. sync() does nothing, so errors surface exactly where a token does not
//     fit (as in Go's parser, which checks at the token it stands on).
//   * Token names follow Go 1.19: names print as themselves, literals as "literal 42", implicit
//     semicolons as "newline"/"EOF", `;` as "semicolon", `,` as "comma", keywords and operators
//     as written.
#pragma once
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "GoParser.h"
#include "frontend/ast.h"
#include "frontend/parse_input.h"

namespace mgo {

std::string goTokenDescription(const antlr4::Token* token, const ParseInput& input);

struct SyntaxErrorInfo {
  enum class Kind { None, Mismatch, NoViableAlt, FailedPredicate };
  Kind kind = Kind::None;
  antlr4::Token* offending = nullptr;       // the token that does not fit
  antlr4::Token* start = nullptr;           // NoViableAlt: where the failed decision started
  antlr4::ParserRuleContext* ctx = nullptr; // innermost rule context at the error
  antlr4::misc::IntervalSet expected;       // tokens that would have fit
  std::vector<std::string> ruleStack;       // innermost first (for debugging output)
  std::string expectedNames;                // for debugging output
  const antlr4::dfa::Vocabulary* vocabulary = nullptr;
};

struct SyntaxAbort : std::exception {
  const char* what() const noexcept override { return "syntax error"; }
};

class GoErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit GoErrorStrategy(SyntaxErrorInfo* record) : record_(record) {}
  // Index of the furthest token looked at when the first error was found (0 if none).
  size_t errorTokenIndex() const { return errorTokenIndex_; }
  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* parser, std::exception_ptr e) override;
  antlr4::Token* recoverInline(antlr4::Parser* parser) override;
  void sync(antlr4::Parser*) override {}

 private:
  void noteError(antlr4::Parser* parser, antlr4::Token* offending);
  SyntaxErrorInfo* record_;  // nullptr: just abort (first, SLL stage)
  size_t errorTokenIndex_ = 0;
};

// The prediction used while locating a syntax error: full-context (LL) prediction for every
// decision, never ANTLR's context-free SLL shortcut. SLL may predict an alternative that only
// fits in some *other* context (e.g. "exit the expression, a block follows" at the `{` of a
// malformed composite literal), which moves the reported error away from where Go's parser,
// committing like an LL(1) parser to the alternative that fits the real context, reports it.
// Slower (no DFA caching), so it is only used on files that have a syntax error.
struct FullContextStorage {  // constructed before the simulator that refers to it
  explicit FullContextStorage(const antlr4::atn::ATN& atn);
  std::vector<antlr4::dfa::DFA> dfas;
  antlr4::atn::PredictionContextCache cache;
};

class FullContextSimulator : private FullContextStorage, public antlr4::atn::ParserATNSimulator {
 public:
  // Decisions starting before token index `from` use ANTLR's usual (cached) prediction.
  FullContextSimulator(antlr4::Parser* parser, size_t from);

 protected:
  size_t execATN(antlr4::dfa::DFA& dfa, antlr4::dfa::DFAState* s0, antlr4::TokenStream* input, size_t startIndex,
                 antlr4::ParserRuleContext* outerContext) override;

 private:
  size_t from_;
};

// Go's message and position for the recorded error; the text includes "syntax error: ".
std::pair<ast::Pos, std::string> goSyntaxMessage(const SyntaxErrorInfo& info, antlr4::TokenStream& tokens,
                                                 const ParseInput& input);

}  // namespace mgo
