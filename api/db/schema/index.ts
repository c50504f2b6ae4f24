export * from './tips.ts';
export * from './messages.ts';
