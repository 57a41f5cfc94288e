// Errors about bad input name the file, the line (or entry) and what is wrong.

export class InputError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | null,
		readonly problem: string
	) {
		super(`${file}${line !== null ? `:${line}` : ''}: ${problem}`);
		this.name = 'InputError';
	}
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** 1-based line where a JSON entry with this "id" is written, or null when it cannot be found. */
export function lineOfId(text: string, id: string): number | null {
	const at = text.search(new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	return at < 0 ? null : lineAt(text, at);
}
