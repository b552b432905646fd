// A room stopped and opened again where it was (`cjs room --resume`), in headless Chromium
// (Debian's /usr/bin/chromium) with playwright-core: the phone, which joined as Camille, says
// the connection is lost while the room is down, then finds the room again by itself and takes
// its seat back without a tap; removed then by the facilitator, it does not come back by itself
// (it shows the join form). The projector opened with the first room's link says, once the room
// is resumed, that its link is of an earlier opening (room-projector-stale.png). Fails (exit 1)
// if any of these does not happen.
// Usage: node room-resume-browser.js URL CODE OUT_DIR READY_FILE ADMIN
//   (run by scripts/room-screenshots.sh; READY_FILE is created once the phone holds its seat:
//   the caller then stops the room with a signal, resumes it from its journal and writes the
//   resumed room's facilitator token into READY_FILE.admin)
"use strict";
const fs = require("fs");
const { launch, phonePage } = require("./room-chromium.js");

async function main() {
  const [url, code, out, ready, firstAdmin] = process.argv.slice(2);
  const browser = await launch();
  try {
    const page = await phonePage(browser);
    await page.goto(url);
    await page.fill("#code", code);
    await page.fill("#name", "Camille");
    await page.click("#go");
    await page.waitForSelector("#opts .opt", { timeout: 30000 });
    const seat = await page.textContent("#seat");
    const proj = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" })).newPage();
    await proj.goto(url + "projector#" + firstAdmin);
    await proj.waitForSelector("#seats .rm", { timeout: 30000 });
    fs.writeFileSync(ready, "go");
    await page.waitForFunction(() => /Connexion perdue/.test(document.getElementById("err").textContent), null,
      { timeout: 20000 });
    const t0 = Date.now();
    await page.waitForFunction((s) => document.getElementById("room").style.display !== "none"
      && document.getElementById("seat").textContent === s && document.getElementById("err").textContent === "",
    seat, { timeout: 45000 }).catch(async (e) => {
      const now = await page.evaluate(() => ({ err: document.getElementById("err").textContent,
        seat: document.getElementById("seat").textContent, room: document.getElementById("room").style.display,
        join: document.getElementById("join").style.display }));
      throw new Error(e.message + "; the phone shows " + JSON.stringify(now) + ", it held " + JSON.stringify(seat));
    });
    await page.screenshot({ path: out + "/room-phone-back.png" });
    console.log("ok: the room stopped and resumed, the phone took its seat back by itself ("
      + Math.round((Date.now() - t0) / 1000) + " s after it saw the room gone): " + seat);
    await proj.waitForFunction(() => /ouverture précédente/.test(document.getElementById("need").textContent)
      && document.getElementById("need").offsetParent !== null, null, { timeout: 15000 });
    await proj.screenshot({ path: out + "/room-projector-stale.png" });
    console.log("ok: the first room's projector says its link is of an earlier opening");
    // Removed by the facilitator of the resumed room: the form, and no join by itself.
    for (let i = 0; i < 300 && !fs.existsSync(ready + ".admin"); i++) await new Promise((r) => setTimeout(r, 100));
    const admin = fs.readFileSync(ready + ".admin", "utf8").trim();
    const auth = { Authorization: "Bearer " + admin };
    const seats = async () => (await (await fetch(url + "api/projector", { headers: auth })).json()).seats;
    const held = (await seats()).find((x) => x.phone === "Camille");
    if (!held) throw new Error("the resumed room's projector does not show Camille");
    const r = await fetch(url + "api/control", { method: "POST", headers: auth,
      body: JSON.stringify({ action: "remove", phone: held.id }) });
    if (r.status !== 200) throw new Error("remove: " + r.status);
    await page.waitForFunction(() => document.getElementById("join").style.display !== "none", null, { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 3000));
    if (await page.isVisible("#room")) throw new Error("the removed phone joined again by itself");
    if ((await seats()).some((x) => x.phone === "Camille")) throw new Error("Camille seated again after removal");
    if ((await page.inputValue("#name")) !== "Camille") throw new Error("the form does not keep the first name");
    console.log("ok: removed by the facilitator, the phone shows the form (first name kept) and stays out");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error("room-resume-browser: " + e.message); process.exit(1); });
