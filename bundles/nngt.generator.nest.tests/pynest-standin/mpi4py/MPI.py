"""Stand-in for mpi4py.MPI: this process plays one rank; nothing is exchanged.

gather and allgather return only this rank's part (gather on rank 0 only), so an
emulated run checks what each rank reads and connects, not the merged results.
"""

import os


class _Comm:
    def gather(self, value, root=0):
        rank = int(os.environ.get("NNGT_STANDIN_RANK", "0"))
        return [value] if rank == root else None

    def allreduce(self, value):
        return value

    def allgather(self, value):
        return [value]


COMM_WORLD = _Comm()
