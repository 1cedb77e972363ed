/**
 * Links back into the app from exported notes: jianbao://open/<article>[#<annotation>]. They arrive
 * from outside (another program, a command line), so only that exact form is accepted.
 */
import type { OpenLink } from '../../../shared/contract/methods.js';

export const LINK_SCHEME = 'jianbao';

// Ids are positive integers without leading zeros, short enough to be exact JavaScript numbers.
const LINK = /^jianbao:\/\/open\/([1-9][0-9]{0,14})(?:#([1-9][0-9]{0,14}))?$/iu;

export function parseJianbaoLink(url: string): OpenLink | undefined {
  const match = LINK.exec(url);
  if (!match) return undefined;
  const articleId = Number(match[1]);
  return match[2] === undefined ? { articleId } : { articleId, annotationId: Number(match[2]) };
}

/** The link among a launch's arguments (Windows and Linux pass it there), if any. */
export function linkInArguments(argv: readonly string[]): OpenLink | undefined {
  for (const arg of argv) {
    const link = parseJianbaoLink(arg);
    if (link) return link;
  }
  return undefined;
}
