// The shape of generated ids (incidents, places): lowercase words and digits joined by single dashes.
// A link to an id of this shape that the data lacks still gets the 404 page; other shapes never match the route.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Article ids are file names without `.txt`: letters, digits, `_`, `-` and `.`, no path parts. */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
