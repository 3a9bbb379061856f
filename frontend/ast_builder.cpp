// ast_builder.cpp — AstBuilder: common helpers, the file, and declarations (import, const, var,
// type, func). See ast_builder.h for the invariants.
#include "frontend/ast_builder.h"

#include "frontend/syntax_errors.h"

namespace mgo {

using P = mgo_antlr::GoParser;

// ---------------------------------------------------------------------------------------------
// Common helpers
// ---------------------------------------------------------------------------------------------
ast::Pos AstBuilder::pos(const antlr4::Token* token) const {
  if (!token) return ast::Pos{};
  return input_.posOfChar(token->getStartIndex());
}

antlr4::Token* AstBuilder::tokenAfter(antlr4::ParserRuleContext* ctx) const {
  if (!ctx || !ctx->getStop()) return nullptr;
  size_t index = ctx->getStop()->getTokenIndex() + 1;
  if (ctx->getStop()->getTokenIndex() == static_cast<size_t>(-1) || index >= tokens_.size()) return nullptr;
  return tokens_.get(index);
}

ast::Ident* AstBuilder::ident(Terminal* node) {
  if (!node) return nullptr;
  auto* id = make<ast::Ident>(pos(node));
  id->name = node->getText();
  return id;
}

ast::Ident* AstBuilder::blankIdent(ast::Pos p) {
  auto* id = make<ast::Ident>(p);
  id->name = "_";
  return id;
}

void AstBuilder::syntaxError(antlr4::ParserRuleContext* origin, ast::Pos p, std::string message) {
  if (!complete(origin) || !p.valid()) return;
  diags_.push_back({BuilderDiagnostic::Kind::Syntax, p, "syntax error: " + std::move(message)});
}

void AstBuilder::error(antlr4::ParserRuleContext* origin, ast::Pos p, std::string message) {
  if (!complete(origin) || !p.valid()) return;
  diags_.push_back({BuilderDiagnostic::Kind::Error, p, std::move(message)});
}

void AstBuilder::unsupported(ast::Pos p, const std::string& feature) {
  diags_.push_back({BuilderDiagnostic::Kind::Unsupported, p, "unsupported: " + feature});
}

std::string AstBuilder::tokenDescription(const antlr4::Token* token) const {
  return goTokenDescription(token, input_);
}

bool AstBuilder::enter(ast::Pos p) {
  if (depth_ >= kMaxDepth || mgo_antlr::GoParserBase::stackExhausted(stackLimit_)) {
    if (!depthReported_) {
      depthReported_ = true;
      diags_.push_back({BuilderDiagnostic::Kind::Syntax, p, "exceeded max nesting depth"});
    }
    return false;
  }
  ++depth_;
  return true;
}

std::vector<ast::Ident*> AstBuilder::identifierList(P::IdentifierListContext* ctx) {
  std::vector<ast::Ident*> names;
  if (!ctx) return names;
  for (Terminal* id : ctx->IDENTIFIER()) names.push_back(ident(id));
  return names;
}

// ---------------------------------------------------------------------------------------------
// File
// ---------------------------------------------------------------------------------------------
ast::File* AstBuilder::buildFile(P::SourceFileContext* ctx, std::unordered_set<const antlr4::tree::ParseTree*> partial) {
  partial_ = std::move(partial);
  if (!ctx) return nullptr;
  auto* file = make<ast::File>(startPos(ctx));
  if (auto* pkg = ctx->packageClause()) {
    file->pos = pos(pkg->PACKAGE());
    file->packageName = ident(pkg->IDENTIFIER());
  }
  for (Tree* child : ctx->children) {
    if (auto* imp = dynamic_cast<P::ImportDeclContext*>(child)) {
      file->decls.push_back(importDecl(imp, file));
    } else if (auto* top = dynamic_cast<P::TopLevelDeclContext*>(child)) {
      if (auto* d = top->declaration()) {
        if (ast::GenDecl* decl = declaration(d)) file->decls.push_back(decl);
      } else if (auto* f = top->functionDecl()) {
        file->decls.push_back(functionDecl(f));
      }
    }
  }
  return file;
}

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------
namespace {

// Unquotes an import path literal ("fmt" or `fmt`); simple escapes only (paths are plain text).
std::string unquoteImportPath(const std::string& lit) {
  if (lit.size() < 2) return "";
  std::string body = lit.substr(1, lit.size() - 2);
  if (lit[0] == '`') return body;
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\\' && i + 1 < body.size()) {
      char c = body[++i];
      switch (c) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        default: out += '\\', out += c;
      }
      continue;
    }
    out += body[i];
  }
  return out;
}

}  // namespace

ast::GenDecl* AstBuilder::importDecl(P::ImportDeclContext* ctx, ast::File* file) {
  auto* decl = make<ast::GenDecl>(pos(ctx->IMPORT()));
  decl->tok = ast::DeclTok::Import;
  for (auto* specCtx : ctx->importSpec()) {
    auto* spec = make<ast::ImportSpec>(startPos(specCtx));
    if (Terminal* name = specCtx->IDENTIFIER()) {
      spec->name = ident(name);
    } else if (Terminal* dot = specCtx->DOT()) {
      spec->name = make<ast::Ident>(pos(dot));
      spec->name->name = ".";
    }
    if (auto* path = specCtx->importPath(); path && path->basicLit()) {
      auto* lit = path->basicLit();
      spec->pathPos = startPos(lit);
      if (lit->STRING_LIT() || lit->RAW_STRING_LIT()) {
        spec->path = unquoteImportPath(lit->getText());
      } else {
        // Go reports it after reading the literal: at the next token.
        antlr4::Token* next = tokenAfter(lit);
        syntaxError(specCtx, next ? pos(next) : spec->pathPos, "import path must be a string");
      }
    }
    decl->specs.push_back(spec);
    file->imports.push_back(spec);
  }
  return decl;
}

ast::GenDecl* AstBuilder::declaration(P::DeclarationContext* ctx) {
  if (auto* c = ctx->constDecl()) return constDecl(c);
  if (auto* v = ctx->varDecl()) return varDecl(v);
  if (auto* t = ctx->typeDecl()) return typeDecl(t);
  return nullptr;
}

ast::GenDecl* AstBuilder::constDecl(P::ConstDeclContext* ctx) {
  auto* decl = make<ast::GenDecl>(pos(ctx->CONST()));
  decl->tok = ast::DeclTok::Const;
  // Go (types2 resolver): a spec with neither type nor values inherits both from the last spec
  // that had either; iota is the spec's index within the group.
  ast::ValueSpec* last = nullptr;
  int64_t iota = 0;
  for (auto* specCtx : ctx->constSpec()) {
    auto* spec = make<ast::ValueSpec>(startPos(specCtx));
    spec->names = identifierList(specCtx->identifierList());
    spec->iota = iota++;
    if (specCtx->type_()) spec->type = type(specCtx->type_());
    if (specCtx->ASSIGN()) spec->values = exprList(specCtx->expressionList());
    if (spec->type || specCtx->ASSIGN()) {
      last = spec;
    } else if (last) {
      spec->type = last->type;
      spec->values = last->values;
      spec->implicitValues = true;
    }
    decl->specs.push_back(spec);
  }
  return decl;
}

ast::GenDecl* AstBuilder::varDecl(P::VarDeclContext* ctx) {
  auto* decl = make<ast::GenDecl>(pos(ctx->VAR()));
  decl->tok = ast::DeclTok::Var;
  for (auto* specCtx : ctx->varSpec()) {
    auto* spec = make<ast::ValueSpec>(startPos(specCtx));
    spec->names = identifierList(specCtx->identifierList());
    if (specCtx->type_()) spec->type = type(specCtx->type_());
    if (specCtx->ASSIGN()) spec->values = exprList(specCtx->expressionList());
    decl->specs.push_back(spec);
  }
  return decl;
}

ast::GenDecl* AstBuilder::typeDecl(P::TypeDeclContext* ctx) {
  auto* decl = make<ast::GenDecl>(pos(ctx->TYPE()));
  decl->tok = ast::DeclTok::Type;
  for (auto* specCtx : ctx->typeSpec()) {
    auto* spec = make<ast::TypeSpec>(startPos(specCtx));
    spec->name = ident(specCtx->IDENTIFIER());
    if (specCtx->typeParameters()) {
      spec->hasTypeParams = true;
      unsupported(spec->name ? spec->name->pos : spec->pos, "generic types");
    }
    spec->alias = specCtx->ASSIGN() != nullptr;
    spec->type = specCtx->type_() ? type(specCtx->type_()) : bad(spec->pos);
    decl->specs.push_back(spec);
  }
  return decl;
}

ast::FuncDecl* AstBuilder::functionDecl(P::FunctionDeclContext* ctx) {
  auto* decl = make<ast::FuncDecl>(pos(ctx->FUNC()));
  if (auto* recv = ctx->receiver()) {
    size_t count = 0;
    std::vector<ast::Field*> fields = parameters(recv->parameters(), &count);
    // Go reports these at the token after the receiver list.
    antlr4::Token* next = tokenAfter(recv);
    if (count == 0) {
      error(recv, pos(next), "method has no receiver");
    } else if (count > 1) {
      error(recv, pos(next), "method has multiple receivers");
    }
    if (!fields.empty()) decl->recv = fields.front();
  }
  decl->name = ident(ctx->IDENTIFIER());
  decl->type = signature(decl->pos, ctx->signature());
  if (ctx->typeParameters()) {
    decl->type->hasTypeParams = true;
    unsupported(decl->name ? decl->name->pos : decl->pos, "generic functions");
  }
  if (auto* body = ctx->block()) decl->body = block(body);
  return decl;
}

}  // namespace mgo
