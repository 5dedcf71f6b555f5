from django.apps import AppConfig


class OperationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "operations"

    def ready(self):
        from django.core import checks

        from operations.opendata import current
        from operations.public.sharing.files import check_chart_fonts
        from operations.review import changes, signals

        signals.connect()
        changes.connect()
        current.connect()  # the data package is built again after each change
        checks.register(check_chart_fonts)
