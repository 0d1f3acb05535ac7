import type { Access } from 'payload';

/** Only the system (seeds, migrations: overrideAccess) may do this, e.g. create checklist codes. */
export const nobody: Access = () => false;
