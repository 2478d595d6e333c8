// `office-hours guests DIR | head -3`: the reader closes the pipe while the tool is still
// writing. The built tool is spawned behind a real shell pipe, on a vault whose report is
// far longer than a pipe's buffer (64 KiB), so the tool is certain to write into a closed pipe.
import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { endQuietlyOnClosedPipe } from "../../src/cli/io";

const REPO = join(import.meta.dirname, "../..");
const root = mkdtempSync(join(tmpdir(), "oh-pipe-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// 1,500 episodes, each with its own guest and open items, upcoming from 2030 on.
for (let n = 1; n <= 1500; n++) {
  const day = new Date(Date.UTC(2030, 0, 1 + n)).toISOString().slice(0, 10);
  const text = `---\ndate: ${day}\n---\nGuest:: Guest Person Number ${n} (Example Company)\n\n- [ ] Invite the guest 📅 ${day}\n- [ ] Write the promo\n`;
  writeFileSync(join(root, `GOH ${n} - A topic long enough to fill the row ${n}.md`), text);
}

function throughHead(command: string): { stdout: string; stderr: string; exit: string } {
  const script = `node scripts/cli.mjs ${command} "$VAULT" --today 2029-12-01 | head -3; echo "exit \${PIPESTATUS[0]}" >&2`;
  const child = spawnSync("bash", ["-c", script], { cwd: REPO, env: { ...process.env, VAULT: root, INIT_CWD: REPO }, encoding: "utf8", timeout: 120_000 });
  const lines = child.stderr.trimEnd().split("\n");
  return { stdout: child.stdout, stderr: lines.slice(0, -1).join("\n"), exit: lines.at(-1) ?? "" };
}

describe("a reader that closes the pipe early", () => {
  for (const command of ["guests", "status", "agenda"]) {
    it(`${command}: stops quietly with success once head has its three lines`, () => {
      const result = throughHead(command);
      expect(result.stdout.split("\n").filter((l) => l !== "")).toHaveLength(3);
      expect(result.stderr).toBe("");
      expect(result.exit).toBe("exit 0");
    });
  }

  it("writes the whole report when nobody closes the pipe (the report is longer than a pipe holds)", () => {
    const child = spawnSync("node", ["scripts/cli.mjs", "guests", root, "--today", "2029-12-01"], { cwd: REPO, env: { ...process.env, INIT_CWD: REPO }, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(child.status).toBe(0);
    expect(child.stdout.length).toBeGreaterThan(64 * 1024);
    expect(child.stdout).toMatch(/^1500 guests named in episodes/m);
  });
});

describe("endQuietlyOnClosedPipe", () => {
  it("ends with success on EPIPE and still throws any other stream error", () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => exits.push(code));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([0]);
    expect(() => stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("write EIO");
    expect(exits).toEqual([0]);
  });
});
