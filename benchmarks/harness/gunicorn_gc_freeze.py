"""gunicorn configuration for `run_benchmarks --gc-freeze`: an experiment, not
the deployment's configuration. After a worker has loaded the site, its objects
are moved out of the garbage collector's sight (``gc.freeze()``), so that the
full collections Python runs every few dozen requests scan only what requests
allocate, not the ~200,000 objects of Django, Wagtail and the project."""
import gc


def post_worker_init(worker):
    gc.collect()
    gc.freeze()
