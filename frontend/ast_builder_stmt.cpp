// ast_builder_stmt.cpp — AstBuilder: statements, including Go's post-parse checks of if/for/switch
// headers (cmd/compile/internal/syntax parser.header), labels and go/defer operands.
#include "frontend/ast_builder.h"

#include "frontend/ast_dump.h"

namespace mgo {

using P = mgo_antlr::GoParser;

namespace {

bool isToken(antlr4::tree::ParseTree* node, size_t type) {
  auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(node);
  return t && t->getSymbol()->getType() == type;
}

ast::Expr* unparen(ast::Expr* x) {
  while (auto* p = ast::as<ast::ParenExpr>(x)) x = p->x;
  return x;
}

}  // namespace

ast::BlockStmt* AstBuilder::block(P::BlockContext* ctx) {
  auto* blk = make<ast::BlockStmt>(pos(ctx->L_CURLY()));
  if (auto* list = ctx->statementList()) blk->stmts = statementList(list);
  blk->rbrace = pos(ctx->R_CURLY());
  return blk;
}

// `statement? (SEMI statement?)*`: an empty slot followed by a SEMI is an EmptyStmt, as in Go.
std::vector<ast::Stmt*> AstBuilder::statementList(P::StatementListContext* ctx) {
  std::vector<ast::Stmt*> stmts;
  bool slotFilled = false;
  for (Tree* child : ctx->children) {
    if (auto* s = dynamic_cast<P::StatementContext*>(child)) {
      if (ast::Stmt* stmt = statement(s)) stmts.push_back(stmt);
      slotFilled = true;
    } else if (isToken(child, P::SEMI)) {
      if (!slotFilled) {
        auto* semi = static_cast<Terminal*>(child);
        auto* empty = make<ast::EmptyStmt>(pos(semi));
        empty->implicit = mgo_antlr::GoLexerBase::isImplicitSemi(semi->getSymbol());
        stmts.push_back(empty);
      }
      slotFilled = false;
    }
  }
  return stmts;
}

ast::Stmt* AstBuilder::statement(P::StatementContext* ctx) {
  ast::Pos start = startPos(ctx);
  if (!enter(start)) return make<ast::BadStmt>(start);
  ast::Stmt* s = statementInner(ctx);
  leave();
  return s ? s : make<ast::BadStmt>(start);
}

ast::Stmt* AstBuilder::statementInner(P::StatementContext* ctx) {
  if (auto* c = dynamic_cast<P::SimpleOrLabeledStmtContext*>(ctx)) return simpleOrLabeled(c);
  if (auto* c = dynamic_cast<P::DeclStmtContext*>(ctx)) {
    if (!c->declaration()) return nullptr;
    auto* decl = make<ast::DeclStmt>(startPos(c));
    decl->decl = declaration(c->declaration());
    return decl;
  }
  if (auto* c = dynamic_cast<P::BlockStatementContext*>(ctx)) return c->block() ? block(c->block()) : nullptr;
  if (auto* c = dynamic_cast<P::IfStatementContext*>(ctx)) return c->ifStmt() ? ifStmt(c->ifStmt()) : nullptr;
  if (auto* c = dynamic_cast<P::ForStatementContext*>(ctx)) return c->forStmt() ? forStmt(c->forStmt()) : nullptr;
  if (auto* c = dynamic_cast<P::SwitchStatementContext*>(ctx))
    return c->switchStmt() ? switchStmt(c->switchStmt()) : nullptr;
  if (auto* c = dynamic_cast<P::SelectStatementContext*>(ctx))
    return c->selectStmt() ? selectStmt(c->selectStmt()) : nullptr;
  if (auto* c = dynamic_cast<P::GoStatementContext*>(ctx)) {
    if (!c->goStmt()) return nullptr;
    return goOrDefer(c->goStmt()->GO(), c->goStmt()->expression(), true);
  }
  if (auto* c = dynamic_cast<P::DeferStatementContext*>(ctx)) {
    if (!c->deferStmt()) return nullptr;
    return goOrDefer(c->deferStmt()->DEFER(), c->deferStmt()->expression(), false);
  }
  if (auto* c = dynamic_cast<P::ReturnStatementContext*>(ctx)) {
    auto* r = c->returnStmt();
    if (!r) return nullptr;
    auto* ret = make<ast::ReturnStmt>(pos(r->RETURN()));
    if (auto* list = r->expressionList()) ret->results = exprList(list);
    return ret;
  }
  if (auto* c = dynamic_cast<P::BreakStatementContext*>(ctx)) {
    auto* b = c->breakStmt();
    if (!b) return nullptr;
    auto* br = make<ast::BranchStmt>(pos(b->BREAK()));
    br->tok = ast::BranchTok::Break;
    br->label = ident(b->IDENTIFIER());
    return br;
  }
  if (auto* c = dynamic_cast<P::ContinueStatementContext*>(ctx)) {
    auto* k = c->continueStmt();
    if (!k) return nullptr;
    auto* br = make<ast::BranchStmt>(pos(k->CONTINUE()));
    br->tok = ast::BranchTok::Continue;
    br->label = ident(k->IDENTIFIER());
    return br;
  }
  if (auto* c = dynamic_cast<P::GotoStatementContext*>(ctx)) {
    auto* g = c->gotoStmt();
    if (!g) return nullptr;
    auto* br = make<ast::BranchStmt>(pos(g->GOTO()));
    br->tok = ast::BranchTok::Goto;
    br->label = g->IDENTIFIER() ? ident(g->IDENTIFIER()) : blankIdent(br->pos);
    unsupported(br->pos, "goto");
    return br;
  }
  if (auto* c = dynamic_cast<P::FallthroughStatementContext*>(ctx)) {
    auto* f = c->fallthroughStmt();
    if (!f) return nullptr;
    auto* br = make<ast::BranchStmt>(pos(f->FALLTHROUGH()));
    br->tok = ast::BranchTok::Fallthrough;
    return br;
  }
  return nullptr;
}

ast::Expr* AstBuilder::loneName(P::SimpleStmtContext* simple) {
  auto* list = simple ? simple->expressionList() : nullptr;
  if (!list || simple->simpleStmtTail() || list->expression().size() != 1) return nullptr;
  auto* name = dynamic_cast<P::NameExprContext*>(list->expression(0));
  return name ? ident(name->IDENTIFIER()) : nullptr;
}

ast::Stmt* AstBuilder::simpleOrLabeled(P::SimpleOrLabeledStmtContext* ctx) {
  auto* simple = ctx->simpleStmt();
  Terminal* colon = ctx->COLON();
  if (!colon) return simple ? simpleStmt(simple, false) : nullptr;
  // Go: only a lone name may be a label; anything else ends the statement before the ':'.
  ast::Expr* name = loneName(simple);
  if (!name) {
    // Go: after a list without an assignment it expects one; otherwise the statement ended.
    bool list = simple && !simple->simpleStmtTail() && simple->expressionList() &&
                simple->expressionList()->expression().size() > 1;
    if (list)
      syntaxError(ctx, pos(colon), "unexpected :, expecting := or = or comma");
    else
      syntaxError(ctx, pos(colon), "unexpected : at end of statement");
    return simple ? simpleStmt(simple, false) : nullptr;
  }
  auto* labeled = make<ast::LabeledStmt>(name->pos);
  labeled->label = static_cast<ast::Ident*>(name);
  if (auto* inner = ctx->statement()) {
    labeled->stmt = statement(inner);
  } else {
    // `L: }` or `L: ;` — an empty statement (at the following token).
    antlr4::Token* next = tokenAfter(ctx);
    auto* empty = make<ast::EmptyStmt>(next ? pos(next) : pos(colon));
    empty->implicit = !next || next->getType() != P::SEMI || mgo_antlr::GoLexerBase::isImplicitSemi(next);
    labeled->stmt = empty;
  }
  return labeled;
}

ast::Stmt* AstBuilder::simpleStmt(P::SimpleStmtContext* ctx, bool rangeOk) {
  ast::Pos start = startPos(ctx);
  std::vector<ast::Expr*> lhs = exprList(ctx->expressionList());
  if (lhs.empty()) return make<ast::BadStmt>(start);
  auto* tail = ctx->simpleStmtTail();
  if (!tail) {
    if (lhs.size() > 1) {
      antlr4::Token* next = tokenAfter(ctx);
      syntaxError(ctx, next ? pos(next) : start, "unexpected " + tokenDescription(next) + ", expecting := or = or comma");
    }
    auto* es = make<ast::ExprStmt>(lhs[0]->pos);
    es->x = lhs[0];
    return es;
  }
  // Single-operand forms: op=, ++, --, <- (Go parses a list first and complains otherwise).
  if (!tail->ASSIGN() && !tail->DEFINE() && lhs.size() > 1) {
    // Decided on the token after the list, whatever follows.
    syntaxError(ctx->expressionList(), startPos(tail), "unexpected " + tokenDescription(tail->getStart()) + ", expecting := or = or comma");
    return make<ast::BadStmt>(start);
  }
  if (antlr4::Token* op = tail->assignOp) {
    auto* as = make<ast::AssignStmt>(lhs[0]->pos);
    as->lhs = lhs;
    as->tok = ast::AssignTok::OpAssign;
    as->tokPos = pos(op);
    static const std::pair<size_t, ast::Op> kOps[] = {
        {P::ADD_ASSIGN, ast::Op::Add}, {P::SUB_ASSIGN, ast::Op::Sub}, {P::MUL_ASSIGN, ast::Op::Mul},
        {P::QUO_ASSIGN, ast::Op::Quo}, {P::REM_ASSIGN, ast::Op::Rem}, {P::AND_ASSIGN, ast::Op::And},
        {P::OR_ASSIGN, ast::Op::Or},   {P::XOR_ASSIGN, ast::Op::Xor}, {P::SHL_ASSIGN, ast::Op::Shl},
        {P::SHR_ASSIGN, ast::Op::Shr}, {P::AND_NOT_ASSIGN, ast::Op::AndNot}};
    size_t type = op->getType();
    for (auto [t, o] : kOps)
      if (t == type) as->op = o;
    // Go parses a single expression after op=; a list is "unexpected comma at end of statement".
    std::vector<ast::Expr*> rhs = exprList(tail->expressionList());
    if (rhs.size() > 1) {
      auto commas = tail->expressionList()->COMMA();
      syntaxError(ctx, pos(commas.empty() ? nullptr : commas[0]), "unexpected comma at end of statement");
    }
    as->rhs.push_back(rhs.empty() ? bad(as->tokPos) : rhs[0]);
    return as;
  }
  if (tail->INC() || tail->DEC()) {
    auto* id = make<ast::IncDecStmt>(lhs[0]->pos);
    id->x = lhs[0];
    id->inc = tail->INC() != nullptr;
    id->tokPos = startPos(tail);
    return id;
  }
  if (Terminal* arrow = tail->ARROW()) {
    auto* send = make<ast::SendStmt>(lhs[0]->pos);
    send->chan = lhs[0];
    send->arrow = pos(arrow);
    send->value = tail->expression() ? expr(tail->expression()) : bad(send->arrow);
    return send;
  }
  // = or :=, possibly a range clause.
  bool define = tail->DEFINE() != nullptr;
  ast::Pos tokPos = pos(define ? tail->DEFINE() : tail->ASSIGN());
  if (Terminal* range = tail->RANGE()) {
    if (!rangeOk) {
      syntaxError(nullptr, pos(range), "unexpected range, expecting expression");  // decided at `range`
      return make<ast::BadStmt>(start);
    }
    auto* rs = make<ast::RangeStmt>(start);
    rs->define = define;
    rs->rangePos = pos(range);
    if (lhs.size() > 2) {
      error(ctx, lhs[2]->pos, "range clause permits at most two iteration variables");
    }
    rs->key = lhs[0];
    if (lhs.size() > 1) rs->value = lhs[1];
    rs->x = tail->expression() ? expr(tail->expression()) : bad(rs->rangePos);
    return rs;
  }
  auto* as = make<ast::AssignStmt>(lhs[0]->pos);
  as->lhs = lhs;
  as->tok = define ? ast::AssignTok::Define : ast::AssignTok::Assign;
  as->tokPos = tokPos;
  as->rhs = exprList(tail->expressionList());
  if (as->rhs.empty()) as->rhs.push_back(bad(tokPos));
  return as;
}

// Go's Node.Pos() of the primary operand of a go/defer statement (binary operators and
// parentheses stripped as goOrDefer does): the '.' of a selector or type assertion, the '[' of an
// index, the '(' of a call, the '{' of a composite literal, else its first token.
ast::Pos AstBuilder::syntaxPosOfOperand(P::ExpressionContext* ctx) const {
  while (ctx) {
    if (auto* b = dynamic_cast<P::BinaryExprContext*>(ctx)) ctx = b->expression(0);
    else if (auto* p = dynamic_cast<P::ParenExprContext*>(ctx); p && p->expression()) ctx = p->expression();
    else break;
  }
  if (!ctx) return {};
  if (auto* s = dynamic_cast<P::SelectorExprContext*>(ctx)) return pos(s->DOT());
  if (auto* a = dynamic_cast<P::TypeAssertExprContext*>(ctx)) return pos(a->DOT());
  if (auto* i = dynamic_cast<P::IndexExprContext*>(ctx)) return pos(i->L_BRACKET());
  if (auto* c = dynamic_cast<P::CallExprContext*>(ctx)) return pos(c->L_PAREN());
  if (auto* c = dynamic_cast<P::CompositeLitExprContext*>(ctx); c && c->literalValue())
    return pos(c->literalValue()->L_CURLY());
  if (auto* c = dynamic_cast<P::CompositeTypeExprContext*>(ctx); c && c->literalValue())
    return pos(c->literalValue()->L_CURLY());
  return startPos(ctx);
}

// go f() / defer f(): Go's callStmt — the operand must be a call, not parenthesised. Go parses
// only a primary expression there; the grammar takes a whole expression, so an operand that
// starts with a unary operator, or is followed by a binary one, gets the error Go's parser gives.
ast::Stmt* AstBuilder::goOrDefer(Terminal* keyword, P::ExpressionContext* xCtx, bool isGo) {
  ast::Pos kwPos = pos(keyword);
  ast::Expr* x = xCtx ? expr(xCtx) : bad(kwPos);
  const char* what = isGo ? "go" : "defer";
  auto* origin = dynamic_cast<antlr4::ParserRuleContext*>(keyword ? keyword->parent : nullptr);
  ast::BinaryExpr* firstBinary = nullptr;
  while (auto* b = ast::as<ast::BinaryExpr>(x)) firstBinary = b, x = b->x;
  bool prefixed = ast::is<ast::UnaryExpr>(x) || ast::is<ast::StarExpr>(x);
  if (prefixed) {
    const char* op = ast::is<ast::StarExpr>(x) ? "*" : ast::opSpelling(static_cast<ast::UnaryExpr*>(x)->op);
    syntaxError(origin, x->pos, std::string("unexpected ") + op + ", expecting expression");
  } else if (firstBinary) {
    syntaxError(origin, firstBinary->opPos,
                std::string("unexpected ") + ast::opSpelling(firstBinary->op) + " at end of statement");
  }
  ast::Expr* inner = unparen(x);
  if (inner != x) error(origin, x->pos, std::string("expression in ") + what + " must not be parenthesized");
  auto* call = ast::as<ast::CallExpr>(inner);
  if (!call && !ast::is<ast::BadExpr>(inner) && !prefixed) {
    error(origin, syntaxPosOfOperand(xCtx), std::string("expression in ") + what + " must be function call");
    // As Go does, assume the parentheses were forgotten: the checker then checks `x()`.
    call = make<ast::CallExpr>(inner->pos);
    call->fun = inner;
  }
  if (isGo) {
    auto* s = make<ast::GoStmt>(kwPos);
    s->call = call;
    s->expr = x;
    return s;
  }
  auto* s = make<ast::DeferStmt>(kwPos);
  s->call = call;
  s->expr = x;
  return s;
}

// The condition of an if/for/switch header: an expression statement; anything else is Go's
// "cannot use ... as value".
ast::Expr* AstBuilder::conditionOf(antlr4::ParserRuleContext* origin, antlr4::ParserRuleContext* wholeHeader,
                                   ast::Stmt* stmt) {
  if (!stmt) return nullptr;
  if (auto* es = ast::as<ast::ExprStmt>(stmt)) return es->x;
  if (ast::is<ast::BadStmt>(stmt)) return bad(stmt->pos);
  // A lone statement only becomes the condition when Go then sees the `{` after the header.
  if (wholeHeader && !followedByBrace(wholeHeader)) return bad(stmt->pos);
  std::string text;
  if (auto* as = ast::as<ast::AssignStmt>(stmt); as && as->tok == ast::AssignTok::Assign) {
    text = "assignment (" + formatExprList(as->lhs) + ") = (" + formatExprList(as->rhs) + ")";
  } else {
    text = formatStmt(stmt);
  }
  // Go positions simple statements at their operator.
  ast::Pos at = stmt->pos;
  if (auto* as = ast::as<ast::AssignStmt>(stmt)) at = as->tokPos;
  else if (auto* id = ast::as<ast::IncDecStmt>(stmt)) at = id->tokPos;
  else if (auto* send = ast::as<ast::SendStmt>(stmt)) at = send->arrow;
  else if (auto* range = ast::as<ast::RangeStmt>(stmt)) at = range->rangePos;
  syntaxError(origin, at, "cannot use " + text + " as value");
  return bad(stmt->pos);
}


bool AstBuilder::followedByBrace(antlr4::ParserRuleContext* header) const {
  antlr4::Token* next = tokenAfter(header);
  return next && next->getType() == P::L_CURLY;
}

ast::Stmt* AstBuilder::ifStmt(P::IfStmtContext* ctx) {
  auto* s = make<ast::IfStmt>(pos(ctx->IF()));
  auto blocks = ctx->block();
  if (auto* header = ctx->header()) {
    // header: simple (; simple?)? | ; simple?
    P::SimpleStmtContext* first = nullptr;
    P::SimpleStmtContext* second = nullptr;
    Terminal* semi = header->SEMI();
    for (auto* child : header->children) {
      if (auto* ss = dynamic_cast<P::SimpleStmtContext*>(child)) {
        bool beforeSemi = !semi || ss->getStart()->getTokenIndex() < semi->getSymbol()->getTokenIndex();
        (beforeSemi ? first : second) = ss;
      }
    }
    if (!semi) {
      s->cond = conditionOf(first, header, first ? simpleStmt(first, false) : nullptr);
    } else {
      if (first) s->init = simpleStmt(first, false);
      if (second) {
        s->cond = conditionOf(second, nullptr, simpleStmt(second, false));
      } else {
        antlr4::Token* semiTok = semi->getSymbol();
        if (!followedByBrace(header))
          ;  // Go parses a condition there instead (and reports it if it is missing)
        else if (mgo_antlr::GoLexerBase::isImplicitSemi(semiTok))
          syntaxError(header, pos(semi), "unexpected " + semiTok->getText() + ", expecting { after if clause");
        else
          syntaxError(header, pos(semi), "missing condition in if statement");
        s->cond = bad(pos(semi));
      }
    }
  } else if (!blocks.empty()) {
    // Decided as soon as the `{` is seen, whatever follows.
    syntaxError(nullptr, pos(blocks[0]->L_CURLY()), "missing condition in if statement");
    s->cond = bad(pos(blocks[0]->L_CURLY()));
  }
  if (!s->cond) s->cond = bad(s->pos);
  if (!blocks.empty()) s->then = block(blocks[0]);
  if (auto* elseIf = ctx->ifStmt()) {
    s->els = ifStmt(elseIf);
  } else if (blocks.size() > 1) {
    s->els = block(blocks[1]);
  }
  return s;
}

ast::Stmt* AstBuilder::switchStmt(P::SwitchStmtContext* ctx) {
  ast::Pos kwPos = pos(ctx->SWITCH());
  ast::Stmt* init = nullptr;
  ast::Stmt* tagStmt = nullptr;
  P::SimpleStmtContext* tagCtx = nullptr;
  bool headerSemi = false;
  if (auto* header = ctx->header()) {
    Terminal* semi = header->SEMI();
    headerSemi = semi != nullptr;
    for (auto* child : header->children) {
      if (auto* ss = dynamic_cast<P::SimpleStmtContext*>(child)) {
        bool beforeSemi = !semi || ss->getStart()->getTokenIndex() < semi->getSymbol()->getTokenIndex();
        if (beforeSemi && semi) init = simpleStmt(ss, false);
        else tagStmt = simpleStmt(ss, false), tagCtx = ss;
      }
    }
  }
  std::vector<ast::CaseClause*> clauses;
  for (auto* cc : ctx->caseClause()) clauses.push_back(caseClause(cc));
  ast::Pos lbrace = pos(ctx->L_CURLY()), rbrace = pos(ctx->R_CURLY());

  // Type switch: [x :=] y.(type)
  ast::TypeAssertExpr* guard = nullptr;
  ast::Ident* binding = nullptr;
  if (auto* es = ast::as<ast::ExprStmt>(tagStmt)) {
    if (auto* ta = ast::as<ast::TypeAssertExpr>(es->x); ta && !ta->type) guard = ta;
  } else if (auto* as = ast::as<ast::AssignStmt>(tagStmt)) {
    if (as->tok == ast::AssignTok::Define && as->lhs.size() == 1 && as->rhs.size() == 1) {
      auto* ta = ast::as<ast::TypeAssertExpr>(as->rhs[0]);
      auto* id = ast::as<ast::Ident>(as->lhs[0]);
      if (ta && !ta->type && id) guard = ta, binding = id;
    }
  }
  if (guard) {
    auto* ts = make<ast::TypeSwitchStmt>(kwPos);
    ts->init = init;
    ts->binding = binding;
    ts->guard = guard;
    ts->clauses = clauses;
    ts->lbrace = lbrace;
    ts->rbrace = rbrace;
    return ts;
  }
  auto* s = make<ast::SwitchStmt>(kwPos);
  s->init = init;
  s->tag = conditionOf(tagCtx, headerSemi ? nullptr : ctx->header(), tagStmt);
  s->clauses = clauses;
  s->lbrace = lbrace;
  s->rbrace = rbrace;
  return s;
}

// In Go a statement must be followed by `;` or `}`: `x = 1 case 2:` (no newline) is an error.
void AstBuilder::checkClauseEnd(antlr4::ParserRuleContext* clause, P::StatementListContext* body) {
  if (body->children.empty() || !dynamic_cast<P::StatementContext*>(body->children.back())) return;
  antlr4::Token* next = tokenAfter(clause);
  if (next && (next->getType() == P::CASE || next->getType() == P::DEFAULT))
    syntaxError(clause, pos(next), "unexpected " + tokenDescription(next) + " at end of statement");
}

ast::CaseClause* AstBuilder::caseClause(P::CaseClauseContext* ctx) {
  Terminal* kw = ctx->CASE() ? ctx->CASE() : ctx->DEFAULT();
  auto* cc = make<ast::CaseClause>(kw ? pos(kw) : startPos(ctx));
  cc->isDefault = ctx->DEFAULT() != nullptr;
  if (auto* list = ctx->expressionList()) cc->list = exprList(list);
  cc->colon = pos(ctx->COLON());
  if (auto* body = ctx->statementList()) {
    cc->body = statementList(body);
    checkClauseEnd(ctx, body);
  }
  return cc;
}

ast::Stmt* AstBuilder::selectStmt(P::SelectStmtContext* ctx) {
  auto* s = make<ast::SelectStmt>(pos(ctx->SELECT()));
  for (auto* ccCtx : ctx->commClause()) {
    Terminal* kw = ccCtx->CASE() ? ccCtx->CASE() : ccCtx->DEFAULT();
    auto* cc = make<ast::CommClause>(kw ? pos(kw) : startPos(ccCtx));
    if (auto* comm = ccCtx->simpleStmt()) cc->comm = simpleStmt(comm, false);
    cc->colon = pos(ccCtx->COLON());
    if (auto* body = ccCtx->statementList()) {
      cc->body = statementList(body);
      checkClauseEnd(ccCtx, body);
    }
    s->clauses.push_back(cc);
  }
  s->lbrace = pos(ctx->L_CURLY());
  s->rbrace = pos(ctx->R_CURLY());
  return s;
}

ast::Stmt* AstBuilder::forStmt(P::ForStmtContext* ctx) {
  ast::Pos kwPos = pos(ctx->FOR());
  ast::BlockStmt* body = ctx->block() ? block(ctx->block()) : nullptr;
  auto* header = ctx->forHeader();
  if (header && header->RANGE()) {  // for range x
    auto* rs = make<ast::RangeStmt>(kwPos);
    rs->rangePos = pos(header->RANGE());
    rs->x = header->expression() ? expr(header->expression()) : bad(rs->rangePos);
    rs->body = body;
    return rs;
  }
  // Slots: init ; cond ; post — filled in source order, SEMI tokens advancing the slot.
  P::SimpleStmtContext* slots[3] = {nullptr, nullptr, nullptr};
  size_t semis = 0;
  if (header) {
    for (auto* child : header->children) {
      if (isToken(child, P::SEMI)) {
        ++semis;
      } else if (auto* ss = dynamic_cast<P::SimpleStmtContext*>(child)) {
        if (semis < 3) slots[semis] = ss;
      }
    }
  }
  if (semis == 0 && slots[0]) {
    ast::Stmt* only = simpleStmt(slots[0], true);
    if (auto* rs = ast::as<ast::RangeStmt>(only)) {
      rs->pos = kwPos;
      rs->body = body;
      return rs;
    }
    auto* fs = make<ast::ForStmt>(kwPos);
    fs->cond = conditionOf(slots[0], header, only);
    fs->body = body;
    return fs;
  }
  auto* fs = make<ast::ForStmt>(kwPos);
  if (slots[0] && slots[0]->simpleStmtTail() && slots[0]->simpleStmtTail()->RANGE()) {
    // Go's header ends after a range clause and wants the body: the `;` is unexpected.
    antlr4::Token* semi = tokenAfter(slots[0]);
    syntaxError(slots[0], pos(semi), "unexpected " + tokenDescription(semi) + ", expecting { after for clause");
    auto* rs = ast::as<ast::RangeStmt>(simpleStmt(slots[0], true));
    if (rs) {
      rs->pos = kwPos;
      rs->body = body;
      return rs;
    }
  }
  if (slots[0]) {
    fs->init = simpleStmt(slots[0], false);
  }
  if (slots[1]) fs->cond = conditionOf(slots[1], nullptr, simpleStmt(slots[1], false));
  if (slots[2]) {
    fs->post = simpleStmt(slots[2], false);
    if (auto* as = ast::as<ast::AssignStmt>(fs->post); as && as->tok == ast::AssignTok::Define)
      syntaxError(slots[2], as->tokPos, "cannot declare in post statement of for loop");
  }
  fs->body = body;
  return fs;
}

}  // namespace mgo
