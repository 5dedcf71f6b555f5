"""Maps of Europe and its neighbours, drawn on the server as SVG like the charts (the site's CSP
forbids inline scripts, and there is no tile server nor CDN at run time).

`topojson` decodes world-atlas's Natural Earth file (static/vendor/world-atlas); `geometry`
projects, simplifies, clips and writes paths; `europe` draws each country once per process;
`countries` marks countries with what they did, as links and table rows; `participation` is the
map on an operation's page. Part of the public site's room (operations.public).
"""
