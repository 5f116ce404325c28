"""Attribute vocabulary of the procedural ciel-tiny data set: shapes, colours, motions, backgrounds, sizes."""

SHAPES = ["circle", "square", "triangle", "star", "heart"]

# Object colours, RGB in 0..1.
COLOURS = {
    "red": (0.90, 0.10, 0.10),
    "green": (0.10, 0.80, 0.20),
    "blue": (0.15, 0.30, 0.95),
    "yellow": (0.95, 0.90, 0.10),
    "orange": (1.00, 0.55, 0.00),
    "purple": (0.60, 0.20, 0.80),
    "white": (1.00, 1.00, 1.00),
    "pink": (1.00, 0.50, 0.75),
}

MOTIONS = [
    "right", "left", "up", "down", "diagonally",
    "bouncing", "spinning", "growing", "shrinking", "still",
]

# Motions whose outcome the evaluator can measure from the object's centroid and area.
MEASURABLE_MOTIONS = ["right", "left", "up", "down", "diagonally", "growing", "shrinking", "still"]

# Background base colours, RGB in 0..1. "night" is a navy sky sprinkled with white stars.
BACKGROUNDS = {
    "black": (0.00, 0.00, 0.00),
    "white": (1.00, 1.00, 1.00),
    "sky blue": (0.53, 0.81, 0.92),
    "dark green": (0.00, 0.30, 0.10),
    "grey": (0.50, 0.50, 0.50),
    "night": (0.05, 0.05, 0.25),
}

SIZES = ["small", "large"]

# Radius (fraction of the frame side) of the circle that bounds each size.
SIZE_RADIUS = {"small": 0.11, "large": 0.19}

# Pairs too similar to see: (colour, background).
EXCLUDED_PAIRS = {("white", "white")}


def allowed(colour, background):
    """Whether an object of `colour` is visible on `background`."""
    return (colour, background) not in EXCLUDED_PAIRS
