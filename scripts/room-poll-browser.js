// The posture poll on a phone, in headless Chromium (Debian's /usr/bin/chromium) with
// playwright-core: a phone at 390×844 joins a room opened with `cjs room --poll`, sees what
// the group shows at the decision (its cues) and the four postures, answers, reloads (its
// answer stays), switches to English (the cues too); then the projector shows the spread.
// Fails (exit 1) if a step does not happen.
// Usage: node room-poll-browser.js URL CODE OUT_DIR ADMIN   (run by scripts/room-screenshots.sh)
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
    await page.waitForSelector("#poll-opts .opt", { timeout: 30000 });
    // A locator, not element handles: the phone redraws the options when its state comes in,
    // and a handle taken before a redraw no longer clicks.
    const options = page.locator("#poll-opts .opt");
    if ((await options.count()) !== 4) throw new Error("the poll shows " + (await options.count()) + " options, not the four postures");
    // What the group shows comes before the question, in the phone's language.
    const cues = await page.$$eval("#poll-cues li", (l) => l.map((x) => x.textContent));
    if (cues.length === 0) throw new Error("the poll shows no cue of the group before asking");
    if (!(await page.isVisible("#poll-cues-box"))) throw new Error("the cues are hidden");
    if (!/groupe montre/.test(await page.textContent("#t-poll-cues"))) throw new Error("the cues have no French heading");
    const first = await options.nth(0).textContent();
    if (!/Décider/.test(first)) throw new Error("the first posture is not Décider: " + first);
    await options.nth(2).click();
    await page.waitForSelector("#poll-opts .opt.mine", { timeout: 30000 });
    if (!/Réponse enregistrée/.test(await page.textContent("#poll-status"))) throw new Error("answer not recorded");
    await page.reload();
    await page.waitForSelector("#poll-opts .opt.mine", { timeout: 30000 });
    await page.screenshot({ path: out + "/room-phone-poll.png" });
    await page.click("#l-en");
    await page.waitForFunction(() => /Answer recorded/.test(document.getElementById("poll-status").textContent));
    await page.screenshot({ path: out + "/room-phone-poll-en.png" });
    const cuesEn = await page.$$eval("#poll-cues li", (l) => l.map((x) => x.textContent));
    if (cuesEn.length !== cues.length || cuesEn.join() === cues.join()) {
      throw new Error("the cues did not switch to English: " + cuesEn.join(" | "));
    }

    const proj = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    const p = await proj.newPage();
    await p.goto(url + "projector#" + admin);
    await p.waitForSelector("#poll .bar", { timeout: 30000 });
    const head = await p.textContent("#poll-h");
    if (!/réponse/.test(head)) throw new Error("projector poll heading: " + head);
    await p.screenshot({ path: out + "/room-projector-poll.png" });
    console.log("ok: the phone answered the posture poll, kept its answer across a reload; the projector shows the spread");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error("room-poll-browser: " + e.message); process.exit(1); });
