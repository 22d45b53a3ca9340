"""The browser suite: a person's journey through Hongshu in headless Chromium, against a running `hongshu serve`
on a seeded world. Sign up, pick interests, post a note in Chinese, find it on the home page, like it, comment,
search for it, open a product, buy it, log out. Every page is screenshot at a phone's and a desktop's size and
checked for unlabelled controls, images without alt text, nameless buttons and links, and text below the WCAG AA
contrast ratio.

Usage: python3 Tests/Browser/journey.py BASE_URL SCREENSHOT_FOLDER
Needs: chromium and chromium-driver (Debian), selenium (PyPI).
"""
import os
import random
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1].rstrip("/")
SHOTS = sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)

AUDIT = r"""
return (function () {
  const problems = [];
  // Shown: laid out, and not inside a closed <details> (its content is not rendered).
  const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length) &&
    !(el.closest("details:not([open])") && !el.closest("summary"));
  document.querySelectorAll("input, select, textarea").forEach((el) => {
    const type = (el.getAttribute("type") || "").toLowerCase();
    if (["hidden", "submit", "button"].includes(type)) return;
    const labelled = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") ||
      (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) || el.closest("label");
    if (!labelled) problems.push("control without a label: " + el.outerHTML.slice(0, 100));
  });
  document.querySelectorAll("img").forEach((img) => {
    if (!img.hasAttribute("alt")) problems.push("image without alt: " + img.getAttribute("src"));
  });
  document.querySelectorAll("button, a[href], summary").forEach((el) => {
    if (!shown(el)) return;
    const name = (el.innerText || el.textContent || "").trim() || el.getAttribute("aria-label") || el.getAttribute("title") ||
      Array.from(el.querySelectorAll("img[alt], [role=img][aria-label]")).map((i) => i.alt || i.getAttribute("aria-label")).join("");
    if (!name) problems.push("nameless " + el.tagName.toLowerCase() + ": " + el.outerHTML.slice(0, 100));
  });
  const rgb = (text) => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(",").map(parseFloat);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const luminance = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const backdrop = (el) => {
    for (; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.backgroundImage !== "none") return null;  // a gradient or picture: not judged here
      const c = rgb(style.backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const judged = new Set();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || judged.has(el) || !shown(el)) continue;
    judged.add(el);
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || parseFloat(style.opacity) === 0 || style.clip === "rect(0px, 0px, 0px, 0px)") continue;
    const fg = rgb(style.color), bg = backdrop(el);
    if (!fg || !bg) continue;
    const a = luminance(fg), b = luminance(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) problems.push("contrast " + ratio.toFixed(2) + " < " + needed + " on " + el.tagName.toLowerCase() + ' "' + node.textContent.trim().slice(0, 30) + '" (' + style.color + " on " + JSON.stringify(bg) + ")");
  }
  return problems;
})();
"""

options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"]:
    options.add_argument(argument)
driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
browser = webdriver.Chrome(options=options, service=Service(driver_path))
browser.set_window_size(390, 844)
# Swapped-in markup makes elements stale while a wait looks at them: look again.
wait = WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException])
failures = []
step = 0


def page(name, error_page=False):
    """Screenshots the page at a phone's and a desktop's width, and audits it."""
    global step
    step += 1
    wait.until(lambda b: b.execute_script("return document.readyState") == "complete")
    for label, (width, height), scheme in (
        ("phone", (390, 844), "light"),
        ("desktop", (1280, 900), "light"),
        ("phone-dark", (390, 844), "dark"),
    ):
        browser.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        browser.set_window_size(width, height)
        time.sleep(0.2)
        height = browser.execute_script("return Math.min(document.documentElement.scrollHeight, 4000)")
        browser.set_window_size(width, max(height, 600))
        browser.save_screenshot(os.path.join(SHOTS, "%02d-%s-%s.png" % (step, name, label)))
        for problem in browser.execute_script(AUDIT):
            failures.append("%s (%s): %s" % (name, label, problem))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
    browser.set_window_size(390, 844)
    if not error_page and ("There is nothing at this address" in browser.page_source or "出错了" in browser.title):
        failures.append("%s: an error page at %s" % (name, browser.current_url))
    print("ok  %-22s %s" % (name, browser.current_url))


def field(name):
    return browser.find_element(By.CSS_SELECTOR, 'main [name="%s"]' % name)


def click(element):
    """Clicks an element after scrolling it to the middle of the screen (sticky bars cover the edges)."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def submit(form_selector):
    click(browser.find_element(By.CSS_SELECTOR, form_selector + ' button[type="submit"]'))


def expect(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL " + message)


handle = "e2e%d" % random.randint(100000, 999999)
title = "周末咖啡探店%d" % random.randint(10, 99)

browser.get(BASE + "/")
page("home-signed-out")
expect(len(browser.find_elements(By.CSS_SELECTOR, "[data-note]")) > 0, "the signed-out home page shows notes")
# Keyboard: the first Tab reaches "skip to content", and Enter takes focus past the header.
browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
expect(browser.switch_to.active_element.get_attribute("class") == "skip", "the first Tab stop skips to the content")
browser.switch_to.active_element.send_keys(Keys.ENTER)
expect(browser.execute_script("return document.activeElement.id") == "main", "skipping moves focus to the content")

# Sign up: the newcomer picks interests first.
browser.get(BASE + "/signup")
page("sign-up")
field("handle").send_keys(handle)
field("displayName").send_keys("小红薯测试")
field("password").send_keys("correct-horse-42")
submit("main form")
wait.until(EC.url_contains("/onboarding"))
page("onboarding")
for chip in browser.find_elements(By.CSS_SELECTOR, "label.pick")[:5]:
    click(chip)
submit("main form.onboarding")
wait.until(lambda b: b.current_url.rstrip("/") == BASE)
page("home-feed")
cards = browser.find_elements(By.CSS_SELECTOR, "[data-note]")
expect(len(cards) >= 10, "the feed shows a page of notes (%d)" % len(cards))
browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
try:
    WebDriverWait(browser, 10).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, "[data-note]")) > len(cards))
except Exception:
    failures.append("scrolling to the end of the feed loads more notes")

# Post a note in Chinese.
browser.get(BASE + "/notes/new")
page("new-note")
field("title").send_keys(title)
field("body").send_keys("武康路的小店，拿铁很香，窗边的位置适合发呆。推荐给喜欢安静的朋友 #咖啡")
field("topics").send_keys("#城市漫步")
click(browser.find_elements(By.CSS_SELECTOR, 'main input[name="tagIds"]')[0])
field("placeName").send_keys("武康路")
field("placeCity").send_keys("上海")
submit("main form")
wait.until(EC.url_contains("/notes/"))
page("note")
expect(title in browser.find_element(By.TAG_NAME, "h1").text, "the note page shows the title")
note_url = browser.current_url

# It is on the home page.
browser.get(BASE + "/")
expect(title in browser.find_element(By.CSS_SELECTOR, ".yours").text, "the new note is on the home page")
page("home-with-note")

# Like it (no reload) and comment.
browser.get(note_url)
like = browser.find_element(By.CSS_SELECTOR, "#note-actions form.inline button")
click(like)
wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#note-actions button[aria-pressed]").get_attribute("aria-pressed") == "true")
expect(browser.current_url == note_url, "liking stays on the page")
expect("已赞" in browser.find_element(By.ID, "toast").get_attribute("textContent"), "a toast says it is liked")
field("body").send_keys("我也去过，推荐他们的手冲！")
submit("main form.comment-form")
wait.until(lambda b: "我也去过" in b.page_source)
# Reply inline: the reply form opens under the comment and the thread updates in place.
click(browser.find_element(By.CSS_SELECTOR, "#comments details summary"))
reply = browser.find_element(By.CSS_SELECTOR, "#comments details[open] textarea")
reply.send_keys("谢谢推荐，周末就去")
click(browser.find_element(By.CSS_SELECTOR, '#comments details[open] button[type="submit"]'))
wait.until(lambda b: "谢谢推荐" in b.find_element(By.ID, "comments").text)
expect(browser.current_url.split("#")[0] == note_url, "commenting and replying stay on the page")
page("note-liked-commented")

# Search for it.
box = browser.find_element(By.CSS_SELECTOR, 'header input[name="q"]')
box.send_keys(title)
box.submit()
wait.until(EC.url_contains("/search"))
expect(title in browser.page_source, "search finds the note")
page("search")

# Open a product and buy it.
browser.get(BASE + "/shop")
page("shop")
click(browser.find_elements(By.CSS_SELECTOR, 'main a[href^="/products/"]')[0])
wait.until(EC.url_contains("/products/"))
page("product")
submit("main form.buy")
wait.until(lambda b: "已加入购物车" in b.page_source or "/cart" in b.current_url)
browser.get(BASE + "/cart")
page("cart")
submit("main form.checkout")
wait.until(EC.url_contains("/orders/"))
page("order-to-pay")
field("card").send_keys("4242424242424242")
submit("main form.pay")
wait.until(lambda b: "paid" in b.page_source.lower() or "已支付" in b.page_source)
page("order-paid")

# The other pages a signed-in person sees, each audited.
profile = browser.find_element(By.CSS_SELECTOR, 'header a[href^="/users/"]').get_attribute("href")
for name, path in (
    ("profile", profile), ("following", "/?tab=following"), ("nearby", "/?tab=nearby&city=%E4%B8%8A%E6%B5%B7"),
    ("tags", "/tags"), ("boards", "/boards"), ("notifications", "/notifications"), ("orders", "/orders"),
    ("console", "/console"), ("search-products", "/search?q=%E5%92%96%E5%95%A1&type=product"),
):
    browser.get(path if path.startswith("http") else BASE + path)
    page(name)
# A shop of one's own: its dashboard, and what it spent on a search query recorded there.
browser.get(BASE + "/console")
field("name").send_keys("山茶花茶社")
submit('main form[action="/console/brands"]')
wait.until(EC.url_matches(r"/console/brands/[0-9]+$"))
browser.get(browser.current_url + "/insights")
page("insights")
browser.find_element(By.CSS_SELECTOR, 'main select[name="dimension"] option[value="query"]').click()
field("key").send_keys("茶杯推荐")
field("amount").send_keys("88.50")
browser.execute_script("arguments[0].value = arguments[1]", field("day"), time.strftime("%Y-%m-%d", time.gmtime()))
submit('main form[action$="/insights/spend"]')
wait.until(lambda b: "茶杯推荐" in b.page_source and "¥88.50" in b.page_source)
page("insights-spend")
browser.get(BASE + "/")
why = browser.find_elements(By.CSS_SELECTOR, 'a[href^="/feed/why/"]')
if why:
    browser.get(why[0].get_attribute("href"))
    page("why")
browser.get(BASE + "/tags")
tag = browser.find_elements(By.CSS_SELECTOR, 'main a[href^="/tags/"]')
if tag:
    browser.get(tag[0].get_attribute("href"))
    page("tag")

# Log out.
click(browser.find_element(By.CSS_SELECTOR, 'header form[action="/logout"] button'))
wait.until(lambda b: len(b.find_elements(By.CSS_SELECTOR, 'header a[href="/signup"]')) > 0)
page("logged-out")

browser.get(BASE + "/no-such-page")
page("not-found", error_page=True)
expect("回到首页" in browser.page_source, "the 404 page offers the way home")
browser.quit()

# Each page is audited at two sizes: report each problem once.
unique = list(dict.fromkeys(failures))
if unique:
    print("\n%d problem(s):" % len(unique))
    for failure in unique:
        print("  - " + failure)
    sys.exit(1)
print("\nThe journey passed; screenshots in " + SHOTS)
