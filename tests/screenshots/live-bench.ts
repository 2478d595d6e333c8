// The live show's figures, measured in Chromium on the stand-in host with the real
// plugin (used by the benchmark through page.ts): how long "Log timestamp" takes to put
// its line into a 5,000-line note, and what the ticking clock costs each second.
import type { Host } from "../host/host";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";

export interface LogFigures {
  /** Median time from running the command to the line in the note. */
  totalMs: number;
  /** Of which the stand-in editor applying and drawing the change (CodeMirror's share in the app). */
  hostMs: number;
  /** Rounds whose line landed before the next animation frame. */
  beforeFrame: number;
  rounds: number;
  lines: number;
}

export interface TickFigures {
  /** A tick that writes the clocks (once a second), and one that finds nothing to change. */
  writeUs: number;
  idleUs: number;
  /** The script time of one second: one writing tick and three idle ones. */
  perSecondUs: number;
  /** DOM changes per second, and how many of them were outside the clocks' digits. */
  mutationsPerSecond: number;
  outsideClock: number;
  /** Style and layout the browser then does, forced right after a writing tick. */
  layoutUs: number;
  clocks: number;
}

export const BENCH_NOTE = "Office Hours/OH 90 - Long notes, with Ann Lee.md";

/** An episode of the built-in template with 30 talking points and a 5,000-line note body. */
export function longEpisode(lines: number): string {
  const points = Array.from({ length: 30 }, (_, i) => `- Talking point ${i + 1}\n\t- a detail of point ${i + 1}`).join("\n");
  const base = BUILTIN_TEMPLATE.replace("date: {{date}}", "date: 2026-11-27")
    .replace("time: {{time}}", "time: 13:00")
    .replace("{{guestList}}", "Ann Lee")
    .replace(/^- $/m, points)
    .replace(/\{\{[^}]*\}\}/g, "x");
  const have = base.split("\n").length;
  const filler = Array.from({ length: Math.max(0, lines - have - 2) }, (_, i) => `Transcript line ${i}: what the guest said about logs, labels and queries at this point.`);
  return `${base}\n## Notes\n\n${filler.join("\n")}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const nextFrame = () => new Promise<number>((resolve) => window.requestAnimationFrame(resolve));

/** "Log timestamp" `rounds` times, 15 s apart in show time, through the open editor or (closed) Vault.process. */
export async function measureLog(host: Host, setNow: (ms: number) => void, open: boolean, rounds = 23): Promise<LogFigures> {
  const start = Date.parse("2026-11-27T13:00:00Z");
  setNow(start);
  const file = host.app.vault.getFileByPath(BENCH_NOTE);
  if (!file) throw new Error("benchmark note missing");
  let landed = 0;
  let hostMs = 0;
  // Go live from the note, as a host does.
  const view = await host.openFile(BENCH_NOTE);
  await host.runCommand("office-hours:go-live");
  // Going live is written in the background: wait until the plugin shows the show as live.
  const t = performance.now();
  while (!document.querySelector(".office-hours-live-status-bar .office-hours-live-clock")) {
    if (performance.now() - t > 5000) throw new Error("the show never went live");
    await new Promise((resolve) => window.setTimeout(resolve, 10));
    await host.flush();
  }
  if (open) {
    const editor = view.editor;
    const transaction = editor.transaction.bind(editor);
    editor.transaction = (tx, origin) => {
      const t = performance.now();
      transaction(tx, origin);
      hostMs += performance.now() - t;
      landed = performance.now();
    };
  } else {
    view.leaf.detach();
    await host.flush();
    host.app.vault.on("modify", (changed) => {
      if (changed.path === BENCH_NOTE) landed = performance.now();
    });
  }
  const totals: number[] = [];
  const hosts: number[] = [];
  let beforeFrame = 0;
  for (let round = 0; round < rounds; round++) {
    setNow(start + (round + 1) * 15_000);
    await nextFrame();
    let frameAt = Number.POSITIVE_INFINITY;
    window.requestAnimationFrame((t) => {
      frameAt = t;
    });
    landed = 0;
    hostMs = 0;
    const t0 = performance.now();
    host.standIn.commands.executeCommandById("office-hours:log-timestamp");
    while (landed === 0 && performance.now() - t0 < 2000) await new Promise((resolve) => window.setTimeout(resolve, 0));
    if (landed === 0) throw new Error("the log never reached the note");
    // Three warm-up rounds are left out.
    if (round >= 3) {
      totals.push(landed - t0);
      hosts.push(hostMs);
      if (landed < frameAt) beforeFrame++;
    }
    await host.flush();
  }
  const text = await host.app.vault.read(file);
  return { totalMs: median(totals), hostMs: median(hosts), beforeFrame, rounds: totals.length, lines: text.split("\n").length };
}

/** The ticker with the live view and the status bar showing a live show: 200 seconds of ticks. */
export function measureTicks(ticker: { tick(): void }, setNow: (ms: number) => void, nowMs: number): TickFigures {
  const clocks = Array.from(document.querySelectorAll(".office-hours-live-clock")).filter((el) => !el.classList.contains("is-idle"));
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const writes: number[] = [];
  const idles: number[] = [];
  const seconds = 200;
  for (let s = 1; s <= seconds; s++) {
    for (let q = 0; q < 4; q++) {
      setNow(nowMs + s * 1000 + q * 250);
      const t0 = performance.now();
      ticker.tick();
      (q === 0 ? writes : idles).push(performance.now() - t0);
    }
  }
  const records = observer.takeRecords();
  observer.disconnect();
  const outsideClock = records.filter((r) => !clocks.some((clock) => clock === r.target || clock.contains(r.target))).length;
  const layouts: number[] = [];
  for (let s = 1; s <= 50; s++) {
    setNow(nowMs + (seconds + s) * 1000);
    ticker.tick();
    const t0 = performance.now();
    void document.body.getBoundingClientRect().height;
    layouts.push(performance.now() - t0);
  }
  const writeUs = median(writes) * 1000;
  const idleUs = median(idles) * 1000;
  return {
    writeUs,
    idleUs,
    perSecondUs: writeUs + 3 * idleUs,
    mutationsPerSecond: records.length / seconds,
    outsideClock,
    layoutUs: median(layouts) * 1000,
    clocks: clocks.length,
  };
}
