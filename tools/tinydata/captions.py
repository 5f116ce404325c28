"""English and French captions for clip specs, in several phrasings ("templates").

Templates E0-E3 / F0-F3 are used for training; EH / FH are held out for evaluation only.
"""

EN_SHAPE = {
    "circle": ["circle", "ball", "disc"],
    "square": ["square", "box", "block"],
    "triangle": ["triangle"],
    "star": ["star"],
    "heart": ["heart"],
}
# (noun, gender)
FR_SHAPE = {
    "circle": [("cercle", "m"), ("rond", "m"), ("boule", "f")],
    "square": [("carré", "m")],
    "triangle": [("triangle", "m")],
    "star": [("étoile", "f")],
    "heart": [("cœur", "m"), ("coeur", "m")],
}
EN_COLOUR = {c: [c] for c in ["red", "green", "blue", "yellow", "orange", "purple", "white", "pink"]}
EN_COLOUR["purple"] = ["purple", "violet"]
# (masculine, feminine)
FR_COLOUR = {
    "red": ("rouge", "rouge"), "green": ("vert", "verte"), "blue": ("bleu", "bleue"),
    "yellow": ("jaune", "jaune"), "orange": ("orange", "orange"), "purple": ("violet", "violette"),
    "white": ("blanc", "blanche"), "pink": ("rose", "rose"),
}
EN_SIZE = {"small": ["small", "little", "tiny"], "large": ["large", "big"]}
FR_SIZE = {"small": ("petit", "petite"), "large": ("grand", "grande")}

EN_BG = {
    "black": ["black"], "white": ["white"], "sky blue": ["sky blue", "light blue"],
    "dark green": ["dark green"], "grey": ["grey", "gray"], "night": ["starry night", "night sky"],
}
FR_BG = {
    "black": ["noir"], "white": ["blanc"], "sky blue": ["bleu ciel", "bleu clair"],
    "dark green": ["vert foncé", "vert sombre"], "grey": ["gris"], "night": ["ciel étoilé", "nuit étoilée"],
}

EN_ING = {
    "right": ["moving to the right", "moving right", "sliding right", "going right"],
    "left": ["moving to the left", "moving left", "sliding left", "going left"],
    "up": ["moving up", "rising", "going up", "floating up"],
    "down": ["moving down", "falling", "going down", "sinking"],
    "diagonally": ["moving diagonally", "sliding diagonally", "moving diagonally up and to the right"],
    "bouncing": ["bouncing", "bouncing up and down"],
    "spinning": ["spinning", "rotating", "turning around"],
    "growing": ["growing", "getting bigger", "expanding"],
    "shrinking": ["shrinking", "getting smaller"],
    "still": ["standing still", "not moving", "staying still"],
}
EN_3P = {
    "right": ["moves to the right", "moves right", "slides right", "goes right"],
    "left": ["moves to the left", "moves left", "slides left", "goes left"],
    "up": ["moves up", "rises", "goes up"],
    "down": ["moves down", "falls", "goes down"],
    "diagonally": ["moves diagonally", "slides diagonally"],
    "bouncing": ["bounces", "bounces up and down"],
    "spinning": ["spins", "rotates"],
    "growing": ["grows", "gets bigger"],
    "shrinking": ["shrinks", "gets smaller"],
    "still": ["stands still", "stays still", "does not move"],
}
# {e} -> "" (masculine) or "e" (feminine); {lui} -> lui / elle
FR_3P = {
    "right": ["se déplace vers la droite", "va vers la droite", "glisse vers la droite", "avance vers la droite"],
    "left": ["se déplace vers la gauche", "va vers la gauche", "glisse vers la gauche", "avance vers la gauche"],
    "up": ["monte", "se déplace vers le haut", "s'élève"],
    "down": ["descend", "se déplace vers le bas", "tombe"],
    "diagonally": ["se déplace en diagonale", "glisse en diagonale", "monte en diagonale vers la droite"],
    "bouncing": ["rebondit"],
    "spinning": ["tourne sur {lui}-même", "tourne"],
    "growing": ["grandit", "grossit"],
    "shrinking": ["rétrécit", "diminue", "devient plus petit{e}"],
    "still": ["reste immobile", "ne bouge pas"],
}
FR_PPR = {
    "right": ["glissant vers la droite", "allant vers la droite", "se déplaçant vers la droite"],
    "left": ["glissant vers la gauche", "allant vers la gauche", "se déplaçant vers la gauche"],
    "up": ["montant", "se déplaçant vers le haut"],
    "down": ["descendant", "tombant"],
    "diagonally": ["se déplaçant en diagonale"],
    "bouncing": ["rebondissant"],
    "spinning": ["tournant sur {lui}-même", "tournant"],
    "growing": ["grandissant"],
    "shrinking": ["rétrécissant"],
    "still": ["immobile"],
}

TRAIN_TEMPLATES = {"en": ["E0", "E1", "E2", "E3"], "fr": ["F0", "F1", "F2", "F3"]}
HELDOUT_TEMPLATES = {"en": ["EH"], "fr": ["FH"]}


def _pick(rng, items):
    return items[int(rng.integers(len(items)))]


def _article_en(word, definite=False):
    if definite:
        return "the"
    return "an" if word[0] in "aeiou" else "a"


def _en_np(obj, rng, with_size, definite=False):
    words = []
    if with_size:
        words.append(_pick(rng, EN_SIZE[obj["size"]]))
    words.append(_pick(rng, EN_COLOUR[obj["colour"]]))
    words.append(_pick(rng, EN_SHAPE[obj["shape"]]))
    return _article_en(words[0], definite), " ".join(words)


def _fr_np(obj, rng, with_size, definite=False):
    noun, g = _pick(rng, FR_SHAPE[obj["shape"]])
    colour = FR_COLOUR[obj["colour"]][0 if g == "m" else 1]
    words = []
    if with_size:
        words.append(FR_SIZE[obj["size"]][0 if g == "m" else 1])
    words += [noun, colour]
    phrase = " ".join(words)
    if definite:
        art = "l'" if phrase[0] in "aeiouéœ" else ("le " if g == "m" else "la ")
        return art + phrase, g
    return ("un " if g == "m" else "une ") + phrase, g


def _fr_motion(table, motion, g, rng):
    return _pick(rng, table[motion]).format(e="" if g == "m" else "e", lui="lui" if g == "m" else "elle")


def caption(spec, template, rng, with_size=None):
    """Caption `spec` with phrasing `template` (e.g. "E0", "FH"); rng is a numpy Generator."""
    objs = spec["objects"]
    if with_size is None:
        with_size = bool(rng.random() < 0.5)
    lang = "fr" if template.startswith("F") else "en"
    if len(objs) == 2:
        return _caption_two(spec, lang, rng, with_size)
    o = objs[0]
    m = o["motion"]
    if lang == "en":
        bg = _pick(rng, EN_BG[spec["background"]])
        art, np_ = _en_np(o, rng, with_size, definite=(template == "EH"))
        if template == "E0":
            return f"{art} {np_} {_pick(rng, EN_ING[m])} on a {bg} background"
        if template == "E1":
            return f"{np_} {_pick(rng, EN_ING[m])}, {bg} backdrop"
        if template == "E2":
            return f"{art} {np_} that {_pick(rng, EN_3P[m])} on a {bg} background"
        if template == "E3":
            return f"{bg} background with {art} {np_} {_pick(rng, EN_ING[m])}"
        if template == "EH":
            return f"{art} {np_} {_pick(rng, EN_3P[m])} against a {bg} background"
    else:
        bg = _pick(rng, FR_BG[spec["background"]])
        np_, g = _fr_np(o, rng, with_size, definite=(template == "FH"))
        if template == "F0":
            return f"{np_} qui {_fr_motion(FR_3P, m, g, rng)} sur fond {bg}"
        if template == "F1":
            return f"{np_.split(' ', 1)[1]} {_fr_motion(FR_PPR, m, g, rng)}, fond {bg}"
        if template == "F2":
            return f"sur fond {bg}, {np_} {_fr_motion(FR_3P, m, g, rng)}"
        if template == "F3":
            return f"{np_} {_fr_motion(FR_PPR, m, g, rng)} sur un fond {bg}"
        if template == "FH":
            return f"{np_} {_fr_motion(FR_3P, m, g, rng)} devant un fond {bg}"
    raise ValueError(f"unknown template {template!r}")


def _caption_two(spec, lang, rng, with_size):
    a, b = spec["objects"]
    if lang == "en":
        bg = _pick(rng, EN_BG[spec["background"]])
        art1, np1 = _en_np(a, rng, with_size)
        art2, np2 = _en_np(b, rng, with_size)
        return (f"{art1} {np1} {_pick(rng, EN_ING[a['motion']])} and {art2} {np2} "
                f"{_pick(rng, EN_ING[b['motion']])} on a {bg} background")
    bg = _pick(rng, FR_BG[spec["background"]])
    np1, g1 = _fr_np(a, rng, with_size)
    np2, g2 = _fr_np(b, rng, with_size)
    return (f"{np1} qui {_fr_motion(FR_3P, a['motion'], g1, rng)} et {np2} qui "
            f"{_fr_motion(FR_3P, b['motion'], g2, rng)} sur fond {bg}")
