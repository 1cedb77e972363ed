/** Lasting annotations (issue 4): the contract entries whose implementation is in progress. */
import type { Services } from '../../../shared/contract/api.js';
import { annotationEntries } from '../../../shared/contract/annotation-entries.js';
import { ApiError } from '../../../shared/contract/errors.js';

type AnnotationServices = Pick<Services, keyof typeof annotationEntries>;

// Placeholder so the contract can ship before its services; replaced entry by entry.
const notYet = () => {
  throw new ApiError('rejected', 'This request is not available yet.');
};

export function createAnnotationServices(): AnnotationServices {
  return Object.fromEntries(
    Object.keys(annotationEntries).map((name) => [name, notYet]),
  ) as unknown as AnnotationServices;
}
