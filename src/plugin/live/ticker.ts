// The clocks of live shows: each is one text node showing the time since its start. One
// interval serves them all and runs only while a clock is shown; a tick writes a clock's
// text only when the displayed second changed, and reads nothing from the page, so it
// never causes a layout or redraws anything but the clock's digits.
import { Component } from "obsidian";
import type { Clock } from "../clock";
import { formatTimecode } from "../../core/live/timecode";
import { elapsedSeconds } from "../../core/live/live-state";

/** Four checks a second: the display follows the second boundary within a quarter second. */
const TICK_MS = 250;

export interface ClockFace {
  el: HTMLElement;
  startMs: number;
  shown: string;
}

class Running extends Component {
  constructor(private readonly tick: () => void) {
    super();
  }
  override onload(): void {
    this.registerInterval(window.setInterval(this.tick, TICK_MS));
  }
}

export class Ticker extends Component {
  private readonly faces = new Set<ClockFace>();
  private running: Running | null = null;
  /** Clock texts written, for the benchmark and tests. */
  writes = 0;

  constructor(private readonly clock: Clock) {
    super();
  }

  /** Show the time since `startMs` in `el` from now on; returns the face to pass to `remove`. */
  add(el: HTMLElement, startMs: number): ClockFace {
    const face: ClockFace = { el, startMs, shown: "" };
    this.faces.add(face);
    this.update(face, this.clock.now().getTime());
    if (!this.running) this.running = this.addChild(new Running(() => this.tick()));
    return face;
  }

  remove(face: ClockFace | null): void {
    if (!face) return;
    this.faces.delete(face);
    if (this.faces.size === 0 && this.running) {
      this.removeChild(this.running);
      this.running = null;
    }
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** One tick: public for the benchmark, which times it. */
  tick(): void {
    const now = this.clock.now().getTime();
    for (const face of this.faces) this.update(face, now);
  }

  private update(face: ClockFace, now: number): void {
    const text = formatTimecode(elapsedSeconds(face.startMs, now));
    if (text === face.shown) return;
    face.shown = text;
    face.el.setText(text);
    this.writes++;
  }

  override onunload(): void {
    this.faces.clear();
    this.running = null;
  }
}
