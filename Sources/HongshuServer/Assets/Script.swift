/// The little JavaScript the pages use, served at `/assets/app.js`. Progressive enhancement only: every page works
/// without it (links page, forms post). It loads the next page of a feed as the reader scrolls, reports which cards
/// were on screen (impressions), and fills in the reader's position for the nearby feed.
enum Script {
    static let js: StaticString = #"""
        (function () {
          "use strict";
          var meta = document.querySelector('meta[name="csrf"]');
          var csrf = meta ? meta.getAttribute("content") : "";
          var grid = document.querySelector("[data-feed]");
          var pending = [];
          var reported = {};

          function flush() {
            if (!pending.length || !grid) return;
            var body = new URLSearchParams();
            body.set("_csrf", csrf);
            body.set("tab", grid.getAttribute("data-feed"));
            body.set("notes", pending.splice(0, 50).join(","));
            if (navigator.sendBeacon) {
              navigator.sendBeacon("/feed/impressions", body);
            } else {
              fetch("/feed/impressions", { method: "POST", body: body, credentials: "same-origin", keepalive: true });
            }
          }

          var seen = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
              if (!entry.isIntersecting) return;
              var card = entry.target;
              var id = card.getAttribute("data-note");
              seen.unobserve(card);
              if (reported[id]) return;
              reported[id] = true;
              pending.push(id + ":" + card.getAttribute("data-position"));
            });
          }, { threshold: 0.5 }) : null;

          function watch(root) {
            if (!seen) return;
            root.querySelectorAll("[data-note]").forEach(function (card) { seen.observe(card); });
          }

          function more(link) {
            if (!("IntersectionObserver" in window) || !grid) return;
            var observer = new IntersectionObserver(function (entries) {
              if (!entries.some(function (entry) { return entry.isIntersecting; })) return;
              observer.disconnect();
              link.textContent = "加载中… Loading";
              var offset = grid.querySelectorAll("[data-note]").length;
              var url = link.getAttribute("href") + "&fragment=1&offset=" + offset;
              fetch(url, { credentials: "same-origin" }).then(function (response) {
                if (!response.ok) throw new Error(response.status);
                return response.text();
              }).then(function (html) {
                var holder = document.createElement("div");
                holder.innerHTML = html;
                var cards = holder.querySelectorAll("[data-note]");
                cards.forEach(function (card) { grid.appendChild(card); });
                watch(grid);
                var old = link.closest(".more");
                var next = holder.querySelector(".more");
                if (old && next) old.replaceWith(next); else if (old) old.remove();
                var again = next && next.querySelector("[data-more]");
                if (again) more(again);
              }).catch(function () {
                link.textContent = "加载更多 More";  // the link still works as a link
              });
            }, { rootMargin: "800px 0px" });
            observer.observe(link);
          }

          if (grid) {
            watch(grid);
            var link = document.querySelector("[data-more]");
            if (link) more(link);
            setInterval(flush, 3000);
            document.addEventListener("visibilitychange", function () {
              if (document.visibilityState === "hidden") flush();
            });
            window.addEventListener("pagehide", flush);
          }

          var locate = document.querySelector("[data-locate]");
          if (locate && navigator.geolocation) {
            locate.hidden = false;
            locate.addEventListener("click", function () {
              var form = locate.form;
              navigator.geolocation.getCurrentPosition(function (position) {
                form.elements.lat.value = position.coords.latitude.toFixed(5);
                form.elements.lon.value = position.coords.longitude.toFixed(5);
                form.elements.city.value = "";
                form.submit();
              });
            });
          }

          // A short message in the page's live region (screen readers read it too).
          var toastTimer = null;
          function toast(text) {
            var box = document.getElementById("toast");
            if (!box) return;
            box.textContent = text;
            box.classList.add("shown");
            clearTimeout(toastTimer);
            toastTimer = setTimeout(function () { box.classList.remove("shown"); }, 2200);
          }

          // Forms inside a [data-swap] region (like, collect, follow, comments and replies) post without leaving the page: the page the
          // server answers with is read, and the region's new markup takes the old one's place. Without this
          // script (or if anything fails) the form posts as usual.
          document.addEventListener("submit", function (event) {
            var form = event.target;
            if (event.defaultPrevented) return;  // e.g. a confirm() the person declined
            var region = form.closest && form.closest("[data-swap]");
            if (!region || !region.id || !window.fetch || !window.DOMParser) return;
            event.preventDefault();
            var body = new URLSearchParams(new FormData(form, event.submitter || undefined));
            region.setAttribute("aria-busy", "true");
            fetch(form.action, { method: "POST", body: body, credentials: "same-origin" }).then(function (response) {
              if (!response.ok) throw new Error(response.status);
              return response.text();
            }).then(function (html) {
              var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
              if (!fresh) throw new Error("region missing");
              region.replaceWith(fresh);
              var button = fresh.querySelector("button");
              if (button) button.focus();
              toast(form.getAttribute("data-done") || "已更新 Done");
            }).catch(function () {
              region.removeAttribute("aria-busy");
              form.submit();
            });
          });

          document.addEventListener("toggle", function (event) {
            var opened = event.target;
            if (!opened.matches || !opened.matches("details.card-menu") || !opened.open) return;
            document.querySelectorAll("details.card-menu[open]").forEach(function (other) {
              if (other !== opened) other.open = false;
            });
          }, true);
        })();
        """#
}
