"""Running the library on a cluster: wrappers with no coding logic of their own.

``code_with_dask`` codes inputs on a Dask cluster into Parquet files of events, which
``Store.load_parquet`` (or DuckDB's ``read_parquet``) reads; see docs/scale-out.md.
Importing this package needs ``dask[distributed]``; nothing else in detente imports it.
"""

from detente.distributed.dask_job import (
    DEFAULT_PARTITION_SIZE,
    DaskReport,
    PartitionResult,
    code_partition,
    code_with_dask,
)

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "DaskReport",
    "PartitionResult",
    "code_partition",
    "code_with_dask",
]
