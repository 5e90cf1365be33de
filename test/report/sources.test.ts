/**
 * "Where the figures come from": on the history fixture (the default study with a seller's
 * order history and stock snapshot, support/make-history-fixture.mjs) the section names the
 * history's and the snapshot's figures, what they determine, what the scenario assumes and
 * what the intervals cover in replay and in bootstrap mode, in English and Chinese; without
 * `scenario.history` it is absent and the rest of the report does not change.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { buildSweepReport } from '../../src/report/build-sweep-document.js';
import { type Block, type Inline } from '../../src/report/document.js';
import { renderHtml } from '../../src/report/html.js';
import { messagesFor } from '../../src/report/i18n/index.js';
import type { Lang } from '../../src/report/i18n/messages.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { historyModes } from '../../src/report/sections/sources-section.js';
import { zoneDate } from '../../src/report/zone-date.js';
import type { Results } from '../../src/results/types.js';
import { documentText, sectionOf } from './support/document-text.js';
import { loadFixture, loadHistoryFixture, loadSweepFixture } from './support/fixtures.js';

const SCRIPTS = { vega: '', vegaLite: '', vegaEmbed: '' };

const sectionBlocks = (blocks: readonly Block[]): Block[] => sectionOf(blocks, 'sources');

const sectionText = (r: Results, lang: Lang) => documentText(sectionBlocks(buildReport(r, lang).document.blocks));

/** The fixture in bootstrap mode. */
function bootstrap(): Results {
  const r = loadHistoryFixture();
  r.scenario.history!.mode = 'bootstrap';
  return r;
}

/** The fixture without its stock snapshot. */
function withoutStock(): Results {
  const r = loadHistoryFixture();
  delete r.scenario.initialStock;
  return r;
}

describe('zoneDate', () => {
  it('gives the date of an instant in an IANA zone, a fixed offset and UTC', () => {
    expect(zoneDate('2025-03-02T16:00:00.000Z', 'Asia/Shanghai')).toBe('2025-03-03');
    expect(zoneDate('2025-03-02T16:00:00.000Z', '+08:00')).toBe('2025-03-03');
    expect(zoneDate('2025-03-03T05:30:00.000Z', '-05:30')).toBe('2025-03-03');
    expect(zoneDate('2025-03-03T00:00:00.000Z', 'UTC')).toBe('2025-03-03');
    // daylight saving: 00:00 on 30 March 2025 in Berlin is 23:00 UTC the day before (CET), on 31 March 22:00 (CEST)
    expect(zoneDate('2025-03-30T22:00:00.000Z', 'Europe/Berlin')).toBe('2025-03-31');
  });

  it('reads an unknown zone as UTC and an unreadable instant as null', () => {
    expect(zoneDate('2025-03-02T16:00:00.000Z', 'Mars/Olympus')).toBe('2025-03-02');
    expect(zoneDate('not a date', 'UTC')).toBeNull();
  });
});

describe('the section on the history fixture, in English', () => {
  const r = loadHistoryFixture();
  const { blocks } = buildReport(r, 'en').document;
  const text = sectionText(r, 'en');

  it('is a level-2 section right before the assumptions and method', () => {
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'sources');
    expect(blocks[at]).toEqual({ kind: 'heading', level: 2, text: 'Where the figures come from', id: 'sources' });
    const next = blocks.findIndex((b, i) => i > at && b.kind === 'heading' && b.level === 2);
    expect(blocks[next]).toMatchObject({ id: 'assumptions' });
    expect(sectionBlocks(blocks).filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual([
      'Where the figures come from',
      'From the seller’s data',
      'From the scenario’s assumptions',
      'What the confidence intervals cover',
    ]);
  });

  it('names the order history: file, days from its start in its time zone, orders, lines, shops, SKUs, markets, mode, hash', () => {
    const h = r.scenario.history!;
    expect(text).toContain('Order history: orders.history.jsonl.gz');
    // day 0 is 00:00 of 3 March in Shanghai, 16:00 UTC on 2 March
    expect(text).toContain('Period: 14 days from Mar 3, 2025');
    expect(text).toContain('Time zone: Asia/Shanghai');
    expect(text).toContain('Orders: 3,633 orders with 4,071 order lines, 640 SKUs');
    expect(text).toContain('Shops (2): shop-a, shop-b');
    expect(text).toContain('Destination markets (4): DE, ES, FR, PL');
    expect(text).toContain('Mode: replay — the recorded orders, at the times they were placed');
    expect(text).toContain(`Order history SHA-256: ${h.sha256}`);
  });

  it('names the stock snapshot: file, rows, units, hash', () => {
    const s = r.scenario.initialStock!;
    expect(text).toContain('Starting stock: stock.snapshot.json — 824 rows (shop × SKU, by warehouse where the file gives one), 18,452 units on hand; 75 more units left out (SKUs their shop did not sell in the history)');
    expect(text).toContain(`Stock snapshot SHA-256: ${s.sha256}`);
  });

  it('shows ids, the time zone, files and hashes as code', () => {
    const list = sectionBlocks(blocks).find((b) => b.kind === 'list') as Extract<Block, { kind: 'list' }>;
    const codes = list.items.flat().flatMap((x: Inline) => (typeof x === 'object' && 'code' in x ? [x.code] : []));
    expect(codes).toEqual([
      'orders.history.jsonl.gz',
      'Asia/Shanghai',
      'shop-a',
      'shop-b',
      'DE',
      'ES',
      'FR',
      'PL',
      r.scenario.history!.sha256,
      'stock.snapshot.json',
      r.scenario.initialStock!.sha256,
    ]);
  });

  it('says what the history and the snapshot determine, and what the scenario assumes', () => {
    expect(text).toContain(
      'The history determines the orders (their times, baskets, shops and destination markets), the SKUs, which shop lists which SKU, unit prices (each SKU’s median price), SKU categories where the export names them, and the demand forecast that sets the stock targets. The stock snapshot determines how many units of each SKU each shop holds at the start.',
    );
    expect(text).toContain(
      'Not from the seller’s data: the warehouses, pick, transit and replenishment lead times, fees, unit costs (price × the scenario’s cost ratio), return rates, the effect of late delivery on returns, the replenishment policy, and the categories of SKUs the export does not name (drawn from the scenario’s category mix). Their values are in the parameters table below.',
    );
    expect(text).not.toContain('The starting stock is assumed too');
  });

  it('says in replay mode that the intervals do not cover demand uncertainty', () => {
    expect(text).toContain(
      'Replay: every replication replays the same recorded orders, so the 95% confidence intervals reflect only the model’s other randomness (picking, lead times, returns, sync faults, and any extra orders from an assumed search-badge uplift), not demand uncertainty',
    );
    expect(text).not.toContain('resamples whole weeks');
  });
});

describe('the section on the history fixture, in Chinese', () => {
  const r = loadHistoryFixture();
  const text = sectionText(r, 'zh');

  it('names the same figures', () => {
    expect(text).toContain('数据来源');
    expect(text).toContain('订单历史：orders.history.jsonl.gz');
    expect(text).toContain('时间范围：自 2025年3月3日 起，共 14 天');
    expect(text).toContain('时区：Asia/Shanghai');
    expect(text).toContain('订单：3,633 个订单，共 4,071 个商品行，涉及 640 个 SKU');
    expect(text).toContain('店铺（2 家）：shop-a、shop-b');
    expect(text).toContain('目的市场（4 个）：DE、ES、FR、PL');
    expect(text).toContain('模式：回放（按下单时间原样重放记录的订单）');
    expect(text).toContain('期初库存：stock.snapshot.json，共 824 行（店铺 × SKU，文件含仓库时按仓库分行），在库共 18,452 件；另有 75 件未计入（其店铺在历史中未售出的 SKU）');
    expect(text).toContain(`订单历史 SHA-256：${r.scenario.history!.sha256}`);
    expect(text).toContain(`库存快照 SHA-256：${r.scenario.initialStock!.sha256}`);
  });

  it('says what comes from the data and what is assumed, and the replay sentence', () => {
    expect(text).toContain('订单历史决定了：订单本身（下单时间、每单包含的商品、所属店铺和目的市场）');
    expect(text).toContain('库存快照决定了开始时各店铺每个 SKU 的在库件数。');
    expect(text).toContain('以下内容并非来自卖家数据，而是场景的假设：仓库，拣货、运输和补货的时长');
    expect(text).toContain('回放模式：每次重复回放的都是同一批记录的订单，因此 95% 置信区间只反映模型中其他的随机性');
    expect(text).not.toContain('按周重抽样模式：');
  });

  it('shows no English outside code, SKU and SHA-256', () => {
    const blocks = sectionBlocks(buildReport(r, 'zh').document.blocks);
    const words = blocks
      .flatMap((b): Inline[] => (b.kind === 'heading' ? [b.text] : b.kind === 'paragraph' ? b.content : b.kind === 'list' ? b.items.flat() : []))
      .filter((x): x is string | { strong: string } => typeof x === 'string' || 'strong' in x)
      .map((x) => (typeof x === 'string' ? x : x.strong))
      .join(' ')
      .match(/[A-Za-z]{2,}/g);
    expect([...new Set(words)].sort()).toEqual(['SHA', 'SKU']);
  });
});

describe('bootstrap mode', () => {
  it.each([
    ['en', 'Bootstrap: each replication resamples whole weeks of the history, so the 95% confidence intervals include demand variation as seen in the history', 'Mode: bootstrap — whole weeks of the history, drawn again for each replication', 'every replication replays the same recorded orders'],
    ['zh', '按周重抽样模式：每次重复都从历史中重新抽取整周的订单，因此 95% 置信区间除了模型中其他的随机性，还包含历史中所见的需求波动', '模式：按周重抽样（每次重复都从历史中重新抽取整周的订单）', '每次重复回放的都是同一批记录的订单'],
  ] as const)('%s: says the intervals include demand variation, and that growth and promotions apply', (lang, sentence, mode, replay) => {
    const text = sectionText(bootstrap(), lang);
    expect(text).toContain(sentence);
    expect(text).toContain(mode);
    expect(text).toContain(lang === 'en' ? 'the scenario’s growth and promotions apply' : '场景设定的增长和促销叠加在抽取的各周之上');
    expect(text).not.toContain(replay);
  });
});

describe('without a stock snapshot', () => {
  it.each([
    ['en', 'Starting stock', 'The stock snapshot determines', 'The starting stock is assumed too: every stock point starts at its replenishment policy’s order-up-to level.'],
    ['zh', '期初库存：', '库存快照决定了', '期初库存同样是假设：每个库存点开始时的库存都等于其补货策略的目标库存水平。'],
  ] as const)('%s: the starting stock is listed among the assumptions', (lang, stockItem, determines, assumed) => {
    const text = sectionText(withoutStock(), lang);
    expect(text).not.toContain(stockItem);
    expect(text).not.toContain(determines);
    expect(text).toContain(assumed);
  });
});

describe('without a history', () => {
  it.each(['en', 'zh'] as const)('%s: the default fixture has no such section', (lang) => {
    const { blocks } = buildReport(loadFixture(), lang).document;
    expect(sectionBlocks(blocks)).toEqual([]);
    expect(documentText(blocks)).not.toContain(messagesFor(lang).sections.sources);
  });

  it.each(['en', 'zh'] as const)('%s: removing the history removes the section and changes nothing else', (lang) => {
    const r = loadHistoryFixture();
    const withSection = buildReport(r, lang).document;
    delete r.scenario.history;
    const without = buildReport(r, lang).document;
    const section = new Set(sectionBlocks(withSection.blocks));
    expect(section.size).toBeGreaterThan(0);
    expect(without.blocks).toEqual(withSection.blocks.filter((b) => !section.has(b)));
    expect({ ...without, blocks: [] }).toEqual({ ...withSection, blocks: [] });
  });

  it('the history fixture without its history renders as the default fixture with demand.history in its parameters', () => {
    const r = loadHistoryFixture();
    delete r.scenario.history;
    delete r.scenario.initialStock;
    const html = renderHtml(buildReport(r, 'en').document, messagesFor('en'), SCRIPTS);
    const md = renderMarkdown(buildReport(r, 'en').document, (id) => `charts/${id}.png`);
    for (const out of [html, md]) {
      expect(out).not.toContain('Where the figures come from');
      expect(out).toContain('demand.history');
    }
  });
});

describe('the sweep report', () => {
  /** The sweep fixture's points on the history fixture's history, in the given modes. */
  function sweepOn(modes: ReadonlyArray<'replay' | 'bootstrap'>) {
    const sweep = loadSweepFixture();
    const history = loadHistoryFixture().scenario.history!;
    sweep.points.forEach((p, i) => (p.scenario.history = { ...history, mode: modes[i % modes.length] }));
    return sweep;
  }

  it('has the section when its points ran on a history, and not otherwise', () => {
    const text = documentText(sectionBlocks(buildSweepReport(sweepOn(['replay']), 'en').document.blocks));
    expect(text).toContain('Order history: orders.history.jsonl.gz');
    expect(text).toContain('every replication replays the same recorded orders');
    expect(text).not.toContain('resamples whole weeks');
    expect(sectionBlocks(buildSweepReport(loadSweepFixture(), 'en').document.blocks)).toEqual([]);
  });

  it('names every mode its points used, each with its sentence on the intervals', () => {
    const sweep = sweepOn(['bootstrap', 'replay']);
    expect(historyModes(sweep.points)).toEqual(['replay', 'bootstrap']);
    const text = documentText(sectionBlocks(buildSweepReport(sweep, 'en').document.blocks));
    expect(text).toContain('Mode: replay — the recorded orders, at the times they were placed\nMode: bootstrap — whole weeks');
    expect(text).toContain('every replication replays the same recorded orders');
    expect(text).toContain('resamples whole weeks of the history');
  });
});

describe('a replay past the history’s end', () => {
  /** The fixture's history made `days` long (its run simulates warm-up + horizon days). */
  function withDays(days: number, mode: 'replay' | 'bootstrap' = 'replay'): Results {
    const r = loadHistoryFixture();
    r.scenario.history!.days = days;
    r.scenario.history!.mode = mode;
    return r;
  }
  it('warns in replay mode, in both languages, and only then', () => {
    const r = loadHistoryFixture();
    const until = r.warmupDays + r.horizonDays;
    expect(sectionText(withDays(until - 1), 'en')).toContain(`Warning: the simulated days run to day ${until.toLocaleString('en-US')}, but the history covers`);
    expect(sectionText(withDays(until - 1), 'zh')).toContain(`注意：模拟一直运行到第 ${until.toLocaleString('en-US')} 天`);
    expect(sectionText(withDays(until), 'en')).not.toContain('Warning');
    expect(sectionText(withDays(until - 1, 'bootstrap'), 'en')).not.toContain('Warning');
  });
});
