// Site search box: Pagefind (one index per language) behind an accessible, keyboard-first UI.
// Loaded on first use by the inline loader in partials/site-search.html.

const MAX_RESULTS = 8;

// Lower-case, strip accents and ligatures: how we compare what readers type with known names.
const fold = (text) =>
  text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[’']/g, "'");

// A title reduced to its words, without a leading article: "Les maladies" -> "maladies".
const bareTitle = (text) => fold(text).replace(/^(les?|la|l'|the)\s*/, "").replace(/[^\w' -]/g, "").trim();

// Pages whose title is exactly the query come first (Pagefind ranks by word frequency, so a
// section named like the query can fall behind pages that repeat its words).
const titleFirst = (data, query) => {
  const wanted = bareTitle(query);
  return [...data.filter((d) => bareTitle(d.meta.title || "") === wanted),
    ...data.filter((d) => bareTitle(d.meta.title || "") !== wanted)];
};

// Damerau-Levenshtein distance (optimal string alignment) between two short strings.
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

// The known name closest to a query (whole name or one of its words), if close enough.
function suggest(query, names) {
  const q = fold(query.trim());
  if (q.length < 4) return null;
  let best = null;
  for (const entry of names) {
    for (const candidate of [entry.name, ...entry.name.split(/[\s'’-]+/)]) {
      const c = fold(candidate);
      if (c.length < 4) continue;
      const score = distance(q, c);
      const limit = q.length >= 8 ? 2 : 1;
      if (score > 0 && score <= limit && (!best || score < best.score)) {
        best = { ...entry, match: candidate, score };
      }
    }
  }
  return best;
}

// True if every word of the query is a known word of some name, plural or possessive "s"
// aside (then no suggestion is needed).
function known(query, names) {
  const words = new Set(names.flatMap((e) => fold(e.name).split(/[\s'-]+/)));
  return fold(query).split(/[\s'-]+/)
    .every((w) => w.length < 4 || words.has(w) || words.has(w.replace(/s$/, "")));
}

export async function start(box) {
  const base = box.dataset.base;
  const strings = JSON.parse(box.dataset.strings);
  const input = box.querySelector("input");
  const panel = box.querySelector(".aim-search__panel");
  const status = box.querySelector(".aim-search__status");
  const list = box.querySelector(".aim-search__results");
  const root = new URL(base + "/", location.href);

  const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
  await pagefind.options({ baseUrl: root.pathname, excerptLength: 18 });
  pagefind.init();
  let names = [];
  fetch(new URL(`assets/search/names.${box.dataset.lang}.json`, root))
    .then((r) => (r.ok ? r.json() : []))
    .then((data) => { names = data; })
    .catch(() => {});

  let generation = 0;

  const open = (visible) => {
    panel.hidden = !visible;
  };

  const links = () => [...list.querySelectorAll("a")];

  // One result: title, page type and an excerpt with the match highlighted.
  const render = (data) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.className = "aim-search__hit";
    link.href = data.url;
    const title = document.createElement("span");
    title.className = "aim-search__title";
    title.textContent = data.meta.title || data.url;
    const type = document.createElement("span");
    type.className = "aim-search__type";
    type.textContent = data.meta.type || "";
    const excerpt = document.createElement("span");
    excerpt.className = "aim-search__excerpt";
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
    link.append(title, type, excerpt);
    item.append(link);
    return item;
  };

  const say = (html) => { status.innerHTML = html; };
  const quote = (text) => strings.quote.replace("{}", text.replace(/[<>&]/g, ""));

  // Search and show the results for a query (latest query wins).
  const run = async (query) => {
    const mine = ++generation;
    const q = query.trim();
    if (q.length < 2) { list.replaceChildren(); say(""); open(false); return; }
    const search = await pagefind.search(q);
    let results = search.results;
    let shownFor = q;
    const suggestion = known(q, names) ? null : suggest(q, names);
    if (suggestion) {
      // A likely typo of a known name: that name's pages first, then what the query matched.
      const better = await pagefind.search(suggestion.match);
      const seen = new Set(better.results.map((r) => r.id));
      results = [...better.results, ...results.filter((r) => !seen.has(r.id))];
      if (search.results.length === 0) shownFor = suggestion.match;
    }
    const data = titleFirst(await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data())), q);
    if (mine !== generation) return;
    list.replaceChildren(...data.map(render));
    open(true);
    if (data.length === 0) {
      say(`${strings.no_results.replace("{}", quote(q))} ${strings.no_results_help
        .replace("{overview}", `<a href="${new URL(strings.overview_path, root)}">${strings.overview}</a>`)
        .replace("{home}", `<a href="${new URL(strings.home_path, root)}">${strings.home}</a>`)}`);
    } else if (shownFor !== q) {
      say(strings.showing_for.replace("{}", quote(q)).replace("{suggestion}", quote(shownFor)));
    } else if (suggestion) {
      say(`${strings.count.replace("{}", data.length)} <button type="button" class="aim-search__suggest">${strings.did_you_mean.replace("{}", quote(suggestion.match))}</button>`);
      status.querySelector("button").addEventListener("click", () => {
        input.value = suggestion.match;
        run(suggestion.match);
        input.focus();
      });
    } else {
      say(strings.count.replace("{}", data.length));
    }
    box.dataset.shown = q; // lets tests (and styles) know which query is on screen
  };

  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 120);
  });

  // Keyboard: arrows move between the box and results, Enter opens, Escape closes.
  box.addEventListener("keydown", (event) => {
    const items = links();
    const index = items.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      items[Math.min(index + 1, items.length - 1)].focus();
    } else if (event.key === "ArrowUp" && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : items[index - 1]).focus();
    } else if (event.key === "Enter" && event.target === input && items.length) {
      event.preventDefault();
      items[0].click();
    } else if (event.key === "Escape") {
      open(false);
      input.focus();
    }
  });

  document.addEventListener("click", (event) => {
    if (!box.contains(event.target)) open(false);
  });
  input.addEventListener("focus", () => { if (list.children.length) open(true); });

  if (input.value) run(input.value);
}
