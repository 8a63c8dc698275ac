"""Stand-in for mpi4py: one rank of an emulated MPI run (see the nest stand-in)."""
