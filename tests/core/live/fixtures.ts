// The notes the live-show tests read: the real five-show vault (unchanged) and the
// small edge notes of tests/fixtures/live/.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

export const GOH16 = "projects/Grafana Office Hours/GOH 16 - Grafana Agent with Paschalis Tsilias.md";
export const GOH25 = "projects/Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
export const GOH30 = "projects/Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md";
export const AA37 = "projects/Adobo and Avocados/A&A 37 - Observability for testers with Abby Bangser.md";
export const LOGGING03 = "projects/Grafana OTel Community Call/03 - Logging Best Practices.md";
export const LOKI_CACHE = "projects/Loki Community Calls/2025-03-25-loki-cache.md";
export const LOKI_ROAD = "projects/Loki Community Calls/2025-06-24-road-to-4-0.md";
export const CCG005 = "projects/CafeConGrafana/Episodes/CCG 005 - 231130 - RepasemosElGStack.md";

/** A note of the five-show vault, byte for byte. */
export function fiveShows(path: string): string {
  return readFileSync(join(FIXTURES, "five-shows", path), "utf8");
}

/** A note of tests/fixtures/live/. */
export function liveNote(name: string): string {
  return readFileSync(join(FIXTURES, "live", name), "utf8");
}

/** GOH 16's chapters as the note writes them, read by eye. */
export const GOH16_CHAPTERS: [string, number, string][] = [
  ["00:00:00", 0, "Introductions and announcements"],
  ["00:04:04", 244, "What is Grafana Agent?"],
  ["00:07:20", 440, "What is a telemetry collector?"],
  ["00:09:53", 593, "Question: Is Agent a specialized version of the OTel collector?"],
  ["00:11:54", 714, "Difference between Agent and other telemetry collectors"],
  ["00:16:08", 968, "Alternatives to using Agent"],
  ["00:18:53", 1133, "Question: How can you forward messages from Promtail logs to Kafka?"],
  ["00:21:39", 1299, "Flow mode vs. static mode - what's the difference?"],
  ["00:28:40", 1720, "Directed Acyclic Graph of components from Agent"],
  ["00:34:09", 2049, "Installation options for Grafana Agent"],
  ["00:35:49", 2149, "Question: When will the cluster mode for Grafana Agent be production ready?"],
  ["00:37:54", 2274, "Other options to scale Grafana Agent horizontally"],
  ["00:39:36", 2376, "How to get the DAG UI from Agent"],
  ["00:41:56", 2516, "Performance considerations for Grafana Agent"],
  ["00:43:16", 2596, "Metrics Endpoint on Grafana Cloud vs. local Grafana Agent"],
  ["00:47:17", 2837, "Continuous profiling support via Pyroscope in Grafana Agent"],
  ["00:50:10", 3010, "The future of Grafana Agent"],
  ["00:55:04", 3304, "Five-minute summary of everything in this episode"],
];
