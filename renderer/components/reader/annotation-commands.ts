import type { LitElement } from 'lit';
import type { Annotation, Api } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { reportError } from '../../lib/errors.js';
import { UndoHistory, type Command } from '../../lib/undo.js';
import type { AnnotationChange } from './annotation-entry.js';

export type NewAnnotation = Omit<Parameters<Api['annotations.create']>[0], 'articleId'>;

export interface AnnotationCommandsOptions {
  client(): Api;
  /** The open article's id, or null while none is loaded. */
  articleId(): number | null;
  /** Says what an undo or redo did (the reader's status line). */
  announce(message: string): void;
}

/**
 * The open article's annotations and every change to them, each run as a command that Ctrl/Cmd+Z takes
 * back and Shift+Ctrl/Cmd+Z does again, so that the library and the page stay in step.
 */
export class AnnotationCommands {
  annotations: Annotation[] = [];
  private history = new UndoHistory();

  constructor(
    private readonly host: LitElement,
    private readonly options: AnnotationCommandsOptions,
  ) {}

  /** Another article's annotations: the changes made to the last one can no longer be undone here. */
  open(annotations: Annotation[]): void {
    this.history.clear();
    this.set(annotations);
  }

  find(id: number): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  async create(input: NewAnnotation): Promise<void> {
    const articleId = this.options.articleId();
    if (articleId === null) return;
    const client = this.options.client();
    let created: Annotation | null = null;
    await this.record({
      label: input.kind === 'note' || input.note ? t.undo.note : t.undo.create,
      redo: async () => {
        created = created
          ? await client['annotations.restore']({ annotation: created })
          : await client['annotations.create']({ articleId, ...input });
        this.replace(created);
      },
      undo: async () => {
        if (!created) return;
        await client['annotations.delete']({ id: created.id });
        this.remove(created.id);
      },
    });
  }

  async update({ id, ...change }: AnnotationChange): Promise<void> {
    const before = this.find(id);
    if (!before) return;
    const previous: Omit<AnnotationChange, 'id'> = {};
    if (change.color !== undefined) previous.color = before.color;
    if (change.style !== undefined) previous.style = before.style;
    if (change.note !== undefined) previous.note = before.note;
    if (change.tags !== undefined) previous.tags = before.tags;
    const label =
      change.color !== undefined
        ? t.undo.color
        : change.style !== undefined
          ? t.undo.style
          : change.note !== undefined
            ? t.undo.editNote
            : t.undo.tags;
    const client = this.options.client();
    await this.record({
      label,
      redo: async () => this.replace(await client['annotations.update']({ id, ...change })),
      undo: async () => this.replace(await client['annotations.update']({ id, ...previous })),
    });
  }

  async delete(target: Annotation): Promise<void> {
    const annotation = this.find(target.id) ?? target;
    const client = this.options.client();
    await this.record({
      label: t.undo.delete,
      redo: async () => {
        await client['annotations.delete']({ id: annotation.id });
        this.remove(annotation.id);
      },
      undo: async () => this.replace(await client['annotations.restore']({ annotation })),
    });
  }

  async undo(): Promise<void> {
    try {
      const label = await this.history.undo();
      this.options.announce(label ? t.undo.undone(label) : t.undo.nothing);
    } catch (error) {
      reportError(this.host, error);
    }
  }

  async redo(): Promise<void> {
    try {
      const label = await this.history.redo();
      this.options.announce(label ? t.undo.redone(label) : t.undo.nothingToRedo);
    } catch (error) {
      reportError(this.host, error);
    }
  }

  /** Runs a change now and records how to undo it. */
  private async record(command: Command): Promise<void> {
    try {
      await command.redo();
      this.history.push(command);
    } catch (error) {
      reportError(this.host, error);
    }
  }

  private set(annotations: Annotation[]): void {
    this.annotations = annotations;
    this.host.requestUpdate();
  }

  private replace(annotation: Annotation): void {
    const exists = this.annotations.some((a) => a.id === annotation.id);
    this.set(
      exists
        ? this.annotations.map((a) => (a.id === annotation.id ? annotation : a))
        : [...this.annotations, annotation],
    );
  }

  private remove(id: number): void {
    this.set(this.annotations.filter((a) => a.id !== id));
  }
}
