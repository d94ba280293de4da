#!/usr/bin/env python3
"""Print the alignment tokens of texts, numbered, for annotating gold alignments.

    python scripts/show_tokens.py "We can't stop now." "On ne peut pas s'arrêter maintenant."
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck.align.tokens import tokenize  # noqa: E402

for text in sys.argv[1:]:
    print("  ".join(f"{i}:{t.text}" for i, t in enumerate(tokenize(text))))
