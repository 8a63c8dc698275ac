#!/bin/sh
# @@HEADER@@
# Runs the simulation under MPI: ./run_mpi.sh [processes] [threads]
# Every process reads only the edges of the neurons it hosts; rank 0
# writes the results (mpi4py is needed to merge them).
set -e
cd "$(dirname "$0")"
exec mpirun -np "${1:-@@PROCESSES@@}" python3 run.py --threads "${2:-1}"
