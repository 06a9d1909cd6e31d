// Installs the lint tools from package-lock.json, without the network when possible:
// - node_modules already installed from exactly this lock file: nothing to do (no npm, no registry);
// - otherwise `npm ci --prefer-offline`, which takes packages from the npm cache before the registry.
// After a successful install a copy of the lock file is kept in node_modules to compare next time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const map = dirname(fileURLToPath(import.meta.url));
const lock = join(map, 'package-lock.json');
const kopie = join(map, 'node_modules', '.zsm-package-lock.json');

const gewenst = readFileSync(lock, 'utf8');
if (existsSync(kopie) && readFileSync(kopie, 'utf8') === gewenst) {
  console.log('lint: node_modules past bij package-lock.json; npm ci overgeslagen');
  process.exit(0);
}

const npm = process.env.ZSM_LINT_NPM || 'npm';
const args = ['ci', '--no-audit', '--no-fund', '--prefer-offline'];
const uitkomst = spawnSync(npm, args, { cwd: map, stdio: 'inherit', shell: process.platform === 'win32' });
if (uitkomst.error || uitkomst.status !== 0) {
  console.error(`lint: ${npm} ${args.join(' ')} mislukt` + (uitkomst.error ? `: ${uitkomst.error.message}` : ''));
  process.exit(uitkomst.status || 1);
}
writeFileSync(kopie, gewenst);
console.log('lint: geïnstalleerd uit package-lock.json');
