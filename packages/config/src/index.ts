export * from './env';
export * from './paths';
export * from './repoRoot';
