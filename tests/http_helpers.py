"""HTTP helpers of the tests: a local server whose paths answer a list of statuses in turn (the fetch
tests), and a synchronous client of the ASGI app in process (the API tests)."""

from __future__ import annotations

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


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


class SyncASGIClient:
    """httpx against the ASGI app in process (no server, no thread), with a synchronous face."""

    def __init__(self, app) -> None:
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def delete(self, url: str, **kwargs) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()
