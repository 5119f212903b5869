"""Near-duplicate search that sees through scraping junk.

A report reposted by several sites carries each site's furniture, notices and injected brands;
signatures of the raw texts then differ by the junk and reposts fall below the clustering
threshold. :func:`find_reposts` signs the *cleaned* texts (the cleaner without mask suggestions)
and counts boilerplate on the texts as given, so a site notice is still listed as boilerplate.

>>> base = "清溪村党支部坚持三会一课制度，全年组织集中学习十二次，党员带头修建村道三公里，帮扶困难群众二十户。"
>>> a = base + "\\n当前位置：首页 > 新闻中心 > 正文\\n发布时间：2020-05-06 10:21"
>>> b = "您的位置：网站首页 » 范文大全\\n" + base + "\\n上一篇：下一篇："
>>> find_reposts([("a", a), ("b", b)]).clusters
[['a', 'b']]
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from .cleaner import Cleaner


def cleaned_pairs(items: Iterable[Any], cleaner: Cleaner | None = None, raw: list | None = None) -> Iterator[tuple[str, str]]:
    """``(id, cleaned text)`` of documents, ``(id, text)`` pairs or strings; the given texts are
    appended to ``raw`` as ``(id, text)`` when a list is passed."""
    from ..dedup.boilerplate import _as_pairs

    cleaner = cleaner or Cleaner(suggestions=0)
    for doc_id, text in _as_pairs(items):
        if raw is not None:
            raw.append((doc_id, text))
        yield doc_id, cleaner.clean_text(text).cleaned


def find_reposts(items: Iterable[Any], config=None, *, index=None, add: bool = True, cleaner: Cleaner | None = None):
    """:func:`deedsnlp.dedup.find_duplicates` on cleaned texts; boilerplate from the given texts,
    near-duplicates counting once."""
    from ..dedup import DedupConfig, find_duplicates
    from ..dedup.boilerplate import BoilerplateCounter

    config = config or DedupConfig()
    counter = BoilerplateCounter(min_chars=config.min_chars) if config.boilerplate else None
    given: list = []

    def stream():
        for doc_id, text in cleaned_pairs(items, cleaner, given):
            if counter is not None:
                doc_id_, raw = given.pop()
                counter.add(doc_id_, raw)
            yield doc_id, text

    result = find_duplicates(stream(), config.replace(boilerplate=False), index=index, add=add)
    if counter is not None:
        cluster_of = {doc_id: k for k, members in enumerate(result.clusters) for doc_id in members}
        groups = [cluster_of.get(doc_id, len(result.clusters) + i) for i, doc_id in enumerate(result.ids)]
        result.boilerplate = counter.result(config.min_docs, groups=groups)
    return result
