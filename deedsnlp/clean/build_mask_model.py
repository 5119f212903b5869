"""Write the shipped mask-restoration model, ``deedsnlp/data/mask_ngram.npz``.

    python -m deedsnlp.clean.build_mask_model [PATH]

The default n-gram filler of the cleaner (:func:`deedsnlp.clean.maskfill.ngram_filler`) is trained
on the shipped corpus (``deedsnlp/data/corpus``) and the domain lexicon. Training takes a few
seconds; reading this file a fraction of one. The file holds the count arrays of both character
models and a fingerprint of the training text; when the corpus or the lexicon changes the
fingerprint no longer matches and the filler is trained at run time again (same results), until
this is run again (``corpora/build.py`` should run it after rewriting the corpus).
"""

from __future__ import annotations

import sys

from .maskfill import build_shipped_model


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = build_shipped_model(args[0] if args else None)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
