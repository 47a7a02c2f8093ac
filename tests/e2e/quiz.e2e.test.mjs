// End-to-end: the real bot, on real (Azurite) storage, inside Microsoft's Agents Playground, driven
// through headless Chromium like a person would: type `quiz`, pick an option, Submit, read the feedback.
// Needs HCSBOT_TEST_STORAGE (test.sh starts Azurite and sets it) and a built HcsBot.Web.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const botDll = path.join(root, 'src/HcsBot.Web/bin/Debug/net10.0/HcsBot.Web.dll');
const artifacts = path.join(root, 'tests/e2e/artifacts');
const storage = process.env.HCSBOT_TEST_STORAGE;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const children = [];
let browser;
let playgroundUrl;

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  server.on('error', reject);
});

async function waitForHttp(url, what, seconds = 90) {
  for (let i = 0; i < seconds; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`${what} did not answer at ${url} within ${seconds}s`);
}

function start(command, args, env, name) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', d => { log += d; });
  child.stderr.on('data', d => { log += d; });
  child.on('exit', code => { if (code) console.error(`${name} exited with ${code}:\n${log.slice(-3000)}`); });
  children.push(child);
  return child;
}

before(async () => {
  assert.ok(storage, 'HCSBOT_TEST_STORAGE is not set: run this through ./test.sh, which starts Azurite');
  assert.ok(existsSync(botDll), `${botDll} is missing: build the solution first (./test.sh does)`);
  assert.ok(existsSync(chromiumPath), `${chromiumPath} is missing: install Debian's chromium (.ci/run does)`);
  mkdirSync(artifacts, { recursive: true });

  const botPort = await freePort();
  start('dotnet', [botDll, '--urls', `http://127.0.0.1:${botPort}`,
    `--Storage:ConnectionString=${storage}`, `--Storage:TablePrefix=e2e${Date.now()}`,
    `--Bank:Path=${process.env.HCSBOT_E2E_BANK ?? path.join(root, 'content/banks')}`],
    // Development: the Playground sends no Bot Connector token, which only a development bot accepts.
    { ASPNETCORE_ENVIRONMENT: 'Development' }, 'bot');
  await waitForHttp(`http://127.0.0.1:${botPort}/health`, 'the bot');

  const playgroundPort = await freePort();
  // The Playground exits if it cannot open a browser; on a headless machine give it a no-op xdg-open.
  const pathWithStub = `${path.join(root, 'scripts/headless')}:${process.env.PATH}`;
  start(path.join(root, 'node_modules/.bin/agentsplayground'),
    ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'],
    { PATH: pathWithStub }, 'playground');
  playgroundUrl = `http://127.0.0.1:${playgroundPort}/`;
  await waitForHttp(playgroundUrl, 'the Agents Playground');

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  for (const child of children) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
});

test('a learner types quiz, answers the first question and sees feedback', { timeout: 180_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  try {
    await page.goto(playgroundUrl);
    const cards = page.locator('.ac-adaptiveCard');
    await cards.filter({ hasText: 'Welcome to HcsBot' }).first().waitFor({ timeout: 60_000 });

    const compose = page.getByRole('textbox').last();
    await compose.click();
    await compose.fill('quiz');
    await compose.press('Enter');

    const question = cards.filter({ hasText: '1 of 5' }).first();
    await question.waitFor({ timeout: 30_000 });
    const options = question.locator('input[type=radio]');
    assert.equal(await options.count(), 4, 'the question card offers four options');
    await options.first().check({ force: true });
    await question.getByRole('button', { name: 'Submit' }).click();

    const feedback = cards.filter({ hasText: 'Correct answer:' }).first();
    await feedback.waitFor({ timeout: 30_000 });
    const text = await feedback.innerText();
    assert.match(text, /Correct|Not quite/);
    assert.match(text, /Source:/);
    assert.ok(await feedback.getByRole('button', { name: 'Next question' }).isVisible(), 'feedback offers the next question');

    // The question card was updated in place: it shows the answer and can no longer be submitted.
    const answered = cards.filter({ hasText: 'Your answer:' }).first();
    await answered.waitFor({ timeout: 30_000 });
    assert.equal(await answered.getByRole('button', { name: 'Submit' }).count(), 0);
  } finally {
    await page.screenshot({ path: path.join(artifacts, 'quiz-feedback.png'), fullPage: true });
    await page.close();
  }
});
