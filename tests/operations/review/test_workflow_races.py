"""Two workflow steps on one operation at the same moment run one after the other: each locks the
operation's row and reads its status again once it holds it, so the second sees what the first
did and is refused in words ("... cannot be published: it was already published.")."""

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from operations.models import Operation
from operations.review import workflow
from tests.operations.builders import make_danube_operation

Status = Operation.Status


def user(name):
    return get_user_model().objects.create_user(name, is_staff=True)


def two_pages_of(operation):
    """The operation as two editors' pages read it before either acted."""
    return Operation.objects.get(pk=operation.pk), Operation.objects.get(pk=operation.pk)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("publish", "publish", "JAD Danube 2025 cannot be published: it was already published."),
        ("return", "publish", 'JAD Danube 2025 is now "Returned for changes": it cannot be published from there.'),
        ("publish", "return", 'JAD Danube 2025 is now "Published": it cannot be returned for changes from there.'),
        ("withdraw", "withdraw", "JAD Danube 2025 cannot be withdrawn: it was already withdrawn."),
        ("submit", "submit", "JAD Danube 2025 cannot be submitted for review: it was already submitted for review."),
    ],
)
def test_the_second_of_two_steps_from_one_state_is_refused_in_words(first, second, message):
    start = Status.PUBLISHED if first == "withdraw" else Status.DRAFT if first == "submit" else Status.SUBMITTED
    operation = make_danube_operation(start)
    steps = {
        "publish": workflow.publish,
        "submit": workflow.submit,
        "return": lambda record, who: workflow.return_for_changes(record, who, "Name the source."),
        "withdraw": lambda record, who: workflow.withdraw(record, who, "Retracted."),
    }
    ana_page, ben_page = two_pages_of(operation)
    steps[first](ana_page, user("ana"))

    with pytest.raises(workflow.TransitionError) as refused:
        steps[second](ben_page, user("ben"))

    assert str(refused.value) == message
    operation.refresh_from_db()
    assert operation.version == 2  # one step saved, the other nothing
    assert operation.history.count() == 2


@pytest.mark.django_db
def test_a_second_publish_from_the_admin_list_is_refused_with_the_message(client):
    operation = make_danube_operation(Status.SUBMITTED)
    pages = []
    for name in ("ana", "ben"):
        editor = get_user_model().objects.create_superuser(name, f"{name}@example.org", "x")
        pages.append(editor)
    action = {"action": "publish", "_selected_action": [operation.pk], "confirm": "yes"}
    client.force_login(pages[0])
    client.post("/admin/operations/operation/", action)
    client.force_login(pages[1])

    response = client.post("/admin/operations/operation/", action, follow=True)

    messages = [str(message) for message in response.context["messages"]]
    assert "JAD Danube 2025 cannot be published: it was already published." in messages
    operation.refresh_from_db()
    assert (operation.status, operation.published_by) == (Status.PUBLISHED, pages[0])


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("second", ["publish", "return"])
def test_two_steps_at_the_same_moment_run_one_after_the_other(monkeypatch, second):
    """Two threads, each its own connection, reach the same operation at once; the first to lock it
    holds the lock a moment (before it saves). The other waits, then reads
    the new status and is refused: one step is saved, never both."""
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite has no row locks (select_for_update does nothing) and lets one connection write at a "
            "time: two threads cannot interleave inside a change there, so there is no race to show."
        )
    operation = make_danube_operation(Status.SUBMITTED)
    editors = [user("ben"), user("carol")]
    save = Operation.save

    def slow_save(record, *args, **kwargs):
        time.sleep(0.5)  # holding the lock; the other thread is now waiting for it
        return save(record, *args, **kwargs)

    monkeypatch.setattr(Operation, "save", slow_save)
    steps = [
        workflow.publish,
        workflow.publish if second == "publish" else lambda r, u: workflow.return_for_changes(r, u, "Fix it."),
    ]
    ready = threading.Barrier(2)
    outcomes, ended = [None, None], [0.0, 0.0]

    def run(index):
        page = Operation.objects.get(pk=operation.pk)  # both read "submitted" before either acts
        ready.wait()
        try:
            steps[index](page, editors[index])
            outcomes[index] = "done"
        except workflow.TransitionError as error:
            outcomes[index] = str(error)
        finally:
            ended[index] = time.monotonic()
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcome == "done" for outcome in outcomes) == [False, True], outcomes
    refused = next(outcome for outcome in outcomes if outcome != "done")
    assert refused in {
        "JAD Danube 2025 cannot be published: it was already published.",
        'JAD Danube 2025 is now "Published": it cannot be returned for changes from there.',
        'JAD Danube 2025 is now "Returned for changes": it cannot be published from there.',
    }
    # The refused one could only read the new status once the first had committed, after its pause.
    assert ended[outcomes.index(refused)] - started >= 0.5
    operation.refresh_from_db()
    assert operation.version == 2 and operation.history.count() == 2
