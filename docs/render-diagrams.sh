#!/usr/bin/env bash
#
# render-diagrams.sh - render every BPMN model in processes/*.bpmn to
# docs/<name>.png, drawn by the bpmn-js viewer (the same renderer that
# Camunda Modeler and Cockpit use) in headless Chromium.
#
# Usage:   bash docs/render-diagrams.sh            (from anywhere)
#
# Needs:   node + npm (the npm registry reachable) and a Chromium binary.
#          CHROMIUM=/path/to/chromium overrides the default /usr/bin/chromium.
#          Vietnamese labels need an Arial-compatible font with Vietnamese
#          glyphs; on Debian/Ubuntu: apt-get install fonts-liberation2
#          (fonts-liberation 1.x lacks them, so Chromium falls back to
#          DejaVu Sans glyph by glyph and the labels look uneven).
#
# bpmn-js and playwright-core are installed into a throw-away folder under
# $TMPDIR (deleted on exit); playwright-core only drives the given Chromium
# and never downloads a browser. Nothing but docs/*.png is written to the
# repository.

set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="$REPO_DIR/docs"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

[ -x "$CHROMIUM" ] || { echo "Chromium not found at $CHROMIUM (set CHROMIUM=...)" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required" >&2; exit 1; }

shopt -s nullglob
MODELS=("$REPO_DIR"/processes/*.bpmn)
[ ${#MODELS[@]} -gt 0 ] || { echo "no processes/*.bpmn found" >&2; exit 1; }

# Warn (but go on) when "Arial" has no Vietnamese glyphs on this machine.
if command -v fc-match >/dev/null &&
   ! fc-match -s 'Arial:charset=1ea1' family 2>/dev/null | head -1 | grep -qiE 'arial|liberation sans|arimo'; then
  echo "warning: no Arial-compatible font with Vietnamese glyphs; install fonts-liberation2" >&2
fi

# Scratch folder for npm packages and the Chromium profile, removed on exit.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/render-diagrams.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "Installing bpmn-js and playwright-core into $WORK ..."
(
  cd "$WORK"
  npm init -y >/dev/null
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund \
    bpmn-js@18 playwright-core@1 >/dev/null
)

# The renderer: loads the bpmn-js viewer bundle into a blank page, imports each
# model, sizes the page to the diagram's aspect ratio, calls
# canvas.zoom('fit-viewport') and screenshots the drawn area plus a small margin.
cat > "$WORK/render.js" <<'EOF'
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [chromiumPath, profileDir, outDir, ...models] = process.argv.slice(2);
const dist = path.join(__dirname, 'node_modules', 'bpmn-js', 'dist');
const MIN_W = 2400, MAX_W = 3200;   // output width range in pixels
const PX_PER_UNIT = 2;              // preferred pixels per BPMN coordinate unit
const MARGIN = 24;                  // white margin kept around the drawing

(async () => {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync'],
    viewport: { width: 1600, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', e => console.error('page error:', e.message));
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
      <style>html,body{margin:0;background:#fff}
             #canvas{position:absolute;left:${MARGIN}px;top:${MARGIN}px;
                     width:800px;height:600px}</style></head>
      <body><div id="canvas"></div></body></html>`);
    await page.addStyleTag({ path: path.join(dist, 'assets', 'diagram-js.css') });
    await page.addStyleTag({ path: path.join(dist, 'assets', 'bpmn-js.css') });
    await page.addScriptTag({ path: path.join(dist, 'bpmn-viewer.production.min.js') });

    for (const model of models) {
      const name = path.basename(model, '.bpmn');
      const xml = fs.readFileSync(model, 'utf8');

      // 1. import and measure the diagram (diagram coordinates).
      const { warnings, inner } = await page.evaluate(async (xml) => {
        if (window.viewer) window.viewer.destroy();
        window.viewer = new BpmnJS({ container: '#canvas' });
        const { warnings } = await window.viewer.importXML(xml);
        const { x, y, width, height } = window.viewer.get('canvas').viewbox().inner;
        return { warnings: warnings.map(w => w.message), inner: { x, y, width, height } };
      }, xml);
      warnings.forEach(w => console.error(`${name}: import warning: ${w}`));

      // 2. size the canvas to the diagram's aspect ratio and fit it.
      const w = Math.round(Math.min(MAX_W, Math.max(MIN_W, inner.width * PX_PER_UNIT))) - 2 * MARGIN;
      const h = Math.round(w * inner.height / inner.width);
      await page.setViewportSize({ width: w + 2 * MARGIN, height: h + 2 * MARGIN });
      const box = await page.evaluate(({ w, h }) => {
        const el = document.getElementById('canvas');
        el.style.width = w + 'px';
        el.style.height = h + 'px';
        const canvas = window.viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport');
        const r = document.querySelector('#canvas svg .viewport').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, { w, h });

      // 3. screenshot only the drawn area plus MARGIN (empty margins cropped).
      const vp = page.viewportSize();
      const x0 = Math.max(0, Math.floor(box.x - MARGIN)), y0 = Math.max(0, Math.floor(box.y - MARGIN));
      const x1 = Math.min(vp.width, Math.ceil(box.x + box.width + MARGIN));
      const y1 = Math.min(vp.height, Math.ceil(box.y + box.height + MARGIN));
      const out = path.join(outDir, name + '.png');
      await page.screenshot({ path: out, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
      console.log(`${out}: ${x1 - x0}x${y1 - y0}`);
    }
  } finally {
    await context.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
EOF

mkdir -p "$OUT_DIR"
node "$WORK/render.js" "$CHROMIUM" "$WORK/chromium-profile" "$OUT_DIR" "${MODELS[@]}"
