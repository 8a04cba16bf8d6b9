// Launches Debian's Chromium through playwright-core with a fresh profile, and records every
// request so a test can prove that nothing left the page's own origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openSession(locale = 'sv-SE', profileDir?: string): Promise<Session> {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'spc-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale,
    viewport: { width: 1280, height: 900 },
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Playwright's 30 s default for waits and clicks is too short on a loaded 2-core machine.
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return {
    context,
    page,
    requests,
    consoleErrors,
    async close() {
      await context.close();
      if (!profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Requests to any origin other than `base` (data: and blob: URLs are local). */
export function offOrigin(requests: string[], base: string): string[] {
  const origin = new URL(base).origin;
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

/** A fresh session (or one on `profileDir`) with the app opened and its data loaded. */
export async function openApp(base: string, locale = 'sv-SE', profileDir?: string): Promise<Session> {
  const session = await openSession(locale, profileDir);
  await session.page.goto(base);
  await waitReady(session);
  return session;
}

export async function waitReady(session: Session): Promise<void> {
  await session.page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
}
