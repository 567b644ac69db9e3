// The committee's workbench. Plain script, no libraries: every value from the server or the user is put into the
// page as text (textContent); the report sections and charts arrive as HTML already escaped by the report renderer.
//
// What the page keeps (docs/workbench.md, "How it works"):
//   inputs   what decides the campaigns: the scenario (a shipped name, or text), the settings changed, runs and seed;
//   weights and matter   how the campaigns are ranked (re-ranking runs nothing);
//   history  one row per change, each with the comparison that answered it, so going back or comparing two rows reuses
//            their runs; the address bar holds the inputs, weights and matter, so Back, Forward and a shared link work.
"use strict";

const token = new URLSearchParams(location.search).get("token");
const WEIGHTS = [
  ["wages", "Higher wages", 1],
  ["demands", "More demands won", 1],
  ["safety", "Fewer firings", 1],
  ["control", "Decisions by workers", 0.5],
  ["cost", "Lower cost", 0.5],
];
// The smallest difference that matters on each criterion (docs/cli.md § How the ranking works): key, label, unit, default,
// largest value allowed. The defaults are DifferencesThatMatter's.
const MATTER = [
  ["wages", "Wage rise", "points", 0.25, 100],
  ["demands", "Demands won", "demands", 0.1, 100],
  ["safety", "Chance of a firing", "percentage points", 5, 100],
  ["control", "Decisions made by workers", "percentage points", 5, 100],
  ["cost", "Cost", "$ per worker per year", 25, 100000],
];
const FILES = [
  ["report.html", "the report, with charts, to open in a browser or print"],
  ["report.md", "the same report as text, to paste into a document"],
  ["summary.json", "every number, for a spreadsheet or a script"],
  ["runs.csv", "one row per simulated campaign"],
  ["weekly.csv", "committee size, participation and firings week by week"],
  ["manifest.json", "what was run, so that campaignsim verify can run it again"],
  ["scenario.yaml", "the scenario with the committee's changes written in: campaignsim compare scenario.yaml gives these numbers"],
];
const MAX_RUNS = 1000;
const SEED_MAX = 18446744073709551615n;
const DEFAULT_RUNS = 200;
const DEFAULT_SEED = "1";
const DEFAULT_WEIGHTS = Object.fromEntries(WEIGHTS.map(([k, , v]) => [k, v]));
const DEFAULT_MATTER = Object.fromEntries(MATTER.map(([k, , , v]) => [k, v]));

const state = {
  shipped: [],          // the shipped scenarios: {name, title, summary}
  models: {},           // id -> {name, shortName, summary, color}
  inputs: { scenario: null, yaml: null, changes: {}, runs: DEFAULT_RUNS, seed: DEFAULT_SEED },
  shippedYaml: "",
  fields: [],
  weights: Object.assign({}, DEFAULT_WEIGHTS),
  matter: Object.assign({}, DEFAULT_MATTER),
  errors: {},           // control id -> message, for settings that are not valid now
  current: null,        // id of the comparison shown
  view: null,
  poll: null,
  startSequence: 0,
  shownSummarized: -1,
  shownWeights: "",
  shownMatter: "",
  history: [],          // {n, id, inputs, weights, matter, label, headline, state}
  historyAt: -1,        // the row shown
  savedId: null,        // the kept comparison this page shows, when opened from one
  sweep: null,          // {id, view}
  robust: null,         // {id, started, savedFor}: the robustness check shown
  keptRobust: null,     // the kept check this page reopened: {savedUtc, answer}, to say whether running it again agreed
  serverPlaced: new Set(),  // control ids whose error came from the server
  lastChanged: [],      // the settings of the last change, beside which the server's refusal of it is shown
};

// Measurements read by the end-to-end tests and docs/performance.md.
window.workbench = { lastRerankMs: null, rerankCount: 0, comparisonsStarted: 0, reused: 0, firstResultMs: null, state };

const $ = (id) => document.getElementById(id);
const number = (n) => Number(n).toLocaleString("en-US");

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

const weightsText = (w = state.weights) => WEIGHTS.map(([k]) => `${k}=${w[k]}`).join(",");
const matterText = (m = state.matter) => MATTER.map(([k]) => `${k}=${m[k]}`).join(",");

function parsePairs(text, keys, into) {
  for (const part of (text || "").split(",")) {
    const [k, v] = part.split("=");
    if (keys.includes(k) && v !== undefined && v.trim() !== "" && Number.isFinite(Number(v)) && Number(v) >= 0) into[k] = Number(v);
  }
  return into;
}

// The settings as --set takes them, in the order of the form, so that the same settings always make the same request.
function sets(inputs = state.inputs) {
  const order = state.fields.map((f) => f.path);
  return Object.keys(inputs.changes)
    .sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b))
    .map((path) => `${path}=${inputs.changes[path]}`);
}

function scenarioBody(inputs = state.inputs) {
  const body = { sets: sets(inputs) };
  if (inputs.yaml !== null) body.yaml = inputs.yaml; else body.scenario = inputs.scenario;
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

const copy = (o) => JSON.parse(JSON.stringify(o));
const modelName = (id) => state.models[id]?.name ?? id;

// ---- checking what is typed ------------------------------------------------------------------------------
// Every value is checked here first, with a message beside its field that says what is allowed in plain words; the server
// checks again and its messages land in the same place.

const WHOLE = /^\s*-?\d+\s*$/;
const DECIMAL = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

function checkNumber(text, { label, whole, min, max }) {
  const range = max === undefined || max === null ? `${number(min)} or more` : `from ${number(min)} to ${number(max)}`;
  const expected = `${label}: give ${whole ? "a whole number" : "a number"} ${range}.`;
  if (!(whole ? WHOLE : DECIMAL).test(String(text))) return { error: expected };
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || (max !== undefined && max !== null && value > max)) return { error: expected };
  return { value: String(text).trim() };
}

function checkSeed(text) {
  const expected = "First seed: give a whole number, 0 or more (up to 18,446,744,073,709,551,615).";
  if (!/^\s*\d+\s*$/.test(String(text))) return { error: expected };
  const value = BigInt(String(text).trim());
  return value > SEED_MAX ? { error: expected } : { value: value.toString() };
}

function setError(id, message) {
  const input = $(id);
  const box = $(id + "-error");
  if (message) state.errors[id] = message; else delete state.errors[id];
  if (input) input.setAttribute("aria-invalid", message ? "true" : "false");
  if (box) box.textContent = message || "";
  showStale();
}

// The answer shown is greyed and marked out of date while any setting is wrong: it is for the settings before that change.
function showStale() {
  const ids = Object.keys(state.errors);
  const stale = $("stale");
  const panel = $("answer-panel");
  panel.classList.toggle("is-stale", ids.length > 0);
  $("results").classList.toggle("is-stale", ids.length > 0);
  if (ids.length === 0) { stale.hidden = true; stale.replaceChildren(); return; }
  const first = ids[0];
  const go = element("button", { type: "button", class: "small", text: "Go to it" });
  go.addEventListener("click", () => $(first)?.focus());
  stale.replaceChildren(`Out of date: fix the setting. ${state.errors[first]} The answer below is for the settings before it.`, go);
  stale.hidden = false;
}

// ---- the workplace -----------------------------------------------------------------------------

async function loadModels() {
  const { ok, data } = await api("api/models");
  if (!ok) return;
  for (const m of data) state.models[m.id] = m;
  const list = $("models");
  list.replaceChildren();
  for (const m of data) {
    const swatch = element("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.setProperty("background-color", m.color);
    list.append(element("div", {}, [element("dt", { id: "model-" + m.id }, [swatch, m.name]), element("dd", { text: m.summary })]));
  }
}

async function loadScenarios() {
  const { ok, data } = await api("api/scenarios");
  const select = $("scenario");
  if (!ok) { $("progress-text").textContent = data?.message ?? "The shipped scenarios could not be read."; return false; }
  state.shipped = data;
  for (const s of data) select.append(element("option", { value: s.name, text: s.title }));
  select.append(element("option", { value: "", text: "My own scenario text" }));
  select.addEventListener("change", () => {
    state.savedId = null;
    if (select.value) chooseScenario(select.value, {}, true);
    else { $("yaml-box").open = true; $("yaml").focus(); }
  });
  return true;
}

async function chooseScenario(name, changes = {}, record = true) {
  const { ok, data } = await api("api/scenarios/" + encodeURIComponent(name));
  if (!ok) { showMessage(data); return; }
  state.inputs.scenario = name;
  state.inputs.yaml = null;
  state.inputs.changes = Object.assign({}, changes);
  state.shippedYaml = data.yaml;
  $("scenario").value = name;
  $("yaml").value = data.yaml;
  $("scenario-summary").textContent = state.shipped.find((s) => s.name === name)?.summary ?? "";
  $("yaml-status").textContent = "";
  await checkAndRun(record);
}

async function useText(text, changes = {}, record = true) {
  state.inputs.yaml = text;
  state.inputs.changes = Object.assign({}, changes);
  $("scenario").value = "";
  $("yaml").value = text;
  await checkAndRun(record);
}

async function checkAndRun(record) {
  const { ok, status, data } = await api("api/scenario/check", { method: "POST", body: JSON.stringify(scenarioBody()) });
  if (!ok) {
    showProblems(status, data);
    return;
  }
  hideProblems();
  $("scenario-summary").textContent = (state.inputs.yaml !== null ? "Your text: " : "") + data.name;
  if (state.inputs.yaml !== null) $("yaml-status").textContent = "The text is valid and in use.";
  renderFields(data.fields);
  renderSweepChoices();
  await startComparison(record);
}

function hideProblems() {
  $("problems").hidden = true;
  $("problem-list").replaceChildren();
  $("problem-lines").replaceChildren();
}

function showMessage(data) {
  $("progress-text").textContent = data?.message ?? "Something went wrong.";
}

const normalPath = (path) => (path || "").replace(/^workplace\./, "workplaces[0].");

// Problems after a setting was changed on the page go beside that setting: the text was valid before, so the change is what
// does not fit (5 workers cannot hold the file's 10 committee members). Problems in the text are shown under their line.
function showProblems(status, data, changed = []) {
  const problems = data?.problems ?? [{ line: 0, column: 0, message: data?.message ?? `The workbench answered ${status}.`, text: data?.message ?? "" }];
  const fromSets = problems.filter((p) => p.file === "(--set)" || p.file === "--set");
  const cause = state.fields.find((f) => f.path === changed[0]);
  if (cause) {
    const said = problems.map((p) => {
      const path = (p.path || "").replace(/\s*\(.*$/, "");
      const field = state.fields.find((f) => normalPath(f.path) === normalPath(path));
      const what = field ? field.label : path.split(".").pop();
      return `${what ? what + ": " : ""}${p.message.replace(/\s*\(in --set '.*'\)$/, "")}`;
    });
    const id = controlId(cause.path);
    setError(id, `${cause.label}: ${current(cause)} does not fit the rest of the scenario. ${said.join("; ")}.`);
    state.serverPlaced.add(id);
    $("problems").hidden = true;
    return;
  }
  const placed = [];
  for (const p of fromSets) {
    const path = (p.path || "").replace(/\s*\(.*$/, "");
    const field = state.fields.find((f) => normalPath(f.path) === normalPath(path))
      ?? state.fields.find((f) => sets()[p.line - 1]?.startsWith(f.path + "="));
    if (field) {
      const id = controlId(field.path);
      setError(id, `${field.label}: ${p.message.replace(/\s*\(in --set '.*'\)$/, "")}.`.replace(/\.\.$/, "."));
      state.serverPlaced.add(id);
      placed.push(p);
    }
  }
  const rest = problems.filter((p) => !placed.includes(p));
  if (rest.length === 0) { $("problems").hidden = true; return; }
  const list = $("problem-list");
  list.replaceChildren();
  $("problem-lines").replaceChildren();
  for (const p of rest) {
    const where = p.line > 0 && !fromSets.includes(p) ? `Line ${p.line}, column ${p.column}` : (fromSets.includes(p) ? "Setting" : "");
    list.append(element("li", { text: (where ? where + ": " : "") + (p.path ? p.path + ": " : "") + p.message }));
  }
  const text = state.inputs.yaml ?? $("yaml").value;
  const byLine = new Map();
  for (const p of rest) if (p.line > 0 && !fromSets.includes(p)) {
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
  pre.hidden = byLine.size === 0;
  $("problems").hidden = false;
  const firstBad = pre.querySelector(".bad");
  if (firstBad) pre.scrollTop = Math.max(0, firstBad.offsetTop - pre.offsetTop - 40);
  $("progress-text").textContent = data?.message ?? "The scenario has problems; nothing was run.";
  if (state.view) { state.errors.problems = "The scenario has problems (see 1. The workplace)."; showStale(); }
}

// ---- the settings form, generated from the schema ---------------------------------------------------

function renderFields(fields) {
  state.fields = fields;
  for (const id of Object.keys(state.errors)) if (id.startsWith("f-") || id === "problems") delete state.errors[id];
  showStale();
  const form = $("settings");
  form.replaceChildren();
  const groups = new Map();
  const shares = new Map();
  for (const f of fields) {
    if (!groups.has(f.group)) {
      const fieldset = element("fieldset", {}, [element("legend", { text: f.group })]);
      groups.set(f.group, fieldset);
      form.append(fieldset);
    }
    const share = /^(.*)jobClasses\[\d+\]\.share$/.exec(f.path);
    if (share) {
      const key = f.group + "|" + share[1];
      if (!shares.has(key)) { shares.set(key, []); groups.get(f.group).append(element("div", { class: "shares", "data-shares": key })); }
      shares.get(key).push(f);
      continue;
    }
    groups.get(f.group).append(control(f));
  }
  for (const [key, list] of shares) {
    const holder = form.querySelector(`[data-shares="${CSS.escape(key)}"]`);
    holder.replaceWith(list.length > 1 ? shareSet(list) : control(list[0]));
  }
}

function controlId(path) {
  return "f-" + path.replace(/[^A-Za-z0-9]/g, "-");
}

const current = (f) => state.inputs.changes[f.path] ?? f.value;

function hintFor(f) {
  const allowed = f.range ? `allowed ${f.range}` : (f.choices.length ? `one of ${f.choices.join(", ")}` : "");
  return `${allowed}${allowed ? "; " : ""}in the file: ${f.value}. Key: ${f.path}`;
}

function control(f) {
  const id = controlId(f.path);
  const value = current(f);
  const wrap = element("div", { class: "field" });
  const hintId = id + "-hint";
  const errorId = id + "-error";
  const described = `${hintId} ${errorId}`;
  if (f.kind === "choice") {
    const select = element("select", { id, "aria-describedby": described });
    for (const c of f.choices) select.append(element("option", { value: c, text: c }));
    select.value = value;
    select.addEventListener("change", () => changed(f, select.value));
    wrap.append(element("label", { for: id, text: f.label }), select);
  } else if (f.kind === "flag") {
    const box = element("input", { type: "checkbox", id, "aria-describedby": described });
    box.checked = value === "true";
    box.addEventListener("change", () => changed(f, box.checked ? "true" : "false"));
    wrap.append(element("div", { class: "check" }, [box, element("label", { for: id, text: f.label })]));
  } else if (f.kind === "whole" && f.max - f.min > 1000) {
    // A box, checked as it is typed, for a range too wide to set by dragging (workers: 2–100,000).
    const input = element("input", { type: "text", inputmode: "numeric", id, autocomplete: "off", "aria-describedby": described });
    input.value = value;
    const commit = () => {
      const checked = checkNumber(input.value, { label: f.label, whole: true, min: f.min, max: f.max });
      setError(id, checked.error);
      if (!checked.error) changed(f, checked.value);
    };
    input.addEventListener("change", commit);
    input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); commit(); } });
    wrap.append(element("label", { for: id, text: f.label }), input);
  } else {
    const input = element("input", { type: "range", id, min: String(f.min), max: String(f.max), step: String(f.step), "aria-describedby": described });
    input.value = value;
    const out = element("output", { for: id, id: id + "-value", text: value });
    input.addEventListener("input", () => { out.textContent = input.value; });
    input.addEventListener("change", () => { setError(id, null); changed(f, input.value); });
    wrap.append(element("label", { for: id }, [f.label + " ", out]), input);
  }
  wrap.append(element("p", { class: "hint small", id: hintId, text: hintFor(f) }));
  wrap.append(element("p", { class: "field-error", id: errorId, role: "alert" }));
  return wrap;
}

// Job-class shares are one set that always sums to 1: moving one share takes the difference from the others in
// proportion to their size, in steps of a tenth of a percent, and the page sends them all as one change.
function shareSet(fields) {
  const box = element("div", { class: "shares field", role: "group" });
  const headingId = controlId(fields[0].path) + "-set";
  box.setAttribute("aria-labelledby", headingId);
  box.append(element("p", { class: "total", id: headingId, text: "Who works here (the shares always add up to 100%)" }));
  const permille = () => fields.map((f) => Math.round(Number(current(f)) * 1000));
  let values = permille();
  const inputs = [];
  const outputs = [];
  const total = element("p", { class: "hint small", "aria-live": "polite" });
  const show = () => {
    values.forEach((v, i) => { inputs[i].value = String(v / 10); outputs[i].textContent = `${(v / 10).toFixed(1)}%`; });
    total.textContent = `Total: ${(values.reduce((a, b) => a + b, 0) / 10).toFixed(1)}%`;
  };
  // Share i becomes target (in tenths of a percent); the rest is shared among the others in proportion to what they had
  // (evenly when they had nothing), rounded so that the total is exactly 1000: largest remainders get the spare tenths.
  const move = (i, target) => {
    const want = Math.max(0, Math.min(1000, Math.round(target)));
    const left = 1000 - want;
    const rest = values.reduce((sum, v, k) => sum + (k === i ? 0 : v), 0);
    const exact = values.map((v, k) => (k === i ? want : rest > 0 ? (v * left) / rest : left / (values.length - 1)));
    const next = exact.map(Math.floor);
    let spare = 1000 - next.reduce((a, b) => a + b, 0);
    const byRemainder = exact.map((x, k) => k).filter((k) => k !== i).sort((a, b) => (exact[b] - next[b]) - (exact[a] - next[a]) || a - b);
    for (let k = 0; spare > 0 && byRemainder.length > 0; k = (k + 1) % byRemainder.length, spare--) next[byRemainder[k]]++;
    values = next;
    show();
  };
  fields.forEach((f, i) => {
    const id = controlId(f.path);
    const input = element("input", { type: "range", id, min: "0", max: "100", step: "0.1", "aria-describedby": `${id}-hint ${id}-error` });
    const out = element("output", { for: id, id: id + "-value" });
    inputs.push(input);
    outputs.push(out);
    input.addEventListener("input", () => move(i, Number(input.value) * 10));
    input.addEventListener("change", () => {
      move(i, Number(input.value) * 10);
      for (const g of fields) setError(controlId(g.path), null);
      const changes = {};
      fields.forEach((g, k) => { changes[g.path] = String(values[k] / 1000); });
      changedMany(changes);
    });
    box.append(element("div", { class: "field" }, [
      element("label", { for: id }, [f.label + " ", out]), input,
      element("p", { class: "hint small", id: id + "-hint", text: `in the file: ${(Number(f.value) * 100).toFixed(1)}%. Key: ${f.path}` }),
      element("p", { class: "field-error", id: id + "-error", role: "alert" })]));
  });
  box.append(total);
  show();
  return box;
}

const rerunSoon = debounce(() => startComparison(true), 50);

function changed(field, value) {
  changedMany({ [field.path]: value });
}

function changedMany(values) {
  // What the server said about the settings before this change is said again, or not, about the new ones.
  for (const id of state.serverPlaced) setError(id, null);
  state.serverPlaced.clear();
  state.lastChanged = Object.keys(values);
  for (const [path, value] of Object.entries(values)) {
    const field = state.fields.find((f) => f.path === path);
    if (field && String(value) === String(field.value)) delete state.inputs.changes[path];
    else state.inputs.changes[path] = String(value);
  }
  rerunSoon();
}

// ---- comparisons -------------------------------------------------------------------------------------

function comparisonBody(inputs = state.inputs) {
  return Object.assign(scenarioBody(inputs), { runs: Number(inputs.runs), seed: inputs.seed, weights: state.weights, matter: state.matter });
}

// Starts the comparison for the inputs shown, or shows the one the server already has for them. With record, the change
// becomes a row of the history and an entry of the browser's history.
async function startComparison(record = true) {
  if (Object.keys(state.errors).some((id) => id !== "weights" && !id.startsWith("m-"))) return;
  const body = comparisonBody();
  const key = JSON.stringify(Object.assign({}, body, { weights: null, matter: null }));
  if (key === state.currentKey && state.view && (state.view.state === "running" || state.view.state === "done")) { if (record) remember(); return; }
  state.currentKey = key;
  body.replaces = state.current;
  window.workbench.comparisonsStarted++;
  const sequence = ++state.startSequence;
  const started = performance.now();
  const { ok, status, data } = await api("api/comparisons", { method: "POST", body: JSON.stringify(body) })
    .catch((error) => ({ ok: false, status: 0, data: { message: `The workbench did not answer (${error}); change a setting to try again.` } }));
  if (sequence !== state.startSequence) {
    // A later change started another comparison while this request was on its way (a busy server can answer out of
    // order): only the latest is shown, and this one's runs stop (unless they are runs the page shows, or reused ones).
    if (ok && data?.id && !data.reused && data.state === "running" && data.id !== state.current) {
      api(`api/comparisons/${data.id}`, { method: "DELETE" }).catch(() => {});
    }
    return;
  }
  if (!ok) {
    state.currentKey = null;
    if (data?.problems) showProblems(status, data, state.lastChanged);
    else placeServerError(data?.message ?? `The workbench answered ${status}.`);
    return;
  }
  state.lastChanged = [];
  hideProblems();
  delete state.errors.problems;
  showStale();
  if (data.reused) window.workbench.reused++;
  show(data, started);
  if (record) remember();
}

// A refusal from the server, put beside the field it is about.
function placeServerError(message) {
  const lower = message.toLowerCase();
  if (lower.startsWith("runs")) setError("runs", message);
  else if (lower.includes("seed")) setError("seed", message);
  else if (lower.includes("weight")) setError("weights", message);
  else if (lower.includes("smallest difference")) setError("m-" + (MATTER.find(([k]) => lower.includes(k))?.[0] ?? "wages"), message);
  else showMessage({ message });
}

function show(view, started = performance.now()) {
  state.current = view.id;
  state.shownSummarized = -1;
  state.startedAt = started;
  window.workbench.firstResultMs = null;
  render(view);
  if (view.state === "running") schedulePoll();
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
    .catch((error) => ({ ok: false, status: 0, data: { message: `The workbench did not answer (${error}); trying again.` } }));
  if (id !== state.current) return;
  if (!ok) {
    // No longer kept by the server (it keeps the most recent ones): run the same inputs again, with the same seeds.
    if (status === 404) { state.currentKey = null; state.current = null; await startComparison(false); return; }
    showMessage(data);
    // A busy or briefly unreachable server: keep asking, more slowly. A refused request (another 4xx) will not come back.
    if (status === 0 || status >= 500) { clearTimeout(state.poll); state.poll = setTimeout(poll, 1000); }
    return;
  }
  render(data);
  if (data.state === "running") schedulePoll();
}

function render(view) {
  if (view.unchanged) view = Object.assign({}, view, { ranking: state.view.ranking, sections: state.view.sections, answer: state.view.answer, howSure: state.view.howSure, headline: state.view.headline });
  state.view = view;
  const progress = $("progress");
  progress.max = Math.max(1, view.runsTotal);
  progress.value = view.runsDone;
  const perModel = view.runsTotal ? Math.floor(view.runsDone * view.runs / view.runsTotal) : 0;
  const words = {
    running: view.summarized > 0
      ? `Running: ${number(perModel)} of ${number(view.runs)} campaigns per model; the answer uses the first ${number(view.summarized)} and sharpens as runs finish.`
      : `Running: ${number(perModel)} of ${number(view.runs)} campaigns per model; the first answer comes in a moment.`,
    done: view.reused
      ? `Done: ${number(view.runs)} campaigns per model, already run for these settings (nothing was run again).`
      : `Done: ${number(view.runs)} campaigns per model in ${(view.finishedMs / 1000).toFixed(1)} s.`,
    cancelled: "Stopped: a newer change replaced these runs, or they were stopped.",
    failed: `Failed: ${view.error}`,
  };
  $("progress-text").textContent = words[view.state] ?? view.state;
  // Stop is for runs still going; a finished, stopped or failed comparison has nothing to stop.
  $("stop").disabled = view.state !== "running";
  $("results").dataset.state = view.state;
  $("results").dataset.summarized = String(view.summarized);
  $("command").textContent = view.command;
  if (view.summarized > 0 && window.workbench.firstResultMs === null && state.startedAt) {
    window.workbench.firstResultMs = performance.now() - state.startedAt;
  }
  if (view.summarized !== state.shownSummarized || view.weights !== state.shownWeights || view.matter !== state.shownMatter) {
    renderRanking(view);
    renderSections(view);
    renderStoryChoices(view);
    state.shownSummarized = view.summarized;
    state.shownWeights = view.weights;
    state.shownMatter = view.matter;
  }
  renderDownloads(view);
  noteHistory(view);
  if (view.state === "done" && state.savedFor !== view.id) {
    state.savedFor = view.id;
    // Kept when it finished (just after the last answer): the list and, for scenario text, the address follow.
    if (view.savedId && state.inputs.yaml !== null) {
      state.savedId = view.savedId;
      const row = state.history[state.historyAt];
      if (row && row.id === view.id) history.replaceState(history.state, "", addressOf(row));
    }
    reloadSavedSoon();
  }
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
    swatch.style.setProperty("background-color", r.color);
    const name = [swatch, element("a", { href: "#model-" + r.model, text: r.shortName, title: r.name })];
    if (tied && r.first && !preliminary) name.push(element("span", { class: "tag", text: " tied for first" }));
    body.append(element("tr", { "data-model": r.model, "data-first": String(r.first) }, [
      element("td", { class: "num", text: String(r.rank) }),
      element("td", {}, name),
      element("td", { class: "num", text: r.bestIn }),
      element("td", { class: "num", text: r.scoreText }),
    ]));
  }
  table.classList.toggle("preliminary", preliminary !== "");
  table.dataset.preliminary = preliminary;
  const note = $("preliminary");
  note.textContent = preliminary;
  note.hidden = !preliminary;
  const answer = $("answer");
  answer.textContent = view.answer ?? "";
  answer.classList.toggle("preliminary", preliminary !== "");
  answer.classList.toggle("clamped", !state.answerOpen);
  $("how-sure").textContent = view.howSure ?? "";
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
    // Focusable, so that a table wider than the column can be scrolled from the keyboard.
    const content = element("div", { class: "section-body", tabindex: "0", role: "region", "aria-label": "Report: " + s.title });
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
  for (const m of view.models) select.append(element("option", { value: m, text: modelName(m) }));
  if (view.models.includes(chosen)) select.value = chosen;
}

function renderDownloads(view) {
  const list = $("downloads");
  list.replaceChildren();
  for (const [name, what] of FILES) {
    if (view.state === "done") {
      const href = withToken(`api/comparisons/${view.id}/files/${name}?weights=${encodeURIComponent(view.weights)}&matter=${encodeURIComponent(view.matter)}`);
      list.append(element("li", {}, [element("a", { href, download: name, text: name }), `: ${what}`]));
    } else {
      list.append(element("li", { text: `${name} (when every run has finished): ${what}` }));
    }
  }
}

// ---- weights: re-rank without new runs -----------------------------------------------------------------

function renderWeights() {
  const box = $("weights");
  box.replaceChildren();
  for (const [key, label] of WEIGHTS) {
    const id = "w-" + key;
    const input = element("input", { type: "range", id, min: "0", max: "3", step: "0.1", "aria-describedby": "weights-error" });
    input.value = String(state.weights[key]);
    const out = element("output", { for: id, id: id + "-value", text: String(state.weights[key]) });
    input.addEventListener("input", () => {
      out.textContent = input.value;
      state.weights[key] = Number(input.value);
      if (checkWeights()) rerank(performance.now());
    });
    input.addEventListener("change", () => { if (checkWeights()) remember(); });
    box.append(element("div", { class: "field" }, [element("label", { for: id, text: label }), input, out]));
  }
}

function checkWeights() {
  const allZero = WEIGHTS.every(([k]) => !(state.weights[k] > 0));
  setError("weights", allZero ? "Give at least one weight above 0: with every weight at 0 nothing says which model is best." : null);
  return !allZero;
}

function showWeights() {
  for (const [key] of WEIGHTS) {
    $("w-" + key).value = String(state.weights[key]);
    $("w-" + key + "-value").textContent = String(state.weights[key]);
  }
  for (const [key] of MATTER) { $("m-" + key).value = String(state.matter[key]); setError("m-" + key, null); }
  checkWeights();
}

// The smallest difference that matters on each criterion: a box each, in the criterion's own unit. A change re-ranks the
// same runs, as a weight does; a value that is not allowed gets its message beside its box and nothing is re-ranked.
function renderMatter() {
  const box = $("matter");
  for (const [key, label, unit, value, max] of MATTER) {
    const id = "m-" + key;
    const input = element("input", { type: "text", inputmode: "decimal", id, autocomplete: "off", "aria-describedby": `${id}-error` });
    input.value = String(value);
    const commit = () => {
      const checked = checkNumber(input.value, { label, whole: false, min: 0, max });
      if (checked.error) { setError(id, checked.error.replace(/\.$/, ` (${unit}).`)); return; }
      setError(id, null);
      state.matter[key] = Number(checked.value);
      rerank(performance.now());
      remember();
    };
    input.addEventListener("change", commit);
    input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); commit(); } });
    box.append(element("div", { class: "field" }, [element("label", { for: id, text: `${label} (${unit})` }), input,
      element("p", { class: "field-error", id: id + "-error", role: "alert" })]));
  }
}

let rankSeq = 0;
async function rerank(started) {
  if (!state.current || !state.view || state.view.summarized === 0) return;
  const seq = ++rankSeq;
  const { ok, data } = await api(`api/comparisons/${state.current}/rank`, { method: "POST", body: JSON.stringify({ weights: state.weights, matter: state.matter }) });
  if (seq !== rankSeq) return;
  if (!ok) { placeServerError(data?.message ?? "The ranking could not be redone."); return; }
  renderRanking(data);
  window.workbench.lastRerankMs = performance.now() - started;
  window.workbench.rerankCount++;
  $("ranking").dataset.rerankMs = window.workbench.lastRerankMs.toFixed(0);
  if (state.sweep) pollSweep();
  if (state.robust) pollRobust();
  // The report sections (bottom line, ranking tables) under the new weights follow: same runs, nothing simulated.
  poll();
}

// ---- history: one row per change, and the address bar --------------------------------------------------

function describeChanges(before, after) {
  const out = [];
  if (!before) return ["start: " + scenarioTitle(after.inputs)];
  const a = before.inputs;
  const b = after.inputs;
  if (a.scenario !== b.scenario || a.yaml !== b.yaml) out.push(b.yaml !== null ? "the scenario text" : "scenario: " + scenarioTitle(b));
  else {
    const label = (path) => state.fields.find((f) => f.path === path)?.label ?? path;
    const fileValue = (path) => state.fields.find((f) => f.path === path)?.value ?? "its default";
    for (const path of new Set([...Object.keys(a.changes), ...Object.keys(b.changes)])) {
      const was = a.changes[path] ?? fileValue(path);
      const now = b.changes[path] ?? fileValue(path);
      if (String(was) !== String(now)) out.push(`${label(path)}: ${was} → ${now}`);
    }
  }
  if (String(a.runs) !== String(b.runs)) out.push(`runs per model: ${a.runs} → ${b.runs}`);
  if (String(a.seed) !== String(b.seed)) out.push(`first seed: ${a.seed} → ${b.seed}`);
  for (const [k, label] of WEIGHTS) if (before.weights[k] !== after.weights[k]) out.push(`weight of ${label.toLowerCase()}: ${before.weights[k]} → ${after.weights[k]}`);
  for (const [k, label, unit] of MATTER) if (before.matter[k] !== after.matter[k]) out.push(`smallest difference in ${label.toLowerCase()}: ${before.matter[k]} → ${after.matter[k]} ${unit}`);
  return out.length ? out : ["nothing"];
}

function scenarioTitle(inputs) {
  return inputs.yaml !== null ? "your scenario text" : state.shipped.find((s) => s.name === inputs.scenario)?.title ?? inputs.scenario;
}

const rowKey = (r) => JSON.stringify([r.inputs.scenario, r.inputs.yaml, sets(r.inputs), String(r.inputs.runs), String(r.inputs.seed), weightsText(r.weights), matterText(r.matter)]);
const sameRow = (a, b) => rowKey(a) === rowKey(b);

// Adds a row for what is shown now (unless it is the row shown), and an entry in the browser's history.
function remember() {
  if (!state.current) return;
  const row = { id: state.current, inputs: copy(state.inputs), weights: copy(state.weights), matter: copy(state.matter), headline: "", state: state.view?.state };
  const shown = state.history[state.historyAt];
  if (shown && sameRow(shown, row)) { shown.id = row.id; renderHistory(); return; }
  const last = state.history[state.history.length - 1];
  // Moves of the weights or the smallest differences a few seconds apart (a slider dragged, or stepped with the arrow keys) are
  // one change: the last row follows them instead of a row for every step.
  const sameRuns = (a, b) => a && rowKey({ inputs: a.inputs, weights: {}, matter: {} }) === rowKey({ inputs: b.inputs, weights: {}, matter: {} });
  row.at = Date.now();
  if (last && last.ranking && state.historyAt === state.history.length - 1 && sameRuns(last, row) && row.at - last.at < 4000) {
    const previous = state.history[state.history.length - 2];
    Object.assign(last, { weights: row.weights, matter: row.matter, at: row.at, headline: "", id: row.id });
    if (previous && sameRow(previous, last)) { state.history.pop(); state.historyAt = state.history.length - 1; }
    else last.label = describeChanges(previous, last).join("; ");
    history.replaceState({ row: state.history[state.historyAt].n }, "", addressOf(state.history[state.historyAt]));
    renderHistory();
    return;
  }
  row.ranking = sameRuns(last, row);
  row.n = state.history.length + 1;
  row.label = describeChanges(last, row).join("; ");
  row.reused = state.view?.reused && state.history.some((h) => h.id === row.id) ? state.history.find((h) => h.id === row.id).n : null;
  state.history.push(row);
  state.historyAt = state.history.length - 1;
  const url = addressOf(row);
  if (state.history.length === 1) history.replaceState({ row: row.n }, "", url);
  else history.pushState({ row: row.n }, "", url);
  renderHistory();
}

function noteHistory(view) {
  for (const row of state.history) if (row.id === view.id) {
    row.state = view.state;
    if (view.headline && (row.weights && weightsText(row.weights) === view.weights) && matterText(row.matter) === view.matter) row.headline = view.headline;
  }
  renderHistory();
}

function renderHistory() {
  // Rebuilt only when a row changed, so that a radio button or a button keeps the keyboard focus while the runs go on.
  const signature = JSON.stringify([state.historyAt, state.history.map((r) => [r.n, r.id, r.label, r.headline, r.state, r.reused])]);
  if (signature === state.historyShown) return;
  state.historyShown = signature;
  const body = $("history").querySelector("tbody");
  const before = body.querySelector("input[name=from]:checked")?.value;
  const after = body.querySelector("input[name=to]:checked")?.value;
  body.replaceChildren();
  for (const row of state.history) {
    const showButton = element("button", { type: "button" }, [row.n - 1 === state.historyAt ? "Shown" : "Show", element("span", { class: "visually-hidden", text: ` row ${row.n}` })]);
    showButton.disabled = row.n - 1 === state.historyAt;
    showButton.addEventListener("click", () => goTo(row.n - 1, true));
    const from = element("input", { type: "radio", name: "from", value: String(row.n) });
    const to = element("input", { type: "radio", name: "to", value: String(row.n) });
    from.checked = before === String(row.n);
    to.checked = after === String(row.n);
    from.addEventListener("change", choosePair);
    to.addEventListener("change", choosePair);
    const answer = row.headline || (row.state === "running" ? "running…" : row.state === "cancelled" ? "stopped" : "");
    body.append(element("tr", { class: row.n - 1 === state.historyAt ? "current" : "", "data-row": String(row.n) }, [
      element("td", { class: "num", text: String(row.n) }),
      element("td", { text: row.label + (row.reused ? ` (the runs of row ${row.reused})` : "") }),
      element("td", { text: answer }),
      element("td", {}, [showButton]),
      element("td", {}, [element("label", { class: "pick" }, [from, element("span", { class: "visually-hidden", text: `Row ${row.n} as before` })])]),
      element("td", {}, [element("label", { class: "pick" }, [to, element("span", { class: "visually-hidden", text: `Row ${row.n} as after` })])]),
    ]));
  }
  choosePair();
}

function choosePair() {
  const from = document.querySelector("input[name=from]:checked");
  const to = document.querySelector("input[name=to]:checked");
  $("compare-rows").disabled = !(from && to && from.value !== to.value);
}

// Shows a row again: its settings in the controls, and its comparison (already run) under its weights.
async function goTo(index, push) {
  const row = state.history[index];
  if (!row) return;
  state.historyAt = index;
  if (push) history.pushState({ row: row.n }, "", addressOf(row));
  await applyState({ inputs: row.inputs, weights: row.weights, matter: row.matter }, false);
  renderHistory();
}

// Puts a whole state into the page (controls and weights) and shows its comparison, run or reused.
async function applyState(target, record) {
  state.weights = Object.assign({}, DEFAULT_WEIGHTS, target.weights);
  state.matter = Object.assign({}, DEFAULT_MATTER, target.matter);
  showWeights();
  state.errors = {};
  showStale();
  $("runs").value = String(target.inputs.runs);
  $("seed").value = String(target.inputs.seed);
  setError("runs", null);
  setError("seed", null);
  state.inputs.runs = target.inputs.runs;
  state.inputs.seed = target.inputs.seed;
  if (target.inputs.yaml !== null && target.inputs.yaml !== undefined) await useText(target.inputs.yaml, target.inputs.changes, record);
  else await chooseScenario(target.inputs.scenario, target.inputs.changes, record);
}

// The address of a state: the shipped scenario and its settings, or the kept comparison of scenario text, with runs,
// seed, weights and smallest differences when they are not the defaults.
function addressOf(row) {
  const q = new URLSearchParams();
  if (token) q.set("token", token);
  if (row.inputs.yaml !== null) {
    if (state.savedId) q.set("saved", state.savedId); else q.set("text", "1");
  } else {
    q.set("scenario", row.inputs.scenario);
    for (const s of sets(row.inputs)) q.append("set", s);
  }
  if (String(row.inputs.runs) !== String(DEFAULT_RUNS)) q.set("runs", String(row.inputs.runs));
  if (String(row.inputs.seed) !== DEFAULT_SEED) q.set("seed", String(row.inputs.seed));
  if (weightsText(row.weights) !== weightsText(DEFAULT_WEIGHTS)) q.set("weights", weightsText(row.weights));
  if (matterText(row.matter) !== matterText(DEFAULT_MATTER)) q.set("matter", matterText(row.matter));
  if (document.documentElement.classList.contains("projector")) q.set("view", "projector");
  return "?" + q.toString();
}

// Reads a state from an address; null parts keep what the page has.
async function stateFromAddress(search) {
  const q = new URLSearchParams(search);
  const target = { inputs: { scenario: null, yaml: null, changes: {}, runs: DEFAULT_RUNS, seed: DEFAULT_SEED }, weights: {}, matter: {} };
  if (q.get("view") === "projector") setProjector(true);
  if (q.get("saved")) {
    const { ok, data } = await api("api/saved/" + encodeURIComponent(q.get("saved")));
    if (!ok) { $("history-status").textContent = data?.message ?? "That kept comparison could not be read."; }
    else {
      const s = data.saved;
      const shipped = s.scenario && state.shipped.some((x) => x.name === s.scenario);
      target.inputs.scenario = shipped ? s.scenario : null;
      target.inputs.yaml = shipped ? null : s.yaml;
      for (const set of s.sets) { const at = set.indexOf("="); target.inputs.changes[set.slice(0, at)] = set.slice(at + 1); }
      target.inputs.runs = s.runs;
      target.inputs.seed = String(s.seed);
      parsePairs(s.weights, WEIGHTS.map(([k]) => k), target.weights);
      parsePairs(s.matter, MATTER.map(([k]) => k), target.matter);
      target.saved = s;
      target.engineNow = data.engineNow;
      target.changed = data.changed;
    }
  }
  if (!target.saved) {
    const name = q.get("scenario");
    target.inputs.scenario = name && state.shipped.some((s) => s.name === name) ? name : (state.shipped.find((s) => s.name === "hospital-stewards") ?? state.shipped[0])?.name;
    for (const set of q.getAll("set")) { const at = set.indexOf("="); if (at > 0) target.inputs.changes[set.slice(0, at)] = set.slice(at + 1); }
    if (q.get("text")) $("history-status").textContent = "That link was to a pasted scenario that was not kept; the shipped scenario is shown instead.";
  }
  const runs = checkNumber(q.get("runs") ?? String(target.inputs.runs), { label: "Runs per model", whole: true, min: 1, max: MAX_RUNS });
  if (!runs.error) target.inputs.runs = Number(runs.value);
  const seed = checkSeed(q.get("seed") ?? String(target.inputs.seed));
  if (!seed.error) target.inputs.seed = seed.value;
  if (q.get("weights")) parsePairs(q.get("weights"), WEIGHTS.map(([k]) => k), target.weights);
  if (q.get("matter")) parsePairs(q.get("matter"), MATTER.map(([k]) => k), target.matter);
  return target;
}

window.addEventListener("popstate", async () => {
  const target = await stateFromAddress(location.search);
  const index = state.history.findIndex((row) => sameRow(row, { inputs: target.inputs, weights: Object.assign({}, DEFAULT_WEIGHTS, target.weights), matter: Object.assign({}, DEFAULT_MATTER, target.matter) }));
  if (index >= 0) { state.historyAt = index; await applyState(state.history[index], false); renderHistory(); return; }
  await applyState(target, true);
});

// ---- what-if: any two rows, one against the other --------------------------------------------------------

async function compareRows() {
  const a = state.history[Number(document.querySelector("input[name=from]:checked")?.value) - 1];
  const b = state.history[Number(document.querySelector("input[name=to]:checked")?.value) - 1];
  if (!a || !b) return;
  const box = $("whatif");
  box.hidden = false;
  $("h-whatif").textContent = `What if: row ${b.n} against row ${a.n}`;
  $("whatif-changes").textContent = "What changed: " + describeChanges(a, b).join("; ") + ".";
  $("whatif-body").replaceChildren(element("p", { class: "hint", text: "Reading both comparisons…" }));
  $("whatif-download").replaceChildren();
  const rankingOf = async (row) => (await api(`api/comparisons/${row.id}/rank`, { method: "POST", body: JSON.stringify({ weights: row.weights, matter: row.matter }) })).data;
  const [ra, rb] = await Promise.all([rankingOf(a), rankingOf(b)]);
  fillRanking($("before-ranking"), ra?.ranking ?? []);
  fillRanking($("after-ranking"), rb?.ranking ?? []);
  if (a.id === b.id) {
    $("whatif-body").replaceChildren(element("p", { text: "The same campaigns in both rows: only how they are ranked differs, so no outcome changes." }));
    box.scrollIntoView({ block: "start" });
    return;
  }
  const q = `before=${a.id}&after=${b.id}&weights=${encodeURIComponent(weightsText(b.weights))}&matter=${encodeURIComponent(matterText(b.matter))}`;
  const { ok, data } = await api("api/whatif?" + q);
  if (!ok) { $("whatif-body").replaceChildren(element("p", { class: "error", text: data?.message ?? "No what-if for these two." })); return; }
  const body = $("whatif-body");
  body.replaceChildren();
  for (const s of data.sections) {
    const div = element("div");
    div.innerHTML = s.html; // escaped by the report renderer
    body.append(element("h3", { text: s.title }), div);
  }
  $("whatif-download").replaceChildren(element("a", { href: withToken("api/whatif/files/whatif.zip?" + q), download: "whatif.zip", text: "whatif.zip" }),
    ": the folder this report describes (report.md, report.html, before/ and after/, each a complete comparison), as campaignsim whatif --out writes it");
  box.scrollIntoView({ block: "start" });
}

function fillRanking(list, ranking) {
  list.replaceChildren(...ranking.map((r) => element("li", { text: `${r.name}${r.pBest === null ? "" : ` (first in ${r.bestIn})`}${r.first && ranking.filter((x) => x.first).length > 1 ? ", tied for first" : ""}` })));
}

// ---- one setting across values ---------------------------------------------------------------------------

function renderSweepChoices() {
  const select = $("sweep-path");
  const chosen = select.value;
  select.replaceChildren();
  for (const f of state.fields) select.append(element("option", { value: f.path, text: `${f.label}${f.group.includes("(") ? " " + f.group.slice(f.group.indexOf("(")) : ""}` }));
  if (state.fields.some((f) => f.path === chosen)) select.value = chosen;
  else if (state.fields.some((f) => f.path === "workplace.employer.hostility")) select.value = "workplace.employer.hostility";
  sweepChoice();
}

function sweepChoice() {
  const f = state.fields.find((x) => x.path === $("sweep-path").value);
  const numbers = f && (f.kind === "number" || f.kind === "whole");
  document.querySelector(".sweep-numbers").hidden = !numbers;
  if (numbers) { $("sweep-from").value = String(f.min); $("sweep-to").value = String(f.max); }
  sweepValues();
}

function sweepValues() {
  const f = state.fields.find((x) => x.path === $("sweep-path").value);
  if (!f) return { error: "Choose a setting." };
  let values;
  if (f.kind === "choice" || f.kind === "flag") values = f.choices.slice();
  else {
    const from = checkNumber($("sweep-from").value, { label: "From", whole: f.kind === "whole", min: f.min, max: f.max });
    const to = checkNumber($("sweep-to").value, { label: "To", whole: f.kind === "whole", min: f.min, max: f.max });
    const count = checkNumber($("sweep-count").value, { label: "Values", whole: true, min: 2, max: 12 });
    const error = from.error ?? to.error ?? count.error ?? (Number(from.value) === Number(to.value) ? "From and To must differ." : null);
    if (error) { $("sweep-values").textContent = ""; return { error }; }
    const a = Number(from.value), b = Number(to.value), n = Number(count.value);
    values = [...new Set(Array.from({ length: n }, (_, k) => a + (b - a) * k / (n - 1))
      .map((v) => f.kind === "whole" ? String(Math.round(v)) : String(Number(v.toFixed(4)))))];
  }
  $("sweep-values").textContent = `Values: ${values.join(", ")}`;
  return { values, field: f };
}

async function runSweep() {
  const runs = checkNumber($("sweep-runs").value, { label: "Runs per model at each value", whole: true, min: 1, max: MAX_RUNS });
  const chosen = sweepValues();
  const error = chosen.error ?? runs.error;
  setError("sweep", null);
  $("sweep-error").textContent = error ?? "";
  delete state.errors.sweep;
  if (error) return;
  const comparison = Object.assign(comparisonBody(), { runs: Number(runs.value), replaces: state.sweep?.id ?? null });
  const { ok, data } = await api("api/sweeps", { method: "POST", body: JSON.stringify({ comparison, path: chosen.field.path, values: chosen.values }) });
  if (!ok) { $("sweep-error").textContent = data?.message ?? "The sweep could not start."; return; }
  state.sweep = { id: data.id, started: performance.now() };
  $("sweep-stop").hidden = false;
  renderSweep(data);
  setTimeout(pollSweep, 300);
}

// Asks the workbench about a background series (a sweep, a robustness check) until it ends; a busy or briefly
// unreachable server is asked again, more slowly, as for a comparison.
async function pollSeries(kind, path, render) {
  if (!state[kind]) return;
  const id = state[kind].id;
  const again = (ms) => { clearTimeout(state[`${kind}Poll`]); state[`${kind}Poll`] = setTimeout(() => pollSeries(kind, path, render), ms); };
  const { ok, status, data } = await api(`api/${path}/${id}?weights=${encodeURIComponent(weightsText())}&matter=${encodeURIComponent(matterText())}`)
    .catch((error) => ({ ok: false, status: 0, data: { message: `The workbench did not answer (${error}); trying again.` } }));
  if (state[kind]?.id !== id) return;
  if (!ok) {
    $(`${kind}-error`).textContent = data?.message ?? `The workbench answered ${status}.`;
    if (status === 0 || status >= 500) again(1000);
    return;
  }
  $(`${kind}-error`).textContent = "";
  render(data);
  if (data.state === "running") again(400);
}

function pollSweep() { return pollSeries("sweep", "sweeps", renderSweep); }

function renderSweep(view) {
  state.sweep.view = view;
  $("sweep-box").dataset.state = view.state;
  const done = view.state === "done";
  if (done && !state.sweep.ms) { state.sweep.ms = performance.now() - state.sweep.started; window.workbench.lastSweepMs = state.sweep.ms; }
  $("sweep-stop").hidden = view.state !== "running";
  $("sweep-progress").textContent = {
    running: `Running: value ${Math.min(view.pointsDone + 1, view.values.length)} of ${view.values.length}, ${number(view.runsDone)} of ${number(view.runsTotal)} campaigns.`,
    done: `Done: ${view.label} at ${view.values.length} values, ${number(view.runs)} campaigns per model at each, in ${(view.finishedMs / 1000).toFixed(1)} s. Same as: ${view.command}`,
    cancelled: "Stopped.",
    failed: `Failed: ${view.error}`,
  }[view.state] ?? view.state;
  const box = $("sweep-result");
  box.replaceChildren();
  if (view.points.length === 0) return;
  const chart = element("div", { class: "sweep-chart" });
  chart.innerHTML = view.chart; // rendered and escaped by the report renderer
  const table = element("table", { class: "sweep-table" }, [
    element("caption", { text: `Who comes first at each value of ${view.label.toLowerCase()}, under your weights` }),
    element("thead", {}, [element("tr", {}, [element("th", { scope: "col", text: view.label }), element("th", { scope: "col", text: "Best under your weights" })])]),
    element("tbody", {}, view.points.map((p) => element("tr", {}, [element("td", { text: p.value }), element("td", { text: p.best })]))),
  ]);
  box.append(chart, table);
}

// ---- how robust the answer is ---------------------------------------------------------------------------

async function runRobust() {
  const worlds = checkNumber($("robust-worlds").value, { label: "Plausible worlds", whole: true, min: 1, max: 1000 });
  const runs = checkNumber($("robust-runs").value, { label: "Runs per model in each world", whole: true, min: 1, max: MAX_RUNS });
  const error = worlds.error ?? runs.error;
  $("robust-error").textContent = error ?? "";
  if (error) return;
  const comparison = Object.assign(comparisonBody(), { runs: Number(runs.value) });
  const { ok, data } = await api("api/robust", { method: "POST", body: JSON.stringify({ comparison, worlds: Number(worlds.value), replaces: state.robust?.id ?? null }) });
  if (!ok) { $("robust-error").textContent = data?.message ?? "The check could not start."; return; }
  state.robust = { id: data.id, started: performance.now() };
  $("robust-stop").hidden = false;
  renderRobust(data);
  setTimeout(pollRobust, 300);
}

function pollRobust() { return pollSeries("robust", "robust", renderRobust); }

function renderRobust(view) {
  $("robust-box").dataset.state = view.state;
  $("robust-stop").hidden = view.state !== "running";
  const kept = state.keptRobust;
  const agreed = view.state === "done" && kept
    ? (view.verdict === kept.answer ? " The same verdict as when it was kept." : ` When it was kept on ${when(kept.savedUtc)} it said: ${kept.answer}`)
    : "";
  $("robust-progress").textContent = {
    running: `Running: world ${Math.min(view.worldsDone + 1, view.worlds)} of ${view.worlds}, ${number(view.runsDone)} of ${number(view.runsTotal)} campaigns.`,
    done: `Done: ${view.worlds} of the ${view.inFile} plausible worlds (engine ${view.engineVersion}), ${number(view.runs)} runs per model in each, in ${(view.finishedMs / 1000).toFixed(1)} s. Same as: ${view.command}${agreed}`,
    kept: view.note,
    cancelled: "Stopped.",
    failed: `Failed: ${view.error}`,
  }[view.state] ?? view.state;
  // Kept when it finished (just after the last world): the list of kept ones follows.
  if (view.state === "done" && view.savedId && state.robust && state.robust.savedFor !== view.id) {
    state.robust.savedFor = view.id;
    reloadSavedSoon();
  }
  const box = $("robust-result");
  box.replaceChildren();
  if (view.models.length === 0) return;
  const so = view.state === "done" || view.state === "kept" ? "" : ` (so far, ${view.worldsDone} of ${view.worlds} worlds)`;
  box.append(
    element("p", { class: "robust-verdict", text: view.verdict + so }),
    element("table", { class: "sweep-table" }, [
      element("caption", { text: "Each model across the plausible worlds, under your weights" }),
      element("thead", {}, [element("tr", {}, [
        element("th", { scope: "col", text: "Model" }),
        element("th", { scope: "col", text: "First in (worlds)" }),
        element("th", { scope: "col", text: "Median shortfall from the best (points of 100)" }),
        element("th", { scope: "col", text: "Shortfall in its worst tenth of worlds" })])]),
      element("tbody", {}, view.models.map((m) => element("tr", {}, [
        element("td", { text: m.name }),
        element("td", { text: `${m.firstIn} of ${view.worldsDone}` }),
        element("td", { text: m.medianRegret }),
        element("td", { text: m.worstTenthRegret })]))),
    ]));
}

// A kept check that this workbench would not run the same way (another engine, another worlds file): its answer as it was
// kept, said to be that, and nothing run; "Check across plausible worlds" runs it here.
function showKeptRobust(saved, changed) {
  state.robust = null;
  renderRobust({
    state: "kept", worlds: saved.robust.worlds, worldsDone: saved.robust.worlds, verdict: saved.answer, models: saved.robust.models,
    note: `As kept on ${when(saved.savedUtc)}, not run again: ${saved.robust.worlds} of the ${saved.robust.worldsInFile} plausible worlds `
      + `(worlds file of engine ${saved.robust.worldsEngineVersion}), ${number(saved.runs)} runs per model in each, engine ${saved.engineVersion}. `
      + `${changed} "Check across plausible worlds" runs it with this workbench; its numbers can differ.`,
  });
}

// ---- one campaign's story -------------------------------------------------------------------------------

async function readStory() {
  if (!state.current) return;
  const model = $("story-model").value;
  const checked = checkNumber($("story-run").value, { label: "Run number", whole: true, min: 0, max: (state.view?.runs ?? 1) - 1 });
  setError("story-run", null);
  $("story-error").textContent = checked.error ?? "";
  $("story-run").setAttribute("aria-invalid", checked.error ? "true" : "false");
  delete state.errors["story-run"];
  showStale();
  if (checked.error) return;
  const box = $("story");
  box.replaceChildren(element("p", { text: "Simulating the campaign…" }));
  const started = performance.now();
  const { ok, data } = await api(`api/comparisons/${state.current}/story?model=${encodeURIComponent(model)}&replication=${checked.value}`);
  if (!ok) { box.replaceChildren(element("p", { class: "error", text: data?.message ?? "The story could not be made." })); return; }
  const timeline = element("div", { class: "timeline" });
  timeline.innerHTML = data.timeline; // escaped by the report renderer
  const story = element("div", { class: "story-text" });
  story.innerHTML = data.story;
  box.replaceChildren(
    element("h3", { text: `${data.name}, run ${data.replication} (seed ${data.seed})` }),
    element("ul", { class: "story-summary" }, data.summary.map((line) => element("li", { text: line }))),
    element("p", { class: "hint" }, ["Same as: ", element("code", { text: data.command })]),
    timeline,
    element("details", { open: true }, [element("summary", { text: "The story, week by week" }), story]));
  window.workbench.lastStoryMs = performance.now() - started;
}

// ---- comparisons kept beyond the server's memory ------------------------------------------------------------

const when = (utc) => new Date(utc).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

// The archive keeps a comparison or check just after it finishes, on the server's own time: the list is read again shortly
// after, and once more a little later for a slow archive.
function reloadSavedSoon() {
  setTimeout(loadSaved, 300);
  setTimeout(loadSaved, 1500);
}

async function loadSaved() {
  const { ok, data } = await api("api/saved");
  if (!ok) return;
  $("saved-where").textContent = data.where
    ? `Every comparison and robustness check that finishes is kept in ${data.where}${data.limit ? ` (the last ${data.limit} of them together)` : ""}; `
      + "open one to see it again, or copy its link to share it." + (data.problem ? ` Problem: ${data.problem}.` : "")
    : "This workbench keeps no comparisons beyond its memory.";
  const list = $("saved");
  list.replaceChildren();
  for (const c of data.comparisons) {
    const link = element("a", { href: withToken("?saved=" + encodeURIComponent(c.id)), text: `${c.title}` });
    const settings = c.changes.length ? c.changes.join(", ") : "as written";
    // A check says what it is first ("How robust: 20 worlds × 20 runs — …", its headline), and a comparison its runs.
    const what = c.kind === "robust" ? `${settings}. ${c.headline}` : `${c.runs} runs per model; ${settings}. ${c.headline}`;
    list.append(element("li", { "data-saved": c.id, "data-kind": c.kind }, [link, ` — ${when(c.savedUtc)}; ${what}${c.changed ? ` (${c.changed})` : ""}`]));
  }
  window.workbench.savedCount = data.comparisons.length;
}

// ---- wiring --------------------------------------------------------------------------------------------

function setProjector(on) {
  document.documentElement.classList.toggle("projector", on);
  $("projector").setAttribute("aria-pressed", String(on));
}

function commitRuns() {
  const checked = checkNumber($("runs").value, { label: "Runs per model", whole: true, min: 1, max: MAX_RUNS });
  setError("runs", checked.error);
  if (checked.error) return;
  state.inputs.runs = Number(checked.value);
  startComparison(true);
}

function commitSeed() {
  const checked = checkSeed($("seed").value);
  setError("seed", checked.error);
  if (checked.error) return;
  state.inputs.seed = checked.value;
  startComparison(true);
}

function wire() {
  // Enter in a box commits its value; no form is ever submitted (the page has nowhere to send one).
  for (const form of document.querySelectorAll("form")) form.addEventListener("submit", (e) => e.preventDefault());
  $("yaml-apply").addEventListener("click", () => { state.savedId = null; useText($("yaml").value); });
  $("yaml-reset").addEventListener("click", () => {
    const name = state.inputs.scenario ?? state.shipped[0]?.name;
    state.savedId = null;
    if (name) chooseScenario(name);
  });
  $("yaml-file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    if (file.size > 1024 * 1024) { $("yaml-status").textContent = "The file is larger than 1 MiB, the most a scenario file may be."; return; }
    const text = await file.text();
    state.savedId = null;
    await useText(text);
  });
  $("reset-settings").addEventListener("click", () => { state.inputs.changes = {}; renderFields(state.fields); startComparison(true); });
  for (const [id, commit] of [["runs", commitRuns], ["seed", commitSeed]]) {
    $(id).addEventListener("change", commit);
    $(id).addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); commit(); } });
  }
  $("stop").addEventListener("click", async () => { if (state.current) await api(`api/comparisons/${state.current}`, { method: "DELETE" }); });
  $("print").addEventListener("click", () => window.print());
  $("projector").addEventListener("click", () => {
    setProjector(!document.documentElement.classList.contains("projector"));
    const row = state.history[state.historyAt];
    if (row) history.replaceState(history.state, "", addressOf(row));
  });
  $("share").addEventListener("click", async () => {
    const url = location.href;
    try { await navigator.clipboard.writeText(url); $("share-status").textContent = "The link is copied: " + url; }
    catch { $("share-status").textContent = "Copy this link: " + url; }
  });
  $("compare-rows").addEventListener("click", compareRows);
  // On a phone the sentence is cut to three lines so that the ranking stays in the strip at the top; this shows all of it.
  $("answer-more").addEventListener("click", () => {
    state.answerOpen = !state.answerOpen;
    $("answer").classList.toggle("clamped", !state.answerOpen);
    $("answer-more").textContent = state.answerOpen ? "Show less" : "Show the whole answer";
    $("answer-more").setAttribute("aria-expanded", String(state.answerOpen));
  });
  $("story-go").addEventListener("click", readStory);
  $("story-run").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); readStory(); } });
  $("sweep-path").addEventListener("change", sweepChoice);
  for (const id of ["sweep-from", "sweep-to", "sweep-count"]) $(id).addEventListener("input", () => { const c = sweepValues(); $("sweep-error").textContent = c.error ?? ""; });
  $("sweep-go").addEventListener("click", runSweep);
  $("sweep-stop").addEventListener("click", async () => { if (state.sweep) await api(`api/sweeps/${state.sweep.id}`, { method: "DELETE" }); });
  // A check asked for here is a new one: the kept check this page reopened, if any, is no longer the one shown.
  $("robust-go").addEventListener("click", () => { state.keptRobust = null; runRobust(); });
  $("robust-stop").addEventListener("click", async () => { if (state.robust) await api(`api/robust/${state.robust.id}`, { method: "DELETE" }); });
}

// Closing or leaving the page stops its runs, so they do not hold a place among the comparisons allowed at once.
window.addEventListener("pagehide", () => {
  const headers = token ? { "X-Workbench-Token": token } : {};
  if (state.current && state.view && state.view.state === "running") {
    fetch(`api/comparisons/${state.current}`, { method: "DELETE", keepalive: true, headers });
  }
  if (state.sweep?.view?.state === "running") fetch(`api/sweeps/${state.sweep.id}`, { method: "DELETE", keepalive: true, headers });
  if (state.robust && $("robust-box").dataset.state === "running") fetch(`api/robust/${state.robust.id}`, { method: "DELETE", keepalive: true, headers });
});

async function start() {
  wire();
  renderWeights();
  renderMatter();
  await loadModels();
  if (!(await loadScenarios())) return;
  const target = await stateFromAddress(location.search);
  const check = target.saved?.robust ? target.saved : null;
  if (check) {
    // A kept robustness check: its settings in the controls, its worlds and runs in the check's boxes; run again only when
    // this workbench has the same engine and worlds file, else its kept answer is shown and said to be that.
    state.savedId = check.id;
    $("robust-worlds").value = String(check.robust.worlds);
    $("robust-runs").value = String(check.runs);
    $("history-status").textContent = target.changed
      ? `Reopened the robustness check kept on ${when(check.savedUtc)}. ${target.changed} So it is not run again: its answer then is shown under "How robust is this answer?".`
      : `Reopened the robustness check kept on ${when(check.savedUtc)}: its ${check.robust.worlds} plausible worlds are simulated again from the same settings and seeds. `
        + `It said then: ${check.answer}`;
  } else if (target.saved) {
    state.savedId = target.saved.id;
    const older = target.saved.engineVersion !== target.engineNow ? ` It was made with engine ${target.saved.engineVersion}; this is engine ${target.engineNow}, so the numbers can differ.` : "";
    $("history-status").textContent = `Reopened the comparison kept on ${when(target.saved.savedUtc)}: `
      + `its campaigns are simulated again from the same settings and seeds.${older} It said then: ${target.saved.headline}.`;
  }
  await applyState(target, true);
  if (target.saved) state.savedId = target.saved.id;
  if (check && target.changed) showKeptRobust(check, target.changed);
  else if (check) { state.keptRobust = { savedUtc: check.savedUtc, answer: check.answer }; await runRobust(); }
  loadSaved();
}

start();
