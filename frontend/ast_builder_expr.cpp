// ast_builder_expr.cpp — AstBuilder: expressions (operands, primary expressions, unary and binary
// operators, composite literals). Types written in expression position (conversions, composite
// literal types, make/new arguments) come through operand().
#include "frontend/ast_builder.h"

#include "frontend/ast_dump.h"

namespace mgo {

using P = mgo_antlr::GoParser;

namespace {

bool isToken(antlr4::tree::ParseTree* node, size_t type) {
  auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(node);
  return t && t->getSymbol()->getType() == type;
}

ast::Op binaryOp(size_t tokenType) {
  switch (tokenType) {
    case P::PLUS: return ast::Op::Add;
    case P::MINUS: return ast::Op::Sub;
    case P::STAR: return ast::Op::Mul;
    case P::DIV: return ast::Op::Quo;
    case P::MOD: return ast::Op::Rem;
    case P::AMPERSAND: return ast::Op::And;
    case P::OR: return ast::Op::Or;
    case P::CARET: return ast::Op::Xor;
    case P::LSHIFT: return ast::Op::Shl;
    case P::RSHIFT: return ast::Op::Shr;
    case P::BIT_CLEAR: return ast::Op::AndNot;
    case P::LOGICAL_AND: return ast::Op::LAnd;
    case P::LOGICAL_OR: return ast::Op::LOr;
    case P::EQUALS: return ast::Op::Eql;
    case P::NOT_EQUALS: return ast::Op::Neq;
    case P::LESS: return ast::Op::Lss;
    case P::LESS_EQ: return ast::Op::Leq;
    case P::GREATER: return ast::Op::Gtr;
    case P::GREATER_EQ: return ast::Op::Geq;
    default: return ast::Op::None;
  }
}

ast::Expr* unparen(ast::Expr* x) {
  while (auto* p = ast::as<ast::ParenExpr>(x)) x = p->x;
  return x;
}

}  // namespace

ast::Expr* AstBuilder::expr(P::ExpressionContext* ctx) {
  if (!ctx) return nullptr;
  ast::Pos start = startPos(ctx);
  if (!enter(start)) return bad(start);
  ast::Expr* x = exprInner(ctx);
  leave();
  return x ? x : bad(start);
}

ast::Expr* AstBuilder::exprInner(P::ExpressionContext* ctx) {
  if (auto* c = dynamic_cast<P::NameExprContext*>(ctx)) return ident(c->IDENTIFIER());
  if (auto* c = dynamic_cast<P::LiteralExprContext*>(ctx)) {
    if (!c->lit) return nullptr;
    if (badTokens_.count(c->lit->getStartIndex())) return bad(pos(c->lit));
    return literalToken(c->lit);
  }
  if (auto* b = dynamic_cast<P::BinaryExprContext*>(ctx)) {
    auto operands = b->expression();
    ast::Expr* x = operands.size() > 0 ? expr(operands[0]) : bad(startPos(ctx));
    auto* bin = make<ast::BinaryExpr>(x->pos);
    bin->x = x;
    bin->op = b->op ? binaryOp(b->op->getType()) : ast::Op::None;
    bin->opPos = pos(b->op);
    bin->y = operands.size() > 1 ? expr(operands[1]) : bad(bin->opPos.valid() ? bin->opPos : x->pos);
    return bin;
  }
  if (auto* u = dynamic_cast<P::UnaryExprContext*>(ctx)) return unary(u);
  if (auto* c = dynamic_cast<P::SelectorExprContext*>(ctx)) {
    ast::Expr* x = expr(c->expression());
    if (!x) x = bad(startPos(ctx));
    auto* sel = make<ast::SelectorExpr>(x->pos);
    sel->x = x;
    sel->sel = c->IDENTIFIER() ? ident(c->IDENTIFIER()) : blankIdent(pos(c->DOT()));
    return sel;
  }
  if (auto* c = dynamic_cast<P::CallExprContext*>(ctx)) {
    ast::Expr* fun = expr(c->expression());
    if (!fun) fun = bad(startPos(ctx));
    auto* call = make<ast::CallExpr>(fun->pos);
    call->fun = fun;
    call->lparen = pos(c->L_PAREN());
    call->rparen = pos(c->R_PAREN());
    call->args = exprList(c->expressionList());
    if (Terminal* dots = c->ELLIPSIS()) {
      call->hasEllipsis = true;
      call->ellipsis = pos(dots);
    }
    return call;
  }
  if (auto* c = dynamic_cast<P::IndexExprContext*>(ctx)) {
    ast::Expr* x = expr(c->expression());
    return indexOrSlice(x ? x : bad(startPos(ctx)), c);
  }
  if (auto* c = dynamic_cast<P::ParenExprContext*>(ctx)) {
    auto* paren = make<ast::ParenExpr>(pos(c->L_PAREN()));
    paren->x = c->expression() ? expr(c->expression()) : bad(paren->pos);
    return paren;
  }
  if (auto* c = dynamic_cast<P::CompositeLitExprContext*>(ctx)) {
    ast::Expr* t = expr(c->expression());
    if (!t) t = bad(startPos(ctx));
    if (unparen(t) != t)
      syntaxError(c, pos(c->literalValue() ? c->literalValue()->getStart() : nullptr),
                  "cannot parenthesize type in composite literal");
    return literalValue(t, c->literalValue());
  }
  if (auto* c = dynamic_cast<P::TypeAssertExprContext*>(ctx)) {
    ast::Expr* x = expr(c->expression());
    if (!x) x = bad(startPos(ctx));
    auto* ta = make<ast::TypeAssertExpr>(x->pos);
    ta->x = x;
    ta->lparen = pos(c->L_PAREN());
    if (c->type_()) ta->type = type(c->type_());
    else if (!c->TYPE()) ta->type = bad(ta->lparen);
    return ta;
  }
  if (auto* c = dynamic_cast<P::FuncExprContext*>(ctx)) {
    ast::Pos funcPos = pos(c->FUNC());
    ast::FuncTypeExpr* sig = signature(funcPos, c->signature());
    if (auto* body = c->block()) {
      auto* lit = make<ast::FuncLit>(funcPos);
      lit->type = sig;
      lit->body = block(body);
      return lit;
    }
    return sig;
  }
  if (auto* c = dynamic_cast<P::CompositeTypeExprContext*>(ctx)) {
    ast::Expr* t = nullptr;
    if (auto* a = c->arrayType()) t = arrayType(a);
    else if (auto* sl = c->sliceType()) t = sliceType(sl);
    else if (auto* m = c->mapType()) t = mapType(m);
    else if (auto* st = c->structType()) t = structType(st);
    if (!t) return nullptr;
    if (auto* lit = c->literalValue()) return literalValue(t, lit);
    return t;
  }
  if (auto* c = dynamic_cast<P::ChanTypeExprContext*>(ctx)) {
    auto* chan = make<ast::ChanTypeExpr>(pos(c->CHAN()));
    if (c->ARROW()) chan->dir = ast::ChanDir::Send;
    chan->value = c->type_() ? type(c->type_()) : bad(chan->pos);
    return chan;
  }
  if (auto* c = dynamic_cast<P::InterfaceTypeExprContext*>(ctx)) {
    return c->interfaceType() ? interfaceType(c->interfaceType()) : nullptr;
  }
  return nullptr;
}

std::vector<ast::Expr*> AstBuilder::exprList(P::ExpressionListContext* ctx) {
  std::vector<ast::Expr*> list;
  if (!ctx) return list;
  for (auto* e : ctx->expression()) list.push_back(expr(e));
  return list;
}

// Unary operators; `*x` is a StarExpr (dereference or pointer type). As Go's parser does, `&`
// drops parentheses around its operand, and `<-` applied to a channel type re-associates into a
// receive-only channel type: <-chan T, <-chan (<-chan T).
ast::Expr* AstBuilder::unary(P::UnaryExprContext* ctx) {
  ast::Pos opPos = pos(ctx->op);
  ast::Expr* x = ctx->expression() ? expr(ctx->expression()) : bad(opPos);
  size_t type = ctx->op ? ctx->op->getType() : 0;
  if (type == P::TILDE) {
    // Go's parser accepts ~x anywhere (type sets); outside constraints it is an error.
    error(ctx, opPos, "cannot use ~ outside of interface or type constraint");
    return bad(opPos);
  }
  if (type == P::STAR) {
    auto* star = make<ast::StarExpr>(opPos);
    star->x = x;
    return star;
  }
  if (type == P::ARROW) {
    if (auto* chan = ast::as<ast::ChanTypeExpr>(x)) {
      ast::ChanDir dir = ast::ChanDir::Send;
      ast::Expr* t = chan;
      while (dir == ast::ChanDir::Send) {
        auto* c = ast::as<ast::ChanTypeExpr>(t);
        if (!c) break;
        dir = c->dir;
        if (dir == ast::ChanDir::Recv) {
          syntaxError(ctx, c->pos, "unexpected <-, expecting chan");
        }
        c->dir = ast::ChanDir::Recv;
        t = c->value;
      }
      if (dir == ast::ChanDir::Send) {
        antlr4::Token* next = tokenAfter(ctx);
        syntaxError(ctx, next ? pos(next) : opPos, "unexpected " + (t ? formatExpr(t) : std::string("EOF")) + ", expecting chan");
      }
      chan->pos = opPos;
      return chan;
    }
  }
  auto* u = make<ast::UnaryExpr>(opPos);
  switch (type) {
    case P::PLUS: u->op = ast::Op::Add; break;
    case P::MINUS: u->op = ast::Op::Sub; break;
    case P::NOT: u->op = ast::Op::Not; break;
    case P::CARET: u->op = ast::Op::Xor; break;
    case P::AMPERSAND: u->op = ast::Op::And, x = unparen(x); break;
    case P::ARROW: u->op = ast::Op::Arrow; break;
    default: break;
  }
  u->x = x;
  return u;
}

// [ expr? ( : expr? ( : expr? )? | (, expr)* ,? ) ]
ast::Expr* AstBuilder::indexOrSlice(ast::Expr* x, P::IndexExprContext* ctx) {
  ast::Pos lbrack = pos(ctx->L_BRACKET()), rbrack = pos(ctx->R_BRACKET());
  auto* body = ctx->indexBody();
  std::vector<ast::Expr*> parts(1, nullptr);  // expressions between colons
  size_t colons = 0, commas = 0, exprCount = 0;
  ast::Pos colonPos[2];
  if (body) {
    for (Tree* child : body->children) {
      if (auto* e = dynamic_cast<P::ExpressionContext*>(child)) {
        ast::Expr* built = expr(e);
        ++exprCount;
        if (commas == 0) parts.back() = built;
      } else if (isToken(child, P::COLON)) {
        if (colons < 2) colonPos[colons] = pos(static_cast<Terminal*>(child));
        ++colons;
        parts.push_back(nullptr);
      } else if (isToken(child, P::COMMA)) {
        ++commas;
      }
    }
  }
  if (colons == 0) {
    auto* index = make<ast::IndexExpr>(x->pos);
    index->x = x;
    index->lbrack = lbrack;
    index->rbrack = rbrack;
    index->index = parts[0];
    if (!index->index) {
      syntaxError(ctx, rbrack.valid() ? rbrack : lbrack, "unexpected ], expecting operand");
      index->index = bad(lbrack);
    }
    if (exprCount > 1 || commas > 0) unsupported(index->pos, "generic type instantiation");
    return index;
  }
  auto* slice = make<ast::SliceExpr>(x->pos);
  slice->x = x;
  slice->lbrack = lbrack;
  slice->rbrack = rbrack;
  slice->low = parts[0];
  slice->high = parts.size() > 1 ? parts[1] : nullptr;
  if (colons >= 2) {
    slice->slice3 = true;
    slice->max = parts.size() > 2 ? parts[2] : nullptr;
    // Go checks each as soon as it reads the second colon / the `]`.
    if (!slice->high) {
      error(nullptr, colonPos[1], "middle index required in 3-index slice");
      slice->high = bad(colonPos[1]);
    }
    if (!slice->max) {
      error(nullptr, rbrack, "final index required in 3-index slice");
      slice->max = bad(rbrack.valid() ? rbrack : colonPos[1]);
    }
  }
  return slice;
}

ast::BasicLit* AstBuilder::basicLit(P::BasicLitContext* ctx) { return literalToken(ctx->getStart()); }

ast::BasicLit* AstBuilder::literalToken(antlr4::Token* token) {
  auto* lit = make<ast::BasicLit>(pos(token));
  lit->value = std::string(input_.slice(token->getStartIndex(), token->getStopIndex()));
  switch (token->getType()) {
    case P::INT_LIT: lit->litKind = ast::LitKind::Int; break;
    case P::FLOAT_LIT: lit->litKind = ast::LitKind::Float; break;
    case P::IMAGINARY_LIT:
      lit->litKind = ast::LitKind::Imag;
      unsupported(lit->pos, "complex numbers");
      break;
    case P::RUNE_LIT: lit->litKind = ast::LitKind::Char; break;
    default: lit->litKind = ast::LitKind::String; break;
  }
  return lit;
}

// type{elements}; `type` is nullptr for an elided inner literal. Keys: `key: value`.
ast::CompositeLit* AstBuilder::literalValue(ast::Expr* t, P::LiteralValueContext* ctx) {
  ast::Pos lbrace = ctx ? pos(ctx->L_CURLY()) : ast::Pos{};
  auto* lit = make<ast::CompositeLit>(t ? t->pos : lbrace);
  lit->type = t;
  lit->lbrace = lbrace;
  if (!ctx) return lit;
  lit->rbrace = pos(ctx->R_CURLY());
  if (!enter(lbrace)) return lit;
  for (auto* keyed : ctx->keyedElement()) {
    auto elements = keyed->element();
    ast::Expr* first = elements.size() > 0 ? element(elements[0]) : bad(startPos(keyed));
    if (Terminal* colon = keyed->COLON()) {
      auto* kv = make<ast::KeyValueExpr>(first->pos);
      kv->key = first;
      kv->colon = pos(colon);
      kv->value = elements.size() > 1 ? element(elements[1]) : bad(kv->colon);
      lit->elts.push_back(kv);
    } else {
      lit->elts.push_back(first);
    }
  }
  leave();
  return lit;
}

ast::Expr* AstBuilder::element(P::ElementContext* ctx) {
  if (auto* e = ctx->expression()) return expr(e);
  if (auto* lv = ctx->literalValue()) return literalValue(nullptr, lv);
  return bad(startPos(ctx));
}

}  // namespace mgo
