// GoLexerBase.cpp — see GoLexerBase.h. Mirrors Go's scanner (cmd/compile/internal/syntax/
// scanner.go): the `nlsemi` flag decides whether a newline (or a multi-line comment, or EOF)
// becomes a semicolon; literal validation reports Go's messages at Go's positions.
#include "GoLexerBase.h"

#include <clocale>
#include <cstring>
#include <cwctype>
#include <locale.h>

#include "GoLexer.h"

namespace mgo_antlr {
namespace {

// Unicode letter test for identifiers (non-ASCII only), via the C.UTF-8 locale's tables.
bool isUnicodeLetter(char32_t c) {
  static locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  if (!utf8) return true;  // no tables: accept rather than report false errors
  return iswalpha_l(static_cast<wint_t>(c), utf8) != 0;
}

bool isPrintable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7f;
  static locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  if (!utf8) return false;
  return iswprint_l(static_cast<wint_t>(c), utf8) != 0;
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Go's %q for a rune: 'a', '\n', '\'', '\x00', '\u00e9' (printable non-ASCII is kept as is).
std::string quoteRune(char32_t c) {
  std::string out = "'";
  switch (c) {
    case '\a': out += "\\a"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    case '\v': out += "\\v"; break;
    case '\\': out += "\\\\"; break;
    case '\'': out += "\\'"; break;
    default: {
      char buf[16];
      if (isPrintable(c)) {
        appendUtf8(out, c);
      } else if (c < 0x80) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
        out += buf;
      } else if (c < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        out += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
        out += buf;
      }
    }
  }
  return out + "'";
}

bool isHexDigit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

struct Keyword {
  const char* text;
  size_t type;
};

const Keyword kKeywords[] = {
    {"break", GoLexer::BREAK},     {"case", GoLexer::CASE},
    {"chan", GoLexer::CHAN},       {"const", GoLexer::CONST},
    {"continue", GoLexer::CONTINUE}, {"default", GoLexer::DEFAULT},
    {"defer", GoLexer::DEFER},     {"else", GoLexer::ELSE},
    {"fallthrough", GoLexer::FALLTHROUGH}, {"for", GoLexer::FOR},
    {"func", GoLexer::FUNC},       {"go", GoLexer::GO},
    {"goto", GoLexer::GOTO},       {"if", GoLexer::IF},
    {"import", GoLexer::IMPORT},   {"interface", GoLexer::INTERFACE},
    {"map", GoLexer::MAP},         {"package", GoLexer::PACKAGE},
    {"range", GoLexer::RANGE},     {"return", GoLexer::RETURN},
    {"select", GoLexer::SELECT},   {"struct", GoLexer::STRUCT},
    {"switch", GoLexer::SWITCH},   {"type", GoLexer::TYPE},
    {"var", GoLexer::VAR},
};

}  // namespace

const char* GoLexerBase::keywordSpelling(size_t type) {
  for (const Keyword& k : kKeywords)
    if (k.type == type) return k.text;
  return nullptr;
}

void GoLexerBase::checkKeyword() {
  size_t start = tokenStartCharIndex, end = _input->index();
  size_t length = end - start;
  if (length < 2 || length > 11) return;
  char word[12];
  for (size_t i = 0; i < length; ++i) {
    char32_t c = at(start + i);
    if (c < 'a' || c > 'z') return;
    word[i] = static_cast<char>(c);
  }
  word[length] = 0;
  for (const Keyword& k : kKeywords) {
    if (std::strcmp(k.text, word) == 0) {
      type = k.type;
      return;
    }
  }
}

std::string GoLexerBase::formatCodePoint(char32_t c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  std::string out = buf;
  if (isPrintable(c)) {
    out += " '";
    appendUtf8(out, c);
    out += "'";
  }
  return out;
}

bool GoLexerBase::isImplicitSemi(const antlr4::Token* token) {
  return token && token->getType() == GoLexer::SEMI && token->getText() != ";";
}

char32_t GoLexerBase::at(size_t i) const {
  auto* stream = static_cast<GoCharStream*>(_input);
  const std::u32string& data = stream->codePoints();
  return i < data.size() ? data[i] : 0;
}

std::unique_ptr<antlr4::Token> GoLexerBase::makeSemi(const antlr4::Token& at, const char* text) {
  auto semi = std::make_unique<antlr4::CommonToken>(std::make_pair(static_cast<antlr4::TokenSource*>(this), _input),
                                                    GoLexer::SEMI, antlr4::Token::DEFAULT_CHANNEL,
                                                    at.getStartIndex(), at.getStartIndex());
  semi->setText(text);
  semi->setLine(at.getLine());
  semi->setCharPositionInLine(at.getCharPositionInLine());
  return semi;
}

std::unique_ptr<antlr4::Token> GoLexerBase::nextToken() {
  if (pendingEof_) {
    auto eof = std::make_unique<antlr4::CommonToken>(pendingEof_.get());
    return eof;
  }
  for (;;) {
    std::unique_ptr<antlr4::Token> token = antlr4::Lexer::nextToken();
    const size_t type = token->getType();
    bool nlsemi = nlsemi_;
    nlsemi_ = false;
    switch (type) {
      case antlr4::Token::EOF:
        pendingEof_ = std::make_unique<antlr4::CommonToken>(token.get());
        if (nlsemi) return makeSemi(*token, "EOF");
        return token;
      case GoLexer::NEWLINE:
        if (nlsemi) return makeSemi(*token, "newline");
        continue;
      case GoLexer::WS:
      case GoLexer::LINE_COMMENT:
        nlsemi_ = nlsemi;
        continue;
      case GoLexer::BLOCK_COMMENT:
      case GoLexer::UNTERMINATED_COMMENT: {
        if (type == GoLexer::UNTERMINATED_COMMENT) error(token->getStartIndex(), "comment not terminated");
        bool multiline = token->getText().find('\n') != std::string::npos;
        if (nlsemi && multiline) return makeSemi(*token, "newline");
        nlsemi_ = nlsemi;
        continue;
      }
      case GoLexer::NUMBER: {
        if (!checkNumber(*token)) badTokens_.push_back(token->getStartIndex());
        nlsemi_ = true;
        return token;
      }
      case GoLexer::INVALID_CHAR:
        error(token->getStartIndex(), "invalid character " + formatCodePoint(at(token->getStartIndex())));
        nlsemi_ = nlsemi;
        continue;
      case GoLexer::IDENTIFIER:
      case GoLexer::RUNE_LIT:
      case GoLexer::UNTERMINATED_RUNE:
      case GoLexer::STRING_LIT:
      case GoLexer::UNTERMINATED_STRING:
      case GoLexer::RAW_STRING_LIT:
      case GoLexer::UNTERMINATED_RAW: {
        size_t before = errors_.size();
        if (type == GoLexer::IDENTIFIER) checkIdentifier(*token);
        else if (type == GoLexer::RUNE_LIT || type == GoLexer::UNTERMINATED_RUNE) checkRune(*token);
        else checkString(*token);
        if (errors_.size() != before) badTokens_.push_back(token->getStartIndex());
        nlsemi_ = true;
        return token;
      }
      case GoLexer::BREAK:
      case GoLexer::CONTINUE:
      case GoLexer::FALLTHROUGH:
      case GoLexer::RETURN:
      case GoLexer::INC:
      case GoLexer::DEC:
        nlsemi_ = true;
        return token;
      case GoLexer::R_PAREN:
      case GoLexer::R_BRACKET:
      case GoLexer::R_CURLY:
        if (nesting_ > 0) --nesting_;
        nlsemi_ = true;
        return token;
      case GoLexer::L_PAREN:
      case GoLexer::L_BRACKET:
      case GoLexer::L_CURLY:
        if (++nesting_ > kMaxNesting) {
          nestingExceeded_ = true;
          error(token->getStartIndex(), "exceeded max nesting depth");
          // Stop here: the rest of the input is never parsed.
          auto eof = std::make_unique<antlr4::CommonToken>(antlr4::Token::EOF);
          eof->setStartIndex(token->getStartIndex());
          eof->setStopIndex(token->getStartIndex() - 1);
          eof->setLine(token->getLine());
          eof->setCharPositionInLine(token->getCharPositionInLine());
          pendingEof_ = std::make_unique<antlr4::CommonToken>(eof.get());
          return eof;
        }
        return token;
      default:
        return token;
    }
  }
}

void GoLexerBase::checkIdentifier(const antlr4::Token& token) {
  for (size_t i = token.getStartIndex(); i <= token.getStopIndex(); ++i) {
    char32_t c = at(i);
    if (c >= 0x80 && !isUnicodeLetter(c)) error(i, "invalid character " + formatCodePoint(c) + " in identifier");
  }
}

// A port of Go's scanner.number over the NUMBER token (which holds exactly the characters
// Go's scanner consumes): sets the token type (INT_LIT, FLOAT_LIT, IMAGINARY_LIT) and reports the
// first problem Go reports, at the position Go reports it. Returns false if the literal is bad.
bool GoLexerBase::checkNumber(antlr4::Token& token) {
  const size_t start = token.getStartIndex(), stop = token.getStopIndex();
  size_t i = start;
  auto ch = [&] { return i <= stop ? at(i) : char32_t(0); };
  auto lower = [](char32_t c) { return c | 0x20; };
  auto isDecimal = [](char32_t c) { return c >= '0' && c <= '9'; };
  auto baseName = [](int base) {
    return base == 2 ? "binary literal" : base == 8 ? "octal literal" : base == 10 ? "decimal literal"
                                                                                   : "hexadecimal literal";
  };
  long invalid = -1;  // index of the first digit not of the base
  // Go's digits(): bit 0 = a digit seen, bit 1 = a '_' seen.
  auto digits = [&](int base, bool trackInvalid) {
    int digsep = 0;
    for (;;) {
      char32_t c = ch();
      bool digit = base <= 10 ? isDecimal(c) : isHexDigit(c);
      if (!digit && c != '_') return digsep;
      if (c == '_') {
        digsep |= 2;
      } else {
        digsep |= 1;
        if (trackInvalid && base < 10 && c >= char32_t('0' + base) && invalid < 0) invalid = static_cast<long>(i - start);
      }
      ++i;
    }
  };
  bool ok = true;
  size_t kind = GoLexer::INT_LIT;
  int base = 10;
  char32_t prefix = 0;
  int digsep = 0;
  bool seenPoint = at(start) == '.';
  if (seenPoint) ++i;
  if (!seenPoint) {
    if (ch() == '0') {
      ++i;
      switch (lower(ch())) {
        case 'x': ++i, base = 16, prefix = 'x'; break;
        case 'o': ++i, base = 8, prefix = 'o'; break;
        case 'b': ++i, base = 2, prefix = 'b'; break;
        default: base = 8, prefix = '0', digsep = 1;  // the leading 0
      }
    }
    digsep |= digits(base, true);
    if (ch() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error(i, std::string("invalid radix point in ") + baseName(base));
        ok = false;
      }
      ++i;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = GoLexer::FLOAT_LIT;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0 && ok) {
    error(i, std::string(baseName(base)) + " has no digits");
    ok = false;
  }
  if (char32_t e = lower(ch()); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error(i, std::string("'") + static_cast<char>(ch()) + "' exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error(i, std::string("'") + static_cast<char>(ch()) + "' exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    ++i;
    kind = GoLexer::FLOAT_LIT;
    if (ch() == '+' || ch() == '-') ++i;
    digsep = digits(10, false) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      error(i, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == GoLexer::FLOAT_LIT && ok) {
    error(i, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch() == 'i') {
    kind = GoLexer::IMAGINARY_LIT;
    ++i;
  }
  if (auto* common = dynamic_cast<antlr4::CommonToken*>(&token)) common->setType(kind);
  if (kind == GoLexer::INT_LIT && invalid >= 0 && ok) {
    error(start + static_cast<size_t>(invalid), std::string("invalid digit '") +
                                                    static_cast<char>(at(start + static_cast<size_t>(invalid))) +
                                                    "' in " + baseName(base));
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    // Go's invalidSep: each '_' must follow a digit (or the base prefix) and precede a digit.
    char32_t x1 = ' ';
    char32_t d = '.';  // previous: '_', '0' (a digit) or '.' (anything else)
    size_t j = start;
    if (stop > start && at(start) == '0') {
      x1 = lower(at(start + 1));
      if (x1 == 'x' || x1 == 'o' || x1 == 'b') d = '0', j = start + 2;
    }
    long bad = -1;
    for (; j <= stop && bad < 0; ++j) {
      char32_t p = d;
      d = at(j);
      if (d == '_') {
        if (p != '0') bad = static_cast<long>(j);
      } else if (isDecimal(d) || (x1 == 'x' && isHexDigit(d))) {
        d = '0';
      } else {
        if (p == '_') bad = static_cast<long>(j) - 1;
        d = '.';
      }
    }
    if (bad < 0 && d == '_') bad = static_cast<long>(stop);
    if (bad >= 0) {
      error(static_cast<size_t>(bad), "'_' must separate successive digits");
      ok = false;
    }
  }
  return ok;
}

bool GoLexerBase::checkEscape(size_t& i, size_t end, char32_t quote) {
  char32_t c = at(i);
  int digits = 0;
  uint32_t base = 0, max = 0;
  switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      ++i;
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      digits = 3, base = 8, max = 255;
      break;
    case 'x': ++i, digits = 2, base = 16, max = 255; break;
    case 'u': ++i, digits = 4, base = 16, max = 0x10FFFF; break;
    case 'U': ++i, digits = 8, base = 16, max = 0x10FFFF; break;
    default:
      if (c == quote) {
        ++i;
        return true;
      }
      if (i >= end) return true;  // the caller complains about the unterminated literal
      error(i, "unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int n = digits; n > 0; --n) {
    if (i >= end) return true;
    char32_t d = at(i);
    uint32_t v = base;
    if (d >= '0' && d <= '9') v = d - '0';
    else if (isHexDigit(d)) v = (d | 0x20) - 'a' + 10;
    if (v >= base) {
      error(i, "invalid character " + quoteRune(d) + " in " + (base == 8 ? "octal" : "hexadecimal") + " escape");
      return false;
    }
    x = x * base + v;
    ++i;
  }
  if (x > max && base == 8) {
    error(i, "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    error(i, "escape is invalid Unicode code point " + formatCodePoint(x));
    return false;
  }
  return true;
}

void GoLexerBase::checkRune(antlr4::Token& token) {
  const size_t start = token.getStartIndex(), stop = token.getStopIndex();
  const bool terminated = token.getType() == GoLexer::RUNE_LIT;
  const size_t end = terminated ? stop : stop + 1;  // index of the closing quote / terminator
  bool ok = true;
  int count = 0;
  for (size_t i = start + 1; i < end;) {
    ++count;
    if (at(i) == '\\') {
      ++i;
      if (!checkEscape(i, end, '\'')) ok = false;
      continue;
    }
    ++i;
  }
  if (terminated) {
    if (ok && count == 0) error(stop, "empty rune literal or unescaped '");
    else if (ok && count != 1) error(start, "more than one character in rune literal");
  } else {
    auto* stream = static_cast<GoCharStream*>(_input);
    bool atEof = end >= stream->codePoints().size();
    if (ok) error(atEof ? start : end, atEof ? "rune literal not terminated" : "newline in rune literal");
    if (auto* common = dynamic_cast<antlr4::CommonToken*>(&token)) common->setType(GoLexer::RUNE_LIT);
  }
}

void GoLexerBase::checkString(antlr4::Token& token) {
  const size_t start = token.getStartIndex(), stop = token.getStopIndex();
  const size_t type = token.getType();
  if (type == GoLexer::RAW_STRING_LIT) return;
  auto* common = dynamic_cast<antlr4::CommonToken*>(&token);
  if (type == GoLexer::UNTERMINATED_RAW) {
    error(start, "string not terminated");
    if (common) common->setType(GoLexer::RAW_STRING_LIT);
    return;
  }
  const bool terminated = type == GoLexer::STRING_LIT;
  const size_t end = terminated ? stop : stop + 1;
  for (size_t i = start + 1; i < end;) {
    if (at(i) == '\\') {
      ++i;
      checkEscape(i, end, '"');
      continue;
    }
    ++i;
  }
  if (!terminated) {
    auto* stream = static_cast<GoCharStream*>(_input);
    bool atEof = end >= stream->codePoints().size();
    error(atEof ? start : end, atEof ? "string not terminated" : "newline in string");
    if (common) common->setType(GoLexer::STRING_LIT);
  }
}

}  // namespace mgo_antlr
