// ast_builder.h — turns the ANTLR parse tree of one file into ast:: nodes (model: the node
// construction half of Go's cmd/compile/internal/syntax/parser.go).
//
// Invariants:
//   * Positions follow ast.h: a node's pos is its first token unless ast.h says otherwise (binary,
//     selector, index, slice, call, type-assert, send, inc/dec and assignment nodes start at their
//     left operand); columns are byte columns (see ParseInput).
//   * The builder tolerates partial trees (after a syntax error the parse is aborted and the tree
//     is incomplete): missing children become BadExpr/BadStmt or are skipped; it never crashes.
//   * Checks that Go's parser performs after parsing a construct (parameter grouping, if/for/switch
//   * headers, labels, go/defer operands, ...) are done here and reported with Go's wording as
//     syntax errors (kind Syntax) or plain errors (kind Error); constructs outside mini-Go are
//     reported as "unsupported: <feature>" (kind Unsupported) but still built.
//   * Recursion is bounded: beyond kMaxDepth nested expressions/statements/types, or when the C++
//     stack nears the given limit, the builder reports "exceeded max nesting depth" and stops
//     descending.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

#include "GoLexerBase.h"
#include "GoParser.h"
#include "frontend/ast.h"
#include "frontend/parse_input.h"

namespace mgo {

struct BuilderDiagnostic {
  enum class Kind { Syntax, Error, Unsupported };
  Kind kind;
  ast::Pos pos;
  std::string message;  // full text, e.g. "syntax error: mixed named and unnamed parameters"
};

class AstBuilder {
 public:
  static constexpr int kMaxDepth = 10000;

  AstBuilder(ast::Arena& arena, const ParseInput& input, antlr4::TokenStream& tokens, const char* stackLimit)
      : arena_(arena), input_(input), tokens_(tokens), stackLimit_(stackLimit) {}

  // `partial`: the contexts that enclose the syntax error (empty if the parse succeeded).
  ast::File* buildFile(mgo_antlr::GoParser::SourceFileContext* ctx,
                       std::unordered_set<const antlr4::tree::ParseTree*> partial = {});
  const std::vector<BuilderDiagnostic>& diagnostics() const { return diags_; }
  // Literal tokens (by start index) that had lexical errors: built as BadExpr, as Go does.
  void setBadTokens(std::unordered_set<size_t> starts) { badTokens_ = std::move(starts); }

 private:
  using P = mgo_antlr::GoParser;
  using Tree = antlr4::tree::ParseTree;
  using Terminal = antlr4::tree::TerminalNode;

  // --- common (ast_builder.cpp) ---
  template <class T>
  T* make(ast::Pos pos) { return arena_.make<T>(pos); }
  ast::Pos pos(const antlr4::Token* token) const;
  ast::Pos pos(Terminal* node) const { return node ? pos(node->getSymbol()) : ast::Pos{}; }
  ast::Pos startPos(antlr4::ParserRuleContext* ctx) const { return ctx ? pos(ctx->getStart()) : ast::Pos{}; }
  // The token following the last token of `ctx` (where Go's parser stands after parsing it).
  antlr4::Token* tokenAfter(antlr4::ParserRuleContext* ctx) const;
  ast::Ident* ident(Terminal* node);
  ast::Ident* blankIdent(ast::Pos pos);
  ast::BadExpr* bad(ast::Pos pos) { return make<ast::BadExpr>(pos); }
  // Report only if `origin` (the construct the check is about) was completely parsed: after a
  // syntax error the constructs enclosing it are partial and must not be judged.
  void syntaxError(antlr4::ParserRuleContext* origin, ast::Pos pos, std::string message);
  void error(antlr4::ParserRuleContext* origin, ast::Pos pos, std::string message);
  bool complete(const antlr4::tree::ParseTree* ctx) const { return !partial_.count(ctx); }
  void unsupported(ast::Pos pos, const std::string& feature);
  // Go's description of a token in "unexpected X" messages.
  std::string tokenDescription(const antlr4::Token* token) const;
  // Recursion guard: false (after reporting once) when too deep.
  bool enter(ast::Pos pos);
  void leave() { --depth_; }

  // --- declarations (ast_builder.cpp) ---
  ast::GenDecl* importDecl(P::ImportDeclContext* ctx, ast::File* file);
  ast::GenDecl* declaration(P::DeclarationContext* ctx);
  ast::GenDecl* constDecl(P::ConstDeclContext* ctx);
  ast::GenDecl* varDecl(P::VarDeclContext* ctx);
  ast::GenDecl* typeDecl(P::TypeDeclContext* ctx);
  ast::FuncDecl* functionDecl(P::FunctionDeclContext* ctx);
  std::vector<ast::Ident*> identifierList(P::IdentifierListContext* ctx);

  // --- types (ast_builder_types.cpp) ---
  ast::Expr* type(P::Type_Context* ctx);
  ast::Expr* typeName(P::TypeNameContext* ctx);
  ast::Expr* typeArgs(ast::Expr* base, P::TypeArgsContext* ctx);
  ast::Expr* typeLit(P::TypeLitContext* ctx);
  ast::ArrayTypeExpr* arrayType(P::ArrayTypeContext* ctx);
  ast::ArrayTypeExpr* sliceType(P::SliceTypeContext* ctx);
  ast::MapTypeExpr* mapType(P::MapTypeContext* ctx);
  ast::ChanTypeExpr* chanType(P::ChanTypeContext* ctx);
  ast::StructTypeExpr* structType(P::StructTypeContext* ctx);
  ast::InterfaceTypeExpr* interfaceType(P::InterfaceTypeContext* ctx);
  ast::FuncTypeExpr* signature(ast::Pos funcPos, P::SignatureContext* ctx);
  std::vector<ast::Field*> parameters(P::ParametersContext* ctx, size_t* rawCount = nullptr);
  ast::Expr* typeElem(P::TypeElemContext* ctx);

  // --- statements (ast_builder_stmt.cpp) ---
  ast::BlockStmt* block(P::BlockContext* ctx);
  std::vector<ast::Stmt*> statementList(P::StatementListContext* ctx);
  ast::Stmt* statement(P::StatementContext* ctx);
  ast::Stmt* statementInner(P::StatementContext* ctx);
  ast::Stmt* simpleOrLabeled(P::SimpleOrLabeledStmtContext* ctx);
  ast::Expr* loneName(P::SimpleStmtContext* ctx);  // the identifier if ctx is just `name`
  // keyword: the statement's context for range clauses (FOR allows them).
  ast::Stmt* simpleStmt(P::SimpleStmtContext* ctx, bool rangeOk);
  ast::Stmt* goOrDefer(antlr4::tree::TerminalNode* keyword, P::ExpressionContext* x, bool isGo);
  ast::Stmt* ifStmt(P::IfStmtContext* ctx);
  ast::Stmt* switchStmt(P::SwitchStmtContext* ctx);
  ast::Stmt* selectStmt(P::SelectStmtContext* ctx);
  ast::Stmt* forStmt(P::ForStmtContext* ctx);
  // The condition/tag of a header. `origin`: the statement's context; `wholeHeader`: the header,
  // when the statement is also the only one (it is then the condition only if `{` follows).
  ast::Pos syntaxPosOfOperand(P::ExpressionContext* ctx) const;
  ast::Expr* conditionOf(antlr4::ParserRuleContext* origin, antlr4::ParserRuleContext* wholeHeader, ast::Stmt* stmt);
  bool followedByBrace(antlr4::ParserRuleContext* header) const;
  ast::CaseClause* caseClause(P::CaseClauseContext* ctx);
  void checkClauseEnd(antlr4::ParserRuleContext* clause, P::StatementListContext* body);
  ast::CommClause* commClause(P::CommClauseContext* ctx);

  // --- expressions (ast_builder_expr.cpp) ---
  ast::Expr* expr(P::ExpressionContext* ctx);
  ast::Expr* exprInner(P::ExpressionContext* ctx);
  std::vector<ast::Expr*> exprList(P::ExpressionListContext* ctx);
  ast::BasicLit* basicLit(P::BasicLitContext* ctx);
  ast::BasicLit* literalToken(antlr4::Token* token);
  ast::CompositeLit* literalValue(ast::Expr* type, P::LiteralValueContext* ctx);
  ast::Expr* element(P::ElementContext* ctx);
  ast::Expr* indexOrSlice(ast::Expr* x, P::IndexExprContext* ctx);
  ast::Expr* unary(P::UnaryExprContext* ctx);

  ast::Arena& arena_;
  const ParseInput& input_;
  antlr4::TokenStream& tokens_;
  const char* stackLimit_;
  std::vector<BuilderDiagnostic> diags_;
  std::unordered_set<const antlr4::tree::ParseTree*> partial_;
  std::unordered_set<size_t> badTokens_;
  int depth_ = 0;
  bool depthReported_ = false;
};

}  // namespace mgo
