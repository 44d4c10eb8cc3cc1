export * from './arrhenius.ts';
