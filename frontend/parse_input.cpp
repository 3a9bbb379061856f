// parse_input.cpp — see parse_input.h.
#include "frontend/parse_input.h"

#include <algorithm>

namespace mgo {
namespace {

// Decodes one UTF-8 sequence at text[i]; returns the code point and its width, or width 0 when
// the bytes are not valid UTF-8 (overlong forms, surrogates and values > U+10FFFF included).
std::pair<char32_t, size_t> decodeUtf8(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  size_t width;
  char32_t c, min;
  if ((b0 & 0xE0) == 0xC0) width = 2, c = b0 & 0x1F, min = 0x80;
  else if ((b0 & 0xF0) == 0xE0) width = 3, c = b0 & 0x0F, min = 0x800;
  else if ((b0 & 0xF8) == 0xF0) width = 4, c = b0 & 0x07, min = 0x10000;
  else return {0, 0};
  if (i + width > text.size()) return {0, 0};
  for (size_t k = 1; k < width; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return {0, 0};
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) return {0, 0};
  return {c, width};
}

}  // namespace

ParseInput::ParseInput(std::string_view text, int32_t fileIndex) : text_(text), file_(fileIndex) {
  codePoints_.reserve(text.size());
  offsets_.reserve(text.size() + 1);
  lineStarts_.push_back(0);
  for (size_t i = 0; i < text.size();) {
    auto [c, width] = decodeUtf8(text, i);
    if (width == 0) {
      problems_.push_back({i, "invalid UTF-8 encoding"});
      ++i;
      continue;
    }
    if (c == '\n') lineStarts_.push_back(static_cast<uint32_t>(i + 1));
    if (c == 0) {
      problems_.push_back({i, "invalid NUL character"});
    } else if (c == 0xFEFF) {
      if (i != 0) problems_.push_back({i, "invalid BOM in the middle of the file"});
    } else {
      codePoints_.push_back(c);
      offsets_.push_back(static_cast<uint32_t>(i));
    }
    i += width;
  }
  offsets_.push_back(static_cast<uint32_t>(text.size()));
}

size_t ParseInput::byteOffset(size_t codePointIndex) const {
  return offsets_[std::min(codePointIndex, offsets_.size() - 1)];
}

ast::Pos ParseInput::posOfByte(size_t byteOffset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), static_cast<uint32_t>(byteOffset));
  size_t line = static_cast<size_t>(it - lineStarts_.begin());  // >= 1
  ast::Pos pos;
  pos.file = file_;
  pos.line = static_cast<int32_t>(line);
  pos.col = static_cast<int32_t>(byteOffset - lineStarts_[line - 1] + 1);
  return pos;
}

std::string_view ParseInput::slice(size_t firstChar, size_t lastChar) const {
  size_t begin = byteOffset(firstChar);
  size_t end = lastChar + 1 < offsets_.size() ? offsets_[lastChar + 1] : text_.size();
  // A dropped character (e.g. NUL) right after the slice is not part of it: end at the next kept
  // code point's offset is an over-approximation only in error cases, which is acceptable.
  return text_.substr(begin, end > begin ? end - begin : 0);
}

}  // namespace mgo
