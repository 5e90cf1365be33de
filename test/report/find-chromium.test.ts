/** The browser test's plan: run where Chromium is, skip with one line where it is not, fail under CI=true. */
import { describe, expect, it } from 'vitest';
import { browserPlan, CHROMIUM_PLACES, findChromium, SKIP_LINE } from './support/find-chromium.js';

const only = (path: string) => (p: string) => p === path;
const none = () => false;

describe('browserPlan', () => {
  it('finds Chromium in the usual places, or where POOLSIM_CHROMIUM says', () => {
    expect(findChromium({}, only('/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(findChromium({ POOLSIM_CHROMIUM: '/opt/chrome' }, only('/opt/chrome'))).toBe('/opt/chrome');
    // a POOLSIM_CHROMIUM that does not exist is not silently replaced by another browser
    expect(findChromium({ POOLSIM_CHROMIUM: '/opt/none' }, only(CHROMIUM_PLACES[0]))).toBeNull();
  });
  it('skips with one line naming how to enable it when there is none', () => {
    expect(browserPlan({}, none)).toEqual({ run: false, why: SKIP_LINE });
    expect(SKIP_LINE).toMatch(/^browser test skipped: .*apt-get install chromium.*POOLSIM_CHROMIUM/);
    expect(SKIP_LINE).not.toContain('\n');
  });
  it('runs, and so fails, under CI=true without a browser', () => {
    expect(browserPlan({ CI: 'true' }, none)).toEqual({ run: true, chromium: null });
  });
  it('skips on purpose with POOLSIM_SKIP_BROWSER=1, even under CI', () => {
    expect(browserPlan({ CI: 'true', POOLSIM_SKIP_BROWSER: '1' }, only(CHROMIUM_PLACES[0])).run).toBe(false);
  });
});
