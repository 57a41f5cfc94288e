// The link-preview image of one incident (og:image): its site on the basemap (a point, or an area's
// shape), with the title, the date and the kind.
import { error } from '@sveltejs/kit';
import { mapOfPlaces, mapOfSites } from '$lib/server/basemap';
import { renderPng } from '$lib/server/preview';
import { allIncidents, areaCollection, findIncident } from '$lib/server/share';
import { LABEL_SIZE, previewSvg } from '$lib/map/site-map-svg';
import { PREVIEW_SIZE, SITE_NAME } from '$lib/site';
import { formatWhen } from '$lib/when';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => allIncidents().map((f) => ({ id: f.properties.id }));

export const GET: RequestHandler = ({ params }) => {
	const feature = findIncident(params.id);
	if (!feature) error(404, `There is no incident “${params.id}” in the data.`);
	const p = feature.properties;
	const size = { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height - 200, minSpan: 1.6, padding: p.site.area ? 24 : 90, labelSize: LABEL_SIZE };
	// An area without a shape shows the region with nothing marked: never a point at a made-up centre.
	const map =
		mapOfPlaces({ places: [p.site], areas: areaCollection(), ...size }) ??
		{ ...mapOfSites({ sites: [{ id: 'region', name: '', lat: 40, lon: 45.8 }], ...size }), sites: [] };
	const when = formatWhen({ start: p.date_start, end: p.date_end, precision: p.time_precision });
	const text = when.zone ? `${when.text} (${when.zone})` : when.text;
	const date = `${text} · ${p.kind}`;
	const png = renderPng(previewSvg({ map, title: p.title, date, site: SITE_NAME, place: p.site.name }));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
