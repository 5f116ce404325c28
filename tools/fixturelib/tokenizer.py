"""Trains a tiny SentencePiece unigram model and turns it into a transformers T5Tokenizer (tokenizer.json)."""

import os
import tempfile
from dataclasses import dataclass

import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as sp_pb2
from transformers import T5Tokenizer

from . import corpus


@dataclass(frozen=True)
class TokenizerSpec:
    """How one tiny tokenizer is trained."""

    vocab_size: int  # upper bound: hard_vocab_limit is off, the trainer may return fewer pieces
    normalization: str  # SentencePiece normalization rule: "nmt_nfkc" (like T5/UMT5) or "identity"
    byte_fallback: bool  # adds the 256 <0xNN> pieces to the spm model (transformers' T5Tokenizer ignores them)
    extra_ids: int  # T5 sentinel tokens <extra_id_N> appended after the spm pieces
    corpus_seed: int


def train_spm(spec: TokenizerSpec, out_model: str) -> None:
    """Trains a unigram model (pad 0, </s> 1, <unk> 2, no <s>) and writes it to `out_model`."""
    with tempfile.TemporaryDirectory() as tmp:
        text = os.path.join(tmp, "corpus.txt")
        with open(text, "w", encoding="utf-8") as f:
            f.write("\n".join(corpus.training_corpus(spec.corpus_seed)) + "\n")
        spm.SentencePieceTrainer.train(
            input=text,
            model_prefix=os.path.join(tmp, "m"),
            model_type="unigram",
            vocab_size=spec.vocab_size,
            hard_vocab_limit=False,
            character_coverage=1.0,
            byte_fallback=spec.byte_fallback,
            normalization_rule_name=spec.normalization,
            pad_id=0,
            eos_id=1,
            unk_id=2,
            bos_id=-1,
            num_threads=1,
            shuffle_input_sentence=False,
            max_sentencepiece_length=8,
            minloglevel=2,
        )
        # The trainer records its temporary paths in the model; replace them so the file is reproducible.
        proto = sp_pb2.ModelProto()
        with open(os.path.join(tmp, "m.model"), "rb") as f:
            proto.ParseFromString(f.read())
        proto.trainer_spec.input[:] = ["corpus.txt"]
        proto.trainer_spec.model_prefix = "spiece"
        with open(out_model, "wb") as f:
            f.write(proto.SerializeToString())


def build_tokenizer(spec: TokenizerSpec) -> tuple[T5Tokenizer, bytes]:
    """Returns the T5Tokenizer made from a freshly trained spm model, and the spm model bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "spiece.model")
        train_spm(spec, model)
        tok = T5Tokenizer.from_pretrained(tmp, extra_ids=spec.extra_ids)
        with open(model, "rb") as f:
            model_bytes = f.read()
    return tok, model_bytes
