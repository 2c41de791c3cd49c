"""Rank-stability benchmark: 10,000 Dirichlet weight draws over 1,000 quotes (issue: must take < 1 s).

Run: .venv/bin/python benchmarks/stability.py   (prints one line per size; no assertions: figures only)
"""
from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import schema  # noqa: E402
from core.model import Profile, Quote, QuoteSet  # noqa: E402
from core.robustness import stability  # noqa: E402
from core.scoring import score  # noqa: E402


def synthetic_quotes(n: int, seed: int = 0) -> QuoteSet:
    rng = np.random.default_rng(seed)
    feats = list(schema.FEATURES)
    quotes = []
    for i in range(n):
        v = {f: None for f in schema.VALUE_FIELDS}
        for f in ("mlps_level3", "sm4_encryption", "tls", "access_control", "licensed_credit_bureau",
                  "maintenance_includes_upgrades", "policy_adaptation_free", "support_7x24", "lifetime_consulting",
                  "commitments_in_contract"):
            v[f] = bool(rng.random() < 0.8)
        v["price_cny"] = float(rng.uniform(120_000, 380_000))
        v["annual_fee_after_warranty_cny"] = float(rng.uniform(10_000, 60_000))
        v["audit_log_months"] = float(rng.integers(1, 25))
        v["free_maintenance_months"] = float(rng.integers(1, 25))
        v["response_hours"] = float(rng.choice([0.5, 1, 2, 4, 24]))
        v["features"] = list(rng.choice(feats, size=int(rng.integers(4, 12)), replace=False))
        quotes.append(Quote(f"V{i:05d}", None, v, {}, {}, [], "bench", "s", str(i)))
    return QuoteSet(quotes, [], [], [], [], [], ["bench"])


def main() -> None:
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}, "
          f"numpy {np.__version__}")
    for n in (10, 100, 1000):
        res = score(synthetic_quotes(n), Profile.default("personal_credit"))
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            stability(res, draws=10_000, concentration=50)
            best = min(best, time.perf_counter() - t0)
        print(f"stability: 10,000 draws x {n:>5} quotes: {best * 1000:7.1f} ms (best of 5)")


if __name__ == "__main__":
    main()
