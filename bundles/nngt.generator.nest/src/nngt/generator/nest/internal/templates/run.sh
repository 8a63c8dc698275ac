#!/bin/sh
# @@HEADER@@
# Runs the simulation with threads in one process: ./run.sh [threads]
set -e
cd "$(dirname "$0")"
exec python3 run.py --threads "${1:-@@THREADS@@}"
