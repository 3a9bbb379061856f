// lib_strings.cpp — package strings (the functions declared in abi.h) with Go 1.19's semantics
// and results, including the capacities of returned slices (Split/Fields: cap == len).
// Case mapping is unicode.ToUpper/ToLower/ToTitle over the full Unicode 13 CaseRanges table
// (lib_unicode.cpp); Fields/TrimSpace use unicode.IsSpace. As in Go's strings.Map, invalid UTF-8
// bytes come out of ToUpper/ToLower/Title as U+FFFD. Results that are substrings of the input
// share its bytes; new strings are no-scan GC objects; []string results are scanned GC objects.
#include <cstring>
#include <utility>

#include "fmt_buffer.h"
#include "sched_api.h"
#include "unicode_internal.h"
#include "utf8.h"

using namespace mgo::rt;

namespace {

mgo_string view(const uint8_t* p, int64_t n) { return mgo_string{n ? p : nullptr, n}; }

int64_t indexOf(const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m, int64_t from = 0) {
  if (m == 0) return from <= n ? from : -1;
  if (m > n - from) return -1;
  if (m == 1) {
    const void* hit = std::memchr(s + from, sub[0], size_t(n - from));
    return hit ? static_cast<const uint8_t*>(hit) - s : -1;
  }
  const uint8_t* end = s + n - m + 1;
  for (const uint8_t* p = s + from; p < end;) {
    auto* hit = static_cast<const uint8_t*>(std::memchr(p, sub[0], size_t(end - p)));
    if (!hit) return -1;
    if (std::memcmp(hit + 1, sub + 1, size_t(m - 1)) == 0) return hit - s;
    p = hit + 1;
  }
  return -1;
}

int64_t runeCountOf(const uint8_t* s, int64_t n) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; ++count) {
    int w = 1;
    if (s[i] >= 0x80) decodeRune(s + i, n - i, &w);
    i += w;
  }
  return count;
}

// utf8.DecodeLastRune on s[0..n).
int32_t decodeLastRune(const uint8_t* s, int64_t n, int* size) {
  if (n == 0) {
    *size = 0;
    return kRuneError;
  }
  int64_t start = n - 1;
  if (s[start] < 0x80) {
    *size = 1;
    return s[start];
  }
  int64_t lim = n - 4 < 0 ? 0 : n - 4;
  for (start--; start >= lim; start--)
    if ((s[start] & 0xC0) != 0x80) break;
  if (start < 0) start = 0;
  int w;
  int32_t r = decodeRune(s + start, n - start, &w);
  if (start + w != n) {
    *size = 1;
    return kRuneError;
  }
  *size = w;
  return r;
}

// strings.IndexRune semantics for membership (RuneError matches invalid bytes too).
bool containsRune(const uint8_t* set, int64_t n, int32_t r) {
  for (int64_t i = 0; i < n;) {
    int w = 1;
    int32_t c = set[i];
    if (c >= 0x80) c = decodeRune(set + i, n - i, &w);
    if (c == r) return true;
    i += w;
  }
  return false;
}

mgo_string* allocStrings(int64_t n) {
  return static_cast<mgo_string*>(mgo_alloc_bytes(uint64_t(n) * sizeof(mgo_string), false));
}

// strings.Map(mapping, s) for a mapping that never deletes runes.
template <class F>
mgo_string mapRunes(const uint8_t* s, int64_t n, F mapping) {
  int64_t i = 0;
  int32_t firstMapped = 0;
  int firstWidth = 0;
  for (; i < n;) {
    int w = 1;
    int32_t c = s[i];
    if (c >= 0x80) c = decodeRune(s + i, n - i, &w);
    int32_t r = mapping(c);
    if (r == c && c != kRuneError) {
      i += w;
      continue;
    }
    if (c == kRuneError && w != 1 && r == c) {  // a real U+FFFD mapped to itself
      i += w;
      continue;
    }
    firstMapped = r;
    firstWidth = w;
    break;
  }
  if (i >= n) return view(s, n);
  ByteBuffer out;
  out.reserve(size_t(n) + 4);
  out.append(s, i);
  uint8_t enc[4];
  out.append(enc, encodeRune(firstMapped, enc));
  for (i += firstWidth; i < n;) {
    int w = 1;
    int32_t c = s[i];
    if (c >= 0x80) c = decodeRune(s + i, n - i, &w);
    int32_t r = mapping(c);
    if (r < 0x80) out.push(char(r));
    else out.append(enc, encodeRune(r, enc));
    i += w;
  }
  return out.toGoString();
}

// Go's strings.isSeparator (used by Title): ASCII letters, digits and '_' are not separators,
// other ASCII is; beyond ASCII only spaces are (letters, digits and everything else are not).
bool isTitleSeparator(int32_t r) {
  if (r <= 0x7F) {
    if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_') return false;
    return true;
  }
  return unicode::isSpace(r);
}

mgo_string trimWith(const uint8_t* s, int64_t slen, const uint8_t* cut, int64_t cutlen, bool left, bool right) {
  if (slen == 0 || cutlen == 0) return view(s, slen);
  int64_t start = 0, end = slen;
  if (right) {
    while (end > start) {
      int w = 1;
      int32_t r = s[end - 1];
      if (r >= 0x80) r = decodeLastRune(s + start, end - start, &w);
      if (!containsRune(cut, cutlen, r)) break;
      end -= w;
    }
  }
  if (left) {
    while (start < end) {
      int w = 1;
      int32_t r = s[start];
      if (r >= 0x80) r = decodeRune(s + start, end - start, &w);
      if (!containsRune(cut, cutlen, r)) break;
      start += w;
    }
  }
  return view(s + start, end - start);
}

}  // namespace

extern "C" {

bool mgo_strings_Contains(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  return indexOf(s, slen, sub, sublen) >= 0;
}
bool mgo_strings_ContainsRune(const uint8_t* s, int64_t slen, int32_t r) {
  return containsRune(s, slen, r);
}
bool mgo_strings_ContainsAny(const uint8_t* s, int64_t slen, const uint8_t* chars, int64_t clen) {
  for (int64_t i = 0; i < slen;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = decodeRune(s + i, slen - i, &w);
    if (containsRune(chars, clen, r)) return true;
    i += w;
  }
  return false;
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
int64_t mgo_strings_IndexByte(const uint8_t* s, int64_t slen, uint8_t c) {
  const void* hit = slen > 0 ? std::memchr(s, c, size_t(slen)) : nullptr;
  return hit ? static_cast<const uint8_t*>(hit) - s : -1;
}
int64_t mgo_strings_IndexRune(const uint8_t* s, int64_t slen, int32_t r) {
  for (int64_t i = 0; i < slen;) {
    int w = 1;
    int32_t c = s[i];
    if (c >= 0x80) c = decodeRune(s + i, slen - i, &w);
    if (c == r) return i;
    i += w;
  }
  return -1;
}
int64_t mgo_strings_IndexAny(const uint8_t* s, int64_t slen, const uint8_t* chars, int64_t clen) {
  if (clen == 0) return -1;
  for (int64_t i = 0; i < slen;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = decodeRune(s + i, slen - i, &w);
    if (containsRune(chars, clen, r)) return i;
    i += w;
  }
  return -1;
}
int64_t mgo_strings_LastIndex(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  if (sublen == 0) return slen;
  for (int64_t i = slen - sublen; i >= 0; --i)
    if (s[i] == sub[0] && std::memcmp(s + i, sub, size_t(sublen)) == 0) return i;
  return -1;
}
int64_t mgo_strings_LastIndexByte(const uint8_t* s, int64_t slen, uint8_t c) {
  for (int64_t i = slen - 1; i >= 0; --i)
    if (s[i] == c) return i;
  return -1;
}
int64_t mgo_strings_Count(const uint8_t* s, int64_t slen, const uint8_t* sub, int64_t sublen) {
  if (sublen == 0) return runeCountOf(s, slen) + 1;
  int64_t count = 0;
  for (int64_t i = indexOf(s, slen, sub, sublen); i >= 0; i = indexOf(s, slen, sub, sublen, i + sublen)) ++count;
  return count;
}
bool mgo_strings_EqualFold(const uint8_t* s, int64_t slen, const uint8_t* t, int64_t tlen) {
  int64_t i = 0, j = 0;
  while (i < slen && j < tlen) {
    int w = 1;
    int32_t sr = s[i];
    if (sr >= 0x80) sr = decodeRune(s + i, slen - i, &w);
    i += w;
    w = 1;
    int32_t tr = t[j];
    if (tr >= 0x80) tr = decodeRune(t + j, tlen - j, &w);
    j += w;
    if (tr == sr) continue;
    if (tr < sr) std::swap(tr, sr);
    if (tr < 0x80) {
      if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = unicode::simpleFold(sr);
    while (r != sr && r < tr) r = unicode::simpleFold(r);
    if (r == tr) continue;
    return false;
  }
  return slen - i == tlen - j && std::memcmp(s + i, t + j, size_t(slen - i)) == 0;
}
mgo_string mgo_strings_Repeat(const uint8_t* s, int64_t slen, int64_t count) {
  if (count == 0) return mgo_string{nullptr, 0};
  if (count < 0) mgo_runtime_panic_string("strings: negative Repeat count");
  if (slen != 0 && (slen * count) / count != slen) mgo_runtime_panic_string("strings: Repeat count causes overflow");
  int64_t total = slen * count;
  if (total == 0) return mgo_string{nullptr, 0};
  auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(total), true));
  std::memcpy(p, s, size_t(slen));
  for (int64_t done = slen; done < total;) {  // doubling copies, as Go's Repeat
    int64_t chunk = done < total - done ? done : total - done;
    std::memcpy(p + done, p, size_t(chunk));
    done += chunk;
  }
  return mgo_string{p, total};
}
mgo_string mgo_strings_Replace(const uint8_t* s, int64_t slen, const uint8_t* o, int64_t olen,
                               const uint8_t* n, int64_t nlen, int64_t count) {
  if ((olen == nlen && (olen == 0 || std::memcmp(o, n, size_t(olen)) == 0)) || count == 0) return view(s, slen);
  int64_t matches = mgo_strings_Count(s, slen, o, olen);
  if (matches == 0) return view(s, slen);
  if (count < 0 || matches < count) count = matches;
  ByteBuffer out;
  out.reserve(size_t(slen + count * (nlen - olen) > 0 ? slen + count * (nlen - olen) : 0));
  int64_t start = 0;
  for (int64_t i = 0; i < count; ++i) {
    int64_t j = start;
    if (olen == 0) {
      if (i > 0) {
        int w = 1;
        if (start < slen) decodeRune(s + start, slen - start, &w);
        else w = 0;
        j += w;
      }
    } else {
      j = indexOf(s, slen, o, olen, start);
    }
    out.append(s + start, j - start);
    out.append(n, nlen);
    start = j + olen;
  }
  out.append(s + start, slen - start);
  return out.toGoString();
}
mgo_string mgo_strings_ReplaceAll(const uint8_t* s, int64_t slen, const uint8_t* o, int64_t olen,
                                  const uint8_t* n, int64_t nlen) {
  return mgo_strings_Replace(s, slen, o, olen, n, nlen, -1);
}
mgo_string mgo_strings_ToUpper(const uint8_t* s, int64_t slen) {
  bool isASCII = true, hasLower = false;
  for (int64_t i = 0; i < slen; ++i) {
    if (s[i] >= 0x80) {
      isASCII = false;
      break;
    }
    hasLower = hasLower || (s[i] >= 'a' && s[i] <= 'z');
  }
  if (isASCII) {
    if (!hasLower) return view(s, slen);
    auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(slen), true));
    for (int64_t i = 0; i < slen; ++i) p[i] = (s[i] >= 'a' && s[i] <= 'z') ? uint8_t(s[i] - 32) : s[i];
    return mgo_string{p, slen};
  }
  return mapRunes(s, slen, unicode::toUpper);
}
mgo_string mgo_strings_ToLower(const uint8_t* s, int64_t slen) {
  bool isASCII = true, hasUpper = false;
  for (int64_t i = 0; i < slen; ++i) {
    if (s[i] >= 0x80) {
      isASCII = false;
      break;
    }
    hasUpper = hasUpper || (s[i] >= 'A' && s[i] <= 'Z');
  }
  if (isASCII) {
    if (!hasUpper) return view(s, slen);
    auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(slen), true));
    for (int64_t i = 0; i < slen; ++i) p[i] = (s[i] >= 'A' && s[i] <= 'Z') ? uint8_t(s[i] + 32) : s[i];
    return mgo_string{p, slen};
  }
  return mapRunes(s, slen, unicode::toLower);
}
mgo_string mgo_strings_Title(const uint8_t* s, int64_t slen) {
  int32_t prev = ' ';
  return mapRunes(s, slen, [&prev](int32_t r) {
    bool sep = isTitleSeparator(prev);
    prev = r;
    return sep ? unicode::toTitle(r) : r;
  });
}
mgo_string mgo_strings_TrimSpace(const uint8_t* s, int64_t slen) {
  int64_t start = 0, end = slen;
  while (start < end) {
    int w = 1;
    int32_t r = s[start];
    if (r >= 0x80) r = decodeRune(s + start, end - start, &w);
    if (!unicode::isSpace(r)) break;
    start += w;
  }
  while (end > start) {
    int w = 1;
    int32_t r = s[end - 1];
    if (r >= 0x80) r = decodeLastRune(s + start, end - start, &w);
    if (!unicode::isSpace(r)) break;
    end -= w;
  }
  return view(s + start, end - start);
}
mgo_string mgo_strings_Trim(const uint8_t* s, int64_t slen, const uint8_t* cut, int64_t cutlen) {
  return trimWith(s, slen, cut, cutlen, true, true);
}
mgo_string mgo_strings_TrimLeft(const uint8_t* s, int64_t slen, const uint8_t* cut, int64_t cutlen) {
  return trimWith(s, slen, cut, cutlen, true, false);
}
mgo_string mgo_strings_TrimRight(const uint8_t* s, int64_t slen, const uint8_t* cut, int64_t cutlen) {
  return trimWith(s, slen, cut, cutlen, false, true);
}
mgo_string mgo_strings_TrimPrefix(const uint8_t* s, int64_t slen, const uint8_t* p, int64_t plen) {
  if (mgo_strings_HasPrefix(s, slen, p, plen)) return view(s + plen, slen - plen);
  return view(s, slen);
}
mgo_string mgo_strings_TrimSuffix(const uint8_t* s, int64_t slen, const uint8_t* p, int64_t plen) {
  if (mgo_strings_HasSuffix(s, slen, p, plen)) return view(s, slen - plen);
  return view(s, slen);
}
void mgo_strings_SplitN(mgo_slice* out, const uint8_t* s, int64_t slen, const uint8_t* sep, int64_t seplen,
                        int64_t n) {
  if (n == 0) {
    *out = mgo_slice{nullptr, 0, 0};
    return;
  }
  if (seplen == 0) {  // Go's explode: one string per UTF-8 sequence, invalid bytes as U+FFFD
    int64_t l = runeCountOf(s, slen);
    if (n < 0 || n > l) n = l;
    mgo_string* a = n ? allocStrings(n) : nullptr;
    int64_t i = 0, pos = 0;
    static const uint8_t kReplacement[] = {0xEF, 0xBF, 0xBD};  // string(utf8.RuneError)
    for (; i < n - 1; ++i) {
      int w = 1;
      int32_t r = s[pos];
      if (r >= 0x80) r = decodeRune(s + pos, slen - pos, &w);
      a[i] = r == kRuneError ? mgo_string{kReplacement, 3} : view(s + pos, w);
      pos += w;
    }
    if (n > 0) a[n - 1] = view(s + pos, slen - pos);
    *out = mgo_slice{a, n, n};
    return;
  }
  if (n < 0) n = mgo_strings_Count(s, slen, sep, seplen) + 1;
  if (n > slen + 1) n = slen + 1;
  mgo_string* a = allocStrings(n);
  int64_t i = 0, start = 0;
  while (i < n - 1) {
    int64_t m = indexOf(s, slen, sep, seplen, start);
    if (m < 0) break;
    a[i++] = view(s + start, m - start);
    start = m + seplen;
  }
  a[i] = view(s + start, slen - start);
  *out = mgo_slice{a, i + 1, n};
}
void mgo_strings_Split(mgo_slice* out, const uint8_t* s, int64_t slen, const uint8_t* sep, int64_t seplen) {
  mgo_strings_SplitN(out, s, slen, sep, seplen, -1);
}
void mgo_strings_Fields(mgo_slice* out, const uint8_t* s, int64_t slen) {
  int64_t count = 0;
  bool inField = false;
  for (int64_t i = 0; i < slen;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = decodeRune(s + i, slen - i, &w);
    bool space = unicode::isSpace(r);
    if (!space && !inField) ++count;
    inField = !space;
    i += w;
  }
  mgo_string* a = count ? allocStrings(count) : nullptr;
  int64_t k = 0, start = -1;
  for (int64_t i = 0; i < slen;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = decodeRune(s + i, slen - i, &w);
    if (unicode::isSpace(r)) {
      if (start >= 0) a[k++] = view(s + start, i - start);
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) a[k++] = view(s + start, slen - start);
  *out = mgo_slice{a, count, count};
}
mgo_string mgo_strings_Join(const mgo_string* elems, int64_t n, int64_t, const uint8_t* sep, int64_t seplen) {
  if (n == 0) return mgo_string{nullptr, 0};
  if (n == 1) return elems[0];
  int64_t total = seplen * (n - 1);
  for (int64_t i = 0; i < n; ++i) total += elems[i].len;
  if (total == 0) return mgo_string{nullptr, 0};
  auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(total), true));
  int64_t pos = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0 && seplen) {
      std::memcpy(p + pos, sep, size_t(seplen));
      pos += seplen;
    }
    if (elems[i].len) std::memcpy(p + pos, elems[i].ptr, size_t(elems[i].len));
    pos += elems[i].len;
  }
  return mgo_string{p, total};
}

}  // extern "C"
