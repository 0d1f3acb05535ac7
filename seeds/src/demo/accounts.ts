import type { Role } from '@xxgk/domain';
import data from '../../demo/accounts.json' with { type: 'json' };

/**
 * Demo accounts, one per role (two editors, to show department boundaries). Kept as JSON so
 * `npm start` can print them before any TypeScript runs. Demo data only: change in production.
 */
export type DemoAccount = { email: string; password: string; name: string; role: Role; departmentCode?: string };

export const demoAccounts = data.accounts as DemoAccount[];
