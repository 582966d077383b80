"""Text a person types that must mean what it shows: names without hidden direction controls,
user names that cannot pass for another's.

Pure: no I/O. `skeleton` follows the idea of Unicode TR39's confusable skeletons with the
look-alikes that matter for user names typed on Chinese and Western keyboards (Latin, Cyrillic,
Greek, full-width forms, digits that pass for letters); it is not the full TR39 table.
"""

from __future__ import annotations

import unicodedata

#: Direction controls (the "Trojan Source" characters) and other invisible formatting that
#: make a name display differently from what it holds.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
        "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "ѕ": "s",
        "т": "t", "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
        # digits and signs that pass for letters, and the other way round
        "0": "o", "1": "l", "|": "l", "5": "s", "ı": "i", "ℓ": "l",
    }
)  # fmt: skip


def hidden_controls(text: str) -> list[str]:
    """The direction controls, invisible characters and control characters (NUL, a stray
    escape …; tabs and line breaks are layout, not hidden) in `text`, in order. A server ledger
    cannot even store a NUL."""
    return [
        c
        for c in text
        if c in BIDI_CONTROLS
        or c in _INVISIBLE
        or ((c < " " and c not in "\t\n\r") or "\x7f" <= c <= "\x9f")
    ]


def normalise_name(text: str) -> str:
    """NFKC (full-width letters become plain ones), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def scripts(text: str) -> set[str]:
    """The alphabets of the letters in `text` among Latin, Cyrillic and Greek."""
    out = set()
    for c in text:
        if c.isalpha():
            name = unicodedata.name(c, "")
            for script in ("LATIN", "CYRILLIC", "GREEK"):
                if name.startswith(script):
                    out.add(script)
    return out


def mixes_alphabets(text: str) -> bool:
    """Latin letters beside Cyrillic or Greek ones: how a look-alike name is made."""
    found = scripts(text)
    return "LATIN" in found and len(found) > 1


def skeleton(name: str) -> str:
    """What a name looks like: two names with the same skeleton pass for each other
    ("hq.fіnance" with a Cyrillic і, "hq.finance", "HQ.Finance", "hq.flnance" are one)."""
    text = normalise_name(name).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.translate(_CONFUSABLES)
    return text.replace("rn", "m").replace("vv", "w").replace("l", "i")
