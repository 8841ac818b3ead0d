"""Ten simultaneous sessions on one loopback server, each with its own text, each seeing only its own results.

Also the server's peak resident memory once all of them are done (eleven analyses with the
sample): the hosted-demo target is at most 1 GB after three. Run alone for the figures:
    python -m tests.test_load
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.live import ROOT, add_document, chromium, nav, peak_rss_mb, running_server, wait_until_added

SESSIONS = 10
NAMES = ["Blinken", "Lammy", "Sikorski", "Baerbock", "Tajani", "Albares", "Joly", "Kuleba", "Hayashi", "Cameron"]
LIMIT_S = 420  # the whole run, start to finish
PEAK_MB = 1024


def session_text(name: str) -> str:
    """The sample article with its Secretary of State renamed, so each session's result is recognisable."""
    sample = (ROOT / "seeds" / "rubio-peace-talks.txt").read_text(encoding="utf-8")
    return sample.replace("Marco Rubio", f"Tom {name}").replace("Rubio", name)


def actors_page_names(driver) -> str:
    """The text of the Actors page once its chart is drawn."""
    nav(driver, "Actors")
    WebDriverWait(driver, 120).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg"))
    time.sleep(1)
    return driver.find_element(By.TAG_NAME, "body").text


def run_load(workdir: Path, sessions: int = SESSIONS) -> dict:
    """Open ``sessions`` tabs, add a different text in each at once, and check what each one shows."""
    started = time.time()
    with running_server(workdir / "streamlit.log") as (url, server), chromium(workdir / "profile", workdir / "dl") as driver:
        driver.get(url)  # the first session loads the models and analyses the sample
        WebDriverWait(driver, 240).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg"))
        tabs = [driver.current_window_handle]
        for _ in range(sessions - 1):
            driver.switch_to.new_window("tab")
            driver.get(url)
            tabs.append(driver.current_window_handle)
        for tab, name in zip(tabs, NAMES):
            driver.switch_to.window(tab)
            add_document(driver, session_text(name))
        seen = {}
        for tab, name in zip(tabs, NAMES):
            driver.switch_to.window(tab)
            wait_until_added(driver)
            text = actors_page_names(driver)
            seen[name] = sorted(n for n in NAMES[:sessions] if n in text)
        return {
            "sessions": sessions,
            "isolated": all(seen[name] == [name] for name in seen),
            "seen": seen,
            "peak_rss_mb": round(peak_rss_mb(server.pid)),
            "seconds": round(time.time() - started, 1),
        }


def test_ten_sessions_see_only_their_own_results(tmp_path):
    result = run_load(tmp_path)
    assert result["isolated"], result["seen"]
    assert result["peak_rss_mb"] <= PEAK_MB, result
    assert result["seconds"] < LIMIT_S, result


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run_load(Path(tmp))))
