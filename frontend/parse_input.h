// parse_input.h — turns a source file's bytes into the code points the ANTLR lexer reads, and maps
// code-point indices back to Go positions (1-based line, 1-based byte column).
//
// Invariants (as Go's cmd/compile/internal/syntax/source.go):
//   * A leading byte-order mark is skipped silently. NUL characters, bytes that are not valid
//     UTF-8 and byte-order marks elsewhere are reported ("invalid NUL character", "invalid UTF-8
//     encoding", "invalid BOM in the middle of the file") and dropped from the code-point stream.
//   * Every code-point index 0..size() (size() = the EOF position) maps to the byte offset of that
//     code point in the original text; columns count bytes, so a tab counts 1.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"

namespace mgo {

class ParseInput {
 public:
  struct Problem {
    size_t byteOffset;
    std::string message;
  };

  ParseInput(std::string_view text, int32_t fileIndex);

  const std::u32string& codePoints() const { return codePoints_; }
  const std::vector<Problem>& problems() const { return problems_; }
  std::string_view text() const { return text_; }

  size_t byteOffset(size_t codePointIndex) const;
  ast::Pos posOfByte(size_t byteOffset) const;
  ast::Pos posOfChar(size_t codePointIndex) const { return posOfByte(byteOffset(codePointIndex)); }
  // The source bytes of code points [first, last] (inclusive), exactly as written.
  std::string_view slice(size_t firstChar, size_t lastChar) const;

 private:
  std::string_view text_;
  int32_t file_;
  std::u32string codePoints_;
  std::vector<uint32_t> offsets_;     // byte offset of each code point, plus one for EOF
  std::vector<uint32_t> lineStarts_;  // byte offset of the first byte of each line
  std::vector<Problem> problems_;
};

}  // namespace mgo
