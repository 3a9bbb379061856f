// GoParserBase.cpp — see GoParserBase.h.
#include "GoParserBase.h"

#include "GoParser.h"

namespace mgo_antlr {
namespace {

using P = GoParser;

// Go's pexpr: Name, SelectorExpr and IndexExpr may be composite literal types (complit_ok only
// outside headers); parenthesised composite types ([]T) are always accepted (the builder then
// complains "cannot parenthesize type in composite literal").
bool mayBeTypeName(antlr4::tree::ParseTree* node) {
  bool parenthesized = false;
  for (;;) {
    if (dynamic_cast<P::SelectorExprContext*>(node) || dynamic_cast<P::IndexExprContext*>(node) ||
        dynamic_cast<P::NameExprContext*>(node))
      return true;
    // A bare []T/map/struct type takes its literal value itself (the operand's `literalValue?`).
    if (auto* composite = dynamic_cast<P::CompositeTypeExprContext*>(node))
      return parenthesized && !composite->literalValue();
    auto* paren = dynamic_cast<P::ParenExprContext*>(node);
    if (!paren) return false;
    parenthesized = true;
    node = paren->expression();
  }
}

bool isParenthesizedCompositeType(antlr4::tree::ParseTree* node) {
  auto* paren = dynamic_cast<P::ParenExprContext*>(node);
  if (!paren) return false;
  antlr4::tree::ParseTree* inner = paren->expression();
  if (auto* composite = dynamic_cast<P::CompositeTypeExprContext*>(inner)) return !composite->literalValue();
  return isParenthesizedCompositeType(inner);
}

}  // namespace

bool GoParserBase::complitAllowed() {
  antlr4::ParserRuleContext* ctx = _ctx;
  antlr4::tree::ParseTree* left = ctx;
  if (auto* lit = dynamic_cast<P::CompositeLitExprContext*>(ctx)) left = lit->expression();
  if (!left || !mayBeTypeName(left)) return false;
  if (isParenthesizedCompositeType(left)) return true;
  for (antlr4::tree::ParseTree* p = ctx->parent; p; p = p->parent) {
    if (dynamic_cast<P::HeaderContext*>(p) || dynamic_cast<P::ForHeaderContext*>(p)) return false;
    if (dynamic_cast<P::ParenExprContext*>(p) || dynamic_cast<P::CallExprContext*>(p) ||
        dynamic_cast<P::IndexExprContext*>(p) || dynamic_cast<P::LiteralValueContext*>(p) ||
        dynamic_cast<P::BlockContext*>(p) || dynamic_cast<P::ArrayTypeContext*>(p) ||
        dynamic_cast<P::TypeAssertExprContext*>(p) || dynamic_cast<P::TypeArgsContext*>(p))
      return true;
  }
  return true;
}

}  // namespace mgo_antlr
