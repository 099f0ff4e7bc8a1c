export * from './errors';
export * from './envelope';
export * from './time';
export * from './tracking';
export * from './waybill';
export * from './carriers';
export * from './follow';
export * from './functions';
