export { ensureReferenceData } from './ensureReferenceData';
export { prepareDatabase } from './prepareDatabase';
