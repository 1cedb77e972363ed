import type { LitElement } from 'lit';
import type { Api } from '../../../shared/contract/api.js';
import { reportError } from '../../lib/errors.js';

export interface ArticleTagsOptions {
  client(): Api;
  articleId(): number;
}

/** The open article's tags, and every tag name in the library, offered while a tag is typed. */
export class ArticleTags {
  tags: string[] = [];
  suggestions: string[] = [];

  constructor(
    private readonly host: LitElement,
    private readonly options: ArticleTagsOptions,
  ) {}

  clear(): void {
    this.tags = [];
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    const client = this.options.client();
    const id = this.options.articleId();
    try {
      const [mine, all] = await Promise.all([
        client['tags.list']({ articleId: id }),
        client['tags.list']({}),
      ]);
      if (id !== this.options.articleId()) return;
      this.tags = mine.tags.map((tag) => tag.name);
      this.suggestions = all.tags.map((tag) => tag.name);
      this.host.requestUpdate();
    } catch (error) {
      reportError(this.host, error);
    }
  }

  async set(tags: string[]): Promise<void> {
    try {
      const saved = await this.options
        .client()
        ['articles.setTags']({ articleId: this.options.articleId(), tags });
      this.tags = saved.tags;
      this.offer(saved.tags);
    } catch (error) {
      reportError(this.host, error);
    }
  }

  /** Tag names just used (on the article or an annotation) are suggested from now on. */
  offer(tags: readonly string[]): void {
    this.suggestions = [...new Set([...this.suggestions, ...tags])];
    this.host.requestUpdate();
  }
}
