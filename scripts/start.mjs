// `npm start`: install dependencies if missing, build, and serve the app with the sample data.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
if (!existsSync('node_modules/.package-lock.json')) run('npm ci --no-audit --no-fund');
run('npx vite build --logLevel warn');
const port = process.env.PORT ?? '4173';
console.log(`\nSPC dashboard: http://localhost:${port}/  (Ctrl+C stops it)\n`);
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
