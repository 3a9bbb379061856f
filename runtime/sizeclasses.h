// sizeclasses.h — Go 1.19's malloc size classes, copied from /usr/lib/go-1.19/src/runtime/sizeclasses.go
// (class_to_size, class_to_allocnpages, size_to_class8, size_to_class128), so that append growth
// (growslice rounds the byte size up to a size class) gives the same cap() as Go.
// Invariant: class 0 is "large" (> kMaxSmallSize, whole pages); classes 1..67 are increasing;
// roundUpSize is Go's roundupsize (msize.go).
#pragma once
#include <cstdint>

namespace mgo::rt {

constexpr int kNumSizeClasses = 68;
constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kSmallSizeDiv = 8;
constexpr uint64_t kSmallSizeMax = 1024;
constexpr uint64_t kLargeSizeDiv = 128;
constexpr uint64_t kPageShift = 13;
constexpr uint64_t kPageSize = uint64_t(1) << kPageShift;  // 8 KB, as Go

constexpr uint16_t kClassToSize[kNumSizeClasses] = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint8_t kClassToPages[kNumSizeClasses] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};
constexpr uint8_t kSizeToClass8[kSmallSizeMax / kSmallSizeDiv + 1] = {0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32};
constexpr uint8_t kSizeToClass128[(kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1] = {32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67};

// The size class for an allocation of `size` bytes (size <= kMaxSmallSize; 0 for size 0).
inline int sizeToClass(uint64_t size) {
  if (size <= kSmallSizeMax - 8) return kSizeToClass8[(size + kSmallSizeDiv - 1) / kSmallSizeDiv];
  return kSizeToClass128[(size - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
}

// Go's roundupsize: the number of bytes malloc actually hands out for `size`.
inline uint64_t roundUpSize(uint64_t size) {
  if (size < kMaxSmallSize) return kClassToSize[sizeToClass(size)];
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

// Go's class_to_divmagic: (offset * magic) >> 32 == offset / size for every offset in a span.
constexpr uint32_t divMagic(uint64_t size) { return uint32_t(~uint32_t(0) / uint32_t(size) + 1); }

}  // namespace mgo::rt
