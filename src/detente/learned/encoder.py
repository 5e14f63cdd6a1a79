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
