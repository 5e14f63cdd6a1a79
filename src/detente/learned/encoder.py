"""The sentence encoder: all-MiniLM-L6-v2 exported to ONNX (int8), run by onnxruntime on one thread.

Only this module imports onnxruntime and tokenizers, and only when an encoder is built.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # wire sentences run 25-60 word pieces; longer ones are cut, not split


class Encoder:
    """Mean-pooled, L2-normalised sentence embeddings (384 dimensions)."""

    def __init__(self, folder: Path, threads: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # one per worker: the workers are the parallelism
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(folder / "encoder.onnx"), options,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def embed(self, texts: list[str]) -> np.ndarray:
        """One row per text, in order; an empty list gives a (0, 384) array."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        states = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                         "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (states * weights).sum(1) / np.maximum(weights.sum(1), 1.0)
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)).astype(np.float32)


STATIC_MAX_TOKENS = 512  # model2vec's own cut


class StaticEncoder:
    """A static sentence embedding (model2vec, distilled from the same all-MiniLM-L6-v2 weights by
    ``make model``): the mean of a table's rows for the sentence's word pieces, normalised. numpy and
    tokenizers only; about 0.2 ms a sentence."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        with np.load(folder / "static.npz") as data:
            self.table = data["embedding"].astype(np.float32)  # stored float16; float32 for the sums
            self.normalize = bool(data["normalize"])
            self.unknown = int(data["unk_id"])  # -1: none
        self.tokenizer = Tokenizer.from_file(str(folder / "static_tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()

    @property
    def width(self) -> int:
        return int(self.table.shape[1])

    def embed(self, texts: list[str]) -> np.ndarray:
        """One row per text, in order (zeros for a text with no known word piece)."""
        out = np.zeros((len(texts), self.width), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            ids = [i for i in encoding.ids if i != self.unknown][:STATIC_MAX_TOKENS]
            if ids:
                out[row] = self.table[ids].mean(0)
        if self.normalize:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return out
