#!/usr/bin/env bash
#
# render-diagrams.sh - render every BPMN model in processes/*.bpmn to
# docs/<name>.png, drawn by the bpmn-js viewer (the renderer that Camunda
# Modeler and Cockpit use) in headless Chromium.
#
# Usage:   bash docs/render-diagrams.sh            (from any directory)
#
# Needs:   node + npm (with the npm registry reachable) and a Chromium binary;
#          CHROMIUM=/path/to/chromium overrides the default /usr/bin/chromium.
#          The Vietnamese labels need an Arial-compatible font that has the
#          Vietnamese letters; on Debian/Ubuntu: apt-get install fonts-liberation2
#          (fonts-liberation 1.x lacks them, so Chromium would fall back to
#          DejaVu Sans letter by letter and the labels would look uneven).
#
# bpmn-js and playwright-core are installed into a throw-away folder under
# $TMPDIR that is deleted on exit; playwright-core only drives the Chromium
# given here and never downloads a browser. Nothing but docs/*.png is written
# to the repository.

set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="$REPO_DIR/docs"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

[ -x "$CHROMIUM" ] || { echo "Chromium not found at $CHROMIUM (set CHROMIUM=...)" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required" >&2; exit 1; }

shopt -s nullglob
MODELS=("$REPO_DIR"/processes/*.bpmn)
[ ${#MODELS[@]} -gt 0 ] || { echo "no processes/*.bpmn found" >&2; exit 1; }

# Warn (but go on) when the font used for "Arial" has no Vietnamese letters.
if command -v fc-match >/dev/null &&
   ! fc-match -s 'Arial:charset=1ea1' family 2>/dev/null | head -1 | grep -qiE 'arial|liberation sans|arimo'; then
  echo "warning: no Arial-compatible font with Vietnamese letters; install fonts-liberation2" >&2
fi

# Scratch folder for the npm packages and the renderer, removed on exit.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/render-diagrams.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "Installing bpmn-js and playwright-core into $WORK ..."
(
  cd "$WORK"
  npm init -y >/dev/null
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund \
    bpmn-js@18 playwright-core@1 >/dev/null
)

# The renderer (node): loads the bpmn-js viewer bundle into a blank white page,
# imports each model, calls canvas.zoom('fit-viewport') and screenshots the
# drawn area plus a small margin.
cat > "$WORK/render.js" <<'JS'
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [chromiumPath, outDir, ...models] = process.argv.slice(2);
const dist = path.join(__dirname, 'node_modules', 'bpmn-js', 'dist');
const MIN_W = 2400, MAX_W = 3200;   // output width range in pixels
const PX_PER_UNIT = 2;              // preferred pixels per BPMN coordinate unit
const MARGIN = 16;                  // white margin around the drawing (CSS px)

// A blank white page with the bpmn-js viewer bundle and its CSS loaded.
async function viewerPage(browser, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', e => console.error('page error:', e.message));
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
    <style>html,body{margin:0;background:#fff}
           #canvas{position:absolute;left:${MARGIN}px;top:${MARGIN}px;
                   width:800px;height:600px}</style></head>
    <body><div id="canvas"></div></body></html>`);
  await page.addStyleTag({ path: path.join(dist, 'assets', 'diagram-js.css') });
  await page.addStyleTag({ path: path.join(dist, 'assets', 'bpmn-js.css') });
  await page.addScriptTag({ path: path.join(dist, 'bpmn-viewer.production.min.js') });
  return page;
}

// Import a model into the page's viewer; returns the diagram's bounds
// (labels included) in BPMN coordinates.
async function importModel(page, xml, name) {
  const { warnings, inner } = await page.evaluate(async (xml) => {
    if (window.viewer) window.viewer.destroy();
    window.viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await window.viewer.importXML(xml);
    const { x, y, width, height } = window.viewer.get('canvas').viewbox().inner;
    return { warnings: warnings.map(w => w.message), inner: { x, y, width, height } };
  }, xml);
  warnings.forEach(w => console.error(`${name}: import warning: ${w}`));
  return inner;
}

(async () => {
  // Playwright starts Chromium with a fresh temporary --user-data-dir
  // (deleted again on close).
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync'],
  });
  try {
    const probe = await viewerPage(browser, { viewport: { width: 1600, height: 900 } });
    for (const model of models) {
      const name = path.basename(model, '.bpmn');
      const xml = fs.readFileSync(model, 'utf8');

      // 1. Measure the diagram.
      const inner = await importModel(probe, xml, name);

      // 2. Render it on a canvas of the diagram's own size: zoom('fit-viewport')
      //    (which never zooms in beyond 100%) then shows it whole at scale 1,
      //    as the Modeler draws it, and the device pixel ratio scales that
      //    up, crisply, to an image MIN_W..MAX_W pixels wide.
      const cw = Math.ceil(inner.width) + 2, ch = Math.ceil(inner.height) + 2;
      const vw = cw + 2 * MARGIN, vh = ch + 2 * MARGIN;
      const target = Math.min(MAX_W, Math.max(MIN_W, vw * PX_PER_UNIT));
      const page = await viewerPage(browser, {
        viewport: { width: vw, height: vh }, deviceScaleFactor: target / vw });
      await importModel(page, xml, name);
      const box = await page.evaluate(({ cw, ch }) => {
        const el = document.getElementById('canvas');
        el.style.width = cw + 'px';
        el.style.height = ch + 'px';
        const canvas = window.viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport');
        const r = document.querySelector('#canvas svg .viewport').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, { cw, ch });

      // 3. Screenshot only the drawn area plus MARGIN (empty margins cropped).
      const x0 = Math.max(0, Math.floor(box.x - MARGIN));
      const y0 = Math.max(0, Math.floor(box.y - MARGIN));
      const x1 = Math.min(vw, Math.ceil(box.x + box.width + MARGIN));
      const y1 = Math.min(vh, Math.ceil(box.y + box.height + MARGIN));
      const out = path.join(outDir, name + '.png');
      await page.screenshot({ path: out, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
      await page.context().close();
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
JS

mkdir -p "$OUT_DIR"
node "$WORK/render.js" "$CHROMIUM" "$OUT_DIR" "${MODELS[@]}"
