// parser.h — source text to AST: runs the ANTLR-generated lexer (with Go's automatic semicolon
// insertion) and parser, then the AST builder.
//
// Invariants: never throws or crashes on any input; syntax errors are reported through the
// DiagnosticEngine with Go's wording ("syntax error: unexpected newline, expecting comma or }")
// and the returned File may then be partial (or nullptr). Deeply nested input (10,000 parentheses)
// is reported as an error, not a stack overflow. Syntax outside mini-Go that is cheap to parse
// (generics, goto...) parses and is reported as "unsupported: <feature>" by the builder/checker.
// The File is returned (to be type-checked) only if there were no syntax errors and no
// unsupported constructs; as in gc, other parser and lexical errors ("expression in defer must
// be function call", "'_' must separate successive digits") do not stop type checking.
#pragma once
#include <cstddef>
#include <functional>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace mgo {

ast::File* parseFile(const SourceManager& sources, int32_t fileIndex, ast::Arena& arena,
                     DiagnosticEngine& diags);

// Runs fn on a fresh thread whose stack is `stackBytes` large (on the calling thread if no thread
// can be created), passing the lowest stack address fn may use before it should stop recursing
// (3/4 of the stack; nullptr if unknown). Exceptions thrown by fn are rethrown to the caller.
// parseFile uses it with 256 MB; other recursive phases may use it for deeply nested programs.
void runWithLargeStack(size_t stackBytes, const std::function<void(const char* stackLimit)>& fn);

}  // namespace mgo
