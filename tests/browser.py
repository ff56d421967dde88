"""A real headless Chromium for the tests (and bench/view_scale.py), with the network cut off.

Debian's ``chromium`` (``apt-get install -y chromium``; ``.ci/run`` installs it when missing)
driven by Playwright from PyPI; Playwright's own browser download is never used. Set
``QUOTEGRAPH_CHROMIUM`` to use another Chromium or Chrome binary.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Iterator

# Flags for a closed machine: no background connections to Google's services, no sandbox as root.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--mute-audio"]


def chromium_binary() -> str | None:
    explicit = os.environ.get("QUOTEGRAPH_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def why_no_browser() -> str | None:
    """None when a browser test can run here, else the reason it cannot."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if chromium_binary() is None:
        return ("no Chromium on this machine (apt-get install -y chromium, or set QUOTEGRAPH_CHROMIUM); "
                ".ci/run installs it when it can")
    return None


class OfflinePage:
    """A page whose every request is recorded; any that would leave the machine is refused."""

    def __init__(self, page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.refused: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

        def route(r) -> None:
            url = r.request.url
            if url.startswith(("file:", "data:", "blob:", "about:")):
                r.continue_()
            else:
                self.refused.append(url)
                r.abort("internetdisconnected")

        page.context.route("**/*", route)

    def outside(self) -> list[str]:
        """Requests that were not for the file itself or inline data (should be none)."""
        return sorted({u for u in self.requests + self.refused
                       if not u.startswith(("file:", "data:", "blob:", "about:"))})


@contextlib.contextmanager
def offline_page(width: int = 1500, height: int = 900) -> Iterator[OfflinePage]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_binary(), headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, offline=True,
                                          service_workers="block")
            yield OfflinePage(context.new_page())
        finally:
            browser.close()
