import type { Access } from 'payload';

/** Reference data (checklist, departments, channels, the disclosure guide) is public. */
export const anyone: Access = () => true;
