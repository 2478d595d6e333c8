// A vault of everything too long for a phone's width: a show's name of 100 characters with
// no code of its own, guests with long double-barrelled names, an episode title of many
// words, a checklist item that is one unbroken link, and a talking point with a long word.
// Built in the page (no file system), like page-vaults.ts.

/** Exactly 100 characters. */
export const LONG_SHOW_NAME = "The Extraordinarily Long-Running Community Call About Observability, Open Source Tools and Much More";

export const LONG_GUEST = "Maximiliana Alessandra Konstantinopoulou-Featherstonehaugh";

/** One link of 140 characters, with nowhere to break but its slashes. */
export const LONG_LINK = `https://example.com/${"a-very-long-path-segment".repeat(5)}/${"x".repeat(15)}`;

/** Thursday 19 November 2026, 10:00 UTC: the first episode is tomorrow. */
export const LONG_NAMES_NOW = Date.parse("2026-11-19T10:00:00Z");

export function longNamesVault(): Record<string, string> {
  const show = {
    id: "long",
    name: LONG_SHOW_NAME,
    code: "",
    folder: "Shows/Long",
    fileNamePattern: "{{number}} - {{topic}}",
    guestFields: ["Guest", "Guests"],
    deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 },
    schedule: { weekday: 5, time: "16:00", timeZone: "UTC", durationMinutes: 60 },
  };
  const title = "Why distributed tracing of asynchronous message-driven microservice architectures keeps surprising everyone";
  const episode = [
    "---",
    "date: 2026-11-20",
    "url: " + LONG_LINK,
    "---",
    `Guests:: [[${LONG_GUEST}]], Bartholomew Fitzwilliam-Smythe-Ravenscroft, Ana`,
    "",
    "## Pre-show",
    "",
    `- [ ] Send the calendar invite to ${LONG_GUEST}`,
    `- [ ] Check ${LONG_LINK}`,
    "- [ ] Pneumonoultramicroscopicsilicovolcanoconiosis-and-supercalifragilisticexpialidocious",
    "",
    "## Just before",
    "",
    "- [ ] Open the stream",
    "",
    "## Talking points",
    "",
    "- Instrumentation-without-code-changes-through-eBPF-based-autoinstrumentation",
    "- What sampling keeps",
    "",
  ].join("\n");
  return {
    ".obsidian/plugins/office-hours/data.json": JSON.stringify({ version: 1, shows: [show] }),
    [`Shows/Long/01 - ${title}.md`]: episode,
    "Shows/Long/02 - Logs.md": "---\ndate: 2026-11-27\n---\nGuest:: Ann Lee\n\n## Pre-show\n\n- [ ] Book the studio\n",
    [`Office Hours/Guests/${LONG_GUEST}.md`]: "---\ncompany: The International Consortium for Observability and Telemetry Standards\n---\n",
  };
}
