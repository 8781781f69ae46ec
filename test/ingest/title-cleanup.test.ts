import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import { isDatelineOnly, trimSiteName } from '../../src/ingest/title-cleanup.ts';
import { extractArticle } from '../../src/ingest/web/extract-article.ts';

const BODY =
  'Crews in Brennock cleared the last of the flood debris on Tuesday, the county said in a statement to reporters. ' +
  'About 40 homes were damaged when the river burst its banks last week, according to county officer Tamsin Vale.';

describe('headlines', () => {
  it('never takes a dateline for a headline', () => {
    expect(isDatelineOnly('MOSCOW')).toBe(true);
    expect(isDatelineOnly('WASHINGTON (Meridian Wire) —')).toBe(true);
    expect(isDatelineOnly('Moscow talks stall')).toBe(false);
    const paste = articleFromPaste(`MOSCOW\n\n${BODY}`, 'paste');
    expect(paste.title).toBeNull();
  });

  it('trims the site name from a title, whatever the separator', () => {
    expect(trimSiteName('Harbour reopens after storm | The Ledger', {})).toBe('Harbour reopens after storm');
    expect(trimSiteName('Harbour reopens after storm - Harbour Gazette', {})).toBe(
      'Harbour reopens after storm',
    );
    expect(
      trimSiteName('Talks resume as pressure mounts from all sides newsbhunt', { host: 'www.newsbhunt.com' }),
    ).toBe('Talks resume as pressure mounts from all sides');
    expect(trimSiteName('Harbour reopens — Brennockpost', { outlet: 'BrennockPost' })).toBe(
      'Harbour reopens',
    );
    // A dash inside a headline is not a site name.
    expect(trimSiteName('Vasko - the man who ended the strike', {})).toBe(
      'Vasko - the man who ended the strike',
    );
  });

  it('applies to fetched pages', () => {
    const html = `<html><head><title>Flood debris cleared in Brennock newsbhunt</title></head><body><article><h1>Flood debris cleared</h1><p>${BODY}</p><p>${BODY}</p></article></body></html>`;
    expect(extractArticle(html, 'https://newsbhunt.com/flood').title).toBe(
      'Flood debris cleared in Brennock',
    );
  });
});
