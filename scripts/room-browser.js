// Drives the room's pages in headless Chromium (Debian's /usr/bin/chromium) with
// playwright-core: a phone at 390×844 joins, votes, reloads (the token kept in localStorage
// keeps its seat and shows its vote); then the projector with its QR code. Fails (exit 1) if
// a step does not happen. Usage: node room-browser.js URL CODE OUT_DIR [ADMIN_TOKEN]
// (run by scripts/room-screenshots.sh, which opens the room).
"use strict";
const { launch, phonePage } = require("./room-chromium.js");

async function main() {
  const [url, code, out, admin] = process.argv.slice(2);
  const browser = await launch();
  try {
    const page = await phonePage(browser);
    await page.goto(url + "?code=" + code);
    await page.fill("#name", "Camille");
    await page.click("#go");
    await page.waitForSelector("#opts .opt", { timeout: 30000 });
    const seat = await page.textContent("#seat");
    if (!/Votre siège/.test(seat)) throw new Error("no seat shown: " + seat);
    // A locator, not an element handle: the phone redraws the options when its state comes in.
    await page.locator("#opts .opt").nth(1).click();
    await page.waitForSelector("#opts .opt.mine", { timeout: 30000 });
    const status = await page.textContent("#status");
    if (!/Vote enregistré/.test(status)) throw new Error("vote not recorded: " + status);
    // Sleep, reload, Wi-Fi drop: the same seat, the same ballot.
    await page.reload();
    await page.waitForSelector("#opts .opt.mine", { timeout: 30000 });
    if ((await page.textContent("#seat")) !== seat) throw new Error("the seat changed after a reload");
    await page.screenshot({ path: out + "/room-phone.png" });
    const token = await page.evaluate(() => localStorage.getItem("cjs-room-token"));
    if (!/^[0-9a-f]{32}$/.test(token || "")) throw new Error("no token kept in localStorage");
    // The same phone in English.
    await page.click("#l-en");
    await page.waitForFunction(() => /Vote recorded/.test(document.getElementById("status").textContent));
    await page.screenshot({ path: out + "/room-phone-en.png" });

    const proj = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const p = await proj.newPage();
    await p.goto(url + "projector" + (admin ? "#" + admin : ""));
    await p.waitForSelector("#qr svg", { timeout: 30000 });
    await p.waitForFunction(() => document.querySelectorAll("#seats .seat.voted").length >= 1);
    const codeShown = await p.textContent("#code");
    if (codeShown !== code) throw new Error("projector code: " + codeShown);
    const html = await p.content();
    if (html.indexOf(token) >= 0) throw new Error("a phone's token on the projector");
    if (admin && !(await p.isVisible("#controls"))) throw new Error("no facilitator controls");
    await p.screenshot({ path: out + "/room-projector.png" });
    console.log("ok: the phone joined, voted, kept its seat across a reload; projector shows code, QR and who voted");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error("room-browser: " + e.message); process.exit(1); });
