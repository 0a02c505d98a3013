"""The offline backend: spaCy's parse plus rules kept as data, one module per stage.

Where things are decided:

- ``text.py`` -- the parse copy of the article (whitespace, glued sentences) and its offset map;
- ``rules.py`` + ``rules/*.yaml`` -- the lexicons and patterns every stage reads;
- ``doc.py`` -- the parsed article and the stages' shared findings (:class:`doc.Context`);
- ``actors.py`` (people), ``groups.py`` (organisations, countries, groups), ``places.py``,
  ``mentions.py`` (the actor table, who a token refers to), ``aliases.py`` (the names of one actor
  joined), ``selection.py`` (which actors take part and are kept) -- stage 1, actors;
- ``attribution.py`` -- stage 2, claims: who said or believes what;
- ``denials.py`` -- stage 3, denials: where a denial is decided (the cue, the rule families, the claim
  answered), with ``deniers.py`` (who denies) and ``propositions.py`` (what is denied);
- ``incidents/`` (``cues``, ``drafts``, ``merge``) + ``slots.py`` -- stage 4, incidents and their date/place/weapon/casualties;
- ``summary.py`` -- stage 5, the extractive summary;
- ``extract.py`` -- the stages in order, and the draft brief;
- ``backend.py`` -- the backend registered as ``offline``: loads spaCy, parses, extracts.
"""
