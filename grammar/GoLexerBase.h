// GoLexerBase.h — superclass of the generated GoLexer: Go's automatic semicolon insertion, lexical
// error reporting with Go's wording, and the bracket-nesting limit.
//
// Invariants:
//   * nextToken() never returns layout tokens (WS, NEWLINE, comments) nor error tokens; it returns
//     significant tokens, SEMI tokens and finally EOF (forever).
//   * An implicit semicolon (spec "Semicolons") is a SEMI token whose text is "newline" (at the
//     newline character, or at the start of a multi-line /* */ comment) or "EOF" (at end of input);
//     an explicit `;` has text ";". It is inserted when the line's final token is an identifier, a
//     literal, one of break continue fallthrough return, or one of ++ -- ) ] }.
//   * Lexical errors are recorded (never thrown) with the code-point index of their position; the
//     offending token is still delivered (as a well-formed literal) so parsing can go on, as Go's
//     scanner does. Invalid characters are dropped.
//   * When brackets nest deeper than kMaxNesting the lexer records "exceeded max nesting depth" and
//     then returns EOF, so no later phase ever sees the deeply nested input.
#pragma once
#include <string>
#include <vector>

#include "antlr4-runtime.h"

namespace mgo_antlr {

// An ANTLRInputStream built from already-decoded code points (the caller decodes UTF-8 and keeps
// the code-point -> byte-offset map).
class GoCharStream : public antlr4::ANTLRInputStream {
 public:
  explicit GoCharStream(std::u32string codePoints) {
    _data = std::move(codePoints);
    p = 0;
  }
  const std::u32string& codePoints() const { return _data; }
};

struct LexError {
  size_t charIndex;  // code-point index of the error position
  std::string message;
};

class GoLexerBase : public antlr4::Lexer {
 public:
  static constexpr int kMaxNesting = 2000;

  explicit GoLexerBase(antlr4::CharStream* input) : antlr4::Lexer(input) {}

  std::unique_ptr<antlr4::Token> nextToken() override;

  const std::vector<LexError>& lexErrors() const { return errors_; }
  // Start indices of literal/identifier tokens that had lexical errors (Go marks them "bad").
  const std::vector<size_t>& badTokenStarts() const { return badTokens_; }
  bool nestingLimitExceeded() const { return nestingExceeded_; }

  // True for a SEMI token inserted by the lexer (text "newline" or "EOF").
  static bool isImplicitSemi(const antlr4::Token* token);
  // "U+0040 '@'" like Go's %#U verb.
  static std::string formatCodePoint(char32_t c);
  // The spelling of a keyword token type ("func"), or nullptr if `type` is not a keyword.
  static const char* keywordSpelling(size_t type);

 protected:
  // Used by the NEWLINE rule: a newline is only a token when it would become a semicolon.
  bool semicolonPending() const { return nlsemi_; }
  // Used by the IDENTIFIER rule: retypes the token if its text is a keyword.
  void checkKeyword();

 private:
  std::unique_ptr<antlr4::Token> makeSemi(const antlr4::Token& at, const char* text);
  void error(size_t charIndex, std::string message) { errors_.push_back({charIndex, std::move(message)}); }
  // Validators for literal tokens; they may change the token type (unterminated → terminated).
  void checkIdentifier(const antlr4::Token& token);
  bool checkNumber(antlr4::Token& token);  // retypes a NUMBER; false if it is malformed
  void checkRune(antlr4::Token& token);
  void checkString(antlr4::Token& token);
  bool checkEscape(size_t& i, size_t end, char32_t quote);  // i at the char after '\\'
  char32_t at(size_t i) const;

  std::unique_ptr<antlr4::Token> pendingEof_;
  std::vector<LexError> errors_;
  std::vector<size_t> badTokens_;
  bool nlsemi_ = false;
  bool nestingExceeded_ = false;
  int nesting_ = 0;
};

}  // namespace mgo_antlr
