import type { Access, FieldAccess } from 'payload';

/** Only the system (seeds, migrations: overrideAccess) may do this, e.g. create checklist codes. */
export const nobody: Access = () => false;

/** A field only the system writes (derived fields, flags it maintains): users' values are dropped. */
export const nobodyField: FieldAccess = () => false;
