"""Words set apart as a paragraph of their own: a block quote after "X wrote:" and a quoted tweet
("@handle: ..."), the claims of citizen-media and blog round-ups (Global Voices) as much as of news
copy that quotes a statement whole. Each becomes a frame of kind "block" for the claims stage
(:mod:`summarizer.offline.attribution`), which turns it into one claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import names
from summarizer.offline.doc import ActorDraft, Context, Frame, Offsets
from summarizer.offline.language import english
from summarizer.offline.mentions import actor_at, add_mention, add_person, colon_clause, known_name
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_DASH_LINE = ("-", "\u2013", "\u2014")


_PARAGRAPH_COLON = re.compile(r":[ \t]*\n")  # the parse copy keeps one newline per paragraph end


_HANDLE = re.compile(r"[\u200e\u200f\u202a-\u202e]*@\w+\s*:\s*")


def block_quotes(ctx: Context) -> None:
    """A paragraph ending in a colon after a speaker's clause ("Mauritanian blogger Ahmed Jedou wrote:",
    "He added:") introduces the next paragraph, set apart as a block quote, as that speaker's words (devG
    globalvoices-2012-05-mauritania-opposition-sit-attacked-security-forces); a paragraph in another
    language is passed over for the translation after it, and a tweet's handle opening it ("@weddady:")
    is no part of the words."""
    for m in _PARAGRAPH_COLON.finditer(ctx.text):
        block = _block_after(ctx, m.end())
        if block is None or ctx.prep.original.count("\n", ctx.prep.index[m.start()], ctx.prep.index[m.end()]) > 2:
            continue  # an empty paragraph between: what the colon introduced (a list, a picture) is gone
        span = ctx.doc.char_span(block[0], block[1], alignment_mode="expand")
        if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue  # a title or a caption ("US Covert Action in Yemen 2001-2012"): no one's words
        lead = ctx.text.rfind("\n", 0, block[0]) + 1  # "@chrisochoidis: ...": a tweet, its handle says whose
        new = lead == block[0] or not _HANDLE.match(ctx.text, lead)
        verb, speaker = _colon_speaker(ctx, m.start(), new=new)
        if speaker is None and new:
            verb, speaker = _cited_account(ctx, m.start())
        if speaker is None and new and not _reports_another(ctx, span):
            verb, speaker = _named_opener(ctx, m.start())
        if verb is None or speaker is None:
            continue
        ctx.frames = [f for f in ctx.frames if not (f.cue == verb.i and f.quote is None and _wh_object(ctx, f))]
        ctx.frames.append(Frame(speaker, verb.i, (verb.i, verb.i + 1), (verb.i, verb.i + 1), quote=block, kind="block"))


_TWEET = re.compile(r"^[\u200e\u200f\u202a-\u202e]*@(\w{2,})[ \t]*:", re.M)


def tweet_quotes(ctx: Context) -> None:
    """A paragraph "@handle: text" is a quoted tweet, the words of the actor ``handle`` (devG
    globalvoices-2012-05-armenia-chaos-balloons-explode-election-campaign: "@nhc_no: Gas balloons explode"),
    or of the one named already whose name the handle spells (`_handle_actor`), or of the speaker an intro
    before it names ("From Paris, Anissa B. tweeted:"); one a block quote gives its introducer already stays
    the introducer's. A tweet in another language is claimed by the translation right after it, a paragraph
    of no handle; a reply ("@x: @y Sad to hear that") is a conversation's turn, no claim."""
    blocks = [f.quote for f in ctx.frames if f.kind == "block" and f.quote is not None]
    for m in _TWEET.finditer(ctx.text):
        block = _tweet_words(ctx, m.end())
        tok = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if block is None or tok is None or any(b[0] < block[1] and block[0] < b[1] for b in blocks):
            continue
        actor = _introducer(ctx, m.start()) or _handle_actor(ctx, m.group(1))
        if actor is None:
            actor = add_person(ctx, m.group(1), tok.start, tok.end)
        else:
            add_mention(ctx, actor.key, actor.name, actor.kind, tok.start, tok.end)
        i = tok.start
        ctx.frames.append(Frame(actor, i, (i, i + 1), (i, i + 1), quote=block, kind="block"))


def _introducer(ctx: Context, start: int) -> ActorDraft | None:
    """The speaker a paragraph ending in a colon names right before the tweet ("From Paris, Anissa B.
    tweeted:" before "@beautifultango7: ...": Anissa B.)."""
    colon = ctx.text[:start].rstrip()
    return _colon_speaker(ctx, len(colon) - 1, new=False)[1] if colon.endswith(":") else None


def _handle_actor(ctx: Context, handle: str) -> ActorDraft | None:
    """The one actor named already whose name the handle spells: whole or surname ("weddady" of Nasser
    Weddady), run together ("bejanmatur"), cut short ("FizaBatoolGilan") or within it ("SenRehmanMalik"),
    or the acronym of a body's name before "_" ("nhc_no")."""
    h = handle.lower().replace("_", "")
    head = handle.lower().split("_")[0]
    found = []
    for a in ctx.actors.values():
        for n in (a.name, *a.aliases):
            if "@" in n:
                continue  # "@RobertAlai Good": a handle the tagger ran into a name spells no one
            words = names.key(n).split()
            run = "".join(words)
            if len(run) >= 5 and h in (run, words[-1] if a.key[0] == "person" else "") or len(run) >= 8 and (
                    run in h or len(h) >= 8 and run.startswith(h)) or (
                    a.key[0] != "person" and len(head) >= 3 and head in names.acronyms(n)):
                found.append(a)
                break
    return found[0] if len(found) == 1 else None


_INNER_TWEET = re.compile(r"@\w+(?: \[\w\w\])?:")


def _tweet_words(ctx: Context, start: int) -> Offsets | None:
    """The tweet's words from ``start`` when in English, else the next paragraph when it is their
    English translation (no handle of its own); None for a tweet too short to claim anything."""
    end = _paragraph_end(ctx.text, start)
    para = ctx.text[start:end]
    lead = len(para) - len(para.lstrip())
    if para.lstrip().startswith("@") or para.rstrip().endswith(":") or _INNER_TWEET.search(para):
        return None  # a reply to another's tweet; tweets or an intro run into one paragraph: no one's words
    if english(para):
        return (start + lead, start + len(para.rstrip())) if len(para.split()) >= 4 else None
    nxt = ctx.text[end + 1 : _paragraph_end(ctx.text, end + 1)].rstrip()
    if end >= len(ctx.text) or _TWEET.match(nxt) or nxt.endswith(":") or len(nxt.split()) < 4 or not english(nxt):
        return None
    return (end + 1, end + 1 + len(nxt))


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph ``start`` is in: its line break (the parse copy keeps one per paragraph end)
    or the text's end."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _block_after(ctx: Context, start: int) -> Offsets | None:
    """The first paragraph from ``start`` in English (at most one in another language before it),
    without a leading tweet handle; None when it introduces a quote of its own (ends in a colon)."""
    for _ in range(2):
        end = _paragraph_end(ctx.text, start)
        para = ctx.text[start:end].rstrip()
        handle = _HANDLE.match(para)
        lead = handle.end() if handle else 0
        if len(para[lead:].split()) < 4 or para[:1] in _DASH_LINE or para.startswith("(("):
            return None  # "– European Court of Justice": a credit line; "((WN))": an interview's turn
        if english(para[lead:]):
            return None if para.endswith(":") else (start + lead, start + len(para))
        start = end + 1
    return None


def _colon_speaker(ctx: Context, colon: int, *, new: bool = True) -> tuple[Token | None, ActorDraft | None]:
    """The highest verb of the clause before ``colon`` and the actor its subject names (named already, or
    with ``new`` one a Twitter handle marks as a speaker: not before a tweet, whose own handle says whose it is)."""
    clause = colon_clause(ctx, colon)
    if clause is None:
        return None, None
    verb, subj = clause
    if any(t.lower_ == "according" for t in verb.sent):
        return None, None  # "police detained six cyclists, according to X:": X's words, not the subject's
    start = ctx.text.rfind("\n", 0, colon) + 1
    if subj.pos_ == "PRON":  # "He continues:" opening its paragraph: the block quote's speaker before it
        return verb, (_previous_block(ctx, start) if subj.idx == start else None) or actor_at(ctx, subj)
    if subj.i not in ctx.token_actor:  # "one of Bejan's poems says:": no speaker's words
        return verb, known_name(ctx, subj) or (_handle_speaker(ctx, subj) if new else None)
    actor = actor_at(ctx, subj)
    # "Lady Gaga fans ... have criticized the government's decision:" before "@ginaignasia: ...": a plural of people
    # described by whom they follow (`attribution.described_followers`) owns no tweets or paragraphs listed under it
    return verb, None if actor is not None and actor.key[0] == "described" else actor


_AFTER_NAME = re.compile(r"[ \t]*(?:\[?[a-z]{2}\]?[ \t]*)?\([ \t]*[\u200e\u200f]*@[ \t]?\w+[ \t]*\)")


def _handle_speaker(ctx: Context, subj: Token) -> ActorDraft | None:
    """A speaker the tagger missed whom a Twitter handle marks as one: a name with the handle after it in
    brackets ("Richie (@MelisMatik) links the attack ...:", "Jordy M.Y. [es](@jordy_my) reported ...:") or
    the handle alone ("@JuliethBlues states [es]:"); gvpool gv1664288d, gv55dae30a, gvf23688cd."""
    nxt = ctx.doc[subj.i + 1] if subj.i + 1 < len(ctx.doc) else None
    if subj.text.startswith("@") and len(subj.text) > 2 and subj.i > 1 and ctx.doc[subj.i - 1].text == "(":
        subj = ctx.doc[subj.i - 2]  # "Sara Hamling (@shamlingdesign) voiced ...:": the name before the handle
    elif subj.text.startswith("@") and len(subj.text) > 2:
        if nxt is None or nxt.text == ":":
            return None  # "@lishtotah: ... here:": a tweet ending in a colon, no intro
        handle = subj.text[1:]
        return _handle_actor(ctx, handle) or add_person(ctx, handle, subj.i, subj.i + 1)
    if subj.i in ctx.token_actor:
        return actor_at(ctx, subj)
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        return None
    start = subj.i
    while start > max(subj.sent.start, subj.i - 3) and ctx.doc[start - 1].pos_ == "PROPN" and ctx.doc[start - 1].text[:1].isupper():
        start -= 1
    if not _AFTER_NAME.match(ctx.text, subj.idx + len(subj.text)):
        return None
    name = ctx.doc[start : subj.i + 1].text
    return add_person(ctx, name, start, subj.i + 1)


def _cited_account(ctx: Context, colon: int) -> tuple[Token | None, ActorDraft | None]:
    """The one person an intro whose subject names no speaker cites with a Twitter handle in brackets, the
    account whose words the colon introduces ("Others even think that his injury was a product of karma,
    like Itzel Chavez (@itzelch_07) [es]:", "some questioned President Calderón, like Alessia Corcuera
    (@top_roping_ale) [es]:"): that person, named already or now; none where two accounts are cited, nor
    one named in a relative clause that describes the speaker."""
    at = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if at is None:
        return None, None
    sent = ctx.doc[at.start].sent
    cited = [t for t in sent if t.text.startswith("@") and len(t.text) > 2 and t.i > sent.start + 1 and t.i + 1 < sent.end
             and ctx.doc[t.i - 1].text == "(" and ctx.doc[t.i + 1].text.startswith(")")]
    if len(cited) != 1:
        return None, None
    end = cited[0].i - 1
    if not (ctx.doc[end - 1].text[:1].isupper() and ctx.doc[end - 1].pos_ == "PROPN") or any(
            a.dep_ == "relcl" for a in ctx.doc[end - 1].ancestors):
        return None, None  # "an account that publishes quotes by Mafalda (@MafaldaQuotes) wrote:": the account's
    if end - 1 in ctx.token_actor and ctx.token_actor[end - 1].kind == ActorKind.person:
        return ctx.doc[end - 1], ctx.token_actor[end - 1]
    start = end - 1
    while start > max(sent.start, end - 4) and _name_word(ctx.doc[start - 1]):
        start -= 1
    if any(i in ctx.token_actor for i in range(start, end)):
        return None, None  # a body's name or a place the tagger holds: no person's account
    name = ctx.doc[start:end].text
    return ctx.doc[end - 1], add_person(ctx, name, start, end)


_OPENER = re.compile(r"((?:[A-Z][\w'\-]+ ){1,3}[A-Z][\w'\-]+) ([a-z]+)s\b[^\n:]{0,60}$")


def _named_opener(ctx: Context, colon: int) -> tuple[Token | None, ActorDraft | None]:
    """A paragraph that is only a full name, a verb of speech and the colon ("Johannes Tafadwa Chibamu
    writes:", "Vivek Martolia comments:", "Nazrul Islam says in a post in Amrabondhu blog:") introduces
    that person's words, where the tagger missed the name or the parser took the verb for a noun: the
    actor the name is already, or a person named so now."""
    start = ctx.text.rfind("\n", 0, colon) + 1
    m = _OPENER.fullmatch(ctx.text, start, colon)
    if m is None or m.group(2) not in ctx.rules.speech:
        return None, None
    name = ctx.doc.char_span(m.start(1), m.end(1))
    verb = ctx.doc.char_span(m.start(2), m.end(2) + 1)
    if name is None or verb is None or any(not _name_word(t) for t in name):
        return None, None
    held = {id(ctx.token_actor[t.i]): ctx.token_actor[t.i] for t in name if t.i in ctx.token_actor}
    if len(held) > 1 or held and any(t.i not in ctx.token_actor for t in name):
        return None, None  # two actors' names, or a name the tagger cut: none
    if held:
        return verb[0], next(iter(held.values()))
    return verb[0], add_person(ctx, name.text, name.start, name.end)


def _reports_another(ctx: Context, span: Span) -> bool:
    """A quote that itself tells what a named speaker said ("Speaking to Dunya TV, Minister ... Raja Pervaiz
    Ashraf said Facebook complied ..."): that speaker's claim, not the introducer's."""
    return any(t.lemma_.lower() in ctx.rules.speech and any(
        c.dep_ == "nsubj" and c.i in ctx.token_actor for c in t.children) for t in span)


def _name_word(t: Token) -> bool:
    """A capitalised word of a name the tagger may have read as another part of speech ("Elí" of "Elí
    Castelo R."), not a preposition or a determiner opening the clause ("For Kar (@Karkarkarrr)")."""
    return t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ", "X")


def _previous_block(ctx: Context, start: int) -> ActorDraft | None:
    """The speaker of the block quote that ends the paragraph before ``start``: "He continues:", "She
    added:" go on with that speaker, not with a person named inside the quote (gvpool: 6 of 6 right)."""
    for f in ctx.frames:
        if f.kind == "block" and f.quote is not None and start - 3 <= f.quote[1] < start and ctx.text[start - 1] == "\n":
            return f.speaker
    return None


def _wh_object(ctx: Context, f: Frame) -> bool:
    """A frame whose content is only what the block quote after it tells ("described what happened")."""
    first = ctx.doc[f.content[0]]
    return first.tag_ in ("WDT", "WP", "WRB") or f.content[1] - f.content[0] <= 4
