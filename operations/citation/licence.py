"""The licence under which the register's data may be reused: CC BY 4.0 unless the settings say
otherwise (DATA_LICENCE_NAME, DATA_LICENCE_URL)."""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Licence:
    name: str
    url: str


def data_licence():
    return Licence(settings.DATA_LICENCE_NAME, settings.DATA_LICENCE_URL)
