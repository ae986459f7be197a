"""gunicorn's settings for the API: `gunicorn --config=gunicorn.conf.py config.wsgi:application`
(docker-compose.yml and the image's default command).

Threaded workers (`gthread`): a request waiting for a grading result (`?wait=N`, up to 10 s)
holds one thread of a process, not the whole process, and `post_worker_init` lets waits hold
at most half of a process's threads (stepwise/submissions/waiting.py), so the other half always
serves everyone else: sign-in, health probes, the rest of the API.
"""

import os

bind = ["0.0.0.0:8000"]
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("WEB_THREADS", "8"))
# A threaded worker reports to the arbiter from its main loop, so this only fires for a
# process that is truly stuck; the longest legitimate request is a 10 s wait.
timeout = 60
graceful_timeout = 30
keepalive = 5
# The heartbeat file, in memory: the api container's root file system is read-only.
worker_tmp_dir = "/dev/shm"  # noqa: S108 - heartbeat files only, nothing read back
accesslog = "-"
# gunicorn's runtime control socket (in $HOME) is not used.
control_socket_disable = True


def post_worker_init(worker):
    # The application is loaded by now; tell it how many threads this process really has,
    # whatever overrode the value above (--threads on the command line, WEB_THREADS).
    from stepwise.submissions.waiting import limit_waits_per_process

    limit_waits_per_process(threads=worker.cfg.threads)
