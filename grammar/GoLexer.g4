// GoLexer.g4 — the tokens of Go 1.19 (spec "Lexical elements").
//
// Invariants:
//   * The lexer never fails: every character sequence is matched by some rule; malformed input is
//     turned into dedicated error tokens (INVALID_CHAR, UNTERMINATED_*) that GoLexerBase reports
//     with Go's wording and drops.
//   * Whitespace, newlines and comments are ordinary tokens here; GoLexerBase (the superclass)
//     consumes them and performs Go's automatic semicolon insertion, so the parser only ever sees
//     significant tokens plus SEMI (explicit ";" or an implicit one, whose text is "newline" or
//     "EOF" as in Go's scanner).
//   * Number literals follow the Go 1.13+ syntax (binary/octal/hex prefixes, `_` separators, hex
//     floats); they, and rune and string escapes, are validated by GoLexerBase.
lexer grammar GoLexer;

options { superClass = GoLexerBase; }

@header { #include "GoLexerBase.h" }

// Keywords: lexed as IDENTIFIER and retyped by GoLexerBase (a table lookup keeps the lexer's DFA
// small, which makes its lazy construction at start-up cheap).
// INT_LIT, FLOAT_LIT and IMAGINARY_LIT: NUMBER tokens retyped by GoLexerBase (see NUMBER).
tokens { BREAK, CASE, CHAN, CONST, CONTINUE, DEFAULT, DEFER, ELSE, FALLTHROUGH, FOR, FUNC, GO, GOTO, IF, IMPORT, INTERFACE, MAP, PACKAGE, RANGE, RETURN, SELECT, STRUCT, SWITCH, TYPE, VAR, INT_LIT, FLOAT_LIT, IMAGINARY_LIT }

IDENTIFIER  : LETTER (LETTER | UNICODE_DIGIT)* { checkKeyword(); };

// Punctuation
L_PAREN     : '(';
R_PAREN     : ')';
L_CURLY     : '{';
R_CURLY     : '}';
L_BRACKET   : '[';
R_BRACKET   : ']';
ASSIGN      : '=';
COMMA       : ',';
SEMI        : ';';
COLON       : ':';
DOT         : '.';
INC         : '++';
DEC         : '--';
DEFINE      : ':=';
ELLIPSIS    : '...';

// Assignment operators (op=)
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';

// Operators
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_EQ     : '<=';
GREATER     : '>';
GREATER_EQ  : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
NOT         : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
ARROW       : '<-';
TILDE       : '~';

// Literals
// A number takes exactly the characters Go's scanner (scanner.number) takes, malformed or not:
// digits and '_' of the base (decimal digits after 0o/0b), one '.', an exponent letter (only 'p'
// after 0x, whose digits include 'e'), an optional sign and decimal digits, an 'i'. GoLexerBase
// retypes it INT_LIT, FLOAT_LIT or IMAGINARY_LIT and reports what Go's scanner reports.
NUMBER
    : ( '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? ([pP] [+-]? [0-9_]*)?
      | ( '0' [oObB] [0-9_]* ('.' [0-9_]*)?
        | [0-9] [0-9_]* ('.' [0-9_]*)?
        | '.' [0-9] [0-9_]*
        ) ([eEpP] [+-]? [0-9_]*)?
      ) 'i'?
    ;
RUNE_LIT      : '\'' (~['\\\n] | '\\' ~[\n])* '\'';
STRING_LIT    : '"' (~["\\\n] | '\\' ~[\n])* '"';
RAW_STRING_LIT: '`' ~'`'* '`';

// Layout: never seen by the parser. Blanks and line comments never matter for semicolons; a
// newline only matters (and only becomes a token for GoLexerBase) when the line's last token asks
// for a semicolon; block comments are tokens because a multi-line one may act as a newline.
WS            : [ \t\r\u000C]+ -> skip;
NEWLINE       : '\n' { if (!semicolonPending()) skip(); };
LINE_COMMENT  : '//' ~[\n]* -> skip;
BLOCK_COMMENT : '/*' .*? '*/';

// Malformed input (reported by GoLexerBase)
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;  // contains no */
UNTERMINATED_RAW     : '`' ~'`'* EOF;
UNTERMINATED_STRING  : '"' (~["\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RUNE    : '\'' (~['\\\n] | '\\' ~[\n])* '\\'?;
INVALID_CHAR         : .;

fragment LETTER         : [\p{L}_];
fragment UNICODE_DIGIT  : [\p{Nd}];
