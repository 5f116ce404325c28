"""A tiny multilingual SentencePiece unigram tokenizer and reference token ids from transformers' T5Tokenizer."""

import copy
import html
import json
import os
import re
import shutil
import tempfile

import sentencepiece as spm
from tokenizers import Tokenizer
from transformers import T5Tokenizer

CORPUS = """The quick brown fox jumps over the lazy dog. A cinematic shot of a cat walking in the snow at night.
Bright tones, overexposed, static, blurred details, subtitles, style, works, paintings, images, static.
A drone flies over a green forest at sunrise; the camera slowly pans to the right. Two dogs play in a park.
L'été dernier, nous sommes allés à la plage près de Nice. C'est très agréable, n'est-ce pas ? Où êtes-vous ?
Une femme marche dans une rue de Paris sous la pluie. Les enfants jouent à côté de l'église.
Der schnelle braune Fuchs springt über den faulen Hund. Größe, Straße, Mädchen, Übung, schön, Käse.
El rápido zorro marrón salta sobre el perro perezoso. ¿Dónde está la niña? ¡Qué bonito día de mañana!
一只猫在雪地里行走。东京的夜景非常美丽。我喜欢看电影。色调艳丽，过曝，静态，细节模糊不清。
日本語のテキストです。こんにちは世界。カメラがゆっくりと動く。
Emoji test 😀 🎬 🐱 in a sentence. Numbers 12345 and 3.14159, dates 2024-05-01, 50% off!
"""

PROMPTS = [
    "A cat walks on the grass, realistic style.",
    "The quick brown fox jumps over the lazy dog",
    "L'été dernier, c'était très agréable à Nice ; n'est-ce pas ?",
    "Größe der Straße: Übung macht den Meister, schön!",
    "¿Dónde está el niño? ¡Mañana será otro día!",
    "Emoji: 😀🎬🐱 ❤️ 👍🏽 👨‍👩‍👧 🇫🇷",
    "一只猫在雪地里行走，东京的夜景。",
    "日本語のテキスト、カメラがゆっくりと動く",
    "한국어 문장도 있습니다",
    "Ελληνικά και русский текст",
    "",
    "   ",
    "  leading and   trailing   spaces\t\tand\ttabs\nnewlines  ",
    "&amp; &lt;b&gt; caf&eacute; &#39;quoted&#39; &nbsp;",
    "Full-width ＡＢＣ１２３ and ligature ﬁ and ① ™ ½",
    "Combining e\u0301 vs é and n\u0303 and Å",
    "zero\u200bwidth and soft\u00adhyphen and nbsp\u00a0here",
    "control\u0007chars\u0000and\u001fmore",
    "tokens <extra_id_0> and </s> and <pad> inline<unk>x",
    "▁already▁has▁metaspace ▁",
    "UPPER lower MiXeD 3.14159 2024-05-01 50%",
    "\u3000ideographic\u3000space\u2003em space\u2028line sep",
    "word " * 700,
    ("Ein sehr langer Satz über das Wetter in München, " * 60).strip(),
]


# Appended after the Precompiled charsmap (normalizer) / used as pre_tokenizer in the hub-style variant.
HUB_STYLE = {
    "normalizer": {"type": "Sequence", "normalizers": [
        {"type": "Strip", "strip_left": False, "strip_right": True},
        {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": "\u2581"},
    ]},
    "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
}


def _train(workdir: str) -> str:
    """Trains the model from an in-memory corpus (so no temporary paths end up in its trainer_spec)."""
    import io
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter((CORPUS * 20).splitlines()), model_writer=model, vocab_size=600,
        model_type="unigram", byte_fallback=True, character_coverage=0.9995, pad_id=0, eos_id=1, unk_id=2,
        bos_id=-1, hard_vocab_limit=False, normalization_rule_name="nmt_nfkc", num_threads=1,
        seed_sentencepiece_size=100000, minloglevel=2,
    )
    path = os.path.join(workdir, "spiece.model")
    with open(path, "wb") as handle:
        handle.write(model.getvalue())
    return path


RANDOM_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      .,;:!?'\"-()[]<>/&%"
    "éèêàâçôûüöäßñÉÀÜÖ" "东京猫雪地里行走夜景日本語のテキスト한국어" "😀🎬🐱👍🏽❤️" "ＡＢＣ１２３ﬁ①™½"
    "\u0301\u0303\u200b\u00ad\u00a0\u3000\u2003\t\n\u0007" "▁"
)


def _random_cases(tokenizer, byte_tokenizer, count: int = 300) -> list:
    """Seeded random strings over a mixed alphabet, to exercise segmentation ties and unknown runs."""
    import random
    rng = random.Random(20241128)
    cases = []
    for _ in range(count):
        text = "".join(rng.choice(RANDOM_ALPHABET) for _ in range(rng.randint(1, 60)))
        cases.append({"text": text, "ids": _encode(tokenizer, text)["ids"],
                      "byte_fallback_ids": byte_tokenizer.encode(text).ids})
    return cases


def _encode(tokenizer, text: str) -> dict:
    encoded = tokenizer(text, padding="max_length", max_length=512, truncation=True, add_special_tokens=True)
    length = sum(encoded["attention_mask"])
    return {"ids": encoded["input_ids"][:length], "length": length}


def write(out_dir: str, dump) -> None:
    tokenizer_dir = os.path.join(out_dir, "tokenizer")
    spm_dir = os.path.join(out_dir, "tokenizer_spm")
    for path in (tokenizer_dir, spm_dir):
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
    with tempfile.TemporaryDirectory() as workdir:
        model_path = _train(workdir)
        shutil.copy(model_path, os.path.join(spm_dir, "spiece.model"))
    from_spm = T5Tokenizer.from_pretrained(spm_dir, extra_ids=10)
    from_spm.save_pretrained(tokenizer_dir)
    from_json = T5Tokenizer.from_pretrained(tokenizer_dir)

    # A variant with byte fallback switched on, checked with the tokenizers library directly.
    with open(os.path.join(tokenizer_dir, "tokenizer.json"), encoding="utf-8") as handle:
        config = json.load(handle)
    variant = copy.deepcopy(config)
    variant["model"]["byte_fallback"] = True
    # Not stored: the Swift test flips the same flag in tokenizer/tokenizer.json.
    byte_tokenizer = Tokenizer.from_str(json.dumps(variant))

    # A variant shaped like tokenizer.json files written by transformers 4's T5 converter (the Wan hub files):
    # extra normalizers and a bare Metaspace. T5Tokenizer rebuilds the pipeline; the tokenizers library does not.
    hub_style = copy.deepcopy(config)
    charsmap_normalizer = config["normalizer"]
    hub_style["normalizer"] = {"type": "Sequence", "normalizers": [
        charsmap_normalizer, HUB_STYLE["normalizer"]["normalizers"][0], HUB_STYLE["normalizer"]["normalizers"][1],
    ]}
    hub_style["pre_tokenizer"] = HUB_STYLE["pre_tokenizer"]
    with tempfile.TemporaryDirectory() as hub_dir:
        shutil.copy(os.path.join(tokenizer_dir, "tokenizer_config.json"), hub_dir)
        with open(os.path.join(hub_dir, "tokenizer.json"), "w", encoding="utf-8") as handle:
            json.dump(hub_style, handle, ensure_ascii=False)
        hub_t5 = T5Tokenizer.from_pretrained(hub_dir)
        hub_as_written = Tokenizer.from_str(json.dumps(hub_style))

    cases = []
    for prompt in PROMPTS:
        reference = _encode(from_json, prompt)
        spm_reference = _encode(from_spm, prompt)
        assert reference == spm_reference, f"spiece.model and tokenizer.json disagree on {prompt!r}"
        cases.append({
            "text": prompt, "ids": reference["ids"], "length": reference["length"],
            "byte_fallback_ids": byte_tokenizer.encode(prompt).ids,
            "normalized": from_json.backend_tokenizer.normalizer.normalize_str(prompt),
            "pieces": [piece for piece, _ in from_json.backend_tokenizer.pre_tokenizer.pre_tokenize_str(
                from_json.backend_tokenizer.normalizer.normalize_str(prompt))],
            "hub_style_t5_ids": _encode(hub_t5, prompt)["ids"],
            "hub_style_as_written_ids": hub_as_written.encode(prompt).ids,
        })
    dump(os.path.join(out_dir, "tokenizer_cases.json"), {
        "reference": "T5Tokenizer.from_pretrained(dir)(text, padding='max_length', max_length=512, "
                     "truncation=True); ids are the unpadded prefix (pad id 0 follows)",
        "extra_ids": 10, "hub_style": HUB_STYLE, "pad_id": from_json.pad_token_id, "eos_id": from_json.eos_token_id,
        "cases": cases,
        "random_cases": _random_cases(from_json, byte_tokenizer),
    })
    dump(os.path.join(out_dir, "prompt_clean.json"), prompt_clean_cases())


# ---------------------------------------------------------------------------------------------------------------
# diffusers WanPipeline prompt_clean without ftfy.

def prompt_clean(text: str) -> str:
    text = html.unescape(html.unescape(text)).strip()
    return re.sub(r"\s+", " ", text).strip()


CLEAN_INPUTS = [
    "", "   ", "plain prompt", "  many   spaces\tand\ttabs\n\nnewlines  ",
    "&amp;amp; double &amp;lt; escaped", "&lt;b&gt;bold&lt;/b&gt;", "caf&eacute; &Eacute;cole &ntilde;",
    "&#39;single&#39; &#x27;hex&#X27; &#34;dq&#34;", "&#0; &#128; &#x80; &#150; &#xD800; &#x110000; &#99999999999;",
    "&#1; &#x7F; &#xFFFE; &#x1FFFF; &#65; &#x1F600;", "&amp &lt &gt no semicolons &copy2024",
    "&notit; &notin; &noti; &not", "&unknown; &; & ; &#; &#x; &#xZ;", "&AMP; &Amp; &nbsp;x&nbsp;",
    "\u00a0nbsp\u00a0 \u3000ideo\u2003em\u2028ls\u2029ps\u0085nel\x1c\x1d\x1e\x1fseps\u200bzw\u180emvs",
    "&NotNestedGreaterGreater; &CounterClockwiseContourIntegral; &acE; &bne;",
    "emoji 😀 &#128512; &#x1f600; CJK 东京 &#19996;",
    "&" + "a" * 40 + ";", "&ampamp; &ltlt; &amp;#38;",
]


def prompt_clean_cases() -> dict:
    whitespace = [c for c in range(0x110000) if chr(c).isspace()]
    return {
        "reference": "diffusers pipeline_wan.prompt_clean without ftfy: html.unescape twice, strip, \\s+ -> ' ', strip",
        "python_whitespace": whitespace,
        "cases": [{"input": s, "output": prompt_clean(s)} for s in CLEAN_INPUTS + _random_clean_inputs()],
    }


def _random_clean_inputs(count: int = 300) -> list:
    """Seeded random strings dense in '&', '#', ';', hex digits, entity names and whitespace."""
    import random
    rng = random.Random(7)
    atoms = ["&", "#", ";", "x", "X", "0", "1", "3", "9", "a", "F", "amp", "lt", "gt", "quot", "nbsp", "not",
             "in", "eacute", "AMP", "copy", "#39", "#x27", "#128512", "#0", " ", "  ", "\t", "\n", "\u00a0",
             "\u3000", "\x1c", "\u200b", "é", "东", "😀", "<", ">"]
    return ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 25))) for _ in range(count)]


# ---------------------------------------------------------------------------------------------------------------
# Swift tables for html.unescape (generated, committed as Sources/CielPipeline/PromptCleaning+Entities.swift).

def html_entities_swift() -> str:
    """Swift source with Python's html.unescape tables (html5 entities, invalid charrefs and code points)."""
    import html as html_module
    from html.entities import html5

    def literal(text: str) -> str:
        plain = [c.isascii() and c.isprintable() and c not in "\"\\" for c in text]
        return '"' + "".join(c if keep else f"\\u{{{ord(c):x}}}" for c, keep in zip(text, plain)) + '"'

    lines = [
        "// Generated by tools/fixturelib/small_refs_tokenizer.py (html_entities_swift) from Python's",
        "// html.entities.html5 and html._invalid_charrefs / html._invalid_codepoints. Do not edit.",
        "",
        "extension PromptCleaning {",
        "    /// HTML5 named character references, with and without the trailing semicolon, as Python knows them.",
        "    static let namedEntities: [String: String] = [",
    ]
    for name in sorted(html5):
        lines.append(f"        {literal(name)}: {literal(html5[name])},")
    lines += ["    ]", "", "    /// Numeric references that map to a replacement instead of their code point.",
              "    static let invalidCharacterReferences: [UInt32: String] = ["]
    for number, text in sorted(html_module._invalid_charrefs.items()):
        lines.append(f"        0x{number:x}: {literal(text)},")
    lines += ["    ]", "", "    /// Code points that numeric references drop.",
              "    static let invalidCodePoints: Set<UInt32> = ["]
    points = sorted(html_module._invalid_codepoints)
    for start in range(0, len(points), 8):
        lines.append("        " + ", ".join(f"0x{p:x}" for p in points[start:start + 8]) + ",")
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        handle.write(html_entities_swift())
