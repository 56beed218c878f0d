export * from './common';
export * from './taxonomy';
export * from './document';
export * from './goal';
export * from './initiative';
export * from './case';
export * from './related-document';
export * from './redirect';
