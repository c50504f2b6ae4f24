export * from './tips.ts';
