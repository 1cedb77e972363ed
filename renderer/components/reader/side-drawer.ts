import type { LitElement } from 'lit';

/**
 * In a narrow window the side panel is a drawer over the text, opened by a toggle. Focus goes into it
 * when it opens and back to the toggle when it closes; choosing a place in it closes it to show that
 * place.
 */
export class SideDrawer {
  opened = false;

  constructor(private readonly host: LitElement) {}

  toggle = (): void => {
    if (this.opened) this.close();
    else void this.open();
  };

  close = (): void => {
    this.set(false);
    this.host.renderRoot.querySelector<HTMLElement>('.drawer-toggle')?.focus();
  };

  /** A choice in the drawer shows its place in the text: the drawer makes way (focus stays put). */
  makeWay(): void {
    if (this.opened) this.set(false);
  }

  private async open(): Promise<void> {
    this.set(true);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('aside .drawer-close')?.focus();
  }

  set(opened: boolean): void {
    this.opened = opened;
    this.host.requestUpdate();
  }
}
