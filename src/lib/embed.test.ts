import { describe, expect, test } from 'vitest';
import { embedCode, fullViewUrl, isEmbed } from './embed';

describe('isEmbed', () => {
	test.each([
		['/?embed=1', true],
		['/?embed', true],
		['/?embed=true', true],
		['/?embed=0', false],
		['/?embed=no', false],
		['/', false]
	])('%s → %s', (path, expected) => {
		expect(isEmbed(new URL(path, 'https://x.org'))).toBe(expected);
	});
});

describe('fullViewUrl', () => {
	test('removes embed and keeps filters, incident and map position', () => {
		expect(fullViewUrl(new URL('https://x.org/?type=shelling&embed=1&incident=a#8/39.5/46.3')).href).toBe('https://x.org/?type=shelling&incident=a#8/39.5/46.3');
	});
});

describe('embedCode', () => {
	test('the iframe points at the view in embed mode, with escaped attributes', () => {
		const code = embedCode({ url: new URL('https://x.org/?incident=a&q=x"y'), title: 'A "quoted" <title>' });
		expect(code).toBe(
			'<iframe src="https://x.org/?incident=a&amp;q=x%22y&amp;embed=1" title="A &quot;quoted&quot; &lt;title>" width="100%" height="480" style="border:0" loading="lazy"></iframe>'
		);
	});
});
