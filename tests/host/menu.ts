// Context menus: a Menu of MenuItems shown as div.menu > div.menu-item in the
// document, so a test can find an item by its title and click it.
import { Component } from "./component";
import { setIcon } from "./icons";
import { trackResult } from "./scheduler";

export class MenuItem {
  readonly dom: HTMLElement;
  readonly #titleEl: HTMLElement;
  #callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | undefined;
  #disabled = false;
  section = "";

  constructor(private readonly menu: Menu) {
    this.dom = createDiv({ cls: "menu-item" });
    this.dom.createDiv({ cls: "menu-item-icon" });
    this.#titleEl = this.dom.createDiv({ cls: "menu-item-title" });
    this.dom.addEventListener("click", (evt) => this.hostSelect(evt));
  }

  setTitle(title: string | DocumentFragment): this {
    this.#titleEl.setText(title);
    return this;
  }

  setIcon(icon: string | null): this {
    const iconEl = this.dom.querySelector<HTMLElement>(".menu-item-icon");
    if (iconEl) {
      iconEl.empty();
      if (icon) setIcon(iconEl, icon);
    }
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.dom.toggleClass("mod-checked", checked === true);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.#disabled = disabled;
    this.dom.toggleClass("is-disabled", disabled);
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.dom.toggleClass("is-label", isLabel);
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.dom.toggleClass("is-warning", isWarning);
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.#callback = callback;
    return this;
  }

  hostSelect(evt: MouseEvent | KeyboardEvent): void {
    if (this.#disabled) return;
    this.menu.hide();
    trackResult(this.#callback?.(evt));
  }
}

export class MenuSeparator {
  readonly dom = createDiv({ cls: "menu-separator" });
}

export class Menu extends Component {
  readonly dom: HTMLElement;
  readonly items: (MenuItem | MenuSeparator)[] = [];
  #onHide: (() => unknown)[] = [];

  constructor() {
    super();
    this.dom = createDiv({ cls: "menu" });
  }

  static forEvent(evt: PointerEvent | MouseEvent): Menu {
    void evt;
    return new Menu();
  }

  setNoIcon(): this {
    this.dom.addClass("mod-no-icon");
    return this;
  }

  setUseNativeMenu(useNativeMenu: boolean): this {
    void useNativeMenu;
    return this;
  }

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem(this);
    cb(item);
    this.items.push(item);
    return this;
  }

  addSeparator(): this {
    this.items.push(new MenuSeparator());
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  showAtPosition(position: { x: number; y: number }, doc?: Document): this {
    void position;
    this.dom.empty();
    for (const item of this.items) this.dom.appendChild(item.dom);
    (doc ?? document).body.appendChild(this.dom);
    this.load();
    return this;
  }

  hide(): this {
    if (this.dom.isConnected) {
      this.dom.detach();
      this.unload();
      for (const callback of this.#onHide) callback();
    }
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => unknown): void {
    this.#onHide.push(callback);
  }
}
