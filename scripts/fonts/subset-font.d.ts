// Types for subset-font 2.9 (the package ships none; @types/subset-font lags behind and lacks keepFeatures).
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType features to keep (and to follow in the glyph closure); all when left out. */
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    /** Leave out the TrueType hinting (instructions and the tables that hold them). */
    noHinting?: boolean;
  }
  function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
  export default subsetFont;
}
