// map.cpp — Go maps: an insertion-ordered entry array plus an open-addressing index (linear
// probing), in the GC heap so keys and values are traced.
//
// Layout: entries[i] = {uint64 hash; uint64 state; key; value} (key/value at offsets aligned for
// their types); index[j] = -1 empty, -2 deleted, else an entry position.
// Invariants:
//   * count == number of entries with state kLive; used == number of entry positions handed out.
//   * every live entry is reachable from its hash's probe sequence before an empty index slot.
//   * Iteration walks entry positions in order, re-reading the map each step, so entries deleted
//     before being reached are never produced and nothing is produced twice. Rebuilding the
//     table (growth with compaction) bumps `generation` and records where each old position went
//     (`remap`), so an iterator of the previous generation continues at the right place; an
//     iterator two rebuilds behind restarts at the end of what the rebuild kept (possible only
//     with heavy insert/delete churn inside one loop; Go's spec allows skipping new entries).
//   * Go's iteration order is unspecified; ours is insertion order (programs must not rely on it).
#include <cstring>

#include "abi.h"
#include "map_internal.h"

using namespace mgo::rt;

struct mgo_map {
  const mgo_type* type;
  int64_t count;
  int64_t used;
  int64_t capacity;
  uint8_t* entries;
  int64_t* index;
  uint64_t indexMask;   // index size - 1 (power of two); 0 when no index yet
  uint64_t seed;
  uint64_t generation;
  int64_t* remap;       // old position -> new position of the last rebuild (or -1)
  int64_t remapLength;
  uint64_t keyOffset, valueOffset, entrySize;
};

namespace {

constexpr uint64_t kLive = 1, kDeleted = 2;
constexpr int64_t kEmptySlot = -1, kDeletedSlot = -2;
uint64_t seedCounter = 0x2545F4914F6CDD1DULL;

uint64_t alignUp(uint64_t v, uint64_t a) { return a ? (v + a - 1) / a * a : v; }

inline uint8_t* entryAt(const mgo_map* m, int64_t pos) { return m->entries + uint64_t(pos) * m->entrySize; }
inline uint64_t& entryHash(const mgo_map* m, int64_t pos) { return *reinterpret_cast<uint64_t*>(entryAt(m, pos)); }
inline uint64_t& entryState(const mgo_map* m, int64_t pos) { return *reinterpret_cast<uint64_t*>(entryAt(m, pos) + 8); }
inline uint8_t* entryKey(const mgo_map* m, int64_t pos) { return entryAt(m, pos) + m->keyOffset; }
inline uint8_t* entryValue(const mgo_map* m, int64_t pos) { return entryAt(m, pos) + m->valueOffset; }

const uint8_t* zeroValue(const mgo_type* valueType) {
  static uint8_t zeros[1024];
  if (valueType->size <= sizeof zeros) return zeros;
  return static_cast<uint8_t*>(mgo_alloc_bytes(valueType->size, true));
}

int64_t findPosition(const mgo_map* m, const void* key, uint64_t hash) {
  if (!m->indexMask) return -1;
  for (uint64_t j = hash & m->indexMask;; j = (j + 1) & m->indexMask) {
    int64_t slot = m->index[j];
    if (slot == kEmptySlot) return -1;
    if (slot >= 0 && entryHash(m, slot) == hash && equalValues(m->type->key, entryKey(m, slot), key)) return slot;
  }
}

void insertIndex(mgo_map* m, int64_t pos, uint64_t hash) {
  for (uint64_t j = hash & m->indexMask;; j = (j + 1) & m->indexMask) {
    if (m->index[j] < 0) {
      m->index[j] = pos;
      return;
    }
  }
}

// Rebuilds entries (dropping deleted ones) with room for at least `want` entries.
void rebuild(mgo_map* m, int64_t want) {
  int64_t capacity = 8;
  while (capacity < want) capacity *= 2;
  bool noscanEntries = false;
  auto* entries = static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(capacity) * m->entrySize, noscanEntries));
  uint64_t indexSize = uint64_t(capacity) * 2;
  auto* index = static_cast<int64_t*>(mgo_alloc_bytes(indexSize * 8, true));
  std::memset(index, 0xff, indexSize * 8);  // kEmptySlot
  int64_t* remap = m->used ? static_cast<int64_t*>(mgo_alloc_bytes(uint64_t(m->used) * 8, true)) : nullptr;
  mgo_map old = *m;
  m->entries = entries;
  m->index = index;
  m->indexMask = indexSize - 1;
  m->capacity = capacity;
  int64_t next = 0;
  for (int64_t pos = 0; pos < old.used; ++pos) {
    if (entryState(&old, pos) != kLive) {
      remap[pos] = next;  // continue with the next kept entry
      continue;
    }
    remap[pos] = next;
    std::memcpy(entryAt(m, next), entryAt(&old, pos), m->entrySize);
    insertIndex(m, next, entryHash(m, next));
    ++next;
  }
  m->used = next;
  m->remap = remap;
  m->remapLength = old.used;
  m->generation++;
}

}  // namespace

extern "C" {

mgo_map* mgo_map_make(const mgo_type* maptype, int64_t hint) {
  auto* m = static_cast<mgo_map*>(mgo_alloc_bytes(sizeof(mgo_map), false));
  m->type = maptype;
  const mgo_type* key = maptype->key;
  const mgo_type* value = maptype->elem;
  m->keyOffset = alignUp(16, key->align);
  m->valueOffset = alignUp(m->keyOffset + key->size, value->align);
  m->entrySize = alignUp(m->valueOffset + value->size, 8);
  m->seed = (seedCounter += 0x9E3779B97F4A7C15ULL);
  if (hint > 0) rebuild(m, hint);
  return m;
}

void* mgo_map_access(const mgo_type* maptype, mgo_map* m, const void* key) {
  bool ok;
  return mgo_map_access2(maptype, m, key, &ok);
}

void* mgo_map_access2(const mgo_type* maptype, mgo_map* m, const void* key, bool* ok) {
  if (m && m->count) {
    int64_t pos = findPosition(m, key, hashValue(maptype->key, key, m->seed));
    if (pos >= 0) {
      *ok = true;
      return entryValue(m, pos);
    }
  }
  *ok = false;
  return const_cast<uint8_t*>(zeroValue(maptype->elem));
}

void* mgo_map_assign(const mgo_type* maptype, mgo_map* m, const void* key) {
  if (!m) mgo_panic_nil_map();
  uint64_t hash = hashValue(maptype->key, key, m->seed);
  int64_t pos = findPosition(m, key, hash);
  if (pos >= 0) return entryValue(m, pos);
  if (m->used == m->capacity) rebuild(m, (m->count + 1) * 2);
  pos = m->used++;
  entryHash(m, pos) = hash;
  entryState(m, pos) = kLive;
  std::memcpy(entryKey(m, pos), key, maptype->key->size);
  std::memset(entryValue(m, pos), 0, maptype->elem->size);
  insertIndex(m, pos, hash);
  m->count++;
  return entryValue(m, pos);
}

void mgo_map_delete(const mgo_type* maptype, mgo_map* m, const void* key) {
  if (!m || !m->count) return;
  uint64_t hash = hashValue(maptype->key, key, m->seed);
  for (uint64_t j = hash & m->indexMask;; j = (j + 1) & m->indexMask) {
    int64_t slot = m->index[j];
    if (slot == kEmptySlot) return;
    if (slot >= 0 && entryHash(m, slot) == hash && equalValues(maptype->key, entryKey(m, slot), key)) {
      m->index[j] = kDeletedSlot;
      entryState(m, slot) = kDeleted;
      std::memset(entryAt(m, slot) + 16, 0, m->entrySize - 16);  // drop references for the GC
      m->count--;
      return;
    }
  }
}

int64_t mgo_map_len(mgo_map* m) { return m ? m->count : 0; }

// Iterator words: [0] next position, [1] generation seen.
void mgo_map_iter_init(const mgo_type*, mgo_map* m, mgo_map_iter* it) {
  std::memset(it, 0, sizeof *it);
  it->map = m;
  if (m) it->words[1] = m->generation;
}

bool mgo_map_iter_next(mgo_map_iter* it, void** key, void** val) {
  mgo_map* m = it->map;
  if (!m) return false;
  int64_t pos = int64_t(it->words[0]);
  if (it->words[1] != m->generation) {
    if (it->words[1] + 1 == m->generation && m->remap)
      pos = pos < m->remapLength ? m->remap[pos] : m->used;
    else
      pos = m->used;
    it->words[1] = m->generation;
  }
  while (pos < m->used && entryState(m, pos) != kLive) ++pos;
  if (pos >= m->used) {
    it->words[0] = uint64_t(pos);
    return false;
  }
  *key = entryKey(m, pos);
  *val = entryValue(m, pos);
  it->words[0] = uint64_t(pos + 1);
  return true;
}

}  // extern "C"
