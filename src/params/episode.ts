// Matcher for /episodes/[id=episode]: episode ids are a date and slug (2022-09-12-border-clashes).
import type { ParamMatcher } from '@sveltejs/kit';
import { SLUG } from '$lib/ids';

export const match = ((param: string): boolean => param.length <= 200 && SLUG.test(param)) satisfies ParamMatcher;
