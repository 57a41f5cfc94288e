// Matcher for /incidents/[id=incident]: incident ids are a date and place slug (2022-09-13-goris-jermuk).
import type { ParamMatcher } from '@sveltejs/kit';
import { SLUG } from '$lib/ids';

export const match = ((param: string): boolean => param.length <= 200 && SLUG.test(param)) satisfies ParamMatcher;
