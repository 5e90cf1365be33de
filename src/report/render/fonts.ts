/**
 * Font files for the PNG charts. resvg is given these files explicitly and never the system's
 * fonts (`loadSystemFonts: false`), and the files come from npm packages installed with
 * poolsim, so a chart renders the same on every machine and OS, with no system fonts:
 * DejaVu Sans (`dejavu-fonts-ttf`) for English, Noto Sans SC (`@expo-google-fonts/noto-sans-sc`,
 * Google Fonts' TrueType build) for Chinese.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Lang } from '../i18n/messages.js';

/** The families, their packages and their regular and bold files (paths inside the package). */
export const FONT_PACKAGES = {
  latin: { family: 'DejaVu Sans', package: 'dejavu-fonts-ttf', files: ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf'] },
  cjk: {
    family: 'Noto Sans SC',
    package: '@expo-google-fonts/noto-sans-sc',
    files: ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'],
  },
} as const;

export interface ChartFonts {
  files: string[];
  defaultFamily: string;
}

const require = createRequire(import.meta.url);

/** The font files of one family, or null when its package is not installed. */
function familyFiles(f: (typeof FONT_PACKAGES)[keyof typeof FONT_PACKAGES]): string[] | null {
  let root: string;
  try {
    root = dirname(require.resolve(`${f.package}/package.json`));
  } catch {
    return null;
  }
  const files = f.files.map((file) => join(root, file));
  return files.every((file) => existsSync(file)) ? files : null;
}

/**
 * Font files for the charts of one language, or the name of the missing family (only when
 * its package was removed from node_modules).
 *
 * @example
 * chartFonts('zh'); // { files: ['…/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', …, '…/NotoSansSC_700Bold.ttf'], defaultFamily: 'Noto Sans SC' }
 */
export function chartFonts(lang: Lang): ChartFonts | { missing: string } {
  const latin = familyFiles(FONT_PACKAGES.latin);
  if (latin === null) return { missing: FONT_PACKAGES.latin.family };
  if (lang === 'en') return { files: latin, defaultFamily: FONT_PACKAGES.latin.family };
  const cjk = familyFiles(FONT_PACKAGES.cjk);
  if (cjk === null) return { missing: FONT_PACKAGES.cjk.family };
  return { files: [...latin, ...cjk], defaultFamily: FONT_PACKAGES.cjk.family };
}
