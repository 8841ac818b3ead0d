"""A real Streamlit server and a headless Debian Chromium, shared by the browser and load tests."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(log_path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start ``streamlit run app.py`` on a free loopback port; yield its URL and process."""
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.time() + 60
            while time.time() < deadline:
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                        break
                except OSError:
                    time.sleep(0.5)
            else:
                raise RuntimeError(f"the Streamlit server did not start; see {log_path}")
            yield url, process
        finally:
            process.terminate()
            process.wait(timeout=20)


@contextmanager
def chromium(profile: Path, downloads: Path) -> Iterator[webdriver.Chrome]:
    """Headless Debian Chromium driven by its own chromedriver (nothing is downloaded)."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                f"--user-data-dir={profile}", "--window-size=1600,1200"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


def nav(driver, label: str) -> None:
    """Click a page link in the sidebar (keeps the session, unlike a new URL)."""
    link = WebDriverWait(driver, 90).until(
        ec.element_to_be_clickable((By.XPATH, f"//a[@data-testid='stSidebarNavLink'][.//span[normalize-space()='{label}']]"))
    )
    link.click()


def add_document(driver, text: str, title: str = "") -> None:
    """Paste ``text`` (and ``title``) on the Documents page and press Add document (does not wait for the analysis)."""
    nav(driver, "Documents & topics")
    area = WebDriverWait(driver, 90).until(ec.presence_of_element_located((By.XPATH, "//textarea[not(@disabled)]")))
    if title:
        driver.find_element(By.CSS_SELECTOR, "input[aria-label='Title']").send_keys(title)
    driver.execute_script("arguments[0].focus();", area)
    area.send_keys(text)
    driver.find_element(By.XPATH, "//button[.//p[normalize-space()='Add document']]").click()


def wait_until_added(driver, timeout: float = 240) -> None:
    """Wait for the Documents page's message that a pasted document was added."""
    WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.XPATH, "//*[contains(text(), 'Added as document')]"))


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")
