#include "ciel_kernels.h"
#include <stdint.h>
#include <string.h>

/* Cephes expf: 2^n * p(r), r = x - n*ln2 split in two parts, degree-6 polynomial; about 1 ulp for |x| <= 87. */
static inline float ciel_expf_poly(float x) {
    if (x > 87.3f) x = 87.3f;
    if (x < -87.3f) x = -87.3f;
    float n = __builtin_roundevenf(x * 1.442695040888963f);
    float r = x - n * 0.693359375f;
    r = r + n * 2.12194440e-4f;
    float r2 = r * r;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r2 + r + 1.0f;
    int32_t bits = ((int32_t)n + 127) << 23;
    float scale;
    memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

void ciel_scaled_silu(const float *src, const float *scale, float factor, float *dst, size_t count) {
    for (size_t i = 0; i < count; i++) {
        float v = src[i] * scale[i] * factor;
        dst[i] = v / (1.0f + ciel_expf_poly(-v));
    }
}

void ciel_gelu_tanh(const float *src, float *dst, size_t count) {
    /* 0.5·x·(1 + tanh(u)) = x / (1 + exp(−2u)), u = √(2/π)·(x + 0.044715·x³). */
    for (size_t i = 0; i < count; i++) {
        float x = src[i];
        float u = 0.7978845608028654f * (x + 0.044715f * x * x * x);
        dst[i] = x / (1.0f + ciel_expf_poly(-2.0f * u));
    }
}

void ciel_silu(const float *src, float *dst, size_t count) {
    for (size_t i = 0; i < count; i++) {
        float x = src[i];
        dst[i] = x / (1.0f + ciel_expf_poly(-x));
    }
}

float ciel_exp_shifted_sum(float *values, float shift, size_t count) {
    float sum = 0.0f;
    for (size_t i = 0; i < count; i++) {
        float d = values[i] - shift;
        float e = ciel_expf_poly(d);
        e = d < -87.0f ? 0.0f : e; /* masked (−∞) and negligible logits contribute exactly 0 */
        values[i] = e;
        sum += e;
    }
    return sum;
}
