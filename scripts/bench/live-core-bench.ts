// The pure part of "Log timestamp" on a 5,000-line note, in Node: find the next talking
// point, plan the line, apply it to the text (what Vault.process does for a closed note).
import { applyEdits, planLog, viewNote } from "../../src/core/live/edits";
import { livePoints, nextPoint } from "../../src/core/live/live-model";
import { DEFAULT_TIMESTAMP_HEADINGS, timestampHeadingMatcher } from "../../src/core/live/chapters";
import { longEpisode } from "../../tests/screenshots/live-bench";
import { fmt, row, sideBySide } from "./measure";

export function benchLiveCore(lines: string[]): void {
  const text = longEpisode(5000);
  const isHeading = timestampHeadingMatcher();
  let out = "";
  const t = sideBySide(51, {
    plan: () => {
      const view = viewNote(text, isHeading);
      const next = nextPoint(livePoints(text, view.reading.section?.chapters ?? []));
      const plan = planLog(view, { seconds: 754, title: next?.title ?? "x" }, DEFAULT_TIMESTAMP_HEADINGS);
      if (plan.ok) out = applyEdits(text, plan.edits);
    },
  });
  lines.push(row(`plan and apply one log, ${text.split("\n").length}-line note (pure core, Node)`, fmt(t.plan ?? 0), "goal ≪ 16 ms"));
  if (out.length < text.length) throw new Error("the log did not land");
}
