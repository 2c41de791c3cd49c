"""Aggregation kernels: pure maths on a decision matrix, no domain knowledge."""
from __future__ import annotations

import numpy as np


def topsis(matrix: np.ndarray, weights: np.ndarray, types: np.ndarray | None = None,
           normalization: str = "vector") -> np.ndarray:
    """Closeness coefficient per alternative (Hwang & Yoon 1981).

    matrix: alternatives x criteria; weights: per criterion (normalised here); types: +1 benefit, -1 cost.
    normalization: "vector" (x / ||x||, the original method) or "minmax".
    A column that is constant carries no information and normalises to zeros.
    """
    x = np.asarray(matrix, dtype=float)
    w = np.asarray(weights, dtype=float)
    w = w / w.sum() if w.sum() > 0 else w
    types = np.ones(x.shape[1]) if types is None else np.asarray(types)
    if normalization == "vector":
        norms = np.sqrt((x ** 2).sum(axis=0))
        r = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
    else:
        lo, hi = x.min(axis=0), x.max(axis=0)
        span = hi - lo
        r = np.divide(x - lo, span, out=np.zeros_like(x), where=span > 0)
        r = np.where(types < 0, np.where(span > 0, 1 - r, 0.0), r)
        types = np.ones_like(types)
    v = r * w
    best = np.where(types > 0, v.max(axis=0), v.min(axis=0))
    worst = np.where(types > 0, v.min(axis=0), v.max(axis=0))
    d_best = np.sqrt(((v - best) ** 2).sum(axis=1))
    d_worst = np.sqrt(((v - worst) ** 2).sum(axis=1))
    denom = d_best + d_worst
    return np.divide(d_worst, denom, out=np.full(len(x), 0.5), where=denom > 0)


