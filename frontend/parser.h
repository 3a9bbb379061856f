// parser.h — source text to AST: runs the ANTLR-generated lexer (with Go's automatic semicolon
// insertion) and parser, then the AST builder.
//
// Invariants: never throws or crashes on any input; syntax errors are reported through the
// DiagnosticEngine with Go's wording ("syntax error: unexpected newline, expecting comma or }")
// and the returned File may then be partial (or nullptr). Deeply nested input (10,000 parentheses)
// is reported as an error, not a stack overflow. Syntax outside mini-Go that is cheap to parse
// (generics, goto...) parses and is reported as "unsupported: <feature>" by the builder/checker.
#pragma once
#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace mgo {

ast::File* parseFile(const SourceManager& sources, int32_t fileIndex, ast::Arena& arena,
                     DiagnosticEngine& diags);

}  // namespace mgo
