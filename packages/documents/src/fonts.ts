import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Chinese font embedded in PDFs: Noto Serif SC (SIL Open Font License), as shipped on npm in
 * @expo-google-fonts/noto-serif-sc, so a fresh install needs nothing else. The TrueType files
 * are large (15 MB each); the PDF carries only the glyphs it uses (pdfkit subsets the font).
 */
const fontPackage = '@expo-google-fonts/noto-serif-sc';
const files = { regular: '400Regular/NotoSerifSC_400Regular.ttf', bold: '700Bold/NotoSerifSC_700Bold.ttf' } as const;
export type FontWeight = keyof typeof files;

/**
 * Where Node finds the font package: from this file, or — when this file has been bundled into
 * a Next build, where its own location says nothing — from the working directory and its
 * parents (the app's folder and the repository root, where npm installs workspace dependencies).
 */
const bases = (): string[] => {
  const found: string[] = [];
  try {
    found.push(new URL(import.meta.url).pathname);
  } catch {
    // No file URL in this bundle: the working directory is enough.
  }
  for (let dir = path.resolve(/*turbopackIgnore: true*/ process.cwd()); ; dir = path.dirname(dir)) {
    found.push(path.join(dir, 'package.json'));
    if (path.dirname(dir) === dir) break;
  }
  return found;
};

const resolved = new Map<FontWeight, string>();

/** The path of the font file of a weight; throws with what to install when it is missing. */
export const fontFile = (weight: FontWeight): string => {
  const known = resolved.get(weight);
  if (known) return known;
  for (const base of bases()) {
    try {
      const file = createRequire(/*turbopackIgnore: true*/ base).resolve(`${fontPackage}/${files[weight]}`);
      if (existsSync(file)) {
        resolved.set(weight, file);
        return file;
      }
    } catch {
      // Not installed next to this base: try the next one.
    }
  }
  throw new Error(`The PDF font ${fontPackage} (${files[weight]}) is not installed; run npm install.`);
};

/** The names DOCX files ask Word or WPS for: fonts every Chinese desktop has (DOCX embeds none). */
export const docxFonts = { eastAsia: 'SimSun', latin: 'Times New Roman' } as const;
