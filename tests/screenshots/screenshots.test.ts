// Renders the sidebar (on the real five-show vault), the new-episode form, the snippet picker
// and the live view (on the demo vault) in real headless Chromium, in the light and the dark
// theme, checks what they show and how the sidebar's rows measure, and keeps the pictures
// in docs/ for the README when UPDATE_SCREENSHOTS=1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { tmpdir } from "node:os";
import { chromiumAvailable, openPage, type LoadedPage } from "./chromium";
import type { RowMetrics } from "./sidebar-metrics";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";

// The pictures go to docs/ only when asked (UPDATE_SCREENSHOTS=1): two of them are not
// byte-stable from run to run, so every `npm test` left the clone with changed files.
const DOCS = process.env.UPDATE_SCREENSHOTS ? join(import.meta.dirname, "..", "..", "docs") : join(tmpdir(), "office-hours-screenshots");
const THEMES = ["light", "dark"] as const;

/** The day a week after `date` (YYYY-MM-DD), by UTC arithmetic. */
function addWeek(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
}

type Api = {
  startDemo(): Promise<void>;
  openSidebar(): Promise<void>;
  startVault(files: Record<string, string>, nowMs: number): Promise<void>;
  rowMetrics(): RowMetrics;
  expandRow(path?: string): Promise<void>;
  setView(view: string): Promise<void>;
  openNewEpisode(topic: string, guests: string): Promise<void>;
  openSnippetPicker(path: string): Promise<void>;
  closeModals(): Promise<void>;
  openAgenda(): Promise<void>;
  openReschedule(path: string, date: string): Promise<void>;
  liveShow(): Promise<void>;
  endShow(): Promise<void>;
  openDetectReview(files: Record<string, string>): Promise<number>;
  openGuests(files: Record<string, string>): Promise<number>;
  openLinkNames(notePath: string): Promise<void>;
  openSettings(show: string | null): Promise<void>;
};

const FIVE_SHOWS = join(import.meta.dirname, "..", "fixtures", "five-shows");

/** The five-show vault's notes, as the page's in-memory vault takes them. */
function fiveShows(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md") && dir !== FIVE_SHOWS) files[relative(FIVE_SHOWS, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(FIVE_SHOWS);
  return files;
}

describe.skipIf(!chromiumAvailable() && !process.env.CI)("pictures in headless Chromium", () => {
  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      let loaded: LoadedPage;
      beforeAll(async () => {
        mkdirSync(DOCS, { recursive: true });
        loaded = await openPage(theme);
        await loaded.page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.startDemo());
      }, 60_000);
      afterAll(async () => {
        await loaded?.browser.close();
      });

      it("draws the new-episode form, prefilled and previewing the file name", async () => {
        const { page } = loaded;
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.openNewEpisode("Metrics without tears", "Ana Ruiz, Tom Berg"));
        const modal = page.locator(".office-hours-new-episode");
        await expect.poll(() => modal.locator(".office-hours-file-preview").innerText()).toBe(
          "File: Office Hours/OH 07 - Metrics without tears, with Ana Ruiz and Tom Berg.md",
        );
        await modal.screenshot({ path: join(DOCS, `new-episode-${theme}.png`) });
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.closeModals());
      });

      it("draws the agenda: the demo's open items by deadline, late ones marked", async () => {
        const { page } = loaded;
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.openAgenda());
        const view = page.locator('.workspace-leaf-content[data-type="office-hours-agenda"]');
        expect(await view.locator(".office-hours-agenda-group").count()).toBeGreaterThan(1);
        expect(await view.locator(".office-hours-agenda-item").count()).toBeGreaterThan(10);
        expect(await view.locator(".office-hours-agenda-heading").first().innerText()).toMatch(/^(Overdue|Today|This week)/);
        await view.screenshot({ path: join(DOCS, `agenda-${theme}.png`) });
      });

      it("draws the reschedule form with what would change", async () => {
        const { page } = loaded;
        await page.evaluate(() =>
          (window as unknown as { officeHours: Api }).officeHours.openReschedule("Office Hours/OH 05 - Profiling in production, with Sofia Rossi.md", ""),
        );
        const modal = page.locator(".office-hours-reschedule");
        const date = await modal.locator("input[type=date]").inputValue();
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        await modal.locator("input[type=date]").fill(addWeek(date));
        await expect.poll(() => modal.locator(".office-hours-reschedule-changes li").allInnerTexts()).toContainEqual(expect.stringMatching(/^date .* → /));
        await modal.screenshot({ path: join(DOCS, `reschedule-${theme}.png`) });
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.closeModals());
      });

      it("draws the snippet picker with filled previews", async () => {
        const { page } = loaded;
        await page.evaluate(() =>
          (window as unknown as { officeHours: Api }).officeHours.openSnippetPicker("Office Hours/OH 04 - Logs at scale, with Kenji Sato.md"),
        );
        const picker = page.locator(".office-hours-snippet-picker");
        // Every built-in snippet, the host briefing among them.
    await expect.poll(() => picker.locator(".suggestion-item").count()).toBe(15);
        const previews = await picker.locator(".office-hours-snippet-preview").allInnerTexts();
        expect(previews).toContain("Office Hours #04 with Kenji Sato");
        await picker.screenshot({ path: join(DOCS, `snippet-picker-${theme}.png`) });
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.closeModals());
      });

      it("draws the live view during the show: the clock, the points logged, the chapters", async () => {
        const { page } = loaded;
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.liveShow());
        const view = page.locator('.workspace-leaf-content[data-type="office-hours-live"]');
        expect(await view.locator(".office-hours-live-header .office-hours-live-clock").innerText()).toBe("00:18:42");
        expect(await view.locator(".office-hours-live-chapters li").allInnerTexts()).toEqual([
          "00:00:00Intro",
          "00:02:15Introduce Kenji Sato",
          "00:09:40Why logs get expensive",
        ]);
        expect(await view.locator(".office-hours-live-point.is-logged").count()).toBe(3);
        expect(await page.locator(".status-bar .office-hours-live-clock").innerText()).toBe("00:18:42");
        await view.screenshot({ path: join(DOCS, `live-view-${theme}.png`) });
      });

      it("draws the live view after the show, with chapters ready for YouTube", async () => {
        const { page } = loaded;
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.endShow());
        const view = page.locator('.workspace-leaf-content[data-type="office-hours-live"]');
        expect(await view.locator(".office-hours-live-ready").innerText()).toContain("Ready for YouTube: 7 chapters.");
        expect(await view.locator(".office-hours-live-header .office-hours-live-clock").innerText()).toBe("00:57:00");
        await view.screenshot({ path: join(DOCS, `live-after-${theme}.png`) });
      });
    });
  }

  for (const theme of THEMES) {
    describe(`${theme} theme, the sidebar on the five-show vault`, () => {
      let loaded: LoadedPage;
      beforeAll(async () => {
        mkdirSync(DOCS, { recursive: true });
        loaded = await openPage(theme);
        const files = { ...fiveShows(), ".obsidian/plugins/office-hours/data.json": JSON.stringify(fiveShowData()) };
        await loaded.page.evaluate(([f, now]) => (window as unknown as { officeHours: Api }).officeHours.startVault(f, now), [files, FIVE_SHOWS_NOW.getTime()] as const);
      }, 60_000);
      afterAll(async () => {
        await loaded?.browser.close();
      });

      it("draws what needs attention in compact rows, ten or more to a screen", async () => {
        const { page } = loaded;
        const sidebar = page.locator('.workspace-leaf-content[data-type="office-hours-episodes"]');
        expect(await sidebar.locator(".office-hours-row .office-hours-chip").allInnerTexts()).toEqual(["GOH", "A&A", "LCC", "LCC", "GOCC"]);
        // A show chip is coloured for its show, with no border: the Guests view's warning chip
        // (same class) once gave every chip its border and warning colour.
        const chip = await sidebar.locator(".office-hours-row .office-hours-chip").first().evaluate((el) => getComputedStyle(el).borderTopWidth);
        expect(chip).toBe("0px");
        // Measured before the picture's expanded row: every row of the list, all twelve.
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.setView("all"));
        const all = await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.rowMetrics());
        expect(all).toMatchObject({ rows: 12, withAlerts: 1, withRedAlerts: 1 });
        // Three lines (four with an alert): a third of the old rows' height, with room to spare.
        expect(all.medianHeight).toBeLessThan(80);
        expect(all.perScreen).toBeGreaterThanOrEqual(10);
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.setView("attention"));
        const attention = await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.rowMetrics());
        expect(attention).toMatchObject({ rows: 5, withAlerts: 1, withRedAlerts: 1 });
        // The row's text fits its line: a title too long is cut with an ellipsis, never wrapped.
        const title = await sidebar.locator(".office-hours-row-title").first().boundingBox();
        expect(title?.height ?? 99).toBeLessThan(24);
        await page.evaluate((path) => (window as unknown as { officeHours: Api }).officeHours.expandRow(path), "projects/Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
        expect(await sidebar.locator(".office-hours-open-item").count()).toBe(13);
        // After the show the after-show items come first; the ten just-before ones are folded away.
        expect(await sidebar.locator(".office-hours-open-items > .office-hours-open-item").count()).toBe(3);
        expect(await sidebar.locator(".office-hours-other-items > summary").innerText()).toBe("10 more open items, not needed now");
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await sidebar.screenshot({ path: join(DOCS, `sidebar-${theme}.png`) });
      });
    });
  }

  for (const theme of THEMES) {
    describe(`${theme} theme, detect shows`, () => {
      let loaded: LoadedPage;
      beforeAll(async () => {
        loaded = await openPage(theme, 1100, 1900);
      }, 60_000);
      afterAll(async () => {
        await loaded?.browser.close();
      });

      it("draws the review screen of the five-show vault", async () => {
        const { page } = loaded;
        const files = fiveShows();
        const count = await page.evaluate((f) => (window as unknown as { officeHours: Api }).officeHours.openDetectReview(f), files);
        expect(count).toBe(5);
        const modal = page.locator(".modal.office-hours-detect");
        expect(await modal.locator(".office-hours-detect-head .setting-item-name").allInnerTexts()).toEqual([
          "Adobo and Avocados (A&A)",
          "Cafe con Grafana (CCG)",
          "Grafana Office Hours (GOH)",
          "Grafana OTel Community Call",
          "Loki Community Calls",
        ]);
        expect(await modal.locator("button.mod-cta").innerText()).toBe("Add 5 shows");
        // Every episode is in one of the five folders: looking only there is proposed.
        expect(await modal.locator(".office-hours-detect-scope .checkbox-container.is-enabled").count()).toBe(1);
        // Real layout: the first show's fields are open and take room.
        const fields = await modal.locator(".office-hours-detect-fields").first().boundingBox();
        expect(fields?.height ?? 0).toBeGreaterThan(300);
        await modal.screenshot({ path: join(DOCS, `detect-review-${theme}.png`) });
      });

      it("draws a recorded podcast's settings, and offers to look only in the show folders", async () => {
        const { page } = loaded;
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.openSettings(null));
        const offer = page.locator(".setting-item", { has: page.locator(".office-hours-scope-offer") });
        expect(await offer.locator(".office-hours-scope-offer").innerText()).toMatch(/^1 note outside the show folders is read as an episode \(a task and a guest field\): Dinner party\./);
        await offer.screenshot({ path: join(DOCS, `settings-scope-offer-${theme}.png`) });
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.openSettings("Tech Talk"));
        const tab = page.locator(".mod-settings .vertical-tab-content-container");
        expect(await tab.locator(".setting-item-name").allInnerTexts()).toEqual(expect.arrayContaining(["Format", "Podcast feed link", "Recording studio link"]));
        const format = tab.locator(".setting-item", { has: page.locator(".setting-item-name", { hasText: /^Format$/ }) });
        expect(await format.locator("select").inputValue()).toBe("podcast");
        // The show's page from its name down to its format.
        const top = await tab.locator(".setting-item", { has: page.locator(".setting-item-name", { hasText: /^Name$/ }) }).boundingBox();
        const bottom = await format.boundingBox();
        if (!top || !bottom) throw new Error("the show's page is not drawn");
        await page.screenshot({ path: join(DOCS, `settings-format-${theme}.png`), clip: { x: top.x, y: top.y, width: top.width, height: bottom.y + bottom.height - top.y } });
      });
    });
  }

  for (const theme of THEMES) {
    describe(`${theme} theme, guests`, () => {
      let loaded: LoadedPage;
      beforeAll(async () => {
        loaded = await openPage(theme, 900, 1400);
      }, 60_000);
      afterAll(async () => {
        await loaded?.browser.close();
      });

      it("draws the guests view of the five-show vault, with a guest note and a suggestion", async () => {
        const { page } = loaded;
        const files = {
          ...fiveShows(),
          "Office Hours/Guests/Ed Welch.md": "---\npronouns: he/him\npronunciation: ED WELCH\ntimezone: America/New_York\ncompany: Grafana Labs\n---\n",
          "Office Hours/Guests/Renata Ortega.md": "---\nstatus: suggested\ncompany: Example Corp\n---\nMet at KubeCon; conversation open on LinkedIn.\n",
        };
        // The five shows' ten guests and the suggested one.
        expect(await page.evaluate((f) => (window as unknown as { officeHours: Api }).officeHours.openGuests(f), files)).toBe(11);
        const view = page.locator('.workspace-leaf-content[data-type="office-hours-guests"]');
        const ed = view.locator(".office-hours-guest", { hasText: "Ed Welch" });
        expect(await ed.locator(".office-hours-guest-episode").count()).toBe(2);
        expect(await ed.locator(".office-hours-guest-missing").count()).toBe(0);
        // Shows by their short labels, as the Episodes view's chips name them; full names on hover.
        expect(await ed.locator(".office-hours-guest-meta").innerText()).toMatch(/^GOCC, LCC · 2 episodes/);
        expect(await ed.locator(".office-hours-guest-show").evaluateAll((els) => els.map((el) => el.getAttribute("title")))).toEqual(["Grafana OTel Community Call", "Loki Community Calls"]);
        expect(await view.locator(".office-hours-show-filter option").allInnerTexts()).toEqual(["All shows", "A&A", "GOCC", "GOH", "LCC"]);
        expect(await view.locator(".office-hours-group.is-suggested .office-hours-guest-name").allInnerTexts()).toEqual(["Renata Ortega"]);
        // The show filter is as tall as the Import button beside it, not the 9em its
        // flex basis gave it in the toolbar's column.
        const filter = await view.locator(".office-hours-show-filter").boundingBox();
        const button = await view.locator(".office-hours-toolbar button", { hasText: "Import list" }).boundingBox();
        expect(filter && button && filter.height <= button.height * 1.5).toBe(true);
        await view.screenshot({ path: join(DOCS, `guests-${theme}.png`) });
      });

      it("draws the confirmation of Link guest names: Ed Welch has a note, Jack Berg not yet", async () => {
        const { page } = loaded;
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.openLinkNames("projects/Grafana OTel Community Call/03 - Logging Best Practices.md"));
        const modal = page.locator(".office-hours-link-names");
        expect(await modal.locator(".setting-item-name").allInnerTexts()).toEqual(["Jack Berg", "Ed Welch", ""]);
        expect(await modal.locator(".setting-item-description").allInnerTexts()).toEqual(["No guest note yet (Office Hours/Guests/Jack Berg.md)", "Link to Office Hours/Guests/Ed Welch.md", ""]);
        await modal.screenshot({ path: join(DOCS, `link-names-${theme}.png`) });
        await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.closeModals());
      });
    });
  }
});
