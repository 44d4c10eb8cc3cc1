export * from './yaml.ts';
