// The baseline the cold scan is compared with, as a process of its own: walk the folder
// and read every Markdown note as UTF-8 text, nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".md")) bytes += readFileSync(full, "utf8").length;
  }
};
walk(process.argv[2] ?? ".");
process.stdout.write(`${bytes}\n`);
