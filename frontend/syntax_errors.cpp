// syntax_errors.cpp — see syntax_errors.h.
//
// How a message is chosen: ANTLR stops at the first token that fits nowhere (`offending`). The
// innermost rule context is walked outwards; the first context that "owns" the situation decides
// Go's wording, mostly from the token just before the offending one:
//   * expression/type rules where the offending token is the rule's first token: "expecting
//     expression" / "expecting type";
//   * lists (argument, parameter and composite literal lists, struct/interface bodies, grouped
//     declarations): after an element "X in <list>; possibly missing <sep> or <close>", where an
//     element should start the element's own message, at EOF "unexpected EOF, expecting <close>";
//   * statement lists: after a statement "X at end of statement", else "expecting }" (or
//     "expecting case or default or }" inside switch/select);
//   * file level: "non-declaration statement outside function body", "after top level
//     declaration", "package statement must be first";
//   * if/for/switch headers and else: Go's dedicated messages;
//   * otherwise, a single expected token T gives "unexpected X, expecting T".
#include "frontend/syntax_errors.h"

#include "GoLexerBase.h"

namespace mgo {

using P = mgo_antlr::GoParser;

// ---------------------------------------------------------------------------------------------
// Error strategy
// ---------------------------------------------------------------------------------------------
namespace {

void fillDebug(SyntaxErrorInfo& info, antlr4::Parser* parser) {
  if (info.ctx) info.ruleStack = parser->getRuleInvocationStack(info.ctx);
  info.expectedNames = info.expected.toString(parser->getVocabulary());
  info.vocabulary = &parser->getVocabulary();
}

}  // namespace

void GoErrorStrategy::noteError(antlr4::Parser* parser, antlr4::Token* offending) {
  if (errorTokenIndex_) return;
  size_t index = parser->getCurrentToken() ? parser->getCurrentToken()->getTokenIndex() : 0;
  if (offending && offending->getTokenIndex() > index) index = offending->getTokenIndex();
  errorTokenIndex_ = index ? index : 1;
}

void GoErrorStrategy::reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) {
  noteError(parser, e.getOffendingToken());
  if (record_ && record_->kind == SyntaxErrorInfo::Kind::None) {
    if (dynamic_cast<const antlr4::NoViableAltException*>(&e)) {
      record_->kind = SyntaxErrorInfo::Kind::NoViableAlt;
      record_->start = static_cast<const antlr4::NoViableAltException&>(e).getStartToken();
    } else if (dynamic_cast<const antlr4::FailedPredicateException*>(&e)) {
      record_->kind = SyntaxErrorInfo::Kind::FailedPredicate;
    } else {
      record_->kind = SyntaxErrorInfo::Kind::Mismatch;
    }
    record_->offending = e.getOffendingToken() ? e.getOffendingToken() : parser->getCurrentToken();
    record_->ctx = dynamic_cast<antlr4::ParserRuleContext*>(e.getCtx());
    if (!record_->ctx) record_->ctx = parser->getContext();
    try {
      record_->expected = e.getExpectedTokens();
    } catch (...) {
    }
    fillDebug(*record_, parser);
  }
  throw SyntaxAbort();
}

void GoErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) { throw SyntaxAbort(); }

antlr4::Token* GoErrorStrategy::recoverInline(antlr4::Parser* parser) {
  noteError(parser, parser->getCurrentToken());
  if (record_ && record_->kind == SyntaxErrorInfo::Kind::None) {
    record_->kind = SyntaxErrorInfo::Kind::Mismatch;
    record_->offending = parser->getCurrentToken();
    record_->ctx = parser->getContext();
    try {
      record_->expected = parser->getExpectedTokens();
    } catch (...) {
    }
    fillDebug(*record_, parser);
  }
  throw SyntaxAbort();
}

// ---------------------------------------------------------------------------------------------
// Full-context prediction
// ---------------------------------------------------------------------------------------------
FullContextStorage::FullContextStorage(const antlr4::atn::ATN& atn) {
  for (size_t i = 0; i < atn.getNumberOfDecisions(); ++i) dfas.emplace_back(atn.getDecisionState(i), i);
}

FullContextSimulator::FullContextSimulator(antlr4::Parser* parser, size_t from)
    : FullContextStorage(parser->getATN()),
      antlr4::atn::ParserATNSimulator(parser, parser->getATN(), FullContextStorage::dfas, FullContextStorage::cache),
      from_(from) {}

// When no alternative fits the lookahead:
//   * if they all fail on the first token, behave as ANTLR normally does (the SLL path prefers the
//     alternative that leaves the rule, so the enclosing rule reports the token — Go's "X at end
//     of statement", "in argument list", ...);
//   * if some alternative matched further tokens first, commit to it (the smallest such
//     alternative), so the error is found inside it — where an LL(1) parser like Go's would be.
//     (Several alternatives may survive equally long: the left-recursive expression rule is
//     ambiguous between continuing an inner operand and continuing the whole expression, and the
//     context-sensitive composite-literal predicate cannot be judged on the outer path during
//     prediction. The first alternative is the inner one, which is Go's.)
size_t FullContextSimulator::execATN(antlr4::dfa::DFA& dfa, antlr4::dfa::DFAState* s0, antlr4::TokenStream* input,
                                     size_t startIndex, antlr4::ParserRuleContext* outerContext) {
  if (startIndex < from_) return antlr4::atn::ParserATNSimulator::execATN(dfa, s0, input, startIndex, outerContext);
  std::unique_ptr<antlr4::atn::ATNConfigSet> start =
      computeStartState(dfa.atnStartState, outerContext, /*fullCtx=*/true);
  try {
    return execATNWithFullContext(dfa, s0, start.get(), input, startIndex, outerContext);
  } catch (antlr4::NoViableAltException& e) {
    antlr4::Token* offending = e.getOffendingToken();
    input->seek(startIndex);
    if (!offending || offending->getTokenIndex() <= startIndex)
      return antlr4::atn::ParserATNSimulator::execATN(dfa, s0, input, startIndex, outerContext);
    antlr4::atn::ATNConfigSet* survivors = e.getDeadEndConfigs();
    if (!survivors || survivors->size() == 0) throw;
    // The smallest alternative: the grammar lists the alternative Go's parser would take first
    // (e.g. staying in the current expression rather than leaving it).
    return survivors->getAlts().nextSetBit(0);
  }
}

// ---------------------------------------------------------------------------------------------
// Token descriptions
// ---------------------------------------------------------------------------------------------
std::string goTokenDescription(const antlr4::Token* token, const ParseInput& input) {
  if (!token) return "EOF";
  switch (token->getType()) {
    case antlr4::Token::EOF: return "EOF";
    case P::SEMI: {
      std::string text = token->getText();
      return text == ";" ? "semicolon" : text;  // "newline" or "EOF" for implicit ones
    }
    case P::COMMA: return "comma";
    case P::IDENTIFIER: return token->getText();
    case P::INT_LIT:
    case P::FLOAT_LIT:
    case P::IMAGINARY_LIT:
    case P::RUNE_LIT:
    case P::STRING_LIT:
    case P::RAW_STRING_LIT:
      return "literal " + std::string(input.slice(token->getStartIndex(), token->getStopIndex()));
    default: return token->getText();
  }
}

namespace {

// Go's tokstring for an expected token.
std::string expectedName(size_t type, const antlr4::dfa::Vocabulary* vocabulary) {
  switch (type) {
    case P::SEMI: return "semicolon or newline";
    case P::COMMA: return "comma";
    case P::IDENTIFIER: return "name";
    case antlr4::Token::EOF: return "EOF";
    default: {
      if (const char* keyword = mgo_antlr::GoLexerBase::keywordSpelling(type)) return keyword;
      if (!vocabulary) return "token";
      std::string name = vocabulary->getLiteralName(type);
      if (name.size() >= 2 && name.front() == '\'') return name.substr(1, name.size() - 2);
      return vocabulary->getSymbolicName(type);
    }
  }
}

class MessageBuilder {
 public:
  MessageBuilder(const SyntaxErrorInfo& info, antlr4::TokenStream& tokens, const ParseInput& input)
      : info_(info), tokens_(tokens), input_(input) {
    tok_ = info.offending;
    if (tok_ && tok_->getTokenIndex() > 0)
      prev_ = tokens.get(tok_->getTokenIndex() - 1);
  }

  std::string message() {
    for (antlr4::tree::ParseTree* node = info_.ctx; node; node = node->parent) {
      auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(node);
      if (!ctx) continue;
      if (std::string m = forContext(ctx); !m.empty()) return m;
    }
    return fallback();
  }

 private:
  std::string unexpected() const { return "unexpected " + goTokenDescription(tok_, input_); }
  size_t tokType() const { return tok_ ? tok_->getType() : antlr4::Token::EOF; }
  size_t prevType() const { return prev_ ? prev_->getType() : antlr4::Token::INVALID_TYPE; }
  size_t prev2Type() const {
    if (!prev_ || prev_->getTokenIndex() == 0) return antlr4::Token::INVALID_TYPE;
    return tokens_.get(prev_->getTokenIndex() - 1)->getType();
  }

 public:
  antlr4::Token* position() const { return at_ ? at_ : tok_; }

 private:
  bool isEof() const { return tokType() == antlr4::Token::EOF; }
  bool startsAt(antlr4::ParserRuleContext* ctx) const { return ctx->getStart() == tok_; }

  std::string fallback() const {
    if (info_.expected.size() == 1) return unexpected() + ", expecting " + expectedName(info_.expected.getSingleElement(), info_.vocabulary);
    return unexpected();
  }

  // A `sep`-separated list closed by `close`: Go's parser.list().
  std::string list(const char* context, const char* sep, size_t open, size_t sepType, const char* close,
                   const std::string& elementMessage) const {
    bool elementExpected = prevType() == open || prevType() == sepType;
    if (isEof()) return unexpected() + ", expecting " + close;
    if (elementExpected) return elementMessage;
    return unexpected() + " in " + context + "; possibly missing " + sep + " or " + close;
  }

  // True if the last statement parsed in `block` is a const/var/type declaration (Go then reads
  // `:=` as a misspelled `=`).
  static bool endsWithDeclaration(antlr4::ParserRuleContext* block) {
    auto* list = dynamic_cast<P::BlockContext*>(block) ? static_cast<P::BlockContext*>(block)->statementList() : nullptr;
    if (!list || list->children.empty()) return false;
    return dynamic_cast<P::DeclStmtContext*>(list->children.back()) != nullptr;
  }

  // True if the statement just parsed in the last clause of a switch/select is a label.
  static bool endsWithLabel(antlr4::ParserRuleContext* stmt) {
    antlr4::ParserRuleContext* clause = nullptr;
    for (auto* child : stmt->children)
      if (dynamic_cast<P::CaseClauseContext*>(child) || dynamic_cast<P::CommClauseContext*>(child))
        clause = static_cast<antlr4::ParserRuleContext*>(child);
    if (!clause) return false;
    auto* list = clause->getRuleContext<P::StatementListContext>(0);
    return list && !list->children.empty() && dynamic_cast<P::SimpleOrLabeledStmtContext*>(list->children.back());
  }

  std::string headerKeyword(antlr4::ParserRuleContext* stmt) const {
    if (dynamic_cast<P::IfStmtContext*>(stmt)) return "if";
    if (dynamic_cast<P::ForStmtContext*>(stmt)) return "for";
    if (dynamic_cast<P::SwitchStmtContext*>(stmt)) return "switch";
    return "";
  }

  // `{` expected after an if/for/switch header.
  std::string afterHeader(antlr4::ParserRuleContext* stmt) const {
    std::string keyword = headerKeyword(stmt);
    // Right after the keyword Go parses a simple statement: a token that cannot start one is
    // "expecting expression".
    bool atKeyword = prevType() == P::IF || prevType() == P::FOR || prevType() == P::SWITCH;
    if (atKeyword && tokType() != P::VAR && tokType() != P::L_CURLY && tokType() != P::SEMI)
      return unexpected() + ", expecting expression";
    // After a `;` in the header Go parses the next simple statement.
    if (prevType() == P::SEMI && tokType() != P::L_CURLY) return unexpected() + ", expecting expression";
    if (tokType() == P::VAR && prev_ && (prevType() == P::IF || prevType() == P::FOR || prevType() == P::SWITCH)) {
      // Go consumes the `var` first, so it reports at the following token.
      if (tok_->getTokenIndex() + 1 < tokens_.size()) at_ = tokens_.get(tok_->getTokenIndex() + 1);
      return "var declaration not allowed in " + keyword + " initializer";
    }
    bool clause = false;  // the header had a `;` (or a range clause): Go then says "after X clause"
    for (auto* child : stmt->children) {
      auto* header = dynamic_cast<antlr4::ParserRuleContext*>(child);
      if (!dynamic_cast<P::HeaderContext*>(child) && !dynamic_cast<P::ForHeaderContext*>(child)) continue;
      for (auto* part : header->children) {
        if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(part); t && t->getSymbol()->getType() == P::SEMI)
          clause = true;
        if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(part); t && t->getSymbol()->getType() == P::RANGE)
          clause = true;
        if (auto* s = dynamic_cast<P::SimpleStmtContext*>(part)) {
          if (s->simpleStmtTail() && s->simpleStmtTail()->RANGE()) clause = true;
        }
      }
    }
    if (keyword == "switch") clause = false;
    if (clause) return unexpected() + ", expecting { after " + keyword + " clause";
    return unexpected() + ", expecting {";
  }

  std::string forContext(antlr4::ParserRuleContext* ctx) const {
    // Expressions.
    if (dynamic_cast<P::ExpressionContext*>(ctx)) {
      if (prevType() == P::DOT && !startsAt(ctx)) return unexpected() + ", expecting name or (";
      if (dynamic_cast<P::ChanTypeExprContext*>(ctx) && (prevType() == P::CHAN || prevType() == P::ARROW))
        return "missing channel element type";
      if (dynamic_cast<P::TypeAssertExprContext*>(ctx)) {
        if (prevType() == P::L_PAREN) return unexpected() + ", expecting type";
        return unexpected() + ", expecting )";
      }
      if (auto* index = dynamic_cast<P::IndexExprContext*>(ctx)) {
        if (prevType() == P::L_BRACKET && tokType() == P::R_BRACKET) return unexpected() + ", expecting operand";
        if (prevType() == P::L_BRACKET && tokType() != P::COLON) return unexpected() + ", expecting expression";
        if (prevType() == P::COLON && tokType() != P::COLON && tokType() != P::R_BRACKET)
          return unexpected() + ", expecting expression";
        bool slice = index->indexBody() && !index->indexBody()->COLON().empty();
        if (isEof() || !slice) return unexpected() + ", expecting comma, : or ]";
        return unexpected() + ", expecting ]";
      }
      if (auto* call = dynamic_cast<P::CallExprContext*>(ctx)) {
        // Nothing but `)` may follow `xs...,`.
        if (call->ELLIPSIS() && prevType() == P::COMMA) return unexpected() + ", expecting )";
        return list("argument list", "comma", P::L_PAREN, P::COMMA, ")", unexpected() + ", expecting expression");
      }
      if (dynamic_cast<P::ParenExprContext*>(ctx) && !startsAt(ctx)) return unexpected() + ", expecting )";
      if (startsAt(ctx) || prevType() == P::L_PAREN) return unexpected() + ", expecting expression";
      return "";
    }
    if (dynamic_cast<P::ExpressionListContext*>(ctx) || dynamic_cast<P::ElementContext*>(ctx)) {
      if (startsAt(ctx)) return unexpected() + ", expecting expression";
      return "";
    }
    if (dynamic_cast<P::IndexBodyContext*>(ctx)) return "";
    if (dynamic_cast<P::LiteralValueContext*>(ctx) || dynamic_cast<P::KeyedElementContext*>(ctx)) {
      if (dynamic_cast<P::KeyedElementContext*>(ctx) && prevType() == P::COLON)
        return unexpected() + ", expecting expression";
      return list("composite literal", "comma", P::L_CURLY, P::COMMA, "}", unexpected() + ", expecting expression");
    }
    // Types.
    if (dynamic_cast<P::TypeArgsContext*>(ctx)) {
      if (prevType() == P::L_BRACKET) return unexpected() + ", expecting expression";
      return unexpected() + ", expecting ]";
    }
    if (auto* type = dynamic_cast<P::Type_Context*>(ctx); type && type->L_PAREN() && !startsAt(ctx) &&
                                                         prevType() != P::L_PAREN)
      return unexpected() + ", expecting )";  // (T
    if (dynamic_cast<P::Type_Context*>(ctx) || dynamic_cast<P::TypeLitContext*>(ctx) ||
        dynamic_cast<P::TypeNameContext*>(ctx)) {
      if (prevType() == P::ELLIPSIS) return "... is missing type";
      if (prevType() == P::CHAN || (prevType() == P::ARROW && prev2Type() == P::CHAN)) return "missing channel element type";
      // Type arguments: Go reads the first as an expression, then stops at a non-type.
      if (dynamic_cast<P::TypeArgsContext*>(ctx->parent) && startsAt(ctx))
        return unexpected() + (prevType() == P::L_BRACKET ? ", expecting expression" : ", expecting ]");
      if (startsAt(ctx)) return unexpected() + ", expecting type";
      if (dynamic_cast<P::TypeNameContext*>(ctx) && prevType() == P::DOT) return unexpected() + ", expecting name";
      return "";
    }
    if (dynamic_cast<P::ArrayTypeContext*>(ctx) || dynamic_cast<P::SliceTypeContext*>(ctx) ||
        dynamic_cast<P::MapTypeContext*>(ctx) || dynamic_cast<P::PointerTypeContext*>(ctx) ||
        dynamic_cast<P::ChanTypeContext*>(ctx)) {
      if (prevType() == P::CHAN || (prevType() == P::ARROW && prev2Type() == P::CHAN)) return "missing channel element type";
      if (prevType() == P::R_BRACKET || prevType() == P::STAR) return unexpected() + ", expecting type";
      if (dynamic_cast<P::ChanTypeContext*>(ctx) && prevType() == P::ARROW) return unexpected() + ", expecting chan";
      if (dynamic_cast<P::ArrayTypeContext*>(ctx) && prevType() == P::L_BRACKET) return unexpected() + ", expecting expression";
      if (dynamic_cast<P::ArrayTypeContext*>(ctx) && tokType() == P::COMMA) return "unexpected comma; expecting ]";
      if (dynamic_cast<P::MapTypeContext*>(ctx) && prevType() == P::MAP) return unexpected() + ", expecting [";
      if (prevType() == P::L_BRACKET && dynamic_cast<P::MapTypeContext*>(ctx)) return unexpected() + ", expecting type";
      if (dynamic_cast<P::ArrayTypeContext*>(ctx) || dynamic_cast<P::MapTypeContext*>(ctx))
        return unexpected() + ", expecting ]";
      return "";
    }
    if (dynamic_cast<P::ParametersContext*>(ctx) || dynamic_cast<P::ParameterDeclContext*>(ctx)) {
      if (prevType() == P::ELLIPSIS) return "... is missing type";
      if (dynamic_cast<P::ParameterDeclContext*>(ctx) && !startsAt(ctx)) return "";
      auto* params = dynamic_cast<P::ParametersContext*>(ctx);
      if (params && startsAt(ctx)) return unexpected() + ", expecting (";
      return list("parameter list", "comma", P::L_PAREN, P::COMMA, ")", unexpected() + ", expecting )");
    }
    if (dynamic_cast<P::SignatureContext*>(ctx) || dynamic_cast<P::ResultContext*>(ctx)) return "";
    if (dynamic_cast<P::StructTypeContext*>(ctx) || dynamic_cast<P::FieldDeclContext*>(ctx) ||
        dynamic_cast<P::EmbeddedFieldContext*>(ctx)) {
      if (prevType() == P::STRUCT) return unexpected() + ", expecting {";
      if (dynamic_cast<P::EmbeddedFieldContext*>(ctx) && prevType() == P::STAR) return unexpected() + ", expecting name";
      return list("struct type", "semicolon or newline", P::L_CURLY, P::SEMI, "}",
                  unexpected() + ", expecting field name or embedded type");
    }
    if (dynamic_cast<P::InterfaceTypeContext*>(ctx) || dynamic_cast<P::InterfaceElemContext*>(ctx) ||
        dynamic_cast<P::TypeElemContext*>(ctx) || dynamic_cast<P::TypeTermContext*>(ctx)) {
      if (prevType() == P::INTERFACE) return unexpected() + ", expecting {";
      return list("interface type", "semicolon or newline", P::L_CURLY, P::SEMI, "}",
                  unexpected() + ", expecting ~ term or type");
    }
    // Statements.
    if (auto* stmt = dynamic_cast<P::SimpleStmtContext*>(ctx)) {
      (void)stmt;
      if (startsAt(ctx)) return unexpected() + ", expecting expression";
      return "";
    }
    if (dynamic_cast<P::SimpleStmtTailContext*>(ctx)) {
      return unexpected() + ", expecting expression";
    }
    if (dynamic_cast<P::BlockContext*>(ctx)) {
      if (startsAt(ctx)) {
        auto* parent = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
        if (parent && !headerKeyword(parent).empty()) return afterHeader(parent);
        return unexpected() + ", expecting {";
      }
      if (prevType() == P::SEMI || prevType() == P::L_CURLY) return unexpected() + ", expecting }";
      if (prevType() == P::RETURN) return unexpected() + ", expecting expression";
      if (tokType() == P::DEFINE && endsWithDeclaration(ctx)) return unexpected() + ", expecting =";
      if (prevType() == P::COLON) {  // `L:` followed by something that is not a statement
        at_ = prev_;
        return "missing statement after label";
      }
      return unexpected() + " at end of statement";
    }
    if (dynamic_cast<P::StatementListContext*>(ctx) || dynamic_cast<P::StatementContext*>(ctx)) return "";
    if (dynamic_cast<P::CaseClauseContext*>(ctx) || dynamic_cast<P::CommClauseContext*>(ctx)) {
      if (prevType() == P::CASE) return unexpected() + ", expecting expression";
      if (dynamic_cast<P::CaseClauseContext*>(ctx) && !static_cast<P::CaseClauseContext*>(ctx)->COLON())
        return unexpected() + ", expecting :";
      if (dynamic_cast<P::CommClauseContext*>(ctx) && !static_cast<P::CommClauseContext*>(ctx)->COLON())
        return unexpected() + ", expecting :";
      return "";
    }
    if (dynamic_cast<P::SwitchStmtContext*>(ctx) || dynamic_cast<P::SelectStmtContext*>(ctx)) {
      bool select = dynamic_cast<P::SelectStmtContext*>(ctx) != nullptr;
      bool inBody = select ? static_cast<P::SelectStmtContext*>(ctx)->L_CURLY() != nullptr
                           : static_cast<P::SwitchStmtContext*>(ctx)->L_CURLY() != nullptr;
      if (!inBody) {
        if (select) return "missing { after select clause";
        return afterHeader(ctx);
      }
      if (prevType() == P::SEMI || prevType() == P::L_CURLY || prevType() == P::COLON)
        return unexpected() + ", expecting case or default or }";
      if (prevType() == P::RETURN) return unexpected() + ", expecting expression";
      if (prevType() == P::COLON && prev_ && prev_->getType() == P::COLON && endsWithLabel(ctx)) {
        at_ = prev_;
        return "missing statement after label";
      }
      return unexpected() + " at end of statement";
    }
    if (dynamic_cast<P::ForHeaderContext*>(ctx)) {
      auto* header = static_cast<P::ForHeaderContext*>(ctx);
      size_t semis = header->SEMI().size();
      if (tokType() == P::L_CURLY && semis == 1 && prevType() == P::SEMI) return unexpected() + ", expecting for loop condition";
      if (prevType() == P::SEMI && tokType() != P::SEMI) return unexpected() + ", expecting expression";
      return unexpected() + ", expecting semicolon or newline";
    }
    if (dynamic_cast<P::HeaderContext*>(ctx)) return "";
    if (auto* ifs = dynamic_cast<P::IfStmtContext*>(ctx)) {
      if (prevType() == P::ELSE) return "else must be followed by if or statement block";
      return afterHeader(ifs);
    }
    if (dynamic_cast<P::ForStmtContext*>(ctx)) return afterHeader(ctx);
    if (dynamic_cast<P::GoStmtContext*>(ctx) || dynamic_cast<P::DeferStmtContext*>(ctx) ||
        dynamic_cast<P::ReturnStmtContext*>(ctx))
      return unexpected() + ", expecting expression";
    if (dynamic_cast<P::GotoStmtContext*>(ctx)) return unexpected() + ", expecting name";
    // Declarations.
    if (dynamic_cast<P::IdentifierListContext*>(ctx)) return unexpected() + ", expecting name";
    if ((dynamic_cast<P::VarSpecContext*>(ctx) || dynamic_cast<P::ConstSpecContext*>(ctx) ||
         dynamic_cast<P::TypeSpecContext*>(ctx)) && tokType() == P::DEFINE)
      return unexpected() + ", expecting =";  // Go's gotAssign
    if (auto* spec = dynamic_cast<P::VarSpecContext*>(ctx)) {
      if (spec->ASSIGN() && prevType() == P::ASSIGN) return unexpected() + ", expecting expression";
      if (!spec->type_() && !spec->ASSIGN()) return unexpected() + ", expecting type";
      return "";
    }
    if (dynamic_cast<P::ConstSpecContext*>(ctx)) {
      if (prevType() == P::ASSIGN) return unexpected() + ", expecting expression";
      return "";
    }
    if (dynamic_cast<P::TypeSpecContext*>(ctx)) {
      if (startsAt(ctx)) return unexpected() + ", expecting name";
      return unexpected() + " in type declaration";
    }
    if (dynamic_cast<P::TypeParametersContext*>(ctx) || dynamic_cast<P::TypeParameterDeclContext*>(ctx))
      return list("parameter list", "comma", P::L_BRACKET, P::COMMA, "]", unexpected() + ", expecting ]");
    if (dynamic_cast<P::ConstDeclContext*>(ctx) || dynamic_cast<P::VarDeclContext*>(ctx) ||
        dynamic_cast<P::TypeDeclContext*>(ctx)) {
      if (prevType() == P::CONST || prevType() == P::VAR || prevType() == P::TYPE) return unexpected() + ", expecting name";
      return list("grouped declaration", "semicolon or newline", P::L_PAREN, P::SEMI, ")",
                  unexpected() + ", expecting name");
    }
    if (dynamic_cast<P::ImportDeclContext*>(ctx) || dynamic_cast<P::ImportSpecContext*>(ctx) ||
        dynamic_cast<P::ImportPathContext*>(ctx)) {
      bool grouped = false;
      for (auto* node = static_cast<antlr4::tree::ParseTree*>(ctx); node; node = node->parent)
        if (auto* decl = dynamic_cast<P::ImportDeclContext*>(node)) grouped = decl->L_PAREN() != nullptr;
      if (grouped && !dynamic_cast<P::ImportSpecContext*>(ctx) && !dynamic_cast<P::ImportPathContext*>(ctx) &&
          prevType() != P::L_PAREN && prevType() != P::SEMI)
        return list("grouped declaration", "semicolon or newline", P::L_PAREN, P::SEMI, ")", "missing import path");
      if (isEof() && grouped) return unexpected() + ", expecting )";
      return "missing import path";
    }
    if (dynamic_cast<P::FunctionDeclContext*>(ctx) || dynamic_cast<P::ReceiverContext*>(ctx)) {
      if (prevType() == P::FUNC || prevType() == P::R_PAREN) return unexpected() + ", expecting name or (";
      return "";
    }
    if (dynamic_cast<P::PackageClauseContext*>(ctx)) {
      if (startsAt(ctx) || prevType() != P::PACKAGE) return "package statement must be first";
      return unexpected() + ", expecting name";
    }
    if (auto* file = dynamic_cast<P::SourceFileContext*>(ctx)) {
      antlr4::tree::ParseTree* last = file->children.empty() ? nullptr : file->children.back();
      bool afterDecl = dynamic_cast<P::TopLevelDeclContext*>(last) != nullptr;
      if (afterDecl && tokType() == P::DEFINE && static_cast<P::TopLevelDeclContext*>(last)->declaration())
        return unexpected() + ", expecting =";  // Go's gotAssign after `var x T`
      if (afterDecl) return unexpected() + " after top level declaration";
      if (dynamic_cast<P::PackageClauseContext*>(last) || dynamic_cast<P::ImportDeclContext*>(last))
        return unexpected() + ", expecting semicolon or newline";
      if (tokType() == P::L_CURLY) {
        P::FunctionDeclContext* lastFunc = nullptr;
        for (auto* child : file->children)
          if (auto* top = dynamic_cast<P::TopLevelDeclContext*>(child)) lastFunc = top->functionDecl();
        bool lastIsFunc = false;
        for (size_t i = file->children.size(); i-- > 0;) {
          if (auto* top = dynamic_cast<P::TopLevelDeclContext*>(file->children[i])) {
            lastIsFunc = top->functionDecl() != nullptr && top->functionDecl() == lastFunc;
            break;
          }
        }
        if (lastIsFunc && lastFunc && !lastFunc->block()) return "unexpected semicolon or newline before {";
      }
      return "non-declaration statement outside function body";
    }
    return "";
  }

  const SyntaxErrorInfo& info_;
  antlr4::TokenStream& tokens_;
  const ParseInput& input_;
  antlr4::Token* tok_ = nullptr;
  antlr4::Token* prev_ = nullptr;
  mutable antlr4::Token* at_ = nullptr;  // where to report, when not at the offending token
};

}  // namespace

std::pair<ast::Pos, std::string> goSyntaxMessage(const SyntaxErrorInfo& info, antlr4::TokenStream& tokens,
                                                 const ParseInput& input) {
  MessageBuilder builder(info, tokens, input);
  std::string message = "syntax error: " + builder.message();
  antlr4::Token* at = builder.position();
  ast::Pos pos = at ? input.posOfChar(at->getStartIndex()) : input.posOfChar(input.codePoints().size());
  return {pos, message};
}

}  // namespace mgo
