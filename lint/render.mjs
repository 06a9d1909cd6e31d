// Renders every BPMN model in ../processes to a PNG with the bpmn-js viewer (the renderer of
// Camunda Modeler) in Debian's headless chromium, so the pictures in the README come from the models.
// A model with collapsed sub-processes gets one picture per plane: <model>.png for the top plane and
// <model>.<sub-process id>.png for each drill-down plane.
// Usage: node render.mjs <output folder>      (npm run render -- ../docs)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const models = resolve('../processes');
const output = resolve(process.argv[2] || '../target/modellen');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const dist = 'node_modules/bpmn-js/dist';
const viewer = readFileSync(`${dist}/bpmn-viewer.production.min.js`, 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn-embedded.css']
  .map((file) => readFileSync(`${dist}/assets/${file}`, 'utf8')).join('\n');
const margin = 40;

/** The diagram's size from its diagram interchange, so the page fits it at 100 %. */
function size(xml) {
  let width = 0;
  let height = 0;
  for (const match of xml.matchAll(/<dc:Bounds x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    width = Math.max(width, Number(match[1]) + Number(match[3]));
    height = Math.max(height, Number(match[2]) + Number(match[4]));
  }
  return { width: Math.ceil(width + margin), height: Math.ceil(height + margin) };
}

/** Every diagram (plane) of the model: the element it draws and its XML, the top plane first. */
function planes(xml) {
  return [...xml.matchAll(/<bpmndi:BPMNDiagram[\s\S]*?<\/bpmndi:BPMNDiagram>/g)].map((match, index) => ({
    element: index === 0 ? null : /<bpmndi:BPMNPlane[^>]*bpmnElement="([^"]+)"/.exec(match[0])[1],
    xml: match[0],
  }));
}

function page(xml, element) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}
html, body, #canvas { margin: 0; width: 100%; height: 100%; background: white; }
.djs-palette, .bjs-powered-by { display: none; }</style></head>
<body><div id="canvas"></div><script>${viewer}</script><script>
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(${JSON.stringify(xml)}).then(() => {
  const canvas = viewer.get('canvas');
  const plane = ${JSON.stringify(element)};
  if (plane) {
    canvas.setRootElement(canvas.findRoot(plane + '_plane') || canvas.findRoot(plane));
  }
  canvas.viewbox({ x: 0, y: 0, width: window.innerWidth, height: window.innerHeight });
}).catch((error) => { document.body.textContent = 'Fout bij het tekenen: ' + error.message; });
</script></body></html>`;
}

mkdirSync(output, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'bpmn-render-'));
try {
  for (const file of readdirSync(models).filter((name) => name.endsWith('.bpmn') && name.includes(process.env.MODEL || '')).sort()) {
    const xml = readFileSync(join(models, file), 'utf8');
    for (const plane of planes(xml)) {
      const { width, height } = size(plane.xml);
      const name = basename(file, '.bpmn') + (plane.element ? `.${plane.element}` : '');
      const html = join(work, `${name}.html`);
      const png = join(output, `${name}.png`);
      writeFileSync(html, page(xml, plane.element));
      execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
        `--user-data-dir=${join(work, 'profiel')}`, '--virtual-time-budget=10000',
        `--window-size=${width},${height}`, `--screenshot=${png}`, `file://${html}`], { stdio: 'ignore' });
      console.log(`${file} -> ${png} (${width}x${height})`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
