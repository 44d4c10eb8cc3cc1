/**
 * Types for mathjs's prebuilt bundle (an exported entry of the package). It is the same library
 * as the `mathjs` entry, built into one file: it loads in ~0.1 s where the module graph takes
 * ~0.6 s, which every CLI call would pay.
 */
declare module 'mathjs/lib/browser/math.js' {
  import type { ConfigOptions, FactoryFunctionMap, MathJsInstance } from 'mathjs';

  /** `create()` without factories builds a private instance with every function and unit. */
  const math: { readonly create: (factories?: FactoryFunctionMap, config?: ConfigOptions) => MathJsInstance; readonly version: string };
  export default math;
}
