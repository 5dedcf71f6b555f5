"""The table bench/results_page.py prints: Django, Datasette and the floors side by side, the ratios,
and each target of issues 3 and 15, met or missed."""


def report(pages, exports, meta, args):
    lines = []

    def row(*cells):
        lines.append(" | ".join(str(cell) for cell in cells))

    def ms(value):
        return f"{value:.2f} ms"

    row("measure", "Django", "Datasette", "floor", "Datasette / Django", "target", "met")
    row(*["---"] * 7)
    checks = []
    variants = (("django", ""), ("django-rendered", ", rendered every time"))
    page_variants = (*variants[:1], ("django-local", ", kept in the process's memory"), *variants[1:])
    for name in ("unfiltered", "filtered", "sorted by value"):
        datasette = pages[f"{name}/datasette"]
        for server, variant in page_variants:
            django = pages[f"{name}/{server}"]
            ratio = datasette["median_ms"] / django["median_ms"]
            target, met = "", ""
            if name == "filtered":
                # Issue 15: kept pages at least 20× faster than Datasette, rendered ones at least 1.5×.
                least = 1.5 if server == "django-rendered" else 20
                target = f"< 10 ms, ≥ {least}× faster"
                met = django["median_ms"] < 10 and ratio >= least
            elif name == "unfiltered":
                target = "< 15 ms"
                met = django["median_ms"] < 15
            if target:
                checks.append((f"results page {name}{variant}", met))
            row(
                f"page {name}{variant}: median",
                ms(django["median_ms"]),
                ms(datasette["median_ms"]),
                "",
                f"{ratio:.2f}×",
                target,
                met,
            )
            row(f"page {name}{variant}: p95", ms(django["p95_ms"]), ms(datasette["p95_ms"]), "", "", "", "")
            row(f"page {name}{variant}: SQL queries", django["queries"], datasette["queries"], "", "", "", "")
    datasette = exports["rps/datasette"]
    for server, variant in variants:
        django = exports[f"rps/{server}"]
        met = django["rps_median"] >= 300 and django["non_2xx_3xx"] == 0 and django["socket_errors"] == 0
        checks.append((f"300 req/s filtered, no error{variant}", met))
        row(
            f"filtered page req/s, {args.connections} clients{variant}",
            f"{django['rps_median']:.0f}",
            f"{datasette['rps_median']:.0f}",
            "",
            f"{datasette['rps_median'] / django['rps_median']:.2f}×",
            "≥ 300, no error",
            met,
        )
        row("  latency p50 / p99", f"{django['p50_ms']:.1f} / {django['p99_ms']:.1f} ms",
            f"{datasette['p50_ms']:.1f} / {datasette['p99_ms']:.1f} ms", "", "", "", "")  # fmt: skip
        row("  non-2xx/3xx, socket errors", f"{django['non_2xx_3xx']}, {django['socket_errors']}",
            f"{datasette['non_2xx_3xx']}, {datasette['socket_errors']}", "", "", "", "")  # fmt: skip
    csv_django, csv_floor = exports["csv/django"], exports["csv/floor"]
    csv_datasette, csv_http = exports["csv/datasette-http"], exports["csv/django-http"]
    small = exports["csv/django-10k"]
    flat = csv_django["peak_growth_mib_max"] <= small["peak_growth_mib_max"] + 5
    met = csv_django["rows_per_s_median"] >= 200_000 and flat
    checks.append(("CSV ≥ 200,000 rows/s, flat memory", met))
    row(
        f"CSV {csv_django['rows']:,} rows: rows/s (in-process)",
        f"{csv_django['rows_per_s_median']:,.0f}",
        "",
        f"{csv_floor['rows_per_s_median']:,.0f}",
        "",
        "≥ 200,000",
        met,
    )
    row(
        "CSV over HTTP: rows/s",
        f"{csv_http['rows_per_s_median']:,.0f}",
        f"{csv_datasette['rows_per_s_median']:,.0f}",
        "",
        f"{csv_datasette['rows_per_s_median'] / csv_http['rows_per_s_median']:.2f}×",
        "",
        "",
    )
    row(
        "CSV peak memory growth (MiB)",
        f"{csv_django['peak_growth_mib_max']:.1f} (10k rows: {small['peak_growth_mib_max']:.1f}); "
        f"HTTP worker {csv_http['peak_growth_mib_max']:.1f}",
        f"{csv_datasette['peak_growth_mib_max']:.1f}",
        f"{csv_floor['peak_growth_mib_max']:.1f}",
        "",
        "flat",
        flat,
    )
    xlsx_django, xlsx_floor = exports["xlsx/django"], exports["xlsx/floor"]
    ratio = xlsx_django["seconds_median"] / xlsx_floor["seconds_median"]
    met = ratio <= 1.2
    checks.append(("XLSX within 1.2× openpyxl write-only", met))
    row(
        f"XLSX {xlsx_django['rows']:,} rows: seconds",
        f"{xlsx_django['seconds_median']:.2f} s ({ratio:.2f}× floor)",
        "(none)",
        f"{xlsx_floor['seconds_median']:.2f} s",
        "",
        "≤ 1.2× floor",
        met,
    )
    row(
        "XLSX rows/s; peak memory growth (MiB)",
        f"{xlsx_django['rows_per_s_median']:,.0f}; {xlsx_django['peak_growth_mib_max']:.1f}",
        "",
        f"{xlsx_floor['rows_per_s_median']:,.0f}; {xlsx_floor['peak_growth_mib_max']:.1f}",
        "",
        "",
        "",
    )
    lines.append("")
    wrk_command = django["command"].split(" http")[0]
    lines.append(
        f"{meta['rows']:,} results, {meta['operations']} operations, {meta['metrics']} metrics, "
        f"{meta['sources']} sources; {args.runs} runs × {args.repeat} requests per page per server; "
        f"wrk: {wrk_command} (× {len(django['rps_all'])} per server, alternating)"
    )
    lines.append(f"Django on {args.django_database}; Datasette and the floors on the SQLite file")
    lines.append(f"Load average (/proc/loadavg) at the start: {args.load_start}; at the end: {args.load_end}")
    lines.append("Targets: " + "; ".join(f"{name}: {'met' if met else 'MISSED'}" for name, met in checks))
    return "\n".join(lines)
