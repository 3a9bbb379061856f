// lexer_semicolon_test.cpp — the Go lexer (grammar/GoLexer.g4 + GoLexerBase): automatic semicolon
// insertion (spec "Semicolons"), literal/identifier lexing, keyword retyping, and lexical errors
// with Go's wording and positions (expected texts from `go tool compile` 1.19).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "GoLexer.h"
#include "GoLexerBase.h"
#include "frontend/parse_input.h"

namespace {

struct Lexed {
  std::string tokens;               // space-separated; implicit semicolons as ;nl / ;eof
  std::vector<std::string> errors;  // "line:col: message"
  std::vector<std::string> positions;  // "line:col" of every token
};

Lexed lex(const std::string& source) {
  mgo::ParseInput input(source, 0);
  mgo_antlr::GoCharStream chars(input.codePoints());
  mgo_antlr::GoLexer lexer(&chars);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream stream(&lexer);
  stream.fill();
  Lexed out;
  for (antlr4::Token* t : stream.getTokens()) {
    std::string text;
    if (t->getType() == antlr4::Token::EOF) {
      text = "EOF";
    } else if (t->getType() == mgo_antlr::GoLexer::SEMI) {
      text = t->getText() == ";" ? ";" : t->getText() == "newline" ? ";nl" : ";eof";
    } else {
      text = t->getText();
    }
    if (!out.tokens.empty()) out.tokens += " ";
    out.tokens += text;
    mgo::ast::Pos p = input.posOfChar(t->getStartIndex());
    out.positions.push_back(std::to_string(p.line) + ":" + std::to_string(p.col));
  }
  for (const auto& problem : input.problems()) {
    mgo::ast::Pos p = input.posOfByte(problem.byteOffset);
    out.errors.push_back(std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + problem.message);
  }
  for (const auto& e : lexer.lexErrors()) {
    mgo::ast::Pos p = input.posOfChar(e.charIndex);
    out.errors.push_back(std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + e.message);
  }
  return out;
}

std::string tokens(const std::string& source) { return lex(source).tokens; }

}  // namespace

TEST_CASE("semicolons after a line's final token") {
  CHECK(tokens("return\n") == "return ;nl EOF");
  CHECK(tokens("break\ncontinue\nfallthrough\n") == "break ;nl continue ;nl fallthrough ;nl EOF");
  CHECK(tokens("x++\ny--\n") == "x ++ ;nl y -- ;nl EOF");
  CHECK(tokens("f()\n") == "f ( ) ;nl EOF");
  CHECK(tokens("a[i]\n") == "a [ i ] ;nl EOF");
  CHECK(tokens("}\n") == "} ;nl EOF");
  CHECK(tokens("x\n") == "x ;nl EOF");
  CHECK(tokens("42\n3.5\n2i\n'a'\n\"s\"\n`r`\n") ==
        "42 ;nl 3.5 ;nl 2i ;nl 'a' ;nl \"s\" ;nl `r` ;nl EOF");
}

TEST_CASE("no semicolon after other tokens") {
  CHECK(tokens("func f() {\n}\n") == "func f ( ) { } ;nl EOF");
  CHECK(tokens("x +\ny\n") == "x + y ;nl EOF");
  CHECK(tokens("x :=\n1\n") == "x := 1 ;nl EOF");
  CHECK(tokens("f(a,\nb)\n") == "f ( a , b ) ;nl EOF");
  CHECK(tokens("if x {\n") == "if x { EOF");
  CHECK(tokens("else\n") == "else EOF");
  CHECK(tokens("x.\ny\n") == "x . y ;nl EOF");
  CHECK(tokens("\n\n\n") == "EOF");
  CHECK(tokens("") == "EOF");
}

TEST_CASE("semicolon before EOF") {
  CHECK(tokens("x") == "x ;eof EOF");
  CHECK(tokens("}") == "} ;eof EOF");
  CHECK(tokens("return") == "return ;eof EOF");
  CHECK(tokens("x // comment") == "x ;eof EOF");
  CHECK(tokens("{") == "{ EOF");
}

TEST_CASE("comments") {
  CHECK(tokens("x := 1 // trailing comment\ny\n") == "x := 1 ;nl y ;nl EOF");
  CHECK(tokens("x /* inline */ y\n") == "x y ;nl EOF");
  // A multi-line general comment acts like a newline.
  CHECK(tokens("x /* a\nb */ y\n") == "x ;nl y ;nl EOF");
  CHECK(tokens("x + /* a\nb */ y\n") == "x + y ;nl EOF");
  CHECK(tokens("// only a comment\n") == "EOF");
  CHECK(tokens("x; // c\n") == "x ; EOF");
}

TEST_CASE("raw strings may span lines") {
  CHECK(tokens("x := `a\nb`\n") == "x := `a\nb` ;nl EOF");
  CHECK(tokens("`a\n\nb`") == "`a\n\nb` ;eof EOF");
}

TEST_CASE("explicit semicolons") {
  CHECK(tokens("a; b\n") == "a ; b ;nl EOF");
  CHECK(tokens("for i := 0; i < 3; i++ {\n}\n") == "for i := 0 ; i < 3 ; i ++ { } ;nl EOF");
}

TEST_CASE("operators and keywords") {
  CHECK(tokens("a &^= b <<= c >>= d &^ e <- f ... g") == "a &^= b <<= c >>= d &^ e <- f ... g ;eof EOF");
  CHECK(tokens("x:=y==z!=w<=v>=u&&t||s") == "x := y == z != w <= v >= u && t || s ;eof EOF");
  auto out = lex("func funcs go goto gopher");
  CHECK(out.tokens == "func funcs go goto gopher ;eof EOF");
  // keywords are retyped, longer identifiers are not
  mgo::ParseInput input("func funcs", 0);
  mgo_antlr::GoCharStream chars(input.codePoints());
  mgo_antlr::GoLexer lexer(&chars);
  auto t1 = lexer.nextToken();
  auto t2 = lexer.nextToken();
  CHECK(t1->getType() == mgo_antlr::GoLexer::FUNC);
  CHECK(t2->getType() == mgo_antlr::GoLexer::IDENTIFIER);
}

TEST_CASE("number literals") {
  CHECK(tokens("0x1F 0b101 0o17 017 1_000 0.5 .5 1e10 1.5e-3 0x1p-2 0x1.8p1 3i 0i 1.5i") ==
        "0x1F 0b101 0o17 017 1_000 0.5 .5 1e10 1.5e-3 0x1p-2 0x1.8p1 3i 0i 1.5i ;eof EOF");
  CHECK(tokens("a[1:2]") == "a [ 1 : 2 ] ;eof EOF");
  CHECK(tokens("x.y.z") == "x . y . z ;eof EOF");
  CHECK(lex("x := 089").errors == std::vector<std::string>{"1:7: invalid digit '8' in octal literal"});
  CHECK(lex("x := 089.5").errors.empty());
}

TEST_CASE("unicode identifiers and byte columns") {
  auto out = lex("π := 1\n\tx")
  ;
  CHECK(out.tokens == "π := 1 ;nl x ;eof EOF");
  // π is two bytes: `:=` starts at byte column 4; a tab counts one column.
  CHECK(out.positions[1] == "1:4");
  CHECK(out.positions[2] == "1:7");
  CHECK(out.positions[3] == "1:8");  // the newline
  CHECK(out.positions[4] == "2:2");
}

TEST_CASE("positions of implicit semicolons") {
  auto out = lex("x := 1 // c\ny /* a\nb */\n");
  // x := 1 ;nl y ;nl EOF
  CHECK(out.positions[3] == "1:12");  // the newline after the line comment
  CHECK(out.positions[5] == "2:3");   // a multi-line comment: at the comment's start
  auto eof = lex("x");
  CHECK(eof.positions[1] == "1:2");
}

TEST_CASE("lexical errors use Go's wording and positions") {
  CHECK(lex("x := 1 @ 2").errors == std::vector<std::string>{"1:8: invalid character U+0040 '@'"});
  CHECK(lex("x := \"abc\ny").errors == std::vector<std::string>{"1:10: newline in string"});
  CHECK(lex("x := \"abc").errors == std::vector<std::string>{"1:6: string not terminated"});
  CHECK(lex("x := `abc").errors == std::vector<std::string>{"1:6: string not terminated"});
  CHECK(lex("/* abc").errors == std::vector<std::string>{"1:1: comment not terminated"});
  CHECK(lex("x := 'ab'").errors == std::vector<std::string>{"1:6: more than one character in rune literal"});
  CHECK(lex("x := ''").errors == std::vector<std::string>{"1:7: empty rune literal or unescaped '"});
  CHECK(lex("x := 'a\n").errors == std::vector<std::string>{"1:8: newline in rune literal"});
  CHECK(lex("x := \"\\q\"").errors == std::vector<std::string>{"1:8: unknown escape"});
  CHECK(lex("x := \"\\x4g\"").errors == std::vector<std::string>{"1:10: invalid character 'g' in hexadecimal escape"});
  CHECK(lex("x := '\\400'").errors == std::vector<std::string>{"1:11: octal escape value 256 > 255"});
  CHECK(lex("x := \"\\uD800\"").errors ==
        std::vector<std::string>{"1:13: escape is invalid Unicode code point U+D800"});
  CHECK(lex(std::string("x := 1\0", 7)).errors == std::vector<std::string>{"1:7: invalid NUL character"});
  CHECK(lex("x := \"\xff\"").errors == std::vector<std::string>{"1:7: invalid UTF-8 encoding"});
  CHECK(lex("\xEF\xBB\xBFx").errors.empty());  // a leading BOM is fine
  CHECK(lex("x\xEF\xBB\xBF").errors == std::vector<std::string>{"1:2: invalid BOM in the middle of the file"});
  // After an error the literal is still delivered (and ends the line with a semicolon).
  CHECK(lex("x := \"abc\ny").tokens == "x := \"abc ;nl y ;eof EOF");
}

TEST_CASE("bracket nesting limit") {
  std::string deep(mgo_antlr::GoLexerBase::kMaxNesting + 10, '(');
  auto out = lex("x := " + deep);
  REQUIRE(out.errors.size() == 1);
  CHECK(out.errors[0] == "1:" + std::to_string(6 + mgo_antlr::GoLexerBase::kMaxNesting) + ": exceeded max nesting depth");
  std::string ok(100, '(');
  CHECK(lex("x := " + ok).errors.empty());
}
