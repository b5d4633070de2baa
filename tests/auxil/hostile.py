"""Messages built to be slow: for the regression test on linear time and for `cdp-bot bench`."""
from __future__ import annotations

N = 4096
PATHOLOGICAL = {
    "spaces": "who chairs the board" + " " * N + "x",
    "newlines": "who chairs the board" + "\n" * N + "x",
    "tabs": "where can i get help" + "\t" * N + "x",
    "ideographic spaces": "what are the priorities" + "\u3000" * N + "and",
    "mixed whitespace": "what" + " \n\t\u3000\r\u00a0" * (N // 6) + "and who",
    "question marks": "?" * N,
    "full stops": "." * N,
    "commas": ", " * (N // 2),
    "repeated danger word": "fire " * (N // 5),
    "repeated weapon": "knife " * (N // 6),
    "repeated now": "now " * (N // 4),
    "repeated and": "and " * (N // 4) + "who",
    "one long word": "a" * N,
    "repeated -ing": "ing" * (N // 3),
    "repeated child missing": "child missing " * (N // 14),
    "invisible characters": "\u200b" * N + "help",
}
