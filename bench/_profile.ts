import { join } from 'node:path'
import { startServer } from '../src/server/app'
import { launchBrowser } from '../tests/e2e/support/browser'
import { waitForState } from '../tests/e2e/support/app-page'
const app = await startServer({ port: 0, httpsPort: null, host: '127.0.0.1', logger: false, staffPin: '24681357', dataDir: '/tmp/wt17/prof-data', staticDir: '/tmp/wt17/dist-nomin' })
const browser = await launchBrowser()
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
const page = await context.newPage()
await page.goto(`${app.httpUrl}/?automation=1&lang=sv${process.argv[2] ?? ''}`)
if (!process.argv[2]) { await page.getByTestId('use-screen').click(); await waitForState(page, { mode: 'desktop' }) }
await page.waitForTimeout(8000)
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start')
const f0 = (await page.evaluate('window.__digidel.frames()')) as number
await page.waitForTimeout(5000)
const f1 = (await page.evaluate('window.__digidel.frames()')) as number
const { profile } = await cdp.send('Profiler.stop')
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<string, number>()
profile.samples?.forEach((id, i) => { const n = byId.get(id); if (!n || n.callFrame.url === '') return; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas?.[i] ?? 0)) })
// inclusive by function
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map<string, number>()
profile.samples?.forEach((id, i) => { const seen = new Set<string>(); let cur: number | undefined = id; const leaf = byId.get(id); if (!leaf || leaf.callFrame.url === '') return; while (cur !== undefined) { const n = byId.get(cur); if (!n) break; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas?.[i] ?? 0)) } cur = parent.get(cur) } })
const frames = f1 - f0
console.log('frames', frames)
console.log('--- self ms/frame'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000 / frames).toFixed(3), k))
console.log('--- inclusive ms/frame'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log((v / 1000 / frames).toFixed(3), k))
await browser.close(); await app.close()
