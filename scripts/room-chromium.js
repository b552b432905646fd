// What the room's browser checks share (scripts/room-*-browser.js): headless Chromium (Debian's
// /usr/bin/chromium, or $CHROMIUM) driven by playwright-core, and a phone's browser at 390×844
// in French. The checks wait up to 30 s for what a page should show (a machine busy with a build
// beside them is slow), and measure with shorter bounds only what they claim is fast (a
// decision pushed to a phone within 5 s).
"use strict";
const { chromium } = require("playwright-core");

/// Headless Chromium, without what would reach outside the machine.
function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/// A new page in a phone's browser (390×844, touch, French).
async function phonePage(browser) {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
    locale: "fr-FR", isMobile: true, hasTouch: true });
  return phone.newPage();
}

module.exports = { launch, phonePage };
