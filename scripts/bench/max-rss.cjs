// Preloaded into a benchmark child (node --require): prints its peak resident set size.
process.on("exit", () => process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
