// The room's pages under trouble, in headless Chromium (Debian's /usr/bin/chromium) with
// playwright-core. Fails (exit 1) if a step does not happen:
//  1. a join with a wrong code says why, on the phone;
//  2. the phone's push stream is refused (its address's streams are all taken, by 4 `curl`s
//     the caller holds open) — the page says the connection is lost and opens the stream again
//     with back-off; once the curls are gone (the caller kills them when the page says so), a
//     decision the facilitator reveals reaches the phone within seconds (not the 20 s poll);
//  3. the projector without its token shows where to find the link, nothing else; with it, the
//     QR code (fetched with the token and inlined), the facilitator's controls: pause and resume
//     (the phone says it is paused, then no more), lock and reopen (a join refused, then
//     accepted), rename and remove a phone (its token then refused); "end now" is shown;
//  4. the summer ends: the phone shows the end, and no "connection lost" once the room closes.
// Usage: node room-hardening-browser.js URL CODE OUT_DIR ADMIN RELEASE_FILE
//   (run by scripts/room-screenshots.sh; RELEASE_FILE is created when the curls may go)
"use strict";
const fs = require("fs");
const { launch, phonePage } = require("./room-chromium.js");

async function control(url, admin, body) {
  const r = await fetch(url + "api/control", {
    method: "POST", headers: { Authorization: "Bearer " + admin }, body: JSON.stringify(body),
  });
  return r.status;
}

async function main() {
  const [url, code, out, admin, release] = process.argv.slice(2);
  const browser = await launch();
  try {
    const page = await phonePage(browser);
    // 1. A wrong code: the reason, in French.
    await page.goto(url);
    await page.fill("#code", "ZZZZZZ");
    await page.fill("#name", "Camille");
    await page.click("#go");
    await page.waitForFunction(() => /code/.test(document.getElementById("err").textContent), null, { timeout: 30000 });
    await page.screenshot({ path: out + "/room-phone-join-refused.png" });
    // 2. The right code; the stream is refused at first.
    await page.fill("#code", code);
    await page.click("#go");
    await page.waitForSelector("#opts .opt", { timeout: 30000 });
    await page.waitForFunction(() => /Connexion perdue/.test(document.getElementById("err").textContent), null, { timeout: 30000 });
    await page.screenshot({ path: out + "/room-phone-reconnecting.png" });
    const before = await page.textContent("#dec");
    fs.writeFileSync(release, "go");
    // Back-off: 1 s, 2 s, 4 s... the stream comes back within 8 s of the curls' end.
    await page.waitForFunction(() => document.getElementById("err").textContent === "", null, { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 500));
    const t0 = Date.now();
    if ((await control(url, admin, { action: "reveal" })) !== 200) throw new Error("reveal refused");
    await page.waitForFunction((b) => document.getElementById("dec").textContent !== b, before, { timeout: 5000 });
    const pushed = Date.now() - t0;
    console.log("the phone's stream came back; a revealed decision reached it in " + pushed + " ms");
    // 3. The projector.
    const proj = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const bare = await proj.newPage();
    await bare.goto(url + "projector");
    await bare.waitForSelector("#need", { state: "visible", timeout: 30000 });
    if ((await bare.textContent("#code")) !== "") throw new Error("the code shown without the token");
    await bare.screenshot({ path: out + "/room-projector-no-token.png" });
    const p = await proj.newPage();
    await p.goto(url + "projector#" + admin);
    await p.waitForSelector("#qr svg", { timeout: 30000 });
    await p.waitForSelector("#seats .rm", { timeout: 30000 });
    if ((await p.textContent("#code")) !== code) throw new Error("projector code");
    if (!(await p.isVisible("#c-end"))) throw new Error("no 'end now' button");
    await p.screenshot({ path: out + "/room-projector-controls.png" });
    // The controls, clicked: pause (the phone says so, then no more once resumed), lock (a new
    // phone is refused, then welcome once reopened), rename and remove a phone.
    const countHas = (re) => page.waitForFunction((r) => new RegExp(r).test(document.getElementById("count").textContent),
      re, { timeout: 30000 });
    await p.click("#c-pause");
    await countHas("pause");
    await p.click("#c-pause");
    await countHas("^(?![\\s\\S]*pause)");
    await p.click("#c-lock");
    await p.waitForFunction(() => document.getElementById("c-lock").textContent === "Rouvrir la salle", null, { timeout: 30000 });
    const join = (name) => fetch(url + "api/join", { method: "POST", body: JSON.stringify({ code, name, lang: "fr" }) });
    let r = await join("Noa");
    if (r.status !== 403) throw new Error("a join while locked: " + r.status);
    await p.click("#c-lock");
    await p.waitForFunction(() => document.getElementById("c-lock").textContent === "Verrouiller la salle", null, { timeout: 30000 });
    r = await join("Noa");
    if (r.status !== 200) throw new Error("a join once reopened: " + r.status);
    const noa = (await r.json()).token;
    await p.waitForFunction(() => /Noa/.test(document.getElementById("seats").textContent), null, { timeout: 30000 });
    p.once("dialog", (d) => d.accept("Noa B"));
    await p.locator("#seats .seat", { hasText: "Noa" }).locator("button", { hasText: "renommer" }).click();
    await p.waitForFunction(() => /Noa B/.test(document.getElementById("seats").textContent), null, { timeout: 30000 });
    await p.locator("#seats .seat", { hasText: "Noa B" }).locator("button.rm").click();
    await p.waitForFunction(() => !/Noa/.test(document.getElementById("seats").textContent), null, { timeout: 30000 });
    r = await fetch(url + "api/state", { headers: { Authorization: "Bearer " + noa } });
    if (r.status !== 401) throw new Error("a removed phone's token still works: " + r.status);
    console.log("ok: the projector's controls: pause and resume reach the phone, lock refuses a join, rename, remove");
    // 4. The end: the facilitator reveals every decision; the phone shows the end, and no
    // "connection lost" once the room has closed (2 s after the end).
    for (let i = 0; i < 200; i++) {
      // Within the rate limit of one address (10 a second): the pages poll from here too.
      const s = await control(url, admin, { action: "reveal" });
      if (s === 409) break;
      if (s === 429) { await new Promise((r) => setTimeout(r, 1100)); continue; }
      if (s !== 200) throw new Error("reveal: " + s);
      await new Promise((r) => setTimeout(r, 150));
    }
    await page.waitForFunction(() => /L'été est fini/.test(document.getElementById("title").textContent), null, { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 6000));
    const err = await page.textContent("#err");
    if (err !== "") throw new Error("after the end, the phone says: " + err);
    await page.screenshot({ path: out + "/room-phone-over.png" });
    console.log("ok: a refused join says why; the stream reconnects with back-off; the projector needs its token; the end is the end");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error("room-hardening-browser: " + e.message); process.exit(1); });
