// map.cpp — Go maps: a compact, insertion-ordered entry array plus an open-addressing index
// (linear probing), both in the GC heap so keys and values are traced.
//
// Layout: the entry block is {EntryHeader{capacity, used}; entries[capacity]}, each entry
// {uint64 hash; key; value} with key/value at offsets aligned for their types and stored inline.
// A live entry's hash has its top bit set; a deleted (or never used) entry has hash 0 and zeroed
// key/value (so the GC drops what they referenced). The index has 2*capacity slots (a power of
// two): 0 empty, 1 deleted, else (hash >> 32) << 32 | (position + 2) — the high half is a tag
// compared before touching the entry.
// Growth: when `used` reaches capacity the map is rebuilt into a fresh block (twice the capacity
// unless at most half of it is live) and a fresh index; deleted entries are dropped.
// Invariants:
//   * count == number of live entries; every live entry is reachable from its hash's probe
//     sequence before an empty index slot; index load (live + deleted positions) <= 1/2.
//   * An entry block is never modified after the map moves to a new block (iterators rely on it).
// Iteration (Go spec: entries deleted before being reached are not produced, entries added may
// or may not be; nothing twice): the iterator walks the block it started on by position,
// re-reading `used` each step. While that block is still the map's, a deleted entry has hash 0
// and is skipped. Once the map moved to a new block, each old entry is looked up by key in the
// current map and produced (from the current block) only if still present — Go's rule for
// iterating old buckets during growth. NaN keys cannot be looked up or deleted: they are produced
// from the old block.
// Go's iteration order is unspecified (and randomised); ours is insertion order.
// Key fast paths: 8- and 4-byte plain keys, strings, other memory-comparable keys (memcmp),
// everything else through the type descriptor (hash.cpp).
#include <cstring>

#include "abi.h"
#include "map_internal.h"

using namespace mgo::rt;

namespace {

enum KeyClass : uint8_t { kKey8, kKey4, kKeyString, kKeyMem, kKeyGeneric };

struct EntryHeader {
  int64_t capacity;
  int64_t used;
};

}  // namespace

struct mgo_map {
  int64_t count;
  uint8_t* block;        // EntryHeader + entries (GC object), nullptr until the first insert
  uint64_t* index;       // 2 * capacity slots (noscan GC object)
  uint64_t indexMask;
  uint64_t seed;
  const mgo_type* keyType;
  const mgo_type* valueType;
  uint32_t keyOffset, valueOffset, entrySize;
  uint32_t keySize;
  KeyClass keyClass;
  bool noscanEntries;
};

namespace {

constexpr uint64_t kLiveBit = uint64_t(1) << 63;
constexpr uint64_t kEmptySlot = 0, kDeletedSlot = 1;
constexpr int64_t kMinCapacity = 8;

uint64_t alignUp(uint64_t v, uint64_t a) { return a > 1 ? (v + a - 1) / a * a : v; }

inline EntryHeader* header(uint8_t* block) { return reinterpret_cast<EntryHeader*>(block); }
inline uint8_t* entryAt(const mgo_map* m, uint8_t* block, int64_t pos) {
  return block + sizeof(EntryHeader) + uint64_t(pos) * m->entrySize;
}
inline uint64_t& entryHash(uint8_t* e) { return *reinterpret_cast<uint64_t*>(e); }

inline uint64_t hashKey(const mgo_map* m, const void* key) {
  uint64_t h;
  switch (m->keyClass) {
    case kKey8: {
      uint64_t v;
      std::memcpy(&v, key, 8);
      h = hash64(v, m->seed);
      break;
    }
    case kKey4: {
      uint32_t v;
      std::memcpy(&v, key, 4);
      h = hash32(v, m->seed);
      break;
    }
    case kKeyString: {
      auto* s = static_cast<const mgo_string*>(key);
      h = hashBytes(s->ptr, uint64_t(s->len), m->seed);
      break;
    }
    case kKeyMem:
      h = hashBytes(key, m->keySize, m->seed);
      break;
    default:
      h = hashValue(m->keyType, key, m->seed);
  }
  return h | kLiveBit;
}

inline bool keyEqual(const mgo_map* m, const void* a, const void* b) {
  switch (m->keyClass) {
    case kKey8: {
      uint64_t x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case kKey4: {
      uint32_t x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case kKeyString: {
      auto* x = static_cast<const mgo_string*>(a);
      auto* y = static_cast<const mgo_string*>(b);
      return x->len == y->len && (x->ptr == y->ptr || std::memcmp(x->ptr, y->ptr, size_t(x->len)) == 0);
    }
    case kKeyMem:
      return std::memcmp(a, b, m->keySize) == 0;
    default:
      return equalValues(m->keyType, a, b);
  }
}

// The live entry holding key (with hash h), or nullptr.
inline uint8_t* findEntry(const mgo_map* m, const void* key, uint64_t h) {
  uint64_t tag = h >> 32;
  for (uint64_t j = h & m->indexMask;; j = (j + 1) & m->indexMask) {
    uint64_t slot = m->index[j];
    if (slot == kEmptySlot) return nullptr;
    if ((slot >> 32) == tag && slot != kDeletedSlot) {
      uint8_t* e = entryAt(m, m->block, int64_t(uint32_t(slot)) - 2);
      if (entryHash(e) == h && keyEqual(m, e + m->keyOffset, key)) return e;
    }
  }
}

inline void insertIndex(uint64_t* index, uint64_t mask, int64_t pos, uint64_t h) {
  for (uint64_t j = h & mask;; j = (j + 1) & mask) {
    if (index[j] <= kDeletedSlot) {
      index[j] = ((h >> 32) << 32) | uint64_t(pos + 2);
      return;
    }
  }
}

// Moves the live entries into a fresh block of `capacity` entries with a fresh index.
void rebuild(mgo_map* m, int64_t capacity) {
  auto* block = static_cast<uint8_t*>(
      mgo_alloc_bytes(sizeof(EntryHeader) + uint64_t(capacity) * m->entrySize, m->noscanEntries));
  uint64_t indexSize = uint64_t(capacity) * 2;
  auto* index = static_cast<uint64_t*>(mgo_alloc_bytes(indexSize * 8, true));
  int64_t next = 0;
  if (m->block) {
    uint8_t* old = m->block;
    int64_t used = header(old)->used;
    for (int64_t pos = 0; pos < used; ++pos) {
      uint8_t* e = entryAt(m, old, pos);
      uint64_t h = entryHash(e);
      if (!h) continue;
      std::memcpy(entryAt(m, block, next), e, m->entrySize);
      insertIndex(index, indexSize - 1, next, h);
      ++next;
    }
  }
  header(block)->capacity = capacity;
  header(block)->used = next;
  m->block = block;
  m->index = index;
  m->indexMask = indexSize - 1;
}

int64_t capacityFor(int64_t n) {
  int64_t capacity = kMinCapacity;
  while (capacity < n) capacity *= 2;
  return capacity;
}

const void* zeroValue(const mgo_type* valueType) {
  alignas(16) static const uint8_t zeros[1024] = {};
  if (valueType->size <= sizeof zeros) return zeros;
  return mgo_alloc_bytes(valueType->size, true);
}

KeyClass classify(const mgo_type* key) {
  if (key->kind == MGO_STRING) return kKeyString;
  if (!isMemComparable(key)) return kKeyGeneric;
  if (key->size == 8) return kKey8;
  if (key->size == 4) return kKey4;
  return kKeyMem;
}

uint64_t newSeed() {
  static uint64_t counter = 0x2545F4914F6CDD1DULL;
  return wyMix(__atomic_add_fetch(&counter, 0x9E3779B97F4A7C15ULL, __ATOMIC_RELAXED), kWyP3);
}

}  // namespace

extern "C" {

mgo_map* mgo_map_make(const mgo_type* maptype, int64_t hint) {
  auto* m = static_cast<mgo_map*>(mgo_alloc_bytes(sizeof(mgo_map), false));
  const mgo_type* key = maptype->key;
  const mgo_type* value = maptype->elem;
  m->keyType = key;
  m->valueType = value;
  m->keyOffset = uint32_t(alignUp(8, key->align));
  m->valueOffset = uint32_t(alignUp(m->keyOffset + key->size, value->align));
  m->entrySize = uint32_t(alignUp(m->valueOffset + value->size, 8));
  m->keySize = uint32_t(key->size);
  m->keyClass = classify(key);
  m->noscanEntries = (key->flags & MGO_TFLAG_NOPOINTERS) && (value->flags & MGO_TFLAG_NOPOINTERS);
  m->seed = newSeed();
  if (hint > kMinCapacity) rebuild(m, capacityFor(hint));
  return m;
}

void* mgo_map_access2(const mgo_type* maptype, mgo_map* m, const void* key, bool* ok) {
  if (m && m->count) {
    if (uint8_t* e = findEntry(m, key, hashKey(m, key))) {
      *ok = true;
      return e + m->valueOffset;
    }
  } else if (!m) {
    hashValue(maptype->key, key, 0);  // Go panics on an unhashable interface key even for nil maps
  }
  *ok = false;
  return const_cast<void*>(zeroValue(maptype->elem));
}

void* mgo_map_access(const mgo_type* maptype, mgo_map* m, const void* key) {
  bool ok;
  return mgo_map_access2(maptype, m, key, &ok);
}

void* mgo_map_assign(const mgo_type* maptype, mgo_map* m, const void* key) {
  if (!m) mgo_panic_nil_map();
  uint64_t h = hashKey(m, key);
  if (m->count) {
    if (uint8_t* e = findEntry(m, key, h)) return e + m->valueOffset;
  }
  if (!m->block) {
    rebuild(m, kMinCapacity);
  } else {
    EntryHeader* hdr = header(m->block);
    if (hdr->used == hdr->capacity)
      rebuild(m, m->count * 2 <= hdr->capacity ? hdr->capacity : hdr->capacity * 2);
  }
  EntryHeader* hdr = header(m->block);
  int64_t pos = hdr->used;
  uint8_t* e = entryAt(m, m->block, pos);
  entryHash(e) = h;
  std::memcpy(e + m->keyOffset, key, m->keySize);
  hdr->used = pos + 1;
  insertIndex(m->index, m->indexMask, pos, h);
  m->count++;
  return e + m->valueOffset;
}

void mgo_map_delete(const mgo_type* maptype, mgo_map* m, const void* key) {
  if (!m || !m->count) {
    if (!m) hashValue(maptype->key, key, 0);  // unhashable keys panic as in Go
    return;
  }
  uint64_t h = hashKey(m, key);
  uint64_t tag = h >> 32;
  for (uint64_t j = h & m->indexMask;; j = (j + 1) & m->indexMask) {
    uint64_t slot = m->index[j];
    if (slot == kEmptySlot) return;
    if ((slot >> 32) != tag || slot == kDeletedSlot) continue;
    uint8_t* e = entryAt(m, m->block, int64_t(uint32_t(slot)) - 2);
    if (entryHash(e) == h && keyEqual(m, e + m->keyOffset, key)) {
      m->index[j] = kDeletedSlot;
      std::memset(e, 0, m->entrySize);  // hash 0 marks it deleted; drop references for the GC
      m->count--;
      return;
    }
  }
}

int64_t mgo_map_len(mgo_map* m) { return m ? m->count : 0; }

// Iterator words: [0] the entry block being walked, [1] next position in it.
void mgo_map_iter_init(const mgo_type*, mgo_map* m, mgo_map_iter* it) {
  std::memset(it, 0, sizeof *it);
  it->map = m;
  if (m) it->words[0] = reinterpret_cast<uint64_t>(m->block);
}

bool mgo_map_iter_next(mgo_map_iter* it, void** key, void** val) {
  mgo_map* m = it->map;
  auto* block = reinterpret_cast<uint8_t*>(it->words[0]);
  if (!m || !block) return false;
  int64_t pos = int64_t(it->words[1]);
  while (pos < header(block)->used) {
    uint8_t* e = entryAt(m, block, pos++);
    uint64_t h = entryHash(e);
    if (!h) continue;
    uint8_t* k = e + m->keyOffset;
    if (block != m->block && keyEqual(m, k, k)) {  // the map moved on: is the key still there?
      e = m->count ? findEntry(m, k, h) : nullptr;
      if (!e) continue;
      k = e + m->keyOffset;
    }
    it->words[1] = uint64_t(pos);
    *key = k;
    *val = e + m->valueOffset;
    return true;
  }
  it->words[1] = uint64_t(pos);
  return false;
}

}  // extern "C"
