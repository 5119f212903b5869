"""Near-duplicate documents and corpus boilerplate (MinHash LSH).

* :func:`find_duplicates` — clusters of near-duplicate documents, the verified pairs and the
  boilerplate of a stream of documents (``Document`` objects, ``(id, text)`` pairs or strings);
* :func:`find_boilerplate` — sentences and paragraphs shared by at least ``min_docs`` documents;
  :func:`split_sentences`, :func:`boilerplate_ratio`;
* :class:`DedupConfig` — every setting, one frozen dataclass;
* :class:`DedupIndex` — a persistent index in a folder (numpy arrays + JSON), :class:`LSHIndex` /
  :func:`redis_index` — datasketch's ``MinHashLSH`` with its Redis storage;
* :mod:`deedsnlp.dedup.ray_engine` — the same pipeline on a Ray cluster (``pip install 'deedsnlp[ray]'``).

Signatures are datasketch-compatible (``affine32`` scheme); see :mod:`deedsnlp.dedup.minhash`.
"""

from .boilerplate import Boilerplate, BoilerplateCounter, boilerplate_ratio, find_boilerplate, split_sentences, unit_key
from .config import DedupConfig
from .index import DedupIndex, LSHIndex, redis_index
from .minhash import MinHasher, estimate_jaccard, signatures_of
from .pipeline import DedupResult, DuplicatePair, find_duplicates
from .shingle import Shingler, canonical_text, exact_jaccard, shingle_hashes

__all__ = [
    "Boilerplate", "BoilerplateCounter", "DedupConfig", "DedupIndex", "DedupResult", "DuplicatePair",
    "LSHIndex", "MinHasher", "Shingler", "boilerplate_ratio", "canonical_text", "estimate_jaccard",
    "exact_jaccard", "find_boilerplate", "find_duplicates", "redis_index", "shingle_hashes",
    "signatures_of", "split_sentences", "unit_key",
]
