#include "ciel_kernels.h"
#include <string.h>

void ciel_bf16_to_f32(const uint16_t *src, float *dst, size_t count) {
    uint32_t *out = (uint32_t *)dst;
    for (size_t i = 0; i < count; i++) out[i] = ((uint32_t)src[i]) << 16;
}

void ciel_f16_to_f32(const uint16_t *src, float *dst, size_t count) {
    for (size_t i = 0; i < count; i++) dst[i] = (float)(*(const _Float16 *)&src[i]);
}

void ciel_f32_to_bf16(const float *src, uint16_t *dst, size_t count) {
    const uint32_t *in = (const uint32_t *)src;
    for (size_t i = 0; i < count; i++) {
        uint32_t x = in[i];
        if ((x & 0x7fffffffu) > 0x7f800000u) { dst[i] = (uint16_t)((x >> 16) | 0x40u); continue; }
        uint32_t rounding = 0x7fffu + ((x >> 16) & 1u);
        dst[i] = (uint16_t)((x + rounding) >> 16);
    }
}
