"""`{% editor_home %}`: what waits for the signed-in editor, on the admin's home page."""

from django import template

from operations.admin.home import waiting_work

register = template.Library()


@register.inclusion_tag("admin/includes/editor_home.html", takes_context=True)
def editor_home(context):
    return {"work": waiting_work(context["request"].user)}
