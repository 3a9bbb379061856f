// GoParser.g4 — the syntax of Go 1.19 (spec "Declarations", "Expressions", "Statements").
//
// Invariants / design:
//   * Semicolons are explicit SEMI tokens (GoLexerBase inserts the implicit ones); a SEMI may be
//     omitted before `)` and `}`: statement lists are `stmt? (SEMI stmt?)*` (empty statements are
//     statements), other lists `(x (SEMI x)* SEMI?)?` (no empty elements, as in Go).
//   * The grammar is written for cheap prediction (it runs in SLL mode first): rules that would
//     need to look across a whole expression or statement to choose an alternative are
//     left-factored the way Go's own recursive-descent parser is (cmd/compile/internal/syntax):
//     a simple statement is an expression list followed by an optional tail (= := op= ++ -- <-),
//     if/for/switch headers are simple statements separated by SEMI, a keyed element is an
//     element optionally followed by `: element`, an index is `[ expr? ( : ... | , ... ) ]`.
//   * Types in expression position (conversions, composite literals, make/new arguments) are
//     operands; `*T` and `<-chan T` are unary expressions there, re-associated by the AST builder.
//   * Composite literal vs block: `T{` with T a (qualified/instantiated) type name is a composite
//     literal only where GoParserBase::complitAllowed() says so (not directly in an if/for/switch
//     header), exactly as Go's parser tracks `xnest`.
//   * Everything cheap to parse in Go 1.19 is accepted (generics, goto, select, channels, complex
//     literals...); the AST builder rejects what mini-Go does not support.
parser grammar GoParser;

options {
  tokenVocab = GoLexer;
  superClass = GoParserBase;
}

@header { #include "GoParserBase.h" }

// ---------------------------------------------------------------------------------------------
// Source file and declarations
// ---------------------------------------------------------------------------------------------
sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? importPath
    ;

importPath
    : basicLit
    ;

topLevelDecl
    : declaration
    | functionDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

// `const x int` (no values) parses, as in Go; the type checker reports the missing values.
constSpec
    : identifierList type_? (ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

typeSpec
    : IDENTIFIER typeParameters? ASSIGN? type_
    ;

typeParameters
    : L_BRACKET typeParameterDecl (COMMA typeParameterDecl)* COMMA? R_BRACKET
    ;

typeParameterDecl
    : identifierList typeElem
    ;

typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

functionDecl
    : FUNC receiver? IDENTIFIER typeParameters? signature block?
    ;

receiver
    : parameters
    ;

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------
type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | chanType
    ;

arrayType
    : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_
    ;

sliceType
    : L_BRACKET R_BRACKET type_
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// `chan<- chan int` is chan<- (chan int): the leftmost chan takes the arrow (first alternative).
chanType
    : (CHAN ARROW | CHAN | ARROW CHAN) type_
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY
    ;

fieldDecl
    : (identifierList type_ | embeddedField) basicLit?
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY
    ;

interfaceElem
    : IDENTIFIER signature   // method
    | typeElem               // embedded interface or type set
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

// `name type`, `name ...type`, `type` or `...type`; a lone name is a type or a name whose type
// follows (a, b int): the AST builder groups them as Go does. As in Go's parser, a name's type is
// optional (first alternative), so a lone name is never forced to be a type.
parameterDecl
    : IDENTIFIER (ELLIPSIS? type_)?
    | ELLIPSIS? type_
    ;

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------
block
    : L_CURLY statementList R_CURLY
    ;

statementList
    : statement? (SEMI statement?)*
    ;

// A labeled statement is a simple statement (a lone identifier: checked by the AST builder)
// followed by ':' — factored this way so that choosing a statement needs one token of lookahead.
statement
    : declaration                       # declStmt
    | simpleStmt (COLON statement?)?    # simpleOrLabeledStmt
    | goStmt                            # goStatement
    | returnStmt                        # returnStatement
    | breakStmt                         # breakStatement
    | continueStmt                      # continueStatement
    | gotoStmt                          # gotoStatement
    | fallthroughStmt                   # fallthroughStatement
    | block                             # blockStatement
    | ifStmt                            # ifStatement
    | switchStmt                        # switchStatement
    | selectStmt                        # selectStatement
    | forStmt                           # forStatement
    | deferStmt                         # deferStatement
    ;

// `k, v := range x` is only valid in a for header (checked by the AST builder).
simpleStmt
    : expressionList simpleStmtTail?
    ;

simpleStmtTail
    : (ASSIGN | DEFINE) (RANGE expression | expressionList)
    | assignOp = (ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN | AND_ASSIGN
                 | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN) expressionList
    | INC
    | DEC
    | ARROW expression
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENTIFIER?
    ;

continueStmt
    : CONTINUE IDENTIFIER?
    ;

gotoStmt
    : GOTO IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

// if/switch header: [init ;] cond — the AST builder sorts out which part is which.
header
    : simpleStmt (SEMI simpleStmt?)?
    | SEMI simpleStmt?
    ;

ifStmt
    : IF header? block (ELSE (ifStmt | block))?
    ;

switchStmt
    : SWITCH header? L_CURLY caseClause* R_CURLY
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR forHeader? block
    ;

forHeader
    : RANGE expression
    | simpleStmt (SEMI simpleStmt? SEMI simpleStmt?)?
    | SEMI simpleStmt? SEMI simpleStmt?
    ;

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------
// One left-recursive rule for all expressions (fewer parse-tree levels per operand, which keeps
// the tree small): primary-expression suffixes first (highest precedence), then unary operators,
// then the binary precedence levels of the spec, then the operands.
expression
    : expression DOT IDENTIFIER                                           # selectorExpr
    | expression DOT L_PAREN (TYPE | type_) R_PAREN                       # typeAssertExpr
    | expression L_BRACKET indexBody R_BRACKET                            # indexExpr
    | expression L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN       # callExpr
    | expression {complitAllowed()}? literalValue                        # compositeLitExpr
    | op = (PLUS | MINUS | NOT | CARET | STAR | AMPERSAND | ARROW | TILDE) expression   # unaryExpr
    | expression op = (STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression # binaryExpr
    | expression op = (PLUS | MINUS | OR | CARET) expression                   # binaryExpr
    | expression op = (EQUALS | NOT_EQUALS | LESS | LESS_EQ | GREATER | GREATER_EQ) expression # binaryExpr
    | expression op = LOGICAL_AND expression                                   # binaryExpr
    | expression op = LOGICAL_OR expression                                    # binaryExpr
    | lit = (INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | STRING_LIT | RAW_STRING_LIT) # literalExpr
    | IDENTIFIER                                                          # nameExpr
    | L_PAREN expression R_PAREN                                          # parenExpr
    | FUNC signature block?                                               # funcExpr
    | (arrayType | sliceType | mapType | structType) literalValue?        # compositeTypeExpr
    | CHAN ARROW? type_                                                   # chanTypeExpr   // <-chan T: unary <-
    | interfaceType                                                       # interfaceTypeExpr
    ;

// x[i], x[i, j] (generic instantiation), x[lo:hi], x[lo:hi:max]
indexBody
    : expression? (COLON expression? (COLON expression?)? | (COMMA expression)* COMMA?)
    ;

basicLit
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    ;

literalValue
    : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;

expressionList
    : expression (COMMA expression)*
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;
