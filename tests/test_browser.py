"""The running app in headless Debian Chromium: highlighted text, a chart, an export, and markup shown as text."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
WAIT = 240  # the first analysis loads the models


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("server") / "streamlit.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("the Streamlit server did not start")
    yield url
    process.terminate()
    process.wait(timeout=20)
    log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tmp_path_factory.mktemp('profile')}", "--window-size=1600,1200"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.downloads = downloads
    yield driver
    driver.quit()


def nav(driver, label: str) -> None:
    """Click a page link in the sidebar (keeps the session, unlike a new URL)."""
    link = WebDriverWait(driver, 90).until(
        ec.element_to_be_clickable((By.XPATH, f"//a[@data-testid='stSidebarNavLink'][.//span[normalize-space()='{label}']]"))
    )
    link.click()


def test_highlights_chart_and_export(server, browser):
    browser.get(server)
    wait = WebDriverWait(browser, WAIT)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".js-plotly-plot .main-svg")))
    nav(browser, "Text")
    marks = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark[data-actor]") or None)
    assert any(m.text == "Rubio" for m in marks)
    assert browser.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")
    nav(browser, "Export")
    button = wait.until(ec.element_to_be_clickable((By.XPATH, "//button[.//p[normalize-space()='JSON']]")))
    button.click()
    deadline = time.time() + 90
    while time.time() < deadline and not list(browser.downloads.glob("*.json")):
        time.sleep(0.5)
    files = list(browser.downloads.glob("*.json"))
    assert files and b'"tables"' in files[0].read_bytes()


def test_markup_in_the_input_is_shown_as_text(server, browser):
    browser.get(server)
    wait = WebDriverWait(browser, WAIT)
    nav(browser, "Documents & topics")
    area = wait.until(ec.presence_of_element_located((By.XPATH, "//textarea[not(@disabled)]")))
    area.send_keys('Rubio said <script>window.__xss = 1</script> fine.\nZelensky replied <img src=x onerror="window.__xss = 2"> calmly.')
    browser.find_element(By.XPATH, "//button[.//p[normalize-space()='Add document']]").click()
    wait.until(ec.presence_of_element_located((By.XPATH, "//*[contains(text(), 'Added.')]")))
    nav(browser, "Text")

    def rendered(d):
        paragraphs = [p.text for p in d.find_elements(By.CSS_SELECTOR, "p[data-paragraph]")]
        return paragraphs if any("<script>window.__xss = 1</script>" in p for p in paragraphs) else None

    paragraphs = wait.until(rendered)
    assert any('<img src=x onerror="window.__xss = 2">' in p for p in paragraphs)
    assert not browser.find_elements(By.CSS_SELECTOR, "p[data-paragraph] script, p[data-paragraph] img")
    assert browser.execute_script("return window.__xss === undefined")
