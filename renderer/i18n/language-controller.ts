import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageChange } from './index.js';

/**
 * Re-renders its host when the language changes, as long as the host is connected. Rendering reads `t`
 * again, so nothing is reloaded: the route, the open article, the scroll position and any typed text
 * stay as they were.
 */
class LanguageController implements ReactiveController {
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {}

  hostConnected(): void {
    this.stop = onLanguageChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}

/** For the constructor of every component that shows strings (as @lit/localize's function of this name). */
export function updateWhenLanguageChanges(host: ReactiveControllerHost): void {
  host.addController(new LanguageController(host));
}
