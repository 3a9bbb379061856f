// lib_strings.cpp — package strings (the functions listed in abi.h) with Go's semantics.
// Case mapping covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic basic letters
// (documented gap: other scripts' case pairs are left unchanged). Fields splits on
// unicode.IsSpace (ASCII spaces, U+0085, U+00A0, U+1680, U+2000-200A, 2028, 2029, 202F, 205F, 3000).
#include <cstring>
#include <string>
#include <vector>

#include "fmt_internal.h"
#include "utf8.h"
#include "sched_api.h"

using namespace mgo::rt;

namespace {

std::string str(const uint8_t* p, int64_t n) { return std::string(reinterpret_cast<const char*>(p), size_t(n)); }
mgo_string view(const uint8_t* p, int64_t n) { return mgo_string{p, n}; }

int64_t indexOf(const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m, int64_t from = 0) {
  if (m == 0) return from <= n ? from : -1;
  for (int64_t i = from; i + m <= n; ++i)
    if (s[i] == sub[0] && std::memcmp(s + i, sub, size_t(m)) == 0) return i;
  return -1;
}

bool isSpace(int32_t r) {
  if (r < 0x80) return r == ' ' || (r >= '\t' && r <= '\r');
  return r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 ||
         r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000;
}

int32_t toUpperRune(int32_t r) {
  if (r >= 'a' && r <= 'z') return r - 32;
  if (r < 0x80) return r;
  if (r == 0xB5) return 0x39C;
  if ((r >= 0xE0 && r <= 0xFE && r != 0xF7)) return r - 32;
  if (r == 0xFF) return 0x178;
  if (r >= 0x100 && r <= 0x17F) {
    if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E)) return (r % 2 == 0) ? r - 1 : r;
    if (r == 0x131) return 'I';
    if (r == 0x17F) return 'S';
    return (r % 2 == 1 && r != 0x138 && r != 0x149) ? r - 1 : r;
  }
  if (r >= 0x3B1 && r <= 0x3C9 && r != 0x3C2) return r - 32;
  if (r == 0x3C2) return 0x3A3;
  if (r >= 0x430 && r <= 0x44F) return r - 32;
  if (r >= 0x450 && r <= 0x45F) return r - 80;
  return r;
}

int32_t toLowerRune(int32_t r) {
  if (r >= 'A' && r <= 'Z') return r + 32;
  if (r < 0x80) return r;
  if (r >= 0xC0 && r <= 0xDE && r != 0xD7) return r + 32;
  if (r == 0x178) return 0xFF;
  if (r >= 0x100 && r <= 0x17F) {
    if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E)) return (r % 2 == 1) ? r + 1 : r;
    if (r == 0x130) return 'i';
    return (r % 2 == 0 && r != 0x138) ? r + 1 : r;
  }
  if (r >= 0x391 && r <= 0x3A9 && r != 0x3A2) return r + 32;
  if (r >= 0x410 && r <= 0x42F) return r + 32;
  if (r >= 0x400 && r <= 0x40F) return r + 80;
  return r;
}

template <class F>
mgo_string mapRunes(const uint8_t* s, int64_t n, F f) {
  std::string out;
  out.reserve(size_t(n));
  bool changed = false;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decodeRune(s + i, n - i, &w);
    int32_t m = (w == 1 && r == kRuneError) ? r : f(r);
    if (w == 1 && r == kRuneError) {
      out += char(s[i]);  // invalid bytes are kept only if nothing changes; Go maps them to U+FFFD
      uint8_t enc[4];
      int k = encodeRune(kRuneError, enc);
      out.pop_back();
      out.append(reinterpret_cast<char*>(enc), size_t(k));
      changed = true;
    } else {
      if (m != r) changed = true;
      uint8_t enc[4];
      int k = encodeRune(m, enc);
      out.append(reinterpret_cast<char*>(enc), size_t(k));
    }
    i += w;
  }
  if (!changed) return view(s, n);
  return toGoString(out);
}

void stringSlice(mgo_slice* out, const std::vector<mgo_string>& parts) {
  auto* arr = static_cast<mgo_string*>(mgo_alloc_bytes(parts.size() * sizeof(mgo_string), false));
  for (size_t i = 0; i < parts.size(); ++i) arr[i] = parts[i];
  *out = mgo_slice{arr, int64_t(parts.size()), int64_t(parts.size())};
}

bool containsRune(const uint8_t* set, int64_t n, int32_t r) {
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t c = decodeRune(set + i, n - i, &w);
    if (c == r) return true;
    i += w;
  }
  return false;
}

}  // namespace

extern "C" {

bool mgo_strings_Contains(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  return indexOf(s, slen, sub, sublen) >= 0;
}
bool mgo_strings_HasPrefix(const uint8_t* s, int64_t slen, const uint8_t* p, int64_t plen) {
  return slen >= plen && (plen == 0 || std::memcmp(s, p, size_t(plen)) == 0);
}
bool mgo_strings_HasSuffix(const uint8_t* s, int64_t slen, const uint8_t* p, int64_t plen) {
  return slen >= plen && (plen == 0 || std::memcmp(s + slen - plen, p, size_t(plen)) == 0);
}
int64_t mgo_strings_Index(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  return indexOf(s, slen, sub, sublen);
}
int64_t mgo_strings_LastIndex(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  if (sublen == 0) return slen;
  for (int64_t i = slen - sublen; i >= 0; --i)
    if (std::memcmp(s + i, sub, size_t(sublen)) == 0) return i;
  return -1;
}
int64_t mgo_strings_Count(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  if (sublen == 0) {
    int64_t runes = 0;
    for (int64_t i = 0; i < slen; ++runes) {
      int w;
      decodeRune(s + i, slen - i, &w);
      i += w;
    }
    return runes + 1;
  }
  int64_t count = 0;
  for (int64_t i = indexOf(s, slen, sub, sublen); i >= 0; i = indexOf(s, slen, sub, sublen, i + sublen)) ++count;
  return count;
}
mgo_string mgo_strings_Repeat(const uint8_t* s, int64_t slen, int64_t count) {
  if (count < 0) mgo_runtime_panic_string("strings: negative Repeat count");
  std::string out;
  out.reserve(size_t(slen * count));
  for (int64_t i = 0; i < count; ++i) out.append(reinterpret_cast<const char*>(s), size_t(slen));
  return toGoString(out);
}
mgo_string mgo_strings_Replace(const uint8_t* s, int64_t slen, const uint8_t* o, int64_t olen,
                               const uint8_t* n, int64_t nlen, int64_t count) {
  if ((olen == nlen && std::memcmp(o, n, size_t(olen)) == 0) || count == 0) return view(s, slen);
  int64_t matches = mgo_strings_Count(s, slen, o, olen);
  if (matches == 0) return view(s, slen);
  if (count < 0 || matches < count) count = matches;
  std::string out;
  int64_t start = 0;
  for (int64_t i = 0; i < count; ++i) {
    int64_t j = start;
    if (olen == 0) {
      if (i > 0) {
        int w;
        decodeRune(s + start, slen - start, &w);
        j += w;
      }
    } else {
      j = indexOf(s, slen, o, olen, start);
    }
    out.append(reinterpret_cast<const char*>(s + start), size_t(j - start));
    out.append(reinterpret_cast<const char*>(n), size_t(nlen));
    start = j + olen;
  }
  out.append(reinterpret_cast<const char*>(s + start), size_t(slen - start));
  return toGoString(out);
}
mgo_string mgo_strings_ReplaceAll(const uint8_t* s, int64_t slen, const uint8_t* o, int64_t olen,
                                  const uint8_t* n, int64_t nlen) {
  return mgo_strings_Replace(s, slen, o, olen, n, nlen, -1);
}
mgo_string mgo_strings_ToUpper(const uint8_t* s, int64_t slen) { return mapRunes(s, slen, toUpperRune); }
mgo_string mgo_strings_ToLower(const uint8_t* s, int64_t slen) { return mapRunes(s, slen, toLowerRune); }
mgo_string mgo_strings_Title(const uint8_t* s, int64_t slen) {
  bool prevLetter = false;
  return mapRunes(s, slen, [&](int32_t r) {
    bool letter = (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '_' || r >= 0x80;
    int32_t m = (!prevLetter && letter) ? toUpperRune(r) : r;
    prevLetter = letter && !isSpace(r);
    return m;
  });
}
mgo_string mgo_strings_TrimSpace(const uint8_t* s, int64_t slen) {
  int64_t start = 0, end = slen;
  while (start < end) {
    int w;
    int32_t r = decodeRune(s + start, end - start, &w);
    if (!isSpace(r)) break;
    start += w;
  }
  while (end > start) {
    int64_t k = end - 1;
    while (k > start && (s[k] & 0xC0) == 0x80) --k;
    int w;
    int32_t r = decodeRune(s + k, end - k, &w);
    if (!isSpace(r)) break;
    end = k;
  }
  return view(s + start, end - start);
}
mgo_string mgo_strings_Trim(const uint8_t* s, int64_t slen, const uint8_t* cut, int64_t cutlen) {
  int64_t start = 0, end = slen;
  while (start < end) {
    int w;
    int32_t r = decodeRune(s + start, end - start, &w);
    if (!containsRune(cut, cutlen, r)) break;
    start += w;
  }
  while (end > start) {
    int64_t k = end - 1;
    while (k > start && (s[k] & 0xC0) == 0x80) --k;
    int w;
    int32_t r = decodeRune(s + k, end - k, &w);
    if (!containsRune(cut, cutlen, r)) break;
    end = k;
  }
  return view(s + start, end - start);
}
mgo_string mgo_strings_TrimPrefix(const uint8_t* s, int64_t slen, const uint8_t* p, int64_t plen) {
  if (mgo_strings_HasPrefix(s, slen, p, plen)) return view(s + plen, slen - plen);
  return view(s, slen);
}
mgo_string mgo_strings_TrimSuffix(const uint8_t* s, int64_t slen, const uint8_t* p, int64_t plen) {
  if (mgo_strings_HasSuffix(s, slen, p, plen)) return view(s, slen - plen);
  return view(s, slen);
}
void mgo_strings_Split(mgo_slice* out, const uint8_t* s, int64_t slen, const uint8_t* sep, int64_t seplen) {
  std::vector<mgo_string> parts;
  if (seplen == 0) {
    for (int64_t i = 0; i < slen;) {
      int w;
      decodeRune(s + i, slen - i, &w);
      parts.push_back(view(s + i, w));
      i += w;
    }
  } else {
    int64_t start = 0;
    for (int64_t j = indexOf(s, slen, sep, seplen); j >= 0; j = indexOf(s, slen, sep, seplen, start)) {
      parts.push_back(view(s + start, j - start));
      start = j + seplen;
    }
    parts.push_back(view(s + start, slen - start));
  }
  stringSlice(out, parts);
}
void mgo_strings_Fields(mgo_slice* out, const uint8_t* s, int64_t slen) {
  std::vector<mgo_string> parts;
  int64_t start = -1;
  for (int64_t i = 0; i < slen;) {
    int w;
    int32_t r = decodeRune(s + i, slen - i, &w);
    if (isSpace(r)) {
      if (start >= 0) parts.push_back(view(s + start, i - start));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) parts.push_back(view(s + start, slen - start));
  stringSlice(out, parts);
}
mgo_string mgo_strings_Join(const mgo_string* elems, int64_t n, int64_t, const uint8_t* sep, int64_t seplen) {
  if (n == 0) return mgo_string{nullptr, 0};
  if (n == 1) return elems[0];
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    if (i) out.append(reinterpret_cast<const char*>(sep), size_t(seplen));
    out.append(reinterpret_cast<const char*>(elems[i].ptr), size_t(elems[i].len));
  }
  return toGoString(out);
}

}  // extern "C"
