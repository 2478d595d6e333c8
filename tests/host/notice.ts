// Notices. Each one is also recorded in `noticeLog`, which the host exposes so
// tests can assert on what the user was told.

export interface NoticeRecord {
  message: string;
  duration: number | undefined;
  notice: Notice;
}

export const noticeLog: NoticeRecord[] = [];

/** How long a notice stays when no duration is given (the d.ts names no default; the host picks 4 s). */
const DEFAULT_DURATION_MS = 4000;

function noticeContainer(): HTMLElement {
  return document.body.querySelector<HTMLElement>(":scope > .notice-container") ?? document.body.createDiv({ cls: "notice-container" });
}

export class Notice {
  /** Deprecated in the app in favour of messageEl; kept as the same element. */
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  readonly #record: NoticeRecord;
  #timer: number | undefined;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.containerEl = noticeContainer().createDiv({ cls: "notice" });
    this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
    this.noticeEl = this.messageEl;
    this.#record = { message: "", duration, notice: this };
    noticeLog.push(this.#record);
    this.setMessage(message);
    this.containerEl.addEventListener("click", () => this.hide());
    const time = duration ?? DEFAULT_DURATION_MS;
    if (time > 0) this.#timer = window.setTimeout(() => this.hide(), time);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    this.#record.message = this.messageEl.getText();
    return this;
  }

  hide(): void {
    if (this.#timer !== undefined) window.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.containerEl.detach();
  }

  /** Whether the notice is still on screen. */
  hostIsShown(): boolean {
    return this.containerEl.isConnected;
  }
}
