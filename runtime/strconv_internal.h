// strconv_internal.h — the number and quoting primitives of Go's package strconv, appending to a
// ByteBuffer (Go's Append* functions). Shared by fmt (fmt_*.cpp), the library functions
// (lib_strconv.cpp) and the print builtins.
//
// Every function produces exactly Go 1.19's bytes: itoa.go (formatBits), ftoa.go (formats
// 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X', precision -1 = shortest round-trip), quote.go (Quote, QuoteToASCII,
// QuoteToGraphic, QuoteRune*, CanBackquote, IsPrint, IsGraphic with Go's Unicode 13 tables).
#pragma once
#include <cstddef>
#include <cstdint>

#include "fmt_buffer.h"

namespace mgo::rt {

// strconv.AppendInt / AppendUint for 2 <= base <= 36 (lower-case digits).
void appendInt(ByteBuffer& out, int64_t v, int base);
void appendUint(ByteBuffer& out, uint64_t v, int base);
// Decimal digits of v into the end of buf[0..24), returns the start index (no allocation).
int formatUintDecimal(char (&buf)[24], uint64_t v);

// strconv.AppendFloat(dst, v, fmt, prec, bitSize). bitSize 32 formats float32(v).
// An unknown fmt appends '%' and fmt, as Go does.
void appendFloat(ByteBuffer& out, double v, char fmt, int prec, int bitSize);

// strconv.AppendQuote / AppendQuoteToASCII / AppendQuoteToGraphic.
void appendQuote(ByteBuffer& out, const uint8_t* s, int64_t n, bool asciiOnly = false, bool graphicOnly = false);
// strconv.AppendQuoteRune / AppendQuoteRuneToASCII (invalid runes print as '\ufffd' / '�').
void appendQuoteRune(ByteBuffer& out, int32_t r, bool asciiOnly = false, bool graphicOnly = false);
bool canBackquote(const uint8_t* s, int64_t n);
bool isPrint(int32_t r);    // strconv.IsPrint == unicode.IsPrint
bool isGraphic(int32_t r);  // strconv.IsGraphic

// The tables of strconv_isprint.cpp (Go's isprint.go).
namespace isprint {
extern const uint16_t isPrint16[];
extern const size_t isPrint16Len;
extern const uint16_t isNotPrint16[];
extern const size_t isNotPrint16Len;
extern const uint32_t isPrint32[];
extern const size_t isPrint32Len;
extern const uint16_t isNotPrint32[];
extern const size_t isNotPrint32Len;
extern const uint16_t isGraphic[];
extern const size_t isGraphicLen;
}  // namespace isprint

}  // namespace mgo::rt
