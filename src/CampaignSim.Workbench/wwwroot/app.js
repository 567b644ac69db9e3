// The committee's workbench. Plain script, no libraries: every value from the server or the user is put into the
// page as text (textContent); the report sections arrive as HTML already escaped by the report renderer.
"use strict";

const token = new URLSearchParams(location.search).get("token");
const WEIGHTS = [
  ["wages", "Higher wages", 1],
  ["demands", "More demands won", 1],
  ["safety", "Fewer firings", 1],
  ["control", "More decisions made by workers", 0.5],
  ["cost", "Lower cost (dues and organizer hours)", 0.5],
];
// The smallest difference that matters on each criterion (docs/cli.md § How the ranking works): key, label, unit, default,
// largest value allowed, step. The defaults are DifferencesThatMatter's.
const MATTER = [
  ["wages", "Wage rise", "points", 0.25, 100, 0.05],
  ["demands", "Demands won", "demands", 0.1, 100, 0.05],
  ["safety", "Chance of a firing", "percentage points", 5, 100, 1],
  ["control", "Decisions made by workers", "percentage points", 5, 100, 1],
  ["cost", "Cost", "$ per worker per year", 25, 100000, 5],
];
const FILES = ["report.html", "report.md", "summary.json", "runs.csv", "weekly.csv", "manifest.json", "scenario.yaml"];

const state = {
  scenario: null,     // shipped scenario name, or null when text is used
  yaml: null,         // scenario text in use when not a shipped scenario
  shippedYaml: "",
  fields: [],
  changes: {},        // path -> value the committee set (becomes --set path=value)
  weights: Object.fromEntries(WEIGHTS.map(([k, , v]) => [k, v])),
  matter: Object.fromEntries(MATTER.map(([k, , , v]) => [k, v])),
  current: null,      // id of the comparison shown
  view: null,
  pinned: null,       // {id, view}
  poll: null,
  startSequence: 0,
  shownSummarized: -1,
  shownWeights: "",
  shownMatter: "",
};

// Measurements read by the end-to-end tests and docs/performance.md.
window.workbench = { lastRerankMs: null, rerankCount: 0, comparisonsStarted: 0, firstResultMs: null, state };

const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (token) headers["X-Workbench-Token"] = token;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, Object.assign({}, options, { headers }));
  let data = null;
  try { data = await response.json(); } catch { data = null; }
  return { ok: response.ok, status: response.status, data };
}

function withToken(url) {
  return token ? url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token) : url;
}

function weightsText(w = state.weights) {
  return WEIGHTS.map(([k]) => `${k}=${w[k]}`).join(",");
}

function matterText(m = state.matter) {
  return MATTER.map(([k]) => `${k}=${m[k]}`).join(",");
}

function sets() {
  return Object.entries(state.changes).map(([path, value]) => `${path}=${value}`);
}

function scenarioBody() {
  const body = { sets: sets() };
  if (state.yaml !== null) body.yaml = state.yaml; else body.scenario = state.scenario;
  return body;
}

function element(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// ---- the workplace -----------------------------------------------------------------------------

async function loadScenarios() {
  const { ok, data } = await api("api/scenarios");
  const select = $("scenario");
  if (!ok) { $("progress-text").textContent = data?.message ?? "The shipped scenarios could not be read."; return; }
  for (const s of data) select.append(element("option", { value: s.name, text: `${s.title} (${s.name})` }));
  select.append(element("option", { value: "", text: "My own scenario text" }));
  select.addEventListener("change", () => {
    if (select.value) chooseScenario(select.value);
    else { $("yaml-box").open = true; $("yaml").focus(); }
  });
  const first = data.find((s) => s.name === "hospital-stewards") ?? data[0];
  if (first) { select.value = first.name; await chooseScenario(first.name); }
}

async function chooseScenario(name) {
  const { ok, data } = await api("api/scenarios/" + encodeURIComponent(name));
  if (!ok) { showMessage(data); return; }
  state.scenario = name;
  state.yaml = null;
  state.shippedYaml = data.yaml;
  state.changes = {};
  $("yaml").value = data.yaml;
  $("scenario-summary").textContent = data.title;
  $("yaml-status").textContent = "";
  await checkAndRun();
}

async function useText(text) {
  state.yaml = text;
  state.changes = {};
  $("scenario").value = "";
  await checkAndRun();
}

async function checkAndRun() {
  const { ok, status, data } = await api("api/scenario/check", { method: "POST", body: JSON.stringify(scenarioBody()) });
  if (!ok) {
    showProblems(status, data);
    return;
  }
  hideProblems();
  $("scenario-summary").textContent = data.name;
  if (state.yaml !== null) $("yaml-status").textContent = "The text is valid and in use.";
  renderFields(data.fields);
  await startComparison();
}

function hideProblems() {
  $("problems").hidden = true;
  $("problem-list").replaceChildren();
  $("problem-lines").replaceChildren();
}

function showMessage(data) {
  $("progress-text").textContent = data?.message ?? "Something went wrong.";
}

function showProblems(status, data) {
  const list = $("problem-list");
  list.replaceChildren();
  $("problem-lines").replaceChildren();
  const problems = data?.problems ?? [{ line: 0, column: 0, message: data?.message ?? `The workbench answered ${status}.`, text: data?.message ?? "" }];
  for (const p of problems) {
    const where = p.line > 0 ? `Line ${p.line}, column ${p.column}` : (p.file === "(--set)" || p.file === "--set" ? "Setting" : "");
    list.append(element("li", { text: (where ? where + ": " : "") + (p.path ? p.path + ": " : "") + p.message }));
  }
  const text = state.yaml ?? $("yaml").value;
  const byLine = new Map();
  for (const p of problems) if (p.line > 0 && (p.file === "scenario.yaml" || state.yaml === null)) {
    if (!byLine.has(p.line)) byLine.set(p.line, []);
    byLine.get(p.line).push(p);
  }
  const pre = $("problem-lines");
  text.split("\n").forEach((line, i) => {
    const n = i + 1;
    const row = element("span", { class: byLine.has(n) ? "line bad" : "line" }, [
      element("span", { class: "ln", "aria-hidden": "true", text: String(n).padStart(4) + "  " }), line + "\n"]);
    pre.append(row);
    for (const p of byLine.get(n) ?? []) {
      pre.append(element("span", { class: "msg", text: `      ${" ".repeat(Math.max(0, p.column - 1))}^ line ${n}: ${p.message}\n` }));
    }
  });
  $("problems").hidden = false;
  const firstBad = pre.querySelector(".bad");
  if (firstBad) pre.scrollTop = Math.max(0, firstBad.offsetTop - pre.offsetTop - 40);
  $("progress-text").textContent = data?.message ?? "The scenario has problems; nothing was run.";
}

// ---- the settings form, generated from the schema ---------------------------------------------------

function renderFields(fields) {
  state.fields = fields;
  const form = $("settings");
  form.replaceChildren();
  const groups = new Map();
  for (const f of fields) {
    if (!groups.has(f.group)) {
      const fieldset = element("fieldset", {}, [element("legend", { text: f.group })]);
      groups.set(f.group, fieldset);
      form.append(fieldset);
    }
    groups.get(f.group).append(control(f));
  }
}

function controlId(path) {
  return "f-" + path.replace(/[^A-Za-z0-9]/g, "-");
}

function control(f) {
  const id = controlId(f.path);
  const value = state.changes[f.path] ?? f.value;
  const wrap = element("div", { class: "field" });
  const hintId = id + "-hint";
  const range = f.range ? `allowed ${f.range}` : (f.choices.length ? `one of ${f.choices.join(", ")}` : "");
  if (f.kind === "choice") {
    const select = element("select", { id, "aria-describedby": hintId });
    for (const c of f.choices) select.append(element("option", { value: c, text: c }));
    select.value = value;
    select.addEventListener("change", () => changed(f, select.value));
    wrap.append(element("label", { for: id, text: f.label }), select);
  } else if (f.kind === "flag") {
    const box = element("input", { type: "checkbox", id, "aria-describedby": hintId });
    box.checked = value === "true";
    box.addEventListener("change", () => changed(f, box.checked ? "true" : "false"));
    wrap.append(element("div", { class: "check" }, [box, element("label", { for: id, text: f.label })]));
  } else {
    // A slider for a bounded range; a number box when the range is too wide to set by dragging (workers: 2–100,000).
    const type = f.kind === "whole" && f.max - f.min > 1000 ? "number" : "range";
    const input = element("input", { type, id, min: String(f.min), max: String(f.max), step: String(f.step), "aria-describedby": hintId });
    input.value = value;
    const out = element("output", { for: id, id: id + "-value", text: value });
    input.addEventListener("input", () => { out.textContent = input.value; });
    input.addEventListener("change", () => changed(f, input.value));
    wrap.append(element("label", { for: id }, [f.label + " ", out]), input);
  }
  wrap.append(element("p", { class: "hint small", id: hintId, text: `${range}${range ? "; " : ""}in the file: ${f.value}. Key: ${f.path}` }));
  return wrap;
}

const rerunSoon = debounce(() => startComparison(), 50);

function changed(field, value) {
  if (String(value) === String(field.value)) delete state.changes[field.path];
  else state.changes[field.path] = value;
  rerunSoon();
}

// ---- comparisons -------------------------------------------------------------------------------------

async function startComparison() {
  const runs = Number($("runs").value) || 200;
  const seed = Number($("seed").value) || 0;
  const body = Object.assign(scenarioBody(), { runs, seed, weights: state.weights, matter: state.matter });
  const key = JSON.stringify(Object.assign({}, body, { weights: null, matter: null }));
  // The same inputs as the comparison shown (a repeated change event): nothing new to run.
  if (key === state.currentKey && state.view && (state.view.state === "running" || state.view.state === "done")) return;
  state.currentKey = key;
  body.replaces = state.current;
  window.workbench.comparisonsStarted++;
  const sequence = ++state.startSequence;
  const started = performance.now();
  const { ok, status, data } = await api("api/comparisons", { method: "POST", body: JSON.stringify(body) }).catch(error => ({ ok: false, status: 0, data: { message: `The workbench did not answer (${error}); change a setting to try again.` } }));
  // A later change started another comparison while this request was on its way (a busy server can
  // answer out of order): this one is no longer what the page shows, so stop it.
  if (sequence !== state.startSequence) {
    if (ok && data?.id) api(`api/comparisons/${data.id}`, { method: "DELETE" }).catch(() => {});
    return;
  }
  if (!ok) {
    state.currentKey = null;
    if (data?.problems) showProblems(status, data); else showMessage(data);
    return;
  }
  hideProblems();
  state.current = data.id;
  state.shownSummarized = -1;
  state.startedAt = started;
  window.workbench.firstResultMs = null;
  render(data);
  schedulePoll();
}

function schedulePoll() {
  clearTimeout(state.poll);
  state.poll = setTimeout(poll, state.view && state.view.summarized > 0 ? 250 : 80);
}

async function poll() {
  const id = state.current;
  if (!id) return;
  const weights = weightsText();
  const matter = matterText();
  const have = state.view && state.view.id === id && state.shownWeights === weights && state.shownMatter === matter ? state.shownSummarized : -1;
  const { ok, status, data } = await api(`api/comparisons/${id}?weights=${encodeURIComponent(weights)}&matter=${encodeURIComponent(matter)}&have=${have}`)
    .catch(error => ({ ok: false, status: 0, data: { message: `The workbench did not answer (${error}); trying again.` } }));
  if (id !== state.current) return;
  if (!ok) {
    showMessage(data);
    // A busy or briefly unreachable server: keep asking, more slowly. A comparison the server no
    // longer knows (404) or a refused request (4xx) will not come back.
    if (status === 0 || status >= 500) { clearTimeout(state.poll); state.poll = setTimeout(poll, 1000); }
    return;
  }
  render(data);
  if (data.state === "running") schedulePoll();
}

function render(view) {
  if (view.unchanged) view = Object.assign({}, view, { ranking: state.view.ranking, sections: state.view.sections, answer: state.view.answer });
  state.view = view;
  const progress = $("progress");
  progress.max = Math.max(1, view.runsTotal);
  progress.value = view.runsDone;
  const perModel = view.runsTotal ? Math.floor(view.runsDone * view.runs / view.runsTotal) : 0;
  const words = {
    running: view.summarized > 0
      ? `Running: ${perModel} of ${view.runs} campaigns per model; the results below use the first ${view.summarized} and sharpen as runs finish.`
      : `Running: ${perModel} of ${view.runs} campaigns per model; first results in a moment.`,
    done: `Done: ${view.runs} campaigns per model in ${(view.finishedMs / 1000).toFixed(1)} s.`,
    cancelled: "Stopped: a newer change replaced these runs, or they were stopped.",
    failed: `Failed: ${view.error}`,
  };
  $("progress-text").textContent = words[view.state] ?? view.state;
  $("results").dataset.state = view.state;
  $("results").dataset.summarized = String(view.summarized);
  $("command").textContent = view.command;
  if (view.summarized > 0 && window.workbench.firstResultMs === null && state.startedAt) {
    window.workbench.firstResultMs = performance.now() - state.startedAt;
  }
  const weightsNow = view.weights;
  if (view.summarized !== state.shownSummarized || weightsNow !== state.shownWeights || view.matter !== state.shownMatter) {
    renderRanking(view);
    renderSections(view);
    renderStoryChoices(view);
    state.shownSummarized = view.summarized;
    state.shownWeights = weightsNow;
    state.shownMatter = view.matter;
  }
  renderDownloads(view);
  updateWhatIf();
}

// The answer and the ranking. Every number arrives formatted by the server as the report formats it (bestIn, scoreText), so
// the table, the sentence under it and the downloaded files never round the same number two ways. While runs are still to
// come the server sends "Preliminary: 20 of 200 runs per model." and names no winner unless the resamples are decisive;
// the answer and the table are then marked and styled as preliminary.
function renderRanking(view) {
  const table = $("ranking");
  const body = table.querySelector("tbody");
  const preliminary = view.preliminary ?? "";
  const tied = view.ranking.filter((r) => r.first).length > 1;
  body.replaceChildren();
  for (const r of view.ranking) {
    const swatch = element("span", { class: "swatch", "aria-hidden": "true" });
    swatch.dataset.color = r.color;
    const name = [swatch, element("span", { text: r.name })];
    if (tied && r.first && !preliminary) name.push(element("span", { class: "tag", text: " tied for first" }));
    body.append(element("tr", { "data-model": r.model, "data-first": String(r.first) }, [
      element("td", { text: String(r.rank) }),
      element("td", {}, name),
      element("td", { class: "num", text: r.scoreText }),
      element("td", { class: "num", text: r.bestIn }),
    ]));
  }
  for (const s of body.querySelectorAll(".swatch")) s.style.setProperty("background-color", s.dataset.color);
  table.classList.toggle("preliminary", preliminary !== "");
  table.dataset.preliminary = preliminary;
  const note = $("preliminary");
  note.textContent = preliminary ? preliminary + " These numbers will change as the remaining runs finish." : "";
  note.hidden = !preliminary;
  const answer = $("answer");
  answer.textContent = view.answer ?? "";
  answer.classList.toggle("preliminary", preliminary !== "");
}

const OPEN = ["The answer", "Ranking", "Outcomes", "Over time"];

function renderSections(view) {
  const box = $("sections");
  const open = new Set([...box.querySelectorAll("details[open]")].map((d) => d.dataset.title));
  box.replaceChildren();
  for (const s of view.sections) {
    const isOpen = open.size ? open.has(s.title) : OPEN.some((t) => s.title.startsWith(t));
    const details = element("details", { class: "section" });
    details.dataset.title = s.title;
    details.open = isOpen;
    const content = element("div", { class: "section-body" });
    content.innerHTML = s.html; // escaped by the report renderer on the server
    details.append(element("summary", {}, [element("h2", { text: s.title })]), content);
    box.append(details);
  }
}

function renderStoryChoices(view) {
  if (view.models.length === 0) return;
  const select = $("story-model");
  const chosen = select.value;
  select.replaceChildren();
  for (const m of view.models) select.append(element("option", { value: m, text: m }));
  if (view.models.includes(chosen)) select.value = chosen;
  $("story-run").max = String(view.runs - 1);
}

function renderDownloads(view) {
  const list = $("downloads");
  list.replaceChildren();
  for (const name of FILES) {
    if (view.state === "done") {
      const href = withToken(`api/comparisons/${view.id}/files/${name}?weights=${encodeURIComponent(view.weights)}&matter=${encodeURIComponent(view.matter)}`);
      list.append(element("li", {}, [element("a", { href, download: name, text: name })]));
    } else {
      list.append(element("li", { text: `${name} (when every run has finished)` }));
    }
  }
}

// ---- weights: re-rank without new runs -----------------------------------------------------------------

function renderWeights() {
  const box = $("weights");
  for (const [key, label] of WEIGHTS) {
    const id = "w-" + key;
    const input = element("input", { type: "range", id, min: "0", max: "3", step: "0.1" });
    input.value = String(state.weights[key]);
    const out = element("output", { for: id, text: String(state.weights[key]) });
    input.addEventListener("input", () => {
      out.textContent = input.value;
      state.weights[key] = Number(input.value);
      rerank(performance.now());
    });
    box.append(element("div", { class: "field" }, [element("label", { for: id }, [label + " ", out]), input]));
  }
}

// The smallest difference that matters on each criterion: a number box each, in the criterion's own unit. A change re-ranks
// the same runs, as a weight does; a value out of range gets the server's message beside the boxes and nothing is re-ranked.
function renderMatter() {
  const box = $("matter");
  for (const [key, label, unit, value, max, step] of MATTER) {
    const id = "m-" + key;
    const input = element("input", { type: "number", id, min: "0", max: String(max), step: String(step), "aria-describedby": "matter-status" });
    input.value = String(value);
    input.addEventListener("change", () => {
      const number = Number(input.value);
      if (input.value.trim() === "" || !Number.isFinite(number) || number < 0 || number > max) {
        $("matter-status").textContent = `${label}: give a number from 0 to ${max.toLocaleString("en-US")} (${unit}).`;
        return;
      }
      $("matter-status").textContent = "";
      state.matter[key] = number;
      rerank(performance.now());
    });
    box.append(element("div", { class: "field" }, [element("label", { for: id, text: `${label} (${unit})` }), input]));
  }
}

let rankSeq = 0;
async function rerank(started) {
  if (!state.current || !state.view || state.view.summarized === 0) return;
  const seq = ++rankSeq;
  const { ok, data } = await api(`api/comparisons/${state.current}/rank`, { method: "POST", body: JSON.stringify({ weights: state.weights, matter: state.matter }) });
  if (seq !== rankSeq) return;
  if (!ok) { $("matter-status").textContent = data?.message ?? "The ranking could not be redone."; return; }
  renderRanking(data);
  window.workbench.lastRerankMs = performance.now() - started;
  window.workbench.rerankCount++;
  $("ranking").dataset.rerankMs = window.workbench.lastRerankMs.toFixed(0);
  // The report sections (bottom line, ranking tables) under the new weights follow: same runs, nothing simulated.
  poll();
}

// ---- one campaign's story -------------------------------------------------------------------------------

async function readStory() {
  if (!state.current) return;
  const model = $("story-model").value;
  const run = Number($("story-run").value) || 0;
  const box = $("story");
  box.replaceChildren(element("p", { text: "Simulating the campaign…" }));
  const { ok, data } = await api(`api/comparisons/${state.current}/story?model=${encodeURIComponent(model)}&replication=${run}`);
  if (!ok) { box.replaceChildren(element("p", { class: "error", text: data?.message ?? "The story could not be made." })); return; }
  const timeline = element("div", { class: "timeline" });
  timeline.innerHTML = data.timeline; // escaped by the report renderer
  const story = element("div", { class: "story-text" });
  story.innerHTML = data.story;
  box.replaceChildren(
    element("h3", { text: `${data.name}, run ${data.replication} (seed ${data.seed})` }),
    element("p", { class: "hint" }, ["Same as: ", element("code", { text: data.command })]),
    timeline,
    element("details", { open: true }, [element("summary", { text: "The story, week by week" }), story]));
}

// ---- what-if -------------------------------------------------------------------------------------------

function pin() {
  if (!state.view || state.view.summarized === 0) return;
  state.pinned = { id: state.current, view: state.view };
  $("unpin").hidden = false;
  $("whatif").hidden = false;
  $("pinned-command").textContent = "Pinned: " + state.view.command;
  fillRanking($("pinned-ranking"), state.view.ranking);
  $("whatif-body").replaceChildren(element("p", { class: "hint", text: "Change one setting: the new result appears beside the pinned one, with the paired differences." }));
}

function unpin() {
  state.pinned = null;
  $("unpin").hidden = true;
  $("whatif").hidden = true;
}

function fillRanking(list, ranking) {
  list.replaceChildren(...ranking.map((r) => element("li", { text: `${r.name}${r.pBest === null ? "" : ` (best in ${r.bestIn})`}` })));
}

let whatIfFor = null;
async function updateWhatIf() {
  if (!state.pinned || !state.view) return;
  fillRanking($("current-ranking"), state.view.ranking);
  const key = `${state.pinned.id}/${state.view.id}/${state.view.summarized}`;
  if (state.view.id === state.pinned.id || state.view.state !== "done" || whatIfFor === key) return;
  whatIfFor = key;
  const { ok, data } = await api(`api/whatif?before=${state.pinned.id}&after=${state.view.id}`);
  const body = $("whatif-body");
  if (!ok) { body.replaceChildren(element("p", { text: data?.message ?? "No what-if for these two." })); return; }
  body.replaceChildren(element("p", { text: "What changed: " + data.changes.join("; ") + "." }));
  for (const s of data.sections) {
    const div = element("div");
    div.innerHTML = s.html; // escaped by the report renderer
    body.append(element("h3", { text: s.title }), div);
  }
}

// ---- wiring --------------------------------------------------------------------------------------------

function wire() {
  $("yaml-apply").addEventListener("click", () => useText($("yaml").value));
  $("yaml-reset").addEventListener("click", () => {
    const name = state.scenario ?? $("scenario").options[0]?.value;
    if (name) { $("scenario").value = name; chooseScenario(name); }
  });
  $("yaml-file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    if (file.size > 1024 * 1024) { $("yaml-status").textContent = "The file is larger than 1 MiB, the most a scenario file may be."; return; }
    const text = await file.text();
    $("yaml").value = text;
    await useText(text);
  });
  $("reset-settings").addEventListener("click", () => { state.changes = {}; renderFields(state.fields); startComparison(); });
  $("runs").addEventListener("change", () => startComparison());
  $("seed").addEventListener("change", () => startComparison());
  $("stop").addEventListener("click", async () => { if (state.current) await api(`api/comparisons/${state.current}`, { method: "DELETE" }); });
  $("pin").addEventListener("click", pin);
  $("unpin").addEventListener("click", unpin);
  $("print").addEventListener("click", () => window.print());
  $("story-go").addEventListener("click", readStory);
}

// Closing or leaving the page stops its runs, so they do not hold a place among the comparisons allowed at once.
window.addEventListener("pagehide", () => {
  if (state.current && state.view && state.view.state === "running") {
    const headers = token ? { "X-Workbench-Token": token } : {};
    fetch(`api/comparisons/${state.current}`, { method: "DELETE", keepalive: true, headers });
  }
});

wire();
renderWeights();
renderMatter();
loadScenarios();
