/**
 * The element names of HTML (WHATWG living standard, plus obsolete ones still parsed). A "tag" in an
 * article whose name is not here — `<tenantName>`, `<guid of container>` — is almost always a
 * placeholder the author meant as text; a sanitiser drops it, and the words disappear.
 */
const htmlElementNames = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta ' +
    'meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script ' +
    'search section select slot small source span strong style sub summary sup table tbody td template textarea ' +
    'tfoot th thead time title tr track u ul var video wbr ' +
    'acronym applet basefont big blink center dir font frame frameset marquee nobr noembed noframes plaintext strike tt xmp ' +
    'math svg'
  ).split(' '),
);

/** True for a standard (or obsolete but parsed) HTML element name, case-insensitively. */
export const isHtmlElementName = (name: string): boolean => htmlElementNames.has(name.toLowerCase());
