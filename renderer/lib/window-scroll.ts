import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowScrollOptions {
  /** The window events that schedule an update: 'scroll', and 'resize' where the layout depends on the width. */
  readonly events: readonly ('scroll' | 'resize')[];
  /** Reads the layout, so it runs in an animation frame, once however many events came before it. */
  readonly update: () => void;
  /** While false, events schedule nothing (the host has nothing to follow). */
  readonly wanted?: () => boolean;
}

/** Passive listeners on the window while the host is connected, and no frame left pending once it is gone. */
class WindowScrollController implements ReactiveController {
  private frame = 0;

  constructor(private readonly options: WindowScrollOptions) {}

  hostConnected(): void {
    for (const event of this.options.events) window.addEventListener(event, this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    for (const event of this.options.events) window.removeEventListener(event, this.schedule);
    // Reset too: a host attached again must be able to schedule.
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  schedule = (): void => {
    if (this.frame || this.options.wanted?.() === false) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.options.update();
    });
  };
}

/**
 * For a component whose rendering depends on where the window is scrolled: runs `update` at most once a frame
 * after the window scrolls (or resizes). Returns the same scheduling, for when something else moved what
 * `update` reads.
 */
export function followWindowScroll(host: ReactiveControllerHost, options: WindowScrollOptions): () => void {
  const controller = new WindowScrollController(options);
  host.addController(controller);
  return controller.schedule;
}
