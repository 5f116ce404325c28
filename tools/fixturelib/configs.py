"""The tiny pipeline configurations recorded under Fixtures/engine/<name>/."""

from dataclasses import dataclass, field

from .tokenizer import TokenizerSpec


@dataclass(frozen=True)
class RunSpec:
    """One full seeded WanPipeline call."""

    prompt: str
    negative_prompt: str | None
    height: int
    width: int
    num_frames: int
    num_inference_steps: int
    guidance_scale: float
    seed: int


@dataclass(frozen=True)
class TinyConfig:
    """Everything that defines one tiny pipeline and what is recorded from it."""

    name: str
    summary: str
    weight_seed: int
    tokenizer: TokenizerSpec
    text_encoder: dict  # UMT5Config kwargs (vocab_size is filled in from the tokenizer)
    transformer: dict  # WanTransformer3DModel kwargs
    vae: dict  # AutoencoderKLWan kwargs
    scheduler: tuple[str, dict]  # class name, kwargs
    run: RunSpec
    # Latent grid (frames, height, width) of the stand-alone transformer forward and VAE decode/encode records.
    latent_hw: tuple[int, int] = (6, 8)
    umt5_prompt_ids: tuple[str, ...] = ("fr", "long")
    storage_dtype: str = "float32"  # dtype of the saved safetensors; references are always computed in fp32
    extra_vocab_rows: int = 12  # embedding rows beyond the tokenizer (the real UMT5 has 256384 rows for 256300)
    notes: list[str] = field(default_factory=list)


CONFIG_A = TinyConfig(
    name="tiny-a",
    summary="Wan 2.1 layout in miniature: 2x32 heads, 2 layers, UniPC (shift 3), CFG on, 9 frames at 48x64",
    weight_seed=1001,
    tokenizer=TokenizerSpec(vocab_size=1000, normalization="nmt_nfkc", byte_fallback=True, extra_ids=100,
                            corpus_seed=1),
    text_encoder=dict(d_model=32, num_layers=2, num_heads=4, d_kv=8, d_ff=64, relative_attention_num_buckets=32,
                      relative_attention_max_distance=128, feed_forward_proj="gated-gelu", layer_norm_epsilon=1e-6,
                      dropout_rate=0.1, tie_word_embeddings=False, scalable_attention=True),
    transformer=dict(patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=32, in_channels=16,
                     out_channels=16, text_dim=32, freq_dim=256, ffn_dim=128, num_layers=2, cross_attn_norm=True,
                     qk_norm="rms_norm_across_heads", eps=1e-6, rope_max_seq_len=1024),
    vae=dict(base_dim=4, z_dim=16, dim_mult=[1, 2, 2, 2], num_res_blocks=1, attn_scales=[],
             temperal_downsample=[False, True, True]),
    scheduler=("UniPCMultistepScheduler", dict(prediction_type="flow_prediction", use_flow_sigmas=True,
                                               num_train_timesteps=1000, flow_shift=3.0)),
    run=RunSpec(prompt="L'été, un renard roux 🦊 court dans la forêt enneigée à l'aube.",
                negative_prompt="blurry, low quality, 静止画面", height=48, width=64, num_frames=9,
                num_inference_steps=4, guidance_scale=5.0, seed=42),
    latent_hw=(6, 8),
)

CONFIG_B = TinyConfig(
    name="tiny-b",
    summary=("3x16 heads, 3 layers, freq_dim 64, bf16 storage, FlowMatchEuler (shift 5), CFG off, "
             "5 frames at 32x80"),
    weight_seed=2002,
    tokenizer=TokenizerSpec(vocab_size=700, normalization="identity", byte_fallback=False, extra_ids=0,
                            corpus_seed=2),
    text_encoder=dict(d_model=48, num_layers=3, num_heads=3, d_kv=16, d_ff=80, relative_attention_num_buckets=16,
                      relative_attention_max_distance=40, feed_forward_proj="gated-gelu", layer_norm_epsilon=1e-6,
                      dropout_rate=0.1, tie_word_embeddings=False, scalable_attention=True),
    transformer=dict(patch_size=(1, 2, 2), num_attention_heads=3, attention_head_dim=16, in_channels=16,
                     out_channels=16, text_dim=48, freq_dim=64, ffn_dim=96, num_layers=3, cross_attn_norm=True,
                     qk_norm="rms_norm_across_heads", eps=1e-6, rope_max_seq_len=1024),
    vae=dict(base_dim=4, z_dim=16, dim_mult=[1, 1, 2, 2], num_res_blocks=2, attn_scales=[],
             temperal_downsample=[False, True, True]),
    scheduler=("FlowMatchEulerDiscreteScheduler", dict(num_train_timesteps=1000, shift=5.0)),
    run=RunSpec(prompt="A red fox runs through the snowy forest at dawn, cinematic shot.", negative_prompt=None,
                height=32, width=80, num_frames=5, num_inference_steps=3, guidance_scale=1.0, seed=7),
    latent_hw=(4, 10),
    umt5_prompt_ids=("long", "zh"),
    storage_dtype="bfloat16",
)

ALL_CONFIGS = [CONFIG_A, CONFIG_B]
