/**
 * A plan's title from its front page: the title line with its wrapped continuation and plan period joined on,
 * capitals in sentence case. The reading is shared with the other families' front pages (`src/pipeline/extract/cover-title.ts`).
 */
export { frontTitle } from '../../extract/cover-title.ts';
