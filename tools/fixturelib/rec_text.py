"""Token ids for the prompt set and UMT5 hidden states, computed with the pipeline's own code."""

import torch
from diffusers.pipelines.wan import pipeline_wan

from . import corpus
from .configs import TinyConfig
from .recorder import Recorder

MAX_LEN = 512


def disable_ftfy() -> None:
    """Makes `prompt_clean` skip ftfy even where it is installed: the fixtures describe the ftfy-free path."""
    pipeline_wan.is_ftfy_available = lambda: False


def record_tokens(pipe, rec: Recorder) -> None:
    """Stores, for every prompt, the cleaned text and the unpadded ids (incl. </s>) of the pipeline's tokenizer call."""
    entries = []
    for item in corpus.prompt_set():
        cleaned = pipeline_wan.prompt_clean(item["prompt"])
        enc = pipe.tokenizer(cleaned, padding="max_length", max_length=MAX_LEN, truncation=True,
                             add_special_tokens=True, return_attention_mask=True)
        length = int(sum(enc["attention_mask"]))
        ids = [int(i) for i in enc["input_ids"][:length]]
        entries.append({
            "id": item["id"],
            "category": item["category"],
            "prompt": item["prompt"],
            "cleaned": cleaned,
            "input_ids": ids,
            "length": length,
            "tokens": pipe.tokenizer.convert_ids_to_tokens(ids),
        })
    rec.meta["tokens"] = {
        "description": "prompt_clean(prompt) (ftfy disabled), then tokenizer(cleaned, padding='max_length', "
                       "max_length=512, truncation=True, add_special_tokens=True); input_ids are the first "
                       "`length` ids (attention_mask sum), ending with </s> = 1; the padded tail is pad id 0.",
        "pad_id": pipe.tokenizer.pad_token_id,
        "eos_id": pipe.tokenizer.eos_token_id,
        "unk_id": pipe.tokenizer.unk_token_id,
        "tokenizer_length": len(pipe.tokenizer),
        "prompts": entries,
    }


def record_umt5(pipe, cfg: TinyConfig, rec: Recorder) -> tuple[torch.Tensor, int]:
    """Stores UMT5 hidden states and the pipeline's trimmed + zero-padded prompt_embeds.

    Returns the prompt_embeds (2, 512, D) and the batch row of the shorter prompt.
    """
    by_id = {p["id"]: p["prompt"] for p in corpus.prompt_set()}
    prompts = [by_id[i] for i in cfg.umt5_prompt_ids]
    cleaned = [pipeline_wan.prompt_clean(p) for p in prompts]
    enc = pipe.tokenizer(cleaned, padding="max_length", max_length=MAX_LEN, truncation=True,
                         add_special_tokens=True, return_attention_mask=True, return_tensors="pt")
    with torch.no_grad():
        result = pipe.text_encoder(enc.input_ids, enc.attention_mask, output_hidden_states=True)
        hidden = result.last_hidden_state
        embeds = pipe._get_t5_prompt_embeds(prompt=prompts, max_sequence_length=MAX_LEN, device=torch.device("cpu"),
                                            dtype=torch.float32)
    lengths = enc.attention_mask.sum(dim=1).tolist()
    rec.meta["umt5"] = {
        "prompt_ids": list(cfg.umt5_prompt_ids),
        "prompts": prompts,
        "lengths": [int(n) for n in lengths],
        "description": "text_encoder(input_ids, attention_mask).last_hidden_state for a batch of 2 prompts padded "
                       "to 512; prompt_embeds = pipeline._get_t5_prompt_embeds(...): row b keeps the first "
                       "lengths[b] hidden vectors and is exact zeros after them.",
    }
    d = hidden.shape[-1]
    rec.add("umt5.input_ids", enc.input_ids, "(2,512) token ids as float32 (exact), pad = 0")
    rec.add("umt5.attention_mask", enc.attention_mask, "(2,512) 1 for real tokens incl. </s>, 0 for padding")
    rec.add("umt5.last_hidden_state", hidden, f"(2,512,{d}) UMT5EncoderModel output incl. padded positions")
    # Per-layer states of the shorter prompt, trimmed to its length (for debugging a parity failure).
    row = 0 if lengths[0] <= lengths[1] else 1
    n = int(lengths[row])
    layers = result.hidden_states
    if not torch.equal(layers[-1], hidden):
        raise AssertionError("last hidden_states entry is not last_hidden_state")
    for i, state in enumerate(layers[:-1]):
        what = "token embeddings (shared[ids])" if i == 0 else f"output of encoder block {i - 1}"
        rec.add(f"umt5.layer{i}_input", state[row, :n], f"({n},{d}) batch row {row}, {what}, before block {i}")
    rec.meta["umt5"]["layer_states_row"] = row
    stored = rec.add("umt5.prompt_embeds", embeds, f"(2,512,{d}) trimmed to each length and zero-padded to 512")
    return stored, row
