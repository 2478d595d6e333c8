// @vitest-environment happy-dom
import {
  AbstractInputSuggest,
  ButtonComponent,
  DropdownComponent,
  FuzzySuggestModal,
  Menu,
  Modal,
  Setting,
  SuggestModal,
  TextComponent,
  ToggleComponent,
  setIcon,
  setTooltip,
} from "obsidian";
import { afterEach, describe, expect, test } from "vitest";
import { chooseSuggestion, findButton, pressKey, selectOption, suggestionTexts, typeInto, userClick } from "./interactions";
import { createTestHost, type TestHost } from "./test-host";

let host: TestHost;
afterEach(() => host.dispose());

const EPISODES = ["GOH 12 - Govable", "GOH 25 - Introduction to eBPF", "A&A 22 - Navigating unemployment", "CCG 005 - Repasemos el G-Stack"];

class EpisodePicker extends FuzzySuggestModal<string> {
  readonly events: string[] = [];

  getItems(): string[] {
    return EPISODES;
  }

  getItemText(item: string): string {
    return item;
  }

  onChooseItem(item: string): void {
    this.events.push(`chose ${item}`);
  }

  override onClose(): void {
    this.events.push("closed");
  }
}

describe("modals", () => {
  test("a modal is in document.body only while open, with its title and content", async () => {
    host = await createTestHost();
    const closed: string[] = [];
    const modal = new (class extends Modal {
      override onOpen(): void {
        this.setTitle("New episode");
        this.contentEl.createEl("p", { text: "Pick a guest." });
      }

      override onClose(): void {
        closed.push("onClose");
        this.contentEl.empty();
      }
    })(host.app);
    modal.open();
    expect(modal.containerEl.isConnected).toBe(true);
    expect(modal.containerEl.parentElement).toBe(document.body);
    expect(modal.titleEl.textContent).toBe("New episode");
    expect(modal.contentEl.textContent).toBe("Pick a guest.");
    expect(host.activeModal()).toBe(modal);
    pressKey("Escape");
    expect(modal.containerEl.isConnected).toBe(false);
    expect(closed).toEqual(["onClose"]);
    expect(host.activeModal()).toBeNull();
  });

  test("a fuzzy picker lists items, filters as the user types, and closes before the choice is reported", async () => {
    host = await createTestHost();
    const picker = new EpisodePicker(host.app);
    picker.setPlaceholder("Find an episode");
    picker.setInstructions([{ command: "↵", purpose: "to open" }]);
    picker.open();
    await host.flush();
    expect(suggestionTexts(picker.resultContainerEl)).toEqual(EPISODES);
    expect(picker.inputEl.placeholder).toBe("Find an episode");
    typeInto(picker.inputEl, "goh ebpf");
    await host.flush();
    expect(suggestionTexts(picker.resultContainerEl)).toEqual(["GOH 25 - Introduction to eBPF"]);
    expect(picker.resultContainerEl.querySelector(".suggestion-highlight")).not.toBeNull();
    chooseSuggestion(0, picker.resultContainerEl);
    expect(picker.events).toEqual(["closed", "chose GOH 25 - Introduction to eBPF"]);
    expect(picker.containerEl.isConnected).toBe(false);
  });

  test("arrow keys and Enter choose; no match shows the empty state", async () => {
    host = await createTestHost();
    const picker = new EpisodePicker(host.app);
    picker.open();
    await host.flush();
    pressKey("ArrowDown");
    pressKey("ArrowDown");
    expect(picker.resultContainerEl.querySelector(".is-selected")?.textContent).toBe(EPISODES[2]);
    typeInto(picker.inputEl, "zzz");
    await host.flush();
    expect(picker.resultContainerEl.querySelector(".suggestion-empty")?.textContent).toBe("No results found.");
    typeInto(picker.inputEl, "CCG");
    await host.flush();
    pressKey("Enter");
    expect(picker.events).toEqual(["closed", `chose ${EPISODES[3]}`]);
  });

  test("a SuggestModal with async suggestions shows only the latest query's results", async () => {
    host = await createTestHost();
    const chosen: string[] = [];
    class GuestPicker extends SuggestModal<string> {
      async getSuggestions(query: string): Promise<string[]> {
        await new Promise((resolve) => window.setTimeout(resolve, query === "a" ? 30 : 1));
        return ["Ana", "Bo", "Ari"].filter((name) => name.toLowerCase().startsWith(query));
      }

      renderSuggestion(value: string, el: HTMLElement): void {
        el.createDiv({ text: value });
      }

      onChooseSuggestion(item: string): void {
        chosen.push(item);
      }
    }
    const picker = new GuestPicker(host.app);
    picker.open();
    typeInto(picker.inputEl, "a");
    typeInto(picker.inputEl, "b");
    await host.flush();
    expect(suggestionTexts(picker.resultContainerEl)).toEqual(["Bo"]);
    chooseSuggestion("Bo");
    expect(chosen).toEqual(["Bo"]);
  });

  test("an input suggest pops up under a text field", async () => {
    host = await createTestHost();
    const input = document.body.createEl("input", { type: "text" });
    class FolderSuggest extends AbstractInputSuggest<string> {
      protected getSuggestions(query: string): string[] {
        return ["Episodes", "Guests", "Templates"].filter((folder) => folder.toLowerCase().includes(query.toLowerCase()));
      }

      renderSuggestion(value: string, el: HTMLElement): void {
        el.setText(value);
      }
    }
    const suggest = new FolderSuggest(host.app, input);
    suggest.onSelect((value) => {
      suggest.setValue(value);
      suggest.close();
    });
    typeInto(input, "es");
    await host.flush();
    expect(suggestionTexts()).toEqual(["Episodes", "Guests", "Templates"]);
    chooseSuggestion("Guests");
    expect(input.value).toBe("Guests");
    expect(document.querySelector(".suggestion-container")).toBeNull();
  });
});

describe("settings controls", () => {
  test("a Setting row holds real inputs; setValue does not report a change, user input does", async () => {
    host = await createTestHost();
    const container = document.body.createDiv();
    const changes: string[] = [];
    let text: TextComponent | undefined;
    let toggle: ToggleComponent | undefined;
    let dropdown: DropdownComponent | undefined;
    const setting = new Setting(container)
      .setName("Episode folder")
      .setDesc("Where notes go.")
      .addText((component) => {
        text = component.setPlaceholder("Episodes").setValue("Shows").onChange((value) => changes.push(`text ${value}`));
      })
      .addToggle((component) => {
        toggle = component.onChange((value) => changes.push(`toggle ${value}`));
      })
      .addDropdown((component) => {
        dropdown = component
          .addOptions({ weekly: "Weekly", monthly: "Monthly" })
          .setValue("monthly")
          .onChange((value) => changes.push(`dropdown ${value}`));
      })
      .addButton((button: ButtonComponent) => button.setButtonText("Reset").setCta().onClick(() => changes.push("clicked")));
    expect(setting.settingEl.classList.contains("setting-item")).toBe(true);
    expect(setting.nameEl.textContent).toBe("Episode folder");
    expect(setting.descEl.textContent).toBe("Where notes go.");
    expect(setting.controlEl.querySelectorAll("input, select, button")).toHaveLength(4);
    expect(text?.getValue()).toBe("Shows");
    expect(dropdown?.getValue()).toBe("monthly");
    expect(changes).toEqual([]);
    if (text) typeInto(text.inputEl, "Episodes");
    if (toggle) userClick(toggle.toggleEl);
    if (dropdown) selectOption(dropdown.selectEl, "weekly");
    userClick(findButton(container, "Reset"));
    expect(changes).toEqual(["text Episodes", "toggle true", "dropdown weekly", "clicked"]);
    expect(toggle?.toggleEl.classList.contains("is-enabled")).toBe(true);
    expect(findButton(container, "Reset").classList.contains("mod-cta")).toBe(true);
    setting.setDisabled(true);
    userClick(findButton(container, "Reset"));
    expect(changes).toHaveLength(4);
  });

  test("setHeading marks a section heading", async () => {
    host = await createTestHost();
    const heading = new Setting(document.body.createDiv()).setName("Calendar").setHeading();
    expect(heading.settingEl.classList.contains("setting-item-heading")).toBe(true);
  });
});

describe("small helpers", () => {
  test("setIcon puts one placeholder svg carrying the icon id; setTooltip sets aria-label", async () => {
    host = await createTestHost();
    const el = document.body.createDiv();
    setIcon(el, "calendar");
    setIcon(el, "check");
    expect(el.querySelectorAll("svg")).toHaveLength(1);
    expect(el.querySelector("svg")?.getAttribute("data-icon")).toBe("check");
    setTooltip(el, "Mark done", { placement: "top" });
    expect(el.getAttribute("aria-label")).toBe("Mark done");
    expect(el.getAttribute("data-tooltip-position")).toBe("top");
  });

  test("a menu shows its items and runs the one clicked", async () => {
    host = await createTestHost();
    const picked: string[] = [];
    const menu = new Menu();
    menu.addItem((item) => item.setTitle("Open episode").setIcon("file").onClick(() => picked.push("open")));
    menu.addSeparator();
    menu.addItem((item) => item.setTitle("Delete").setDisabled(true).onClick(() => picked.push("delete")));
    menu.showAtPosition({ x: 0, y: 0 });
    const items = Array.from(document.querySelectorAll(".menu .menu-item"));
    expect(items.map((item) => item.textContent)).toEqual(["Open episode", "Delete"]);
    if (items[1]) userClick(items[1]);
    if (items[0]) userClick(items[0]);
    expect(picked).toEqual(["open"]);
    expect(document.querySelector(".menu")).toBeNull();
  });
});
