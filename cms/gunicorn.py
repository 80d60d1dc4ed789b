"""gunicorn settings of the deployment (scripts/docker-entrypoint.sh:
``gunicorn --config python:cms.gunicorn``).

After a worker has loaded the site, its long-lived objects (about 200,000 of
Django, Wagtail and the project) are moved out of the garbage collector's
sight. Otherwise Python's full collection walks them every few dozen requests,
about 200 ms each time: that was the page API's p95 in docs/benchmarks.md
(`run_benchmarks --gc-freeze` measures the difference).
"""
import gc


def post_worker_init(worker):
    gc.collect()
    gc.freeze()
