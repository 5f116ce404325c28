"""Training corpus for the tiny SentencePiece tokenizers and the prompt set whose token ids are recorded."""

import random
import string

# Short video-prompt-like phrases per language. The corpus covers Latin accents, German sharp s and umlauts,
# Cyrillic, Greek, CJK, Korean, Arabic and a few emoji, so that most prompt characters are in the vocabulary.
_PHRASES = {
    "en": ["A red fox runs through the snowy forest at dawn", "a cat is sleeping on a sunny windowsill",
           "cinematic shot of waves crashing on the rocks", "the city at night, neon lights and rain",
           "a little girl flies a kite on the beach", "slow motion, close-up, shallow depth of field",
           "it's a beautiful day, isn't it?", "two dogs play in the park while people walk by"],
    "fr": ["Un renard roux court dans la forêt enneigée à l'aube", "un chat dort sur le rebord de la fenêtre",
           "l'été, la mer est très calme et c'est magnifique", "une île près de la côte, où l'on mange des crêpes",
           "le garçon a peur de l'orage, il pleut à verse", "Noël approche : cœur, œuvre, naïve, Ça va, déjà"],
    "de": ["Ein roter Fuchs läuft durch den verschneiten Wald", "die Straße ist nass, große Tropfen fallen",
           "Übermütige Kinder spielen Fußball auf der Wiese", "schöne Grüße aus München, das Bier schäumt"],
    "es": ["Un zorro rojo corre por el bosque nevado al amanecer", "¿Por qué llueve? ¡Sí, mañana también!",
           "el niño pequeño come una piña en la montaña"],
    "it": ["Una volpe rossa corre nella foresta innevata", "perché è così bello il mare d'estate"],
    "pt": ["Uma raposa vermelha corre pela floresta ao amanhecer", "o pão e a ação são ótimos, não é?"],
    "ru": ["Рыжая лиса бежит по снежному лесу на рассвете", "кошка спит на подоконнике, идёт дождь"],
    "el": ["Μια κόκκινη αλεπού τρέχει στο χιονισμένο δάσος", "ο ήλιος λάμπει πάνω από τη θάλασσα"],
    "zh": ["一只红色的狐狸在黎明时分穿过白雪皑皑的森林", "一只猫在阳光明媚的窗台上睡觉", "夜晚的城市，霓虹灯和雨",
           "电影镜头，海浪拍打岩石", "小女孩在海滩上放风筝"],
    "ja": ["赤いキツネが夜明けに雪の森を走る", "猫が日当たりの良い窓辺で寝ている", "夜の街、ネオンと雨"],
    "ko": ["붉은 여우가 새벽에 눈 덮인 숲을 달린다", "고양이가 햇살 가득한 창가에서 잠을 잔다"],
    "ar": ["ثعلب أحمر يركض في الغابة المغطاة بالثلوج"],
    "emoji": ["🦊 🌲 ❄️", "🎥 🌊 🌃", "😀 🐱 ☀️"],
}

# Characters that are deliberately NOT in the corpus: they exercise <unk> handling.
UNSEEN_CHARS = "☃Ω龘🐉"


def training_corpus(seed: int, lines: int = 600) -> list[str]:
    """Returns `lines` deterministic corpus lines mixing phrases, numbers and punctuation."""
    rng = random.Random(seed)
    languages = sorted(_PHRASES)
    out = []
    for lang in languages:
        out.extend(_PHRASES[lang])
    out.append(string.ascii_letters + " " + string.digits + " " + string.punctuation)
    out.append("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿßÆæŒœÑñ ¿¡ «» “” ‘’ — … 。，、！？「」")
    while len(out) < lines:
        lang = rng.choice(languages)
        phrase = rng.choice(_PHRASES[lang])
        if " " in phrase:
            words = phrase.split(" ")
            rng.shuffle(words)
        else:  # no spaces (Chinese, Japanese): recombine random substrings
            cuts = sorted(rng.sample(range(1, len(phrase)), 2))
            words = [phrase[cuts[1]:], phrase[: cuts[0]], phrase[cuts[0] : cuts[1]]]
            rng.shuffle(words)
            words = ["".join(words)]
        extra = rng.choice(["", " 2024", ", 4K", ".", "!", " (16:9)", " - HDR", " 100%", " #1", " & more"])
        out.append(" ".join(words) + extra)
    return out


def _long_prompt() -> str:
    """A prompt well over 512 tokens for every tiny tokenizer (it must be truncated to 511 ids + </s>)."""
    sentences = [
        "A majestic red fox with a bushy tail runs through the snowy forest at dawn, golden light between the pines.",
        "La caméra suit l'animal au ralenti, la neige scintille et tombe doucement des branches.",
        "Der Fuchs bleibt stehen, dreht den Kopf und schaut direkt in die Kamera.",
        "一只红色的狐狸在黎明时分穿过白雪皑皑的森林。",
        "Cinematic, 4K, shallow depth of field, volumetric light, film grain.",
    ]
    return " ".join(sentences * 12)


def prompt_set() -> list[dict]:
    """The recorded prompts: each has an `id`, a `category` and the raw `prompt` text."""
    prompts = [
        ("en", "english", "A red fox runs through the snowy forest at dawn, cinematic shot."),
        ("fr", "french_accents_apostrophes",
         "L'été, un renard roux court dans la forêt enneigée à l'aube ; c'est très beau !"),
        ("fr_quotes", "typographic_apostrophes", "Aujourd’hui l’œuvre « naïve » est déjà là — n’est-ce pas ?"),
        ("de", "german", "Ein übermütiger Fuchs läuft über die große Straße in München."),
        ("zh", "cjk_chinese", "一只红色的狐狸在黎明时分穿过白雪皑皑的森林，电影镜头。"),
        ("ja", "cjk_japanese", "赤いキツネが夜明けに雪の森を走る。"),
        ("ko", "korean", "붉은 여우가 새벽에 눈 덮인 숲을 달린다."),
        ("ru", "cyrillic", "Рыжая лиса бежит по снежному лесу."),
        ("emoji", "emoji", "A fox 🦊 in the snow ❄️ under the stars 🌃🎥"),
        ("mixed", "mixed_scripts", "Fox 狐狸 lisa Рыжая 🦊 renard — 4K, 16:9 & HDR"),
        ("unseen", "unknown_characters", f"snowman {UNSEEN_CHARS[0]} omega {UNSEEN_CHARS[1]} rare {UNSEEN_CHARS[2:]} "
                                         f"twice {UNSEEN_CHARS[0]}{UNSEEN_CHARS[0]}"),
        ("nfkc", "nfkc_normalization", "ｆｕｌｌｗｉｄｔｈ ＡＢＣ１２３ ﬁne café (e+U+0301: cafe\u0301) ½ ²"),
        ("whitespace", "extra_whitespace", "  A  fox\t\truns \n\n through\u00a0the\u3000snow \r\n  "),
        ("html", "html_entities",
         "Tom &amp; Jerry &quot;run&quot; &lt;fast&gt; &amp;amp; caf&eacute; &#39;ok&#39; &#x1F98A;"),
        ("empty", "empty", ""),
        ("spaces_only", "whitespace_only", "   \t \n "),
        ("punct", "punctuation_digits", "\"Hello,\" she said... (1998) [v2.0] {x=3/4} 50% @home #fox *wow* ~ok?!"),
        ("special_literals", "special_token_literals", "literal </s> and <pad> and <extra_id_0> and <unk> in text"),
        ("long", "long_over_512_tokens", _long_prompt()),
    ]
    return [{"id": i, "category": c, "prompt": p} for i, c, p in prompts]
