export * from './reportPeriod';
export * from './reportStructure';
export * from './reportCompleteness';
export * from './enteredFigures';
export * from './reportFigures';
export * from './reportLifecycle';
export * from './reportSnapshot';
