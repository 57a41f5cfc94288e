// Universal hooks. A path that is not valid percent-encoding (/places/%E0%A4%A) cannot be decoded:
// SvelteKit's client router then throws "URI malformed" while starting on the 404 page a static host
// serves for it. Such a path is routed to the not-found page instead (issue 12: the URL is hostile input).
import type { Reroute } from '@sveltejs/kit';

export const reroute: Reroute = ({ url }) => {
	try {
		decodeURI(url.pathname);
	} catch {
		return '/404';
	}
};
