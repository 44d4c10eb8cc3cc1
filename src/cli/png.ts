import { Resvg } from '@resvg/resvg-js';

/**
 * Rasterise an SVG to PNG with resvg (a native add-on, so it lives in the app layer; the web studio
 * will use resvg-wasm). The font is fixed so PNGs look the same on every machine with DejaVu.
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const r = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
  });
  return r.render().asPng();
}
