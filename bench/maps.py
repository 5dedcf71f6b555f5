"""What the maps add to a page: the map of Europe drawn once per process, then per page the time the
map adds to rendering and the size of its SVG (operations.public.maps, docs/performance.md).

    .venv/bin/python bench/maps.py [--repeat 30]

Uses its own SQLite file with the demo data (bench/.data/maps.sqlite3, built on the first run), the
bench's settings (DEBUG off) and every page rendered (no page cache). The operation pages are timed
with their map and with the map left out (its context helper answering None), and the map alone (the
context helper and the include's rendering, timed in the process: on two shared cores the difference
of two page timings is mostly noise); the capacity-building map page is all map.
"""

import argparse
import gzip
import os
import re
import statistics
import sys
import time

import servers

DATABASE = servers.ROOT / "bench" / ".data" / "maps.sqlite3"
OPERATIONS = ["jad-see-2023", "conversus-2023", "jad-mobile-6"]


def median_ms(call, repeat):
    call()  # warm-up: templates compiled, choices kept
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def svg_bytes(html):
    match = re.search(r'<svg class="country-map-svg".*?</svg>', html, re.DOTALL)
    return match.group(0).encode() if match else b""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    DATABASE.parent.mkdir(parents=True, exist_ok=True)
    fresh = not DATABASE.exists()
    os.environ.update(servers.django_environment(database=DATABASE, rendered=True, shared_cache=False))
    sys.path.insert(0, str(servers.ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    if fresh:
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)

    from django.template.loader import render_to_string

    from operations.public import views
    from operations.public.maps.europe import europe

    start = time.perf_counter()
    drawn = europe()
    cold = (time.perf_counter() - start) * 1000
    paths = sum(len(shape.path) for shape in drawn.shapes.values())
    countries = len(drawn.shapes)
    print(f"map of Europe, drawn once per process: {cold:.0f} ms; {countries} countries, {paths:,} bytes of paths")

    client = Client()
    with_map = views.participation_map
    header = f"{'page':<40} {'with map':>9} {'without':>9} {'map':>7} {'SVG':>9} {'SVG gzip':>9} {'page':>9}"
    print(header)
    for slug in OPERATIONS:
        url = f"/operations/{slug}/"
        html = client.get(url).content.decode()
        operation = views.OperationDetailView().get_queryset().get(slug=slug)
        participations = operation.participations.all()

        def build_and_render(operation=operation, participations=participations):
            drawn = with_map(operation, participations)
            return render_to_string("includes/country_map.html", {"map": drawn})

        timed_map = median_ms(build_and_render, args.repeat)
        timed_with = median_ms(lambda url=url: client.get(url), args.repeat)
        views.participation_map = lambda *arguments: None
        timed_without = median_ms(lambda url=url: client.get(url), args.repeat)
        views.participation_map = with_map
        svg = svg_bytes(html)
        print(
            f"{url:<40} {timed_with:>7.1f}ms {timed_without:>7.1f}ms {timed_map:>5.1f}ms"
            f" {len(svg):>8,}B {len(gzip.compress(svg)):>8,}B {len(html.encode()):>8,}B"
        )
    url = "/activities/map/"
    html = client.get(url).content.decode()
    timed = median_ms(lambda: client.get(url), args.repeat)
    svg = svg_bytes(html)
    print(
        f"{url:<40} {timed:>7.1f}ms {'—':>9} {'(all)':>7} {len(svg):>8,}B {len(gzip.compress(svg)):>8,}B"
        f" {len(html.encode()):>8,}B"
    )
    print(f"{args.repeat} requests each, median; Django test client, SQLite, demo data. 'map': the context")
    print("helper and the include's rendering alone, in the process (no query): what the map adds to a page.")


if __name__ == "__main__":
    main()
