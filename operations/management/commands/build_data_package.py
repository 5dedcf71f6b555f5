"""manage.py build_data_package: the data package of the public register (operations.opendata)."""

import time
import zipfile

from django.core.management.base import BaseCommand

from operations.opendata.current import current_package
from operations.opendata.package import build, sha256_of


class Command(BaseCommand):
    help = (
        "Build the data package of the public register (a CSV file per table and datapackage.json, in a zip): "
        "by default the one /data/jad-register.zip serves, kept in DATA_PACKAGE_DIR under the register's "
        "revision (not built again while the register is unchanged, unless --again); with --output, into that "
        "file. Prints the file, its size and SHA-256, and how long it took."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default=None, help="Write the package to this file instead.")
        parser.add_argument("--again", action="store_true", help="Build the kept package again even if it is there.")

    def handle(self, *args, **options):
        started = time.perf_counter()
        path = build(options["output"]).path if options["output"] else current_package(again=options["again"])
        seconds = time.perf_counter() - started
        with zipfile.ZipFile(path) as archive:
            files = len(archive.namelist())
        self.stdout.write(
            f"{path}\n{files} files, {path.stat().st_size} bytes, SHA-256 {sha256_of(path)}\nin {seconds:.1f} s"
        )
