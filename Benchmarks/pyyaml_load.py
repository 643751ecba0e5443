#!/usr/bin/env python3
"""PyYAML's C loader over the same files, as the point of comparison for stationlint's parser.

    python3 Benchmarks/pyyaml_load.py DIR... [--sample PERCENT]

Reads every `.yaml` below the dirs into memory first, then times only
`yaml.load(data, Loader=yaml.CSafeLoader)` per file (one run: it is slow). `--sample 25` loads a
deterministic quarter of the files (chosen by a hash of each file's path relative to its dir,
so the same corpus always gives the same sample); MB/s is what is compared, not total time.
Prints one line `pyyaml: FILES files, MB MB (MB = 10^6 bytes), SECONDS s, MB/s MB/s, ...`.
"""

import argparse
import hashlib
import os
import sys
import time

try:
    import yaml
except ImportError:
    sys.exit("pyyaml_load: PyYAML is not installed (pip install pyyaml, or apt install python3-yaml)")


def yaml_files(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".yaml"):
                path = os.path.join(d, f)
                out.append((os.path.relpath(path, root), path))
    return out


def in_sample(rel, percent):
    h = int.from_bytes(hashlib.sha1(rel.encode("utf-8")).digest()[:4], "big")
    return h % 10000 < percent * 100


def count(node):
    """Nodes in the loaded tree: the checksum that shows every file was fully loaded."""
    if isinstance(node, dict):
        return 1 + sum(1 + count(v) for v in node.values())
    if isinstance(node, list):
        return 1 + sum(count(v) for v in node)
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--sample", type=float, default=100.0, help="percent of the files to load (default all)")
    args = ap.parse_args()
    if not getattr(yaml, "__with_libyaml__", False) or not hasattr(yaml, "CSafeLoader"):
        sys.exit("pyyaml_load: this PyYAML has no libyaml (CSafeLoader); the comparison would be unfair")

    blobs = []
    for root in args.dirs:
        for rel, path in yaml_files(root):
            if args.sample >= 100 or in_sample(rel, args.sample):
                with open(path, "rb") as f:
                    blobs.append(f.read())
    total = sum(len(b) for b in blobs)

    # Each tree is counted (untimed) and dropped, as the Swift benchmark drops its trees.
    seconds = 0.0
    nodes = 0
    for data in blobs:
        start = time.perf_counter()
        doc = yaml.load(data, Loader=yaml.CSafeLoader)
        seconds += time.perf_counter() - start
        nodes += count(doc)

    sample = "all files" if args.sample >= 100 else "a deterministic %g%% sample" % args.sample
    print("pyyaml: %d files, %.2f MB (MB = 10^6 bytes), %.3f s, %.2f MB/s, %d nodes, %s, PyYAML %s CSafeLoader"
          % (len(blobs), total / 1e6, seconds, total / 1e6 / seconds, nodes, sample, yaml.__version__))


if __name__ == "__main__":
    main()
