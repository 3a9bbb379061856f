// sizeclasses.h — Go 1.19's malloc size classes (copied from runtime/sizeclasses.go), so that
// append growth (growslice rounds the byte size up to a size class) gives the same cap() as Go.
// Invariant: class 0 is "large" (> kMaxSmallSize, whole pages); classes 1..67 are increasing.
#pragma once
#include <cstdint>

namespace mgo::rt {

constexpr int kNumSizeClasses = 68;
constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kPageShift = 13;
constexpr uint64_t kPageSize = uint64_t(1) << kPageShift;  // 8 KB, as Go

constexpr uint16_t kClassToSize[kNumSizeClasses] = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint8_t kClassToPages[kNumSizeClasses] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

// The size class for an allocation of `size` bytes (1 <= size <= kMaxSmallSize).
int sizeToClass(uint64_t size);

// Go's roundupsize: the number of bytes malloc actually hands out for `size`.
inline uint64_t roundUpSize(uint64_t size) {
  if (size <= kMaxSmallSize) return size == 0 ? 0 : kClassToSize[sizeToClass(size)];
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

}  // namespace mgo::rt
