import torch
from transformers import UMT5EncoderModel, UMT5Config
from safetensors.torch import save_file
import sys
out = sys.argv[1]
torch.manual_seed(0)
cfg = UMT5Config(vocab_size=64, d_model=32, num_layers=2, num_heads=4, d_kv=8, d_ff=48, feed_forward_proj="gated-gelu",
    relative_attention_num_buckets=32, relative_attention_max_distance=128, layer_norm_epsilon=1e-6, dropout_rate=0.0)
m = UMT5EncoderModel(cfg).eval()
with torch.no_grad():
    for n,p in m.named_parameters(): p.copy_(torch.randn_like(p)*0.3)
m.save_pretrained(f"{out}/model")
ids = torch.randint(2, 64, (2, 150)); ids[:, 149] = 1
mask = torch.ones_like(ids); mask[1, 40:] = 0; ids[1, 40:] = 0; ids[1, 39] = 1
with torch.no_grad():
    h = m(input_ids=ids, attention_mask=mask).last_hidden_state
save_file({"input_ids": ids.to(torch.float32).contiguous(), "attention_mask": mask.to(torch.float32).contiguous(), "hidden": h.contiguous()}, f"{out}/reference.safetensors")
print(m.config._attn_implementation, h.abs().max())
