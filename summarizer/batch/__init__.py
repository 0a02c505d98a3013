"""Many articles: the batch runner (``runner``), its command line (``cli``), Batch-API files
(``batchapi``) and the engine for more than one process (``engine`` on Dask, ``worker``).

    from summarizer.batch import brief_many, brief_bag
"""

from summarizer.batch.engine import brief_bag, brief_many, dask_client, run_many
from summarizer.batch.worker import Outcome

__all__ = ["Outcome", "brief_bag", "brief_many", "dask_client", "run_many"]
