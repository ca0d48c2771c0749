export * from './answer/index.js';
