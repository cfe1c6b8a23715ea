// The Chromium every part of the benchmark drives, and the phone it plays.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';
// Chromium as root in a container needs --no-sandbox; the rest keep it from
// reaching anything but the two local servers, so nothing else competes with
// the page for the CPU or the network.
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/// The phone every measured figure is taken on: Lighthouse's mobile
/// throttling, applied by DevTools, and a phone's screen.
export const THROTTLING = {
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  cpu: 4,
};
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/// Runs `use(browser)` in a headless Chromium with a profile of its own
/// under `tmpRoot`, and closes it (and removes the profile) afterwards.
export async function withChromium(tmpRoot, name, use) {
  const userDataDir = fs.mkdtempSync(path.join(tmpRoot, `${name}-`));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROME_FLAGS.filter((flag) => flag !== '--headless'),
    userDataDir,
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/// Runs `use(page)` on a new page of its own browser context (an empty
/// cache), on the throttled phone, with `watch` run first in every document.
export async function onThrottledPhone(browser, watch, use) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.emulate({ viewport: PHONE, userAgent: await browser.userAgent() });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', THROTTLING.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
    await page.evaluateOnNewDocument(watch);
    return await use(page);
  } finally {
    await context.close();
  }
}
