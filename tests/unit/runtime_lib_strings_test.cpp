// runtime_lib_strings_test.cpp — package strings (runtime/lib_strings.cpp, lib_unicode.cpp) through
// its C entry points. Each CHECK's expected value is what Go 1.19 printed for the Go expression in
// the comment above it ([]string results as fmt's %q plus len and cap, ints and bools as text).
#include <cstdio>

#include "runtime_fmt_support.h"

using namespace fmttest;

namespace {

const uint8_t* P(std::string_view s) { return reinterpret_cast<const uint8_t*>(s.data()); }
int64_t L(std::string_view s) { return int64_t(s.size()); }

// Go's fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) for a []string, built with strconv.Quote.
std::string quoteList(const mgo_slice& sl) {
  std::string out = "[";
  auto* elems = static_cast<const mgo_string*>(sl.ptr);
  for (int64_t i = 0; i < sl.len; ++i) {
    if (i) out += ' ';
    out += text(mgo_strconv_Quote(elems[i].ptr, elems[i].len));
  }
  return out + "] len=" + std::to_string(sl.len) + " cap=" + std::to_string(sl.cap);
}

std::string Fields(std::string_view s) {
  mgo_slice out;
  mgo_strings_Fields(&out, P(s), L(s));
  return quoteList(out);
}
std::string Split(std::string_view s, std::string_view sep) {
  mgo_slice out;
  mgo_strings_Split(&out, P(s), L(s), P(sep), L(sep));
  return quoteList(out);
}
std::string SplitN(std::string_view s, std::string_view sep, int64_t n) {
  mgo_slice out;
  mgo_strings_SplitN(&out, P(s), L(s), P(sep), L(sep), n);
  return quoteList(out);
}
std::string ToUpper(std::string_view s) { return text(mgo_strings_ToUpper(P(s), L(s))); }
std::string ToLower(std::string_view s) { return text(mgo_strings_ToLower(P(s), L(s))); }
std::string Title(std::string_view s) { return text(mgo_strings_Title(P(s), L(s))); }
std::string Replace(std::string_view s, std::string_view o, std::string_view n, int64_t count) {
  return text(mgo_strings_Replace(P(s), L(s), P(o), L(o), P(n), L(n), count));
}
std::string ReplaceAll(std::string_view s, std::string_view o, std::string_view n) {
  return text(mgo_strings_ReplaceAll(P(s), L(s), P(o), L(o), P(n), L(n)));
}
std::string Repeat(std::string_view s, int64_t n) { return text(mgo_strings_Repeat(P(s), L(s), n)); }
std::string TrimSpace(std::string_view s) { return text(mgo_strings_TrimSpace(P(s), L(s))); }
std::string Trim(std::string_view s, std::string_view c) { return text(mgo_strings_Trim(P(s), L(s), P(c), L(c))); }
std::string TrimLeft(std::string_view s, std::string_view c) { return text(mgo_strings_TrimLeft(P(s), L(s), P(c), L(c))); }
std::string TrimRight(std::string_view s, std::string_view c) { return text(mgo_strings_TrimRight(P(s), L(s), P(c), L(c))); }
std::string TrimPrefix(std::string_view s, std::string_view c) { return text(mgo_strings_TrimPrefix(P(s), L(s), P(c), L(c))); }
std::string TrimSuffix(std::string_view s, std::string_view c) { return text(mgo_strings_TrimSuffix(P(s), L(s), P(c), L(c))); }
int64_t Index(std::string_view s, std::string_view t) { return mgo_strings_Index(P(s), L(s), P(t), L(t)); }
int64_t LastIndex(std::string_view s, std::string_view t) { return mgo_strings_LastIndex(P(s), L(s), P(t), L(t)); }
int64_t Count(std::string_view s, std::string_view t) { return mgo_strings_Count(P(s), L(s), P(t), L(t)); }
int64_t IndexByte(std::string_view s, char c) { return mgo_strings_IndexByte(P(s), L(s), uint8_t(c)); }
int64_t IndexRune(std::string_view s, int32_t r) { return mgo_strings_IndexRune(P(s), L(s), r); }
int64_t IndexAny(std::string_view s, std::string_view t) { return mgo_strings_IndexAny(P(s), L(s), P(t), L(t)); }
int64_t LastIndexByte(std::string_view s, char c) { return mgo_strings_LastIndexByte(P(s), L(s), uint8_t(c)); }
bool Contains(std::string_view s, std::string_view t) { return mgo_strings_Contains(P(s), L(s), P(t), L(t)); }
bool ContainsRune(std::string_view s, int32_t r) { return mgo_strings_ContainsRune(P(s), L(s), r); }
bool ContainsAny(std::string_view s, std::string_view t) { return mgo_strings_ContainsAny(P(s), L(s), P(t), L(t)); }
bool HasPrefix(std::string_view s, std::string_view t) { return mgo_strings_HasPrefix(P(s), L(s), P(t), L(t)); }
bool HasSuffix(std::string_view s, std::string_view t) { return mgo_strings_HasSuffix(P(s), L(s), P(t), L(t)); }
bool EqualFold(std::string_view s, std::string_view t) { return mgo_strings_EqualFold(P(s), L(s), P(t), L(t)); }
std::string Join(std::initializer_list<std::string_view> elems, std::string_view sep) {
  std::vector<mgo_string> v;
  for (auto e : elems) v.push_back(gostr(e));
  return text(mgo_strings_Join(v.data(), int64_t(v.size()), int64_t(v.size()), P(sep), L(sep)));
}

}  // namespace

TEST_CASE("strings: (expected strings from Go 1.19)") {
  // Go: func() string { v := strings.Fields(" a  b\x09c\u00a0d\u3000e \x0a"); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Fields(" a  b\011c\302\240d\343\200\200e \012"sv) == "[\"a\" \"b\" \"c\" \"d\" \"e\"] len=5 cap=5"s);
  // Go: func() string { v := strings.Fields(""); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Fields(""sv) == "[] len=0 cap=0"s);
  // Go: func() string { v := strings.Fields("  \x09 "); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Fields("  \011 "sv) == "[] len=0 cap=0"s);
  // Go: func() string { v := strings.Fields("x\u0085y\u2028z"); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Fields("x\302\205y\342\200\250z"sv) == "[\"x\" \"y\" \"z\"] len=3 cap=3"s);
  // Go: func() string { v := strings.Fields("a\xffb c"); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Fields("a\xff" "b c"sv) == "[\"a\\xffb\" \"c\"] len=2 cap=2"s);
  // Go: func() string { v := strings.Split("a,b,,c", ","); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split("a,b,,c"sv, ","sv) == "[\"a\" \"b\" \"\" \"c\"] len=4 cap=4"s);
  // Go: func() string { v := strings.Split("abc", ""); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split("abc"sv, ""sv) == "[\"a\" \"b\" \"c\"] len=3 cap=3"s);
  // Go: func() string { v := strings.Split("", ","); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split(""sv, ","sv) == "[\"\"] len=1 cap=1"s);
  // Go: func() string { v := strings.Split("", ""); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split(""sv, ""sv) == "[] len=0 cap=0"s);
  // Go: func() string { v := strings.Split("h\u00e9llo", ""); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split("héllo"sv, ""sv) == "[\"h\" \"é\" \"l\" \"l\" \"o\"] len=5 cap=5"s);
  // Go: func() string { v := strings.Split("a\xffb", ""); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split("a\xff" "b"sv, ""sv) == "[\"a\" \"�\" \"b\"] len=3 cap=3"s);
  // Go: func() string { v := strings.Split("a::b::", "::"); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split("a::b::"sv, "::"sv) == "[\"a\" \"b\" \"\"] len=3 cap=3"s);
  // Go: func() string { v := strings.Split("abc", "abc"); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(Split("abc"sv, "abc"sv) == "[\"\" \"\"] len=2 cap=2"s);
  // Go: func() string { v := strings.SplitN("a,b,c,d", ",", 2); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(SplitN("a,b,c,d"sv, ","sv, 2) == "[\"a\" \"b,c,d\"] len=2 cap=2"s);
  // Go: func() string { v := strings.SplitN("a,b", ",", 5); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(SplitN("a,b"sv, ","sv, 5) == "[\"a\" \"b\"] len=2 cap=4"s);
  // Go: func() string { v := strings.SplitN("abcd", "", 2); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(SplitN("abcd"sv, ""sv, 2) == "[\"a\" \"bcd\"] len=2 cap=2"s);
  // Go: func() string { v := strings.SplitN("a,b", ",", 0); return fmt.Sprintf("%q len=%d cap=%d", v, len(v), cap(v)) }()
  CHECK(SplitN("a,b"sv, ","sv, 0) == "[] len=0 cap=0"s);
  // Go: strings.ToUpper("h\u00e9llo w\u00f6rld \u00df \u01c6 \ufb00 \u0131")
  CHECK(ToUpper("héllo wörld ß ǆ ﬀ ı"sv) == "HÉLLO WÖRLD ß Ǆ ﬀ I"s);
  // Go: strings.ToUpper("hello")
  CHECK(ToUpper("hello"sv) == "HELLO"s);
  // Go: strings.ToUpper("HELLO")
  CHECK(ToUpper("HELLO"sv) == "HELLO"s);
  // Go: strings.ToUpper("\xffa")
  CHECK(ToUpper("\xff" "a"sv) == "�A"s);
  // Go: strings.ToLower("H\u00c9LLO \u03a3\u0391\u03a3 \u01c4 \u0130 K")
  CHECK(ToLower("HÉLLO ΣΑΣ Ǆ İ K"sv) == "héllo σασ ǆ i k"s);
  // Go: strings.ToLower("ABC-xyz")
  CHECK(ToLower("ABC-xyz"sv) == "abc-xyz"s);
  // Go: strings.ToLower("\u00c0\u00c9\u00ce\u00d5\u00dc \u03a9\u03bc\u03ad\u03b3\u03b1 \u0414\u041e\u0411\u0420\u042b\u0419")
  CHECK(ToLower("ÀÉÎÕÜ Ωμέγα ДОБРЫЙ"sv) == "àéîõü ωμέγα добрый"s);
  // Go: strings.ToUpper("\u0434\u043e\u0431\u0440\u044b\u0439 \u0434\u0435\u043d\u044c \u00b5 \u00ff")
  CHECK(ToUpper("добрый день µ ÿ"sv) == "ДОБРЫЙ ДЕНЬ Μ Ÿ"s);
  // Go: strings.Title("hello w\u00f6rld-foo_bar 9lives \u00fcn\u00efcode")
  CHECK(Title("hello wörld-foo_bar 9lives ünïcode"sv) == "Hello Wörld-Foo_bar 9lives Ünïcode"s);
  // Go: strings.Title("\u01c6emal \u01c9")
  CHECK(Title("ǆemal ǉ"sv) == "ǅemal ǈ"s);
  // Go: strings.Title("")
  CHECK(Title(""sv) == ""s);
  // Go: strings.Replace("aaaa", "a", "b", 2)
  CHECK(Replace("aaaa"sv, "a"sv, "b"sv, 2) == "bbaa"s);
  // Go: strings.Replace("abc", "", "-", -1)
  CHECK(Replace("abc"sv, ""sv, "-"sv, -1) == "-a-b-c-"s);
  // Go: strings.Replace("h\u00e9llo", "", "|", 3)
  CHECK(Replace("héllo"sv, ""sv, "|"sv, 3) == "|h|é|llo"s);
  // Go: strings.Replace("abc", "x", "y", -1)
  CHECK(Replace("abc"sv, "x"sv, "y"sv, -1) == "abc"s);
  // Go: strings.Replace("abab", "ab", "", -1)
  CHECK(Replace("abab"sv, "ab"sv, ""sv, -1) == ""s);
  // Go: strings.Replace("aaa", "a", "a", -1)
  CHECK(Replace("aaa"sv, "a"sv, "a"sv, -1) == "aaa"s);
  // Go: strings.ReplaceAll("one two one", "one", "1")
  CHECK(ReplaceAll("one two one"sv, "one"sv, "1"sv) == "1 two 1"s);
  // Go: strings.ReplaceAll("", "", "x")
  CHECK(ReplaceAll(""sv, ""sv, "x"sv) == "x"s);
  // Go: strings.Repeat("ab", 3)
  CHECK(Repeat("ab"sv, 3) == "ababab"s);
  // Go: strings.Repeat("", 5)
  CHECK(Repeat(""sv, 5) == ""s);
  // Go: strings.Repeat("x", 0)
  CHECK(Repeat("x"sv, 0) == ""s);
  // Go: strings.TrimSpace("\u00a0 x y \u3000\x09")
  CHECK(TrimSpace("\302\240 x y \343\200\200\011"sv) == "x y"s);
  // Go: strings.TrimSpace("   ")
  CHECK(TrimSpace("   "sv) == ""s);
  // Go: strings.TrimSpace("\xff ")
  CHECK(TrimSpace("\xff "sv) == "\377"s);
  // Go: strings.Trim("xxhixx", "x")
  CHECK(Trim("xxhixx"sv, "x"sv) == "hi"s);
  // Go: strings.Trim("\u00a1\u00a1hi!!", "!\u00a1")
  CHECK(Trim("¡¡hi!!"sv, "!¡"sv) == "hi"s);
  // Go: strings.Trim("abc", "")
  CHECK(Trim("abc"sv, ""sv) == "abc"s);
  // Go: strings.Trim("  a  ", " ")
  CHECK(Trim("  a  "sv, " "sv) == "a"s);
  // Go: strings.Trim("\xffa\xff", "\ufffd")
  CHECK(Trim("\xff" "a\xff"sv, "�"sv) == "a"s);
  // Go: strings.TrimLeft("aabcaa", "a")
  CHECK(TrimLeft("aabcaa"sv, "a"sv) == "bcaa"s);
  // Go: strings.TrimRight("aabcaa", "a")
  CHECK(TrimRight("aabcaa"sv, "a"sv) == "aabc"s);
  // Go: strings.TrimPrefix("prefix-x", "prefix-")
  CHECK(TrimPrefix("prefix-x"sv, "prefix-"sv) == "x"s);
  // Go: strings.TrimPrefix("x", "y")
  CHECK(TrimPrefix("x"sv, "y"sv) == "x"s);
  // Go: strings.TrimSuffix("file.go", ".go")
  CHECK(TrimSuffix("file.go"sv, ".go"sv) == "file"s);
  // Go: strings.TrimSuffix("a", "ab")
  CHECK(TrimSuffix("a"sv, "ab"sv) == "a"s);
  // Go: strconv.Itoa(strings.Index("chicken", "ken"))
  CHECK(std::to_string(Index("chicken"sv, "ken"sv)) == "4"s);
  // Go: strconv.Itoa(strings.Index("chicken", "dmr"))
  CHECK(std::to_string(Index("chicken"sv, "dmr"sv)) == "-1"s);
  // Go: strconv.Itoa(strings.Index("abc", ""))
  CHECK(std::to_string(Index("abc"sv, ""sv)) == "0"s);
  // Go: strconv.Itoa(strings.LastIndex("go gopher", "go"))
  CHECK(std::to_string(LastIndex("go gopher"sv, "go"sv)) == "3"s);
  // Go: strconv.Itoa(strings.LastIndex("go", ""))
  CHECK(std::to_string(LastIndex("go"sv, ""sv)) == "2"s);
  // Go: strconv.Itoa(strings.LastIndex("x", "y"))
  CHECK(std::to_string(LastIndex("x"sv, "y"sv)) == "-1"s);
  // Go: strconv.Itoa(strings.Count("cheese", "e"))
  CHECK(std::to_string(Count("cheese"sv, "e"sv)) == "3"s);
  // Go: strconv.Itoa(strings.Count("five", ""))
  CHECK(std::to_string(Count("five"sv, ""sv)) == "5"s);
  // Go: strconv.Itoa(strings.Count("h\u00e9llo", ""))
  CHECK(std::to_string(Count("héllo"sv, ""sv)) == "6"s);
  // Go: strconv.Itoa(strings.Count("aaaa", "aa"))
  CHECK(std::to_string(Count("aaaa"sv, "aa"sv)) == "2"s);
  // Go: strconv.Itoa(strings.IndexByte("golang", 'l'))
  CHECK(std::to_string(IndexByte("golang"sv, 'l')) == "2"s);
  // Go: strconv.Itoa(strings.IndexRune("chicken", 'k'))
  CHECK(std::to_string(IndexRune("chicken"sv, 'k')) == "4"s);
  // Go: strconv.Itoa(strings.IndexRune("a\ufffd", 0xFFFD))
  CHECK(std::to_string(IndexRune("a�"sv, 0xFFFD)) == "1"s);
  // Go: strconv.Itoa(strings.IndexAny("golang", "ny"))
  CHECK(std::to_string(IndexAny("golang"sv, "ny"sv)) == "4"s);
  // Go: strconv.Itoa(strings.LastIndexByte("golang", 'g'))
  CHECK(std::to_string(LastIndexByte("golang"sv, 'g')) == "5"s);
  // Go: strconv.FormatBool(strings.Contains("seafood", "foo"))
  CHECK(std::string(Contains("seafood"sv, "foo"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.Contains("", ""))
  CHECK(std::string(Contains(""sv, ""sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.ContainsRune("aardvark", 97))
  CHECK(std::string(ContainsRune("aardvark"sv, 97) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.ContainsAny("failure", "ui"))
  CHECK(std::string(ContainsAny("failure"sv, "ui"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.ContainsAny("x", ""))
  CHECK(std::string(ContainsAny("x"sv, ""sv) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strings.HasPrefix("golang", "go"))
  CHECK(std::string(HasPrefix("golang"sv, "go"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.HasSuffix("golang", "ng"))
  CHECK(std::string(HasSuffix("golang"sv, "ng"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.HasPrefix("go", "golang"))
  CHECK(std::string(HasPrefix("go"sv, "golang"sv) ? "true" : "false") == "false"s);
  // Go: strconv.FormatBool(strings.EqualFold("Go", "GO"))
  CHECK(std::string(EqualFold("Go"sv, "GO"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.EqualFold("\u03c3\u03c2", "\u03a3\u03a3"))
  CHECK(std::string(EqualFold("σς"sv, "ΣΣ"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.EqualFold("k", "\u212a"))
  CHECK(std::string(EqualFold("k"sv, "K"sv) ? "true" : "false") == "true"s);
  // Go: strconv.FormatBool(strings.EqualFold("a", "ab"))
  CHECK(std::string(EqualFold("a"sv, "ab"sv) ? "true" : "false") == "false"s);
  // Go: strings.Join([]string{"a", "b", "c"}, ", ")
  CHECK(Join({"a"sv, "b"sv, "c"sv}, ", "sv) == "a, b, c"s);
  // Go: strings.Join([]string{}, ", ")
  CHECK(Join({}, ", "sv) == ""s);
  // Go: strings.Join([]string{"x"}, "-")
  CHECK(Join({"x"sv}, "-"sv) == "x"s);
}

