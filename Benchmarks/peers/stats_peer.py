#!/usr/bin/env python3
"""Python peer of `parlens-bench`: the same statistics on the same inputs, written the way an
analyst would with scipy and pymannkendall.

Work (identical to Benchmarks/Sources/parlens-bench):
  trend-10000x12, trend-700x40   per series: pymannkendall.original_test(y) and
                                 scipy.stats.theilslopes(y, x) (slope + 95% interval)
  spearman-N, kendall-N          scipy.stats.spearmanr / scipy.stats.kendalltau (tau-b) on N pairs
  bootstrap-median-700           scipy.stats.bootstrap((x,), np.median, n_resamples=1000,
                                 method='percentile') — vectorised, as scipy does by default

Inputs come from the shared LCG below (see `Inputs.swift` for the Swift twin): every value is
an integer number of hundredths divided by 100, so both sides hold bit-identical doubles.

Timings are taken inside the process with time.perf_counter (imports and input generation are
not counted); each benchmark runs one untimed warm-up, then `reps` timed repetitions of `calls`
calls; the result is the median per call. Prints one JSON document on stdout.

Usage: stats_peer.py [--once] [--reps-scale F]
  --once   one repetition of everything, no warm-up (for the end-to-end process time)
"""

import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import pymannkendall  # noqa: E402
import scipy  # noqa: E402
import scipy.stats as st  # noqa: E402

T_IMPORTED = time.perf_counter()

MASK64 = (1 << 64) - 1


class LCG:
    """Knuth's MMIX LCG: s ← s·6364136223846793005 + 1442695040888963407 (mod 2⁶⁴);
    a draw is s >> 33 (31 bits), and below(k) is draw mod k."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def below(self, k):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK64
        return (self.state >> 33) % k


def index_series(g, points):
    """A 0–1 index over `points` years, in hundredths: level 0.20–0.80, a trend of −0.004 to
    +0.004 per year, noise ±0.02, clamped to [0, 1]. Ties are common, as in real indices."""
    level = 20 + g.below(61)
    tenths = g.below(9) - 4
    out = []
    for t in range(points):
        trend = (tenths * t + 1000) // 10 - 100  # numerator kept ≥ 0: same floor in Swift
        cents = min(100, max(0, level + trend + g.below(5) - 2))
        out.append(cents / 100)
    return out


def trend_inputs(seed, count, points, first_year):
    g = LCG(seed)
    x = np.array([float(first_year + t) for t in range(points)])
    return x, [np.array(index_series(g, points)) for _ in range(count)]


def paired_inputs(seed, n):
    """x: a 0–100 score in hundredths; y: a 0–1 index loosely following x (hundredths)."""
    g = LCG(seed)
    xs, ys = [], []
    for _ in range(n):
        xc = g.below(10001)
        yc = min(100, max(0, xc // 200 + 25 + g.below(21) - 10))
        xs.append(xc / 100)
        ys.append(yc / 100)
    return np.array(xs), np.array(ys)


def sample_input(seed, n):
    """A 0–100 score in hundredths, roughly triangular around 65."""
    g = LCG(seed)
    return np.array([(3000 + g.below(4001) + g.below(3001)) / 100 for _ in range(n)])


BOOTSTRAP_SEED = 20240601


def gsl_replay_bootstrap(x, seed, resamples, level=0.95):
    """The percentile interval parlens computes, replayed in numpy: GSL's MT19937 seeded with
    `seed` (the reference init_genrand, as numpy's RandomState), indices by
    gsl_rng_uniform_int's rejection rule, type-7 percentiles. Used only to check the Swift
    interval bit for bit; not timed."""
    n = len(x)
    scale = 0xFFFFFFFF // n
    raw = np.random.RandomState(seed).randint(0, 2**32, size=n * resamples + 4096, dtype=np.uint64)
    k = raw // scale
    k = k[k < n][: n * resamples]
    assert len(k) == n * resamples
    values = np.median(x[k.reshape(resamples, n)], axis=1)
    lo, hi = np.percentile(values, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
    return float(lo), float(hi)


def run_trend(x, series):
    s_sum, p_sum, slope_sum, abs_sum, low_sum, high_sum = 0, 0.0, 0.0, 0.0, 0.0, 0.0
    for y in series:
        mk = pymannkendall.original_test(y)
        ts = st.theilslopes(y, x)
        s_sum += int(mk.s)
        p_sum += float(mk.p)
        slope_sum += float(ts.slope)
        abs_sum += abs(float(ts.slope))
        low_sum += float(ts.low_slope)
        high_sum += float(ts.high_slope)
    return {"sum_s": s_sum, "sum_p": p_sum, "sum_slope": slope_sum, "sum_abs_slope": abs_sum,
            "sum_lower": low_sum, "sum_upper": high_sum}


def run_spearman(x, y):
    r = st.spearmanr(x, y)
    return {"rho": float(r.statistic), "p": float(r.pvalue)}


def run_kendall(x, y):
    r = st.kendalltau(x, y)
    return {"tau_b": float(r.statistic), "p": float(r.pvalue)}


def run_bootstrap(x):
    r = st.bootstrap((x,), np.median, n_resamples=1000, method="percentile",
                     rng=np.random.default_rng(BOOTSTRAP_SEED))
    return {"estimate": float(np.median(x)),
            "scipy_lower": float(r.confidence_interval.low),
            "scipy_upper": float(r.confidence_interval.high)}


def measure(name, work, reps, calls, once):
    if not once:
        work()  # warm-up: scipy's lazy imports and first-call caches
    times = []
    result = None
    for _ in range(1 if once else reps):
        start = time.perf_counter()
        for _ in range(calls):
            result = work()
        times.append((time.perf_counter() - start) / calls)
    return {"name": name, "reps": len(times), "calls": calls,
            "median_s": statistics.median(times), "min_s": min(times),
            "times_s": times, "checksum": result}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--once", action="store_true", help="one repetition, no warm-up")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # pymannkendall/scipy warnings are not part of the work

    t0 = time.perf_counter()
    x12, s12 = trend_inputs(1, 10_000, 12, 2001)
    x40, s40 = trend_inputs(2, 700, 40, 1985)
    pairs = {n: paired_inputs(seed, n) for n, seed in [(63, 3), (700, 4), (10_000, 5)]}
    sample = sample_input(6, 700)
    t_inputs = time.perf_counter() - t0

    once = args.once
    results = [
        measure("trend-10000x12", lambda: run_trend(x12, s12), 5, 1, once),
        measure("trend-700x40", lambda: run_trend(x40, s40), 7, 1, once),
    ]
    calls = {63: 200, 700: 50, 10_000: 5}
    for n in (63, 700, 10_000):
        x, y = pairs[n]
        results.append(measure(f"spearman-{n}", lambda: run_spearman(x, y), 11, calls[n], once))
    for n in (63, 700, 10_000):
        x, y = pairs[n]
        results.append(measure(f"kendall-{n}", lambda: run_kendall(x, y), 11, calls[n], once))
    boot = measure("bootstrap-median-700", lambda: run_bootstrap(sample), 11, 1, once)
    lo, hi = gsl_replay_bootstrap(sample, BOOTSTRAP_SEED, 1000)
    boot["checksum"].update({"lower": lo, "upper": hi})
    results.append(boot)

    json.dump({
        "side": "python",
        "versions": {"python": platform.python_version(), "numpy": np.__version__,
                     "scipy": scipy.__version__, "pymannkendall": pymannkendall.__version__},
        "import_s": T_IMPORTED - T_START,
        "inputs_s": t_inputs,
        "benchmarks": results,
    }, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
