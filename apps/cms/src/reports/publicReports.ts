/**
 * What the public gateway needs of annual reports (imported as `@xxgk/cms/reports`): the
 * published snapshots and their files. Nothing here reads drafts.
 */
export * from './published';
export * from './render';
