// ast_builder_types.cpp — AstBuilder: type expressions, signatures and parameter lists (with Go's
// grouping of `a, b int` and its "mixed named and unnamed parameters" check).
#include "frontend/ast_builder.h"

namespace mgo {

using P = mgo_antlr::GoParser;

ast::Expr* AstBuilder::type(P::Type_Context* ctx) {
  if (!ctx) return nullptr;
  ast::Pos start = startPos(ctx);
  if (!enter(start)) return bad(start);
  ast::Expr* result = nullptr;
  if (auto* name = ctx->typeName()) {
    result = typeName(name);
    if (auto* args = ctx->typeArgs()) result = typeArgs(result, args);
  } else if (auto* lit = ctx->typeLit()) {
    result = typeLit(lit);
  } else if (ctx->L_PAREN()) {
    auto* paren = make<ast::ParenExpr>(pos(ctx->L_PAREN()));
    paren->x = ctx->type_() ? type(ctx->type_()) : bad(start);
    result = paren;
  }
  leave();
  return result ? result : bad(start);
}

ast::Expr* AstBuilder::typeName(P::TypeNameContext* ctx) {
  auto ids = ctx->IDENTIFIER();
  if (ids.empty()) return bad(startPos(ctx));
  ast::Expr* x = ident(ids[0]);
  if (ids.size() > 1) {
    auto* sel = make<ast::SelectorExpr>(x->pos);
    sel->x = x;
    sel->sel = ident(ids[1]);
    x = sel;
  }
  return x;
}

// T[A, B]: generic instantiation, built as IndexExpr{T, A} and reported unsupported (with the
// type checker's wording and position, so that a report from both collapses into one).
ast::Expr* AstBuilder::typeArgs(ast::Expr* base, P::TypeArgsContext* ctx) {
  unsupported(base->pos, "generic type instantiation");
  auto* index = make<ast::IndexExpr>(base->pos);
  index->x = base;
  index->lbrack = pos(ctx->L_BRACKET());
  index->rbrack = pos(ctx->R_BRACKET());
  auto args = ctx->type_();
  index->index = args.empty() ? bad(index->lbrack) : type(args[0]);
  return index;
}

ast::Expr* AstBuilder::typeLit(P::TypeLitContext* ctx) {
  if (auto* c = ctx->arrayType()) return arrayType(c);
  if (auto* c = ctx->sliceType()) return sliceType(c);
  if (auto* c = ctx->structType()) return structType(c);
  if (auto* c = ctx->pointerType()) {
    auto* star = make<ast::StarExpr>(pos(c->STAR()));
    star->x = c->type_() ? type(c->type_()) : bad(star->pos);
    return star;
  }
  if (auto* c = ctx->functionType()) return signature(pos(c->FUNC()), c->signature());
  if (auto* c = ctx->interfaceType()) return interfaceType(c);
  if (auto* c = ctx->mapType()) return mapType(c);
  if (auto* c = ctx->chanType()) return chanType(c);
  return bad(startPos(ctx));
}

ast::ArrayTypeExpr* AstBuilder::arrayType(P::ArrayTypeContext* ctx) {
  auto* array = make<ast::ArrayTypeExpr>(pos(ctx->L_BRACKET()));
  if (Terminal* dots = ctx->ELLIPSIS()) {
    array->len = make<ast::EllipsisExpr>(pos(dots));
  } else {
    array->len = ctx->expression() ? expr(ctx->expression()) : bad(array->pos);
  }
  array->elem = ctx->type_() ? type(ctx->type_()) : bad(array->pos);
  return array;
}

ast::ArrayTypeExpr* AstBuilder::sliceType(P::SliceTypeContext* ctx) {
  auto* slice = make<ast::ArrayTypeExpr>(pos(ctx->L_BRACKET()));
  slice->elem = ctx->type_() ? type(ctx->type_()) : bad(slice->pos);
  return slice;
}

ast::MapTypeExpr* AstBuilder::mapType(P::MapTypeContext* ctx) {
  auto* map = make<ast::MapTypeExpr>(pos(ctx->MAP()));
  auto types = ctx->type_();
  map->key = types.size() > 0 ? type(types[0]) : bad(map->pos);
  map->value = types.size() > 1 ? type(types[1]) : bad(map->pos);
  return map;
}

ast::ChanTypeExpr* AstBuilder::chanType(P::ChanTypeContext* ctx) {
  auto* chan = make<ast::ChanTypeExpr>(startPos(ctx));
  Terminal* arrow = ctx->ARROW();
  Terminal* kw = ctx->CHAN();
  if (arrow && kw) {
    chan->dir = arrow->getSymbol()->getTokenIndex() < kw->getSymbol()->getTokenIndex() ? ast::ChanDir::Recv
                                                                                        : ast::ChanDir::Send;
  }
  chan->value = ctx->type_() ? type(ctx->type_()) : bad(chan->pos);
  return chan;
}

ast::StructTypeExpr* AstBuilder::structType(P::StructTypeContext* ctx) {
  auto* st = make<ast::StructTypeExpr>(pos(ctx->STRUCT()));
  for (auto* fieldCtx : ctx->fieldDecl()) {
    auto* field = make<ast::Field>(startPos(fieldCtx));
    if (auto* names = fieldCtx->identifierList()) {
      field->names = identifierList(names);
      field->type = fieldCtx->type_() ? type(fieldCtx->type_()) : bad(field->pos);
    } else if (auto* embedded = fieldCtx->embeddedField()) {
      ast::Expr* t = embedded->typeName() ? typeName(embedded->typeName()) : bad(field->pos);
      if (auto* args = embedded->typeArgs()) t = typeArgs(t, args);
      if (Terminal* star = embedded->STAR()) {
        auto* ptr = make<ast::StarExpr>(pos(star));
        ptr->x = t;
        t = ptr;
      }
      field->type = t;
    }
    if (auto* tag = fieldCtx->basicLit()) {
      if (tag->STRING_LIT() || tag->RAW_STRING_LIT()) {
        field->tag = basicLit(tag);
      } else {
        syntaxError(fieldCtx, startPos(tag), "unexpected " + tokenDescription(tag->getStart()) + " in struct type; possibly missing semicolon or newline or }");
      }
    }
    st->fields.push_back(field);
  }
  return st;
}

ast::InterfaceTypeExpr* AstBuilder::interfaceType(P::InterfaceTypeContext* ctx) {
  auto* it = make<ast::InterfaceTypeExpr>(pos(ctx->INTERFACE()));
  for (auto* elemCtx : ctx->interfaceElem()) {
    auto* field = make<ast::Field>(startPos(elemCtx));
    if (auto* sig = elemCtx->signature()) {
      field->names.push_back(ident(elemCtx->IDENTIFIER()));
      // A method's FuncTypeExpr has no `func` keyword: its pos is the `(` of the parameters.
      field->type = signature(startPos(sig), sig);
    } else if (auto* elem = elemCtx->typeElem()) {
      field->type = typeElem(elem);
    }
    it->methods.push_back(field);
  }
  return it;
}

// An embedded interface element: a plain type (embedded interface) or, with `|` or `~`, a type
// set (generics: reported unsupported, built as a BinaryExpr/UnaryExpr chain for completeness).
ast::Expr* AstBuilder::typeElem(P::TypeElemContext* ctx) {
  ast::Expr* result = nullptr;
  auto terms = ctx->typeTerm();
  bool reported = false;
  for (size_t i = 0; i < terms.size(); ++i) {
    auto* term = terms[i];
    ast::Expr* t = term->type_() ? type(term->type_()) : bad(startPos(term));
    if (Terminal* tilde = term->TILDE()) {
      if (!reported) unsupported(pos(tilde), "generics"), reported = true;
      auto* u = make<ast::UnaryExpr>(pos(tilde));
      u->op = ast::Op::None;  // ~T has no mini-Go operator
      u->x = t;
      t = u;
    }
    if (!result) {
      result = t;
      continue;
    }
    if (!reported) unsupported(t->pos, "generics"), reported = true;
    auto* bin = make<ast::BinaryExpr>(result->pos);
    bin->op = ast::Op::Or;
    bin->x = result;
    bin->y = t;
    result = bin;
  }
  return result ? result : bad(startPos(ctx));
}

ast::FuncTypeExpr* AstBuilder::signature(ast::Pos funcPos, P::SignatureContext* ctx) {
  auto* fn = make<ast::FuncTypeExpr>(funcPos);
  if (!ctx) return fn;
  fn->params = parameters(ctx->parameters());
  if (auto* result = ctx->result()) {
    if (auto* params = result->parameters()) {
      fn->results = parameters(params);
    } else {
      auto* field = make<ast::Field>(startPos(result));
      if (auto* name = result->typeName()) {
        field->type = typeName(name);
        if (auto* args = result->typeArgs()) field->type = typeArgs(field->type, args);
      } else if (auto* lit = result->typeLit()) {
        field->type = typeLit(lit);
      }
      if (!field->type) field->type = bad(field->pos);
      fn->results.push_back(field);
    }
  }
  return fn;
}

// Go's paramList (cmd/compile/internal/syntax): each declaration is `name type`, `name ...type`,
// `type` or `...type`, where a lone identifier may be a name or a type. If no parameter has both
// a name and a type, lone identifiers are types; otherwise every parameter must end up named:
// types are distributed right to left (`a, b int`), and a type without a name is an error.
// Consecutive names sharing one written type become one ast::Field.
std::vector<ast::Field*> AstBuilder::parameters(P::ParametersContext* ctx, size_t* rawCount) {
  struct Param {
    ast::Ident* name = nullptr;
    ast::Expr* type = nullptr;
  };
  std::vector<Param> list;
  std::vector<ast::Field*> fields;
  if (!ctx) return fields;
  for (auto* decl : ctx->parameterDecl()) {
    Param param;
    ast::Expr* t = nullptr;
    if (decl->IDENTIFIER() && !decl->type_()) {  // a lone name: a name or a type, decided below
      param.name = ident(decl->IDENTIFIER());
      list.push_back(param);
      continue;
    }
    if (auto* typeCtx = decl->type_()) {
      auto* name = typeCtx->typeName();
      bool loneIdent = !decl->IDENTIFIER() && !decl->ELLIPSIS() && name && name->IDENTIFIER().size() == 1 &&
                       !typeCtx->typeArgs();
      if (loneIdent) {
        param.name = ident(name->IDENTIFIER(0));
        list.push_back(param);
        continue;
      }
      t = type(typeCtx);
    } else {
      t = bad(startPos(decl));
    }
    if (Terminal* dots = decl->ELLIPSIS()) {
      auto* ellipsis = make<ast::EllipsisExpr>(pos(dots));
      ellipsis->elt = t;
      t = ellipsis;
    }
    param.name = ident(decl->IDENTIFIER());
    param.type = t;
    list.push_back(param);
  }
  if (rawCount) *rawCount = list.size();
  if (list.empty()) return fields;

  size_t named = 0;
  for (const Param& p : list) named += p.name && p.type;
  if (named == 0) {
    for (Param& p : list) {
      if (p.name) p.type = p.name, p.name = nullptr;
    }
    for (const Param& p : list) {
      auto* field = make<ast::Field>(p.type->pos);
      field->type = p.type;
      fields.push_back(field);
    }
    return fields;
  }
  if (named != list.size()) {
    ast::Pos errorPos;
    ast::Expr* t = nullptr;
    for (size_t i = list.size(); i-- > 0;) {
      Param& p = list[i];
      if (p.type) {
        t = p.type;
        if (!p.name) {
          errorPos = t->pos;
          p.name = blankIdent(errorPos);
        }
      } else if (t) {
        p.type = t;
      } else {
        errorPos = p.name->pos;
        p.type = bad(errorPos);
      }
    }
    if (errorPos.valid()) syntaxError(ctx, errorPos, "mixed named and unnamed parameters");
  }
  ast::Field* current = nullptr;
  for (const Param& p : list) {
    if (!current || current->type != p.type) {
      current = make<ast::Field>(p.name->pos);
      current->type = p.type;
      fields.push_back(current);
    }
    current->names.push_back(p.name);
  }
  return fields;
}

}  // namespace mgo
