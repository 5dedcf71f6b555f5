"""Charts people can share. Every chart of the public site (`operations.public.charts`: an
operation's breakdowns, a participant's years, the comparison's main figures) has an address of its
own, built from slugs and metric codes, where it is:

- a page showing the chart alone with its numbers, title, sources and the data's licence, with the
  links below (`views.SharedChartView`, output "page");
- an embed view that other sites may frame, the one page exempt from the site's
  X-Frame-Options and CSP frame-ancestors (output "embed"), for the `<iframe>` snippet the page
  offers;
- an SVG file: the same server-drawn bars as a standalone picture, with its title, numbers as text
  and a source line (`files.svg_document`), and a PNG drawn from that SVG on the server by resvg
  (`files.png_of`).

`views.chart_paths` gives the four URLs of a chart's address. A chart that a draft would draw, or
that its subject does not have, is a 404. Part of the public site's room (operations.public).
"""
