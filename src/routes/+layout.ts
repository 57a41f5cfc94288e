// Every page prerenders to static HTML (adapter-static); see svelte.config.js.
export const prerender = true;
export const trailingSlash = 'never';
