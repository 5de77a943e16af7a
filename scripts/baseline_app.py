"""The yardstick for scripts/bench_load.py: Flask's "hello world", served the same way as
the site so the two figures can be compared as a ratio on the same machine."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello() -> str:
    return "Hello, World!"
