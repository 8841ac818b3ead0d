"""The running app in headless Debian Chromium: highlighted text, a chart, an export, the paragraphs behind a
clicked bar, "N neutral" count or heatmap cell, markup (HTML in the text, Markdown in the title) shown as text,
and a link to a page opened first on a fresh server."""
import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from analysis import charts
from tests.live import add_document, chromium, nav, running_server, wait_until_added

WAIT = 240  # the first analysis loads the models
MARKED_UP_TITLE = "Talks: *Kyiv* [link](http://x.example) _wire_ #1 $5bn"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("server") / "streamlit.log") as (url, _):
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("profile"), tmp_path_factory.mktemp("downloads")) as driver:
        yield driver


def test_highlights_chart_and_export(server, browser):
    browser.get(server)
    wait = WebDriverWait(browser, WAIT)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".js-plotly-plot .main-svg")))
    nav(browser, "Text")
    marks = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark[data-actor]") or None)
    assert any(m.text == "Rubio" for m in marks)
    assert browser.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")
    nav(browser, "Export")
    deadline = time.time() + 90
    while time.time() < deadline and not list(browser.downloads.glob("*.json")):
        # a click can be lost while the page is still running on a slow machine: press again, as an analyst would
        wait.until(ec.element_to_be_clickable((By.XPATH, "//button[.//p[normalize-space()='JSON']]"))).click()
        pressed = time.time()
        while time.time() < min(pressed + 20, deadline) and not list(browser.downloads.glob("*.json")):
            time.sleep(0.5)
    files = list(browser.downloads.glob("*.json"))
    assert files and b'"tables"' in files[0].read_bytes()


def click_point(browser, server: str, chart: int, trace: int, point: int, kind: str = "bars") -> list[int]:
    """Click one bar (``kind`` "bars") or "N neutral" count ("scatter") of the Actors page's ``chart``-th chart
    in a fresh session (nothing selected yet); the paragraphs shown under the charts then."""
    browser.get(server)
    WebDriverWait(browser, WAIT).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".js-plotly-plot .main-svg")))
    plot = browser.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")[chart]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", plot)
    points = "g.point path" if kind == "bars" else "g.textpoint text"
    bar = plot.find_elements(By.CSS_SELECTOR, f"g.trace.{kind}")[trace].find_elements(By.CSS_SELECTOR, points)[point]
    ActionChains(browser).move_to_element(bar).pause(0.5).click().perform()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.XPATH, "//h3[contains(., 'Paragraphs behind the selection')]") or None)
    last: list[int] = []

    def settled(driver) -> list[int] | None:  # the paragraphs render one by one: wait until a second's poll adds none
        nonlocal last
        shown = [int(p.get_attribute("data-paragraph")) for p in driver.find_elements(By.CSS_SELECTOR, "p[data-paragraph]")]
        done, last = shown and shown == last, shown
        return shown if done else None

    return WebDriverWait(browser, 30, poll_frequency=1).until(settled)


def test_clicking_a_bar_a_neutral_count_or_a_heatmap_cell_shows_its_paragraphs(server, browser, sample_analysis):
    stance = sample_analysis.stance[sample_analysis.stance.topic == "a ceasefire"]
    expected = sorted(stance[(stance.actor == "United States") & (stance.stance == "against")].paragraph)
    row = [a.name for a in sample_analysis.actors if a.id in set(stance.actor_id)].index("United States")
    # the stance chart's first panel is a ceasefire; its second trace the against bars
    assert expected and click_point(browser, server, chart=0, trace=1, point=row) == expected
    reading = WebDriverWait(browser, 30).until(  # the caption can render a moment after its paragraph
        lambda d: d.find_elements(By.XPATH, "//*[@data-testid='stCaptionContainer'][contains(., 'United States here:')]") or None
    )[0]
    assert "stance on a ceasefire: against (against " in reading.text  # what the models read there, under it

    neutral = stance[stance.stance == "neutral"]
    counted = [a.name for a in sample_analysis.actors if a.id in set(neutral.actor_id)]  # the counts drawn, in order
    expected = sorted(neutral[neutral.actor == "Marco Rubio"].paragraph)
    assert expected and click_point(browser, server, chart=0, trace=0, point=counted.index("Marco Rubio"), kind="scatter") == expected

    cells = charts.actor_paragraph_heatmap(sample_analysis).data[0].customdata
    cell = next(i for i, c in enumerate(cells) if c[2] == "Russia" and c[1] > 0)  # past paragraph 0: an off-by-one would show
    assert click_point(browser, server, chart=2, trace=0, point=cell) == [cells[cell][1]]


def test_markup_in_the_input_is_shown_as_text(server, browser):
    browser.get(server)
    wait = WebDriverWait(browser, WAIT)
    add_document(
        browser, 'Rubio said <script>window.__xss = 1</script> fine.\nZelensky replied <img src=x onerror="window.__xss = 2"> calmly.',
        title=MARKED_UP_TITLE,
    )
    wait_until_added(browser, WAIT)
    nav(browser, "Text")

    def rendered(d):
        paragraphs = [p.text for p in d.find_elements(By.CSS_SELECTOR, "p[data-paragraph]")]
        return paragraphs if any("<script>window.__xss = 1</script>" in p for p in paragraphs) else None

    paragraphs = wait.until(rendered)
    assert any('<img src=x onerror="window.__xss = 2">' in p for p in paragraphs)
    assert not browser.find_elements(By.CSS_SELECTOR, "p[data-paragraph] script, p[data-paragraph] img")
    assert browser.execute_script("return window.__xss === undefined")
    caption = browser.find_element(By.XPATH, "//*[@data-testid='stCaptionContainer'][contains(., 'paragraphs tinted by tone')]")
    assert caption.text.startswith(MARKED_UP_TITLE)  # the title's Markdown is shown as typed: no italics, no hidden link
    assert not caption.find_elements(By.CSS_SELECTOR, "em")
    assert all(a.text == a.get_attribute("href").rstrip("/") for a in caption.find_elements(By.CSS_SELECTOR, "a"))  # bare URLs only


def test_a_link_to_a_page_on_a_fresh_server_opens_it_through_the_app(tmp_path, browser):
    """Streamlit runs such a page's script alone until app.py has run once; the page hands over to the app."""
    with running_server(tmp_path / "streamlit.log") as (url, _):
        browser.get(f"{url}/text")
        marks = WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark[data-actor]") or None)
        assert any(m.text == "Rubio" for m in marks)
        links = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "[data-testid='stSidebarNavLink']")]
        assert any("Documents & topics" in link for link in links) and not any("common" in link for link in links)
        assert browser.current_url == f"{url}/text"
