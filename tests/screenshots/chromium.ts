// Loads the screenshot page (page.ts, bundled with esbuild, plus theme.css and the
// plugin's own styles.css) into Debian's headless Chromium through playwright-core.
// Shared by the screenshot test and `npm run bench`.
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** The repository root, found upwards from here (this file also runs bundled into dist/). */
function findRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, "tests", "screenshots", "page.ts"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the repository root");
    dir = parent;
  }
  return dir;
}

const ROOT = findRoot();
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "tests", "screenshots", "page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "error",
    alias: { obsidian: join(ROOT, "tests", "host", "obsidian.ts") },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("the screenshot page did not build");
  return file.text;
}

export interface LoadedPage {
  browser: Browser;
  page: Page;
}

/**
 * The app the page plays: the desktop app, or Obsidian's mobile app on a phone or a tablet,
 * which marks the body `is-mobile` and `is-phone` or `is-tablet` (its CSS and ours key off them).
 */
export type Device = "desktop" | "phone" | "tablet";

const DEVICE_CLASSES: Record<Device, string> = { desktop: "", phone: " is-mobile is-phone", tablet: " is-mobile is-tablet" };

export async function openPage(theme: "light" | "dark", width = 1100, height = 1000, device: Device = "desktop"): Promise<LoadedPage> {
  const script = await bundlePage();
  const css = readFileSync(join(ROOT, "tests", "screenshots", "theme.css"), "utf8") + readFileSync(join(ROOT, "styles.css"), "utf8");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  // A touch screen on mobile. Not playwright's isMobile: without a viewport meta tag that lays
  // the page out 980 px wide and scales it down, which is not how Obsidian's app draws.
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, hasTouch: device !== "desktop" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // Served from an intercepted address (nothing leaves the machine) with cross-origin
  // isolation headers: that gives performance.now() 5 µs resolution instead of 100 µs.
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css.replace(/<\/style/gi, "<\\/style")}</style></head><body class="theme-${theme}${DEVICE_CLASSES[device]}"><script>${script.replace(/<\/script/gi, "<\\/script")}</script></body></html>`;
  await page.route("http://localhost/office-hours/**", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
      body: html,
    }),
  );
  await page.goto("http://localhost/office-hours/");
  if (errors.length > 0) throw new Error(`the screenshot page failed: ${errors.join("; ")}`);
  return { browser, page };
}
