"""Summarizer.summarize_many: the offline backend's batched path (nlp.pipe), one failure isolated."""

from __future__ import annotations

from pathlib import Path

from summarizer import Settings, Summarizer, backends, make_article

SEED = (Path(__file__).parent / "data" / "seed_article.txt").read_text(encoding="utf-8")


def texts() -> list:
    return [make_article(SEED, id="seed", published="2019-12-10"),
            make_article("Officials in Kabul said on Monday that talks would resume.", id="kabul"),
            make_article("BOOM: a text the rules choke on, in the middle of a batch.", id="boom"),
            make_article(SEED.replace("Baghdad", "Basra"), id="basra", published="2019-12-10")]


class Choking(backends.get("offline")):
    """The real offline backend, except that one article breaks its batched parse (a rules bug)."""

    def extract_many(self, articles, **kwargs):
        for article, draft in zip(articles, super().extract_many(articles, **kwargs)):
            if article.text.startswith("BOOM"):
                raise RuntimeError("rules bug")
            yield draft

    def extract(self, article):
        if article.text.startswith("BOOM"):
            raise RuntimeError("rules bug")
        return super().extract(article)


def test_batched_briefs_equal_one_at_a_time():
    one = Summarizer(Settings(backend="offline"))
    articles = [a for a in texts() if a.id != "boom"]
    results = list(one.summarize_many(articles, batch_size=2))
    assert [a.id for a, _ in results] == ["seed", "kabul", "basra"]
    for article, brief in results:
        assert brief.model_dump(exclude={"run"}) == one.summarize(article).model_dump(exclude={"run"})


def test_one_failure_does_not_stop_its_batch():
    pipeline = Summarizer(Settings(backend="offline"), backend=Choking())
    results = {a.id: r for a, r in pipeline.summarize_many(texts(), batch_size=4)}
    assert isinstance(results.pop("boom"), RuntimeError)
    assert all(brief.actors and brief.article.id == article_id for article_id, brief in results.items())
