// Matcher for /places/[id=place]: gazetteer ids are slugs (lake-sevan).
import type { ParamMatcher } from '@sveltejs/kit';
import { SLUG } from '$lib/ids';

export const match = ((param: string): boolean => param.length <= 200 && SLUG.test(param)) satisfies ParamMatcher;
