"""English formats of the register: dates as European documents write them ("13 November 2023"),
not Django's American default ("Nov. 13, 2023"). Anything not set here is Django's."""

DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
DATETIME_FORMAT = "j F Y, H:i"
