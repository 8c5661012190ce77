/** A throwaway copy of this project (sharing node_modules), for tests that build, break or extend it. */
import { copyProjectFrom } from '../../tools/lib/project-copy.ts';
import { PROJECT_ROOT } from './build-site.ts';

export const copyProject = (options: Parameters<typeof copyProjectFrom>[1] = {}) =>
  copyProjectFrom(PROJECT_ROOT, options);
