"""The summaries and statements write their declared fields directly, for speed
(operations.api.summaries): what they write must be what DRF's field-by-field path gives from the
same declarations, which the schema documents."""

import pytest
from django.test import RequestFactory
from rest_framework import serializers

from operations.api.links import Links
from operations.api.statements import StatementSerializer
from operations.models import Result
from participants.models import Participant
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def field_by_field(serializer, instance):
    """What DRF's Serializer.to_representation gives, nested serializers included, without any
    serializer's own to_representation."""
    data = {}
    for name, field in serializer.fields.items():
        value = field.get_attribute(instance)
        if value is None:
            data[name] = None
        elif isinstance(field, serializers.ListSerializer):
            data[name] = [field_by_field(field.child, item) for item in value.all()]
        elif isinstance(field, serializers.Serializer):
            data[name] = field_by_field(field, value)
        else:
            data[name] = field.to_representation(value)
    return data


@pytest.fixture
def context():
    return {"links": Links(RequestFactory().get("/api/statements/"))}


def test_every_statement_is_written_as_its_fields_say(world, context):
    statements = Result.objects.public().with_related()
    assert len(statements) > 5 and any(statement.country_id for statement in statements)
    for statement in statements:
        serializer = StatementSerializer(statement, context=context)
        assert serializer.data == field_by_field(serializer, statement)


def test_a_participant_is_written_as_its_fields_say(world, context):
    for participant in Participant.objects.all():  # Kosovo with its footnote, agencies without a code
        field = StatementSerializer(context=context).fields["country"]
        assert field.to_representation(participant) == field_by_field(field, participant)
