// A vault whose host keeps people wherever they like (written for guests8, after the walk10
// vault's People/ folder): the episodes link them in every way Obsidian allows, and a few
// notes share a name. Used by the command-line test (written to a folder) and the plugin's
// (tests/plugin/guests8-linked-notes.test.ts), which must agree.
export const DATA = ".obsidian/plugins/office-hours/data.json";

export const OH02 = "Office Hours/OH 02 - Intro.md";
export const OH03 = "Office Hours/OH 03 - Tests.md";

export function peopleVault(): Record<string, string> {
  return {
    [DATA]: JSON.stringify({ version: 1, shows: [{ name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: "Office Hours/Office Hours.md" }] }),
    "Office Hours/Office Hours.md": "# Office Hours\n\n- [[OH 02 - Intro]]\n- [[OH 03 - Tests]]\n",
    // An episode with properties a person's note could have: a link to it names no person.
    [OH02]: "---\ndate: 2025-03-03\ntimezone: Asia/Tokyo\ncompany: Episode Co\n---\nGuest:: Eve Fox\n",
    [OH03]: "---\ndate: 2025-03-10\n---\nGuest:: [[Ann Lee]], [[People/Bo Chan|Bo]], [[people/cy dee#Bio]], [[OH 02 - Intro]], [[Office Hours]], [[Zed Q]]\n",
    "People/Ann Lee.md": "---\ncompany: Northwind Bank\ntimezone: Europe/Dublin\n---\n# Ann Lee\n",
    // Another note of her name, on a longer path: [[Ann Lee]] leads to the shorter one.
    "Archive/Old/Ann Lee.md": "---\ntimezone: America/Denver\n---\n",
    "People/Bo Chan.md": "---\ntimezone: Asia/Singapore\n---\n",
    // Shorter than People/Bo Chan.md, but the link names its folder.
    "Bo Chan.md": "---\ntimezone: Pacific/Auckland\n---\n",
    "People/Cy Dee.md": "---\ntimezone: America/Chicago\n---\n# Cy Dee\n\n## Bio\n",
    // No note is called "Zed Q": the guests folder's rule as before, by alias.
    "Office Hours/Guests/Zed Quinn.md": "---\naliases: [Zed Q]\ntimezone: Europe/Oslo\n---\n",
    // Eve Fox is written without a link: a note of her name outside the guests folder is not hers.
    "People/Eve Fox.md": "---\ntimezone: Europe/Rome\n---\n",
  };
}

/** What both shells must say: each person's guest note and time zone. */
export const EXPECTED: Record<string, { note: string | null; timezone: string | null }> = {
  "Ann Lee": { note: "People/Ann Lee.md", timezone: "Europe/Dublin" },
  "Bo Chan": { note: "People/Bo Chan.md", timezone: "Asia/Singapore" },
  "Cy Dee": { note: "People/Cy Dee.md", timezone: "America/Chicago" },
  "OH 02 - Intro": { note: null, timezone: null },
  "Office Hours": { note: null, timezone: null },
  "Zed Quinn": { note: "Office Hours/Guests/Zed Quinn.md", timezone: "Europe/Oslo" },
  "Eve Fox": { note: null, timezone: null },
};
