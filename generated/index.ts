// generated from specs by manbind; do not edit

export * from './easy-options.js';
export * from './info.js';
export * from './multi-options.js';
export * from './options.js';
export * from './types.js';
export * from './validators.js';
