// parser.cpp — parseFile: decode the source, lex it (GoLexerBase inserts Go's semicolons), parse
// it with the ANTLR parser in two stages (fast SLL prediction first; full LL only when SLL fails,
// which also produces the error report), build the AST, and report diagnostics as Go does.
//
// Invariants:
//   * Everything runs on a dedicated thread with a 256 MB stack (runWithLargeStack); the parser
//     and the builder stop descending when 3/4 of it is used, so no input can overflow the stack.
//   * Reported: every lexical error (Go's scanner reports them all), the first parser error, and
//     the builder's syntax errors on earlier lines (at most one syntax error per line, as gc);
//     "unsupported: ..." only when the file is otherwise free of errors.
//   * Returns nullptr iff a syntax error was reported (gc stops after those; it goes on to
//     type-check after lexical errors and its other parser errors, so the File is returned then,
//     with malformed literals as BadExpr). ANTLR exceptions never escape.
#include "frontend/parser.h"

#include <pthread.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "GoLexer.h"
#include "GoParser.h"
#include "frontend/ast_builder.h"
#include "frontend/parse_input.h"
#include "frontend/syntax_errors.h"

namespace mgo {
namespace {

constexpr size_t kParseStackBytes = size_t{256} << 20;
constexpr size_t kFullContextWindow = 2000;  // tokens

struct ThreadCall {
  const std::function<void(const char*)>* fn;
  size_t stackBytes;
  std::exception_ptr failure;
};

void* runThread(void* arg) {
  auto* call = static_cast<ThreadCall*>(arg);
  const char* top = static_cast<const char*>(__builtin_frame_address(0));
  // Keep a quarter of the stack in reserve for frames that are not guarded (ANTLR prediction,
  // destructors, the diagnostics code).
  const char* limit = top - (call->stackBytes - call->stackBytes / 4);
  try {
    (*call->fn)(limit);
  } catch (...) {
    call->failure = std::current_exception();
  }
  return nullptr;
}

// The current thread's stack limit (fallback when no thread can be created).
const char* currentThreadLimit() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (!addr || size == 0) return nullptr;
  return static_cast<const char*>(addr) + size / 4;
}

antlr4::ParserRuleContext* rootOf(antlr4::ParserRuleContext* ctx) {
  antlr4::tree::ParseTree* node = ctx;
  while (node && node->parent) node = node->parent;
  return dynamic_cast<antlr4::ParserRuleContext*>(node);
}

bool debugSyntax() {
  static const bool on = std::getenv("MGO_SYNTAX_DEBUG") != nullptr;
  return on;
}

// MGO_PARSE_TIMING=1 prints the time of each phase to stderr (performance investigations).
// Times are CPU time of the parsing thread.
struct PhaseTimer {
  bool on = std::getenv("MGO_PARSE_TIMING") != nullptr;
  double last = now();
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
  }
  void lap(const char* phase) {
    if (!on) return;
    double t = now();
    std::fprintf(stderr, "[parse] %-8s %7.2f ms cpu\n", phase, t - last);
    last = t;
  }
};

void dumpDebug(const SyntaxErrorInfo& info) {
  std::fprintf(stderr, "[syntax] kind=%d offending=%s start=%s expected=%s\n[syntax] rules:",
               static_cast<int>(info.kind), info.offending ? info.offending->toString().c_str() : "null",
               info.start ? info.start->toString().c_str() : "null", info.expectedNames.c_str());
  for (const std::string& r : info.ruleStack) std::fprintf(stderr, " %s", r.c_str());
  std::fprintf(stderr, "\n");
}

ast::File* parseOnThisThread(const std::string& text, int32_t fileIndex, ast::Arena& arena,
                             DiagnosticEngine& diags, const char* stackLimit) {
  PhaseTimer timer;
  ParseInput input(text, fileIndex);
  bool otherErrors = false;  // lexical and plain parser errors: gc still type-checks after them
  for (const ParseInput::Problem& p : input.problems()) {
    diags.error(input.posOfByte(p.byteOffset), p.message);
    otherErrors = true;
  }

  mgo_antlr::GoCharStream chars(input.codePoints());
  mgo_antlr::GoLexer lexer(&chars);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  timer.lap("lex");
  for (const mgo_antlr::LexError& e : lexer.lexErrors()) {
    diags.error(input.posOfChar(e.charIndex), e.message);
    otherErrors = true;
  }
  if (lexer.nestingLimitExceeded()) return nullptr;

  mgo_antlr::GoParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setStackLimit(stackLimit);
  auto fastStrategy = std::make_shared<GoErrorStrategy>(nullptr);
  parser.setErrorHandler(fastStrategy);
  auto* simulator = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
  simulator->setPredictionMode(antlr4::atn::PredictionMode::SLL);

  SyntaxErrorInfo info;
  antlr4::ParserRuleContext* root = nullptr;
  bool parseFailed = false;
  try {
    try {
      root = parser.sourceFile();
    } catch (SyntaxAbort&) {
      // SLL failed: either a real syntax error or an SLL weakness. Retry with full LL, recording
      // the first error.
      parser.reset();
      parser.setErrorHandler(std::make_shared<GoErrorStrategy>(&info));
      // Full-context prediction is slow: use it only for the decisions shortly before the point
      // where SLL failed (the decision that went astray is there, see FullContextSimulator).
      size_t failedAt = fastStrategy->errorTokenIndex();
      size_t from = failedAt > kFullContextWindow ? failedAt - kFullContextWindow : 0;
      parser.setInterpreter(new FullContextSimulator(&parser, from));  // deletes the SLL simulator
      simulator = nullptr;
      try {
        root = parser.sourceFile();
      } catch (SyntaxAbort&) {
        parseFailed = true;
        root = rootOf(info.ctx);
      }
    }
  } catch (mgo_antlr::NestingTooDeep& e) {
    antlr4::Token* at = e.token;
    diags.error(at ? input.posOfChar(at->getStartIndex()) : input.posOfChar(0), "exceeded max nesting depth");
    return nullptr;
  } catch (std::exception& e) {
    // Not expected; report rather than crash.
    antlr4::Token* at = parser.getCurrentToken();
    diags.error(at ? input.posOfChar(at->getStartIndex()) : input.posOfChar(0), "syntax error: unexpected input");
    return nullptr;
  }

  timer.lap("parse");
  std::pair<ast::Pos, std::string> parseError;
  if (parseFailed) {
    if (debugSyntax()) dumpDebug(info);
    parseError = goSyntaxMessage(info, tokens, input);
  }

  // The contexts enclosing the error are partial: the builder must not judge them.
  std::unordered_set<const antlr4::tree::ParseTree*> partial;
  if (parseFailed)
    for (antlr4::tree::ParseTree* node = info.ctx; node; node = node->parent) partial.insert(node);
  AstBuilder builder(arena, input, tokens, stackLimit);
  builder.setBadTokens({lexer.badTokenStarts().begin(), lexer.badTokenStarts().end()});
  ast::File* file =
      builder.buildFile(dynamic_cast<mgo_antlr::GoParser::SourceFileContext*>(root), std::move(partial));
  timer.lap("build");

  // The builder's checks are those Go's parser makes when it finishes a construct, so they come
  // before a parse error further on; one at the very token of the parse error replaces it (Go
  // reports it and skips ahead). Plain parser errors ("method has multiple receivers", ...) do
  // not stop type checking in gc, so the file is still returned for them.
  bool syntaxErrors = false, replacesParseError = false;
  for (const BuilderDiagnostic& d : builder.diagnostics()) {
    if (parseFailed && parseError.first < d.pos) continue;
    if (d.kind == BuilderDiagnostic::Kind::Syntax) {
      diags.error(d.pos, d.message);
      syntaxErrors = true;
      replacesParseError |= parseFailed && d.pos == parseError.first;
    } else if (d.kind == BuilderDiagnostic::Kind::Error) {
      diags.error(d.pos, d.message);
      otherErrors = true;
    }
  }
  if (parseFailed && !replacesParseError) diags.error(parseError.first, parseError.second);
  if (syntaxErrors || parseFailed) return nullptr;
  // Unsupported constructs (valid Go) are left out of the AST, so type-checking it would only
  // produce misleading errors: the file is not returned then.
  bool unsupported = false;
  for (const BuilderDiagnostic& d : builder.diagnostics()) {
    if (d.kind != BuilderDiagnostic::Kind::Unsupported) continue;
    unsupported = true;
    if (!otherErrors) diags.error(d.pos, d.message);
  }
  return unsupported ? nullptr : file;
}

}  // namespace

void runWithLargeStack(size_t stackBytes, const std::function<void(const char* stackLimit)>& fn) {
  pthread_attr_t attr;
  pthread_t thread;
  ThreadCall call{&fn, stackBytes, nullptr};

  if (pthread_attr_init(&attr) == 0) {
    bool started = pthread_attr_setstacksize(&attr, stackBytes) == 0 &&
                   pthread_create(&thread, &attr, runThread, &call) == 0;
    pthread_attr_destroy(&attr);
    if (started) {
      pthread_join(thread, nullptr);
      if (call.failure) std::rethrow_exception(call.failure);
      return;
    }
  }
  fn(currentThreadLimit());
}

ast::File* parseFile(const SourceManager& sources, int32_t fileIndex, ast::Arena& arena, DiagnosticEngine& diags) {
  ast::File* result = nullptr;
  const std::string& text = sources.file(fileIndex).text;
  runWithLargeStack(kParseStackBytes, [&](const char* stackLimit) {
    result = parseOnThisThread(text, fileIndex, arena, diags, stackLimit);
  });
  return result;
}

}  // namespace mgo
