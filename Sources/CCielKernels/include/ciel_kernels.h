#ifndef CIEL_KERNELS_H
#define CIEL_KERNELS_H
#include <stddef.h>
#include <stdint.h>

/// Converts `count` bfloat16 values (raw 16-bit patterns) to float32.
void ciel_bf16_to_f32(const uint16_t *src, float *dst, size_t count);
/// Converts `count` IEEE half values (raw 16-bit patterns) to float32.
void ciel_f16_to_f32(const uint16_t *src, float *dst, size_t count);
/// Converts `count` float32 values to bfloat16 with round-to-nearest-even.
void ciel_f32_to_bf16(const float *src, uint16_t *dst, size_t count);
/// `dst[i] = silu(src[i] · scale[i] · factor)` with a vectorisable exp (about 1 ulp; used by the Wan VAE norm).
void ciel_scaled_silu(const float *src, const float *scale, float factor, float *dst, size_t count);

/// `dst[i] = gelu_tanh(src[i])` written as `x / (1 + exp(−2u))` with the vectorisable exp (about 1 ulp).
void ciel_gelu_tanh(const float *src, float *dst, size_t count);
/// `dst[i] = silu(src[i])` with the vectorisable exp (about 1 ulp).
void ciel_silu(const float *src, float *dst, size_t count);
/// `values[i] = exp(values[i] − shift)` in place (vectorisable exp, about 1 ulp; below −87 gives exactly 0, so masked −∞ logits vanish); returns the sum.
float ciel_exp_shifted_sum(float *values, float shift, size_t count);

#endif
