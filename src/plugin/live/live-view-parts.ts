// The parts of the live view, drawn with Obsidian's DOM helpers from a LiveModel (every
// string comes from src/core/live/live-model.ts). Note text is only ever set as text.
import type { BeforeItem, LiveModel, LivePoint } from "../../core/live/live-model";
import { formatTimecode, parseShift } from "../../core/live/timecode";
import { checkUrl } from "./live-actions";

export interface LiveViewActions {
  goLive(): void;
  endShow(): void;
  log(point: LivePoint | null): void;
  undo(): void;
  shift(delta: number): void;
  setUrl(url: string): void;
  tick(item: BeforeItem, checkbox: HTMLInputElement): void;
  copy(text: string): void;
}

/** An example link, not UI prose. */
const VIDEO_LINK_EXAMPLE = "https://youtube.com/live/…";

const STATE_LABEL: Record<LiveModel["state"]["kind"], string> = {
  off: "Not live",
  live: "Live",
  ended: "Ended",
  future: "Not live",
  stale: "Not ended",
  invalid: "Not live",
};

/** The header; returns the element the ticker writes the clock into, when the show is live. */
export function renderHeader(el: HTMLElement, model: LiveModel, actions: LiveViewActions): HTMLElement | null {
  el.empty();
  const { state } = model;
  const top = el.createDiv({ cls: "office-hours-live-top" });
  top.createSpan({ cls: ["office-hours-live-badge", `is-${state.kind}`], text: STATE_LABEL[state.kind] });
  top.createSpan({ cls: "office-hours-live-episode", text: model.title });
  const clock = el.createDiv({ cls: "office-hours-live-clock", attr: { role: "timer", "aria-label": "Time on air" } });
  clock.setText(state.kind === "ended" ? formatTimecode(state.duration) : formatTimecode(0));
  clock.toggleClass("is-idle", state.kind !== "live");
  if ("reason" in state) el.createDiv({ cls: "office-hours-live-warning", text: state.reason });

  const buttons = el.createDiv({ cls: "office-hours-live-buttons" });
  const button = (text: string, run: () => void, cta = false) => {
    const b = buttons.createEl("button", { cls: cta ? "mod-cta" : "", text });
    b.addEventListener("click", run);
    return b;
  };
  if (state.kind === "live") {
    button("Log timestamp", () => actions.log(null), true);
    button("Undo last", () => actions.undo());
    button("End show", () => actions.endShow());
  } else if (state.kind === "stale") {
    button("End show", () => actions.endShow(), true);
    button("Go live", () => actions.goLive());
  } else if (state.kind === "ended") button("Go live again", () => actions.goLive());
  else button("Go live", () => actions.goLive(), true);
  return state.kind === "live" ? clock : null;
}

export function renderBody(el: HTMLElement, model: LiveModel, actions: LiveViewActions): void {
  el.empty();
  const kind = model.state.kind;
  // Before the show its checklist comes first; once on air, the plan and the chapters do.
  const before = kind !== "live" && kind !== "ended" && kind !== "stale";
  if (before) renderBefore(el, model, actions);
  renderPoints(el, model, actions);
  renderChapters(el, model, actions);
  if (kind === "ended" || kind === "live") renderCorrections(el, model, actions);
  if (!before && kind !== "ended") renderBefore(el, model, actions);
}

function section(parent: HTMLElement, title: string, cls: string): HTMLElement {
  const el = parent.createDiv({ cls: ["office-hours-live-section", cls] });
  el.createDiv({ cls: "office-hours-live-section-title", text: title });
  return el;
}

function renderPoints(parent: HTMLElement, model: LiveModel, actions: LiveViewActions): void {
  const el = section(parent, "Talking points", "is-points");
  if (model.points.length === 0) {
    el.createDiv({ cls: "office-hours-live-empty", text: "No talking points in this note. Log timestamp asks for a title." });
    return;
  }
  const live = model.state.kind === "live";
  const list = el.createEl("ol", { cls: "office-hours-live-points" });
  for (const point of model.points) {
    const item = list.createEl("li", { cls: "office-hours-live-point" });
    item.toggleClass("is-logged", point.loggedAt !== null);
    const row = item.createDiv({ cls: "office-hours-live-point-row" });
    const title = row.createEl("button", {
      cls: "office-hours-live-point-title",
      attr: { "aria-label": live ? `Log “${point.title}” now` : point.title },
    });
    title.disabled = !live;
    title.createSpan({ text: point.title });
    row.createSpan({ cls: "office-hours-live-point-time", text: point.loggedAt ?? "" });
    title.addEventListener("click", () => actions.log(point));
    if (point.children.length > 0) {
      // Nested points stay folded under their parent until asked for.
      const details = item.createEl("details", { cls: "office-hours-live-children" });
      details.createEl("summary", { text: `${point.children.length} more` });
      const sub = details.createEl("ul");
      for (const child of point.children) sub.createEl("li", { text: child });
    }
  }
}

function renderChapters(parent: HTMLElement, model: LiveModel, actions: LiveViewActions): void {
  const el = section(parent, "Chapters", "is-chapters");
  if (model.chapters.length === 0) {
    el.createDiv({ cls: "office-hours-live-empty", text: "No chapters logged yet." });
  } else {
    const list = el.createEl("ul", { cls: "office-hours-live-chapters" });
    for (const chapter of model.chapters) {
      const li = list.createEl("li");
      li.createSpan({ cls: "office-hours-live-chapter-time", text: chapter.at });
      li.createSpan({ text: chapter.title });
    }
  }
  if (model.problems.length > 0) {
    const problems = el.createEl("ul", { cls: "office-hours-live-problems" });
    for (const problem of model.problems) problems.createEl("li", { cls: "office-hours-alert is-late", text: problem.message });
  } else if (model.youtube) {
    const ready = el.createDiv({ cls: "office-hours-live-ready" });
    ready.createSpan({ text: `Ready for YouTube: ${model.youtube.length} chapters.` });
    const copy = ready.createEl("button", { text: "Copy for the description" });
    const lines = model.youtube.join("\n");
    copy.addEventListener("click", () => actions.copy(lines));
  }
}

function renderCorrections(parent: HTMLElement, model: LiveModel, actions: LiveViewActions): void {
  const el = section(parent, model.state.kind === "ended" ? "After the show" : "Corrections", "is-after");
  const shift = el.createDiv({ cls: "office-hours-live-field" });
  const label = shift.createEl("label", { text: `${model.started} began ` });
  const input = label.createEl("input", { type: "text", attr: { inputmode: "numeric", placeholder: "40", "aria-label": "Seconds late" } });
  label.appendText(" s after Go live");
  const apply = shift.createEl("button", { text: "Shift" });
  const error = el.createDiv({ cls: "office-hours-field-error" });
  const doShift = () => {
    const delta = parseShift(input.value);
    if (delta === null || delta === 0) {
      error.setText("Seconds, like 40, -5 or 1:10.");
      return;
    }
    error.setText("");
    actions.shift(delta);
  };
  apply.addEventListener("click", doShift);
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") doShift();
  });

  if (model.state.kind !== "ended") return;
  const url = el.createDiv({ cls: "office-hours-live-field" });
  const urlLabel = url.createEl("label", { cls: "is-wide", text: "Video link " });
  const urlInput = urlLabel.createEl("input", { type: "url", attr: { placeholder: VIDEO_LINK_EXAMPLE, "aria-label": "Video link" } });
  urlInput.value = model.url ?? "";
  const save = url.createEl("button", { text: "Save" });
  const urlError = el.createDiv({ cls: "office-hours-field-error" });
  const doSave = () => {
    const problem = checkUrl(urlInput.value);
    urlError.setText(problem ?? "");
    if (problem === null && urlInput.value.trim() !== (model.url ?? "")) actions.setUrl(urlInput.value);
  };
  save.addEventListener("click", doSave);
  urlInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") doSave();
  });
}

function renderBefore(parent: HTMLElement, model: LiveModel, actions: LiveViewActions): void {
  if (model.before.length === 0) return;
  const el = section(parent, model.beforeHeading ?? "Just before the show", "is-before");
  for (const item of model.before) {
    const label = el.createEl("label", { cls: "office-hours-open-item" });
    const checkbox = label.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox" });
    checkbox.checked = item.done;
    checkbox.disabled = item.done;
    label.createSpan({ text: item.text });
    checkbox.addEventListener("change", () => actions.tick(item, checkbox));
  }
}
