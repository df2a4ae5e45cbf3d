"""A local HTTP server for the fetch tests: each path answers a list of statuses in turn."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def status_server(statuses: dict[str, list[int]], *, page: bytes) -> ThreadingHTTPServer:
    """Serves ``page``; each path answers the statuses listed for it in turn (the last one for ever);
    an unlisted path answers 404. The server runs on a free port in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            queue = statuses.get(self.path, [404])
            status = queue.pop(0) if len(queue) > 1 else queue[0]
            body = page if status == 200 else b"<html><body>gone</body></html>"
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd
