"""manage.py build_data_package: the data package of the public register (operations.opendata)."""

import time
import zipfile

from django.core.management.base import BaseCommand

from operations.opendata.current import keep_current_package, request_build
from operations.opendata.package import build


class Command(BaseCommand):
    help = (
        "Build the data package of the public register (a CSV file per table and datapackage.json, in a zip): "
        "by default the one /data/jad-register.zip serves, kept in the database under the register's revision "
        "(not built again while the register is unchanged, unless --again), as the background worker does after "
        "each change; with --queue, leave it to the worker; with --output, into that file. Prints what was built, "
        "its size and SHA-256, and how long it took."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default=None, help="Write the package to this file instead.")
        parser.add_argument("--again", action="store_true", help="Build the kept package again even if it is there.")
        parser.add_argument(
            "--queue", action="store_true", help="Queue a build for the background worker (db_worker) and return."
        )

    def handle(self, *args, **options):
        if options["queue"]:
            queued = request_build()
            self.stdout.write(f"Queued: task {queued.id}" if queued else "A build is already waiting for the worker.")
            return
        started = time.perf_counter()
        if options["output"]:
            built = build(options["output"])
            with zipfile.ZipFile(built.path) as archive:
                files = len(archive.namelist())
            what = f"{built.path}\n{files} files, {built.size} bytes, SHA-256 {built.sha256}"
        else:
            package = keep_current_package(again=options["again"])
            what = f"Kept for revision {package.revision}\n{package.size} bytes, SHA-256 {package.sha256}"
        self.stdout.write(f"{what}\nin {time.perf_counter() - started:.1f} s")
