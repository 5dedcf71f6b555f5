// An import's page in the admin (templates/admin/operations/importrecord/change_form.html): reads how
// far the import is every two seconds and updates its progress bar and sentence; once the import has
// ended, reloads the page, which then shows what it did or why nothing was saved.
(function () {
  "use strict";
  var box = document.getElementById("import-progress");
  if (!box || !box.dataset.progressUrl) {
    return;
  }
  var bar = document.getElementById("import-progress-bar");
  var percent = document.getElementById("import-progress-percent");
  var text = document.getElementById("import-progress-text");

  function show(progress) {
    bar.value = progress.percent;
    bar.textContent = progress.percent + " %";
    percent.textContent = progress.percent + " %";
    if (text.textContent !== progress.text) {
      text.textContent = progress.text;
    }
  }

  function poll() {
    fetch(box.dataset.progressUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        show(progress);
        if (progress.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 10000); // the server did not answer: try again, less often
      });
  }

  window.setTimeout(poll, 2000);
})();
