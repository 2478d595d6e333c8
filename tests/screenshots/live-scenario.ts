// A show on the demo's episode of the week (Friday 27 November 2026, 13:00 UTC), run the
// way a host runs it: Go live, Log timestamp at set times, End show. For the pictures and
// the clock's benchmark.
import type { Host } from "../host/host";

const LIVE_EPISODE = "Office Hours/OH 04 - Logs at scale, with Kenji Sato.md";
const SHOW_START = Date.parse("2026-11-27T13:00:00Z");

type Until = (check: () => boolean, what: string) => Promise<void>;

function liveText(selector: string): string {
  return document.querySelector(`.workspace-leaf-content[data-type="office-hours-live"] ${selector}`)?.textContent ?? "";
}

async function at(host: Host, setNow: (ms: number) => void, seconds: number, command?: string): Promise<void> {
  setNow(SHOW_START + seconds * 1000);
  if (command) await host.runCommand(command);
  await host.flush();
}

/** Live at 13:00, three chapters logged with the command, then 18 min 42 s into the show. */
export async function liveShow(host: Host, setNow: (ms: number) => void, until: Until): Promise<void> {
  await host.openFile(LIVE_EPISODE);
  await at(host, setNow, 0, "office-hours:go-live");
  await at(host, setNow, 4, "office-hours:log-timestamp");
  await at(host, setNow, 135, "office-hours:log-timestamp");
  await at(host, setNow, 580, "office-hours:log-timestamp");
  await at(host, setNow, 1122);
  await until(
    () => liveText(".office-hours-live-header .office-hours-live-clock") === "00:18:42" && liveText(".office-hours-live-chapters").includes("Why logs get expensive"),
    "the live view at 18:42",
  );
}

/** The rest of the show, then End show: seven chapters ready for YouTube. */
export async function endShow(host: Host, setNow: (ms: number) => void, until: Until): Promise<void> {
  for (const seconds of [1500, 2400, 3000, 3300]) await at(host, setNow, seconds, "office-hours:log-timestamp");
  await at(host, setNow, 3420, "office-hours:end-show");
  await until(() => liveText(".office-hours-live-badge") === "Ended" && liveText(".office-hours-live-ready") !== "", "the ended show");
}
