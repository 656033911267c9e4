"""The encoder-tuning experiment of bench/tune_encoder.py, sized for one GPU call (issue 10 point 4).

Three steps, because the GPU machine has torch but not this project's dependencies, and a call
carries at most 64 MiB each way; the run, figures and verdict are in eval/ENCODER_TUNING.md:

    # here: pairs, BM25 hard negatives, tune-half questions, base weights (word table int8) → DIR
    python bench/tune_encoder_gpu.py prepare --out DIR
    # on the GPU machine (torch, sentence-transformers, onnx, onnxruntime, tokenizers, numpy only):
    # every variant trained and scored (dense, tune halves) after each epoch; the best two exported
    # as int8 ONNX and the corpus embedded with each through rag/encoder.py on onnxruntime
    python3 DIR/tune_encoder_gpu.py train --data DIR --out OUT --minutes 5
    # here: model parts joined (sha256 checked), vectors written as the embedding cache of RAG_HOME
    python bench/tune_encoder_gpu.py unpack --back OUT --name NAME --data DIR --to MODEL_DIR --rag-home HOME

Pairs come from the corpus only (tune_encoder.labelled_pairs: masked summary sentences → the
rest of the paper, titles → summaries), a fresh draw per epoch. Loss: in-batch negatives both
ways plus, per variant, one hard negative per pair (a BM25 neighbour mined here, or a neighbour
of the base model mined there), papers that are another pair's source masked out.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PART_BYTES = 15 * 2**20
CONFIG_FILES = (
    "config.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
    "1_Pooling/config.json",
)
TUNE_SETS = {
    "dev1": "eval/paraphrase_dev.jsonl",
    "dev2": "eval/paraphrase_dev2.jsonl",
    "dev3": "eval/paraphrase_dev3.jsonl",
    "gold2": "eval/gold2.jsonl",
}
# The tuned encoder serves descriptions only (rag/retrieve.py), so checkpoints are chosen on these sets.
CHOOSE_ON = ("dev1", "dev2", "dev3", "gold2para")
VARIANTS = [
    {"name": "inbatch1", "neg": "none", "batch": 64, "lr": 3e-5, "epochs": 1},
    {"name": "inbatch2", "neg": "none", "batch": 64, "lr": 3e-5, "epochs": 2},
    {"name": "inbatch2-hilr", "neg": "none", "batch": 64, "lr": 5e-5, "epochs": 2},
    {"name": "inbatch1-b32", "neg": "none", "batch": 32, "lr": 3e-5, "epochs": 1},
    {"name": "inbatch3-b128", "neg": "none", "batch": 128, "lr": 5e-5, "epochs": 3},
    {"name": "bm25neg1", "neg": "bm25", "batch": 64, "lr": 3e-5, "epochs": 1},
]
VARIANTS_STOP24 = [
    {"name": "inbatch", "neg": "none", "batch": 64, "lr": 3e-5, "epochs": 4},
    {"name": "bm25neg", "neg": "bm25", "batch": 64, "lr": 3e-5, "epochs": 4},
    {"name": "denseneg", "neg": "dense", "batch": 64, "lr": 3e-5, "epochs": 4},
    {"name": "bm25neg-b128", "neg": "bm25", "batch": 128, "lr": 5e-5, "epochs": 4},
    {"name": "bm25neg-lowlr", "neg": "bm25", "batch": 64, "lr": 1.5e-5, "epochs": 4},
    {"name": "bm25neg-frozenwords", "neg": "bm25", "batch": 64, "lr": 3e-5, "epochs": 4, "freeze_words": True},
]


# ---------------------------------------------------------------- here: prepare


def tune_questions(root: Path) -> list[dict[str, Any]]:
    """Tune-half rows only (never a report row) that name relevant papers: the device's yardstick for choosing."""
    out = []
    for name, rel in TUNE_SETS.items():
        for line in (root / rel).read_text().splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row.get("split") == "tune" and row.get("relevant"):
                out.append({"set": name, "question": row["question"], "relevant": row["relevant"]})
                if name == "gold2" and row.get("type") == "paraphrase":
                    out.append({"set": "gold2para", "question": row["question"], "relevant": row["relevant"]})
    return out


def bm25_neighbours(retriever: Any, queries: list[str], own: list[int], k: int) -> list[list[int]]:
    """Per query the top-k BM25 papers other than its own: look-alikes by words, not the answer."""
    out = []
    for query, mine in zip(queries, own):
        scores = retriever.bm25.scores(query)
        top = np.argpartition(-scores, k + 1)[: k + 1]
        top = top[np.argsort(-scores[top], kind="stable")]
        out.append([int(i) for i in top if int(i) != mine and scores[i] > 0][:k])
    return out


def pack_weights(model_dir: Path, target: Path) -> None:
    """The base weights small enough to carry: the word table as int8 per row (exactly what the int8
    export stores), everything else float16."""
    from safetensors.numpy import load_file

    arrays = {}
    for name, w in load_file(str(model_dir / "model.safetensors")).items():
        if name.endswith("word_embeddings.weight"):
            scale = np.maximum(np.abs(w).max(axis=1, keepdims=True), 1e-12) / 127.0
            arrays[f"{name}::int8"] = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
            arrays[f"{name}::scale"] = scale.astype(np.float32)
        elif w.dtype == np.float32:
            arrays[f"{name}::fp16"] = w.astype(np.float16)
        else:
            arrays[f"{name}::raw"] = w
    np.savez(target, **arrays)


def prepare(out: Path, epochs: int, negatives: int, seed: int) -> None:
    import shutil

    from tune_encoder import base_model_dir, labelled_pairs, rare_words

    from rag.retrieve import Retriever
    from rag.settings import Settings

    began = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    retriever = Retriever(Settings.from_env())
    papers = retriever.papers
    assert [p.id for p in papers] == retriever.bm25.ids, "BM25 rows and papers disagree"
    rare = rare_words(papers, 0.02)
    rounds = []
    for e in range(epochs):
        rows = labelled_pairs(papers, seed + e, 0.3, rare)
        negs = bm25_neighbours(retriever, [q for q, _, _ in rows], [i for _, _, i in rows], negatives)
        rounds.append([[q, d, i, n] for (q, d, i), n in zip(rows, negs)])
        print(f"epoch {e}: {len(rows)} pairs, {time.monotonic() - began:.0f} s", flush=True)
    data = {
        "ids": [p.id for p in papers],
        "texts": [p.text for p in papers],
        "rounds": rounds,
        "questions": tune_questions(Path.cwd()),
    }
    with gzip.open(out / "data.json.gz", "wt", encoding="utf-8") as f:
        json.dump(data, f)
    base = base_model_dir()
    for name in CONFIG_FILES:
        (out / "base" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(base / name, out / "base" / name)
    pack_weights(base, out / "base-weights.npz")
    for name in ("tune_encoder_gpu.py", "tune_encoder.py"):
        shutil.copy(HERE / name, out / name)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out} ({size / 2**20:.1f} MiB) in {time.monotonic() - began:.0f} s")


# ---------------------------------------------------------------- device: train


def restore_base(data_dir: Path, target: Path) -> Path:
    """The carried base as a float32 sentence-transformers folder."""
    import shutil

    import torch
    from safetensors.torch import save_file

    shutil.copytree(data_dir / "base", target, dirs_exist_ok=True)
    tensors = {}
    with np.load(data_dir / "base-weights.npz") as packed:
        for key in packed.files:
            name, kind = key.split("::")
            if kind == "scale":
                continue
            if kind == "int8":
                w = packed[key].astype(np.float32) * packed[f"{name}::scale"]
            else:
                w = packed[key].astype(np.float32) if kind == "fp16" else packed[key]
            tensors[name] = torch.from_numpy(np.ascontiguousarray(w))
    save_file(tensors, str(target / "model.safetensors"))
    return target


def encode(model: Any, texts: list[str], max_seq: int, batch: int = 256) -> Any:
    """Normalised vectors, no gradient, in length-sorted batches (GPU or CPU)."""
    import torch

    model.max_seq_length = max_seq
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = torch.zeros((len(texts), 384), device=model.device)
    with torch.no_grad(), torch.autocast(model.device.type, dtype=torch.bfloat16, enabled=model.device.type == "cuda"):
        for start in range(0, len(order), batch):
            idx = order[start : start + batch]
            out[idx] = model(features(model, [texts[i] for i in idx]))["sentence_embedding"].float()
    return torch.nn.functional.normalize(out, dim=-1)


def features(model: Any, texts: list[str]) -> dict[str, Any]:
    """The model's inputs for these texts on its device (newer sentence-transformers add non-tensor entries)."""
    return {k: v.to(model.device) if hasattr(v, "to") else v for k, v in model.tokenize(texts).items()}


def score(vectors: Any, query_vectors: Any, questions: list[dict[str, Any]], ids: list[str]) -> dict[str, Any]:
    """Dense hit@1/hit@5/MRR per tune set (the paper's best rank among its relevant ones)."""
    row = {pid: i for i, pid in enumerate(ids)}
    sims = (query_vectors @ vectors.T).float().cpu().numpy()
    by_set: dict[str, list[int]] = {}
    for q, s in zip(questions, sims):
        wanted = [row[p] for p in q["relevant"] if p in row]
        if not wanted:
            continue
        rank = int(min((s > s[w]).sum() for w in wanted)) + 1
        by_set.setdefault(q["set"], []).append(rank)
    out: dict[str, Any] = {}
    for name, ranks in sorted(by_set.items()):
        r = np.array(ranks)
        out[name] = {
            "n": len(r),
            "hit1": int((r <= 1).sum()),
            "hit5": int((r <= 5).sum()),
            "mrr": round(float((1 / r * (r <= 10)).mean()), 3),
        }
    chosen = [v for name, v in out.items() if name in CHOOSE_ON]
    out["hit5_total"] = sum(v["hit5"] for v in chosen)
    out["mrr_mean"] = round(float(np.mean([v["mrr"] for v in chosen])), 4)
    return out


def dense_neighbours(model: Any, rounds: list[list[Any]], texts: list[str], k: int) -> list[list[list[int]]]:
    """Per pair the base model's top-k papers other than its own: look-alikes by meaning."""
    import torch

    docs = encode(model, texts, 256)
    out = []
    for rows in rounds:
        q = encode(model, [r[0] for r in rows], 64)
        top = torch.topk(q @ docs.T, k + 1, dim=1).indices.cpu().tolist()
        out.append([[i for i in t if i != r[2]][:k] for t, r in zip(top, rows)])
    return out


def batches(rows: list[list[Any]], size: int, rng: random.Random) -> list[list[list[Any]]]:
    """Shuffled batches in which no paper is the source of two pairs (else one pair's answer is another's negative)."""
    rows = rows[:]
    rng.shuffle(rows)
    out: list[list[list[Any]]] = []
    current: list[list[Any]] = []
    waiting: list[list[Any]] = []
    seen: set[int] = set()
    for row in rows:
        (waiting if row[2] in seen else current).append(row)
        if row[2] not in seen:
            seen.add(row[2])
        if len(current) == size:
            out.append(current)
            current, seen = [], set()
            for w in waiting[:]:
                if w[2] not in seen and len(current) < size:
                    current.append(w)
                    seen.add(w[2])
                    waiting.remove(w)
    return out


def train_variant(
    variant: dict[str, Any],
    base: Path,
    data: dict[str, Any],
    negs: dict[str, list[list[list[int]]]],
    evaluate: Any,
    deadline: float,
    log: Any,
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One variant, several epochs; after each the dense tune scores and a CPU copy of the weights."""
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(10)
    model = SentenceTransformer(str(base), device="cuda" if torch.cuda.is_available() else "cpu")
    bert = model[0].auto_model
    if variant.get("freeze_words"):
        bert.embeddings.word_embeddings.weight.requires_grad = False
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=variant["lr"], weight_decay=0.01)
    rng = random.Random(10)
    rounds = data["rounds"]
    epochs, size = variant["epochs"], variant["batch"]
    per_epoch = len(rounds[0]) // size
    total = epochs * per_epoch
    warm = max(total // 10, 1)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm)))
    )
    texts, doc_seq, query_seq = data["texts"], variant.get("doc_seq", 256), variant.get("query_seq", 64)
    kept, step, began = [], 0, time.monotonic()
    for epoch in range(epochs):
        model.train()
        rows = rounds[epoch % len(rounds)]
        hard = negs.get(variant["neg"], [])
        if hard:
            rows = [r[:3] + [hard[epoch % len(rounds)][j]] for j, r in enumerate(rows)]
        losses = []
        for batch in batches(rows, size, rng):
            own = torch.tensor([r[2] for r in batch], device=model.device)
            docs, doc_paper = [r[1] for r in batch], [r[2] for r in batch]
            if hard:
                picks = [rng.choice(r[3][:5]) if r[3] else rng.randrange(len(texts)) for r in batch]
                docs += [texts[i] for i in picks]
                doc_paper += picks
            with torch.autocast(model.device.type, dtype=torch.bfloat16, enabled=model.device.type == "cuda"):
                model.max_seq_length = query_seq
                q = model(features(model, [r[0] for r in batch]))
                model.max_seq_length = doc_seq
                d = model(features(model, docs))
            q = torch.nn.functional.normalize(q["sentence_embedding"].float(), dim=-1)
            d = torch.nn.functional.normalize(d["sentence_embedding"].float(), dim=-1)
            logits = 20.0 * q @ d.T
            papers = torch.tensor(doc_paper, device=model.device)
            labels = torch.arange(len(batch), device=model.device)
            # A column holding the query's own paper, other than its positive, is no negative.
            same = (papers[None, :] == own[:, None]) & (
                torch.arange(len(doc_paper), device=model.device)[None, :] != labels[:, None]
            )
            logits = logits.masked_fill(same, -1e4)
            loss = (
                torch.nn.functional.cross_entropy(logits, labels)
                + torch.nn.functional.cross_entropy(logits[:, : len(batch)].T, labels)
            ) / 2
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            losses.append(loss.item())
            step += 1
        model.eval()
        scores = evaluate(model)
        state = {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
        took = time.monotonic() - began
        log(
            f"{variant['name']} epoch {epoch + 1}/{epochs}: {step} steps, loss {np.mean(losses):.3f}, "
            f"{took:.0f} s, dense tune {json.dumps(scores)}"
        )
        kept.append(({**variant, "epoch": epoch + 1, "scores": scores}, state))
        if time.monotonic() > deadline:
            log(f"{variant['name']}: time budget reached after epoch {epoch + 1}")
            break
    del model, optimiser
    torch.cuda.empty_cache()
    return kept


def load_encoder_module(root: Path) -> Any:
    """rag/encoder.py on its own (numpy, onnxruntime, tokenizers), without the rag package's imports."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("rag_encoder", root / "rag" / "encoder.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def export_and_embed(
    name: str, state: dict[str, Any], base: Path, data: dict[str, Any], out: Path, work: Path, log: Any
) -> dict[str, Any]:
    """int8 ONNX (split in parts that fit the way back) and the corpus embedded with it as `rag ingest` would."""
    import torch
    from sentence_transformers import SentenceTransformer
    from tune_encoder import export_int8

    model = SentenceTransformer(str(base), device="cpu")
    model.load_state_dict(state)
    model.eval()
    began = time.monotonic()
    int8 = export_int8(model, work / name)
    blob = int8.read_bytes()
    parts = [blob[i : i + PART_BYTES] for i in range(0, len(blob), PART_BYTES)]
    for n, part in enumerate(parts):
        (out / f"{name}.onnx.part{n}").write_bytes(part)
    encoder_mod = load_encoder_module(Path.cwd())
    encoder = encoder_mod.OnnxEncoder(model=int8)
    t0 = time.monotonic()
    vectors = encoder.encode(data["texts"], batch_size=32)
    embed_s = time.monotonic() - t0
    np.save(out / f"{name}.vectors.npy", vectors.astype(np.float16))
    # The int8 file against the float32 weights it came from, on a sample of papers.
    model.max_seq_length = 256
    sample = data["texts"][:200]
    with torch.no_grad():
        ref = model.encode(sample, normalize_embeddings=True, convert_to_numpy=True)
    cos = (ref * vectors[:200]).sum(axis=1)
    info = {
        "name": name,
        "sha256": hashlib.sha256(blob).hexdigest(),
        "bytes": len(blob),
        "parts": len(parts),
        "export_s": round(t0 - began, 1),
        "embed_s": round(embed_s, 1),
        "cos_int8_vs_fp32_min": round(float(cos.min()), 5),
        "cos_int8_vs_fp32_mean": round(float(cos.mean()), 5),
    }
    log(f"exported {json.dumps(info)}")
    return info


def train(data_dir: Path, out: Path, minutes: float, keep: int, variants: list[dict[str, Any]], limit: int) -> None:
    import shutil
    import tempfile

    import torch
    from sentence_transformers import SentenceTransformer

    began = time.monotonic()
    deadline = began + minutes * 60
    out.mkdir(parents=True, exist_ok=True)
    logfile = (out / "train.log").open("w")

    def log(line: str) -> None:
        stamp = f"[{time.monotonic() - began:6.1f} s] {line}"
        print(stamp, flush=True)
        logfile.write(stamp + "\n")
        logfile.flush()

    log(
        f"torch {torch.__version__}, cuda {torch.cuda.is_available()} "
        f"{torch.cuda.get_device_name() if torch.cuda.is_available() else ''}"
    )
    with gzip.open(data_dir / "data.json.gz", "rt", encoding="utf-8") as f:
        data = json.load(f)
    if limit:  # a smoke run: the first `limit` papers and their pairs only
        data["ids"], data["texts"] = data["ids"][:limit], data["texts"][:limit]
        data["rounds"] = [
            [r[:3] + [[i for i in r[3] if i < limit]] for r in rows if r[2] < limit] for rows in data["rounds"]
        ]
    work = Path(tempfile.mkdtemp(prefix="enc-"))
    base = restore_base(data_dir, work / "base")
    questions = data["questions"]
    device = "cuda" if torch.cuda.is_available() else "cpu"
    log(
        f"{len(data['texts'])} papers, {len(data['rounds'])} rounds of {len(data['rounds'][0])} pairs, "
        f"{len(questions)} tune questions"
    )

    def evaluate(model: Any) -> dict[str, Any]:
        vectors = encode(model, data["texts"], 256)
        return score(vectors, encode(model, [q["question"] for q in questions], 256), questions, data["ids"])

    base_model = SentenceTransformer(str(base), device=device).eval()
    log(f"base dense tune {json.dumps(evaluate(base_model))}")
    negs = {"bm25": [[r[3] for r in rows] for rows in data["rounds"]]}
    if any(v["neg"] == "dense" for v in variants):
        negs["dense"] = dense_neighbours(base_model, data["rounds"], data["texts"], 8)
        log("dense neighbours mined")
    del base_model
    results: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for n, variant in enumerate(variants):
        left = deadline - time.monotonic()
        if left < 20:
            log(f"skipped {variant['name']}: time budget spent")
            continue
        # Each variant gets a fair share of what is left, so a slow one cannot starve the others.
        share = time.monotonic() + left / (len(variants) - n)
        results += train_variant(variant, base, data, negs, evaluate, share, log)
    ranked = sorted(results, key=lambda r: (r[0]["scores"]["hit5_total"], r[0]["scores"]["mrr_mean"]), reverse=True)
    summary = {"checkpoints": [r[0] for r in results], "exported": []}
    chosen: list[tuple[dict[str, Any], dict[str, Any]]] = []
    names: set[str] = set()
    for meta, state in ranked:
        if len(chosen) == keep:
            break
        if meta["name"] in names:  # two different variants rather than two epochs of one
            continue
        names.add(meta["name"])
        chosen.append((meta, state))
    log("chosen: " + ", ".join(f"{m['name']}@{m['epoch']}" for m, _ in chosen))
    (out / "results.json").write_text(json.dumps(summary, indent=1))
    for meta, state in chosen:  # best first, results rewritten after each: a timeout still leaves one
        tag = f"{meta['name']}-e{meta['epoch']}"
        summary["exported"].append({**meta, **export_and_embed(tag, state, base, data, out, work, log)})
        (out / "results.json").write_text(json.dumps(summary, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    log(f"done in {time.monotonic() - began:.0f} s")


# ---------------------------------------------------------------- here: unpack


def unpack(back: Path, name: str, data_dir: Path, to: Path, rag_home: Path) -> None:
    """Join the model's parts (sha256 as the device reported) into TO/model-int8.onnx, and write its
    corpus vectors as the embedding cache `RAG_EMBED_MODEL=TO/model-int8.onnx rag ingest` finds in RAG_HOME."""
    from rag.embed import EmbeddingCache, cache_key, model_slug

    results = json.loads((back / "results.json").read_text())
    info = next(e for e in results["exported"] if e["name"] == name)
    blob = b"".join((back / f"{name}.onnx.part{n}").read_bytes() for n in range(info["parts"]))
    if hashlib.sha256(blob).hexdigest() != info["sha256"]:
        raise SystemExit(f"{name}: sha256 of the joined parts differs from the device's")
    to.mkdir(parents=True, exist_ok=True)
    model = (to / "model-int8.onnx").resolve()
    model.write_bytes(blob)
    vectors = np.load(back / f"{name}.vectors.npy")
    with gzip.open(data_dir / "data.json.gz", "rt", encoding="utf-8") as f:
        texts = json.load(f)["texts"]
    if len(texts) != len(vectors):
        raise SystemExit(f"{len(vectors)} vectors for {len(texts)} texts")
    # The model id of an ONNX file is RAG_EMBED_MODEL as written: use this absolute path there.
    cache = EmbeddingCache(rag_home / "cache" / "embeddings" / f"{model_slug(str(model))}.npz")
    for text, vector in zip(texts, vectors):
        cache.put(cache_key(str(model), text), vector)
    cache.save()
    print(f"{model} ({len(blob) / 1e6:.1f} MB, sha256 ok); {len(vectors)} vectors -> {cache.path}")


def soup(base: Path, tuned: Path, alpha: float, target: Path) -> None:
    """Weights interpolated between the base model and a tuned one (alpha 1 = tuned), both int8 ONNX files
    written by tune_encoder.export_int8: a tuned model that forgets less of what the base model knew.

    The two graphs are the same export of one architecture; only the exporter's numbering of unnamed
    weights differs, so tensors are paired by position and shape, and each pair must be near-parallel.
    """
    import onnx
    from onnx import numpy_helper

    a, b = onnx.load(str(base)), onnx.load(str(tuned))
    pairs = list(zip(a.graph.initializer, b.graph.initializer))
    if len(a.graph.initializer) != len(b.graph.initializer) or any(x.dims != y.dims for x, y in pairs):
        raise SystemExit("the two files are not exports of one architecture")
    tensors = {i.name: numpy_helper.to_array(i) for i in list(a.graph.initializer) + list(b.graph.initializer)}

    def weight(name: str) -> np.ndarray:
        if name.endswith("_int8"):
            return np.asarray(tensors[name].astype(np.float32) * tensors[name[: -len("_int8")] + "_scale"])
        return np.asarray(tensors[name])

    out = []
    for x, y in pairs:
        if y.name.endswith("_scale"):
            continue
        wa, wb = weight(x.name), weight(y.name)
        if wa.dtype.kind != "f":
            out.append(y)
            continue
        cos = float((wa * wb).sum() / max(np.linalg.norm(wa) * np.linalg.norm(wb), 1e-12))
        if cos < 0.9:
            raise SystemExit(f"{x.name} / {y.name}: cosine {cos:.3f}, not the same weight")
        mixed = (1 - alpha) * wa + alpha * wb
        if not y.name.endswith("_int8"):
            out.append(numpy_helper.from_array(mixed.astype(tensors[y.name].dtype), y.name))
            continue
        stem = y.name[: -len("_int8")]
        axis = 1 if tensors[stem + "_scale"].shape[1] == 1 else 0
        scale = np.maximum(np.abs(mixed).max(axis=axis, keepdims=True), 1e-12) / 127.0
        q = np.clip(np.round(mixed / scale), -127, 127).astype(np.int8)
        out += [numpy_helper.from_array(q, y.name), numpy_helper.from_array(scale.astype(np.float32), stem + "_scale")]
    del b.graph.initializer[:]
    b.graph.initializer.extend(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(b, str(target))
    print(f"wrote {target}: {alpha} x {tuned} + {1 - alpha:g} x {base}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--epochs", type=int, default=4, help="pair draws (one per epoch)")
    p.add_argument("--negatives", type=int, default=8)
    p.add_argument("--seed", type=int, default=10)
    t = sub.add_parser("train")
    t.add_argument("--data", type=Path, required=True)
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--minutes", type=float, default=4.0, help="training budget, shared by the variants")
    t.add_argument("--keep", type=int, default=2, help="checkpoints exported (the best by dense tune scores)")
    t.add_argument("--variants", default="", help="JSON list replacing the built-in variants")
    t.add_argument("--limit", type=int, default=0, help="papers (a smoke run)")
    u = sub.add_parser("unpack")
    u.add_argument("--back", type=Path, required=True)
    u.add_argument("--name", required=True)
    u.add_argument("--data", type=Path, required=True, help="the prepared folder (its texts)")
    u.add_argument("--to", type=Path, required=True)
    u.add_argument("--rag-home", type=Path, required=True)
    m = sub.add_parser("soup")
    m.add_argument("--base", type=Path, required=True, help="the base model exported by tune_encoder.export_int8")
    m.add_argument("--tuned", type=Path, required=True)
    m.add_argument("--alpha", type=float, required=True, help="share of the tuned weights")
    m.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.command == "soup":
        soup(args.base, args.tuned, args.alpha, args.out)
    elif args.command == "prepare":
        prepare(args.out, args.epochs, args.negatives, args.seed)
    elif args.command == "train":
        variants = json.loads(args.variants) if args.variants else VARIANTS
        train(args.data, args.out, args.minutes, args.keep, variants, args.limit)
    else:
        unpack(args.back, args.name, args.data, args.to, args.rag_home)


if __name__ == "__main__":
    main()
