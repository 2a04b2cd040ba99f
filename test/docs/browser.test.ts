// The docs site in a real browser: Debian's chromium driven by playwright-core, the site served by
// a tiny node:http static server on loopback. Search, open the result, follow a see-also link,
// check the signature; an exact name ranks first and Enter opens the top hit; any console error,
// page error, failed request or request that leaves the site fails the test. Skips (saying so)
// when /usr/bin/chromium is absent (.ci/run installs it).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { buildSite, writeSite } from '../../codegen/docs/site.js';

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium) console.warn(`skipped: docs browser test needs ${executablePath} (apt-get install -y chromium)`);

const repo = join(import.meta.dirname, '..', '..');
const shots = join(repo, 'test-output', 'docs');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, normalize(`.${path === '/' ? '/index.html' : path}`));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

describe.skipIf(!hasChromium)('the docs site in chromium', () => {
  let site: string;
  let server: Server;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'manbind-site-'));
    const result = await buildSite({ specs: 'specs', cwd: repo });
    writeSite(site, result.files);
    server = await serve(resolve(site));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      // No --user-data-dir: chromium.launch gives every launch a fresh temporary profile of its own.
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('searches, opens the result, follows a see-also link and shows the signature, with no errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) problems.push(`request leaves the site: ${url}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });

    await page.goto(`${origin}/index.html`);
    const total = await page.locator('#results > li').count();
    expect(total).toBeGreaterThan(100);
    await expect.poll(() => page.locator('#count').textContent()).toBe(`${total} of ${total} pages`);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'index.png'), fullPage: false });

    // Filters: kind narrows the list and the count follows.
    await page.selectOption('#kind', 'info');
    const infos = await page.locator('#results > li').count();
    expect(infos).toBeGreaterThan(0);
    expect(infos).toBeLessThan(total);
    expect(await page.locator('#results > li[data-kind="info"]').count()).toBe(infos);
    await expect.poll(() => page.locator('#count').textContent()).toBe(`${infos} of ${total} pages`);
    await page.selectOption('#kind', '');
    await page.selectOption('#version', '7.15.2');
    const old = await page.locator('#results > li').count();
    expect(old).toBeLessThan(total);
    await page.selectOption('#version', '');

    // Search as you type: the option itself comes first.
    await page.locator('#search').pressSequentially('CONNECT_ONLY');
    await expect.poll(() => page.locator('#results > li a.name').first().textContent()).toBe('CURLOPT_CONNECT_ONLY');
    expect(await page.locator('#results > li').count()).toBeLessThan(total);
    await page.locator('#results > li a.name').first().click();
    await page.waitForURL(/CURLOPT_CONNECT_ONLY\.html$/);
    expect(await page.locator('#signature pre').innerText()).toContain('typeof CURLOPT.CONNECT_ONLY');
    expect(await page.locator('#signature pre').isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'CURLOPT_CONNECT_ONLY.png'), fullPage: true });

    // A see-also link leads to a page with its own signature.
    await page.locator('#see-also a', { hasText: 'CURLINFO_ACTIVESOCKET' }).click();
    await page.waitForURL(/CURLINFO_ACTIVESOCKET\.html$/);
    expect(await page.locator('h1').innerText()).toBe('CURLINFO_ACTIVESOCKET');
    expect(await page.locator('#signature pre').innerText()).toContain('CURLINFO.ACTIVESOCKET');
    expect(await page.locator('#signature pre').isVisible()).toBe(true);

    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);

  // MiniSearch splits names at `_`, so by score alone CURLINFO_PRIVATE outranks CURLOPT_PRIVATE
  // for "CURLOPT_PRIVATE", and CURLMOPT_MAXCONNECTS outranks CURLOPT_MAXCONNECTS.
  it("puts an exact name first, opens the top hit on Enter, and is titled with the docs' name", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(`${origin}/index.html`);
    expect(await page.locator('h1').innerText()).toBe('manbind');
    expect(await page.title()).toBe('manbind');

    const top = () => page.locator('#results > li a.name').first().textContent();
    await page.locator('#search').fill('CURLOPT_PRIVATE');
    await expect.poll(top).toBe('CURLOPT_PRIVATE');
    expect(await page.locator('#results > li a.name').nth(1).textContent()).not.toBe('CURLOPT_PRIVATE');
    await page.locator('#search').fill('');
    await page.locator('#search').pressSequentially('curlopt_maxconnects'); // any case
    await expect.poll(top).toBe('CURLOPT_MAXCONNECTS');
    await page.locator('#search').press('Enter');
    await page.waitForURL(/CURLOPT_MAXCONNECTS\.html$/);
    expect(await page.locator('h1').innerText()).toBe('CURLOPT_MAXCONNECTS');

    // A base name alone: URL opens CURLOPT_URL, not CURLINFO_EFFECTIVE_URL.
    await page.goto(`${origin}/index.html`);
    await page.locator('#search').fill('URL');
    await expect.poll(top).toBe('CURLOPT_URL');
    await page.locator('#search').press('Enter');
    await page.waitForURL(/CURLOPT_URL\.html$/);
    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
