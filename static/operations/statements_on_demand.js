// A big operation's page (templates/operations/includes/metric_groups.html): when a metric's fold
// of statements by country is opened for the first time, fetches them from the metric's own page
// (its `?fragment`, the table alone) and puts them in place of the link to that page. Without
// scripts, or if the fetch fails, the link stays.
(function () {
  "use strict";
  document.querySelectorAll("details[data-statements-url]").forEach(function (fold) {
    fold.addEventListener("toggle", function () {
      if (!fold.open || fold.dataset.loaded) {
        return;
      }
      fold.dataset.loaded = "loading";
      var placeholder = fold.querySelector(".statements-placeholder");
      fetch(fold.dataset.statementsUrl, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        })
        .then(function (html) {
          var fragment = document.createElement("div");
          fragment.innerHTML = html;
          placeholder.replaceWith(fragment);
          fold.dataset.loaded = "yes";
        })
        .catch(function () {
          delete fold.dataset.loaded; // the link is still there; opening again tries again
        });
    });
  });
})();
