// Matcher for /sources/[id=source]: article ids are file names without `.txt` (000_b2d142a61056506b).
import type { ParamMatcher } from '@sveltejs/kit';
import { ARTICLE_ID } from '$lib/ids';

export const match = ((param: string): boolean => param.length <= 200 && ARTICLE_ID.test(param) && !param.includes('..')) satisfies ParamMatcher;
