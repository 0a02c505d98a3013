"""Many articles: the batch runner (``runner``), its command line (``cli``) and Batch-API files
(``batchapi``)."""
