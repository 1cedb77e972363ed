/** One reversible change: what it was (for the status line) and how to take it back or do it again. */
export interface Command {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/**
 * Undo and redo of annotation changes. A new change clears the redo side. Steps run one at a time, so
 * pressing Ctrl+Z twice quickly undoes two changes in order.
 */
export class UndoHistory {
  private done: Command[] = [];
  private undone: Command[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limit = 200) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  push(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }

  /** Undoes the last change; resolves to its label, or null if there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.step(this.done, this.undone, (command) => command.undo());
  }

  redo(): Promise<string | null> {
    return this.step(this.undone, this.done, (command) => command.redo());
  }

  private step(
    from: Command[],
    to: Command[],
    run: (command: Command) => Promise<void>,
  ): Promise<string | null> {
    const next = this.queue.then(async () => {
      const command = from.pop();
      if (!command) return null;
      try {
        await run(command);
      } catch (error) {
        from.push(command);
        throw error;
      }
      to.push(command);
      return command.label;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
