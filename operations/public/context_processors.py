"""What every page's frame (templates/base.html) shows of the register: the licence of its data and
when what visitors see last changed. The moment is read with the revision, which a public page
reads anyway (operations.public.cache), and only if the page shows it."""

from operations.citation.licence import data_licence

from .cache import public_changed_at


def register_facts(request):
    return {
        "data_licence": data_licence(),
        # A callable: the template calls it when it shows the moment, so a page without it reads nothing.
        "register_updated": lambda: public_changed_at(request),
    }
