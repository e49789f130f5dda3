"""Start doccano's web application with gunicorn bound to 127.0.0.1 (run by doccano's own Python).

doccano's `webserver` command binds 0.0.0.0; this runs the same application
(`config.wsgi`, doccano's settings and environment defaults) on loopback only.
Usage: python doccano_web.py PORT WORKERS
"""

import sys

import backend.cli as doccano_cli  # sets doccano's environment defaults and sys.path
import django
from gunicorn.app.wsgiapp import run

port, workers = sys.argv[1], sys.argv[2]
django.setup()
sys.argv = [
    "gunicorn",
    "--bind",
    f"127.0.0.1:{port}",
    "--workers",
    workers,
    "--chdir",
    doccano_cli.base,
    "--capture-output",
    "--log-level",
    "warning",
    "config.wsgi",
]
run()
